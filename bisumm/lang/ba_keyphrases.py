"""Bashkir keyword rules: names by their capitals, noun chains, names without their case endings.

Reached through ``get_language("ba").keyphrase_grammar`` (see
:class:`bisumm.keyphrases.grammar.KeyphraseGrammar`). Words: a capitalised word is a ``name``
(its base keeps its letters: ``Рөстәм``, not ``рөст`` + ``-әм``) unless it opens a sentence
and is a common noun; verb forms are no topic. Phrases: one or two bare nouns before a
possessive head (``нефть химияһы``). Display: names without their case ending, other keywords
as the text spells them most often.

>>> is_possessive("химияһы", "химия"), is_possessive("мәктәпте", "мәктәп")
(True, False)
>>> GRAMMAR(None).is_furniture("Уҡығыҙ шулай уҡ"), GRAMMAR(None).is_furniture("Мәктәп асылды.")
(True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..entities.titles import is_title_word
from ..keyphrases.candidates import Occurrence, occurrence
from ..keyphrases.grammar import KeyphraseGrammar, most_frequent_spelling
from ..keyphrases.words import Word
from ..normalize import match_form
from .ba_suffixes import endings

__all__ = ["GRAMMAR", "BashkirKeyphrases", "CASE_ENDINGS", "POSSESSIVE_CASES", "NAME_ENDINGS", "VERB_ENDINGS",
           "FURNITURE", "COMMON_SUPPORT", "is_possessive", "is_verb", "name_base", "case_base", "is_common_noun"]

#: case endings after a bare stem (ba_suffixes: CASES, locative, attributive), with the instrumental
#: ``-лан`` and the dative after a possessive ``-на`` the generator does not give
CASE_ENDINGS = endings("NIң", "GA", "NI", "LA", "NAн", "ндA", "LAGI", "ндAGI") + ("лан", "лән", "на", "нә")
#: case endings after a 3rd-person possessive (the pronominal ``н``: ``Республикаһының``)
POSSESSIVE_CASES = ("н", "ның", "нең", "на", "нә", "нда", "ндә", "нан", "нән", "ндағы", "ндәге")
#: the ending (after the stem) of a 3rd-person possessive, the head of a noun chain
#: (``нефть химияһы``, ``Башҡортостан Республикаһының``), optionally followed by a case ending
POSSESSIVE = re.compile(rf"^(?:һ?[ые])(?:{'|'.join(POSSESSIVE_CASES)})?$")
#: case endings (and possessive + case) a name takes: stripped from a name word to get its base
#: (``Ҡаҙағстандың`` → ``ҡаҙағстан``, ``Республикаһының`` → ``республика``), longest first
NAME_ENDINGS = tuple(sorted({*(p + c for p in ("", "һы", "һе", "ы", "е") for c in CASE_ENDINGS),
                             "һы", "һе", "һын", "һен", "ын", "ен"}, key=len, reverse=True))
#: case endings alone (no possessive before them), longest first
_BARE_CASES = tuple(e for e in NAME_ENDINGS if not e.startswith(("һы", "һе", "ы", "е")) or e in ("ы", "е"))
#: verb forms that never name a topic: infinitive, definite future, participle in -ған and its
#: cases, converbs in -ғас/-ғансы, finite past plural (ba_suffixes: NONFINITE, DEF_FUTURE)
VERB_ENDINGS = ("ырға", "ергә", "рға", "ргә", "аҫаҡ", "асаҡ", "әсәк", "ясаҡ", "йәсәк",
                "ған", "гән", "ҡан", "кән", "ғанда", "гәндә", "ҡанда", "кәндә", "ғас", "гәс", "ҡас", "кәс",
                "ғансы", "гәнсе", "ҙылар", "ҙеләр", "тылар", "теләр", "ҙыҡ", "ҙек")
#: surname endings (Хәбиров, Иванова, Әхмәтова, Ғәлиев): a Bashkir name ends with its surname
SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|улы|ҡыҙы)$")
#: lines of a Bashkir news page that are not the article (related links, photo credits)
FURNITURE = re.compile(r"^\W*(?:уҡығыҙ шулай уҡ|шулай уҡ уҡығыҙ|һүрәттә|фото|видео|©)\b", re.IGNORECASE)
#: a stem seen with this many different endings in the news corpus (the stem lexicon of
#: bisumm.lang.ba_stem) is a common noun even when capitalised (Республика, Рәсәй), not a first name
COMMON_SUPPORT = 10


class BashkirKeyphrases(KeyphraseGrammar):
    """Keyword rules of Bashkir (``Word.info``: ``"possessive"`` for a chain head, ``"case"`` for a
    name with a case ending, which ends the name)."""

    furniture = FURNITURE

    def prepare(self, doc: Any) -> set[str]:
        """Stems of Bashkir words written with a capital inside a sentence (names when first too)."""
        out: set[str] = set()
        for index, sentence in enumerate(doc.sentences):
            if sentence.lang != "ba":
                continue
            language = doc.language_of(sentence)
            for position, word in enumerate(doc.words(index)):
                if position and word[:1].isupper() and language is not None:
                    term = language.term(word)
                    if term is not None:
                        out.add(term)
        return out

    def read(self, start: int, stop: int, surface: str, term: str, sentence: int, broken: bool,
             position: int, context: Any) -> Word:
        folded = match_form(surface)
        if surface[:1].isupper() and not is_title_word(folded) and (
                position > 0 or term in context or _rare_capital(folded, term)
                or (surface.isupper() and len(surface) > 1)):
            base, inflected = name_base(folded, term)
            return Word(start, stop, surface, base, "name", "ba", sentence, broken, "case" if inflected else None)
        return Word(start, stop, surface, term, "other" if is_verb(folded) else "noun", "ba", sentence, broken,
                    "possessive" if is_possessive(folded, term) else None)

    def closes_name(self, word: Word) -> bool:
        return word.info is not None or bool(SURNAME.search(word.lemma or ""))

    def phrases(self, words: list[Word]) -> list[Occurrence]:
        """One or two bare nouns before a possessive head (``Евразия милли университеты``)."""
        out: list[Occurrence] = []
        for i, w in enumerate(words):
            if w.role not in ("noun", "name") or w.info != "possessive" or i == 0 or w.broken:
                continue
            j = i
            while j > 0 and i - j < 2 and not words[j].broken and words[j - 1].role in ("noun", "name") \
                    and words[j - 1].info is None and words[j - 1].lemma == words[j - 1].text.lower():
                j -= 1
            if j < i and not all(x.role == "name" for x in words[j:i + 1]):
                out.append(occurrence(words[j:i + 1], "phrase"))
        return out

    def is_person(self, first: Word) -> bool:
        """``Төркиә`` stays apart from ``Республика Төркиә``: a common noun opens no person's name."""
        return not is_common_noun(first.lemma or "")

    def readable(self, kind: str, occurrences: Sequence[Occurrence], lead: Occurrence) -> str:
        """A name: its most frequent spelling (as long as the longest), case ending dropped
        (``Башҡортостан Республикаһының`` → ``Башҡортостан Республикаһы``)."""
        if kind != "name":
            return most_frequent_spelling(occurrences, lead)
        size = len(lead.words)
        forms = Counter(tuple(w.text for w in o.words if w.lemma) for o in occurrences if len(o.words) == size)
        best = max(forms, key=lambda f: (forms[f], f))
        return " ".join(best[:-1] + (case_base(best[-1]),)) if best else ""


GRAMMAR = BashkirKeyphrases


def is_verb(folded: str) -> bool:
    """True when a folded word ends like a verb form (see :data:`VERB_ENDINGS`).

    >>> is_verb("төҙөйәсәкбеҙ"), is_verb("уҡыясаҡ"), is_verb("мәктәп")
    (False, True, False)
    """
    return len(folded) > 4 and folded.endswith(VERB_ENDINGS)


def is_possessive(folded: str, stem: str) -> bool:
    """True when a folded word is its ``stem`` plus a 3rd-person possessive ending.

    >>> is_possessive("университеты", "университет"), is_possessive("осрашты", "осраш")
    (True, False)
    """
    return len(folded) > len(stem) and bool(POSSESSIVE.match(folded[len(stem):]))


def name_base(folded: str, stem: str) -> tuple[str, bool]:
    """A folded name word without its case ending, and whether it had one.

    The ending is only dropped down to the ``stem`` the stemmer gives (never below it: the
    ``-стан`` of ``Ҡаҙағстан`` is no ablative), and never down to fewer than three letters.

    >>> name_base("ҡаҙағстандың", "ҡаҙағстан"), name_base("ҡаҙағстан", "ҡаҙағстан")
    (('ҡаҙағстан', True), ('ҡаҙағстан', False))
    >>> name_base("рөстәм", "рөст"), name_base("республикаһының", "республика")
    (('рөстәм', False), ('республика', True))
    """
    for ending in NAME_ENDINGS:
        base = folded[: -len(ending)]
        if folded.endswith(ending) and len(base) >= max(3, len(stem)):
            return base, True
    return folded, False


def case_base(word: str) -> str:
    """A name word without its case ending, possessives kept, spelling kept.

    >>> case_base("Республикаһының"), case_base("Хәмитовҡа"), case_base("Ҡаҙағстан")
    ('Республикаһы', 'Хәмитов', 'Ҡаҙағстан')
    """
    from . import stem

    folded = word.lower()
    floor = max(3, len(stem(folded, "ba")))
    for ending in _BARE_CASES:
        if folded.endswith(ending) and len(folded) - len(ending) >= floor:
            return word[: -len(ending)]
    return word


def is_common_noun(lemma: str) -> bool:
    """True for a stem common enough to be a noun rather than a person's first name.

    >>> is_common_noun("республика"), is_common_noun("рөстәм")
    (True, False)
    """
    from .ba_stem import lexicon

    return lexicon().get(lemma, 0) >= COMMON_SUPPORT


def _rare_capital(folded: str, stem: str) -> bool:
    """A capitalised first word of a sentence is a name when its stem is rare in the news corpus
    (``Стәрлетамаҡта``), not a common noun (``Мәктәптә``) or a verb form."""
    return len(folded) >= 4 and not is_verb(folded) and not is_common_noun(stem)
