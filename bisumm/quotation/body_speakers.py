"""A quote's speaker when its author words name a body (``сообщили в Минфине``, ``— пишет издание``), or a post
signed in Latin letters: the reader's org branch of :meth:`bisumm.quotation.speakers.Speakers.speaker_of`."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..entities.names import expand_abbreviation
from ..entities.titles import body_of_capital, is_state_itself, lexicon
from .params import CONFIDENCE

if TYPE_CHECKING:  # pragma: no cover
    from ..entities.grammar import MentionGrammar
    from ..entities.mentions import Mention
    from ..entities.resolve import Entity
    from .speakers import Speakers

__all__ = ["org_speaker", "ORG_LOOKBACK", "CAPITAL_BODY_WINDOW"]

#: a capital speaking names a body of its state mentioned at most this many characters before it
CAPITAL_BODY_WINDOW = 1000
#: a generic body (``ведомство``) names one of the last this many organisations mentioned before it
ORG_LOOKBACK = 8


def org_speaker(reg: Speakers, m: Mention, g: MentionGrammar | None) -> tuple[str | None, str | None, float, Entity | None]:
    """Speaker, title, confidence and person of an organisation mention ``m`` read by ``reg``."""
    found, titles = reg.found, reg.titles
    ent = found.named(m) if m.name and len(m.name.split()) > 1 else None
    if m.name and g is not None and (spelled := _spelled(reg, m.name, g)) is not None:
        return spelled  # a post signed Brenda Barnes: Бренда Барнс of the text
    if ent is not None and ent.name == m.name:  # a post signed by a person of the text (— Алексей Пушков)
        return ent.name, found.title_at(ent, titles), CONFIDENCE.name_known, ent
    if m.name and g is not None and g.is_generic_body(m.name):  # ведомство → the body named before
        words = m.name.split()
        if len(words) == 2 and words[1].isupper() and len(words[1]) > 1 and \
                words[1] not in lexicon().country_abbreviations:  # в релизе ФСБ: the FSB's (not ведомство РФ)
            full = expand_abbreviation(reg.found_text, m.start, words[1]) if reg.found_text else None
            return g.body_nominative(full) if full else words[1], None, CONFIDENCE.organisation, None
        body = _medium(reg, m, g) or _body_before(reg, m, g) or (m.name if len(words) > 1 else reg.last_body)
        return body, None, CONFIDENCE.organisation if body else CONFIDENCE.unresolved, None
    medium = _medium(reg, m, g) if g is not None else None
    if medium:  # — сообщает издание: the medium named before
        return medium, None, CONFIDENCE.organisation, None
    full = expand_abbreviation(reg.found_text, m.start, m.name) if m.name and reg.found_text else None
    if full is not None and g is not None:  # в отчете СП ← Счетной палаты (СП)
        return g.body_nominative(full), None, CONFIDENCE.organisation, None
    return _capital_body(reg, m, g) or m.name, None, CONFIDENCE.organisation, None


def _spelled(reg: Speakers, latin: str, g: MentionGrammar) -> tuple[str | None, str | None, float, Entity | None] | None:
    """A signature in Latin letters (``Brenda Barnes``): the one person of the text whose name it spells,
    else the name it spells in the text; ``None`` if neither."""
    same = [e for e in reg.found.entities if g.spells(latin, e.name)]
    if len(same) == 1:
        return same[0].name, reg.found.title_at(same[0], reg.titles), CONFIDENCE.name_known, same[0]
    name = g.spelled_name(reg.found_text, latin) if not same else None
    return (name, None, CONFIDENCE.name_new, None) if name else None


def _medium(reg: Speakers, m: Mention, g: MentionGrammar) -> str | None:
    """A medium noun with no name of its own (``издание``, ``британская газета``): the medium named before
    (:meth:`Speakers.medium_of`)."""
    words = (m.name or "").split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return None
    return reg.medium_of(m.name, m.start, g, bare=None)


def _body_before(reg: Speakers, m: Mention, g: MentionGrammar) -> str | None:
    """The last organisation named before ``m`` by its own name (a few mentions back at most)."""
    i = bisect_left(reg.org_starts, m.start) - 1
    for k in range(i, max(-1, i - ORG_LOOKBACK), -1):
        name = reg.found.mentions[reg.orgs[k]].name
        if name and not g.is_generic_body(name):
            return name
    return None


def _capital_body(reg: Speakers, m: Mention, g: MentionGrammar | None) -> str | None:
    """A capital speaking (``Как подчеркнули в Баку``) shortly after a body of its state was named by its
    own name (``утверждают в минобороны Азербайджана``; not ``в военном ведомстве Азербайджана``): that body."""
    if not is_state_itself(m.name):
        return None
    i = bisect_left(reg.org_starts, m.start) - 1
    for k in range(i, max(-1, i - ORG_LOOKBACK), -1):
        body = reg.found.mentions[reg.orgs[k]]
        if m.start - body.start > CAPITAL_BODY_WINDOW:
            return None
        if body.name != m.name and body_of_capital(m.name or "", body.name) and \
                not (g is not None and g.is_generic_body(body.name or "")):
            return body.name
    return None
