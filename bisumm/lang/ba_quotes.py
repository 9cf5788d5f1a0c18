"""Bashkir quotation grammar: quotatives, speech verbs by root, SOV subjects, quote-mark names; indirect
speech lives in :mod:`bisumm.lang.ba_indirect`.

Direct speech ends in ``…, — тине X`` / ``…, — ти X`` / ``…, — тип <verb> X``; indirect speech is
``X әйтеүенсә / билдәләүенсә / һүҙҙәренсә / фекеренсә, …`` or ``X …-ыуын / -ғанын билдәләне``.

>>> from bisumm.lang import get_language
>>> grammar = get_language("ba").quote_grammar
>>> grammar.is_cue("билдәләне"), grammar.is_cue("тине"), grammar.is_cue("аталған")
(True, True, False)
>>> t = "Уның әйтеүенсә, бөтә мәктәптәр әҙер."
>>> [(t[r.start:r.stop], r.pattern) for r in grammar.indirect(t, 0, len(t))]
[('бөтә мәктәптәр әҙер', 'ba.eyteuense')]
>>> t = "Радий Хәбиров эшһеҙлектең кәмеүен билдәләне."
>>> [(t[r.start:r.stop], r.pattern) for r in grammar.indirect(t, 0, len(t))]
[('эшһеҙлектең кәмеүен', 'ba.uyn')]
"""

from __future__ import annotations

import re

from ..quotation.clauses import Raw, skip_space
from ..entities.grammar import MentionFound
from ..quotation.grammar import QuoteGrammar
from ..entities.mentions import Mention, Tok, find_mentions, first_mention
from ..entities.titles import is_place_word
from ..normalize import SOFT_HYPHEN
from ..tokens import WORD_PATTERN
from . import ba_names, ba_organisations
from .ba_roles import BashkirRoles, last_name_base
from .ba_first_names import is_first_name
from .ba import IMPERSONAL_QUOTATIVES, QUOTATIVES, SPEECH_ROOTS, is_speech_verb
from .ba_dialogue import first_or_second_person, is_first_person, narrates
from .ba_marks import is_title, naming_after, quoting_after
from .ba_reported import (COPULA, after_colon, attributive, comma_subject, is_auxiliary, object_word,
                          past_frame, saying_holder, unnamed_report)
from .ba_indirect import (FINITE, GENITIVE, PARTICLES, PLURAL_VERB, REPORT_VERBS, accusative, markers, opinion_clause,
                          plural_agent, tip_clause)

__all__ = ["BashkirQuotes", "is_cue", "is_passive", "REPORT_VERBS"]

#: accusative and possessive endings of common nouns (``ҡатынын``, ``заманын``, ``уҡыусыларына``, ``пәйғәмбәребеҙ``);
#: not front ``-ен`` (first names: ``Дәүрен``, ``Хөсәйен``)
_NOUN_CASE = re.compile(r"(?:ын|ына|ыбыҙ|ебеҙ|ыбыҙға|ебеҙгә)$")
#: a locative or ablative ending no surname after a first name takes (``Салауат Өфөнән``)
_ABLATIVE_END = re.compile(r"(?:нда|ндә|нан|нән|дан|дән|тан|тән|ҙан|ҙән|лан|лән)$")
#: nouns after a place name (``Ҡыҙыл Яр ауылында``): the words before name no person
PLACE_NOUNS = ("ауылы", "ҡалаһ", "йылғаһ", "урамы", "районы")
#: nouns after a name a thing bears (``Кәрим Тинчурин исемендәге театр``, ``Салауат Юлаев ордены``): no person there
NAMESAKE_NOUNS = ("исемендәге", "исемдәге", "исемендә", "орден", "премияһ", "проспект", "стипендияһ")
#: honorifics that complete a first name as a person (``Сәлимә апай``)
HONORIFICS = frozenset({"апай", "ағай", "инәй", "олатай", "әбей", "бабай", "ханым", "әфәнде", "еңгә", "апай-"})
_NOT_SPEECH = re.compile(r"^(?:атал|исемлән|аталыусы|йөрөтөл|атарға|аталды|атала|ата|уйла|иҫәпләнә|әйткәндәй$)", re.IGNORECASE)
#: roots of the verbs of opinion ("consider", "count as", "think", "believe")
_OPINION_ROOTS = ("иҫәплә", "һана", "уйла", "ышан", "фекерлә")
_VERBAL_NOUN = re.compile(r"(?:ыу|еү|ау|әү)$")
#: the passive participle (``яҙылған`` "written", ``әйтелгән`` "said"): an attribute of a work or a word, no report
_PASSIVE_PARTICIPLE = re.compile(r"(?:ыл|ел|л|н)(?:ған|гән)$")
_INFINITIVE = re.compile(r"(?:ырға|ергә|рға|ргә|арға|әргә)$")
_PASSIVE = re.compile(r"(?:(?:лән|лен|лын|лин|ыл|ел)(?:де|ды|ә|а)|(?:ыл|ел|л|н)(?:ған|гән))$")
#: conjunctions and particles that open sentences capitalised (``Ә Яр Саллыла …``): never part of a name
_CONJUNCTIONS = frozenset({"ә", "һәм", "йәки", "тик", "ләкин", "әммә", "сөнки", "хатта", "йәнәһе", "бына"})
_CONJ = re.compile(r"(?i)(?:ә|ләкин|әммә|һәм)\s+")
_PAREN = re.compile(r"\s*,\s*[^\W\d_]+\s*,\s*")
#: ``X тарафынан`` "by X": the agent of a passive, never the subject of a report
_AGENT_AFTER = re.compile(r"\s+тарафынан\b", re.IGNORECASE)
def is_cue(word: str) -> bool:
    """A reporting verb form (``тине``, ``билдәләне``, ``белдерҙе``, ``итте``…)."""
    low = word.lower()
    if _NOT_SPEECH.match(low):
        return False
    return low in QUOTATIVES or is_speech_verb(low) or low.startswith(("һыҙыҡ", "хәбәр", "хәтергә", "иҫкә"))


def is_passive(word: str) -> bool:
    """``билдәләнде`` ("it was noted"), ``тиҙәр`` ("they say"): a passive or impersonal report has no speaker.

    >>> is_passive("билдәләнде"), is_passive("тиҙәр"), is_passive("билдәләне")
    (True, True, False)
    """
    low = word.lower()
    return low in IMPERSONAL_QUOTATIVES or (bool(_PASSIVE.search(low)) or bool(PLURAL_VERB.search(low))) \
        and is_speech_verb(low)


class BashkirQuotes(BashkirRoles, QuoteGrammar):
    """Bashkir: ``…, — тине X``, ``X «…» тип әйтте``, ``X әйтеүенсә, …``; case endings dropped."""

    after_rule = "tine"
    unmarked_rule = None
    quotatives = QUOTATIVES
    closing_quotatives = ("тип", "тине", "ти", "тиҙәр", "тиелә", "тинеләр", "тигәйне", "тигән")
    #: ``«П», тигән Әхмәтзәки Вәлиди`` "said (long ago)": the past participle as a finite verb
    comma_quotatives = ("тигән",)
    cites_single_words = True
    cries_said = True
    honorifics = HONORIFICS
    place_nouns_after = PLACE_NOUNS + NAMESAKE_NOUNS
    qualifiers_first = True
    #: the native Bashkir news corpora come as paragraphs whose sentences are shuffled: a quote
    #: without its closing mark or author words ends with its sentence, a role may precede its name
    sentence_bound = True

    def is_cue(self, word: str) -> bool:
        return is_cue(word)

    def is_converb(self, word: str) -> bool:
        return word.lower() == "тип"

    def is_first_person(self, word: str) -> bool:
        return is_first_person(word)

    def is_passive(self, word: str) -> bool:
        return is_passive(word)

    def reports_speech(self, word: str) -> bool:
        """A reporting verb by its root (``әйтеп``, ``билдәләне``), not a light verb (``үтте``, ``итте``) nor a
        verbal noun (``әйтеү`` "saying").

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> g.reports_speech("әйтте"), g.reports_speech("әйтеү")
        (True, False)
        """
        low = word.lower()
        return low.startswith(SPEECH_ROOTS) and not _NOT_SPEECH.match(low) and not _VERBAL_NOUN.search(low) \
            and not _PASSIVE_PARTICIPLE.search(low)

    def unnamed_report(self, words: list[str]) -> str:
        return unnamed_report(words, self)

    def attributive_quotative(self, words: list[str], mention: Mention | None) -> bool:
        return attributive(words, mention, self)

    def saying_holder(self, text: str, clause: int, stop: int, words: list[str]) -> tuple[Mention, int] | None:
        return saying_holder(text, clause, stop, words, self)

    def after_colon(self, text: str, start: int, stop: int) -> int:
        return after_colon(text, start, stop)

    def reports_opinion(self, word: str) -> bool:
        """``иҫәпләй``, ``һанайҙар``, ``уйлаған``, ``ышана``: a verb of opinion.

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> g.reports_opinion("иҫәпләйҙәр"), g.reports_opinion("билдәләне")
        (True, False)
        """
        return word.lower().startswith(_OPINION_ROOTS)

    def converb_verb(self, word: str) -> bool:
        """After ``тип`` any finite verb closes the author words: ``тип мәсьәләгә асыҡлыҡ индерҙе``.

        An infinitive is none (``…, тип әйтергә кәрәк`` "one must say": the author's own words).

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> g.converb_verb("индерҙе"), g.converb_verb("тороп"), g.converb_verb("аталды"), g.converb_verb("әйтергә")
        (True, False, False, False)
        """
        low = word.lower()
        if _INFINITIVE.search(low):
            return False
        return is_cue(low) or (word[:1].islower() and not _NOT_SPEECH.match(low) and bool(FINITE.search(low)))

    def is_auxiliary(self, word: str) -> bool:
        """``әйтә алам``, ``әйтеп һалды``, ``ти торғайны``, ``йырлай башлай``, ``әйтеп булмай``: an auxiliary
        verb (a root of :data:`AUXILIARY_ROOTS` with a finite ending, negated or not) after the reporting verb;
        also the past copula (``тип аңлай инем`` "I understood that": the person is the copula's, never a
        speaker read after the verb).

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> [g.is_auxiliary(w) for w in ("алам", "алмайым", "һалды", "торғайны", "ҡала", "алып", "Алһыу", "инем")]
        [True, True, True, True, False, False, False, True]
        """
        return is_auxiliary(word) or word.lower() in COPULA

    def holder_before(self, text: str, start: int, opener: int) -> Mention | None:
        """``Рәми Ғариповтың «П» тигән һүҙҙәре``: a name in the genitive right before the opening mark.

        >>> from bisumm.lang import get_language
        >>> g = get_language("ba").quote_grammar
        >>> t = "Ул Рәми Ғариповтың «Ил ҡайғыһы» тигән һүҙҙәрен иҫкә төшөрҙө."
        >>> g.holder_before(t, 0, t.index("«")).name
        'Рәми Ғарипов'
        """
        found = find_mentions(text, max(start, opener - 120), opener, self)
        if not found or found[-1].kind != "name" or text[found[-1].stop:opener].strip():
            return None
        last = (found[-1].surface or "").split()[-1]
        return found[-1] if GENITIVE.search(last.lower()) and ba_names.strip_case(last) != last else None

    def can_be_subject(self, mention: Mention, owner: bool = False) -> bool:
        """A person, role or pronoun with a case ending (``Григорьевтан``, ``ҡыҙҙарыма``, ``уға``) is an object
        or an addressee, not the subject of the report; with ``owner`` (words introduced by a colon) a
        genitive is whose the words are (``Шәйехзада Бабичтың: «…»``); a body in the locative speaks
        (``хәбәр иттеләр министрлыҡта``).

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> g.can_be_subject(Mention(0, 12, "name", "Григорьев", None, surface="Григорьевтан"))
        False
        """
        words = (mention.surface or "").split()
        if mention.kind == "org" or not words or not ba_names.oblique(words[-1]):
            return True
        return owner and (words[-1].lower() == "уның" or bool(GENITIVE.search(words[-1].lower())))

    def first_or_second_person(self, word: str) -> bool:
        """``алмайым``, ``ышанам``, ``бирҙек``, ``уйлайбыҙ``, ``әйтәһең`` (the personal endings of verbs, after
        suffixes.md; the future ``-асаҡ`` is the third person).

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> [g.first_or_second_person(w) for w in ("алмайым", "бирҙек", "билдәләне", "буласаҡ", "иҫәпләй", "һыҙыҡ",
        ...                                        "һөйләйһеңме")]
        [True, True, False, False, False, False, True]
        """
        return first_or_second_person(word)

    def narrates(self, sentence: str) -> bool:
        return narrates(sentence)

    def subject_before(self, text: str, clause: int, opener: int) -> Mention | None:
        """``X «…» тип белдерҙе`` (subject, object, verb): the last mention of the clause before the quote."""
        found = [m for m in find_mentions(text, clause, opener, self) if self.can_be_subject(m)]
        return found[-1] if found else None

    def clause_subject(self, text: str, clause: int, stop: int) -> tuple[Mention, int] | None:
        """``X …, тип иҫәпләй``: the clause-initial subject and where the reported words start.

        The subject is a mention starting the clause (after a conjunction) or a plural noun set off by a
        comma (``Ә төҙөүселәр, киреһенсә, …``); one parenthetical word between commas is skipped.
        """
        i = clause
        conj = _CONJ.match(text, i, stop)
        if conj:
            i = conj.end()
        found = self._opening_subject(text, i, stop)
        if found is None or _AGENT_AFTER.match(text, found[0].stop, stop):
            found = comma_subject(text, i, stop, self)  # X тарафынан ҡуйылған …: the agent of a passive participle
        if found is None or _AGENT_AFTER.match(text, found[0].stop, stop):
            return None
        body = past_frame(text, found[1], stop, self)  # X, … таныштырып, П, тине: the subject's own act
        body = after_colon(text, body, stop)  # X … әйткән була: П, ти
        return (found[0], body) if body < stop else None

    def _opening_subject(self, text: str, i: int, stop: int) -> tuple[Mention, int] | None:
        mention = first_mention(text, i, stop, self)
        if mention is not None and mention.kind != "org" and ba_names.oblique((mention.surface or " ").split()[-1]):
            mention = None  # В. Путиндың осрашыуында Олег Табаков, П, тигәйне: a genitive owns, it does not speak
        if mention is None or mention.start != i:
            word = WORD_PATTERN.match(text, i, stop)
            if word is None or not ba_names.PLURAL.search(word.group().lower()) or \
                    text[word.end():word.end() + 1] != ",":
                return _named_subject(text, i, stop, self)
            mention = Mention(word.start(), word.end(), "role", None, None, surface=word.group())
        elif mention.kind == "role" and (named := _named_subject(text, mention.stop, stop, self)):
            return named  # Йылдың иң яҡшы уҡытыусыһы тип танылыусы … Елена Исакова П, тип иҫәпләй
        paren = _PAREN.match(text, mention.stop, stop)
        body = paren.end() if paren else skip_space(text, mention.stop, stop)
        if text[body:body + 1] == ",":
            body = skip_space(text, body + 1, stop)  # Министр Азат Йыһаншин, П, тине; Ул, П, тине
        return (mention, body) if body < stop else None

    def quoting_after(self, text: str, pos: int, stop: int) -> bool:
        return quoting_after(text, pos, stop)

    def is_title(self, text: str, start: int, stop: int) -> bool:
        return is_title(text, start, stop)

    def naming_after(self, text: str, pos: int, stop: int) -> bool:
        return naming_after(text, pos, stop)

    def indirect(self, text: str, start: int, stop: int) -> list[Raw]:
        """``X әйтеүенсә, …`` and ``X …-ыуын билдәләне``."""
        return markers(text, start, stop, self) + accusative(text, start, stop, self) + \
            tip_clause(text, start, stop, self) + opinion_clause(text, start, stop, self)

    def speaker_before_marker(self, text: str, start: int, stop: int) -> Mention | None:
        """``Иҡтисадсыларҙың фекеренсә`` → the single word before a marker, genitive dropped."""
        words = list(WORD_PATTERN.finditer(text, start, stop))
        if len(words) != 1 or plural_agent(words[0].group()):
            return None
        w = words[0]
        name = GENITIVE.sub("", w.group())
        return Mention(w.start(), w.end(), "role", None, None, surface=name[:1].lower() + name[1:])

    def surname_base(self, word: str) -> str:
        return ba_names.strip_case(word)

    def title_start(self, text: str, toks: list[Tok], i: int) -> int:
        return ba_names.title_start(text, toks, i)

    def organisation_at(self, text: str, toks: list[Tok], i: int) -> MentionFound | None:
        return ba_organisations.organisation_at(text, toks, i)

    def organisation_name(self, phrase: str) -> str:
        return ba_organisations.organisation_name(phrase)

    def name_nominative(self, words: list[str], context: str = "", title_case: str | None = None,
                        after: str = "") -> tuple[str, str]:
        """``Рөстәм Хәмитовҡа`` → ``Рөстәм Хәмитов``, ``Эмма Шакир ҡыҙына`` → ``Эмма Шакир ҡыҙы``
        (Bashkir marks no gender)."""
        words = [w.replace(SOFT_HYPHEN, "") for w in words]  # Арыҫ\xadланова: a hyphenation point of the layout
        base = last_name_base(words)
        return " ".join(words[:-1] + [base]), ""

    def name_like(self, word: str) -> bool:
        """Not a place in the locative or ablative (``Яр Саллыла`` "in Naberezhnye Chelny", ``Мәскәүҙән``).

        Nor a common noun in the accusative or with a possessive (``Ҡатынын``, ``Уҡыусыларын``,
        ``Пәйғәмбәребеҙ``), which a sentence start capitalises.

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> g.name_like("Саллыла"), g.name_like("Йәмилә"), g.name_like("Хәмитовтан"), g.name_like("Рәшиҙә")
        (False, True, True, True)
        >>> g.name_like("Ҡатынын"), g.name_like("Матурлығын"), g.name_like("Ғайсин"), g.name_like("Хәмитовты")
        (False, False, True, True)

        Nor a common noun in the genitive or accusative, a cased plural pronoun, or an adjective opening a place
        name (``Болғарҙың``, ``Мәрйәмде``, ``Уларҙың``, ``Бөйөк``); a surname or a known first name in those cases is.

        >>> [g.name_like(w) for w in ("Болғарҙың", "Уларҙың", "Бөйөк", "Рөстәмдең", "Хәмитовтың", "Айгөл")]
        [False, False, False, True, True, True]
        """
        low = word.lower()
        if len(low) > 5 and _NOUN_CASE.search(low) and ba_names.strip_case(word) == word:
            return False
        if low.replace(SOFT_HYPHEN, "") in HONORIFICS or ba_names.common_word(word):
            return False
        return low not in _CONJUNCTIONS and not ba_names.place_case(word)

    def is_first_name(self, word: str) -> bool:
        return is_first_name(word)

    def surname_after(self, first: str, word: str) -> bool:
        """After a known first name a capitalised word that names no place is the surname (``Григорий Рапота``)."""
        return is_first_name(first) and not is_place_word(word) and not _ABLATIVE_END.search(word.lower())

    def name_joiner(self, word: str) -> bool:
        return ba_names.patronymic_base(word) is not None

    def role_name(self, role: str) -> str:
        """The role in its base form; ``""`` (no speaker) when its last word names no person (``— тип әйтмәй
        икән``, ``— тине уфтанып``: words after the verb a loose reading took for a role)."""
        words = role.split()
        while len(words) > 1 and words[-1].lower() in PARTICLES:
            words.pop()  # ``ти халыҡ та``
        while len(words) > 1 and (words[0].lower() in PARTICLES or object_word(words[0])):
            words.pop(0)  # ``… тине лә директор``; ``тип яҙа беҙгә унынсылар``, ``тип башланы һүҙен йорт хужаһы``
        if len(words) == 1 and ba_names.PLURAL.search(ba_names.role_name(words[0]).lower()):
            return ""  # ``— ти белгестәр``, ``Ойоштороусылар әйтеүенсә``: a bare plural is a group, nobody in particular
        return ba_names.role_name(" ".join(words)) if words and ba_names.person_word(words[-1]) else ""

    def title_nominative(self, title: str) -> str:
        """A plural head (``Район хакимиәте вәкилдәре Эмма …``: "the representatives … [gave] Emma") is
        no title of the name after it: ``""``; nor is a relative clause ending in a participle
        (``рәйесе булып эшләгән һәм …, … күреп өйрәнгән Зилә``: "Zila, who worked as chair …").

        >>> g = BashkirQuotes.__new__(BashkirQuotes)
        >>> g.title_nominative("комиссия рәйесе булып эшләгән"), g.title_nominative("Өфө ҡалаһы хакимиәте башлығы")
        ('', 'Өфө ҡалаһы хакимиәте башлығы')
        """
        return "" if ba_names.plural_head(title) or ba_names.PARTICIPLE_END.search(title) else title

def _plain_subject(text: str, mention: Mention, stop: int) -> bool:
    """The clause's first mention is its subject: a full name (two words or more), or a titled role set off by a
    comma, in the nominative."""
    if mention.kind == "name":
        return len((mention.name or "").split()) >= 2 and mention.in_base_form
    return mention.kind == "role" and bool(mention.title) and text[skip_space(text, mention.stop, stop):][:1] == "," \
        and not ba_names.plural_head(mention.title or "")


#: the fewest words of reported speech after a subject named inside its clause
_MIN_REPORTED_WORDS = 4


def _named_subject(text: str, clause: int, stop: int, grammar: BashkirQuotes) -> tuple[Mention, int] | None:
    """``… уҡытыусыһы Елена Исакова П, тип иҫәпләй``: the subject named with its title (no case ending) after the
    clause's opening words, the reported words after it."""
    mentions = [m for m in find_mentions(text, clause, stop, grammar) if not ba_names.oblique((m.surface or "").split()[-1])]
    found = [m for m in mentions if m.kind == "name" and m.name and m.title]
    if not found and mentions and _plain_subject(text, mentions[0], stop):
        found = mentions[:1]  # Был йәһәттән, Салауат Сәхи улы П, тип белдерҙе; … республика етәксеһе, П, тип …
    if not found:
        return None
    mention = found[-1]
    body = skip_space(text, mention.stop, stop)
    if text[body:body + 1] == ",":
        body = skip_space(text, body + 1, stop)  # ``… вазифаһын башҡарыусы Стивен Ванаккере, П, тип белдерә``
    if text[body:body + 1] == ":" or len(WORD_PATTERN.findall(text, body, stop)) < _MIN_REPORTED_WORDS:
        return None
    return mention, body


