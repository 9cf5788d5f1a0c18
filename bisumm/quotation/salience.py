"""Which person a pronoun takes: salience, not recency alone.

In shuffled sentences (Bashkir native news) the last name before ``ул`` says little; the person the block
names most often is the better choice (:func:`most_named`). In ordered text a pronoun takes the last
subject rather than a name in an oblique case (:func:`pronoun_subject`).

>>> from bisumm.document import Document
>>> doc = Document.from_text("Иван Петров пришёл. Петров сел. Анна Смирнова ушла.")
>>> most_named(doc.entities, 0).name
'Иван Петров'
"""

from __future__ import annotations

from collections.abc import Callable

from ..entities.resolve import Entities, Entity

__all__ = ["most_named", "pronoun_subject", "agreeing", "bracketed", "clash"]

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


def pronoun_subject(found: Entities, text: str, pos: int, gender: str, oblique: Callable[[Entity, int], bool],
                    lookback: int, latin_unsure: bool = False) -> Entity | None:
    """The person a pronoun (or a role) at ``pos`` takes in ordered text: of the last ``lookback`` name
    mentions of its gender, the first not ``oblique`` (the subject ``Андрей Климов``, not ``кандидата …
    Джо Байдена``), else the last person of its gender. Names in Latin letters show no case and are as
    often a medium or a company read as a person (``Al Jazeera``, ``News Arabia``): they are passed over,
    or with ``latin_unsure`` one among the last ``lookback`` mentions leaves the subject unknown
    (``None``) and the fallback may be one (``The Daily Telegraph передаёт``: who is meant is unsure)."""
    last = None
    for n, (start, ent) in enumerate(found.people_before(pos)):
        latin = text[start:start + 1].isascii()
        if latin and latin_unsure and n < lookback:
            return None
        if agreeing(ent, gender) is None or latin and not latin_unsure:
            continue
        last = last or ent
        if n >= lookback:
            break
        if not oblique(ent, start):
            return ent
    return last


def agreeing(ent: Entity | None, gender: str) -> Entity | None:
    """``ent`` unless its gender clashes with the role's (``актриса`` is no man)."""
    return None if ent is not None and gender and ent.gender and ent.gender != gender else ent


def not_complement(ent: Entity | None, role: str | None, found: Entities) -> Entity | None:
    """``ent`` unless a word of the role after its head is a case form of ``ent``'s surname: the role complements
    that person (``помощник Мельникова`` is not Олег Мельников)."""
    if ent is None or not role:
        return ent
    return None if any(found.case_form_person(w) is ent for w in role.split()[1:] if w[:1].isupper()) else ent


def bracketed(text: str, pos: int) -> bool:
    """``pos`` stands inside round brackets opened in the same sentence."""
    opened = text.rfind("(", max(0, pos - 200), pos)
    return opened >= 0 and text.rfind(")", opened, pos) < 0 and not any(c in text[opened:pos] for c in ".!?")


def clash(a: str, b: str) -> bool:
    """Two genders that are both known and differ."""
    return bool(a and b and a != b)
