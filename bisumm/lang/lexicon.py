"""The words a language gives the shared title and mention rules (``bisumm.entities.titles``).

Every entry is a lower-cased, ``ё``-folded prefix ("stem") of word forms unless named otherwise,
so one entry covers the case forms (``министр``, ``министра``, ``министрҙың``). A language sets
``Language.title_lexicon`` to one :class:`TitleLexicon`; the shared rules match the union of every
registered language's lexicon, so a title written in either language is read in any text.

>>> TitleLexicon(title_stems=("chief",)).title_stems
('chief',)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["TitleLexicon", "CLASS_NAMES"]

#: title classes in the order the rules try them; a class may have several rules (``mayor``)
CLASS_NAMES: tuple[str, ...] = (
    "deputy_premier", "premier", "deputy_minister", "mayor", "mayor", "district_head", "region_head",
    "ambassador", "press_secretary", "minister", "parliament_chair", "deputy", "coach", "prosecutor",
)


@dataclass(frozen=True, eq=False)  # hashed by identity (caches keyed on a lexicon)
class TitleLexicon:
    """A language's words for officials' titles, occupations, state bodies, pronouns and places.

    ``classes`` holds, for the rules of :data:`CLASS_NAMES` in their order, the rule's head stems
    and the qualifier stems of which one must also occur in the title (``""``: any title).
    """

    #: head words of titles
    title_stems: tuple[str, ...] = ()
    #: occupations that head a mention like a title but never make an official
    role_stems: tuple[str, ...] = ()
    #: prefixes and whole words that look like a title head and are not one
    not_title: tuple[str, ...] = ()
    not_title_exact: frozenset[str] = frozenset()
    #: words of the names of state bodies (matched at a word start)
    state_stems: tuple[str, ...] = ()
    #: ministries by their short names (state bodies too)
    ministry_stems: tuple[str, ...] = ()
    #: short names of state bodies matched as whole words only (``суд``, ``думы``: not ``судно``, ``думать``)
    state_words: frozenset[str] = frozenset()
    #: phrases in which a state word names no state body (``совет директоров``)
    not_state: tuple[str, ...] = ()
    #: state bodies by abbreviations too short to match as word starts (whole words as written: ``СК``)
    state_abbreviations: frozenset[str] = frozenset()
    #: states and unions of states by abbreviations, as written (``РФ``, ``США``): a head of one holds office,
    #: a head of any other abbreviated body none (``президент РФС``)
    country_abbreviations: frozenset[str] = frozenset()
    #: capitals, lower-cased base forms, that speak for their state (``Вашингтон заявил``: the state speaking),
    #: with the stems that name that state in a body's name (``азербайджан`` for ``баку``)
    state_capitals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: heads of body names that make a state body when a state is named with them (``служба … США``)
    state_body_heads: tuple[str, ...] = ()
    #: lower-case words inside foreign person names, alone or hyphened to the next name word (``ван``, ``бин``:
    #: ``Баудевейн ван Эйк``; ``ас``: ``Абдель Фаттах ас-Сиси``)
    name_particles: frozenset[str] = frozenset()
    #: states by name: a head of one holds public office
    state_names: tuple[str, ...] = ()
    #: title heads that make an official whatever qualifies them
    always_official: tuple[str, ...] = ()
    #: heads of an aide's title (``пресс-секретарь``, ``советник``): official when the person whose aide
    #: they are is (``пресс-секретарь Путина`` with ``президент Владимир Путин`` in the text)
    aide_heads: tuple[str, ...] = ()
    #: titles of a body's members (``депутат``): their aides hold no office (``помощник депутата``)
    member_heads: tuple[str, ...] = ()
    #: a member of a body (``член``): official only when the body is named as a state body's
    membership_heads: tuple[str, ...] = ()
    #: bodies whose heads hold no public office
    private_bodies: tuple[str, ...] = ()
    #: bodies of research, learning and culture (``центр``, ``институт``): their heads hold no public office
    #: unless the title also names a state body (``центр … МЧС``)
    institutions: tuple[str, ...] = ()
    #: bodies of research, learning and culture whose heads hold no public office even when the title names
    #: the state body they belong to (``замдиректора ЦНИИ … Роспотребнадзора``, ``институт … МВД``): nearer the
    #: head than the state body, the head is theirs
    learned_bodies: tuple[str, ...] = ()
    #: words that begin like a private body or institution and name neither (``центрального``, ``группировкой``)
    not_private: tuple[str, ...] = ()
    #: state words that name units a company has too (``департамент``, ``управление``): beside a «»-named
    #: body they are that body's (``глава департамента … «Спартака»``)
    unit_stems: tuple[str, ...] = ()
    #: words before «…» that make it a name (organisation, media, event, work)
    naming_stems: tuple[str, ...] = ()
    #: capitalised words that name a place or body, never a person
    place_stems: tuple[str, ...] = ()
    #: personal pronouns (whole words) -> gender ("m", "f" or "" when the language has none)
    pronouns: dict[str, str] = field(default_factory=dict)
    #: pronoun forms that are objects after a verb, never the speaker there
    object_pronouns: frozenset[str] = frozenset()
    #: generic person nouns that refer back to the last person of the text
    person_nouns: frozenset[str] = frozenset()
    #: whole words that end a title chain or an organisation phrase (prepositions, quotatives)
    stop_words: frozenset[str] = frozenset()
    #: whole words that may stand inside a title chain although they are stop words (``министр по делам``)
    chain_preps: frozenset[str] = frozenset()
    #: whole words that stay inside a title chain before a capitalised or quoted name (``конгрессмен от
    #: Огайо``, ``депутат от «Единой России»``; not ``штаб от 3 ноября``)
    named_preps: frozenset[str] = frozenset()
    #: whole words before the place where a post is held (``представитель ВОЗ в России``): the place names no
    #: body the holder serves
    posting_preps: frozenset[str] = frozenset()
    #: the same before a quoted name only (``по борьбе с «Исламским государством»``; not ``с Лавровым``)
    quoted_preps: frozenset[str] = frozenset()
    #: a preposition and the word after it that stay inside a title chain (``по связям с общественностью``)
    chain_phrases: frozenset[str] = frozenset()
    #: capitalised function words that open sentences and never start a name
    function_words: frozenset[str] = frozenset()
    #: heads of organisation phrases (press services, ministries, administrations), besides ``ministry_stems``
    org_heads: tuple[str, ...] = ()
    #: word starts that make a title a former one (``бывший министр``, ``экс-премьер``): no office now
    former_prefixes: tuple[str, ...] = ()
    #: word starts anywhere in a title that make it a former one (``генерал в отставке``)
    former_words: tuple[str, ...] = ()
    #: endings of surnames (``ов``, ``ская``), the case endings they take, and the endings a surname
    #: keeps once a case ending is dropped (read as regular-expression alternatives)
    surname_endings: tuple[str, ...] = ()
    surname_cases: tuple[str, ...] = ()
    surname_bases: tuple[str, ...] = ()
    #: endings of patronymics (``вич``, ``улы``) and the case endings they take
    patronymic_endings: tuple[str, ...] = ()
    patronymic_cases: tuple[str, ...] = ()
    #: title heads naming the head of a body (``рәйес``, ``президент``), and the generic ones among them a text
    #: may use for any of the others (``етәксе`` "head" for the ``Рәйес`` "chair")
    body_heads: tuple[str, ...] = ()
    generic_heads: tuple[str, ...] = ()
    #: (head stems, qualifier stems) per rule of :data:`CLASS_NAMES`; missing rules are empty
    classes: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
