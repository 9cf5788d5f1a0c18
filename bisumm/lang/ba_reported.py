"""Bashkir unmarked speech closed by a quotative with no dash: ``X, П, тине.``, ``П, тинеләр.``; read by
:class:`bisumm.lang.ba_quotes.BashkirQuotes`.

The subject may stand anywhere in the sentence before the words it said, set off by commas (``…
әйткәс, ул, П, тине`` "when I said …, he said: П"); the words the author says of the subject's own act
come between the subject and the quote (``X, ураҡ барышы менән таныштырып, П, тине`` "X, introducing
the harvest, said: П"); with nobody named the words are still said (``П, тинеләр`` "they said П").

>>> from bisumm.lang import get_language
>>> g = get_language("ba").quote_grammar
>>> t = "Азамат Бараков, ураҡ барышы менән таныштырып, эште тиҙ бөтөрәбеҙ, тине."
>>> t[past_frame(t, t.index(",") + 2, t.rindex(","), g):t.rindex(",")]
'эште тиҙ бөтөрәбеҙ'
>>> [unnamed_report(w.split(), g) for w in ("тинеләр", "ти ине", "ти", "тигән һорау", "тип аңлаттылар", "тип әйтер инем")]
['they', 'said', '', '', 'they', 'own']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..entities.mentions import Mention, find_mentions
from ..quotation.clauses import skip_space
from ..tokens import WORD_PATTERN
from . import ba_names
from .ba import SPEECH_ROOTS
from .ba_indirect import CLAUSE_COMMA, FINITE, GENITIVE, PARTICLES, PLURAL_VERB
from .ba_marks import saying_noun
from .ba_roles import last_name_base

if TYPE_CHECKING:  # pragma: no cover
    from .ba_quotes import BashkirQuotes

__all__ = ["unnamed_report", "attributive", "saying_holder", "past_frame", "comma_subject", "after_colon", "AUXILIARY_ROOTS",
           "is_auxiliary", "object_word", "COPULA"]

#: roots of the auxiliary verbs of compound verbs (``ал-`` "be able", ``һал-``, ``ебәр-``, ``ташла-`` of a sudden
#: act, ``тор-`` / ``йөрө-`` / ``ултыр-`` of duration, ``башла-`` "begin", ``бул-`` "be possible", ``ҡуй-``, ``ҡал-``,
#: ``кил-``, ``кит-``, ``бар-``, ``бөт-``, ``сыҡ-``, ``ет-``); from the verb forms of ../shared/data/ba/reference/suffixes.md
AUXILIARY_ROOTS = ("ал", "һал", "ебәр", "ташла", "тор", "йөрө", "ултыр", "башла", "бул", "ҡуй", "ҡуя", "ҡал", "кил",
                   "кит", "бар", "бөт", "сыҡ", "ет", "бир")
#: an auxiliary of :data:`AUXILIARY_ROOTS` with the finite endings it takes after a converb (present, past, participle, past continuous,
#: first and second person, negation in ``-ма-``)
_AUXILIARY = re.compile(
    rf"(?:{'|'.join(AUXILIARY_ROOTS)})(?:ма|мә|мы|ме|мо|мө)?"
    r"(?:а|ә|й|ай|әй|ый|ей|ой|өй|м|ам|әм|ым|ем|йым|йем|быҙ|беҙ|абыҙ|әбеҙ|йбыҙ|йбеҙ|һың|һең|йһың|йһең|"
    r"ҙар|ҙәр|йҙар|йҙәр|алар|әләр|ды|де|ты|те|ҙы|ҙе|ҙо|ҙө|ны|не|ған|гән|ҡан|кән|ғайны|гәйне|ҡайны|кәйне|"
    r"ҙым|ҙем|ҙыҡ|ҙек|ным|нем|ныҡ|нек|дым|дем|дыҡ|дек|тым|тем|тыҡ|тек)"
    r"(?:лар|ләр|дар|дәр|тар|тәр)?")
#: forms of these roots that are nouns or other words (``ҡала`` "town", ``бөтә`` "all", ``күрә`` of ``шуға күрә``)
_NOT_AUXILIARY = frozenset({"ҡала", "бөтә"})


def is_auxiliary(word: str) -> bool:
    """An auxiliary verb after a converb (``әйтә алам``, ``ти торғайны``), negated or not."""
    return word[:1].islower() and _AUXILIARY.fullmatch(word.lower()) is not None and word.lower() not in _NOT_AUXILIARY


def object_word(word: str) -> bool:
    """An object or auxiliary between a report verb and its subject (``тип яҙа беҙгә унынсылар``, ``тип башланы
    һүҙен йорт хужаһы``, ``һөйләп торҙо``): never the start of the subject's role."""
    return word.lower() in ba_names.OBJECT_PRONOUNS or saying_noun(word) or is_auxiliary(word)


#: quotative forms of the past that report words said by one person not named in their sentence (``тине``
#: "said", ``тигәйне`` "had said"; ``тигән`` only ending its sentence: before a noun it is attributive,
#: ``…, тигән һорау`` "the question whether …")
_SAID = frozenset({"тине", "тигәйне"})
#: the same of several people, nobody in particular (``тинеләр`` "they said")
_THEY_SAID = frozenset({"тинеләр", "тигәйнеләр", "тигәндәр"})
#: the present ``ти`` reports words said only with a past auxiliary (``ти ине`` "used to say"); alone it is
#: the hearsay particle of a tale (``… бал ҡорто хәле бөтөп ята, ти`` "… lay exhausted, they say")
_PAST_AUXILIARIES = frozenset({"ине", "торғайны", "торған", "торғайнылар"})


def unnamed_report(words: list[str], g: BashkirQuotes) -> str:
    """How the author words ``words`` (from the quotative on, with no speaker named) report the words
    before them: ``"said"`` (one person, named elsewhere), ``"they"`` (several, nobody in particular),
    ``"own"`` (the writer's own words, ``тип әйтер инем``) or ``""`` (no report of words said). ``тигән``
    with an auxiliary is a finite past too (``…, тигән булалар`` "they made out that …"), and so is ``тип``
    before a finite report verb (``…, тип аңлаттылар``)."""
    if not words:
        return ""
    if _own_words(words, g):
        return "own"
    first = words[0].lower()
    if first == "тигән" and len(words) > 1 and g.is_auxiliary(words[1]):
        return "they" if PLURAL_VERB.search(words[1].lower()) else "said"
    if g.is_converb(first) and len(words) > 1 and g.reports_speech(words[1]) and \
            not g.reports_opinion(words[1]) and not g.is_passive(words[1]):
        verb = _finite_report(words[1:], g)
        return "" if verb is None else "they" if _PLURAL_PAST.search(verb) or PLURAL_VERB.search(verb) else "said"
    if first in _THEY_SAID:
        return "they"
    if first in _SAID or first == "тигән" and len(words) == 1:
        return "said"
    return "said" if first == "ти" and len(words) > 1 and words[1].lower() in _PAST_AUXILIARIES else ""


#: forms of a verb that are not finite: infinitive, participle of ability ``-рлыҡ``, converbs of time ``-ғас``
#: and condition ``-һа``, the desiderative ``-ғым/-геһе`` ("want to"), verbal nouns with a possessive ``-ыуы``
_NON_FINITE = re.compile(r"(?:рға|ргә|рлыҡ|рлек|ғас|гәс|ҡас|кәс|һа|һә|һам|һәм|һаҡ|һәк|ғым|гем|ҡым|кем|ғыбыҙ|гебеҙ|"
                         # the desiderative before ``килә`` of any person (``әйткеһе``, colloquial ``әйтке килә``)
                         r"ғыһы|геһе|ҡыһы|кеһе|(?<=[тҫсшфкпх])(?:ке|ҡы)|(?<=[^тҫсшфкпх])(?:ғы|ге)|ыуы|еүе|уы|үе)$")
#: the past copula after a verb (``әйтер инем`` "I would say"): the person is the copula's
COPULA = frozenset({"ине", "инем", "инек", "инең", "инегеҙ", "инеләр"})


def _own_words(words: list[str], g: BashkirQuotes) -> bool:
    """``тип әйтер инем`` "I would say", ``тип әйтә алмайым``: a report verb of the first or second person after
    ``тип`` (with its auxiliary or copula), the writer's own words, reported by nobody."""
    if len(words) < 2 or not g.is_converb(words[0].lower()) or not g.reports_speech(words[1]):
        return False
    verb = words[2] if len(words) > 2 and g.is_auxiliary(words[2]) else words[1]
    return g.first_or_second_person(verb)


#: the past in the third person plural (``белдерҙеләр``, ``башланылар``): "they said", nobody in particular
_PLURAL_PAST = re.compile(r"(?:ды|де|ты|те|ҙы|ҙе|ны|не|лы|ле)(?:лар|ләр)$")


def _finite_report(words: list[str], g: BashkirQuotes) -> str | None:
    """The finite verb (lower case) of a report after ``тип`` (``белдерҙе``, ``әйтә торғайны``, ``әйтә
    башланылар``), or ``None`` for a form that reports nothing said (``әйтергә`` "to say", ``әйткем килә``
    "I want to say", ``әйтеп булмай`` "one cannot say", ``һорағас`` "having asked", ``ҡыуанһа`` "if …
    rejoices", ``әйт`` "say!", ``… тор`` "keep …!") or a verb of the first or second person."""
    verb = words[0].lower()
    if _NON_FINITE.search(verb) or verb in SPEECH_ROOTS:
        return None  # (a bare root is the imperative)
    if verb.endswith("п"):  # a converb: the auxiliary after it is the finite verb (``әйтеп китте``)
        if len(words) < 2 or not g.is_auxiliary(words[1]) or words[1].lower().startswith("бул"):
            return None
        verb = words[1].lower()
    elif len(words) > 1 and g.is_auxiliary(words[1]):
        verb = words[1].lower()
    return None if g.first_or_second_person(verb) or verb in AUXILIARY_ROOTS else verb


def attributive(words: list[str], mention: Mention | None, g: BashkirQuotes) -> bool:
    """``…, тигән һорау тыуа``: ``тигән`` before more words qualifies a noun, unless an auxiliary (``тигән
    була``), a name or a person (``…, тигән шағир Мостай Кәрим``) follows it."""
    if len(words) < 2 or words[0].lower() != "тигән" or g.is_auxiliary(words[1]):
        return False
    return saying_noun(words[1]) or mention is None or mention.kind not in ("name", "role") or \
        mention.kind == "role" and not g.role_name(mention.surface or "")


#: a converb (``таныштырып``, ``билдәләп``, ``мөрәжәғәт итеп``) or a temporal form (``һөйләшкәндә`` "while
#: speaking", ``әйткәс`` "after saying"): the subject's own act, told by the author, before the words said
_FRAME_END = re.compile(r"(?:[^\W\d_]{3}(?:ып|еп|ап|әп|оп|өп|п)|ғанда|гәндә|ҡанда|кәндә|ғас|гәс|ҡас|кәс)$")
#: the fewest words of said words left after the author's frame
_MIN_SAID_WORDS = 2


def past_frame(text: str, body: int, stop: int, g: BashkirQuotes) -> int:
    """Where the words said start after a subject: past an enclitic particle (``Медведев та``), the clauses
    of the subject's own act that open the body (``X, … таныштырып, П``), any such clause ending in a
    converb of a report (``… билдәләп, П``), and a coordinated predicate (``… белдерҙе һәм, П``)."""
    i = skip_space(text, body, stop)
    first = WORD_PATTERN.match(text, i, stop)
    if first is not None and (first.group().lower() in PARTICLES or first.group().lower() == "иһә"):  # X иһә, П
        i = skip_space(text, first.end(), stop)
        if text[i:i + 1] == ",":
            i = skip_space(text, i + 1, stop)
    best, leading, pos = i, True, i
    for m in CLAUSE_COMMA.finditer(text, i, stop):
        leading = leading and m.start() == pos
        pos = m.end()
        last = m.group(2).lower()
        framed = _FRAME_END.search(last) is not None
        reported = framed and g.reports_speech(last)
        joined = last == "һәм" and _finite_before(m.group(1))
        if leading and framed or reported or joined:
            if len(WORD_PATTERN.findall(text, m.end(), stop)) >= _MIN_SAID_WORDS:
                best = m.end()
        else:
            leading = False
    return best


def _finite_before(segment: str) -> bool:
    """The segment before ``һәм`` ends in a finite verb (``… теләген белдерҙе һәм, П``)."""
    words = WORD_PATTERN.findall(segment)
    return bool(words) and len(words[-1]) > 3 and FINITE.search(words[-1].lower()) is not None


#: the fewest words of said words after a subject set off by commas inside its sentence
_MIN_AFTER_SUBJECT = 3


def comma_subject(text: str, clause: int, stop: int, g: BashkirQuotes) -> tuple[Mention, int] | None:
    """``… әйткәс, ул, П, тине``: a person, pronoun or titled role with no case ending, set off by commas
    (or opening the sentence before a comma; a full name after any words) inside the sentence; the mention
    and where the words start."""
    found = None
    for m in find_mentions(text, clause, stop, g):
        words = (m.surface or "").split()
        if not words or m.kind not in ("name", "pronoun", "role") or ba_names.oblique(words[-1]):
            continue
        if m.kind == "role" and not m.title or m.kind == "pronoun" and words[-1].lower() not in ("ул", "улар"):
            continue
        before = text[clause:m.start].rstrip()
        after = skip_space(text, m.stop, stop)
        full_name = m.kind == "name" and m.in_base_form and len((m.name or "").split()) >= 2
        if before and not before.endswith(",") and not full_name or text[after:after + 1] != ",":
            continue  # (a full name may follow the circumstances: ``… осрашыуында Олег Табаков, П, тигәйне``)
        body = skip_space(text, after + 1, stop)
        if len(WORD_PATTERN.findall(text, body, stop)) >= _MIN_AFTER_SUBJECT:
            found = (m, body)
    return found


def after_colon(text: str, start: int, stop: int) -> int:
    """Past the last colon of a sentence before unmarked words said (``Шуныһы сәйер: П, тинеләр``)."""
    colon = text.rfind(":", start, stop)
    if colon < 0 or len(WORD_PATTERN.findall(text, colon + 1, stop)) < _MIN_SAID_WORDS:
        return start
    return skip_space(text, colon + 1, stop)


def saying_holder(text: str, clause: int, stop: int, words: list[str], g: BashkirQuotes) -> tuple[Mention, int] | None:
    """``Рөстәм Хәмитовтың, П, тигән фекерен``: before ``тигән`` and a noun of sayings, the person or role in
    the genitive that a comma sets off inside the sentence owns the words; the mention and where they start."""
    if len(words) < 2 or not saying_noun(words[1]):
        return None
    found = None
    for m in find_mentions(text, clause, stop, g):
        last = (m.surface or " ").split()[-1]
        after = skip_space(text, m.stop, stop)
        base = last_name_base([last])  # (Азат Ғәлиәскәр улының)
        if m.kind in ("name", "role") and GENITIVE.search(last.lower()) and base != last and \
                text[after:after + 1] == "," and len(WORD_PATTERN.findall(text, after + 1, stop)) >= _MIN_AFTER_SUBJECT:
            found = (m, skip_space(text, after + 1, stop))
    return found
