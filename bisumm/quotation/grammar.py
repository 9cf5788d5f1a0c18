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

from typing import TYPE_CHECKING

from ..entities.grammar import MentionGrammar
from ..normalize import match_form

if TYPE_CHECKING:  # pragma: no cover
    from ..entities.mentions import Mention
    from .clauses import Raw

__all__ = ["QuoteGrammar"]


class QuoteGrammar(MentionGrammar):
    """Quotation grammar of one language, with neutral defaults a language overrides.

    Direct speech: :meth:`is_cue` (a reporting verb), the names of the rules, quotative words.
    Indirect speech: :meth:`indirect`. Names, titles and organisations come from
    :class:`~bisumm.entities.grammar.MentionGrammar`.
    """

    #: rule name of author words after a quote (``«…», — сказал X``)
    after_rule = "after"
    #: rule name of an unmarked quote closed by author words; ``None``: the author rule's own name
    unmarked_rule: str | None = "unmarked"
    #: words that open author words without a dash (``«…» тине X``) and close unmarked quotes
    quotatives: tuple[str, ...] = ()
    #: quotatives that close a quote with no dash (``П, тип әйтте X``)
    closing_quotatives: tuple[str, ...] = ()
    #: one lower-case word in marks (``«мам» тип өндәшә``) is a word cited, never words said
    cites_single_words = False
    #: two words in marks ending with ``!``/``?`` that open a sentence (``“Сәләм, туған!”``) are words said
    cries_said = False
    #: words that close a marked quote only after a comma or a dash (``«П», тигән X``: with no comma,
    #: ``«П» тигән китап`` names a book)
    comma_quotatives: tuple[str, ...] = ()

    # --- direct speech ------------------------------------------------------------------------
    def is_cue(self, word: str) -> bool:
        """A reporting verb form: its base form is one of the language's ``speech_verbs``."""
        verbs = self.language.speech_verbs
        form = match_form(word)
        return form in verbs or self.language.base_form(form) in verbs

    def ends_phrase(self, word: str) -> bool:
        return self.is_cue(word)

    def is_first_person(self, word: str) -> bool:
        """A pronoun or verb of the first person, which keeps a dash turn running over several sentences
        the speaker's own words (none by default: a turn ends with its sentence)."""
        return False

    def narrates(self, sentence: str) -> bool:
        """A sentence of third-person narration (``– Рәйес өтәләнеп китте.``): after a dash inside a paragraph,
        the author's words, not a dialogue turn (none by default)."""
        return False

    def is_manner_verb(self, word: str) -> bool:
        """A finite verb that opens the author's words after ``», —`` though it is no reporting verb
        (Russian ``— улыбался X``, ``— спрогнозировал X``); none by default."""
        return False

    def opens_author(self, text: str, start: int, stop: int) -> bool:
        """The words from ``start`` (after ``П, — `` inside a quote or a dialogue turn) open the author's
        words (``— сказал X``); by default when the first is a reporting verb that is not in the first or
        second person (``— Ҡотлайым!``, ``— Әйтәйек, …`` are the speaker's own words; ``— тинем`` is not)."""
        first = self.language.word_pattern.search(text, start, stop)
        if first is None or not self.is_cue(first.group()):
            return False
        word = first.group()
        return not (self.first_or_second_person(word) and not word.lower().startswith(self.quotatives))

    def is_converb(self, word: str) -> bool:
        """A quotative converb that opens author words before the verb (Bashkir ``тип``)."""
        return False

    def reports_speech(self, word: str) -> bool:
        """A word that reports somebody's words on its own (a reporting verb, not a light verb)."""
        return self.is_cue(word)

    def unnamed_report(self, words: list[str]) -> str:
        """How author words that name nobody (``words``, from the quotative closing unmarked words on) report
        the words before them: ``"said"`` (one speaker, named elsewhere), ``"they"`` (nobody in particular)
        or ``""`` (no report); none by default."""
        return ""

    def attributive_quotative(self, words: list[str], mention: Mention | None) -> bool:
        """The quotative that closes unmarked words (the author ``words`` from it on, naming ``mention``) makes
        them the content of the noun after it (Bashkir ``…, тигән һорау`` "the question whether …"), no
        words said. None by default."""
        return False

    def saying_holder(self, text: str, clause: int, stop: int, words: list[str]) -> tuple[Mention, int] | None:
        """Unmarked words before an attributive quotative and a noun of sayings (``words``: Bashkir ``X-тың, П,
        тигән һүҙҙәре`` "X's words that П"): whose they are (named in the genitive, set off by a comma) and
        where they start, else ``None``. None by default."""
        return None

    def after_colon(self, text: str, start: int, stop: int) -> int:
        """Where unmarked words said with nobody named start in ``text[start:stop]``: ``start`` by default."""
        return start

    def reports_opinion(self, word: str) -> bool:
        """A verb of opinion (Bashkir ``иҫәпләй`` "considers", ``уйлай`` "thinks"): the unmarked words it closes
        are indirect speech (``X считает, что П``), not a quote. None by default."""
        return False

    def converb_verb(self, word: str) -> bool:
        """A verb a quotative converb attaches to (``тип <verb> X``): a reporting verb by default."""
        return self.is_cue(word)

    def holder_before(self, text: str, start: int, opener: int) -> Mention | None:
        """The person whose saying or opinion a quote presented as one is, named right before its
        opening mark (Bashkir ``X-тың «…» тигән фекере``), else ``None``. None by default."""
        return None

    def can_be_subject(self, mention: Mention, owner: bool = False) -> bool:
        """A person or role mention in a case a subject takes (Bashkir: no case ending; ``тип һораным
        Григорьевтан`` "I asked Grigoriev" names the addressee), or with ``owner`` the case of whose the
        words are (Bashkir genitive before a colon). Any mention by default."""
        return True

    def first_or_second_person(self, word: str) -> bool:
        """A verb form of the first or second person (``әйтә алмайым``): its subject is ``I``/``you``, not
        a noun of its clause. None by default."""
        return False

    def is_auxiliary(self, word: str) -> bool:
        """An auxiliary verb that completes the reporting verb before it (Bashkir ``әйтә алам``, ``әйтеп
        һалды``): part of the verb, never the speaker. None by default."""
        return False

    def document_body(self, text: str, start: int, stop: int) -> Mention | None:
        """The body whose document the author words name (``в докладе центра …``), or ``None``."""
        return None

    def is_passive(self, word: str) -> bool:
        """A passive report (``it was noted``): the quote has no speaker."""
        return False

    def subject_before(self, text: str, clause: int, opener: int) -> Mention | None:
        """Subject-object-verb order: the speaker named in the clause before the quote."""
        return None

    def clause_subject(self, text: str, clause: int, stop: int) -> tuple[Mention, int] | None:
        """An unmarked quote closed by a quotative: its clause-initial subject and body start."""
        return None

    def words_reported_of(self, text: str, start: int, stop: int) -> Mention | None:
        """Author words that report somebody's words through a medium (``приводит РИА слова Путина``):
        the person whose words they are, else ``None``."""
        return None

    def body_at(self, text: str, start: int, stop: int) -> Mention | None:
        """A body named where it speaks (``в Кремле`` → ``Кремль``), else ``None``."""
        return None

    def naming_after(self, text: str, pos: int, stop: int) -> bool:
        """Words after «…» that make it a name, not a quotation (``«…» тип аталған``)."""
        return False

    def is_title(self, text: str, start: int, stop: int) -> bool:
        """The words in marks ``text[start:stop]`` are a title by their own grammar (Bashkir ``«… тураһында»``,
        a law or a document "on …"), not words said. None by default."""
        return False

    def quoting_after(self, text: str, pos: int, stop: int) -> bool:
        """Words after «…» that present it as somebody's words with no speaker named (``«…» тигән фекер``)."""
        return False

    # --- indirect speech ----------------------------------------------------------------------
    def indirect(self, text: str, start: int, stop: int) -> list[Raw]:
        """Indirect speech candidates of one block (none by default)."""
        return []

    def speaker_before_marker(self, text: str, start: int, stop: int) -> Mention | None:
        """A common noun speaking for an indirect marker when no person is named (``экономисты``)."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code}>"
