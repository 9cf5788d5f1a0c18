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
from ..tokens import iter_words
from .grammar import grammar_of

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
    #: what the language's grammar read (Russian: pymorphy3's parse; Bashkir: ``"possessive"``
    #: for a chain head, ``"case"`` for a name with a case ending) or ``None``
    info: Any = None
    #: a patronymic (dropped from a name's lemma and text)
    patronymic: bool = False
    #: the first word of its sentence (its capital says nothing)
    opens: bool = False
    #: part of speech and case of ``info`` (read once, kept here for speed)
    pos: str | None = None
    case: str | None = None


def analyse(doc: Document) -> list[list[Word]]:
    """The content words and initials of every sentence of ``doc`` (stop words, numbers and
    page-furniture sentences leave no record; the word after one is ``broken``). Each language's
    :class:`~bisumm.keyphrases.grammar.KeyphraseGrammar` reads its own words."""
    contexts: dict[str, Any] = {}
    out: list[list[Word]] = []
    skip_paragraph = -1
    for index, sentence in enumerate(doc.sentences):
        language = doc.language_of(sentence)
        if sentence.paragraph == skip_paragraph or language is None:
            out.append([])
            continue
        grammar = grammar_of(language.code)
        if grammar.is_furniture(sentence.text):
            out.append([])
            if _alone(doc, index):  # «Также по теме» on its own: the next paragraph is the link
                skip_paragraph = sentence.paragraph + 1
            continue
        if language.code not in contexts:
            contexts[language.code] = grammar.prepare(doc)
        words: list[Word] = []
        previous = sentence.start
        after_stop = False  # a stop word leaves no record: the word after it is ``broken``
        for position, match in enumerate(iter_words(doc.text, sentence.start, sentence.stop)):
            surface = match.group()
            gap = doc.text[previous:match.start()]
            previous = match.end()
            broken = after_stop or (bool(gap.strip())
                                    and not (gap.strip() == "." and words and words[-1].role == "initial"))
            dotted = _is_initial(surface) and doc.text.startswith(".", match.end())
            term = None if _is_initial(surface) and not dotted else language.term(surface)
            if term is None and not dotted:  # В Москве: a one-letter word without a dot is no initial
                after_stop = True
                continue
            after_stop = False
            if _is_initial(surface):
                word = Word(match.start(), match.end(), surface, None, "initial", language.code, index, broken)
            else:
                word = grammar.read(match.start(), match.end(), surface, term, index, broken, position,
                                    contexts[language.code])
            if word.role == "stop":
                after_stop = True
                continue
            words.append(replace(word, opens=True) if position == 0 else word)
        out.append(_initials_before_names(grammar.refine(words)))
    return out


def _alone(doc: Document, index: int) -> bool:
    """Is sentence ``index`` a whole paragraph?"""
    sentence = doc.sentences[index]
    return doc.paragraphs[sentence.paragraph].text.strip() == sentence.text.strip()


def _is_initial(surface: str) -> bool:
    return len(surface) == 1 and surface.isupper()


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
