"""A document's words as the keyword extractor sees them: lemma, role and breaks.

Each word of each sentence becomes a :class:`Word`: its offsets, its lemma (``None`` for
stop words, numbers and page furniture), whether it can head a keyword (``noun``), qualify
one (``adj``), is part of a proper name (``name``) or an initial, and whether punctuation
separates it from the word before (a keyword never spans a break).

>>> from bisumm.document import Document
>>> doc = Document.from_text("Глава Башкортостана Радий Хабиров открыл новую школу.", "ru")
>>> [(w.text, w.role, w.lemma) for w in analyse(doc)[0]]  # doctest: +NORMALIZE_WHITESPACE
[('Глава', 'noun', 'глава'), ('Башкортостана', 'name', 'башкортостан'), ('Радий', 'name', 'радий'),
 ('Хабиров', 'name', 'хабиров'), ('открыл', 'other', 'открыть'), ('новую', 'adj', 'новый'),
 ('школу', 'noun', 'школа')]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..document import Document
from ..normalize import match_form
from ..tokens import iter_words
from ..entities.titles import is_title_word
from .rules import (ROMAN, RU_ADJECTIVES, RU_NAME_GRAMMEMES, RU_NOUNS, ba_name_base, is_ba_common_noun,
                    is_ba_possessive, is_ba_verb, is_furniture)

__all__ = ["Word", "analyse", "ROLES"]

#: ``noun`` heads a keyword, ``adj`` qualifies one, ``name`` is part of a proper name,
#: ``initial`` is a one-letter initial (``Л.``), ``other`` is a content word that is neither
#: (a verb, an adverb), ``stop`` is a stop word, number or furniture
ROLES = ("noun", "adj", "name", "initial", "other", "stop")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a sentence, analysed for keyword candidates."""

    start: int
    stop: int
    text: str
    lemma: str | None
    role: str
    lang: str
    sentence: int
    #: punctuation (other than an initial's dot) separates it from the previous word
    broken: bool
    #: Russian: pymorphy3's parse; Bashkir: ``"possessive"`` (a chain head), ``"case"`` (a name
    #: with a case ending: the name ends here) or ``None``
    info: Any = None
    #: Russian patronymic (dropped from a name's lemma and text)
    patronymic: bool = False
    #: the first word of its sentence (its capital says nothing)
    opens: bool = False
    #: Russian: part of speech and case of ``info`` (read once, kept here for speed)
    pos: str | None = None
    case: str | None = None


def analyse(doc: Document) -> list[list[Word]]:
    """The content words and initials of every sentence of ``doc`` (stop words, numbers and
    page-furniture sentences leave no record; the word after one is ``broken``)."""
    capital_stems = _ba_capitalised_stems(doc)
    out: list[list[Word]] = []
    skip_paragraph = -1
    for index, sentence in enumerate(doc.sentences):
        if sentence.paragraph == skip_paragraph:
            out.append([])
            continue
        if is_furniture(sentence.text):
            out.append([])
            if _alone(doc, index):  # «Также по теме» on its own: the next paragraph is the link
                skip_paragraph = sentence.paragraph + 1
            continue
        language = doc.language_of(sentence)
        code = language.code if language is not None else "und"
        words: list[Word] = []
        previous = sentence.start
        after_stop = False  # a stop word leaves no record: the word after it is ``broken``
        for position, match in enumerate(iter_words(doc.text, sentence.start, sentence.stop)):
            surface = match.group()
            gap = doc.text[previous:match.start()]
            previous = match.end()
            broken = after_stop or (bool(gap.strip())
                                    and not (gap.strip() == "." and words and words[-1].role == "initial"))
            term = language.term(surface) if language is not None else None
            if _is_initial(surface) and not doc.text.startswith(".", match.end()):
                term = None  # В Москве: a one-letter word without a dot is no initial
            if term is None and not (_is_initial(surface) and doc.text.startswith(".", match.end())):
                after_stop = True
                continue
            after_stop = False
            if code == "ru":
                word = _russian(match.start(), match.end(), surface, term, index, broken, language)
            elif code == "ba":
                word = _bashkir(match.start(), match.end(), surface, term, index, broken, position,
                                capital_stems, language)
            else:
                word = Word(match.start(), match.end(), surface, term, "name" if surface[:1].isupper() else "noun",
                            code, index, broken)
            if word.role == "stop":
                after_stop = True
                continue
            words.append(replace(word, opens=True) if position == 0 else word)
        out.append(_initials_before_names(_surnames_like_adjectives(words)))
    return out


def _surnames_like_adjectives(words: list[Word]) -> list[Word]:
    """A capitalised Russian adjective right after a first name is a surname (``Алексей Толстой``)."""
    out = list(words)
    for i in range(1, len(out)):
        w, before = out[i], out[i - 1]
        if w.lang == "ru" and w.role == "adj" and w.text[:1].isupper() and not w.broken \
                and before.role == "name" and before.info is not None and "Name" in before.info.tag.grammemes:
            from ..lang.ru_names import parse as ru_parse

            named = _proper_parse(ru_parse(match_form(w.text)))
            if named is not None:
                out[i] = replace(w, lemma=named.normal_form.replace("ё", "е"), role="name", info=named,
                                 pos=named.tag.POS, case=named.tag.case)
    return out


def _alone(doc: Document, index: int) -> bool:
    """Is sentence ``index`` a whole paragraph?"""
    sentence = doc.sentences[index]
    return doc.paragraphs[sentence.paragraph].text.strip() == sentence.text.strip()


def _is_initial(surface: str) -> bool:
    return len(surface) == 1 and surface.isupper()


def _russian(start: int, stop: int, surface: str, term: str | None, index: int, broken: bool,
             language: Any) -> Word:
    if _is_initial(surface):
        return Word(start, stop, surface, None, "initial", "ru", index, broken)
    if term is None or ROMAN.match(surface):
        return Word(start, stop, surface, None, "stop", "ru", index, broken)
    known = _RU_CACHE.get(surface)
    if known is None:
        known = _russian_reading(surface, term)
        if len(_RU_CACHE) >= _RU_CACHE_LIMIT:
            _RU_CACHE.clear()
        _RU_CACHE[surface] = known
    lemma, role, parse, patronymic, pos, case = known
    return Word(start, stop, surface, lemma, role, "ru", index, broken, parse, patronymic, False, pos, case)


#: surface → (lemma, role, parse, patronymic, part of speech, case) of Russian words; cleared
#: when it holds this many
_RU_CACHE: dict[str, tuple[str, str, Any, bool, str | None, str | None]] = {}
_RU_CACHE_LIMIT = 100_000


def _russian_reading(surface: str, lemma: str) -> tuple[str, str, Any, bool, str | None, str | None]:
    """Lemma, role, parse, patronymic flag, part of speech and case of a Russian content word
    (``lemma``: its term)."""
    from ..lang.ru_names import parse as ru_parse

    folded = match_form(surface)
    parses = ru_parse(folded)
    parse = parses[0] if parses else None
    if parse is None:  # not Cyrillic (a Latin brand, a Greek letter)
        return lemma, "name" if surface[:1].isupper() else "noun", None, False, None, None
    capital = surface[:1].isupper()
    adjective = parse.tag.POS in RU_ADJECTIVES  # Северной Кореи, Государственной думы: an adjective first
    named = _proper_parse(parses) if capital and not adjective else None
    if named is not None:  # a capitalised word that can be a name: read it as one
        parse = named
        lemma = parse.normal_form.replace("ё", "е")
    elif capital and not parse.is_known and any(p.normal_form == folded for p in parses[:4]):
        # an unknown name read as its own nominative (Хабиров, not хабир + -ов)
        parse = next(p for p in parses[:4] if p.normal_form == folded)
        lemma = folded
    grammemes = parse.tag.grammemes
    pos = parse.tag.POS
    proper = named is not None or (not parse.is_known and pos in RU_NOUNS) \
        or "Abbr" in grammemes or (surface.isupper() and len(surface) > 1)
    if capital and proper:
        role = "name"
    elif pos in RU_NOUNS:
        role = "noun"
    elif pos in RU_ADJECTIVES:
        role = "adj"
    else:
        role = "other"
    return lemma, role, parse, "Patr" in grammemes, pos, parse.tag.case


def _proper_parse(parses: tuple) -> Any:
    """The first of the three likeliest parses that is a proper name, singular ones first
    (``None``: none is)."""
    proper = [p for p in parses[:3] if RU_NAME_GRAMMEMES & p.tag.grammemes]
    return next((p for p in proper if p.tag.number == "sing"), proper[0] if proper else None)


def _bashkir(start: int, stop: int, surface: str, term: str | None, index: int, broken: bool,
             position: int, capital_stems: set[str], language: Any) -> Word:
    if _is_initial(surface):
        return Word(start, stop, surface, None, "initial", "ba", index, broken)
    if term is None:
        return Word(start, stop, surface, None, "stop", "ba", index, broken)
    folded = match_form(surface)
    capital = surface[:1].isupper()
    if capital and not is_title_word(folded) and (position > 0 or term in capital_stems or _rare_capital(folded, term)
                                                  or (surface.isupper() and len(surface) > 1)):
        base, inflected = ba_name_base(folded, term)  # names keep their letters: Рөстәм, not рөст + -әм
        return Word(start, stop, surface, base, "name", "ba", index, broken, "case" if inflected else None)
    role = "other" if is_ba_verb(folded) else "noun"
    return Word(start, stop, surface, term, role, "ba", index, broken,
                "possessive" if is_ba_possessive(folded, term) else None)


def _rare_capital(folded: str, stem: str) -> bool:
    """A capitalised first word of a Bashkir sentence is a name when its stem is rare in the
    news corpus (``Стәрлетамаҡта``), not a common noun (``Мәктәптә``) or a verb form."""
    return len(folded) >= 4 and not is_ba_verb(folded) and not is_ba_common_noun(stem)


def _ba_capitalised_stems(doc: Document) -> set[str]:
    """Stems of Bashkir words written with a capital inside a sentence (so names too when first)."""
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


def _initials_before_names(words: list[Word]) -> list[Word]:
    """Initials not followed (through more initials) by a name become stop words."""
    out = list(words)
    following_name = False
    for i in range(len(out) - 1, -1, -1):
        w = out[i]
        if w.role == "initial":
            if not following_name:
                out[i] = replace(w, lemma=None, role="stop")
        else:
            following_name = w.role == "name" and not w.broken
    return out
