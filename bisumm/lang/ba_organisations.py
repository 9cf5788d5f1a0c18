"""Bashkir organisations in mentions: ministries, administrations, press services, state acronyms and
families that speak as one (``Иҡтисади үҫеш министрлығында``, ``матбуғат хеҙмәте``, ``АҠШ``).

>>> organisation_name("Мәғариф министрлығы матбуғат хеҙмәтендә")
'Мәғариф министрлығы матбуғат хеҙмәте'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities.grammar import MentionFound
from ..entities.mentions import Mention, Tok, gap_ok
from ..entities.names import WORD_MEMO_SIZE, name_pattern
from ..entities.titles import is_state_org, is_title_word
from .ba import is_speech_verb
from .ba_names import ABLATIVE, ORG_WORD, PLURAL_CASED, STAFF_NOUNS, alternation, title_start
from .ba_suffixes import endings

__all__ = ["organisation_at", "organisation_name", "STATE_ACRONYMS"]

_ORG_CASES = endings("LA", classes="ZDT") + endings("NAн", classes="VDT")
_ORG_CASE = re.compile(rf"(?:ында|ендә|ынан|енән|-?(?:{alternation(_ORG_CASES)}))$")
_ORG_HEAD_CASE = re.compile(rf"(?<=\w\w\w)(ы|е)(?:{alternation(endings('ндA', 'нAн'))})$")
_ORG_HYPHEN_CASE = re.compile(rf"-(?:{alternation(_ORG_CASES)})$")


def organisation_name(phrase: str) -> str:
    """``… хеҙмәтендә`` → ``… хеҙмәте``; a case ending of the last word dropped."""
    words = phrase.split()
    if not words:
        return phrase
    words[-1] = re.sub(r"(хеҙмәте|хеҙмәт)(?:ндә|нән|не)$", "хеҙмәте", words[-1])
    words[-1] = _ORG_HEAD_CASE.sub(r"\1", words[-1])
    words[-1] = _ORG_HYPHEN_CASE.sub("", words[-1])
    return " ".join(words)


def organisation_at(text: str, toks: list[Tok], i: int) -> MentionFound | None:
    """A ministry or administration (``Иҡтисади үҫеш министрлығында``) or a press service at token ``i``."""
    if not _org_word(toks[i].word) and not (i + 1 < len(toks) and _press_word(toks[i + 1].word)):
        return None  # (the cheap test first: every word of a text is asked)
    low = toks[i].word.lower()
    if ORG_WORD.match(low) and _org_ends(text, toks, i) and not _qualifies_title(toks, i):
        return _organisation(text, toks, i)
    if _press_at(toks, i):
        return _press(text, toks, i)
    if toks[i].word in STATE_ACRONYMS and not _qualifies_next(toks, i):
        return MentionFound(Mention(toks[i].start, toks[i].stop, "org", toks[i].word, None, surface=toks[i].word), i + 1)
    if _family_at(toks, i):
        phrase = text[toks[i].start:toks[i + 1].stop]
        name = f"{toks[i].word} {_FAMILY_CASE.sub('', toks[i + 1].word)}"
        return MentionFound(Mention(toks[i].start, toks[i + 1].stop, "org", name, None, surface=phrase), i + 2)
    if _press_at(toks, i + 1):
        return MentionFound(None, i + 1)  # Ҡала хакимиәтенең | матбуғат хеҙмәте: the press service takes the qualifiers
    return None


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _org_word(word: str) -> bool:
    """A word that may open one of :func:`organisation_at`'s phrases at its own token."""
    low = word.lower()
    return bool(ORG_WORD.match(low)) or _press_word(word) or word in STATE_ACRONYMS or \
        word[:1].isupper() and bool(_FAMILY_NAME.search(low))


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _press_word(word: str) -> bool:
    return word.lower().startswith("матбуғат")




def _qualifies_title(toks: list[Tok], i: int) -> bool:
    """``министрлығынан бүлек мөдире Ревнер …``: an organisation in the ablative before a title is
    where the person works, not the speaker."""
    if not ABLATIVE.search(toks[i].word.lower()):
        return False
    return any(is_title_word(t.word) or t.word.lower().startswith(STAFF_NOUNS) for t in toks[i + 1:i + 3])


#: states and unions named by their acronym, which speak as bodies (``АҠШ … тип иғлан иткән``)
STATE_ACRONYMS = frozenset({"АҠШ", "РФ", "БМО", "НАТО", "ЕС", "ЕАЭС", "ЮНЕСКО"})
#: ``Әҙелбаевтар ғаиләһе`` "the Adelbaev family": a surname in the plural before ``ғаилә``
_SURNAME_BASES = name_pattern("SURNAME_BASE").pattern[3:-2]
_FAMILY_NAME = re.compile(rf"(?:{_SURNAME_BASES})(?:тар|тәр|дар|дәр|лар|ләр)$")
_FAMILY_CASE = re.compile(r"(?<=ғаиләһе)(?:нең|нә|н|ндә|нән)$")


def _qualifies_next(toks: list[Tok], i: int) -> bool:
    """``РФ Хөкүмәте``, ``АҠШ Президенты``: the acronym qualifies the body or title after it."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].word
    return is_title_word(nxt) or bool(ORG_WORD.match(nxt.lower())) or is_state_org(nxt)


def _family_at(toks: list[Tok], i: int) -> bool:
    """A capitalised surname in the plural followed by ``ғаиләһе`` (in any case): a family that speaks.

    >>> toks = [Tok(0, 11, "Әҙелбаевтар", False), Tok(12, 19, "ғаиләһе", False)]
    >>> _family_at(toks, 0), _family_at(toks, 1)
    (True, False)
    """
    return i + 1 < len(toks) and toks[i].word[:1].isupper() and \
        bool(_FAMILY_NAME.search(toks[i].word.lower())) and toks[i + 1].word.lower().startswith("ғаиләһе")


def _press_at(toks: list[Tok], i: int) -> bool:
    return i + 1 < len(toks) and _press_word(toks[i].word) and \
        toks[i + 1].word.lower().startswith("хеҙмәт")


def _press(text: str, toks: list[Tok], i: int) -> MentionFound:
    """``… министрлығының матбуғат хеҙмәтендә`` (qualifiers first) → the press service."""
    first = toks[title_start(text, toks, i)].start
    stop = toks[i + 1].stop
    phrase = text[first:stop]
    return MentionFound(Mention(first, stop, "org", organisation_name(phrase), None, surface=phrase), i + 2)


def _org_ends(text: str, toks: list[Tok], i: int) -> bool:
    """An organisation word ends its phrase: case-marked, or followed by a verb or punctuation."""
    low = toks[i].word.lower()
    if _ORG_CASE.search(low) and not low.endswith(("хакимиәт", "хөкүмәт")):
        return True
    if i + 1 >= len(toks) or text[toks[i].stop:toks[i + 1].start].strip():
        return True
    nxt = toks[i + 1].word.lower()
    return not is_title_word(nxt) and (is_speech_verb(nxt) or nxt.startswith(("хәбәр", "белдер")))


def _organisation(text: str, toks: list[Tok], i: int) -> MentionFound:
    """``Иҡтисади үҫеш министрлығында``, ``Башҡортостан буйынса ГУ МЧС-та`` (qualifiers first)."""
    k = title_start(text, toks, i)
    if k == i and i > 0 and PLURAL_CASED.search(toks[i - 1].word.lower()) and \
            gap_ok(text, toks[i - 1].stop, toks[i].start, False):
        k = title_start(text, toks, i - 1)  # Эске эштәр министрлығы
    first = toks[k].start
    phrase = text[first:toks[i].stop]
    return MentionFound(Mention(first, toks[i].stop, "org", organisation_name(phrase), None, surface=phrase), i + 1)
