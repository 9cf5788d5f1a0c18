"""Officials' titles and the small word lists the quote rules need, read from every language.

The words live in each language's :class:`~bisumm.lang.lexicon.TitleLexicon`
(``bisumm/lang/<code>_titles.py``); the rules here match the union of every registered language's
lexicon, rebuilt when :func:`bisumm.lang.register` adds a language. Words are matched on
lower-cased, ``ё``-folded prefixes ("stems"), so one entry covers the case forms (``министр``,
``министра``, ``министры``, ``министрҙың``).

>>> title_class("глава администрации Уфы")
'mayor'
>>> title_class("республика Башлығы"), title_class("Глава Башкортостана"), title_class("БР Башлығы")
('region_head', 'region_head', 'region_head')
>>> is_official_title("директор санатория «Ассы»"), is_official_title("министр здравоохранения")
(False, True)
"""

from __future__ import annotations

import re
import threading
from typing import Any, Iterable

from ..lang import available, generation, get_language
from ..lang.lexicon import CLASS_NAMES, TitleLexicon

__all__ = ["is_title_word", "is_role_word", "title_class", "same_office", "is_official_title", "is_former_title", "is_state_org",
           "is_state_itself", "body_of_capital", "aide_of_official",
           "is_place_word", "lexicon"]

#: title classes that are public offices whatever words qualify them
_OFFICIAL_CLASSES = frozenset({"deputy_premier", "premier", "deputy_minister", "mayor", "district_head",
                               "region_head", "ambassador", "minister", "parliament_chair", "deputy", "prosecutor"})
#: the union of every language's lexicon and the registry generation it was built for
_built: dict[str, Any] = {"generation": None, "lexicon": None, "classes": {}}
_built_lock = threading.Lock()
#: the most titles whose class is kept (the cache starts again when full)
_CLASS_CACHE = 20_000


def _join(parts: list[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for part in parts for word in part))


def _merge(lexicons: list[TitleLexicon]) -> TitleLexicon:
    """One lexicon holding every entry of ``lexicons`` (first occurrence order)."""
    tuples = {name: _join([getattr(lex, name) for lex in lexicons])
              for name in ("title_stems", "role_stems", "not_title", "state_stems", "ministry_stems",
                           "state_names", "always_official", "private_bodies", "institutions", "not_private", "aide_heads", "member_heads", "membership_heads", "unit_stems", "naming_stems", "place_stems",
                           "org_heads", "former_prefixes", "former_words", "state_body_heads", "not_state", "body_heads", "generic_heads", "surname_endings", "surname_cases", "surname_bases", "patronymic_endings",
                           "patronymic_cases")}
    sets = {name: frozenset().union(*(getattr(lex, name) for lex in lexicons))
            for name in ("not_title_exact", "object_pronouns", "person_nouns", "stop_words", "chain_preps", "named_preps", "quoted_preps", "chain_phrases",
                         "function_words", "state_abbreviations", "country_abbreviations", "name_particles",
                         "state_words")}
    pronouns = {word: gender for lex in lexicons for word, gender in lex.pronouns.items()}
    capitals = {word: states for lex in lexicons for word, states in lex.state_capitals.items()}
    classes = tuple(
        (_join([lex.classes[i][0] for lex in lexicons if i < len(lex.classes)]),
         _join([lex.classes[i][1] for lex in lexicons if i < len(lex.classes)]))
        for i in range(len(CLASS_NAMES)))
    return TitleLexicon(**tuples, **sets, pronouns=pronouns, state_capitals=capitals, classes=classes)


def lexicon() -> TitleLexicon:
    """The union of the title lexicons of every language bisumm knows (built once per registry change).

    >>> "министр" in lexicon().title_stems and "башлы" in lexicon().title_stems
    True
    """
    if _built["generation"] == generation():
        return _built["lexicon"]
    with _built_lock:
        if _built["generation"] != generation():
            found = [get_language(code).title_lexicon for code in available()]
            _built["lexicon"] = _merge([lex for lex in found if lex is not None])
            _built["classes"] = {}  # title classes read with the lexicon before
            _built["generation"] = generation()
        return _built["lexicon"]


def _low(word: str) -> str:
    return word.lower().replace("ё", "е").replace("\xad", "")  # (Баш\xadҡортостан: a soft hyphen of the layout)


def is_title_word(word: str) -> bool:
    """A head word of a title or an occupation (``Глава``, ``министры``, ``илсеһе``, ``фермер``)."""
    low, lex = _low(word), lexicon()
    if low in lex.not_title_exact:
        return False
    if low.startswith(lex.not_title):  # (главный is no head, главнокомандующий is: a longer title stem wins)
        blocked = next(p for p in lex.not_title if low.startswith(p))
        return any(low.startswith(s) and len(s) > len(blocked) for s in lex.title_stems)
    return low.startswith(lex.title_stems) or low.startswith(lex.role_stems)


def is_role_word(word: str) -> bool:
    """An occupation word (``фермер``, ``тренеры``): a title head that never makes an official."""
    lex = lexicon()
    return _low(word).startswith(lex.role_stems) and not _low(word).startswith(lex.title_stems)


def is_place_word(word: str) -> bool:
    """A capitalised word that names a place or body, never a person (``Башкортостана``)."""
    return _low(word).startswith(lexicon().place_stems)


def title_class(title: str | None) -> str | None:
    """Coarse class of a title (``region_head``, ``minister``, ``mayor``, …) or the head stem (each title
    read once per lexicon: role and pronoun passes ask for the same titles over and over)."""
    if not title:
        return None
    lex = lexicon()
    classes = _built["classes"]
    if title not in classes:
        if len(classes) > _CLASS_CACHE:
            classes.clear()
        classes[title] = _title_class(title, lex)
    return classes[title]


def _title_class(title: str, lex: TitleLexicon) -> str | None:
    low = _low(title)
    words = re.findall(r"[\w-]+", low)
    if not words:
        return None
    for name, (heads, quals) in zip(CLASS_NAMES, lex.classes):
        if any(w.startswith(heads) for w in words) and any(q == "" or q in low for q in quals):
            return name
    for w in words:
        if is_title_word(w):
            return _head_stem(w)
    return words[0][:5]


def same_office(role: str, title: str | None, head_last: bool) -> bool:
    """A role (``Парламент етәксеһе``) may name a person of ``title`` (``Ҡоролтай Рәйесе``): their head words
    (the last with ``head_last``, else the first) share a stem, or both name the head of a body and one of
    them generically (not ``Президент`` for a ``Рәйес``).

    >>> same_office("Парламент етәксеһе", "Дәүләт Йыйылышы Рәйесе", True), same_office("етәксе", "рәйесе урынбаҫары", True)
    (True, False)
    >>> same_office("Президент", "назараты рәйесе", True), same_office("ғаилә башлығы", "ҡала хакимиәте башлығы", True)
    (False, False)
    """
    a, b = _head_word(role, head_last), _head_word(title or "", head_last)
    if not a or not b:
        return False
    lex = lexicon()
    if any(w.startswith(lex.private_bodies) for w in re.findall(r"[\w-]+", _low(role))) and is_official_title(title):
        return False  # the head of a family or a school is no head of a state body
    return a[:5] == b[:5] or a.startswith(lex.body_heads) and b.startswith(lex.body_heads) and \
        (a.startswith(lex.generic_heads) or b.startswith(lex.generic_heads))


def _head_word(title: str, last: bool) -> str:
    words = re.findall(r"[\w-]+", _low(title))
    return (words[-1] if last else words[0]) if words else ""


def is_state_org(phrase: str) -> bool:
    """An organisation phrase that names a state body (ministry, government, MChS, …)."""
    low = _low(phrase)
    if "торгово-промышленн" in low:
        return False  # a chamber of commerce is its members' body, not the state's
    lex = lexicon()
    for phrase_off in lex.not_state:
        low = low.replace(phrase_off, " ")  # член совета директоров: no state body
    stems = _state_stem_pattern(lex)
    if stems is not None and stems.search(low):
        return True
    words = re.findall(r"[\w-]+", low)
    if any(w in lex.state_words for w in words):
        return True  # Верховный суд, Госдума's думы (not судно, думать)
    if any(w in lex.state_abbreviations for w in re.findall(r"[\w-]+", phrase)):
        return not any(_private_word(w, lex, False) for w in words)  # пресс-служба СУ СК (not компания СК …)
    return any(w.split("-")[-1].startswith(lex.state_body_heads) for w in words) and \
        any(_names_state(w, lex.state_names) or w.startswith(lex.always_official) for w in words) and \
        not any(_private_word(w, lex, False) for w in words)  # служба США, пресс-служба губернатора


def is_state_itself(name: str | None) -> bool:
    """A speaker that is a state speaking through its capital (``Анкара``, ``Вашингтон``). (A state's own
    name is not: ``США`` as a speaker was a wrong speaker in 4 of 7 cases on unannotated dev news.)

    >>> is_state_itself("Анкара"), is_state_itself("Анкара Сити"), is_state_itself("США")
    (True, False, False)
    """
    words = (name or "").split()
    if len(words) != 1:
        return False
    return _low(words[0]) in lexicon().state_capitals


def body_of_capital(capital: str, body: str | None) -> bool:
    """``body`` (a state body) belongs to the state whose capital is ``capital`` (``Минобороны Азербайджана``
    for ``Баку``; not ``Минобороны России`` for ``Вашингтон``).

    >>> body_of_capital("Баку", "военное ведомство Азербайджана"), body_of_capital("Вашингтон", "МИД России")
    (True, False)
    """
    stems = lexicon().state_capitals.get(_low(capital), ())
    return bool(body and stems) and is_state_org(body) and \
        any(w.startswith(stems) for w in re.findall(r"[\w-]+", _low(body)))


_state_stems: tuple[Any, re.Pattern[str] | None] = (None, None)


def _state_stem_pattern(lex: TitleLexicon) -> re.Pattern[str] | None:
    """One pattern for every state or ministry stem (over two letters) at a word start, built once per lexicon."""
    global _state_stems
    built_for, pattern = _state_stems
    if built_for is not lex:
        stems = [re.escape(s) for s in lex.state_stems + lex.ministry_stems if len(s) > 2]
        pattern = re.compile(rf"(?:^|[\s(«\"-])(?:{'|'.join(stems)})") if stems else None
        _state_stems = (lex, pattern)
    return pattern


def is_former_title(title: str | None) -> bool:
    """A title its holder no longer holds (``бывший посол``, ``экс-премьер``, ``АҠШ-тың экс-президенты``):
    a former word first or right before a title head."""
    words = re.findall(r"[\w-]+", _low(title or ""))
    lex = lexicon()
    former = lex.former_prefixes
    if any(w.startswith(lex.former_words) for w in words):  # (no former words: startswith(()) is False)
        return True  # генерал-лейтенант армии США в отставке
    return bool(words) and (words[0].startswith(former) or
                            any(w.startswith(former) and ("-" in w or i + 1 < len(words) and is_title_word(words[i + 1]))
                                for i, w in enumerate(words)))


def _private_body(words: list[str], low: str, lex: TitleLexicon, weak: bool) -> bool:
    """The title's head belongs to a body that is not the state's: a private or public body with no state
    body in the title, or one nearer the head word than any state word (``Район ағинәйҙәре ойошмаһы
    етәксеһе``: the district names where the organisation is, the organisation has the head). A state
    word next to a private word is that body's own name (``ветерандар советы``)."""
    private = [i for i, w in enumerate(words) if _private_word(w, lex, weak)]
    if not private:
        return False
    if not is_state_org(low):
        return True
    heads = [i for i, w in enumerate(words) if is_title_word(w) and not is_role_word(w)]
    near_private = {n for i in private for n in (i - 1, i, i + 1)}
    state = [i for i, w in enumerate(words) if is_state_org(w) and i not in near_private and i not in heads and
             not _unit_of_later_body(i, w, private, lex)]
    if not heads or not state:
        return not state

    def nearest(found: list[int]) -> int:
        return min(abs(i - h) for i in found for h in heads)

    return nearest(private) < nearest(state)


def _unit_of_later_body(i: int, word: str, private: list[int], lex: TitleLexicon) -> bool:
    """``word`` (at ``i``) names a unit any body has (``совет``, ``комитет``) and a private body follows it
    (``председатель координационного совета Профессиональной гильдии психологов``): the unit is that body's."""
    return word.startswith(lex.unit_stems) and any(k > i for k in private)


def _private_before_state(words: list[str], lex: TitleLexicon, weak: bool) -> bool:
    """A private or public body comes before any state body in the title (``председатель Союза женщин
    России``, ``Президент МОК``; not ``депутат Госдумы от партии``)."""
    private = next((k for k, w in enumerate(words) if _private_word(w, lex, weak)), None)
    return private is not None and not is_state_org(" ".join(words[:private]))


def _head_stem(word: str) -> str:
    """The class of a title head with no rule of its own: its shortest title or role stem, so that every
    case form of it is one class (``судья``, ``судьи`` → ``судь``); its first five letters otherwise."""
    lex = lexicon()
    stems = [s for s in lex.title_stems + lex.role_stems if word.startswith(s) and len(s) > 2]
    return min(stems, key=len) if stems else word[:5]


def is_official_title(title: str | None) -> bool:
    """Whether ``title`` marks a state official (heads, ministers, deputies, ambassadors, …).

    Generic heads (``директор``, ``руководитель``, ``етәксе``) count only with a state body.
    """
    if not title:
        return False
    parts = [part for part in title.split(",") if part.strip()]
    if len(parts) > 1:  # министр …, член партии: each post on its own
        return any(is_official_title(part) for part in parts)
    low = _low(title)
    words = re.findall(r"[\w-]+", low)
    if is_former_title(title):
        return False  # бывший посол, экс-премьер: no office now
    lex = lexicon()
    if _head_of_other_abbreviation(title, lex):
        return False  # Президент СБР, президент РФС: a union or federation, no state
    if _unit_of_named_body(title, words, lex):
        return False  # глава департамента по связям с общественностью «Спартака»
    if _aide_of_member(words, lex):
        return False  # помощник депутата, депутат ярҙамсыһы: a member's aide holds no office
    weak = not _names_state_body(title, lex)
    if _private_body(words, low, lex, weak) or _private_before_state(words, lex, weak):
        return False  # президент компании, председатель Союза женщин России (not депутат Госдумы от партии)
    if lex.membership_heads and words[0].startswith(lex.membership_heads):
        return any(_state_body_word(w, lex) for w in re.findall(r"[\w-]+", title))  # член Госдумы, not член сборной США
    if any(w.startswith(lex.always_official) for w in words) or title_class(title) in _OFFICIAL_CLASSES:
        return True
    if any(is_title_word(w) and not is_role_word(w) for w in words):
        return is_state_org(title) or any(_names_state(w, lex.state_names) for w in words) or \
            any(w in lex.country_abbreviations for w in re.findall(r"[\w-]+", title))  # (СК, ДНР as written)
    return False


def _state_body_word(word: str, lex: TitleLexicon) -> bool:
    """A word that names a state body by itself (``Госдумы``, ``МВД``, ``парламента``), not a council or
    court any body has (``совета``)."""
    low = _low(word)
    return low not in lex.state_words and is_state_org(word if word.isupper() else low)


def _aide_of_member(words: list[str], lex: TitleLexicon) -> bool:
    """An aide's head next to a member of a body's title (``помощник депутата``, ``депутат ярҙамсыһы``)."""
    return bool(lex.member_heads) and any(
        w.startswith(lex.aide_heads) and any(0 <= k < len(words) and _member_word(words[k], lex) for k in (i - 1, i + 1))
        for i, w in enumerate(words))


def _member_word(word: str, lex: TitleLexicon) -> bool:
    """A member's title in a case form (``депутата``, ``депутатының``), not an adjective (``депутатской``)."""
    return word.startswith(lex.member_heads) and is_title_word(word)


def _private_word(word: str, lex: TitleLexicon, weak: bool) -> bool:
    """A word of a private body, or (``weak``: no state body named) of an institution."""
    if lex.not_private and word.startswith(lex.not_private):
        return False  # Центрального командования, группировкой войск: no centre, no group
    return word.startswith(lex.private_bodies) or weak and word.startswith(lex.institutions)


def _names_state_body(title: str, lex: TitleLexicon) -> bool:
    """The title names a state body by a word that is no place name: a state abbreviation (``МЧС``),
    a capitalised ministry or body head (``Минобороны``), a lower-case state word (``правительства``);
    not ``Турции`` (a country is no body an institution belongs to)."""
    for word in re.findall(r"[\w-]+", title):
        low = _low(word)
        if word.isupper() and len(word) > 1:
            found = word in lex.state_abbreviations or is_state_org(word)
        elif word[:1].isupper():
            found = low.startswith(lex.ministry_stems) or low.startswith(lex.org_heads)
        else:
            found = is_state_org(low)
        if found:
            return True
    return False


def _head_of_other_abbreviation(title: str, lex: TitleLexicon) -> bool:
    """The title is a head word and one abbreviation that names no state or state body (``президент РФС``;
    not ``глава МИД``, ``президент США``)."""
    words = re.findall(r"[\w-]+", title)
    if len(words) != 2 or not is_title_word(words[0]) or not (words[1].isupper() and len(words[1]) > 1):
        return False
    abbr = words[1]
    return abbr not in lex.country_abbreviations and abbr not in lex.state_abbreviations and not is_state_org(abbr)


def _unit_of_named_body(title: str, words: list[str], lex: TitleLexicon) -> bool:
    """The title names a body in quote marks and no state body but units a company has too
    (``директор департамента ИК «Универ Капитал»``)."""
    if "«" not in title:
        return False
    state = [w for w in re.findall(r"[\w-]+", title) if is_state_org(w)]
    return bool(state) and all(_low(w).startswith(lex.unit_stems) for w in state)


def _names_state(word: str, states: tuple[str, ...]) -> bool:
    """The word names a state (``Украины``, ``США``), not an adjective of one (``Украинского института``)."""
    return any(word.startswith(s) and not re.match(r"[сц]к", word[len(s):]) for s in states)


def aide_of_official(title: str | None, people: Iterable[tuple[str, str | None]]) -> bool:
    """``title`` is an aide's (``пресс-секретарь Путина``, ``Хәбировтың ярҙамсыһы``) and names, in any case
    form, the surname of one of ``people`` (name, title) whose title is an official one.

    >>> aide_of_official("пресс-секретарь Путина", [("Владимир Путин", "президент России")])
    True
    >>> aide_of_official("советник Петрова", [("Иван Петров", "директор завода")])
    False
    """
    words = re.findall(r"[\w-]+", title or "")
    lex = lexicon()
    if not lex.aide_heads or not any(_low(w).startswith(lex.aide_heads) for w in words) or is_former_title(title):
        return False
    named = [_low(w) for w in words if w[:1].isupper() and not is_title_word(w)]
    return any(_surname_form(word, _low(name.split()[-1])) and is_official_title(ptitle) and not is_former_title(ptitle)
               for name, ptitle in people if name.split() for word in named)


def _surname_form(word: str, surname: str) -> bool:
    """``word`` is ``surname`` or a case form of it (``Путина``, ``Хәбировтың``): the surname and an ending."""
    return len(surname) > 3 and word.startswith(surname) and len(word) - len(surname) <= 4
