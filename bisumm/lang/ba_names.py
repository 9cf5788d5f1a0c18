"""Bashkir names and roles in mentions: case endings dropped, qualifiers first (organisations:
:mod:`bisumm.lang.ba_organisations`).

The case endings come from :mod:`bisumm.lang.ba_suffixes` (generated from the morpheme
templates, not typed out here).

>>> strip_case("Алтынбаевҡа"), strip_case("Хәмитовтың"), role_name("Иҡтисадсыларҙың"), role_name("әсәйем")
('Алтынбаев', 'Хәмитов', 'иҡтисадсылар', 'әсәй')
"""

from __future__ import annotations

import re

from ..entities.names import name_pattern, word_memo
from ..entities.mentions import Tok, ends_chain, gap_ok, is_function_word
from ..entities.titles import is_place_word, is_title_word, lexicon
from ..normalize import SOFT_HYPHEN
from .ba import is_speech_verb
from .ba_first_names import is_first_name
from .ba_suffixes import endings

__all__ = ["OBJECT_PRONOUNS", "strip_case", "common_word", "oblique", "person_word", "place_case", "patronymic_base", "plural_head", "role_name", "surname_shaped", "title_start",
           "PLURAL", "PLURAL_CASED", "PARTICIPLE_END", "ORG_WORD", "ABLATIVE", "STAFF_NOUNS", "alternation"]


def alternation(forms: tuple[str, ...]) -> str:
    return "|".join(sorted(forms, key=lambda e: (-len(e), e)))


#: case endings a surname takes: genitive, dative, accusative, locative (after a consonant: a name
#: ending in a vowel + ``ла`` is more often the name itself), ablative
_NAME_CASES = endings("NIң", "GA", "NI", "ндA", "NAн") + endings("LA", classes="ZDT")
_ROLE_CASE = re.compile(rf"(?<=\w\w\w)(?:{alternation(endings('NIң', 'GA'))})$")
#: plural endings as the quote rules were written: the generator's plural after a vowel, й р ҙ у or a
#: voiceless sound, plus ``-нар/-нәр``; the generator spells the plural after л м н ң з ж as ``-дар``
#: (``граждандар``), which these rules do not yet read as plural (switching changes titles: issue #14)
_PLURALS = endings("LAр", classes="VZT") + ("нар", "нәр")
PLURAL = re.compile(rf"(?:{alternation(_PLURALS)})$")
PLURAL_CASED = re.compile(rf"(?:{alternation(_PLURALS)})"
                           rf"(?:{alternation(endings('NI', 'NIң', 'GA', 'LA', 'NAн', after='лар') + endings('NI', 'NIң', 'GA', 'LA', 'NAн', after='ләр'))})?$")
_LOCATIVE = re.compile(rf"(?:{alternation(endings('ндA', 'NAн', 'GA') + endings('LA', classes='ZDT'))})$")
#: locative and ablative of an organisation word (``министрлығында``, ``МЧС-та``)
#: words a title never runs back over: postpositions, quotatives and the particles and adverbs that end a phrase
#: before a subject (``Бынан тыш депутаттар`` "besides, the deputies", ``Шулай уҡ республика башлығы``)
_QUALIFIER_BREAK = frozenset({"менән", "өсөн", "тип", "тине", "ти", "һуң", "ҡаршы", "тыш", "уҡ", "иһә", "бәйле",
                              "ла", "лә", "да", "дә", "та", "тә", "ҙа", "ҙә"})
#: organisation head words; ``бүлексә`` "branch" (``идаралығының БР буйынса бүлексәһенән``)
ORG_WORD = re.compile(r"(?:министрлы[ғҡ]|хакимиәт|хөкүмәт|идаралы[ғҡ]|прокуратура|комитет|мчс|мвд|гибдд|гу-|бүлексә)")


_PLURAL_HEAD = re.compile(rf"(?:{alternation(_PLURALS + ('дар', 'дәр'))})(?:ы|е)?$")


def plural_head(title: str) -> bool:
    """The last word of a title is a plural (``вәкилдәре``, ``депутаттар``): it names a group.

    >>> plural_head("Район хакимиәте вәкилдәре"), plural_head("Өфө ҡалаһы башлығы"), plural_head("матбуғат секретары")
    (True, False, False)
    """
    words = title.split()
    if not words:
        return False
    low = words[-1].lower()
    m = _PLURAL_HEAD.search(low)
    if m is None:
        return False
    stems = [stem for stem in lexicon().title_stems if low.startswith(stem)]
    return not stems or m.start() >= max(map(len, stems))  # секретары: the stem's own -ар, no plural


#: after the possessive ``-ы`` of ``улы/ҡыҙы`` the cases take ``н``: ``ҡыҙына``, ``улының``, ``ҡыҙынан``
_PATRONYMIC_WORD = re.compile(r"(улы|ҡыҙы)(?:ның|на|н|нда|нан)?")


#: locative after ``ы е у ү о ө`` (``Саллыла``, ``Өфөлә``; not the names ``Йәмилә``, ``Хәйрулла``, ``Рәшиҙә``),
#: and the ablative
_PLACE_CASE = re.compile(r"(?:(?<=[ыеуүоө])(?:ла|лә|да|дә|та|тә)|нда|ндә|нан|нән|дан|дән|тан|тән)$")


def place_case(word: str) -> bool:
    """A capitalised word of six letters or more in the locative or ablative that is no surname in a case."""
    low = word.lower()
    return len(low) >= 6 and bool(_PLACE_CASE.search(low)) and not surname_shaped(word)


def patronymic_base(word: str) -> str | None:
    """``улы``/``ҡыҙы`` ("son/daughter of") in any case, as its base form; ``None`` for other words.

    >>> patronymic_base("ҡыҙына"), patronymic_base("улының"), patronymic_base("улыҡай")
    ('ҡыҙы', 'улы', None)
    """
    m = _PATRONYMIC_WORD.fullmatch(word.lower())
    return m.group(1) if m else None


_OBLIQUE_PRONOUNS = frozenset({"уның", "уға", "уны", "унан", "унда", "уларҙың", "уларға", "уларҙы"})
#: the cases of a role word the genitive-dative pattern misses: a plural with any case (``депутаттарҙы``,
#: ``депутаттарына``), a possessive with a ``н``-case (``етәкселегенә``, ``башлығын``, ``рәйесенән``), the
#: accusative after a vowel (``етәксене``); the accusative after a consonant is left out: ``-ты`` is also the
#: possessive (``Президенты``)
_ROLE_OBLIQUE = re.compile(r"(?<=\w\w\w)(?:(?:лар|ләр|тар|тәр|дар|дәр|ҙар|ҙәр|нар|нәр)(?:ы|е)?"
                           r"(?:ҙы|ҙе|ны|не|ға|гә|на|нә|ҙа|ҙә|да|дә|нда|ндә|ҙан|ҙән|дан|дән|нан|нән)"
                           r"|(?:ы|е)(?:на|нә|нда|ндә|нан|нән)|(?<=[аәыеоөуүи])(?:ны|не))$")
#: the accusative of a possessed title (``башлығын``); of other words ``-ын`` is often the stem (``ҡатын`` "woman")
_TITLE_ACCUSATIVE = re.compile(r"(?<=\w\w\w)(?:ы|е)н$")


def oblique(word: str) -> bool:
    """The last word of a mention carries a case ending (``Ғиниәтуллинды``, ``етәкселәргә``, ``уға``):
    the mention is an object or a possessor, never the subject of a verb.

    >>> oblique("Ғиниәтуллинды"), oblique("етәкселәргә"), oblique("Хәмитов"), oblique("ул"), oblique("Президенты")
    (True, True, False, False, False)
    >>> oblique("депутаттарҙы"), oblique("етәкселегенә"), oblique("депутаттары"), oblique("урынбаҫары")
    (True, True, False, False)
    >>> oblique("башлығын"), oblique("ҡатын")
    (True, False)
    """
    low = word.lower()
    return low in _OBLIQUE_PRONOUNS or strip_case(word) != word or bool(_ROLE_CASE.search(low)) or \
        (word[:1].islower() or is_title_word(word)) and bool(_ROLE_OBLIQUE.search(low)) or \
        is_title_word(word) and bool(_TITLE_ACCUSATIVE.search(low))


#: genitive and accusative endings (``Болғарҙың``, ``Мәрйәмде``; not the dative: ``Йомабикә``, ``Мәрфуға``) and the
#: cased plural pronouns (``Уларҙың``, ``Быларҙы``): no person unless a surname or a known first name is in them
_OBJECT_CASE = re.compile(r"(?:дең|дың|нең|ның|тең|тың|ҙең|ҙың|де|ды|не|ны|те|ты|ҙе|ҙы)$")
#: the possessive ``-ын`` of a common noun (``Советын``, from ``Советында``; ``Ҡатыным``), which Russian's surname
#: ending ``-ын`` would read as a surname; Russian surnames in ``-ын`` take ``ц`` before it (``Синицын``); five-letter
#: nouns too (``Алтын`` "gold", ``Янғын`` "fire", ``Табын``), which a sentence start capitalises
_POSSESSIVE_YN = re.compile(r"(?<=[^ц])ын(?:ым|а|у|е|ом)?$")
_CASED_PRONOUN = re.compile(r"^(?:у|бы|шу|ошо)(?:лар|ларҙ|ларға)")
#: adjectives that open names of places and bodies (``Бөйөк Венгрия``, ``Юғары Суды``, ``Аҡ Болғар``), never a person
_NAME_ADJECTIVES = frozenset({"бөйөк", "аҡ", "юғары", "яңы", "иҫке", "үрге", "түбәнге", "бөтә", "оло", "ҙур", "урта",
                              "төньяҡ", "көньяҡ", "көнсығыш", "көнбайыш"})
#: common words shaped like surnames (``-ин``, ``-ина``) that a sentence start capitalises
_SURNAME_SHAPED_WORDS = frozenset({"машина", "машинаһы", "медицина", "магазин", "мөмкин", "бензин", "витамин",
                                   "картина", "дисциплина", "вершина"})
#: adverbs and object pronouns a sentence start capitalises before a name (``Яңыраҡ Салауат …``, ``Һине Яҡуп …``)
_NAME_OPENERS = frozenset({"яңыраҡ", "айырыуса", "һине", "мине", "беҙҙе", "һеҙҙе", "мин", "һин", "һеҙ",
                           # adverbs of time and place and sentence connectives (``Тәүҙә``, ``Шунда Динислам: …``)
                           "тәүҙә", "шунда", "бында", "шунан", "унан", "һуңынан", "аҙаҡ", "хәҙер", "элек", "хатта",
                           "ғөмүмән", "әлбиттә", "тимәк", "бөгөн", "кисә", "быйыл", "былтыр", "мәгәр"})
#: the adjective of place ``-ҘАҒЫ`` (``Алтайҙағы``, ``Ундағы``, ``Өфөләге`` "the one in …"): no name ends so
_OF_PLACE = re.compile(r"(?:[дтҙлн]а[ғҡ]ы|[дтҙлн]ә[гк]е)$")
@word_memo
def common_word(word: str) -> bool:
    """A capitalised word that starts no person's name: a common noun in the genitive or accusative or with the
    possessive ``-ын`` (``Болғарҙың``, ``Мәрйәмде``, ``Советында``), a cased plural pronoun (``Уларҙың``), an
    adjective or adverb opening a place name or a sentence (``Бөйөк``, ``Яңыраҡ``), a word shaped like a surname.

    >>> [common_word(w) for w in ("Болғарҙың", "Уларҙың", "Бөйөк", "Советында", "Рөстәмдең", "Хәмитовтың", "Синицынға")]
    [True, True, True, True, False, False, False]
    """
    word = word.replace(SOFT_HYPHEN, "")
    low, base = word.lower(), strip_case(word).lower()
    if len(base) > 4 and _POSSESSIVE_YN.search(base):
        return True
    if low in _NAME_ADJECTIVES or low in _NAME_OPENERS or base in _SURNAME_SHAPED_WORDS or _CASED_PRONOUN.match(low):
        return True
    if len(low) > 5 and _OF_PLACE.search(low):
        return True
    m = _OBJECT_CASE.search(low)
    return m is not None and len(low) > 4 and base == low and not is_first_name(word[:m.start()])


@word_memo
def strip_case(word: str) -> str:
    """Drop a case ending from a surname (``Хәмитовҡа`` → ``Хәмитов``)."""
    low = word.lower()
    for suffix in sorted(_NAME_CASES, key=len, reverse=True):
        if low.endswith(suffix) and name_pattern("SURNAME_BASE").search(low[: -len(suffix)]):
            return word[: -len(suffix)]
    return word


@word_memo
def surname_shaped(word: str) -> bool:
    """A word shaped like a surname once its case ending is dropped."""
    low = strip_case(word.lower())
    return len(low) >= 5 and bool(name_pattern("SURNAME").search(low))


#: kinship nouns (``әсәй`` "mother", ``ағай`` "elder brother")
_KIN = ("әсәй", "атай", "өләсәй", "олатай", "ағай", "апай", "инәй", "бабай", "ҡартатай", "ҡәртәсәй", "еҙнә", "еңгә",
        "һеңле", "ҡусты", "ейән")
#: kinship nouns with the first-person possessive (``әсәйем`` "my mother", ``ағайым``): the role is the noun
_KIN_MY = re.compile(rf"^({'|'.join(_KIN)})(?:ем|ым|м|ебеҙ|ыбыҙ|беҙ)$", re.IGNORECASE)


def role_name(role: str) -> str:
    """A role in its base form: genitive/dative ending of the head dropped, a one-word role lower-cased."""
    words = role.split()
    if not words:
        return role
    words[-1] = _ROLE_CASE.sub("", words[-1])
    words[-1] = _KIN_MY.sub(r"\1", words[-1])
    if len(words) == 1:
        words[0] = words[0][:1].lower() + words[0][1:]
    return " ".join(words)


def title_start(text: str, toks: list[Tok], i: int) -> int:
    """Titles put their qualifiers first (``Өфө ҡалаһы хакимиәте башлығы``): extend left from ``i``."""
    k = i
    while k > 0 and i - k < 8:
        word = toks[k - 1].word
        low = word.lower()
        if low == "ғәҙәттән" or (toks[k - 1].quoted and gap_ok(text, toks[k - 1].stop, toks[k].start, False)) or \
                _plural_compound(text, toks, k) or _workplace(text, toks, k):
            k -= 1
            continue
        if k > 1 and text[toks[k - 1].start - 1:toks[k - 1].start] == "(" and text[toks[k - 1].stop:toks[k].start] == ") ":
            k -= 2  # крәҫтиән (фермер) хужалығы: the word before a gloss in brackets, and the gloss
            continue
        if (not gap_ok(text, toks[k - 1].stop, toks[k].start, False) or low in _QUALIFIER_BREAK
                or ends_chain(low) or is_speech_verb(word)
                or PLURAL_CASED.search(low) or word.isdigit() or low in lexicon().pronouns
                or (_LOCATIVE.search(low) and not is_place_word(word) and low not in ("һаҡлау",))
                or surname_shaped(word) or is_function_word(low) or _clause_word(low, toks[k].word)):
            break
        k -= 1
    return k


#: the past participle (``ҡатнашҡан``, ``сикләнгән``)
PARTICIPLE_END = re.compile(r"(?:ған|гән|ҡан|кән)$")


#: participles inside the names of titles and bodies (``атҡаҙанған уҡытыусыһы`` "honoured teacher", ``яуаплылығы
#: сикләнгән йәмғиәте`` "limited liability company")
_TITLE_PARTICIPLES = frozenset({"атҡаҙанған", "сикләнгән"})
#: the clause before a title: a finite past verb (``еткерҙе``, ``йәшермәне``) or a noun in the locative after a vowel
#: (``сарала`` "at the event", ``тантанала``, ``Был турала`` "about this")
#: (not ``ғаилә`` "family", ``мәсьәлә`` "issue", nouns ending so; the short ``ҡала`` "town" is no locative)
_CLAUSE_END = re.compile(r"(?:рҙы|рҙе|маны|мәне|(?<!мәсьә)[аәыоөуү](?:ла|лә))$")


#: personal pronouns in an oblique case: the object of a report verb before its subject (``тип яҙа беҙгә
#: унынсылар``, ``тип маҡтай уларҙы тәрбиәселәре``), never the start of a role
OBJECT_PRONOUNS = _OBLIQUE_PRONOUNS | frozenset(
    "миңә мине минән беҙгә беҙҙе беҙҙән һиңә һине һинән һеҙгә һеҙҙе һеҙҙән уларҙан уларҙа".split())


def _clause_word(low: str, nxt: str) -> bool:
    """A word of the clause before a title, never its qualifier: an opening adverb (``Яңыраҡ``), a participle
    heading a relative clause (``ҡатнашҡан Дәүләт Йыйылышы``, ``йәшермәгән ғаилә башлығы``; not ``яуаплылығы
    сикләнгән йәмғиәте``), a finite verb or a noun in the locative (``тантанала ҡала башлығы``).

    >>> _clause_word("йәшермәгән", "ғаилә"), _clause_word("сикләнгән", "йәмғиәте"), _clause_word("сарала", "Өфө")
    (True, False, True)
    >>> _clause_word("еткерҙе", "тантанала"), _clause_word("хакимиәте", "башлығы"), _clause_word("ғаилә", "башлығы")
    (True, False, False)
    """
    if low in _NAME_OPENERS or len(low) > 4 and _CLAUSE_END.search(low):
        return True
    return bool(PARTICIPLE_END.search(low)) and low not in _TITLE_PARTICIPLES


def _plural_compound(text: str, toks: list[Tok], k: int) -> bool:
    """``ҡулланыусылар баҙары``: a bare plural before a possessive noun is a compound inside a title."""
    low, nxt = toks[k - 1].word.lower(), toks[k].word.lower()
    return bool(PLURAL.search(low)) and nxt.endswith(("ы", "е")) and \
        gap_ok(text, toks[k - 1].stop, toks[k].start, False) and not toks[k - 1].word[:1].isupper()


#: staff nouns after an organisation in the ablative (``бүлек мөдире`` "head of department", ``белгесе``)
STAFF_NOUNS = ("мөдир", "белгес", "хеҙмәткәр", "вәкил", "етәксе")
ABLATIVE = re.compile(r"(?:нан|нән|дан|дән|тан|тән)$")


def _workplace(text: str, toks: list[Tok], k: int) -> bool:
    """``министрлығынан бүлек мөдире``: an organisation in the ablative before a staff noun is part of the title."""
    low = toks[k - 1].word.lower()
    return bool(ORG_WORD.match(low)) and bool(ABLATIVE.search(low)) and \
        gap_ok(text, toks[k - 1].stop, toks[k].start, False) and \
        any(t.word.lower().startswith(STAFF_NOUNS) for t in toks[k:k + 2])


#: nouns of people a role read after a report verb may end with (kin, age, household, common occupations), as
#: prefixes of their forms; the short ones (``ир``, ``ҡыҙ``, ``ул``) as whole words with a possessive or plural
_PERSON_NOUNS = _KIN + ("туған", "хужа", "ҡарт", "ҡатын", "егет", "бала", "үҫмер", "кеше",
                        "халыҡ", "халҡ", "әбей", "ғалим", "табип", "табиб", "белгес", "хеҙмәткәр", "эшҡыуар", "педагог", "студент",
                        "шағир", "автор", "иптәш", "ҡунаҡ", "әңгәмәсе", "ветеран", "оҫта", "аҡһаҡал", "еңеүсе", "ололар",
                        "кемдер", "береһе", "икенсеһе", "күптәр", "барыһы", "ирекмән", "сәсән", "йәштәр", "берәү", "вәкил", "синоптик")
_SHORT_PERSON = re.compile(r"^(?:ир|ҡыҙ|ул|дуҫ)(?:ым|ем|ы|е|ар|ҙар|ҙәр|ҙары|ҙәре|тар|тәр)?$")
#: agent nouns (``уҡытыусы``, ``ойоштороусылар``) and loanword occupations (``журналист``, ``метеоролог``,
#: ``директор``, ``президент``, ``фермер``, ``начальник``), with a plural, possessive or case ending
_PERSON_SUFFIX = re.compile(r"(?:сы|се|ист|лог|ор|ёр|ент|мер|ник|ант|ат)"
                            r"(?:лар|ләр|тар|тәр|дар|дәр)?(?:ы|е|һы|һе|ым|ем|м|ыбыҙ|ебеҙ)?$")


def person_word(word: str) -> bool:
    """A word that can end a role naming a person (``хужабикә``, ``уҡытыусылар``, ``иптәшем``), not a verb or a
    particle a loose reading after the report verb took (``алманым``, ``икән``, ``ғына``).

    >>> [person_word(w) for w in ("хужабикә", "уҡытыусылар", "иптәшем", "метеорологтар", "алманым", "икән", "ғына")]
    [True, True, True, True, False, False, False]
    """
    low = role_name(word).lower().replace(SOFT_HYPHEN, "")
    return low.startswith(_PERSON_NOUNS) or bool(_SHORT_PERSON.match(low) or _PERSON_SUFFIX.search(low)) or \
        is_title_word(word)

