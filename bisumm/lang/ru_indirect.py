"""Russian indirect speech: the reported clause and where its speaker is named.

Each rule returns :class:`~bisumm.quotation.clauses.Raw` candidates (content span, speaker
search span, rule name); the span is the reported clause only (``docs/quotes-guideline.md``).
Regexes are bounded and run on one block at a time, so the work stays linear.

>>> t = "По данным Минобороны России, удары нанесены по складам. Пожар на складе потушен, сообщили в МЧС."
>>> [(t[r.start:r.stop], r.pattern) for r in indirect_speech(t, 0, len(t))]
[('удары нанесены по складам', 'ru.po_dannym'), ('Пожар на складе потушен', 'ru.comma_cue')]
>>> t = "Ремонт закончат к маю. Об этом сообщил мэр города Иван Петров."
>>> [(t[r.start:r.stop], t[r.author_start:r.author_stop]) for r in indirect_speech(t, 0, len(t))]
[('Ремонт закончат к маю', 'мэр города Иван Петров')]
"""

from __future__ import annotations

import re

from ..quotation.clauses import Raw, clause_begin, clause_start, sentence_end, skip_space
from ..entities.mentions import first_mention
from ..entities.titles import is_title_word
from ..tokens import WORD_PATTERN
from .ru import POSSESSIVES
from .ru_media import COMMA_CUE as _COMMA_CUE, before_medium as _before_medium
from .ru_names import is_addressee, is_gerund, is_participle, parse, top_pos

__all__ = ["indirect_speech", "IMPERSONAL"]

_PO_SLOVAM = re.compile(r"(?i)\b(?:(?:по|согласно)\s+(?:(?:" + "|".join(sorted(POSSESSIVES)) + r")\s+)?"
                        r"(словам|мнению|оценкам?|данным|информации|сведениям|наблюдениям|"
                        r"заявлению|прогнозу|подсчетам|подсчётам)|как\s+(\w{3,20}))\s*")
_RULE_OF = {"словам": "ru.po_slovam", "мнению": "ru.po_mneniyu", "оценке": "ru.po_mneniyu",
            "оценкам": "ru.po_mneniyu"}
#: ``, что`` / ``о том, что`` after the author's words
_CHTO = re.compile(r"(?:\s+о\s+том)?,\s+что,?\s+")  # (обратил внимание, что, в соответствии с …, П)
#: words that may stand between the reporting verb and ``, что`` (``выразил мнение``, ``заявил РИА «Новости»``,
#: ``обратил внимание на то``); so may an addressee in the dative (``рассказал следователям``)
_BETWEEN = frozenset({"мнение", "уверенность", "надежду", "внимание", "то", "также", "ранее", "журналистам",
                      "изданию", "агентству", "в", "интервью", "на", "брифинге", "пресс-конференции",
                      "своем", "своём", "telegram-канале", "телеграм-канале", "заявлении", "сообщении"})
#: impersonal reports: the words are reported with nobody named (speaker ``None``)
IMPERSONAL = frozenset({"сообщается", "отмечается", "сообщалось", "отмечалось", "говорится", "говорилось",
                        "утверждается", "указывается", "подчеркивается", "подчёркивается"})
_OB_ETOM = re.compile(r"(?i)\bоб\s+этом\s+")


def indirect_speech(text: str, start: int, stop: int, is_cue=None) -> list[Raw]:  # type: ignore[no-untyped-def]
    """Every Russian indirect-speech candidate of one block, in rule order (``is_cue``: a reporting verb form)."""
    if is_cue is None:
        from .ru_marks import is_cue
    return (_po_slovam(text, start, stop, is_cue) + _chto(text, start, stop, is_cue)
            + _comma_cue(text, start, stop, is_cue) + _ob_etom(text, start, stop, is_cue))


def _po_slovam(text: str, start: int, stop: int, is_cue) -> list[Raw]:  # type: ignore[no-untyped-def]
    """``по словам X, П``, ``по данным X, П``, ``как отметил X, П``."""
    out = []
    for m in _PO_SLOVAM.finditer(text, start, stop):
        if not clause_start(text, m.start(), start) and not text[start:m.start()].rstrip().endswith(","):
            continue  # (…, по словам X, П: a parenthesis inside the sentence reports what follows it)
        word, verb = m.group(1), m.group(2)
        if verb and not is_cue(verb):
            continue
        comma = author_stop = text.find(",", m.end(), min(stop, m.end() + 160))
        while comma >= 0:
            # по данным X, оказавшимся в …, П; по словам вирусолога, профессора НИЦ Анатолия Альтштейна, П;
            # как отметил X, открывая заседание, П
            apposition = _apposition_after(text, comma, stop)
            if not apposition and not _participle_after(text, comma, stop, word or "") and \
                    not _relative_after(text, comma, stop):
                break
            apposed = apposition and author_stop == comma
            comma = text.find(",", comma + 1, min(stop, comma + 160))
            author_stop = comma if apposed and comma >= 0 else author_stop  # (the name in the apposition speaks)
        if comma < 0 or "." in text[m.end():comma]:
            continue
        body_start = skip_space(text, comma + 1, stop)
        body_stop = _before_medium(text, body_start, sentence_end(text, body_start, stop), is_cue)
        if body_stop - body_start < 8:
            continue
        name = _RULE_OF.get(word.lower(), "ru.po_dannym") if word else "ru.kak_otmetil"
        out.append(Raw(body_start, body_stop, m.start(), author_stop, name))
    return out


def _participle_after(text: str, comma: int, stop: int, head: str = "") -> bool:
    """The comma opens a gerund phrase (``как отметил X, открывая заседание, П``) or a participle phrase
    that agrees with a word just before it or with ``head`` (``данным прокуратуры, оказавшимся в
    распоряжении СМИ,``; not ``по словам очевидцев, протестующие …``, the reported clause's subject)."""
    word = WORD_PATTERN.match(text, skip_space(text, comma + 1, stop))
    if word is None or not is_participle(word.group()):
        return word is not None and is_gerund(word.group())
    if any(p.tag.case == "nomn" and p.tag.number == "plur" for p in parse(word.group().lower())[:4]):
        return False  # протестующие, опрошенные, данные: a participle as the noun subject
    before = [w for w in WORD_PATTERN.findall(text, max(0, comma - 80), comma)[-6:] if _declined(w)][-3:]
    return any(_agree(word.group(), w) for w in before + ([head] if head else []))


def _relative_after(text: str, comma: int, stop: int) -> bool:
    """The comma opens a relative clause on the speaker (``по мнению министра X, который ранее возглавлял …,
    П``): it belongs to the attribution."""
    word = WORD_PATTERN.match(text, skip_space(text, comma + 1, stop))
    return word is not None and word.group().lower().startswith(_RELATIVE)


def _declined(word: str) -> bool:
    """A Cyrillic word with case endings (not ``МВД``, ``Project``)."""
    top = parse(word.lower())[:1]
    return bool(top) and top[0].tag.case is not None and "Fixd" not in top[0].tag


def _agree(participle: str, noun: str) -> bool:
    """Some reading of the two words shares case, number and (in the singular) gender."""
    for p in parse(participle.lower())[:4]:
        for n in parse(noun.lower())[:4]:
            if p.tag.case == n.tag.case and p.tag.number == n.tag.number and \
                    (p.tag.number == "plur" or p.tag.gender == n.tag.gender):
                return True
    return False


#: an initial (``А. Иванов``): a full stop inside an apposition that ends no sentence
_INITIAL = re.compile(r"\b[А-ЯЁ]\.")


def _apposition_after(text: str, comma: int, stop: int) -> bool:
    """The comma opens an apposition to the speaker: a title, with no verb, up to the next
    comma (``по словам вирусолога, профессора НИЦ Анатолия Альтштейна, П``)."""
    start = skip_space(text, comma + 1, stop)
    end = text.find(",", start, min(stop, start + 160))
    words = WORD_PATTERN.findall(text, start, end) if end > 0 else []
    if not words or not words[0].islower() or not is_title_word(words[0]) or "." in text[start:end] and \
            not _INITIAL.search(text[start:end]):
        return False
    return not any(top_pos(w) in ("VERB", "INFN", "PRTS") for w in words)


def _chto(text: str, start: int, stop: int, is_cue) -> list[Raw]:  # type: ignore[no-untyped-def]
    """``X заявил, что П``, ``X выразил мнение, что П``, ``X заявил РИА «Новости», что П``."""
    out = []
    for m in _CHTO.finditer(text, start, stop):
        clause = clause_begin(text, m.start(), start)
        words = list(WORD_PATTERN.finditer(text, max(clause, m.start() - 60), m.start()))[-5:]
        verb = None
        for w in reversed(words):
            low = w.group().lower()
            if is_cue(w.group()) or low in IMPERSONAL:
                verb = w
                break
            if low not in _BETWEEN and not w.group()[:1].isupper() and not _quoted(text, w.start()) and \
                    not is_addressee(low) and top_pos(low) != "ADVB":  # (заявил вчера, сообщил публично)
                break
        if verb is None or _aside(text, clause, verb) or _speaker_own(verb.group()):
            continue
        body_start = m.end()
        body_stop = _before_medium(text, body_start, _clause_stop(text, body_start, stop, is_cue), is_cue)
        if body_stop - body_start < 8:
            continue
        impersonal = verb.group().lower() in IMPERSONAL
        if impersonal:  # «В заявлении Symantec говорится, что», «Ранее сообщалось, что»
            out.append(Raw(body_start, body_stop, clause, m.start(), "ru.chto", speakerless=True))
        elif clause < verb.start():
            out.append(Raw(body_start, body_stop, clause, verb.start(), "ru.chto", by_converb=is_gerund(verb.group())))
    return out


def _aside(text: str, clause: int, verb: re.Match[str]) -> bool:
    """An infinitive after no finite verb (``можно сказать, что``, ``Спортсменам останется подтвердить,
    что``; not ``поспешил заявить, что``): the author's own words or a duty, nobody's report."""
    if top_pos(verb.group()) != "INFN":
        return False
    before = WORD_PATTERN.findall(text, clause, verb.start())
    return not before or top_pos(before[-1]) != "VERB" or before[-1].lower().startswith("оста")


#: a second report of the same subject (``…, заявила, что``, ``…, однако не исключил, что``) or a colon
#: opening the subject's own words (``…: «…»``) ends a reported clause
_NEXT_REPORT = re.compile(r",\s+(?:(?:однако|но|а|и)\s+)?(?:не\s+)?(\w+)(?:\s+\w+)?,\s+что\b|:\s*[«\"“„]")


def _clause_stop(text: str, start: int, stop: int, is_cue) -> int:  # type: ignore[no-untyped-def]
    """The end of the sentence from ``start``, or the start of a second report in it."""
    end = sentence_end(text, start, stop)
    for m in _NEXT_REPORT.finditer(text, start, end):
        if m.group(1) is None or is_cue(m.group(1)):
            return m.start()
    return end


def _quoted(text: str, pos: int) -> bool:
    """A word inside «…» (a medium's name between the verb and ``что``)."""
    left = text.rfind("«", max(0, pos - 40), pos)
    return left >= 0 and "»" not in text[left:pos]


#: opinion verbs: they close a sentence (``…, считает X.``) as often as they stand inside one
_OPINION = ("счита", "полага", "уверен")
#: words after a verb that make it no closing of reported words (``заявил о новых эпизодах``)
_NOT_CLOSING = frozenset({"о", "об", "про", "что", "как", "ли", "бы", "же"})


def _comma_cue(text: str, start: int, stop: int, is_cue) -> list[Raw]:  # type: ignore[no-untyped-def]
    """``П, сообщил X.`` / ``П, выяснили ученые.`` without a dash: the reporting verb ends the sentence."""
    out = []
    for m in _COMMA_CUE.finditer(text, start, stop):
        word = WORD_PATTERN.match(text, m.end())
        if word is None or not is_cue(word.group()) or word.group()[:1].isupper():
            continue
        if is_participle(word.group()) or is_gerund(word.group()) or _speaker_own(word.group()) or \
                top_pos(word.group()) in ("ADVB", "INFN"):
            continue  # «пробы Б, подтвердившей …», «…, отмечая …», «…, скажем, с …», «…, уверенно опережая»: no report
        a_stop = sentence_end(text, word.end(), stop)
        after = WORD_PATTERN.findall(text, word.end(), a_stop)
        if a_stop - word.end() > 160 or not after or after[0].lower() in _NOT_CLOSING or \
                ":" in text[word.end():a_stop] or _object_first(after[0]):
            continue  # (…, подтвердили подготовку встречи: the verb's object follows, its subject came before)
        rest = _parenthesis_rest(text, word.end(), a_stop)
        if rest is None and word.group().lower().startswith(_OPINION) and "," in text[word.end():a_stop]:
            continue  # «Проблема, считает X, что …»: an opinion verb that closes no sentence
        body_start = clause_begin(text, m.start(), start)
        while body_start < m.start() and text[body_start] in "«\"“„—–- ":
            body_start += 1
        if rest is not None and _connective(text, body_start, m.start()):
            body_start = rest  # «При этом, добавил Мишель, Лукашенко под санкции не попал»: the words after it
        elif m.start() - body_start < (3 if rest is not None else 15) or \
                "«" in text[body_start:m.start()] and "»" not in text[body_start:m.start()]:
            continue
        if _OB_ETOM.match(text, body_start) or _has_cue_before(text, body_start, m.start(), is_cue) or \
                _reported_by(text, body_start, m.start(), is_cue):
            continue  # «X сказал, что П, добавил он», «по данным X, П, передает ТАСС»: the earlier report owns it
        if _participle_phrase_before(text, body_start, m.start()):
            continue  # «Хацаев, присутствовавший на коллегии, согласился …»: the comma closes a participle phrase
        if rest is not None:  # «Такой подход, считает X, вызвал рост …»: the sentence around the parenthesis
            comma = text.find(",", word.end(), a_stop)
            out.append(Raw(body_start, a_stop, skip_space(text, word.end(), comma), comma, "ru.comma_cue"))
            continue
        if not _has_predicate(text, body_start, m.start()) and \
                ("," in text[body_start:m.start()] or len(WORD_PATTERN.findall(text, body_start, m.start())) <= 3):
            continue  # «Власти, в свою очередь, отмечают …»: no clause
            #           (a verbless sentence stays: «У них разная мотивация, выяснили ученые»)
        out.append(Raw(body_start, m.start(), skip_space(text, word.end(), a_stop), a_stop, "ru.comma_cue"))
    return out


#: the words after a parenthesis that make the author words go on instead (``…, сообщили в МВД, не уточнив``,
#: ``…, заявил он, добавив, что``, ``…, рассказал X, который …``)
_NOT_RESUMING = frozenset({"что", "как", "кто", "где", "когда", "который", "которая", "которое", "которые",
                           "которого", "которой", "которых", "которому", "чтобы", "и", "а", "но", "однако",
                           "почему", "зачем", "сколько", "куда", "откуда", "ли"})


def _parenthesis_rest(text: str, cue_end: int, a_stop: int) -> int | None:
    """``…, сообщает X, П.``: the start of П when the author words after the cue end at a comma and
    the sentence goes on with a clause of its own (a predicate, no converb or relative word)."""
    comma = text.find(",", cue_end, a_stop)
    if comma < 0 or comma - cue_end > 80 or text.count("«", cue_end, comma) != text.count("»", cue_end, comma) or \
            "\n" in text[cue_end:comma]:
        return None
    rest = skip_space(text, comma + 1, a_stop)
    words = WORD_PATTERN.findall(text, rest, a_stop)
    if len(words) < 2 or words[0].lower() in _NOT_RESUMING or is_gerund(words[0]) or is_participle(words[0]) or \
            any(w.lower().startswith(_RELATIVE) for w in words[:3]):
        return None  # (…, объявит имя премьер-министра, у которого …: a relative clause, no parenthesis)
    part = _PART_END.search(text, rest, a_stop)
    if part is not None and not any(top_pos(w) in _PREDICATES for w in WORD_PATTERN.findall(text, rest, part.start())):
        return None  # «…, отмечает Донна Фарбер, ведущий автор исследования — …»: an apposition to the speaker
    return rest if _has_predicate(text, rest, a_stop) else None


_PART_END = re.compile(r",|\s[—–]\s")


#: relative words: a clause they open qualifies the noun before the comma
_RELATIVE = ("котор", "чей", "чья", "чьё", "чье", "чьи")

#: parts of speech of a sentence opening that only links it to the text before (``При этом``, ``Тем не менее``)
_LINKING = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "NPRO", "INTJ"})


def _connective(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` only links the sentence to the one before (``При этом``, ``Тем не менее``)."""
    words = WORD_PATTERN.findall(text, start, stop)
    return 0 < len(words) <= 3 and all(top_pos(w) in _LINKING for w in words)


def _object_first(word: str) -> bool:
    """A noun or adjective that reads as no nominative and no dative (``подготовку``, ``особого``): an
    object right after the verb."""
    parses = parse(word.lower())[:3] if word[:1].islower() else ()
    return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF", "PRTF") and \
        not any(p.tag.case in ("nomn", "datv") for p in parses)


def _speaker_own(word: str) -> bool:
    """A verb of the first or second person or a parenthetical word (``напомню``, ``скажем``): the
    writer's own aside."""
    top = parse(word.lower())[:1]
    return bool(top) and ("Prnt" in top[0].tag or top[0].tag.POS == "VERB" and top[0].tag.person in ("1per", "2per"))


def _reported_by(text: str, start: int, stop: int, is_cue) -> bool:  # type: ignore[no-untyped-def]
    """``по словам X,`` / ``по данным X,`` / ``как отметил X,`` opens a clause of ``text[start:stop]``
    (not one in brackets)."""
    return any(text[max(start, m.start() - 1):m.start()] != "(" and (m.group(2) is None or is_cue(m.group(2))) and
               (clause_start(text, m.start(), start) or text[start:m.start()].rstrip().endswith(","))
               for m in _PO_SLOVAM.finditer(text, start, stop))


#: parts of speech that make a predicate (a finite verb, a short form, a predicative word)
_PREDICATES = frozenset({"VERB", "PRTS", "ADJS", "PRED", "INFN"})
#: a dash between subject and predicate
_DASH = re.compile(r"\s[—–]\s")


def _has_predicate(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` is a clause: a predicate word, or a dash between subject and predicate."""
    if _DASH.search(text, start, stop):
        return True
    return any(top_pos(w) in _PREDICATES for w in WORD_PATTERN.findall(text, start, stop))


def _has_cue_before(text: str, start: int, stop: int, is_cue) -> bool:  # type: ignore[no-untyped-def]
    words = WORD_PATTERN.findall(text, start, min(stop, start + 300))
    return any(is_cue(w) and not is_participle(w) for w in words)


def _participle_phrase_before(text: str, start: int, stop: int) -> bool:
    """The last comma-set part of ``text[start:stop]`` opens with a participle or a gerund and the
    words before it make no clause (``Хацаев, присутствовавший на коллегии,``; not ``ограничение на
    технологии, представляющие угрозу,``)."""
    comma = text.rfind(",", start, stop)
    word = WORD_PATTERN.match(text, skip_space(text, comma + 1, stop)) if comma >= 0 else None
    return word is not None and (is_participle(word.group()) or is_gerund(word.group())) and \
        not _has_predicate(text, start, comma)


def _ob_etom(text: str, start: int, stop: int, is_cue) -> list[Raw]:  # type: ignore[no-untyped-def]
    """``П. Об этом сообщил X.``: the sentence before is the reported one."""
    out = []
    for m in _OB_ETOM.finditer(text, start, stop):
        if not clause_start(text, m.start(), start) or m.start() == start:
            continue
        a_stop = sentence_end(text, m.end(), stop)
        words = list(WORD_PATTERN.finditer(text, m.end(), a_stop))
        verb = next((w for w in words[:8] if is_cue(w.group())), None)
        if verb is None:
            continue
        prev_end = m.start()
        while prev_end > start and text[prev_end - 1] in " .":
            prev_end -= 1
        body_start = clause_begin(text, prev_end, start)
        if text[prev_end - 1:prev_end] in "»\"”" and text[skip_space(text, body_start, prev_end):][:1] in "«\"“„—–-":
            continue  # «…». Об этом сказал X: a direct quote, read by the direct rules (not …по «Ямальскому контракту».)
        while body_start < prev_end and text[body_start] in "«\"“„—–- ":
            body_start += 1
        if prev_end - body_start < 8:
            continue
        author = (m.end(), verb.start()) if _subject_between(text, m.end(), verb.start()) else \
            (skip_space(text, verb.end(), a_stop), a_stop)  # Об этом бывший вице-президент заявил в интервью CBS
        out.append(Raw(body_start, prev_end, author[0], author[1], "ru.ob_etom"))
    return out


def _subject_between(text: str, start: int, stop: int) -> bool:
    """A person (a name, role or pronoun that can be the subject) stands between ``Об этом`` and the verb."""
    if not text[start:stop].strip():
        return False
    from . import get_language

    g = get_language("ru").quote_grammar
    found = first_mention(text, start, stop, g)
    if found is None or found.kind not in ("name", "role", "pronoun") or not g.can_be_subject(found):
        return False
    return found.kind != "role" or top_pos(found.surface.split()[-1]) == "NOUN"  # (not Анкара официально уведомила)
