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
                           "state_names", "always_official", "private_bodies", "institutions", "learned_bodies", "not_private", "aide_heads", "member_heads", "membership_heads", "unit_stems", "naming_stems", "place_stems",
                           "org_heads", "former_prefixes", "former_words", "state_body_heads", "not_state", "body_heads", "generic_heads", "surname_endings", "surname_cases", "surname_bases", "patronymic_endings",
                           "patronymic_cases")}
    sets = {name: frozenset().union(*(getattr(lex, name) for lex in lexicons))
            for name in ("not_title_exact", "object_pronouns", "person_nouns", "stop_words", "chain_preps", "named_preps", "posting_preps", "quoted_preps", "chain_phrases",
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


def _head_stem(word: str) -> str:
    """The class of a title head with no rule of its own: its shortest title or role stem, so that every
    case form of it is one class (``судья``, ``судьи`` → ``судь``); its first five letters otherwise."""
    lex = lexicon()
    stems = [s for s in lex.title_stems + lex.role_stems if word.startswith(s) and len(s) > 2]
    return min(stems, key=len) if stems else word[:5]


def _private_word(word: str, lex: TitleLexicon, weak: bool) -> bool:
    """A word of a private body or a learned one, or (``weak``: no state body named) of an institution."""
    if lex.not_private and word.startswith(lex.not_private):
        return False  # Центрального командования, группировкой войск: no centre, no group
    return word.startswith(lex.private_bodies) or word.startswith(lex.learned_bodies) or \
        weak and word.startswith(lex.institutions)


#: what follows a state's stem in an adjective or a noun for its people (``Украинского``, ``россиянина``,
#: ``украинка``, ``дагестанец``), which names no state
_DEMONYM = re.compile(r"[сц]к|ьск|нск|ян|ец|цы|цев|к[аиуео]")


def _names_state(word: str, states: tuple[str, ...]) -> bool:
    """The word names a state (``Украины``, ``США``), not an adjective of one (``Украинского института``)."""
    return any(word.startswith(s) and not _DEMONYM.match(word[len(s):]) for s in states)


# the official decision lives in ``officials`` (it reads the word rules above); these names stay importable here
from . import officials as _officials  # noqa: E402


def is_official_title(title: str | None) -> bool:
    """See :func:`bisumm.entities.officials.is_official_title`."""
    return _officials.is_official_title(title)


def is_former_title(title: str | None) -> bool:
    """See :func:`bisumm.entities.officials.is_former_title`."""
    return _officials.is_former_title(title)


def aide_of_official(title: str | None, people: Iterable[tuple[str, str | None]]) -> bool:
    """See :func:`bisumm.entities.officials.aide_of_official`."""
    return _officials.aide_of_official(title, people)
