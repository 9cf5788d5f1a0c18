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
from .clauses import clause_begin, clause_start, last_non_space, sentence_end, skip_space, trim_unopened
from .records import AuthorWords, Block, Cand
from ..marks import CLOSERS, OPENERS

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import QuoteGrammar

__all__ = ["unmarked_quotes", "reported_by_subject", "closing_comma"]


@lru_cache(maxsize=16)
def _unmarked_pattern(closing: tuple[str, ...]) -> re.Pattern[str]:
    """``П, — сказал X`` / ``П! — …``, and ``П, тип …`` for a language whose quotatives close a quote unmarked."""
    after_comma = rf"|,\s+(?=(?:{'|'.join(map(re.escape, closing))})\b)" if closing else ""
    return re.compile(r"([,!?…])\s*[—–-]\s+" + after_comma)


def unmarked_quotes(block: Block, taken: list[Cand] | None = None) -> list[Cand]:
    """``П, — тине X`` / ``П, тип билдәләне X`` with no quote marks, and ``X …, тип иҫәпләй`` (indirect);
    ``taken``: the block's quotes found before (a name in marks they do not hold may open the words)."""
    text, bs, be, g = block.text, block.start, block.stop, block.grammar
    out = []
    for m in _unmarked_pattern(g.closing_quotatives).finditer(text, bs, be):
        if block.claims.hit(m.start()):
            continue
        words = words_of(text, m.end(), min(be, m.end() + 60))
        if not words or not g.is_cue(words[0].group()):
            continue
        found = author_after(text, m.start(1) + 1 if m.group(1) else m.start(), be, g)  # (``П, тигән X``: the comma read)
        start = clause_begin(text, m.start(), bs)
        if m.group(1) is None:  # (no dash: ``X …, тине``, the subject opening a sentence however long)
            start = _sentence_begin(text, start, bs)
        opinion = len(words) > 1 and g.is_converb(words[0].group()) and g.reports_opinion(words[1].group())
        kind = "indirect" if opinion else "direct"  # П, тип иҫәпләйҙәр: an opinion, reported
        subject, said = None, ""
        author = [w.group() for w in words_of(text, found.start, found.stop)] if found is not None else []
        if m.group(1) is None and g.attributive_quotative(author, found.mention if found is not None else None):
            holder = g.saying_holder(text, _after_dash(text, start, m.start()), m.start(), author)
            if holder is not None and not _taken(block, holder[1], taken or []):  # X-тың, П, тигән һүҙҙәре
                block.claims.add(holder[1], found.stop)
                out.append(Cand(holder[1], m.start(), "quoted", block.index, mention=holder[0], attributed=True,
                                end=found.stop, group=block.groups.new()))
            continue  # ``П, тигән һорау``: the words name what the noun says, nobody says them here
        if found is not None and m.group(1) is None and g.unnamed_report(author) == "own":
            continue  # ``П, тип әйтер инем`` "I would say П": the author's own words, not a report
        if found is not None and not found.attributes and m.group(1) is None and not _personal(text, found, g):
            subject = g.clause_subject(text, _after_dash(text, start, m.start()), m.start())  # X …, тип иҫәпләй
            said = "" if _DASH_AFTER.match(text, found.stop) else g.unnamed_report(author)  # П, тинеләр: said, nobody
            #  named (not ``П1, тип иҫкәртә тор, — тине X``: words inside the words of a quote closed after them)
            if subject is not None and said == "they" and subject[0].kind == "name":
                subject = None  # X ялда, тинеләр "X is on leave, they said": the person is what is said of
            said = "" if subject is not None else said
        if found is not None and subject is not None:
            found = found._replace(mention=subject[0], rule="tip", passive=False)
            start = subject[1]
            if g.is_converb(words[0].group()) and not (len(words) > 1 and g.reports_speech(words[1].group())):
                kind = "indirect"  # X, П, тип, …: a converb, a thought or a reason, not words reported as said
        unnamed = (found is None or not found.attributes) and m.group(1) is not None and g.sentence_bound
        if unnamed:
            found = _unnamed(text, m.end(), be, g, found, words)  # ``П, — тип яуапланы.``: words said, nobody named
        elif said and found is not None:
            found, unnamed = found._replace(passive=said == "they"), said != "they"
            start = g.after_colon(text, _after_dash(text, start, m.start()), m.start())
        if found is None or not (found.attributes or unnamed):
            continue
        if unnamed or said:
            start = _after_dash(text, start, m.start())
            if _MARKS.search(text, start, m.start()) and (not said or _closed_before(text, start, m.start())):
                continue  # ``X: «П», — тип …``: the marked words are the quote (a name in marks may stand in
                #           words said with nobody named: ``“Ашығыс ярҙам” саҡыртҡайныҡ, …, тинеләр``)
        if _taken(block, start, taken or []) or m.start() - start < (4 if subject else 8):
            continue
        if g.sentence_bound and m.group(1) is not None and found.mention is not None and found.mention.kind == "name":
            start = _own_sentences_before(block, start)  # П1 (мин …). П2, — ти X: X's account in the first person
        stop = m.start(1) if m.group(1) in (",", None) else m.end(1)
        if m.group(1) is None:
            stop = m.start()
        stop = trim_unopened(text, start, stop)  # ``… кәрәкле” , – тип яҙа X``: its opener shuffled away
        block.claims.add(start, found.stop)
        out.append(Cand(start, stop, g.unmarked_rule or found.rule, block.index, kind=kind, mention=found.mention,
                        attributed=not unnamed, passive=found.passive, end=found.stop, group=block.groups.new()))
    return out


_MARKS = re.compile(r"[«»“”„\"]")
_DASH_AFTER = re.compile(r"\s*,\s*[—–-]\s")


def _sentence_begin(text: str, start: int, bs: int) -> int:
    """The start of the sentence that :func:`clause_begin` (which reads 300 characters back at most) cut at
    ``start``."""
    while start > bs and not clause_start(text, start, bs):
        start = clause_begin(text, start - 1, bs)
    return start


#: at most this many sentences before ``П, — ти X`` are taken into X's words (set by hand, not tuned)
OWN_SENTENCES_BEFORE = 3


def _own_sentences_before(block: Block, start: int) -> int:
    """Where ``П, — ти X`` starts in a shuffled paragraph, taken back over the sentences right before it that
    speak in the first person (``Путевканан баш тартырға булдым, … мине лагерға ебәрҙе. П, — ти X``), with no
    quote mark, dash turn or reporting verb of their own; the nearest sentence without one ends the words."""
    text, bs, g = block.text, block.start, block.grammar
    for _ in range(OWN_SENTENCES_BEFORE):
        j = last_non_space(text, start, bs)
        if j < bs or text[j] not in ".!?" or not text[start - 1:start].isspace():
            return start
        begin = _sentence_begin(text, clause_begin(text, j, bs), bs)
        if begin >= j or block.claims.hit(begin) or _MARKS.search(text, begin, j) or text[begin] in DASHES:
            return start
        words = [w.group() for w in words_of(text, begin, j)]
        if not any(g.is_first_person(w) for w in words) or any(g.is_cue(w) for w in words):
            return start
        start = begin
    return start


def _closed_before(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` ends with a closing mark (``«П»,`` before the author words)."""
    return text[start:stop].rstrip()[-1:] in CLOSERS


def _taken(block: Block, pos: int, taken: list[Cand]) -> bool:
    """``pos`` is claimed, unless by a name in marks that no quote holds (``“Башҡортостан” гәзитен …, тигәйне``)."""
    if not block.claims.hit(pos):
        return False
    return not (block.grammar.sentence_bound and block.text[pos] in OPENERS and
                not any(c.start - 1 <= pos < max(c.stop, c.end) for c in taken))


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


def closing_comma(block: Block, start: int, stop: int) -> tuple[int, AuthorWords] | None:
    """``— П", тине.`` (a sentence-bound grammar): the end of the words and the author words of the first
    closing mark and comma before a closing quotative in ``text[start:stop]`` that report them, or ``None``
    (with no closing mark, ``— Атайым, уҡы, тине.`` may be the speaker's own words quoting somebody)."""
    text, g = block.text, block.grammar
    for m in _unmarked_pattern(g.closing_quotatives).finditer(text, start, stop):
        if m.group(1) is not None:
            continue  # a dash (read by the dialogue rules themselves)
        end = trim_unopened(text, start, m.start())
        if end == m.start():
            continue  # no closing mark before the comma
        found = author_after(text, m.start(), block.stop, g)
        words = words_of(text, m.end(), min(block.stop, m.end() + 60))
        if found is None or not words or g.is_converb(words[0].group()) or _personal(text, found, g):
            continue  # (``П, тип …`` inside a turn is the speaker's own words: ``…, тип уйлайым``)
        return end, found
    return None
