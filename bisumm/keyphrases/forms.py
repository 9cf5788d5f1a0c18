"""Readable forms of keywords, as each language writes them.

The language's :meth:`~bisumm.keyphrases.grammar.KeyphraseGrammar.readable` decides: Russian
names and phrases in the nominative, adjectives agreeing with their noun (``Государственной
думы`` → ``Государственная дума``), single words as their lemma; Bashkir names without their
case ending (``Рөстәм Хәмитовҡа`` → ``Рөстәм Хәмитов``); by default the form the text uses most.

>>> from bisumm.document import Document
>>> from bisumm.keyphrases.words import analyse
>>> from bisumm.keyphrases.candidates import candidates
>>> words = analyse(Document.from_text("Депутаты Государственной думы встретились с Радием Хабировым.", "ru"))[0]
>>> [readable(o.kind, [o]) for o in candidates(words)]
['Радий Хабиров', 'Государственная дума', 'депутат', 'дума']
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import Occurrence
from .grammar import grammar_of

__all__ = ["readable"]


def readable(kind: str, occurrences: Sequence[Occurrence]) -> str:
    """The display form of a keyword from its occurrences (the longest, earliest one leads)."""
    lead = max(occurrences, key=lambda o: (len(o.lemma), -o.start))
    return grammar_of(lead.words[0].lang).readable(kind, occurrences, lead)
