"""Sentences that rarely make a news summary: boilerplate, headings and page furniture, fragments,
other-script lines, direct-speech openings and repeats (:func:`penalties`), with the factors they
are demoted by (:class:`PenaltyParams`). The news ranker (:mod:`bisumm.rank.news`) multiplies
its scores by them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

import numpy as np

__all__ = ["PenaltyParams", "PENALTIES", "penalties"]


@dataclass(frozen=True)
class PenaltyParams:
    """Factors of :func:`penalties` (hand-set on Gazeta dev and the seed articles, kept as they
    were when the news ranker was tuned on Gazeta dev and NTREX; never tuned on a test part).

    ``footer`` for boilerplate (copyright, links, age marks), ``unfinished`` for a line without
    final punctuation (a heading, site furniture), ``short``/``tiny`` for fewer than ``min_terms``
    terms (at least 2 / fewer), ``quote_start`` for a sentence opening with direct speech,
    ``repeat`` for a repeat of an earlier sentence, ``footer_tail`` as the ceiling for everything
    from a copyright mark in the second half on; ``content`` is the factor above which a sentence
    counts as content (the position prior counts content sentences only). Web pages (set on RT
    dev page text): ``furniture`` for a related-links block, an embed credit or a dateline
    (``Также по теме``, ``Публикация от …``, ``pic.twitter.com``), ``fragment`` for a sentence that
    starts in lower case or with a comma or closing bracket (cut off by a link or an
    abbreviation) or has fewer than ``min_words`` words (``Ложная тревога?``, a subheading), ``other_script`` for one mostly in Latin letters (an embedded English tweet). The sentences
    after a related-links heading (``Также по теме``) up to the first within ``related_block`` that
    ends in ``...`` are furniture too (the linked article's title and its cut-off teaser: 3.6 % of
    the sentences of 3-sentence summaries of RT dev articles 1,100–1,599 followed such a heading).
    """

    footer: float = 0.1
    unfinished: float = 0.3
    short: float = 0.5
    tiny: float = 0.2
    min_terms: int = 5
    quote_start: float = 0.6
    repeat: float = 0.05
    footer_tail: float = 0.1
    content: float = 0.5
    furniture: float = 0.05
    fragment: float = 0.05
    min_words: int = 3
    other_script: float = 0.05
    related_block: int = 3


PENALTIES = PenaltyParams()


_TERMINAL = re.compile(r"(?:[.!?…»\"“”]|[.!?…]\))[\s\"»”)]*$")
_QUOTE_START = re.compile(r"^[«\"“„'—–-]")
_FOOTER = re.compile(r"©|\bhttps?://|\bwww\.|@\w+\.\w|\b(?:18|16|12|6|0)\+(?!\d)")
#: headings of a related-links block (``Также по теме``), lower-cased
_RELATED_HEADINGS = ("также по теме", "читайте также", "подробнее по теме")
_FURNITURE = re.compile(r"(?im)" + "|".join(_RELATED_HEADINGS) + r"|публикация от |pic\.twitter|"
                        r"\bt\.co/|\(@\w+\)|^\d{1,2} [^\W\d_]+ \d{4} г\.$")
_FOOTER_MARKS = ("©", "http", "www.", "@", "+")  # each branch of _FOOTER holds one
_FURNITURE_MARKS = (*_RELATED_HEADINGS, "публикация от ", "pic.twitter",
                    "t.co/", "(@", " г.")
_TRAILING = "\"»”)"  # with spaces, what may follow the final mark (the tail of _TERMINAL)
_CLOSING_QUOTES = "»\"”"
_FINAL = ".!?…»\"“”"
_CONTINUING = ",;:)]»”%"
_WORD = re.compile(r"\w+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_SCRIPT = re.compile(r"[A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\u024f]")  # the letters below U+0250


def penalties(texts: Sequence[str], terms: Sequence[Sequence[str]],
              params: PenaltyParams = PENALTIES) -> np.ndarray:
    """A factor in ``(0, 1]`` per sentence that demotes what rarely makes a summary.

    Boilerplate (copyright, links, age marks), headings and site furniture (no final
    punctuation), fragments with fewer than ``params.min_terms`` terms, sentences opening with
    direct speech, and repeats of an earlier sentence (duplicated headlines). A copyright
    mark in the second half of the text starts the site footer: everything from it on is
    demoted.

    >>> [float(f) for f in penalties(["Все новости", "Глава республики провёл совещание с министрами.",
    ...                                "Глава республики провёл совещание с министрами."],
    ...                               [("новость",), ("глава", "республика", "провести", "совещание", "министр"),
    ...                                ("глава", "республика", "провести", "совещание", "министр")])]
    [0.003, 1.0, 0.05]
    """
    out = np.ones(len(texts))
    seen: set[tuple[str, ...]] = set()
    related = _related_blocks(texts, params.related_block)
    for i, (text, sent_terms) in enumerate(zip(texts, terms)):
        text = text.strip()
        factor = params.furniture if i in related else 1.0
        if _has_footer(text):
            factor *= params.footer
        if not _finished(text):
            factor *= params.unfinished
        if len(sent_terms) < params.min_terms:
            factor *= params.short if len(sent_terms) >= 2 else params.tiny
        if _QUOTE_START.match(text):
            factor *= params.quote_start
        if _has_furniture(text):
            factor *= params.furniture
        if _fragment_start(text) or not _has_words(text, params.min_words):
            factor *= params.fragment
        if _mostly_latin(text):
            factor *= params.other_script
        key = tuple(sorted(set(sent_terms)))
        if key and key in seen:
            factor *= params.repeat
        seen.add(key)
        out[i] = factor
    footer = next((i for i in range(len(texts) // 2, len(texts)) if "©" in texts[i]), None)
    if footer is not None:
        out[footer:] = np.minimum(out[footer:], params.footer_tail)
    return out


def _related_blocks(texts: Sequence[str], window: int) -> set[int]:
    """Indices of the sentences after a related-links heading (``Также по теме``) up to the first
    within ``window`` that ends in ``...`` (the linked article's cut-off teaser); none without one."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        low = text.lower()
        if not any(heading in low for heading in _RELATED_HEADINGS):
            continue
        for j in range(i + 1, min(i + 1 + window, len(texts))):
            if texts[j].rstrip().endswith(("...", "…")):
                out.update(range(i + 1, j + 1))
                break
    return out


def _has_footer(text: str) -> bool:
    """``_FOOTER`` in the text; a plain substring test first (the regex tries every position)."""
    return any(mark in text for mark in _FOOTER_MARKS) and _FOOTER.search(text) is not None


def _has_furniture(text: str) -> bool:
    """``_FURNITURE`` in the text; a plain substring test of the lower-cased text first."""
    low = text.lower()
    return any(mark in low for mark in _FURNITURE_MARKS) and _FURNITURE.search(text) is not None


def _finished(text: str) -> bool:
    """What ``_TERMINAL`` matches, read from the end: final punctuation or a closing mark, then
    only spaces and closing marks (the regex, anchored at ``$``, was tried at every position)."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return any(mark in text[end:] for mark in _CLOSING_QUOTES) or (end > 0 and text[end - 1] in _FINAL)


def _has_words(text: str, count: int) -> bool:
    """At least ``count`` words (the scan stops there)."""
    return sum(1 for _ in islice(_WORD.finditer(text), count)) >= count


def _fragment_start(text: str) -> bool:
    """Starts in lower case (after an optional dash) or with a comma or closing mark: ``, что …``."""
    body = text.lstrip("—–- \u00a0")
    return bool(body) and (body[0] in _CONTINUING or body[0].islower())


def _mostly_latin(text: str) -> bool:
    """More than half of the letters are Latin (``Mike Pence went to the game today.``)."""
    if _LATIN_LETTER.search(text) is None:
        return False
    return len(_LATIN_SCRIPT.findall(text)) * 2 > sum(map(str.isalpha, text))
