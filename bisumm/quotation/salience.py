"""Salience of the people of a block: in shuffled sentences (Bashkir native news) the last name before a
pronoun says little about who ``ул`` is; the person the block names most often is the better choice.

>>> from bisumm.document import Document
>>> doc = Document.from_text("Иван Петров пришёл. Петров сел. Анна Смирнова ушла.")
>>> most_named(doc.entities, 0).name
'Иван Петров'
"""

from __future__ import annotations

from ..entities.resolve import Entities, Entity

__all__ = ["most_named"]

#: the most named person of a block must be named at least this many times (unannotated ba dev text)
MIN_MENTIONS = 2


def most_named(found: Entities, pos: int) -> Entity | None:
    """The person the block holding ``pos`` names more often than any other person (and at least
    :data:`MIN_MENTIONS` times), else ``None``."""
    block = next((b for b in found.blocks if b.start <= pos < b.stop), None)
    if block is None:
        return None
    start, stop = block.start, block.stop
    counts = sorted(((sum(start <= found.mentions[k].start < stop for k in e.mentions), e)
                     for e in found.people_in(start, stop)), key=lambda c: -c[0])
    if not counts or counts[0][0] < MIN_MENTIONS or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]
