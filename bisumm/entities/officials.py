"""Whether a title marks a state official: the holder's posts (a chain split at commas and at a former
word), a private body before a state one, a member's aide, a head of a «»-named or Latin-named body.

>>> is_official_title("директор санатория «Ассы»"), is_official_title("министр здравоохранения")
(False, True)
"""

from __future__ import annotations

import re
from typing import Iterable

from ..lang.lexicon import TitleLexicon
from .titles import (_low, _names_state, _private_word, is_place_word, is_role_word, is_state_org, is_title_word,
                     lexicon, title_class)

__all__ = ["is_official_title", "is_former_title", "aide_of_official"]

#: title classes that are public offices whatever words qualify them
#: title classes that are public offices whatever words qualify them
_OFFICIAL_CLASSES = frozenset({"deputy_premier", "premier", "deputy_minister", "mayor", "district_head",
                               "region_head", "ambassador", "minister", "parliament_chair", "deputy", "prosecutor"})


def is_former_title(title: str | None) -> bool:
    """A title its holder no longer holds (``бывший посол``, ``экс-премьер``, ``АҠШ-тың экс-президенты``):
    in every post of the chain that has a head, a former word first or right before a title head (``бывший
    президент «Рубина», мэр Казани`` and ``депутат Госдумы и бывший боксёр`` hold office now)."""
    chain = [post for post in posts(title or "") if any(is_title_word(w) for w in re.findall(r"[\w-]+", post))]
    if len(chain) > 1:
        return all(_former_post(post) for post in chain)
    return _former_post(title or "")


def _former_post(title: str) -> bool:
    """One post is a former one: a former word first or right before a title head, or a word of retirement."""
    words = re.findall(r"[\w-]+", _low(title))
    lex = lexicon()
    if any(w.startswith(lex.former_words) for w in words):  # (no former words: startswith(()) is False)
        return True  # генерал-лейтенант армии США в отставке
    return bool(words) and (words[0].startswith(lex.former_prefixes) or
                            any(_former_word(words, i, lex) for i in range(len(words))))


def _former_word(words: list[str], i: int, lex: TitleLexicon) -> bool:
    """``words[i]`` makes the title after it a former one (``экс-премьер``, ``бывший посол``; not ``эксперт``)."""
    w = words[i]
    return w.startswith(lex.former_prefixes) and ("-" in w or i + 1 < len(words) and is_title_word(words[i + 1]))


def posts(title: str) -> list[str]:
    """The posts of a title chain: its comma parts, each cut again before a former word that does not open it
    (``депутат Госдумы и бывший боксёр`` → ``депутат Госдумы и``, ``бывший боксёр``).

    >>> posts("депутат Госдумы и бывший боксёр"), posts("бывший президент «Рубина», мэр Казани")
    (['депутат Госдумы и', 'бывший боксёр'], ['бывший президент «Рубина»', 'мэр Казани'])
    """
    lex, out = lexicon(), []
    for part in title.split(","):
        found = list(re.finditer(r"[\w-]+", part))
        low = [_low(m.group()) for m in found]
        cuts = [m.start() for i, m in enumerate(found) if i > 0 and _former_word(low, i, lex)]
        out += [piece.strip() for piece in (part[a:b] for a, b in zip([0] + cuts, cuts + [len(part)])) if piece.strip()]
    return out


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
    """``word`` (at ``i``) names a unit any body has (``совет``, ``комитет``, ``департамент``) and a private body
    stands beside it, after it (``председатель координационного совета Профессиональной гильдии психологов``) or,
    as Bashkir puts the possessor first, before it (``… университетының Стратегик үҫеш департаменты етәксеһе``):
    the unit is that body's."""
    return word.startswith(lex.unit_stems) and any(k != i for k in private)


def _private_before_state(words: list[str], lex: TitleLexicon, weak: bool) -> bool:
    """A private or public body comes before any state body in the title (``председатель Союза женщин
    России``, ``Президент МОК``; not ``депутат Госдумы от партии``)."""
    private = next((k for k, w in enumerate(words) if _private_word(w, lex, weak)), None)
    return private is not None and not is_state_org(" ".join(words[:private]))


def is_official_title(title: str | None) -> bool:
    """Whether ``title`` marks a state official (heads, ministers, deputies, ambassadors, …).

    Generic heads (``директор``, ``руководитель``, ``етәксе``) count only with a state body.
    """
    if not title:
        return False
    parts = posts(title)
    if len(parts) > 1:  # министр …, член партии; депутат и бывший боксёр: each post on its own
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
    member = bool(lex.member_heads) and words[0].startswith(lex.member_heads)
    if not member and _head_of_named_body(title, lex):
        return False  # президент «Севильи», президент Bellator: a body named by its own name, no state
    weak = not _names_state_body(title, lex)
    body = _before_origin(words, lex) if member else words  # конгрессмен от Демократической партии
    body = _without_state_names(body, lex)  # председатель Банка России: the bank is the state's
    if _private_body(body, " ".join(body) if member else low, lex, weak) or _private_before_state(body, lex, weak):
        return False  # президент компании, председатель Союза женщин России (not депутат Госдумы от партии)
    if lex.membership_heads and words[0].startswith(lex.membership_heads):
        return any(_state_body_word(w, lex) for w in re.findall(r"[\w-]+", title)) or \
            _names_state_body_in_words(low, lex)  # член Госдумы, член Совета Федерации; not член сборной США
    if any(w.startswith(lex.always_official) for w in words) or title_class(title) in _OFFICIAL_CLASSES:
        return True
    if any(is_title_word(w) and not is_role_word(w) for w in words):
        return is_state_org(title) or any(_names_state(w, lex.state_names) for w in words) or \
            any(w in lex.country_abbreviations for w in re.findall(r"[\w-]+", title))  # (СК, ДНР as written)
    return False


#: a body's own name: in «» marks, or a word in Latin letters with a small letter (``Bellator``; not ``NASA``)
_OWN_NAME = re.compile(r"«[^»]*»?|\b[A-Za-z][A-Za-z&.-]*[a-z][A-Za-z&.-]*\b")


def _head_of_named_body(title: str, lex: TitleLexicon) -> bool:
    """The title's head is followed, right away or after one word, by a body's own name, with no state, country
    or state body in the rest (``президент «Севильи»``, ``спикер форума «…»``, ``президент Bellator``; not
    ``посол «доброй воли» ООН``, ``спецпредставитель в коалиции по борьбе с «…»``)."""
    name = _OWN_NAME.search(title)
    head = next((m for m in re.finditer(r"[\w-]+", title) if is_title_word(m.group()) and not is_role_word(m.group())),
                None)
    if name is None or head is None or head.end() > name.start() or len(title[head.end():name.start()].split()) > 1:
        return False
    rest = _OWN_NAME.sub(" ", title)
    words = re.findall(r"[\w-]+", rest)
    return not is_state_org(rest) and not any(_names_state(_low(w), lex.state_names) for w in words) and \
        not any(w in lex.country_abbreviations or w in lex.state_abbreviations for w in words)


def _before_origin(words: list[str], lex: TitleLexicon) -> list[str]:
    """A member's title up to the word that names where they come from (``конгрессмен от … партии``): the
    party they were elected for is no body they head."""
    cut = next((i for i, w in enumerate(words) if i > 0 and w in lex.named_preps), len(words))
    return words[:cut]


def _without_state_names(words: list[str], lex: TitleLexicon) -> list[str]:
    """``words`` with the private words inside a state body's name of several words blanked (``банка россии``:
    no private bank)."""
    joined, out = " ".join(words), list(words)
    for stem in (st.strip() for st in lex.state_stems if " " in st.strip()):
        for m in re.finditer(rf"(?:^|(?<= )){re.escape(stem)}", joined):
            first = joined[:m.start()].count(" ")
            for i in range(first, min(len(out), first + stem.count(" ") + 1)):
                out[i] = "" if _private_word(out[i], lex, False) else out[i]
    return out


def _state_body_word(word: str, lex: TitleLexicon) -> bool:
    """A word that names a state body by itself (``Госдумы``, ``МВД``, ``парламента``), not a council or
    court any body has (``совета``)."""
    low = _low(word)
    return low not in lex.state_words and is_state_org(word if word.isupper() else low)


def _names_state_body_in_words(low: str, lex: TitleLexicon) -> bool:
    """The lower-cased title holds a state body's name of several words (``совета федерации``), whose words
    each name none."""
    return any(" " in stem.strip() and re.search(rf"(?:^|\s){re.escape(stem.strip())}", low) for stem in lex.state_stems)


def _aide_of_member(words: list[str], lex: TitleLexicon) -> bool:
    """An aide's head next to a member of a body's title (``помощник депутата``, ``депутат ярҙамсыһы``)."""
    return bool(lex.member_heads) and any(
        w.startswith(lex.aide_heads) and any(0 <= k < len(words) and _member_word(words[k], lex) for k in (i - 1, i + 1))
        for i, w in enumerate(words))


def _member_word(word: str, lex: TitleLexicon) -> bool:
    """A member's title in a case form (``депутата``, ``депутатының``), not an adjective (``депутатской``)."""
    return word.startswith(lex.member_heads) and is_title_word(word)


def _names_state_body(title: str, lex: TitleLexicon) -> bool:
    """The title names a state body by a word that is no place name: a state abbreviation (``МЧС``),
    a capitalised ministry, body head or state body (``Минобороны``, ``Росгидромета``), a lower-case state word
    (``правительства``);
    not ``Турции`` (a country is no body an institution belongs to)."""
    for word in re.findall(r"[\w-]+", title):
        low = _low(word)
        if word.isupper() and len(word) > 1:
            found = word in lex.state_abbreviations or is_state_org(word)
        elif word[:1].isupper():
            found = low.startswith(lex.ministry_stems) or low.startswith(lex.org_heads) or \
                is_state_org(low) and not _names_state(low, lex.state_names) and not is_place_word(word)  # Росгидромета
        else:
            found = is_state_org(low)
        if found:
            return True
    return False


def _head_of_other_abbreviation(title: str, lex: TitleLexicon) -> bool:
    """The title is a head word and one abbreviation that names no state or state body, and perhaps the place the
    post is held in (``президент РФС``, ``представитель ВОЗ в России``; not ``глава МИД``, ``президент США``)."""
    words = re.findall(r"[\w-]+", title)
    cut = next((i for i, w in enumerate(words) if i > 1 and w in lex.posting_preps), len(words))
    words = words[:cut]
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
