"""Keyword candidates of a sentence: names, noun phrases and single content words.

A candidate is an :class:`Occurrence`: a span of the text with the lemmas it stands for.
Candidates never cross punctuation or a stop word.

* names (:func:`name_candidates`): runs of proper-name words, initials allowed inside
  (``Л. Н. Гумилев``), patronymics dropped from the lemma;
* Russian phrases (:func:`russian_phrases`): one or two agreeing adjectives and a noun
  (``Государственной думы``), a noun and a noun in the genitive (``совет безопасности``);
* Bashkir noun chains (:func:`bashkir_chains`): bare nouns before a possessive head
  (``нефть химияһы``);
* single words (:func:`word_candidates`): nouns (Russian), content words that are not verbs (Bashkir).

>>> from bisumm.document import Document
>>> from bisumm.keyphrases.words import analyse
>>> words = analyse(Document.from_text("Депутаты Государственной думы встретились с Радием Хабировым.", "ru"))[0]
>>> [(o.kind, o.lemma) for o in candidates(words)]  # doctest: +NORMALIZE_WHITESPACE
[('name', ('радий', 'хабиров')), ('phrase', ('государственный', 'дума')),
 ('word', ('депутат',)), ('word', ('дума',))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .rules import RU_ADJECTIVES
from .words import Word

__all__ = ["Occurrence", "candidates", "name_candidates", "russian_phrases", "bashkir_chains",
           "word_candidates", "MAX_NAME_WORDS"]

#: surname endings (Хәбиров, Иванова, Әхмәтова, Ғәлиев): a Bashkir name ends with its surname
_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|улы|ҡыҙы)$")
#: longer runs of capitalised words are lists of names, not one name
MAX_NAME_WORDS = 3
#: shorter single words (``р``, ``др``, ``ул``) are abbreviations, not topics
MIN_WORD = 3


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place a candidate occurs: its span, lemmas, kind and the words it is made of."""

    start: int
    stop: int
    lemma: tuple[str, ...]
    kind: str
    sentence: int
    words: tuple[Word, ...]


def candidates(words: list[Word]) -> list[Occurrence]:
    """Every candidate of one sentence's words: names, then phrases, then single words."""
    if not words:
        return []
    lang = words[0].lang
    phrases = russian_phrases(words) if lang == "ru" else bashkir_chains(words) if lang == "ba" else []
    return name_candidates(words) + phrases + word_candidates(words)


def _occurrence(words: list[Word], kind: str) -> Occurrence:
    lemma = tuple(w.lemma for w in words if w.lemma is not None and not w.patronymic)
    return Occurrence(words[0].start, words[-1].stop, lemma, kind, words[0].sentence, tuple(words))


def name_candidates(words: list[Word]) -> list[Occurrence]:
    """Runs of proper-name words (initials inside allowed) as ``name`` occurrences.

    This is the name finder of the keyword layer until the entity layer (``bisumm.entities``)
    exists; then it should ask that layer for the text's names instead.
    """
    out: list[Occurrence] = []
    run: list[Word] = []

    def flush() -> None:
        while run and run[-1].role == "initial":
            run.pop()
        names = [w for w in run if w.role == "name"]
        if len(names) == 1 and len(names[0].text) < MIN_WORD and not names[0].text.isupper():
            names.clear()  # Св, Ул: an abbreviation with a capital, not a name
        if names and len(names) <= MAX_NAME_WORDS:
            out.append(_occurrence(run, "name"))
        elif names:  # a list of names (Москва Берлин Париж): each word on its own
            out.extend(_occurrence([w], "name") for w in names)
        run.clear()

    for w in words:
        if run and w.role == "name" and not _same_name(run[-1], w):
            flush()
        if w.role in ("name", "initial") and not (w.broken and run):
            run.append(w)
            if w.lang == "ba" and (w.info is not None or _SURNAME.search(w.lemma or "")):
                flush()  # a Bashkir ending or a surname closes the name
            continue
        flush()
        if w.role in ("name", "initial"):
            run.append(w)
    flush()
    return out


def _same_name(before: Word, word: Word) -> bool:
    """Can ``word`` continue the name that ``before`` ends? Not when their Russian cases differ
    (``Башкортостана | Радий Хабиров``) or a place precedes a first name."""
    if _abbreviation(before) or _abbreviation(word):
        return False
    if before.lang != "ru" or before.info is None or word.info is None:
        return True
    a, b = before.info.tag, word.info.tag
    if "Fixd" not in a.grammemes and "Fixd" not in b.grammemes and _cases(before).isdisjoint(_cases(word)):
        return False
    return not ("Geox" in a.grammemes and "Name" in b.grammemes)


def _abbreviation(word: Word) -> bool:
    """An all-capital abbreviation (США, ФСБ, БДУ) is a name of its own, never part of a longer one."""
    return len(word.text) > 1 and word.text.isupper()


def _cases(word: Word) -> set[str]:
    """The cases a Russian word can be in (its four likeliest parses)."""
    from ..lang.ru_names import parse as ru_parse

    return {p.tag.case for p in ru_parse(word.text.lower())[:4] if p.tag.case}


def _agrees(adjective: Word, noun: Word) -> bool:
    """Can the adjective qualify the noun: some likely parse of each agrees in case and number
    (and gender in the singular)?"""
    return _agree(adjective.text.lower(), noun.text.lower())


@lru_cache(maxsize=65536)
def _agree(adjective: str, noun: str) -> bool:
    from ..lang.ru_names import parse as ru_parse

    adjectives = [p.tag for p in ru_parse(adjective)[:4] if p.tag.POS in RU_ADJECTIVES]
    nouns = [p.tag for p in ru_parse(noun)[:4] if p.tag.POS == "NOUN"]
    return any(a.case == n.case and a.number == n.number
               and (n.number == "plur" or a.gender is None or n.gender is None or a.gender == n.gender
                    or "GNdr" in n.grammemes or "Ms-f" in n.grammemes)
               for a in adjectives for n in nouns)


def russian_phrases(words: list[Word]) -> list[Occurrence]:
    """Adjective(s) + noun in agreement, and noun + noun in the genitive (two words each)."""
    out: list[Occurrence] = []
    for i, w in enumerate(words):
        if w.role not in ("noun", "name") or w.pos != "NOUN":
            continue
        j = i
        while j > 0 and i - j < 2 and not words[j].broken and words[j - 1].role == "adj" \
                and _agrees(words[j - 1], w):
            j -= 1
        if j < i:
            out.append(_occurrence(words[j:i + 1], "phrase"))
        if w.role == "noun" and _genitive(words, i + 1):
            if words[i + 1].role == "noun" or not _genitive(words, i + 2):  # not «победа Дарьи» of a longer name
                out.append(_occurrence(words[i:i + 2], "phrase"))
            if words[i + 1].role == "noun" and _genitive(words, i + 2) and words[i + 2].role == "name":
                out.append(_occurrence(words[i:i + 3], "phrase"))  # совет безопасности ООН
    return out


def _genitive(words: list[Word], i: int) -> bool:
    """Is ``words[i]`` a noun in the genitive joined to the word before it?"""
    if i >= len(words):
        return False
    w = words[i]
    return not w.broken and w.role in ("noun", "name") and w.pos == "NOUN" and w.case == "gent"


def bashkir_chains(words: list[Word]) -> list[Occurrence]:
    """One or two bare nouns before a possessive head (``нефть химияһы``, ``Евразия милли университеты``)."""
    out: list[Occurrence] = []
    for i, w in enumerate(words):
        if w.role not in ("noun", "name") or w.info != "possessive" or i == 0 or w.broken:
            continue
        j = i
        while j > 0 and i - j < 2 and not words[j].broken and words[j - 1].role in ("noun", "name") \
                and words[j - 1].info is None and words[j - 1].lemma == words[j - 1].text.lower():
            j -= 1
        if j < i and not all(x.role == "name" for x in words[j:i + 1]):
            out.append(_occurrence(words[j:i + 1], "phrase"))
    return out


def word_candidates(words: list[Word]) -> list[Occurrence]:
    """Single nouns (names come as names) as ``word`` occurrences."""
    return [_occurrence([w], "word") for w in words if w.role == "noun" and w.lemma and len(w.lemma) >= MIN_WORD]
