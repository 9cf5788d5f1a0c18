"""Quotations without quote marks: ``П, — сказал X``, ``П, тип билдәләне X``, ``X …, тип иҫәпләй``.

>>> from bisumm.lang import get_language
>>> from bisumm.quotation.records import Block, Groups
>>> t = "Эш еңел түгел, — тине Рөстәм Хәмитов."
>>> [(t[c.start:c.stop], c.mention.name) for c in unmarked_quotes(Block(t, 0, len(t), 0, get_language("ba").quote_grammar, Groups()))]
[('Эш еңел түгел', 'Рөстәм Хәмитов')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .authors import DASHES, author_after, words_of
from .clauses import clause_begin, sentence_end, skip_space
from .records import AuthorWords, Block, Cand

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import QuoteGrammar

__all__ = ["unmarked_quotes", "reported_by_subject"]


@lru_cache(maxsize=16)
def _unmarked_pattern(closing: tuple[str, ...]) -> re.Pattern[str]:
    """``П, — сказал X`` / ``П! — …``, and ``П, тип …`` for a language whose quotatives close a quote unmarked."""
    after_comma = rf"|,\s+(?=(?:{'|'.join(map(re.escape, closing))})\b)" if closing else ""
    return re.compile(r"([,!?…])\s*[—–-]\s+" + after_comma)


def unmarked_quotes(block: Block) -> list[Cand]:
    """``П, — тине X`` / ``П, тип билдәләне X`` with no quote marks, and ``X …, тип иҫәпләй`` (indirect)."""
    text, bs, be, g = block.text, block.start, block.stop, block.grammar
    out = []
    for m in _unmarked_pattern(g.closing_quotatives).finditer(text, bs, be):
        if block.claims.hit(m.start()):
            continue
        words = words_of(text, m.end(), min(be, m.end() + 60))
        if not words or not g.is_cue(words[0].group()):
            continue
        found = author_after(text, m.start(1) + 1 if m.group(1) else m.start() + 1, be, g)
        start = clause_begin(text, m.start(), bs)
        kind, subject = "direct", None
        if found is not None and not found.attributes and m.group(1) is None and not _personal(text, found, g):
            subject = g.clause_subject(text, _after_dash(text, start, m.start()), m.start())  # X …, тип иҫәпләй
        if found is not None and subject is not None:
            found = found._replace(mention=subject[0], rule="tip", passive=False)
            start, kind = subject[1], "indirect"
        elif len(words) > 1 and g.is_converb(words[0].group()) and g.reports_opinion(words[1].group()):
            kind = "indirect"  # П, тип иҫәпләйҙәр: an opinion, reported
        unnamed = (found is None or not found.attributes) and m.group(1) is not None and g.sentence_bound
        if unnamed:
            found = _unnamed(text, m.end(), be, g, found, words)  # ``П, — тип яуапланы.``: words said, nobody named
        if found is None or not (found.attributes or unnamed):
            continue
        if unnamed:
            start = _after_dash(text, start, m.start())
            if _MARKS.search(text, start, m.start()):
                continue  # ``X: «П», — тип …``: the marked words are the quote
        if block.claims.hit(start) or m.start() - start < (4 if subject else 8):
            continue
        stop = m.start(1) if m.group(1) in (",", None) else m.end(1)
        if m.group(1) is None:
            stop = m.start()
        block.claims.add(start, found.stop)
        out.append(Cand(start, stop, g.unmarked_rule or found.rule, block.index, kind=kind, mention=found.mention,
                        attributed=not unnamed, passive=found.passive, end=found.stop, group=block.groups.new()))
    return out


_MARKS = re.compile(r"[«»“”„\"]")


def _unnamed(text: str, start: int, stop: int, g: QuoteGrammar, found: AuthorWords | None,
             words: list[re.Match[str]]) -> AuthorWords | None:
    """Author words after a dash that open with a quotative and name nobody (``…, — тине.``, ``…, — тип
    һөйөнә әңгәмәсем.``), for a sentence-bound grammar (its sentences shuffled, the speaker is elsewhere);
    not the author's own question (``…, — тип һораным.``). ``words``: those of the 60 characters from ``start``."""
    if not words or words[0].group().lower() not in g.quotatives:
        return None
    a_stop = found.stop if found is not None else sentence_end(text, start, stop)
    author = AuthorWords(start, a_stop, None, found.rule if found is not None else g.after_rule, False)
    if any(g.first_or_second_person(w.group()) for w in words_of(text, start, a_stop)[1:4]):
        return None  # the author's own words or question (``…, — тип ҡыҙыҡһындым әңгәмәсемдән.``)
    return author


def _personal(text: str, author: AuthorWords, g: QuoteGrammar) -> bool:
    """The author words end in a verb of the first or second person (``…, тип әйтә алмайым``)."""
    words = words_of(text, author.start, author.stop)
    return bool(words) and g.first_or_second_person(words[-1].group())


def _after_dash(text: str, start: int, stop: int) -> int:
    """``start``, or past the dash that opens the clause there (``— X …, тип билдәләне``)."""
    i = skip_space(text, start, stop)
    return skip_space(text, i + 1, stop) if i < stop and text[i] in DASHES else start


def reported_by_subject(block: Block, s: int) -> bool:
    """The sentence after a dash is ``X …, тип <verb>.`` with X its subject (a sentence-bound grammar):
    it reports X's words, it is no dialogue turn."""
    text, g = block.text, block.grammar
    if not g.sentence_bound or not g.closing_quotatives:
        return False
    e = sentence_end(text, s, block.stop)
    for m in _unmarked_pattern(g.closing_quotatives).finditer(text, s, e):
        if m.group(1) is not None:
            continue  # a dash: the turn's own author words
        found = author_after(text, m.start() + 1, block.stop, g)
        return found is not None and not found.attributes and not _personal(text, found, g) and \
            g.clause_subject(text, s, m.start()) is not None
    return False
