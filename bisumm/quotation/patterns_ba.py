"""Bashkir speech cues and indirect-speech rules (small named functions).

Direct speech ends in ``…, — тине X`` / ``…, — ти X`` / ``…, — тип <verb> X``; indirect speech is
``X әйтеүенсә / билдәләүенсә / һүҙҙәренсә / фекеренсә, …`` or ``X …-ыуын / -ғанын билдәләне``.

>>> is_cue("билдәләне"), is_cue("тине"), is_cue("аталған")
(True, True, False)
>>> t = "Уның әйтеүенсә, бөтә мәктәптәр әҙер."
>>> [(t[r.start:r.stop], r.pattern) for r in indirect(t, 0, len(t))]
[('бөтә мәктәптәр әҙер', 'ba.eyteuense')]
>>> t = "Радий Хәбиров эшһеҙлектең кәмеүен билдәләне."
>>> [(t[r.start:r.stop], r.pattern) for r in indirect(t, 0, len(t))]
[('эшһеҙлектең кәмеүен', 'ba.uyn')]
"""

from __future__ import annotations

import re

from .patterns_ru import Raw, _clause_begin, _skip_space, sentence_end
from .speakers import WORD, Mention, find_mentions, first_mention
from .titles import is_ba_verb

__all__ = ["is_cue", "is_passive", "indirect", "QUOTATIVE", "subject_before", "clause_subject"]

#: the quotative words that close a Bashkir direct quotation
QUOTATIVE = ("тине", "тинеләр", "ти", "тиҙәр", "тип", "тигәйне")
_NOT_SPEECH = re.compile(r"^(?:атал|исемлән|аталыусы|йөрөтөл|атарға|аталды|атала|ата|уйла|иҫәпләнә)", re.IGNORECASE)


def is_cue(word: str) -> bool:
    """A Bashkir reporting verb form (``тине``, ``билдәләне``, ``белдерҙе``, ``итте``…)."""
    low = word.lower()
    if _NOT_SPEECH.match(low):
        return False
    return low in QUOTATIVE or is_ba_verb(low) or low.startswith(("һыҙыҡ", "хәбәр", "хәтергә", "иҫкә"))


def is_passive(word: str) -> bool:
    """``билдәләнде`` ("it was noted"): a passive report has no speaker."""
    low = word.lower()
    return bool(re.search(r"(?:лән|лен|лын|лин|ыл|ел)(?:де|ды|ә|а)$", low)) and is_ba_verb(low)


_MARKERS = re.compile(r"(?i)\b(?:әйтеүенсә|билдәләүенсә|һүҙҙәренсә|һүҙенсә|фекеренсә|хәбәр\s+итеүенсә|"
                      r"белдереүенсә|аңлатыуынса|иҫәпләүенсә|мәғлүмәттәренсә)\s*,\s*")
_ACC_VERB = re.compile(r"(?i)(?<![\w-])(?:билдәләне|әйтте|хәбәр\s+итте|белдерҙе|һыҙыҡ\s+өҫтөнә\s+алды|иҫкәртте|"
                       r"аңлатты|һөйләне|раҫланы|иҫкә\s+төшөрҙө)(?![\w-])")
_ACC_SUFFIXES = ("ыуын", "еүен", "уын", "үен", "ауын", "әүен", "ғанын", "гәнен", "ҡанын", "кәнен", "ғандарын",
                 "гәндәрен", "ыуҙарын", "еүҙәрен", "лығын", "леген", "асағын", "әсәген")
_PREV_WORD = re.compile(r"(\w+)\s+$")


def indirect(text: str, start: int, stop: int) -> list[Raw]:
    """Indirect speech in ``text[start:stop]`` (see the module docstring)."""
    return _markers(text, start, stop) + _accusative(text, start, stop)


def _markers(text: str, start: int, stop: int) -> list[Raw]:
    out = []
    for m in _MARKERS.finditer(text, start, stop):
        clause = _clause_begin(text, m.start(), start)
        body_start = _skip_space(text, m.end(), stop)
        body_stop = sentence_end(text, body_start, stop)
        if body_stop - body_start < 6:
            continue
        out.append(Raw(body_start, body_stop, clause, m.start(), "ba.eyteuense"))
    return out


def _accusative(text: str, start: int, stop: int) -> list[Raw]:
    out = []
    for m in _ACC_VERB.finditer(text, start, stop):
        prev = _PREV_WORD.search(text, max(start, m.start() - 40), m.start())
        if prev is None or not prev.group(1).lower().endswith(_ACC_SUFFIXES):
            continue
        clause = _clause_begin(text, prev.start(1), start)
        mention = first_mention(text, clause, prev.start(1), "ba")
        if mention is None:
            continue
        body_start = mention.stop
        while body_start < prev.end(1) and (text[body_start].isspace() or text[body_start] == ","):
            body_start += 1
        body_stop = prev.end(1)
        if body_stop - body_start < 6:
            continue
        out.append(Raw(body_start, body_stop, clause, mention.stop, "ba.uyn"))
    return out


_CONJ = re.compile(r"(?i)(?:ә|ләкин|әммә|һәм)\s+")
_PAREN = re.compile(r"\s*,\s*[^\W\d_]+\s*,\s*")
_PLURAL = re.compile(r"(?:лар|ләр|тар|тәр|ҙар|ҙәр|нар|нәр)$")


def subject_before(text: str, clause: int, opener: int) -> Mention | None:
    """``X «…» тип белдерҙе`` (subject, object, verb): the last mention of the clause before the quote."""
    found = find_mentions(text, clause, opener, "ba")
    return found[-1] if found else None


def clause_subject(text: str, clause: int, stop: int) -> tuple[Mention, int] | None:
    """``X …, тип иҫәпләй``: the clause-initial subject and where the reported words start.

    The subject is a mention starting the clause (after a conjunction) or a plural noun set off by a
    comma (``Ә төҙөүселәр, киреһенсә, …``); one parenthetical word between commas is skipped.
    """
    i = clause
    conj = _CONJ.match(text, i, stop)
    if conj:
        i = conj.end()
    mention = first_mention(text, i, stop, "ba")
    if mention is None or mention.start != i:
        word = WORD.match(text, i, stop)
        if word is None or not _PLURAL.search(word.group().lower()) or text[word.end():word.end() + 1] != ",":
            return None
        mention = Mention(word.start(), word.end(), "role", None, None, surface=word.group())
    paren = _PAREN.match(text, mention.stop, stop)
    body = paren.end() if paren else _skip_space(text, mention.stop, stop)
    return (mention, body) if body < stop else None
