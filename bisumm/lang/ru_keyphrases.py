"""Russian keyword rules: pymorphy3 roles, agreeing phrases and nominative display forms.

Reached through ``get_language("ru").keyphrase_grammar`` (see
:class:`bisumm.keyphrases.grammar.KeyphraseGrammar`). Words: a capitalised word pymorphy3 can
read as a proper name is a ``name`` (its nominative lemma), nouns head keywords, full
adjectives and participles qualify them. Phrases: one or two agreeing adjectives and a noun
(``Государственной думы``), a noun and a noun in the genitive (``совет безопасности``).
Display: names and phrases in the nominative (``Государственная дума``), words as their lemma.

>>> from bisumm.document import Document
>>> from bisumm.keyphrases.words import analyse
>>> from bisumm.keyphrases.candidates import candidates
>>> words = analyse(Document.from_text("Депутаты Государственной думы встретились с Радием Хабировым.", "ru"))[0]
>>> grammar = GRAMMAR(None)
>>> [(o.lemma, grammar.readable(o.kind, [o], o)) for o in grammar.phrases(words)]
[(('государственный', 'дума'), 'Государственная дума')]
>>> grammar.is_furniture("Также по теме"), grammar.is_furniture("Глава республики открыл школу.")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..keyphrases.candidates import Occurrence, occurrence
from ..keyphrases.grammar import KeyphraseGrammar
from ..keyphrases.words import Word
from ..normalize import match_form
from .ru_names import parse

__all__ = ["GRAMMAR", "RussianKeyphrases", "NAME_GRAMMEMES", "NOUNS", "ADJECTIVES", "ROMAN", "FURNITURE"]

#: pymorphy3 grammemes of proper names (first names, surnames, patronymics, places, organisations)
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
#: pymorphy3 parts of speech that head a Russian keyword, and those that qualify one
NOUNS = frozenset({"NOUN"})
ADJECTIVES = frozenset({"ADJF", "PRTF"})
#: Roman numerals (``XX Форум``, ``Николай II``) are numbers, not names
ROMAN = re.compile(r"^[IVXLCDM]+$|^[ІХ]+$")
#: lines of a Russian news page that are not the article: related links, credits, calls to share
FURNITURE = re.compile(
    r"^\W*(?:также по теме|читайте также|смотрите также|по теме|подробнее|источник|фото|видео|"
    r"подписывайтесь|поделиться|реклама|©|копирование)\b", re.IGNORECASE)

#: surface → (lemma, role, parse, patronymic, part of speech, case); cleared when it holds this many
_CACHE: dict[str, tuple[str, str, Any, bool, str | None, str | None]] = {}
_CACHE_LIMIT = 100_000


class RussianKeyphrases(KeyphraseGrammar):
    """Keyword rules of Russian (``Word.info`` holds pymorphy3's parse)."""

    furniture = FURNITURE

    def read(self, start: int, stop: int, surface: str, term: str, sentence: int, broken: bool,
             position: int, context: Any) -> Word:
        if ROMAN.match(surface):
            return Word(start, stop, surface, None, "stop", "ru", sentence, broken)
        known = _CACHE.get(surface)
        if known is None:
            known = _reading(surface, term)
            if len(_CACHE) >= _CACHE_LIMIT:
                _CACHE.clear()
            _CACHE[surface] = known
        lemma, role, parsed, patronymic, pos, case = known
        return Word(start, stop, surface, lemma, role, "ru", sentence, broken, parsed, patronymic, False, pos, case)

    def refine(self, words: list[Word]) -> list[Word]:
        """A capitalised adjective right after a first name is a surname (``Алексей Толстой``)."""
        out = list(words)
        for i in range(1, len(out)):
            w, before = out[i], out[i - 1]
            if w.role == "adj" and w.text[:1].isupper() and not w.broken and before.role == "name" \
                    and before.info is not None and "Name" in before.info.tag.grammemes:
                named = _proper_parse(parse(match_form(w.text)))
                if named is not None:
                    out[i] = replace(w, lemma=named.normal_form.replace("ё", "е"), role="name", info=named,
                                     pos=named.tag.POS, case=named.tag.case)
        return out

    def joins_name(self, before: Word, word: Word) -> bool:
        """Not when the cases differ (``Башкортостана | Радий Хабиров``) or a place precedes a first name."""
        if before.info is None or word.info is None:
            return True
        a, b = before.info.tag, word.info.tag
        if "Fixd" not in a.grammemes and "Fixd" not in b.grammemes and _cases(before).isdisjoint(_cases(word)):
            return False
        return not ("Geox" in a.grammemes and "Name" in b.grammemes)

    def phrases(self, words: list[Word]) -> list[Occurrence]:
        """Adjective(s) + noun in agreement, and noun + noun in the genitive (two words each)."""
        out: list[Occurrence] = []
        for i, w in enumerate(words):
            if w.role not in ("noun", "name") or w.pos != "NOUN":
                continue
            j = i
            while j > 0 and i - j < 2 and not words[j].broken and words[j - 1].role == "adj" \
                    and _agree(words[j - 1].text.lower(), w.text.lower()):
                j -= 1
            if j < i:
                out.append(occurrence(words[j:i + 1], "phrase"))
            if w.role == "noun" and _genitive(words, i + 1):
                if words[i + 1].role == "noun" or not _genitive(words, i + 2):  # not «победа Дарьи» of a longer name
                    out.append(occurrence(words[i:i + 2], "phrase"))
                if words[i + 1].role == "noun" and _genitive(words, i + 2) and words[i + 2].role == "name":
                    out.append(occurrence(words[i:i + 3], "phrase"))  # совет безопасности ООН
        return out

    def is_person(self, first: Word) -> bool:
        return first.info is None or "Name" in first.info.tag.grammemes

    def readable(self, kind: str, occurrences: Sequence[Occurrence], lead: Occurrence) -> str:
        """Single words as their lemma, names and phrases in the nominative."""
        if kind == "word":
            return lead.lemma[0]
        words = [w for w in lead.words if w.lemma is not None and not w.patronymic]
        if kind == "name":
            female = any(w.info is not None and {"Name", "femn"} <= w.info.tag.grammemes for w in words)
            return " ".join(_cased(w.text, _nominative(w, female)) for w in words)
        head = next((w for w in words if w.role in ("noun", "name")), words[-1])
        position = words.index(head)
        number = head.info.tag.number if head.info is not None else None
        gender = head.info.tag.gender if head.info is not None else None
        out = []
        for i, w in enumerate(words):
            if i < position and w.role == "adj":
                form = _inflect(w, {"nomn", number or "sing"} | ({gender} if gender and number != "plur" else set()))
            elif i == position:
                form = _inflect(w, {"nomn", number} if number else {"nomn"})
            else:
                form = w.text.lower()  # a genitive complement stays as it is
            out.append(_cased(w.text, form) if w.role == "name" or not w.opens else form)
        return " ".join(out)


GRAMMAR = RussianKeyphrases


def _reading(surface: str, lemma: str) -> tuple[str, str, Any, bool, str | None, str | None]:
    """Lemma, role, parse, patronymic flag, part of speech and case of a content word (``lemma``: its term)."""
    folded = match_form(surface)
    parses = parse(folded)
    parsed = parses[0] if parses else None
    if parsed is None:  # not Cyrillic (a Latin brand, a Greek letter)
        return lemma, "name" if surface[:1].isupper() else "noun", None, False, None, None
    capital = surface[:1].isupper()
    adjective = parsed.tag.POS in ADJECTIVES  # Северной Кореи, Государственной думы: an adjective first
    named = _proper_parse(parses) if capital and not adjective else None
    if named is not None:  # a capitalised word that can be a name: read it as one
        parsed = named
        lemma = parsed.normal_form.replace("ё", "е")
    elif capital and not parsed.is_known and any(p.normal_form == folded for p in parses[:4]):
        # an unknown name read as its own nominative (Хабиров, not хабир + -ов)
        parsed = next(p for p in parses[:4] if p.normal_form == folded)
        lemma = folded
    grammemes = parsed.tag.grammemes
    pos = parsed.tag.POS
    proper = named is not None or (not parsed.is_known and pos in NOUNS) \
        or "Abbr" in grammemes or (surface.isupper() and len(surface) > 1)
    if capital and proper:
        role = "name"
    elif pos in NOUNS:
        role = "noun"
    elif pos in ADJECTIVES:
        role = "adj"
    else:
        role = "other"
    return lemma, role, parsed, "Patr" in grammemes, pos, parsed.tag.case


def _proper_parse(parses: tuple) -> Any:
    """The first of the three likeliest parses that is a proper name, singular ones first (``None``: none is)."""
    proper = [p for p in parses[:3] if NAME_GRAMMEMES & p.tag.grammemes]
    return next((p for p in proper if p.tag.number == "sing"), proper[0] if proper else None)


def _cases(word: Word) -> set[str]:
    """The cases a word can be in (its four likeliest parses)."""
    return {p.tag.case for p in parse(word.text.lower())[:4] if p.tag.case}


@lru_cache(maxsize=65536)
def _agree(adjective: str, noun: str) -> bool:
    """Can the adjective qualify the noun: some likely parse of each agrees in case and number
    (and gender in the singular)?"""
    adjectives = [p.tag for p in parse(adjective)[:4] if p.tag.POS in ADJECTIVES]
    nouns = [p.tag for p in parse(noun)[:4] if p.tag.POS == "NOUN"]
    return any(a.case == n.case and a.number == n.number
               and (n.number == "plur" or a.gender is None or n.gender is None or a.gender == n.gender
                    or "GNdr" in n.grammemes or "Ms-f" in n.grammemes)
               for a in adjectives for n in nouns)


def _genitive(words: list[Word], i: int) -> bool:
    """Is ``words[i]`` a noun in the genitive joined to the word before it?"""
    if i >= len(words):
        return False
    w = words[i]
    return not w.broken and w.role in ("noun", "name") and w.pos == "NOUN" and w.case == "gent"


def _nominative(w: Word, female: bool = False) -> str:
    """A name word in the nominative; a surname after a woman's first name stays feminine
    (``Дарьи Касаткиной`` → ``Касаткина``)."""
    if w.info is None or "Fixd" in w.info.tag.grammemes or w.info.tag.case == "nomn":
        return w.text.lower()
    if female and "Surn" in w.info.tag.grammemes:
        return _inflect(w, {"nomn", "sing", "femn"})
    return _inflect(w, {"nomn", "sing"} if w.info.tag.number == "sing" else {"nomn"})


def _inflect(w: Word, grammemes: set) -> str:
    if w.info is None:
        return w.text.lower()
    try:
        form = w.info.inflect({g for g in grammemes if g})
    except (ValueError, KeyError):
        form = None
    word = form.word if form is not None else w.text.lower()
    return word if "ё" in w.text.lower() else word.replace("ё", "е")


def _cased(surface: str, form: str) -> str:
    """``form`` written with the capitals of ``surface`` (all capitals, or each hyphen part's first)."""
    if surface.isupper() and len(surface) > 1:
        return form.upper()
    parts, shape = form.split("-"), surface.split("-")
    return "-".join(p[:1].upper() + p[1:] if i < len(shape) and shape[i][:1].isupper() else p
                    for i, p in enumerate(parts))
