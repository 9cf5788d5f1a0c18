"""The face a language shows the keyword extractor: what the shared code asks instead of branching on a code.

A language gives its grammar through :meth:`bisumm.lang.Language.make_keyphrase_grammar` (by
default the class in its ``<code>_keyphrases`` module: ``bisumm/lang/ru_keyphrases.py``,
``bisumm/lang/ba_keyphrases.py``). The defaults here are neutral, so a language with no keyword
rules still gets honest **single-word keywords** from its own terms: every content word is a noun,
a capitalised word inside a sentence is a name, there are no phrases and no page furniture.

>>> from bisumm.lang import get_language
>>> get_language("ru").keyphrase_grammar.is_furniture("Также по теме")
True
>>> get_language("ba").keyphrase_grammar.is_furniture("Уҡығыҙ шулай уҡ")
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..lang import Language
    from .candidates import Occurrence
    from .words import Word

__all__ = ["KeyphraseGrammar", "grammar_of", "most_frequent_spelling"]


class KeyphraseGrammar:
    """Keyword rules of one language, with neutral defaults a language overrides.

    Words: :meth:`prepare` (what the whole document tells, once), :meth:`read` (lemma and role
    of one content word), :meth:`refine` (fixes that need the whole sentence). Candidates:
    :meth:`closes_name`, :meth:`joins_name`, :meth:`phrases`, :meth:`is_person`. Display:
    :meth:`readable`. Page furniture: :attr:`furniture`.
    """

    #: lines of a news page that are not the article (related links, credits), or ``None``
    furniture: re.Pattern[str] | None = None

    def __init__(self, language: Language) -> None:
        self.language = language

    def is_furniture(self, line: str) -> bool:
        """True for a line of page furniture (related links, photo credits)."""
        return self.furniture is not None and bool(self.furniture.match(line.strip()))

    # --- words ----------------------------------------------------------------------------------
    def prepare(self, doc: Document) -> Any:
        """What the whole document tells about its words (handed to :meth:`read` as ``context``)."""
        return None

    def read(self, start: int, stop: int, surface: str, term: str, sentence: int, broken: bool,
             position: int, context: Any) -> Word:
        """The :class:`~bisumm.keyphrases.words.Word` of a content word (``term``: its ranking term).
        Neutral: a capitalised word inside a sentence is a name, any other word a noun."""
        from .words import Word

        role = "name" if position > 0 and surface[:1].isupper() else "noun"
        return Word(start, stop, surface, term, role, self.language.code, sentence, broken)

    def refine(self, words: list[Word]) -> list[Word]:
        """A sentence's words after fixes that need their neighbours (none by default)."""
        return words

    # --- candidates -----------------------------------------------------------------------------
    def closes_name(self, word: Word) -> bool:
        """Does ``word`` end the name it belongs to (a case ending, a surname)?"""
        return False

    def joins_name(self, before: Word, word: Word) -> bool:
        """Can ``word`` continue the name that ``before`` ends?"""
        return True

    def phrases(self, words: list[Word]) -> list[Occurrence]:
        """The noun phrases of one sentence (none by default: single words and names only)."""
        return []

    def is_person(self, first: Word) -> bool:
        """Does a name opening with ``first`` look like a person's (it then absorbs its last word
        met alone: ``Хабиров`` into ``Радий Хабиров``)?"""
        return True

    # --- display --------------------------------------------------------------------------------
    def readable(self, kind: str, occurrences: Sequence[Occurrence], lead: Occurrence) -> str:
        """The display form of a keyword (``lead``: its longest, earliest occurrence): a name
        as it is written most often, any other keyword in its most frequent spelling."""
        if kind == "name":
            written = Counter(" ".join(w.text for w in o.words) for o in occurrences if len(o.words) == len(lead.words))
            return min(written, key=lambda f: (-written[f], len(f), f))
        return most_frequent_spelling(occurrences, lead)


def most_frequent_spelling(occurrences: Sequence[Occurrence], lead: Occurrence) -> str:
    """The spelling the text uses most often (ties: the shortest), capitalised when every spelling is.

    >>> from bisumm.keyphrases.candidates import Occurrence
    >>> from bisumm.keyphrases.words import Word
    >>> def occ(*ws): return Occurrence(0, 1, tuple(w.lower() for w in ws), "word", 0,
    ...     tuple(Word(0, 1, w, w.lower(), "noun", "xx", 0, False) for w in ws))
    >>> most_frequent_spelling([occ("School"), occ("school"), occ("school")], occ("School"))
    'school'
    """
    spellings = [" ".join(w.text for w in o.words) for o in occurrences if len(o.lemma) == len(lead.lemma)]
    forms = Counter(f.lower() for f in spellings)
    best = min(forms, key=lambda f: (-forms[f], len(f), f))
    return best if not all(f[:1].isupper() for f in spellings) else best[:1].upper() + best[1:]


def grammar_of(code: str) -> KeyphraseGrammar:
    """The keyword grammar of the language ``code`` (built once, on first use)."""
    from ..lang import get_language

    return get_language(code).keyphrase_grammar
