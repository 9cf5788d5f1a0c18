"""Shuffled paragraphs: an official's role and the one untitled person quoted in the same block.

In a paragraph whose sentences come in any order, ``«П1», — тине Рөстәм Хәмитов`` and ``«П2», — тине
республика башлығы`` may stand in either order, so reading order cannot carry the title from the role
to the name. :func:`join_roles` does it per block once every quote has its speaker: when the block's
quotes name exactly one person the text gave no title, and others went to a singular official role
that named nobody, the role's quotes are that person's and the person's quotes carry the role's title.
A paragraph that quotes one untitled person and names the region's head, unnamed, as the subject of
a clause (``Артабан республика башлығы мәктәп менән танышты``) speaks of that person too. A reader of
the paragraph draws the same line; with two untitled people quoted, nobody can tell.

>>> import bisumm
>>> text = ("«Юлдар яңыртыла», — тине Рөстәм Хәмитов. Ауылда ҡар яуҙы. "
...         "«Мәктәптәр төҙөләсәк», — тине Башҡортостан Башлығы.")
>>> [(q.speaker, q.title, q.official) for q in bisumm.quotes(text, "ba")]
[('Рөстәм Хәмитов', 'Башҡортостан Башлығы', True), ('Рөстәм Хәмитов', 'Башҡортостан Башлығы', True)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..entities.mentions import Mention
from ..entities.titles import title_class
from .params import CONFIDENCE
from .records import Cand

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import QuoteGrammar

__all__ = ["join_roles"]


def join_roles(group: list[Cand], people: set[str], grammar: QuoteGrammar, text: str = "",
               roles: Sequence[Mention] = ()) -> None:
    """Within one block's quotes ``group``: the unresolved official roles go to the one untitled person
    quoted (``people``: the names of the text's persons); then each person's quotes share the fullest
    title any of them has."""
    open_roles = [c for c in group if _open_role(c, people, grammar)]
    untitled = {c.speaker for c in group if c.speaker in people and not c.title}
    titled = {c.speaker for c in group if c.speaker in people and c.title}
    if len(untitled) == 1 and not titled:
        person = untitled.pop()
        for c in open_roles:
            c.speaker = person
            c.confidence = min(c.confidence, CONFIDENCE.block_speaker)
        head = next((m for m in roles if _region_head(m, text, grammar)), None)
        if not open_roles and head is not None:  # Рөстәм Хәмитов … Артабан республика башлығы … танышты
            for c in group:
                if c.speaker == person:
                    c.title, c.official = head.title, True
    _share_titles(group, people)


def _region_head(m: Mention, text: str, grammar: QuoteGrammar) -> bool:
    """An unnamed head of the region that is the subject of its clause (``республика Башлығы … танышты``)."""
    return m.kind == "role" and title_class(m.title) == "region_head" and grammar.role_is_subject(text, m.stop)


def _share_titles(group: list[Cand], people: set[str]) -> None:
    """Every quote of a person in the block carries the fullest title one of their quotes got (a role
    read after the name in reading order gave it to the later quotes only)."""
    best: dict[str, Cand] = {}
    for c in group:
        if c.speaker in people and c.title and (c.speaker not in best or
                                                len(c.title.split()) > len(best[c.speaker].title.split())):  # type: ignore[union-attr]
            best[c.speaker] = c  # type: ignore[index]
    for c in group:
        source = best.get(c.speaker or "")
        if source is not None and not c.title:
            c.title, c.official = source.title, source.official


def _open_role(c: Cand, people: set[str], grammar: QuoteGrammar) -> bool:
    """A quote given to a singular official role that names no person (``— тине республика башлығы``)."""
    m = c.mention
    return m is not None and m.kind == "role" and c.official and bool(c.speaker) and \
        c.speaker not in people and not grammar.is_plural_role(c.speaker or "")
