"""Russian author words and quote marks: reporting and manner verbs, author words inside a quote
(``«П, — отозвался X. — П»``), names in marks (``«…» — так назывался роман``).

>>> is_cue("заявила"), is_cue("сообщили"), is_cue("поблагодарил"), is_cue("дом")
(True, True, False, False)
>>> t = "— тут же отозвался рифмоплет. — Заказывать будете?"
>>> opens_author(t, 2, len(t)), opens_author("— запомнят только, будем мы первыми", 2, 36)
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tokens import WORD_PATTERN
from . import ru_names
from .ru import SPEECH_LEMMAS

__all__ = ["is_cue", "is_manner_verb", "opens_author", "naming_after"]

_CUE_TAGS = frozenset({"VERB", "INFN", "PRTS", "ADJS", "GRND", "PRTF"})


@lru_cache(maxsize=8192)
def is_cue(word: str) -> bool:
    """Whether a word form is a Russian reporting verb (by its pymorphy3 lemma)."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha() and "-" not in low:
        return False
    for parse in ru_names.parse(low)[:3]:
        if parse.normal_form.replace("ё", "е") in SPEECH_LEMMAS or parse.normal_form in SPEECH_LEMMAS:
            if _CUE_TAGS & set(parse.tag.grammemes) or parse.tag.POS == "ADJF":
                return True
    return False


def is_manner_verb(word: str) -> bool:
    """A finite indicative verb in the past or the third person (``успокоила``, ``улыбался``,
    ``спрашивает``), the first word after ``», —``: the author's words of the quote before."""
    parses = ru_names.parse(word.lower())[:1]
    if not parses or parses[0].tag.POS != "VERB" or parses[0].tag.mood != "indc":
        return False
    return parses[0].tag.tense == "past" or parses[0].tag.person == "3per"


def opens_author(text: str, start: int, stop: int) -> bool:
    """A reporting verb; or, Russian author words starting lower-case, adverbs, a finite verb and
    its subject after it before any comma (``— тут же отозвался рифмоплет``, ``— насупился старик``,
    not ``— запомнят только, будем мы первыми``)."""
    words = list(WORD_PATTERN.finditer(text, start, stop))[:6]
    if not words or is_cue(words[0].group()):
        return bool(words)
    if not words[0].group()[:1].islower():
        return False
    for k, w in enumerate(words[:3]):
        if is_cue(w.group()) or is_manner_verb(w.group()):
            return any(_subject_word(x.group()) for x in _to_comma(text, words[k:k + 4])[1:])
        if ru_names.parse(w.group().lower())[0].tag.POS not in ("ADVB", "PRCL"):
            return False
    return False


_PUNCTUATION = re.compile(r"[,.;:!?…]")


def _to_comma(text: str, words: list) -> list:
    """The words before the first punctuation mark between them."""
    out = []
    for w in words:
        if out and _PUNCTUATION.search(text, out[-1].end(), w.start()):
            break
        out.append(w)
    return out


def _subject_word(word: str) -> bool:
    """A capitalised name or a noun or pronoun in the nominative: the subject after an author verb."""
    if word[:1].isupper():
        return True
    parses = ru_names.parse(word.lower())[:1]
    return bool(parses) and parses[0].tag.POS in ("NOUN", "NPRO") and parses[0].tag.case == "nomn"


#: words after «…» that make it a name (``– так назывался роман``, ``, как называют``)
_NAMING_AFTER = re.compile(r"(?i)\s*[,.]?\s*[–—-]?\s*(?:так|как)\s+(?:называ|назван|именуе|озаглав)")

#: a year in brackets after a closing mark: a film's or a book's name
_YEAR_AFTER = re.compile(r"\s*\(\s*\d{4}\b")
#: the word after a closing mark, with a dash before it or nothing but a space
_WORD_AFTER = re.compile(r"(?: ([–—] )?)([а-яё-]+)\b")


def naming_after(text: str, pos: int, stop: int) -> bool:
    """The marks hold a name: ``«Человек меняет кожу» – так назывался роман``; the subject of a verb
    right after them (``«Молодые юристы России» выявили``); defined by a noun after a dash
    (``«Пять сторон света» — школа-интернат``); a year in brackets (``«Иди и смотри» (1985 год)``)."""
    if _NAMING_AFTER.match(text, pos, stop) is not None or _YEAR_AFTER.match(text, pos, stop) is not None:
        return True
    m = _WORD_AFTER.match(text, pos, stop)
    if m is None:
        return False
    parses = ru_names.parse(m.group(2).lower())[:1]
    if not parses or not m.group(2).islower():
        return False
    if not m.group(1):  # «…» выявили
        return parses[0].tag.POS == "VERB" and not is_cue(m.group(2))
    return parses[0].tag.POS == "NOUN" and parses[0].tag.case == "nomn" and "Name" not in parses[0].tag
