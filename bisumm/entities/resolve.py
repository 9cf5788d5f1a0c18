"""Who the mentions of a text are: clusters built by ordered, named passes, never by mutation.

The passes run in :data:`PASSES` order over the mentions of the whole text (found once, block by
block); each link records the pass that made it, as ``Quote.pattern`` records its rule:

* ``exact_name``: mentions with the same full name are one person;
* ``surname_gender``: a name that shares the surname (and a compatible first name and gender)
  joins that person (``Хабиров`` → ``Радий Хабиров``); two first names stay two people;
* ``apposition_title``: a person's title is the first title its mentions give
  (``Радий Хабиров, глава региона``; ``Глава Башкортостана Радий Хабиров``);
* ``role_noun``: a role (``глава региона``, ``илсе``) names the last person with that kind of
  title, else the last person named just before it who had no title (the link keeps the role);
* ``pronoun``: ``он``, ``она``, ``ул`` name the last person of a compatible gender.

Each pass reads the links of the passes before it and adds its own; nothing it reads changes.

>>> from bisumm.document import Document
>>> doc = Document.from_text("Глава Башкортостана Радий Хабиров открыл форум. Потом он уехал. Хабиров вернулся.")
>>> [(e.name, e.title) for e in doc.entities.entities]
[('Радий Хабиров', 'Глава Башкортостана')]
>>> [(doc.entities.mentions[k.mention].surface, k.rule) for k in doc.entities.links]
[('Глава Башкортостана Радий Хабиров', 'exact_name'), ('он', 'pronoun'), ('Хабиров', 'surname_gender')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from .blocks import BlockSpan
from .mentions import Mention
from .titles import is_title_word, lexicon, title_class
from .people import (Entity, Link, case_form_of, exact_names, fold, group_surnames, same_person,
                     surname_key)

__all__ = ["PASSES", "Link", "Entity", "Entities", "resolve_mentions", "surname_key"]

#: the passes, in the order they run
PASSES = ("exact_name", "surname_gender", "apposition_title", "role_noun", "pronoun")
_NAME_RULES = frozenset(PASSES[:2])
#: title classes whose role mention may name the untitled person just before it
ROLE_HEADS = frozenset({"region_head", "minister", "premier", "mayor"})
#: a role names an untitled person mentioned at most this many characters before it
UNTITLED_WINDOW = 300
#: a one-word role names a person whose title has that word within this many characters before it
ROLE_WORD_WINDOW = 600


@dataclass(frozen=True)
class Entities:
    """Mentions of a text (their ids are their positions), the people they name and the links."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    links: tuple[Link, ...]
    #: the blocks the mentions were read in (spans and languages)
    blocks: tuple[BlockSpan, ...] = ()
    _by_mention: dict[int, Link] = field(default_factory=dict, repr=False, compare=False)
    _named: list[int] = field(default_factory=list, repr=False, compare=False)        # name mention ids
    _named_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _roles: list[int] = field(default_factory=list, repr=False, compare=False)        # unnamed role ids
    _role_stops: list[int] = field(default_factory=list, repr=False, compare=False)
    _by_surname: dict[str, list[Entity]] = field(default_factory=dict, repr=False, compare=False)
    _by_class: dict[str, list[Entity]] = field(default_factory=dict, repr=False, compare=False)
    _by_name: dict[str, Entity] = field(default_factory=dict, repr=False, compare=False)  # every name used

    def __post_init__(self) -> None:
        self._by_mention.update((link.mention, link) for link in self.links)
        for k, m in enumerate(self.mentions):
            link = self._by_mention.get(k)
            if m.kind == "name" and link is not None and link.rule in _NAME_RULES:
                self._named.append(k)
                self._named_starts.append(m.start)
            elif m.kind == "role" and m.title:
                self._roles.append(k)
        self._role_stops.extend(self.mentions[k].stop for k in self._roles)
        for ent in self.entities:
            self._by_surname.setdefault(surname_key(ent.name), []).append(ent)
            self._by_name.update((self.mentions[k].name, ent) for k in ent.mentions if self.mentions[k].name)
            cls = title_class(ent.title)
            if cls is not None:
                self._by_class.setdefault(cls, []).append(ent)

    def link_of(self, mention_id: int) -> Link | None:
        """The link of a mention, or ``None`` when it names nobody known."""
        return self._by_mention.get(mention_id)

    def people_before(self, pos: int) -> Iterator[tuple[int, Entity]]:
        """``(start, entity)`` of the name mentions before ``pos``, latest first."""
        for i in range(bisect_left(self._named_starts, pos) - 1, -1, -1):
            k = self._named[i]
            yield self.mentions[k].start, self.entities[self._by_mention[k].entity]

    def title_at(self, entity: Entity, extra: Mapping[int, str] | None = None) -> str | None:
        """The entity's title: its own, else one a reader gave it (``extra``, by entity id)."""
        if entity.title is not None or extra is None:
            return entity.title
        return extra.get(entity.id)

    def named(self, m: Mention) -> Entity | None:
        """The person a name mention belongs to: the same full name, else the same surname."""
        if not m.name:
            return None
        if m.name in self._by_name:
            return self._by_name[m.name]
        same = self._by_surname.get(surname_key(m.name), [])
        exact = [e for e in same if e.name == m.name]
        if exact:
            return exact[0]
        return same_person(m.name, m.gender, same) or self._by_first_name(m.name) or self._by_case_form(m.name)

    def case_form_person(self, name: str) -> Entity | None:
        """The one person named in full whose surname the single word ``name`` is a case form of."""
        return self._by_case_form(name)

    def _by_case_form(self, name: str) -> Entity | None:
        """The one person whose surname a single word is in a case form (``Нехаммера`` → ``Карл Нехаммер``:
        the surname and one of the language's surname case endings)."""
        if len(name.split()) != 1:
            return None
        key, cases = surname_key(name), lexicon().surname_cases
        found = [e for surname, same in self._by_surname.items() if case_form_of(key, surname, cases)
                 for e in same if len(e.name.split()) > 1]  # (the surname keys built once, in __post_init__)
        return found[0] if len(found) == 1 else None

    def _by_first_name(self, name: str) -> Entity | None:
        """The one person of the text whose full name starts with the single word ``name`` (``— продолжила
        Анна`` → ``Анна Старшенбаум``); ``None`` for several, or a name of more words."""
        if len(name.split()) != 1:
            return None
        first = fold(name)
        found = [e for e in self.entities if len(e.name.split()) > 1 and fold(e.name.split()[0]) == first]
        return found[0] if len(found) == 1 else None

    def last_before(self, pos: int, gender: str = "", cls: str | None = None,
                    extra: Mapping[int, str] | None = None) -> Entity | None:
        """The last person mentioned before ``pos`` matching a gender and a title class."""
        for _, ent in self.people_before(pos):
            if gender and ent.gender and ent.gender != gender:
                continue
            if cls is not None and title_class(self.title_at(ent, extra)) != cls:
                continue
            return ent
        return None

    def only_with_class(self, cls: str) -> Entity | None:
        """The one person of the text whose own title has class ``cls`` (named anywhere), or ``None``
        when there is none or several: a role read before its person is named (shuffled or cataphoric)."""
        found = self._by_class.get(cls, [])
        return found[0] if len(found) == 1 else None

    def only_person_in(self, start: int, stop: int) -> Entity | None:
        """The one person named in ``text[start:stop]`` (a block), or ``None`` when none or several are."""
        people = self.people_in(start, stop)
        return people[0] if len(people) == 1 else None

    def people_in(self, start: int, stop: int) -> list[Entity]:
        """The people named in ``text[start:stop]`` (a block), each once, in order of their first mention."""
        lo, hi = bisect_left(self._named_starts, start), bisect_left(self._named_starts, stop)
        ids = dict.fromkeys(self._by_mention[k].entity for k in self._named[lo:hi])
        return [self.entities[i] for i in ids]

    def last_with_word(self, pos: int, stem: str, extra: Mapping[int, str] | None = None,
                       window: int = ROLE_WORD_WINDOW) -> Entity | None:
        """The last person shortly before ``pos`` whose title has a word starting with ``stem``."""
        for start, ent in self.people_before(pos):
            if start < pos - window:
                return None
            title = (self.title_at(ent, extra) or "").lower()
            if any(w.startswith(stem) for w in title.split()):
                return ent
        return None

    def last_with_qualifiers(self, pos: int, title: str, extra: Mapping[int, str] | None = None) -> Entity | None:
        """The last person before ``pos`` whose title has every qualifier of the role ``title`` (its words
        that are no title head: ``глава Турции`` → the ``президент Турции``); ``None`` without qualifiers."""
        stems = [w[:5] for w in re.findall(r"[^\W\d_]{4,}", fold(title)) if not is_title_word(w)]
        abbreviations = [fold(w) for w in re.findall(r"\b[^\W\d_a-zа-яё]{2,3}\b", title)]  # президент РМ
        if not stems and not abbreviations:
            return None
        for _, ent in self.people_before(pos):
            words = re.findall(r"[^\W\d_]+", fold(self.title_at(ent, extra) or ""))
            if all(any(w.startswith(s) for w in words) for s in stems) and all(a in words for a in abbreviations):
                return ent
        return None

    def untitled_before(self, pos: int, extra: Mapping[int, str] | None = None,
                        window: int = UNTITLED_WINDOW) -> Entity | None:
        """The person named last before ``pos``, if shortly before and without a title."""
        for start, ent in self.people_before(pos):
            return ent if self.title_at(ent, extra) is None and pos - start <= window else None
        return None

    def position(self, ent: Entity, before: int) -> int:
        """Where ``ent`` was last named before ``before`` (-1 if not)."""
        return max((start for start, e in self.people_before(before) if e.id == ent.id), default=-1)

    def last_role_person(self, pos: int) -> tuple[int, Entity] | None:
        """``(start, person)`` of the last role mention ending by ``pos`` when a pass linked it to a person
        (``Глава Пентагона прибыл`` after ``главы Пентагона Джеймса Мэттиса``)."""
        i = bisect_right(self._role_stops, pos) - 1
        link = self._by_mention.get(self._roles[i]) if i >= 0 else None
        return (self.mentions[self._roles[i]].start, self.entities[link.entity]) if link is not None else None

    def last_role(self, pos: int) -> Mention | None:
        """The last unnamed role mention (``проходивший мимо рыбак``) ending by ``pos``."""
        i = bisect_right(self._role_stops, pos) - 1
        return self.mentions[self._roles[i]] if i >= 0 else None


def resolve_mentions(mentions: tuple[Mention, ...], blocks: tuple[BlockSpan, ...] = ()) -> Entities:
    """Run :data:`PASSES` over the mentions of a text (in text order)."""
    people = exact_names(mentions)
    entities, links = group_surnames(mentions, people)
    entities = _apposition_titles(mentions, entities)
    partial = Entities(mentions, entities, tuple(links))
    links += _role_nouns(partial)
    partial = Entities(mentions, entities, tuple(links))
    links += _pronouns(partial)
    links.sort(key=lambda link: link.mention)
    return Entities(mentions, entities, tuple(links), blocks)


def _apposition_titles(mentions: tuple[Mention, ...], entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Pass ``apposition_title``: a person's title is the first title its name mentions carry."""
    return tuple(Entity(e.id, e.name, next((mentions[k].title for k in e.mentions if mentions[k].title), None),
                        e.gender, e.mentions) for e in entities)


def _role_nouns(found: Entities) -> list[Link]:
    """Pass ``role_noun``: a role names the last person with its kind of title, else a person whose
    title has its one word, else (heads, ministers, mayors) the untitled person just before it."""
    links: list[Link] = []
    for k, m in enumerate(found.mentions):
        if m.kind != "role" or not m.title:
            continue
        cls = title_class(m.title)
        ent = found.last_before(m.start, cls=cls) if cls else None
        if ent is None and len(m.title.split()) == 1:
            ent = found.last_with_word(m.start, m.title.lower()[:5])
        if ent is not None:
            links.append(Link(k, ent.id, "role_noun"))
            continue
        ent = found.untitled_before(m.start) if cls in ROLE_HEADS else None
        if ent is not None:
            links.append(Link(k, ent.id, "role_noun", m.title))
    return links


def _pronouns(found: Entities) -> list[Link]:
    """Pass ``pronoun``: a personal pronoun names the last person of a compatible gender."""
    links = []
    for k, m in enumerate(found.mentions):
        if m.kind == "pronoun":
            ent = found.last_before(m.start, m.gender)
            if ent is not None:
                links.append(Link(k, ent.id, "pronoun"))
    return links
