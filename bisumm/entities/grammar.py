"""The face a language shows the entity layer: how names, titles and organisations are written.

Shared mention finding (:mod:`bisumm.entities.mentions`) asks these methods instead of branching
on a language code; the defaults are neutral (names taken as written, no organisations), and a
language's quote grammar (:class:`bisumm.quotation.grammar.QuoteGrammar`) extends this face.

>>> from bisumm.lang import get_language
>>> get_language("ba").quote_grammar.name_nominative(["Рөстәм", "Хәмитовҡа"])
('Рөстәм Хәмитов', '')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from ..lang import Language
    from .mentions import Mention, Tok

__all__ = ["MentionGrammar", "MentionFound"]


class MentionFound(NamedTuple):
    """What a mention rule found at a token: the mention (``None``: nothing here) and the next token."""

    mention: Mention | None
    next: int


class MentionGrammar:
    """Name, title and organisation grammar of one language, with neutral defaults."""

    #: words that complete a single first name as a person (``Сәлимә апай``)
    honorifics: frozenset[str] = frozenset()
    #: prefixes of nouns that stand before a place name, so the next word is no person (``селе``)
    place_nouns_before: tuple[str, ...] = ()
    #: prefixes of nouns that stand after a place name, so the words before are no person (``ауылы``)
    place_nouns_after: tuple[str, ...] = ()
    #: one-word writers of a medium (``журналист``) that refer to a person named before, else to the medium
    medium_writers: tuple[str, ...] = ()
    #: titles put their qualifiers first and end with their head words (``Өфө ҡалаһы башлығы``)
    qualifiers_first = False
    #: three one-syllable capitalised words are one name (``Ким Чен Ын``, ``Пак Кын Хе``: Korean names)
    syllable_names = False
    #: the language's news comes as paragraphs whose sentences may be in any order (a shuffled
    #: corpus): a quote with no closing mark opened inside its paragraph, and a dialogue turn with no
    #: author words, end with their sentence; a role may name a person the text names after it
    sentence_bound = False
    #: a singular role no title resolves (``— сказал медик``) names the person last named before it
    #: (set by a language where its real-news development part bears it out)
    role_names_last_person = False
    #: a capitalised word near the speech verb that is no name mention may still be the surname of a
    #: person the text named (``— цитирует Bloomberg Росса``; speaks only if so)
    surnames_near_verb = False
    #: a name in the base form right after a body's name is a person serving it (``пульмонолог
    #: Минздрава России Сергей Авдеев``), not part of the body's name
    name_after_body = False
    #: demonstratives (and the gender each gives) that stand for the person named last, not the subject (``Та заявила``)
    demonstratives: Mapping[str, str] = {}

    def __init__(self, language: Language) -> None:
        self.language = language
        self.code = language.code

    def name_like(self, word: str) -> bool:
        """A capitalised word that may be part of a person name (after the shared checks)."""
        return True

    def name_joiner(self, word: str) -> bool:
        """A lower-case word inside a person's name (Bashkir patronymics ``Ринат ҡыҙы``, ``Зәки улы``)."""
        return False

    def surname_base(self, word: str) -> str:
        """A lower-case word without its case ending, to test its surname shape."""
        return word

    def body_nominative(self, phrase: str) -> str:
        """A body's name in the base form (``Счетной палаты`` → ``Счетная палата``)."""
        return phrase

    def is_first_name(self, word: str) -> bool:
        """A capitalised word the language knows as a first name (``Реджеп``)."""
        return False

    def surname_after(self, first: str, word: str) -> bool:
        """A capitalised word the language does not read as a name is a surname after the first name
        ``first`` (``Эммануэль Макрон``)."""
        return False

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

    def is_possessive(self, word: str) -> bool:
        """A pronoun that is also a possessive (Russian ``его``): before a noun it names someone of theirs."""
        return False

    def possessed_person(self, phrase: str) -> bool:
        """After a possessive, a phrase that names a person of theirs in the base form (``жена``; not
        ``слова``, ``официальном сайте``)."""
        return False

    def role_gender(self, role: str) -> str:
        """``f`` when the role's words say the person is a woman (``актриса``), else ``""``."""
        return ""

    def verb_gender(self, verb: str) -> str:
        """The gender a reporting verb gives its subject (``заявила`` → ``f``), else ``""``."""
        return ""

    def demonstrative_at(self, text: str, stop: int) -> bool:
        """The pronoun form ending at ``stop`` points at the noun after it (Bashkir ``ул саҡта`` "at that
        time"): it names no person."""
        return False

    def role_is_subject(self, text: str, stop: int) -> bool:
        """The role mention ending at ``stop`` is the subject of its clause (not a possessor or an object)."""
        return False

    def object_form(self, word: str) -> bool:
        """The last word of a name mention stands in an object case (dative, accusative, locative, …): the
        person is no subject a pronoun of shuffled sentences refers to."""
        return False

    def possessor_at(self, text: str, stop: int) -> bool:
        """The name mention ending at ``stop`` is the possessor of the noun after it (Bashkir ``Кәримдең
        китаптарын`` "Karim's books"): it is spoken of, no subject a pronoun of shuffled sentences refers to."""
        return False

    def block_header(self, text: str, start: int, stop: int) -> Mention | None:
        """The one speaker's header of a block whose sentences are shuffled (Bashkir ``Вил ИЛҺАМОВ, … рәйесе:``):
        the block's dialogue turns are that person's answer. ``None`` by default."""
        return None

    def speaker_in_genitive(self, text: str, start: int) -> bool:
        """A speaker mention at ``start`` stands in the case its quote's words ask (``по словам министра``)."""
        return False

    def is_anonymous_role(self, role: str) -> bool:
        """A role that names nobody in particular (``источник``): never the person last named."""
        return False

    def is_oblique_first_name(self, word: str) -> bool:
        """A first name the language reads only in an oblique case (``Ксении``, ``Елене``)."""
        return False

    def person_gender(self, noun: str) -> str:
        """``m`` / ``f`` for a noun naming a man or a woman (``мужчина``), else ``""``."""
        return ""

    def other_office(self, role: str, title: str | None) -> bool:
        """A role that cannot refer back to a person of title ``title`` (a spokesperson, to a minister)."""
        return False

    def is_condition_role(self, role: str) -> bool:
        """A role naming what befell a person (``заключённый``): never an office holder."""
        return False

    def another_person_before(self, text: str, start: int) -> bool:
        """The words before the person noun at ``start`` make it one more person (``другая женщина``)."""
        return False

    def name_in_title(self, head: str, name: list[str]) -> bool:
        """The name after title head ``head`` is in a case the head does not take: it belongs to the
        title (``пресс-секретарь президента Владимира Путина``) and the speaker's name may follow."""
        return False

    def complement_surname(self, name: list[str], verb_genders: tuple[str, ...]) -> bool:
        """A lone surname after a title head that complements it rather than names its holder, read from the
        genders of the verbs before the title and after the name (``Пресс-секретарь Путина заявил``)."""
        return False

    def is_predicate_role(self, before: str, head: str) -> bool:
        """A title head (after the word ``before``) in a case that says what somebody is (``являющийся
        депутатом``), never who speaks."""
        return False

    def title_nominative(self, title: str) -> str:
        """A title in its base form (``главы региона`` → ``глава региона``)."""
        return title

    def ends_phrase(self, word: str) -> bool:
        """A word that ends an organisation phrase (a reporting verb: ``Минобороны сообщило``)."""
        return False

    def is_generic_body(self, phrase: str) -> bool:
        """An organisation phrase that only refers back to a body named before (``ведомство``)."""
        return False

    def opens_clause(self, word: str) -> bool:
        """A word after a comma that opens a clause, not one more title of the chain (``, пожелавший``,
        ``, в свою очередь``, ``, которого``)."""
        return False

    def is_plural_role(self, role: str) -> bool:
        """A role that names a group (``эксперты``, ``авторы работы``), never one earlier person."""
        return False

    def governed_at(self, text: str, start: int) -> bool:
        """A mention starting at ``start`` is the object of a preposition (``в Порошенко``): an oblique
        mention even when its form does not change."""
        return False

    def complement_at(self, text: str, start: int) -> bool:
        """A mention starting at ``start`` follows a common noun it complements (``сигнал Ким Чен Ына``):
        no subject even when its form does not change."""
        return False

    def role_name(self, role: str) -> str:
        """How an unresolved role is reported as the speaker (``экономистов`` → ``экономисты``)."""
        return role

    def spells(self, latin: str, name: str) -> bool:
        """``latin`` (a post's signature, ``Brenda Barnes``) spells the text's ``name`` in Latin letters."""
        return False

    def spelled_name(self, text: str, latin: str) -> str | None:
        """A person's name in ``text`` that ``latin`` spells in Latin letters (in its base form), else ``None``."""
        return None

    def medium_before(self, text: str, pos: int, quoted: list[tuple[int, int]], role: str = "") -> str | None:
        """The medium named as one before ``pos`` outside the ``quoted`` spans (``статья The New York Times``), else ``None``."""
        return None

    def is_medium_role(self, role: str) -> bool:
        """A role that names a medium or its writer (``издание``, ``автор статьи``), not a person of the text."""
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code}>"
