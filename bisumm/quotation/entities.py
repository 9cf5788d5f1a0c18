"""Entities of a text: the people (and bodies) its mentions refer to, and how a mention resolves.

The :class:`Registry` keeps every named person in order of mention, merged by surname, plus the
unnamed role mentions (``проходивший мимо рыбак``); :func:`entity_for` turns a mention into
``(speaker, title, confidence)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .params import CONFIDENCE
from .speakers import Mention
from .titles import is_official_title, is_state_org, title_class

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import QuoteGrammar

__all__ = ["Entity", "Registry", "surname_key", "entity_for", "is_official"]


@dataclass
class Entity:
    """A person (or body) of the text: canonical name, title and where it was mentioned."""

    name: str
    title: str | None
    gender: str
    last: int

    @property
    def key(self) -> str:
        return surname_key(self.name)


def surname_key(name: str) -> str:
    """The matching key of a person name: its last word, lower-cased, ``ё`` folded."""
    return name.split()[-1].lower().replace("ё", "е") if name.split() else ""


class Registry:
    """Named people of a text in order of mention; resolves roles, pronouns and surnames."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.order: list[tuple[int, str]] = []  # (position, key)
        self.roles: list[Mention] = []          # unnamed role mentions, in order

    def add(self, mention: Mention) -> Entity | None:
        """Record a named mention (returns its entity, merged by surname) or an unnamed role."""
        if mention.kind == "role" and mention.title:
            self.roles.append(mention)
            return None
        if mention.kind != "name" or not mention.name:
            return None
        key = surname_key(mention.name)
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(mention.name, mention.title, mention.gender, mention.start)
            self.entities[key] = ent
        else:
            if len(mention.name.split()) > len(ent.name.split()):
                ent.name = mention.name
            ent.title = ent.title or mention.title
            ent.gender = ent.gender or mention.gender
        self.order.append((mention.start, key))
        return ent

    def untitled_before(self, pos: int, window: int = 300) -> Entity | None:
        """The last entity without a title mentioned shortly before ``pos`` (for role mentions)."""
        for start, key in reversed(self.order):
            if start < pos:
                ent = self.entities[key]
                return ent if ent.title is None and pos - start <= window else None
        return None

    def named(self, mention: Mention) -> Entity | None:
        return self.entities.get(surname_key(mention.name or ""))

    def last_before(self, pos: int, gender: str = "", cls: str | None = None) -> Entity | None:
        """The last entity mentioned before ``pos`` matching a gender and a title class."""
        for start, key in reversed(self.order):
            if start >= pos:
                continue
            ent = self.entities[key]
            if gender and ent.gender and ent.gender != gender:
                continue
            if cls is not None and title_class(ent.title) != cls:
                continue
            return ent
        return None

    def last_with_word(self, pos: int, stem: str, window: int = 600) -> Entity | None:
        """The last entity shortly before ``pos`` whose title has a word starting with ``stem``."""
        for start, key in reversed(self.order):
            if start < pos - window:
                return None
            title = (self.entities[key].title or "").lower()
            if start < pos and any(w.startswith(stem) for w in title.split()):
                return self.entities[key]
        return None

    def position(self, ent: Entity, before: int) -> int:
        """Where ``ent`` was last mentioned before ``before`` (-1 if not)."""
        return max((start for start, key in self.order if start < before and self.entities[key] is ent), default=-1)


def is_official(speaker: str | None, title: str | None, kind: str) -> bool:
    """An official title or a state body, as the text gives it (no outside knowledge of who is who)."""
    if kind == "org":
        return bool(speaker) and is_state_org(speaker)
    return is_official_title(title)


def entity_for(m: Mention, registry: Registry, g: QuoteGrammar | None) -> tuple[str | None, str | None, float]:
    if m.kind == "name":
        ent = registry.named(m)
        if ent is None:
            return m.name, m.title, CONFIDENCE.name_new
        return ent.name, m.title or ent.title, CONFIDENCE.name_known
    if m.kind == "org":
        return m.name, None, CONFIDENCE.organisation
    if m.kind == "pronoun":
        ent = registry.last_before(m.start, m.gender)
        return (ent.name, ent.title, CONFIDENCE.pronoun) if ent else (None, None, CONFIDENCE.unresolved)
    if m.kind == "person":
        return _person(m, registry, g)
    cls = title_class(m.title) if m.title else None
    ent = registry.last_before(m.start, cls=cls) if cls else None
    if ent is None and m.title and len(m.title.split()) == 1:  # ответил фермер ← владелец фермер Азат …
        ent = registry.last_with_word(m.start, m.title.lower()[:5])
    if ent is not None:
        return ent.name, m.title or ent.title, CONFIDENCE.role_resolved
    ent = registry.untitled_before(m.start) if cls in ("region_head", "minister", "premier", "mayor") else None
    if ent is not None:
        ent.title = m.title  # later pronouns of this person carry the title too
        return ent.name, m.title, CONFIDENCE.role_untitled
    role = m.title or m.surface
    if role and g is not None:
        role = g.role_name(role)
    return role, m.title, CONFIDENCE.role_alone


def _person(m: Mention, registry: Registry, g: QuoteGrammar | None) -> tuple[str | None, str | None, float]:
    """``— рассказал мужчина``: the last person mentioned before, named or only by a role."""
    ent = registry.last_before(m.start)
    role = next((r for r in reversed(registry.roles) if r.stop <= m.start), None)
    if role is not None and (ent is None or role.start > registry.position(ent, m.start)):
        title = role.title or ""
        return (g.role_name(title) if g is not None else title), None, CONFIDENCE.person_noun
    if ent is not None:
        return ent.name, ent.title, CONFIDENCE.person_noun
    return m.surface, None, CONFIDENCE.unresolved
