"""Keyword candidates of a sentence: names, noun phrases and single content words.

A candidate is an :class:`Occurrence`: a span of the text with the lemmas it stands for.
Candidates never cross punctuation or a stop word.

* names (:func:`name_candidates`): runs of proper-name words, initials allowed inside
  (``Л. Н. Гумилев``), patronymics dropped from the lemma;
* phrases (:meth:`~bisumm.keyphrases.grammar.KeyphraseGrammar.phrases`): each language's own
  (Russian: agreeing adjectives and a noun, a noun and a genitive; Bashkir: noun chains);
* single words (:func:`word_candidates`): the words the language's grammar reads as nouns.

>>> from bisumm.document import Document
>>> from bisumm.keyphrases.words import analyse
>>> words = analyse(Document.from_text("Депутаты Государственной думы встретились с Радием Хабировым.", "ru"))[0]
>>> [(o.kind, o.lemma) for o in candidates(words)]  # doctest: +NORMALIZE_WHITESPACE
[('name', ('радий', 'хабиров')), ('phrase', ('государственный', 'дума')),
 ('word', ('депутат',)), ('word', ('дума',))]
"""

from __future__ import annotations

from dataclasses import dataclass

from .grammar import KeyphraseGrammar, grammar_of
from .words import Word

__all__ = ["Occurrence", "candidates", "occurrence", "name_candidates", "word_candidates", "MAX_NAME_WORDS"]

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
    return name_candidates(words) + grammar_of(words[0].lang).phrases(words) + word_candidates(words)


def occurrence(words: list[Word], kind: str) -> Occurrence:
    """The occurrence ``words`` make (patronymics and lemma-less initials left out of its lemma)."""
    lemma = tuple(w.lemma for w in words if w.lemma is not None and not w.patronymic)
    return Occurrence(words[0].start, words[-1].stop, lemma, kind, words[0].sentence, tuple(words))


def name_candidates(words: list[Word]) -> list[Occurrence]:
    """Runs of proper-name words (initials inside allowed) as ``name`` occurrences.

    Where a name ends is the language's to say (:meth:`~bisumm.keyphrases.grammar.KeyphraseGrammar.closes_name`,
    :meth:`~bisumm.keyphrases.grammar.KeyphraseGrammar.joins_name`).
    """
    grammar = grammar_of(words[0].lang) if words else None
    out: list[Occurrence] = []
    run: list[Word] = []

    def flush() -> None:
        while run and run[-1].role == "initial":
            run.pop()
        names = [w for w in run if w.role == "name"]
        if len(names) == 1 and len(names[0].text) < MIN_WORD and not names[0].text.isupper():
            names.clear()  # Св, Ул: an abbreviation with a capital, not a name
        if names and len(names) <= MAX_NAME_WORDS:
            out.append(occurrence(run, "name"))
        elif names:  # a list of names (Москва Берлин Париж): each word on its own
            out.extend(occurrence([w], "name") for w in names)
        run.clear()

    for w in words:
        if run and w.role == "name" and not _same_name(run[-1], w, grammar):
            flush()
        if w.role in ("name", "initial") and not (w.broken and run):
            run.append(w)
            if grammar is not None and grammar.closes_name(w):
                flush()  # a case ending or a surname closes the name
            continue
        flush()
        if w.role in ("name", "initial"):
            run.append(w)
    flush()
    return out


def _same_name(before: Word, word: Word, grammar: KeyphraseGrammar | None) -> bool:
    """Can ``word`` continue the name that ``before`` ends? Never across an abbreviation; else
    as the language says (Russian: not when their cases differ)."""
    if _abbreviation(before) or _abbreviation(word):
        return False
    return grammar is None or grammar.joins_name(before, word)


def _abbreviation(word: Word) -> bool:
    """An all-capital abbreviation (США, ФСБ, БДУ) is a name of its own, never part of a longer one."""
    return len(word.text) > 1 and word.text.isupper()


def word_candidates(words: list[Word]) -> list[Occurrence]:
    """Single nouns (names come as names) as ``word`` occurrences."""
    return [occurrence([w], "word") for w in words if w.role == "noun" and w.lemma and len(w.lemma) >= MIN_WORD]
