"""People of a text: the records of the entity layer and its two name passes.

* ``exact_name`` (:func:`exact_names`): name mentions with the same full name are one person;
* ``surname_gender`` (:func:`group_surnames`): a name that shares the surname (and a compatible first
  name and gender) joins that person; a first name with a patronymic joins the one person with that first
  name and a surname; the fullest name names the person.

>>> from bisumm.entities.mentions import Mention
>>> ms = (Mention(0, 13, "name", "Радий Хабиров", None), Mention(20, 27, "name", "Хабиров", None))
>>> entities, links = group_surnames(ms, exact_names(ms))
>>> [e.name for e in entities], [link.rule for link in links]
(['Радий Хабиров'], ['exact_name', 'surname_gender'])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .mentions import Mention
from .names import name_pattern
from .titles import lexicon

__all__ = ["Link", "Entity", "surname_key", "exact_names", "group_surnames", "same_person", "case_form_of", "fold"]


class Link(NamedTuple):
    """Mention ``mention`` refers to entity ``entity``, by pass ``rule``; a ``role_noun`` link to a
    person who had no title yet keeps the role's ``title``."""

    mention: int
    entity: int
    rule: str
    title: str | None = None


@dataclass(frozen=True)
class Entity:
    """A person of the text: fullest name, first title, gender and the ids of its name mentions."""

    id: int
    name: str
    title: str | None
    gender: str
    mentions: tuple[int, ...]


def surname_key(name: str) -> str:
    """The matching key of a person name: its last word, lower-cased, ``ё`` folded."""
    words = name.split()
    return fold(words[-1]) if words else ""


def fold(word: str) -> str:
    """``word`` lower-cased with ``ё`` folded: how names are compared."""
    return word.lower().replace("ё", "е")


def _initial(name: str) -> str:
    """The folded first letter of a name's surname: two names :func:`same_person` may join share it
    (the same surname key, or a bare case form that starts with the other surname)."""
    return surname_key(name)[:1]


def case_form_of(word: str, surname: str, cases: tuple[str, ...]) -> bool:
    """``word`` is ``surname`` with one of the surname case endings ``cases`` (``нехаммера``, ``нехаммер``)."""
    return word.startswith(surname) and word[len(surname):] in cases


def same_person(name: str, gender: str, entities: tuple[Entity, ...] | list[Entity]) -> Entity | None:
    """The first person with the surname of ``name`` whose first name does not differ (one of the two
    is a bare surname, or their first words agree), preferring one whose gender does not clash
    (a bare surname's gender is only guessed from its ending)."""
    key = surname_key(name)
    words = name.split()
    same = [e for e in entities if surname_key(e.name) == key and
                    (len(words) == 1 or len(e.name.split()) == 1 or _first_agree(words[0], e.name.split()[0])) or
            _bare_case_form(words, e.name.split())]
    agreeing = [e for e in same if not (gender and e.gender and gender != e.gender)]
    return (agreeing or same or [None])[0]


def exact_names(mentions: tuple[Mention, ...]) -> dict[str, list[int]]:
    """Pass ``exact_name``: name mentions grouped by their full name, in order of first mention."""
    people: dict[str, list[int]] = {}
    for k, m in enumerate(mentions):
        if m.kind == "name" and m.name:
            people.setdefault(m.name, []).append(k)
    return people


def group_surnames(mentions: tuple[Mention, ...], people: dict[str, list[int]]) -> tuple[tuple[Entity, ...], list[Link]]:
    """Pass ``surname_gender``: a name joins the first earlier person with its surname and a
    compatible first name and gender; the fullest name (most words, first of equals) names it."""
    groups: list[Entity] = []  # provisional: name of the group's first mention, gender, member names
    members: list[list[str]] = []
    by_initial: dict[str, list[int]] = {}  # a surname's first letter → the groups it may join (in order)
    for name in people:
        gender = next((mentions[k].gender for k in people[name] if mentions[k].gender), "")
        initial = _initial(name)
        found = same_person(name, gender, [groups[i] for i in by_initial.get(initial, ())
                                            if all(same_person(n, gender, [Entity(-1, name, None, "", ())])
                                                   for n in members[i])])
        if found is None:
            by_initial.setdefault(initial, []).append(len(groups))
            groups.append(Entity(len(groups), name, None, gender, ()))
            members.append([name])
        else:
            members[found.id].append(name)
    members = _first_name_only(_patronymic_names(members))
    entities, links = [], []
    for eid, group in enumerate(members):
        ids = sorted(k for name in group for k in people[name])
        fullest = group[0]
        for k in ids:
            if _fullness(mentions[k].name) > _fullness(fullest):  # type: ignore[arg-type]
                fullest = mentions[k].name  # type: ignore[assignment]
        fullest = _with_surname(fullest, group)
        gender = next((mentions[k].gender for k in ids if mentions[k].gender), "")
        entities.append(Entity(eid, fullest, None, gender, tuple(ids)))
        links += [Link(k, eid, "exact_name" if mentions[k].name == group[0] else "surname_gender") for k in ids]
    return tuple(entities), links


def _bare_case_form(a: list[str], b: list[str]) -> bool:
    """One name is a bare surname in a case form of the other's surname (``Сердюка``, ``Виталий Сердюк``:
    a name the case rules left in the genitive), and no surname in its own base form (``Баталова`` may be
    a woman, not ``Алексей Баталов``'s genitive)."""
    if len(a) == 1 and len(b) > 1 or len(b) == 1 and len(a) > 1:
        bare, full = (fold(a[0]), fold(b[-1])) if len(a) == 1 else (fold(b[0]), fold(a[-1]))
        lex = lexicon()
        return case_form_of(bare, full, lex.surname_cases) and not bare.endswith(lex.surname_bases)
    return False


def _fullness(name: str) -> tuple[int, int]:
    """How full a name is: its words, then those that are no initial (``Рамил Бикбаев`` over ``Р. Бикбаев``)."""
    words = name.split()
    return len(words), sum(not w.endswith(".") for w in words)


def _first_agree(a: str, b: str) -> bool:
    """Two first names agree: the same, or one is the other's initial (``Р.`` and ``Рамил``)."""
    a, b = fold(a), fold(b)
    if a.endswith(".") or b.endswith("."):
        return a[:1] == b[:1]
    return a == b


def _patronymic_only(name: str) -> bool:
    """``Ирек Ишмөхәмәт улы``, ``Елена Михайловна``: a first name and a patronymic no surname could be
    (``Юрий Шухевич`` may be a surname: ``-вич`` ends surnames too)."""
    words = name.split()
    last = words[-1].lower()
    return len(words) >= 2 and bool(name_pattern("PATRONYMIC").search(last)) and \
        not name_pattern("SURNAME").search(last)


def _patronymic_names(members: list[list[str]]) -> list[list[str]]:
    """A person named only by first name and patronymic joins the one person of the text with that
    first name and a surname (``Ирек Ишмөхәмәт улы`` → ``Ирек Ялалов``); two such people: no link."""
    merged = [list(group) for group in members]
    for i, group in enumerate(members):
        if not all(_patronymic_only(n) for n in group):
            continue
        first = fold(group[0].split()[0])
        hosts = [j for j, other in enumerate(merged) if j != i and other and any(
            not _patronymic_only(n) and len(n.split()) >= 2 and fold(n.split()[0]) == first for n in other)]
        if len(hosts) == 1:
            merged[hosts[0]] += merged[i]
            merged[i] = []
    return [group for group in merged if group]


def _first_name_only(members: list[list[str]]) -> list[list[str]]:
    """A person named only by one word that is the first word of one other person's full name and
    nobody's surname (``Анастасия`` after ``Анастасия Иванова``) joins that person; two such people
    (``Светлана Ромашина``, ``Светлана Колесниченко``): no link."""
    merged = [list(group) for group in members]
    surnames = {surname_key(n) for g in members for n in g if len(n.split()) > 1}  # (a one-word group adds none)
    for i, group in enumerate(members):
        words = {fold(n) for n in group}
        if len(words) != 1 or any(len(n.split()) != 1 for n in group) or next(iter(words)) in surnames:
            continue
        first = next(iter(words))
        hosts = [j for j, other in enumerate(merged) if j != i and other and any(
            len(n.split()) >= 2 and fold(n.split()[0]) == first for n in other)]
        if len(hosts) == 1:
            merged[hosts[0]] += merged[i]
            merged[i] = []
    return [group for group in merged if group]


def _with_surname(fullest: str, group: list[str]) -> str:
    """A patronymic name completed by the surname the same person has elsewhere (``Ирек Ишмөхәмәт улы
    Ялалов``)."""
    patronymic = next((n for n in group if _patronymic_only(n)), None)
    surnames = [n.split()[-1] for n in group if not _patronymic_only(n) and len(n.split()) >= 2]
    if patronymic is None or not surnames:
        return fullest
    full = f"{patronymic} {surnames[0]}"
    return full if len(full.split()) > len(fullest.split()) else fullest
