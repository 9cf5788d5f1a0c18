"""Dialogue turns: paragraphs and sentences opened by a dash (``— П, — а. — П.``), interview answers.

A turn runs to its author words (``— сказал X``, read by :mod:`.authors`), the next turn's dash or
the end of its block; for a sentence-bound grammar (shuffled paragraphs), to the end of its sentence.
"""

from __future__ import annotations

import re

from .authors import author_after, author_stop
from .clauses import BREAK, NEXT_PART, last_non_space, sentence_end, skip_space, trim_end, trim_unopened
from .embeds import is_signature
from .params import DIALOGUE, INTERVIEW
from .records import AuthorWords, Block, Cand
from .unmarked import closing_comma, reported_by_subject
from ..entities.blocks import BlockSpan, in_bracket
from ..entities.mentions import WORD

__all__ = ["dialogue_turns", "interview_questions"]

#: a book's record in a review: ``– М.: Время, 2018. – 320 с.``, ``ISBN 978-…``
_BIBLIOGRAPHY = re.compile(r"\bISBN\b|[—–-]\s*(?:[A-ZА-ЯЁ][a-zа-яё]{0,3}\.|[А-ЯЁ][а-яё]+)(?::\s*[^,\n]{1,60})?,\s*"
                           r"(?:1[89]|20)\d\d\.\s*[—–-]\s*\d+\s*с\.")
_DASH_AT = re.compile(r"[—–-]\s+")
_DIALOGUE_START = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s\s))[—–-]\s+")


#: a number and a unit cut by a dot right before a dash (``580 млн руб. – 150 просят …``)
_UNIT_BEFORE = re.compile(r"\d\s?(?:[а-яёa-z]{1,5}\s)?[а-яёa-z]{1,5}\.\s*$")


def dialogue_turns(block: Block) -> list[Cand]:
    """Every dialogue turn of the block (a dash at its start or after a sentence)."""
    out: list[Cand] = []
    if _BIBLIOGRAPHY.search(block.text, block.start, block.stop):
        return []  # – М.: Время, 2018. – 320 с. ISBN …: a book's record, no speech
    at_start = _DASH_AT.match(block.text, block.start, block.stop)  # also after a line ending with «:»
    if at_start and not _turn_line(block):
        at_start = None
    found = _DIALOGUE_START.finditer(block.text, block.start, block.stop)
    for m in ([at_start] if at_start else []) + [m for m in found if m.start() != block.start]:
        if block.claims.hit(m.start()) or (m.start() != block.start and not _after_sentence(block, m.start())):
            continue
        if in_bracket(block.text, block.start, m.start()):
            continue  # (спирт. – «НВО»): an editor's note in brackets
        if m is not at_start and (_lower_start(block, m.end()) or _UNIT_BEFORE.search(block.text, block.start, m.start())):
            continue  # 22 тыс. – высокоскоростные, 580 млн руб. – 150 …: a dash after an abbreviation, inside
            #           the author's sentence
        if m is not at_start and block.grammar.sentence_bound and \
                block.grammar.narrates(block.text[m.end():sentence_end(block.text, m.end(), block.stop) + 1]):
            continue  # … – Рәйес өтәләнеп китте.: the author's narration after a dash, in shuffled sentences
        if _opens_author(block, m.end()):
            continue  # ``… — тип тиҫкәреләнде ҡарт.``: author words cut off from their quote
        if reported_by_subject(block, m.end()):
            continue  # ``— X …, тип билдәләне.``: a sentence reporting X's words, read by the unmarked rules
        out.extend(_utterance(block, m.start(), m.end()))
    return out


def _turn_line(block: Block) -> bool:
    """A line opened by a dash is a dialogue turn, not a post's signature (``— Name (@handle)``), an
    item of a list (``— участие спортсменов …;``) or a line a link broke off (``— риттбергер``)."""
    text = block.text
    return bool(_first_word(block, block.start)) and not _lower_start(block, block.start) and \
        text[block.stop - 1] != ";" and not is_signature(text, block.start, block.stop)


def _opens_author(block: Block, pos: int) -> bool:
    """The words from ``pos`` open the author's words (``— сказал X``), read within 60 characters."""
    return block.grammar.opens_author(block.text, pos, min(block.stop, pos + 60))


def _first_word(block: Block, pos: int) -> str:
    """The first word within 40 characters from ``pos``, or ``""``."""
    first = WORD.search(block.text, pos, min(block.stop, pos + 40))
    return first.group() if first else ""


def _lower_start(block: Block, pos: int) -> bool:
    """The words from ``pos`` start lower-case (a sentence-bound grammar's turns may open mid-sentence)."""
    return _first_word(block, pos)[:1].islower() and not block.grammar.sentence_bound


def _after_sentence(block: Block, pos: int) -> bool:
    text = block.text
    j = last_non_space(text, pos, block.start)
    return j >= block.start and text[j] in ".!?…"


def _utterance(block: Block, dash: int, s: int) -> list[Cand]:
    """One dialogue turn: ``— П, — а. — П.`` (the turn ends at a new dash or the block end; for a
    sentence-bound grammar, at the end of its sentence and of the parts its author words join)."""
    text, bs, be, g = block.text, block.start, block.stop, block.grammar
    gid = block.groups.new()
    part_stop = _turn_end(block, s) if dash == bs else be
    bound = g.sentence_bound and not (dash == bs and _answers_question(block))
    if bound:
        limit = _sentence_limit(block, s, part_stop)
        if not _closed_by_author(block, s, limit):  # — П1. П2. П3, — тине X: a later sentence's author words
            limit = _run_on(block, limit, part_stop, dash == bs)
    else:
        limit = part_stop if dash == bs else sentence_end(text, s, be)
    out: list[Cand] = []
    pos = s
    author: AuthorWords | None = None
    end = limit
    while pos < limit:
        brk = BREAK.search(text, pos, limit)
        if brk and _opens_author(block, brk.end()):
            found = author_after(text, brk.start(1) + 1, be, g)
            stop1 = brk.start(1) if brk.group(1) == "," else brk.end(1)
            out.append(Cand(pos, stop1, "dialogue", block.index, dialogue=True, group=gid))
            a_stop = found.stop if found is not None else author_stop(text, brk.end(), min(be, limit))
            if found is not None:
                author = found
            if found is not None or a_stop < limit:
                end = a_stop
                block.claims.add(brk.start(), end)
                nxt = NEXT_PART.match(text, end)
                if nxt and end < (part_stop if bound else limit):
                    pos = nxt.end()
                    if bound:
                        limit = max(limit, _sentence_limit(block, pos, part_stop))
                    continue
            break
        out.append(Cand(pos, trim_end(text, pos, limit), "dialogue", block.index, dialogue=True, group=gid))
        end = limit
        closing = closing_comma(block, pos, limit) if bound else None
        if closing is not None:  # — П", тине.: author words after a comma with no dash
            out[-1].stop, author, end = closing[0], closing[1], closing[1].stop
            block.claims.add(closing[0], end)
        break
    if g.sentence_bound:  # — П”, — тине X.: a closing mark whose opener was shuffled into another sentence
        for c in out:
            c.stop = trim_unopened(text, c.start, c.stop)
    out = [c for c in out if c.stop > c.start]
    for c in out:
        c.mention = author.mention if author else None
        c.attributed = author.attributes if author else False
        c.end = end
        c.at_block_start = dash == bs
        c.question = text[c.stop - 1:c.stop] == "?"
        block.claims.add(c.start, c.stop)
    return out


_NEW_TURN = re.compile(r"[.!?…]\s+[—–-]\s+")


def _sentence_limit(block: Block, s: int, stop: int) -> int:
    """End of the sentence from ``s``, with the author words that follow its ``!``/``?``/``…``
    (``— П! — тине X.``)."""
    text = block.text
    e = sentence_end(text, s, stop)
    if s < e < stop and text[e - 1] in "!?…":
        brk = BREAK.match(text, e - 1)
        if brk and _cue_at(block, brk.end(), stop):
            e = sentence_end(text, brk.end(), stop)
    return e


def _run_on(block: Block, limit: int, stop: int, whole: bool) -> int:
    """The end of a turn whose first sentence ends at ``limit``: the next sentence when its author words
    close it (``— П1. П2, — тине X``); for a turn opening its block (``whole``), the block's end when every
    later sentence stays the speaker's words, with no dash, quote mark or reporting verb of the author's
    and a pronoun or verb of the first person in one of them (an answer: ``— … сыҡтым. … беләм.``)."""
    text, g, end = block.text, block.grammar, limit
    first_person = False
    for k in range(DIALOGUE.run_on):
        nxt = skip_space(text, end + 1, stop)
        if nxt >= stop:
            last = last_non_space(text, stop, nxt)
            return stop if whole and first_person and k and text[last] not in "?:" else limit
        after = _sentence_limit(block, nxt, stop)
        if after <= nxt or _DASH_AT.match(text, nxt):
            return limit
        if _closed_by_author(block, end, after):
            return after if k == 0 else limit
        if not whole or _QUOTE_MARK.search(text, nxt, after):
            return limit  # «…»: words of another
        words = [w.group() for w in WORD.finditer(text, nxt, after)]
        if any(len(w) >= 3 and w.isupper() for w in words):
            return limit  # Зифа ФӘТХУЛЛИНА: the outlet's signature
        if any(g.is_cue(w) and not g.is_converb(w) and not g.is_first_person(w) for w in words):
            return limit  # … тине ул.: the author's sentence
        first_person = first_person or any(g.is_first_person(w) for w in words)
        end = after
    return limit


_QUOTE_MARK = re.compile(r"[«»“”„\"]")


def _closed_by_author(block: Block, s: int, stop: int) -> bool:
    """Author words (``, — тине X``) close a part of ``text[s:stop]``."""
    return any(_cue_at(block, brk.end(), block.stop) for brk in BREAK.finditer(block.text, s, stop))


def _cue_at(block: Block, pos: int, stop: int) -> bool:
    """The first word within 60 characters from ``pos`` (before ``stop``) is a reporting verb (``тине``)."""
    first = WORD.search(block.text, pos, min(stop, pos + 60))
    return first is not None and block.grammar.is_cue(first.group())


def _answers_question(block: Block) -> bool:
    """The paragraph before the block ends with a question mark (an interview answer)."""
    j = last_non_space(block.text, block.start, 0)
    return j >= 0 and block.text[j] == "?" and "\n" in block.text[j:block.start]


def _turn_end(block: Block, s: int) -> int:
    """End of a dialogue turn: a sentence end followed by a dash that is not the author's."""
    for m in _NEW_TURN.finditer(block.text, s, block.stop):
        if in_bracket(block.text, s, m.start()):
            continue  # (спирт. – «НВО»): an editor's note in brackets
        if not _opens_author(block, m.end()):
            return m.start() + 1
    return block.stop


def interview_questions(cands: list[Cand], blocks: list[BlockSpan]) -> set[int]:
    """The outlet's questions of an interview: dash lines with no author words, in a text none of whose
    dialogue turns has author words (a story's ``— Плеснешь?`` is speech): the lines ending with ``?``
    and, when most of those stand at one place of the question-answer alternation, every line there."""
    if any(c.dialogue and (c.attributed and c.pattern != "inherited" or c.passive or c.end - c.stop > 3)
           for c in cands):
        return set()  # a turn with author words (— Есть, — говорю.): a story's dialogue
    turns = [c for c in cands if c.dialogue and c.at_block_start and not c.attributed and
             c.start - blocks[c.block][0] <= 3]
    asked = [k for k, c in enumerate(turns) if c.question and c.stop == blocks[c.block][1]]
    parity = [k % 2 for k in asked]
    if len(asked) >= INTERVIEW.question_run and \
            max(parity.count(0), parity.count(1)) >= INTERVIEW.question_share * len(asked):
        side = max((0, 1), key=parity.count)
        blocks_asked = {turns[k].block for k in range(side, len(turns), 2)}
    else:
        blocks_asked = {turns[k].block for k in asked}
    return {id(c) for c in cands if c.dialogue and c.block in blocks_asked}
