"""Bashkir indirect speech: ``X әйтеүенсә / һүҙҙәренсә / фекеренсә, П``, ``X П-ыуын / -ғанын билдәләне``,
``X П тип иғлан итте``; read by :class:`bisumm.lang.ba_quotes.BashkirQuotes`.

>>> from bisumm.lang import get_language
>>> g = get_language("ba").quote_grammar
>>> t = "Радий Хәбиров эшһеҙлектең кәмеүен билдәләне."
>>> [(t[r.start:r.stop], r.pattern) for r in accusative(t, 0, len(t), g)]
[('эшһеҙлектең кәмеүен', 'ba.uyn')]
"""

from __future__ import annotations

import re

from ..entities.grammar import MentionGrammar
from ..entities.mentions import Mention, find_mentions
from ..quotation.clauses import Raw, clause_begin, clause_start, sentence_end, skip_space
from ..normalize import SOFT_HYPHEN
from ..tokens import WORD_PATTERN
from . import ba_names
from .ba_suffixes import endings

__all__ = ["REPORT_VERBS", "FINITE", "PLURAL_VERB", "GENITIVE", "PARTICLES", "CLAUSE_COMMA", "markers", "accusative", "tip_clause", "opinion_clause",
           "plural_agent"]

#: reporting verbs (past, 3rd person) that take the reported clause in the accusative (``…-ыуын билдәләне``)
REPORT_VERBS = ("билдәләне", "әйтте", r"хәбәр\s+итте", "белдерҙе", r"һыҙыҡ\s+өҫтөнә\s+алды", "иҫкәртте",
                "аңлатты", "һөйләне", "раҫланы", r"иҫкә\s+төшөрҙө", "өҫтәне", "йәшермәне", r"баҫым\s+яһаны",
                # the same in the present, as news reports speech (``… булыуын билдәләй``)
                "билдәләй", "әйтә", r"хәбәр\s+итә", "белдерә", r"һыҙыҡ\s+өҫтөнә\s+ала", "иҫкәртә", "аңлата",
                "һөйләй", "раҫлай", "өҫтәй", r"баҫым\s+яһай",
                # and the converb of a report chained to another (``…-ыуын билдәләп, П2-ын белдерҙе``,
                # ``…-леген һыҙыҡ өҫтөнә алып үтте``)
                "билдәләп", "белдереп", "әйтеп", "аңлатып", "раҫлап", "иҫкәртеп", r"һыҙыҡ\s+өҫтөнә\s+алып")

#: the same verbs in the third person plural (``… булыуын билдәләйҙәр`` "they note that …"): a report with or
#: without a subject (nobody in particular: no speaker)
PLURAL_REPORT_VERBS = ("билдәләйҙәр", "билдәләнеләр", "әйтәләр", "әйттеләр", r"хәбәр\s+итәләр", r"хәбәр\s+иттеләр",
                       "белдерәләр", "белдерҙеләр", "иҫкәртәләр", "иҫкәрттеләр", "аңлаталар", "аңлаттылар")
#: objects of ``билдәлә-`` "celebrate", no report (``… 70 йыллығын билдәләйҙәр``)
_CELEBRATED = frozenset({"йыллығын", "юбилейын", "байрамын", "көнөн", "датаһын"})
#: enclitic particles ("too", "only") that close a role after the verb or follow a subject (``X та, П-ын билдәләй``)
PARTICLES = frozenset({"та", "тә", "да", "дә", "ҙа", "ҙә", "ла", "лә", "ғына", "генә", "ҡына", "кенә"})
#: a verb in the third person plural of the present, presumptive or conditional (``иҫәпләйҙәр``,
#: ``әйтмәгәндәрҙер``, ``саҡырһалар``): "people say", nobody in particular; the past (``хәбәр иттеләр
#: Өфө хакимиәтендә``) names its agent
PLURAL_VERB = re.compile(r"(?:йҙар|йҙәр|алар|әләр|һалар|һәләр|(?:дар|дәр|тар|тәр|ҙар|ҙәр|лар|ләр)(?:ҙыр|ҙер|дыр|дер|тыр|тер))$")
#: finite verb forms after the quotative ``тип`` (``тип асыҡлыҡ индерҙе``, ``тип тороп ҡалды``): past
#: definite, past participle and present in ``-й``, with the plural
FINITE = re.compile(r"(?:ды|де|ты|те|ҙы|ҙе|ны|не|лы|ле|ған|гән|ҡан|кән|ай|әй|ый|ей)(?:лар|ләр|дар|дәр|тар|тәр)?$")

_MARKERS = re.compile(r"(?i)\b(?:әйтеүенсә|билдәләүенсә|һүҙҙәренсә|һүҙенсә|фекеренсә|хәбәр\s+итеүенсә|"
                      r"белдереүенсә|аңлатыуынса|иҫәпләүенсә|мәғлүмәттәренсә|яҙыуынса|һөйләүенсә|раҫлауынса|иҫкәртеүенсә|"
                      # the past participle + ``-са`` "as X said / wrote" and ``әйтмешләй`` "as X says"
                      r"әйткәнсә|билдәләгәнсә|хәбәр\s+иткәнсә|белдергәнсә|яҙғанса|һөйләгәнсә|әйтмешләй|"
                      # plural agents and postpositions: ``хәбәр итеүҙәренсә``, ``һүҙҙәренә ҡарағанда``, ``һүҙҙәре буйынса``
                      r"хәбәр\s+итеүҙәренсә|белдереүҙәренсә|әйтеүҙәренсә|билдәләүҙәренсә|"
                      # the saying or data of X in the dative before ``ҡарағанда`` / ``ярашлы`` "according to" (``Финанс министрлығы
                      # мәғлүмәттәренә ярашлы, П`` as ``по данным X, П``; a law or decree before ``ярашлы`` is no speech)
                      r"(?:һүҙҙәренә|һүҙенә|фекеренә|фекерҙәренә|мәғлүмәттәренә|мәғлүмәтенә|әйтеүенә|әйтеүҙәренә|"
                      r"хәбәр\s+итеүенә|белдереүенә|билдәләүенә)\s+(?:ҡарағанда|ярашлы)|"
                      r"(?:һүҙҙәре|һүҙе|мәғлүмәттәре|фекере|әйтеүе|ҡарашы)\s+буйынса|"
                      # opinions: ``X уйлауынса / баһалауынса / ҡарашынса`` "as X thinks / assesses / in X's view"
                      r"уйлауынса|баһалауынса|ҡарашынса|"
                      # a report verb's converb and the auxiliary of a completed act: ``билдәләп үтеүенсә``,
                      # ``әйтеп китеүенсә``; ``хәтерләүенсә`` "as X recalls", ``кәңәш итеүенсә`` "as X advises"
                      r"(?:билдәләп|әйтеп|белдереп|һөйләп|аңлатып|иҫкәртеп)\s+(?:үтеүенсә|китеүенсә)|хәтерләүенсә|"
                      r"кәңәш\s+итеүенсә)\s*,\s*")
#: ``Уныңса, …`` "in his view": the pronoun ``уның`` inside the marker is the speaker
_PRONOUN_MARKER = re.compile(r"(?i)(?<![\w-])(уның)са\s*,\s*")
#: the past participle of a report verb as a finite past at its sentence end (``… кәрәклеген белдергән.``); before
#: a noun it describes somebody (``… билдәләгән министр``), no report
_REPORTED_PARTICIPLES = ("билдәләгән", "белдергән", "әйткән", r"хәбәр\s+иткән", "аңлатҡан", "раҫлаған", "иҫкәрткән")
_PLURAL_REPORT = re.compile(rf"(?i)(?:{'|'.join(PLURAL_REPORT_VERBS)})")
_ACC_VERB = re.compile(rf"(?i)(?<![\w-])(?:(?:{'|'.join(PLURAL_REPORT_VERBS + REPORT_VERBS)})(?![\w-])|"
                       rf"(?:{'|'.join(_REPORTED_PARTICIPLES)})(?=\s*[.!?…]|\s+(?:ине|икән)\b))")
#: ``…-ыуы тураһында / хаҡында һөйләне`` "spoke about …-ing": the verbal noun + possessive before "about"
_ABOUT = ("тураһында", "хаҡында")
#: ``тип`` right after a word (no comma, dash or mark) and before a report verb or ``иғлан ит-``
_TIP_NO_COMMA = re.compile(rf"(?i)(?<=[^\W\d_])\s+тип\s+(?:иғлан\s+(?:итте|иткән|итә)|{'|'.join(REPORT_VERBS)})(?![\w-])")
_COORDINATION = re.compile(r"([^\W\d_]+)\s+һәм\s+")
_DATIVE_SUFFIXES = ("ыуына", "еүенә", "уына", "үенә", "ғанына", "гәненә", "асағына", "әсәгенә")
_ABOUT_SUFFIXES = ("ыуы", "еүе", "уы", "үе", "ауы", "әүе", "ғаны", "гәне", "ҡаны", "кәне", "ыуҙары", "еүҙәре",
                   # the verbal noun of a plural subject after any stem vowel (``көтөүҙәре``, ``булыуҙары``)
                   "уҙары", "үҙәре", "ғандары", "гәндәре",
                   # the future and the perfect participle (``… асыласағы хаҡында``, ``… ҡатнашҡанлығы тураһында``)
                   "асағы", "әсәге", "ясағы", "йәсәге", "асаҡтары", "әсәктәре", "ясаҡтары", "йәсәктәре", "ғанлығы", "гәнлеге", "ҡанлығы", "кәнлеге", "икәне")
#: nouns that end like a reported clause (``киләсәге`` "its future", the noun of ``киләсәк``)
_CLAUSE_LIKE_NOUNS = frozenset({"киләсәге", "киләсәген", "киләсәктәре", "киләсәктәрен"})
#: endings of the reported clause before such a verb: verbal noun / participle + possessive + accusative
_ACC_SUFFIXES = ("ыуын", "еүен", "уын", "үен", "ауын", "әүен", "ғанын", "гәнен", "ҡанын", "кәнен", "ғандарын",
                 "гәндәрен", "ыуҙарын", "еүҙәрен", "уҙарын", "үҙәрен", "лығын", "леген", "асағын", "әсәген", "асаҡтарын", "әсәктәрен",
                 # ``… мөһим икәнен билдәләне`` "noted that … is important"
                 "икәнен")
_PREV_WORD = re.compile(r"(\w+)\s+$")
GENITIVE = re.compile(rf"(?:{'|'.join(endings('NIң'))})$")


def tip_clause(text: str, start: int, stop: int, grammar: MentionGrammar) -> list[Raw]:
    """``X П тип иғлан иткән`` / ``X … һәм П тип билдәләне``: ``тип`` with no comma before it after the
    reported clause, the subject opening the sentence."""
    out = []
    for m in _TIP_NO_COMMA.finditer(text, start, stop):
        clause = _sentence_begin(text, m.start(), start)
        mention = _subject(text, clause, m.start(), grammar)
        if mention is None:
            continue
        body_start = _after_coordination(text, skip_space(text, mention.stop, m.start()), m.start())
        if m.start() - body_start >= 6:
            out.append(Raw(body_start, m.start(), clause, mention.stop, "ba.tip"))
    return out

#: opinion verbs (``… кәрәк тип иҫәпләй`` "considers that …"), read only after a clause (see :func:`opinion_clause`)
OPINION_VERBS = ("иҫәпләй", "иҫәпләне", "иҫәпләйҙәр", "һанай", "һананы", "һанайҙар", "уйлай", "ышана")
#: the same read of people in general, with no comma before ``тип`` (``… ҡарайған тип әйтәләр`` "people say that
#: …", ``… булыр тип уйлайҙар``): a clause said by nobody in particular
_PLURAL_SAYING = ("әйтәләр", "уйлайҙар", "ышаналар", r"хәбәр\s+итәләр")
_TIP_OPINION = re.compile(rf"(?i)(?<=[^\W\d_])\s+тип\s+(?:{'|'.join(OPINION_VERBS + _PLURAL_SAYING)})(?![\w-])")
#: predicatives that end a clause (``… бер зыяны ла юҡ тип иҫәпләй``)
_PREDICATIVES = frozenset({"юҡ", "бар", "кәрәк", "тейеш", "мөмкин", "түгел", "кәрәкмәй", "ярамай"})
#: the future and the presumptive (``… өлгө булыр``, ``… асыҡланасаҡ``, ``… торалыр``)
_FUTURE = re.compile(r"(?:асаҡ|әсәк|ыр|ер|ор|өр)(?:лар|ләр)?$")
#: a past in ``-ды/-ҙы/-ты/-лы`` after a vowel is a noun with a possessive (``ҡулы``, ``ҡыҙы``, ``мәрхәмәте``):
#: the past ending follows a consonant (``алды``, ``барҙы``), ``-ны/-не`` a vowel (``эшләне``)
_POSSESSIVE_LIKE = re.compile(r"[аәыеоөуүиэюя](?:ды|де|ты|те|ҙы|ҙе|лы|ле)$")
_PROHIBITIVE = re.compile(r"\s+күрм(?:ә|әгеҙ|әһен)\b")


def _ends_clause(word: str) -> bool:
    """A finite verb or a predicative: the word closes a clause (``… кәрәк``, ``… эшләй``, ``… булыр``), not
    a noun (``уң ҡулы``, ``хоҡуҡ яҡлаусы``, ``татар``).

    >>> [_ends_clause(w) for w in ("кәрәк", "эшләй", "булыр", "алды", "ҡулы", "мәрхәмәте", "татар", "уртаҡ")]
    [True, True, True, True, False, False, False, False]
    """
    low = word.lower()
    if low in _PREDICATIVES:
        return True
    return len(low) > 3 and (_finite(low) or bool(_FUTURE.search(low)))


def _finite(low: str) -> bool:
    """A finite verb (lower case, longer than three letters), not a noun with a possessive (``ҡулы``)."""
    return FINITE.search(low) is not None and not _POSSESSIVE_LIKE.search(low)


_AFTER_COMMA = re.compile(r"([^\W\d_]+)\s*,\s+")


def _after_report(text: str, start: int, stop: int) -> int:
    """After the subject's first report and its comma (``Күҙәтеүселәр П1-ын билдәләй, П2 тип һанай``): where the
    second reported clause starts."""
    last = start
    for m in _AFTER_COMMA.finditer(text, start, stop):
        if _ACC_VERB.fullmatch(m.group(1)):
            last = m.end()
    return last


def opinion_clause(text: str, start: int, stop: int, grammar: MentionGrammar) -> list[Raw]:
    """``X П тип иҫәпләй / һанай / уйлай / ышана`` with no comma before ``тип``: П a clause (its last word a
    finite verb or a predicative; ``Мәрйәмде уң ҡулы тип иҫәпләй`` "considers Maryam his right hand" is no
    report); X opening the sentence, or after the verb (``… тип ышана ул``), or nobody named."""
    out = []
    for m in _TIP_OPINION.finditer(text, start, stop):
        prev = _PREV_WORD.search(text, max(start, m.start() - 40), m.start() + 1)
        if prev is None or not _ends_clause(prev.group(1)) or _PROHIBITIVE.match(text, m.end(), stop):
            continue  # (``… тип уйлай күрмәгеҙ`` "do not think that …": nobody's opinion)
        clause = _sentence_begin(text, m.start(), start)
        mention = _subject(text, clause, m.start(), grammar)
        late = _subject_after_verb(text, m.end(), stop, grammar) if mention is None else None
        body_start = _after_report(text, _after_coordination(
            text, skip_space(text, mention.stop if mention else clause, m.start()), m.start()), m.start())
        if m.start() - body_start < 6:
            continue
        if late is not None:
            out.append(Raw(body_start, m.start(), late.start, late.stop, "ba.tip"))
        elif mention is not None:
            out.append(Raw(body_start, m.start(), clause, mention.stop, "ba.tip"))
        else:  # nobody named: no author span (a report before it may have claimed the clause start)
            out.append(Raw(body_start, m.start(), body_start, body_start, "ba.tip", speakerless=True))
    return out


def accusative(text: str, start: int, stop: int, grammar: MentionGrammar) -> list[Raw]:
    """``X …-ыуын билдәләне``: the reported clause up to its accusative verbal noun, the subject opening the
    sentence (or a group: no speaker)."""
    out = []
    for m in _ACC_VERB.finditer(text, start, stop):
        prev = _reported_word(text, m, start)
        if prev is None or _MODAL_AFTER.match(text, m.end(), stop):
            continue
        clause = _sentence_begin(text, prev.start(1), start)
        mention = _subject(text, clause, prev.start(1), grammar)
        group = _group_agent(text, clause, prev.start(1)) if mention is None else None
        late = _subject_after_verb(text, m.end(), stop, grammar) if mention is None and group is None else None
        nobody = mention is None and group is None and late is None
        if nobody and not (_PLURAL_REPORT.fullmatch(m.group()) or _group_after_verb(text, m.end(), stop)):
            continue
        body_start = mention.stop if mention is not None else group if group is not None else clause
        joined = _JOINED.match(text, body_start, prev.end(1)) if mention is not None and \
            _QUOTATIVE_BEFORE.search(text, max(start, mention.start - 12), mention.start) else None
        if joined is not None:  # ``«…», — тине X һәм П-ын билдәләне``: the quote's speaker reports П too
            body_start = joined.end()
        body_start = _past_own_acts(text, _past_particle(text, body_start, prev.end(1)), prev.end(1))
        body_stop = prev.end(1)
        if body_stop - body_start < 6:
            continue
        if joined is not None:
            out.append(Raw(body_start, body_stop, mention.start, mention.stop, "ba.uyn", by_converb=True))
            continue
        if late is not None:
            out.append(Raw(body_start, body_stop, late.start, late.stop, "ba.uyn"))
            continue
        out.append(Raw(body_start, body_stop, clause, body_start, "ba.uyn", speakerless=mention is None or nobody))
    return out


#: the quotative closing a direct quote right before its speaker (``«…», — тине X``), and ``һәм`` "and" after X
_QUOTATIVE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:тине|тигән|ти|тип\s+[^\W\d_]+)\s+$")
_JOINED = re.compile(r"\s*һәм\s+")
#: a modal or an infinitive after the verb: an ability or a duty, nobody's report (``… билдәләй ала`` "can set
#: …", ``… билдәләп үтергә кәрәк`` "one should note …")
_MODAL_AFTER = re.compile(r"(?i)\s+(?:ала|алмай|алалар|кәрәк|тейеш|мөмкин|[^\W\d_]+(?:рға|ргә))(?![\w-])")
#: a converb (``баһалап``, ``ҡуйып``) or a temporal form (``ҡарағас``) ending a clause of the subject's own act
_OWN_ACT_END = re.compile(r"(?:[^\W\d_]{3}(?:ып|еп|ап|әп|оп|өп|п)|ғас|гәс|ҡас|кәс)$")
#: a clause up to its last word and the comma after it (also read by :func:`bisumm.lang.ba_reported.past_frame`)
CLAUSE_COMMA = re.compile(r"([^,;:]*?)([^\W\d_]+)\s*,\s*")


def _past_own_acts(text: str, start: int, stop: int) -> int:
    """Where the reported clause starts after the subject's own acts (``X, … баһалап, П-ын билдәләне``, ``X …
    хаҡында һөйләне, П-ын билдәләне``): past the leading clauses that end in a converb and past every clause
    that ends in a finite verb (the accusative clause reported holds none), at least two words left."""
    best, leading, pos = start, True, start
    for m in CLAUSE_COMMA.finditer(text, start, stop):
        leading = leading and m.start() == pos
        pos = m.end()
        word = m.group(2).lower()
        finite = len(word) > 3 and _finite(word)
        if (finite or leading and _OWN_ACT_END.search(word)) and len(WORD_PATTERN.findall(text, m.end(), stop)) >= 2:
            best = m.end()
        elif not finite:
            leading = False
    return best


_PARTICLE_AT = re.compile(r"[\s,]*(?:([^\W\d_]+)(?=[\s,]))?")


def _past_particle(text: str, start: int, stop: int) -> int:
    """Past the spaces, commas and an enclitic particle after a subject (``Магомед Толбоев та, П``)."""
    m = _PARTICLE_AT.match(text, start, stop)
    if m.group(1) and m.group(1).lower() in PARTICLES:
        m = _PARTICLE_AT.match(text, m.end(1), stop)
    return m.start(1) if m.group(1) else m.end()


def _subject_after_verb(text: str, verb_end: int, stop: int, grammar: MentionGrammar) -> Mention | None:
    """``… кәрәклеген белдерҙе ул.``, ``… билдәләне министр Иван Петров.``: a subject (no case ending) standing
    alone between the report verb and the end of its sentence."""
    end = sentence_end(text, verb_end, stop)
    found = find_mentions(text, verb_end, end, grammar)
    if len(found) != 1 or text[verb_end:found[0].start].strip() or text[found[0].stop:end].strip(" ,"):
        return None
    words = (found[0].surface or "").split()
    return found[0] if words and not ba_names.oblique(words[-1]) else None


def _after_coordination(text: str, start: int, stop: int) -> int:
    """After the subject's own predicate (``проблемаларына туҡталды һәм П``): where the reported words start."""
    last = start
    for m in _COORDINATION.finditer(text, start, stop):
        if FINITE.search(m.group(1).lower()):
            last = m.end()
    return last


def _reported_word(text: str, verb: re.Match[str], start: int) -> re.Match[str] | None:
    """The word that ends the reported clause before a report verb: ``…-ыуын билдәләне``,
    ``…-ыуы тураһында һөйләне``, ``…-асағына баҫым яһай`` (the dative ``баҫым яһа-`` takes), else ``None``."""
    prev = _PREV_WORD.search(text, max(start, verb.start() - 40), verb.start())
    if prev is None:
        return None
    word = prev.group(1).lower()
    if word in _ABOUT:
        prev = _PREV_WORD.search(text, max(start, prev.start(1) - 40), prev.start(1))
        about = prev.group(1).lower() if prev is not None else ""
        return prev if about.endswith(_ABOUT_SUFFIXES) and about not in _CLAUSE_LIKE_NOUNS else None
    if verb.group().lower().startswith("баҫым") and word.endswith(_DATIVE_SUFFIXES):
        return prev
    return prev if word.endswith(_ACC_SUFFIXES) and word not in _CELEBRATED | _CLAUSE_LIKE_NOUNS else None


def _sentence_begin(text: str, pos: int, start: int) -> int:
    """The start of the sentence holding ``pos``, however long (the subject of a long report opens it)."""
    begin = clause_begin(text, pos, start)
    while begin > start and not clause_start(text, begin, start):
        begin = clause_begin(text, begin - 1, start)  # strictly earlier: a line break is no clause start
    return begin


def _subject(text: str, clause: int, stop: int, grammar: MentionGrammar) -> Mention | None:
    """The first mention of a clause with no case ending: an object (``Ғиниәтуллинды``, ``етәкселәргә``)
    does not report the clause."""
    for mention in find_mentions(text, clause, stop, grammar):
        words = (mention.surface or "").split()
        if words and not ba_names.oblique(words[-1]):
            return mention
    return None


def markers(text: str, start: int, stop: int, grammar: MentionGrammar) -> list[Raw]:
    out = []
    found = [(m, m.start()) for m in _MARKERS.finditer(text, start, stop)]
    found += [(m, m.end(1)) for m in _PRONOUN_MARKER.finditer(text, start, stop)]
    for m, author_stop in sorted(found, key=lambda pair: pair[0].start()):
        clause = clause_begin(text, m.start(), start)
        body_start = skip_space(text, m.end(), stop)
        body_stop = sentence_end(text, body_start, stop)
        if body_stop - body_start < 6:
            continue
        agent = _agent_start(text, clause, m.start(), grammar)
        words = WORD_PATTERN.findall(text, agent, author_stop)
        if words and words[-1].lower() in _ADDRESSEE:
            continue  # ``Һеҙ әйткәнсә, …``: the interviewer's words put back to the speaker
        # the marker itself reports the words: an agent that names nobody the text knows (``Мораҙым ауылы
        # халҡының һүҙҙәренә ҡарағанда``, ``Статистика мәғлүмәттәренә ҡарағанда``) leaves the quote with no speaker
        out.append(Raw(body_start, body_stop, agent, author_stop, "ba.eyteuense", speakerless=bool(words)))
    return out


#: the second person ("you" said): the interviewer's words, no quotation of the speaker
_ADDRESSEE = frozenset({"һеҙ", "һин", "һеҙҙең", "һинең"})
#: words for "all, everyone" that open a clause as its subject (``Барыһы ла … билдәләне``)
_ALL = frozenset({"барыһы", "бөтәһе", "күптәр", "һәммәһе"})
#: a bare plural noun (``ҡатнашыусылар``, ``ғалимдар``, ``күҙәтеүселәр``): :data:`ba_names.PLURAL` and ``-дар/-дәр``
_BARE_PLURAL = re.compile(rf"(?:{'|'.join(endings('LAр', classes='VZDT') + ('нар', 'нәр'))})$")
#: the fewest words of a reported clause after a group that opens it; the most words before the group
_MIN_AFTER_GROUP = 2
_MAX_BEFORE_GROUP = 2


def _bare_plural(word: str) -> bool:
    low = word.lower().replace(SOFT_HYPHEN, "")
    return bool(_BARE_PLURAL.search(low)) and not PLURAL_VERB.search(low)


def _group_agent(text: str, clause: int, stop: int) -> int | None:
    """``Күҙәтеүселәр П-ыуын билдәләй``, ``Барыһы ла П-ыуын билдәләне``, ``Сарала ҡатнашыусылар, П-ын
    билдәләне``, ``Филолог-ғалимдар П-ын билдәләй``: a bare plural noun (no case ending) or "all" among the
    first three words of the clause (a group, nobody in particular); where the reported words start, else
    ``None``."""
    for i, m in enumerate(WORD_PATTERN.finditer(text, clause, stop)):
        if i > _MAX_BEFORE_GROUP:
            return None
        word = m.group()
        if word.lower() in _ALL or _bare_plural(word) and (i > 0 or word[:1].isupper()):
            end = _past_particle(text, m.end(), stop)
            return end if len(WORD_PATTERN.findall(text, end, stop)) >= _MIN_AFTER_GROUP else None
    return None


def _group_after_verb(text: str, verb_end: int, stop: int) -> bool:
    """``… артыуын билдәләне ҡатнашыусылар.``: a bare plural noun alone between the report verb and the end
    of its sentence (a group, nobody in particular)."""
    words = WORD_PATTERN.findall(text, verb_end, sentence_end(text, verb_end, stop))
    return len(words) == 1 and _bare_plural(words[0])


def plural_agent(word: str) -> bool:
    """``Табиптар фекеренсә``, ``Ойоштороусыларҙың әйтеүенсә``: a bare plural noun is a group, nobody in
    particular (no speaker; the words are still a quotation)."""
    return bool(ba_names.PLURAL.search(GENITIVE.sub("", word.lower())))


def _agent_start(text: str, clause: int, marker: int, grammar: MentionGrammar) -> int:
    """``Комитет рәйесе Р. Бикбаев билдәләүенсә``: the marker's agent is the name right before it, not
    a role the clause opens with; otherwise the author words start with the clause."""
    found = find_mentions(text, clause, marker, grammar)
    if len(found) > 1 and found[-1].kind == "name" and not text[found[-1].stop:marker].strip():
        return found[-1].start
    return clause
