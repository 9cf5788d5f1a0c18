"""Russian speech cues and indirect-speech rules (small named functions).

Every rule returns :class:`Raw` candidates: the content span, the span to look for the
speaker in, and the rule's name. Regexes are bounded (no nested quantifiers) and run on one
block at a time, so they stay linear.

>>> is_cue("заявила"), is_cue("сообщили"), is_cue("поблагодарил"), is_cue("дом")
(True, True, False, False)
>>> t = "По словам министра Айрата Рахматуллина, число вызовов выросло."
>>> [(t[r.start:r.stop], r.pattern) for r in indirect(t, 0, len(t))]
[('число вызовов выросло', 'ru.po_slovam')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.ru import SPEECH_LEMMAS

__all__ = ["Raw", "is_cue", "indirect", "CUE_LEMMAS", "sentence_end"]

CUE_LEMMAS = SPEECH_LEMMAS

from ..tokens import WORD_PATTERN as _WORD


@dataclass(frozen=True, slots=True)
class Raw:
    """A candidate quotation from a rule: content span, speaker search span, rule name."""

    start: int
    stop: int
    author_start: int
    author_stop: int
    pattern: str
    kind: str = "indirect"


@lru_cache(maxsize=8192)
def is_cue(word: str) -> bool:
    """Whether a word form is a Russian reporting verb (by its pymorphy3 lemma)."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha() and "-" not in low:
        return False
    from .names import ru_parse

    for parse in ru_parse(low)[:3]:
        if parse.normal_form.replace("ё", "е") in CUE_LEMMAS or parse.normal_form in CUE_LEMMAS:
            if {"VERB", "INFN", "PRTS", "ADJS", "GRND", "PRTF"} & set(parse.tag.grammemes) or parse.tag.POS == "ADJF":
                return True
    return False


_SENT_END = re.compile(r"[.!?…](?=[\s»\"”]|$)")


def sentence_end(text: str, pos: int, stop: int) -> int:
    """Offset of the end of the sentence that contains ``pos`` (before its final period)."""
    m = _SENT_END.search(text, pos, stop)
    while m and _is_initial(text, m.start()):
        m = _SENT_END.search(text, m.end(), stop)
    if not m:
        return stop
    return m.start() if text[m.start()] == "." else m.end()


def _is_initial(text: str, dot: int) -> bool:
    """``Л.Н. Гумилев``, ``т. е.``: a dot after one letter is not a sentence end."""
    if text[dot] != ".":
        return False
    return dot >= 1 and text[dot - 1].isalpha() and (dot < 2 or not text[dot - 2].isalpha())


_PO_SLOVAM = re.compile(r"(?i)\b(?:по\s+(?:(?:его|её|ее|их)\s+)?(словам|мнению|оценке|данным|информации)|"
                        r"как\s+(\w{3,20}))\s*")
_CHTO = re.compile(r",\s+что\s+")


def indirect(text: str, start: int, stop: int) -> list[Raw]:
    """Indirect speech in ``text[start:stop]``: ``по словам X, …``, ``как отметил X, …``, ``X заявил, что …``."""
    return _po_slovam(text, start, stop) + _chto(text, start, stop)


def _po_slovam(text: str, start: int, stop: int) -> list[Raw]:
    out = []
    for m in _PO_SLOVAM.finditer(text, start, stop):
        if not _clause_start(text, m.start(), start):
            continue
        word, verb = m.group(1), m.group(2)
        if word and word.lower() in ("данным", "информации", "оценке"):
            continue
        if verb and not is_cue(verb):
            continue
        comma = text.find(",", m.end(), min(stop, m.end() + 160))
        if comma < 0 or "." in text[m.end():comma]:
            continue
        body_start = _skip_space(text, comma + 1, stop)
        body_stop = sentence_end(text, body_start, stop)
        if body_stop - body_start < 8:
            continue
        name = "ru.po_slovam" if word and word.lower() == "словам" else (
            "ru.po_mneniyu" if word else "ru.kak_otmetil")
        out.append(Raw(body_start, body_stop, m.start(), comma, name))
    return out


def _chto(text: str, start: int, stop: int) -> list[Raw]:
    out = []
    for m in _CHTO.finditer(text, start, stop):
        words = list(_WORD.finditer(text, max(start, m.start() - 40), m.start()))
        if not words or words[-1].end() != m.start() or not is_cue(words[-1].group()):
            continue
        verb = words[-1]
        clause = _clause_begin(text, verb.start(), start)
        body_start = m.end()
        body_stop = sentence_end(text, body_start, stop)
        if body_stop - body_start < 8 or clause >= verb.start():
            continue
        out.append(Raw(body_start, body_stop, clause, verb.start(), "ru.chto"))
    return out


def _clause_begin(text: str, pos: int, start: int) -> int:
    """Start of the sentence holding ``pos`` (bounded to the block)."""
    i = pos
    lower = max(start, pos - 300)
    while i > lower:
        ch = text[i - 1]
        if ch in ".!?…\n" and not _is_initial(text, i - 1):
            break
        i -= 1
    return _skip_space(text, i, pos)


def _clause_start(text: str, pos: int, start: int) -> bool:
    before = text[start:pos].rstrip()
    return not before or before[-1] in ".!?…:;\n—–-«\"" or before.endswith(("»", "\"", "”"))


def _skip_space(text: str, i: int, stop: int) -> int:
    while i < stop and text[i].isspace():
        i += 1
    return i
