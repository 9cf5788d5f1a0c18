"""The face a language shows the quote rules: what the shared code asks instead of branching on a code.

A language gives its grammar through :meth:`bisumm.lang.Language.make_quote_grammar`; a language
that gives none gets no quotes. The defaults here are neutral (no indirect rules, names taken as
written), so a new language needs only its speech verbs to find ``«…», — said X`` quotes:
:meth:`QuoteGrammar.is_cue` looks a word's base form up in ``Language.speech_verbs``.

>>> from bisumm.lang import get_language
>>> grammar = get_language("ru").quote_grammar
>>> grammar.is_cue("заявил"), grammar.name_nominative(["Радия", "Хабирова"], context="по словам ")
(True, ('Радий Хабиров', 'm'))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..normalize import match_form

if TYPE_CHECKING:  # pragma: no cover
    from ..lang import Language
    from .clauses import Raw
    from .speakers import Mention, Tok

__all__ = ["QuoteGrammar", "MentionFound"]


class MentionFound(NamedTuple):
    """What a mention rule found at a token: the mention (``None``: nothing here) and the next token."""

    mention: Mention | None
    next: int


class QuoteGrammar:
    """Quotation grammar of one language, with neutral defaults a language overrides.

    Direct speech: :meth:`is_cue` (a reporting verb), the names of the rules, quotative words.
    Indirect speech: :meth:`indirect`. Names and titles: how a name or title in some case becomes
    its base form, where place nouns stand, whether titles put their qualifiers first, and
    organisation mentions (:meth:`organisation_at`).
    """

    #: rule name of author words after a quote (``«…», — сказал X``)
    after_rule = "after"
    #: rule name of an unmarked quote closed by author words; ``None``: the author rule's own name
    unmarked_rule: str | None = "unmarked"
    #: words that open author words without a dash (``«…» тине X``) and close unmarked quotes
    quotatives: tuple[str, ...] = ()
    #: quotatives that close a quote with no dash (``П, тип әйтте X``)
    closing_quotatives: tuple[str, ...] = ()
    #: words that complete a single first name as a person (``Сәлимә апай``)
    honorifics: frozenset[str] = frozenset()
    #: prefixes of nouns that stand before a place name, so the next word is no person (``селе``)
    place_nouns_before: tuple[str, ...] = ()
    #: prefixes of nouns that stand after a place name, so the words before are no person (``ауылы``)
    place_nouns_after: tuple[str, ...] = ()
    #: titles put their qualifiers first and end with their head words (``Өфө ҡалаһы башлығы``)
    qualifiers_first = False

    def __init__(self, language: Language) -> None:
        self.language = language
        self.code = language.code

    # --- direct speech ------------------------------------------------------------------------
    def is_cue(self, word: str) -> bool:
        """A reporting verb form: its base form is one of the language's ``speech_verbs``."""
        verbs = self.language.speech_verbs
        form = match_form(word)
        return form in verbs or self.language.base_form(form) in verbs

    def is_converb(self, word: str) -> bool:
        """A quotative converb that opens author words before the verb (Bashkir ``тип``)."""
        return False

    def is_passive(self, word: str) -> bool:
        """A passive report (``it was noted``): the quote has no speaker."""
        return False

    def subject_before(self, text: str, clause: int, opener: int) -> Mention | None:
        """Subject-object-verb order: the speaker named in the clause before the quote."""
        return None

    def clause_subject(self, text: str, clause: int, stop: int) -> tuple[Mention, int] | None:
        """An unmarked quote closed by a quotative: its clause-initial subject and body start."""
        return None

    def naming_after(self, text: str, pos: int, stop: int) -> bool:
        """Words after «…» that make it a name, not a quotation (``«…» тип аталған``)."""
        return False

    # --- indirect speech ----------------------------------------------------------------------
    def indirect(self, text: str, start: int, stop: int) -> list[Raw]:
        """Indirect speech candidates of one block (none by default)."""
        return []

    def speaker_before_marker(self, text: str, start: int, stop: int) -> Mention | None:
        """A common noun speaking for an indirect marker when no person is named (``экономисты``)."""
        return None

    # --- names, titles, organisations ---------------------------------------------------------
    def name_like(self, word: str) -> bool:
        """A capitalised word that may be part of a person name (after the shared checks)."""
        return True

    def surname_base(self, word: str) -> str:
        """A lower-case word without its case ending, to test its surname shape."""
        return word

    def single_name_ok(self, word: str) -> bool:
        """A lone capitalised word that is a surname by itself (``— сказал Паслер``)."""
        return False

    def title_start(self, text: str, toks: list[Tok], i: int) -> int:
        """Index of the first token of a title whose head word is token ``i``."""
        return i

    def organisation_at(self, text: str, toks: list[Tok], i: int) -> MentionFound | None:
        """An organisation mention at token ``i``; ``None`` when the token starts none."""
        return None

    def organisation_name(self, phrase: str) -> str:
        """The base form of an organisation phrase (``пресс-службе`` → ``пресс-служба``)."""
        return phrase

    def name_nominative(self, words: list[str], context: str = "", title_case: str | None = None,
                        after: str = "") -> tuple[str, str]:
        """A person name in its base form and its gender (``m``/``f``/``""``)."""
        return " ".join(words), ""

    def title_case(self, head: str) -> str | None:
        """The grammatical case of a title's head word, when the language marks it."""
        return None

    def title_nominative(self, title: str) -> str:
        """A title in its base form (``главы региона`` → ``глава региона``)."""
        return title

    def role_name(self, role: str) -> str:
        """How an unresolved role is reported as the speaker (``экономистов`` → ``экономисты``)."""
        return role

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code}>"
