"""A quote's speaker from its mention, through the text's entities (:mod:`bisumm.entities`).

:meth:`Speakers.speaker_of` turns the mention in a quote's author words into ``(speaker, title,
confidence)``: a name takes its person's fullest name, a role or pronoun the person it names,
an organisation speaks for itself; :func:`is_official` flags officials and state bodies. A role
speaker that names a person the text gave no title (``— тине республика Башлығы`` after
``Радий Хәбиров``) gives that person its title for the quotes read after it; the titles are
the reader's own record (:attr:`Speakers.titles`), the entities are never changed.

>>> from bisumm.document import Document
>>> doc = Document.from_text("Министр Иван Петров открыл школу. «Всё готово», — сказал министр.")
>>> Speakers(doc.entities).speaker_of(doc.entities.mentions[-1], None)
Resolved(speaker='Иван Петров', title='Министр', confidence=0.75, official=True)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from ..entities.resolve import ROLE_HEADS, Entities, Entity
from ..entities.names import expand_abbreviation
from ..entities.titles import (aide_of_official, is_former_title, is_official_title, is_role_word, is_state_itself, is_state_org,
                               is_title_word, same_office, title_class)
from .body_speakers import ORG_LOOKBACK, org_speaker
from .params import CONFIDENCE
from .salience import (agreeing as _agreeing, bracketed as _bracketed, clash as _clash, most_named, not_complement,
                       pronoun_subject)

if TYPE_CHECKING:  # pragma: no cover
    from ..entities.grammar import MentionGrammar
    from ..entities.mentions import Mention

__all__ = ["Speakers", "Resolved", "is_official", "ORG_LOOKBACK", "SPEAKER_WINDOW"]

#: an abbreviation inside a title (``директор РГАЛИ``)
_ABBREVIATION = re.compile(r"(?<!\w)[А-ЯЁA-Z]{2,6}(?!\w)")
#: a pronoun this close (characters) after the last quote's speaker mention refers to that speaker
SPEAKER_WINDOW = 300
#: a salient role looks this many name mentions back for a subject (a name in the base form)
SUBJECT_LOOKBACK = 3


class Resolved(NamedTuple):
    """A quote's speaker: the fullest name (or body), the fullest title, confidence, official flag."""

    speaker: str | None
    title: str | None
    confidence: float
    official: bool


def is_official(speaker: str | None, title: str | None, kind: str) -> bool:
    """An official title or a state body, as the text gives it (no outside knowledge of who is who)."""
    if kind == "org":
        return bool(speaker) and (is_state_org(speaker) or is_state_itself(speaker))
    return is_official_title(title)


class Speakers:
    """Resolves quote speakers against the entities of one text, in reading order."""

    def __init__(self, found: Entities, text: str = "") -> None:
        self.found = found
        #: the text the entities were found in (to spell out abbreviations)
        self.found_text = text
        #: titles roles gave to untitled people while reading (entity id → title)
        self.titles: dict[int, str] = {}
        #: the person the last resolved quote went to, and where they were mentioned
        self.last_speaker: Entity | None = None
        self.last_at = -SPEAKER_WINDOW - 1
        #: the last role left as a role (speaker, title, where): an unnamed official a later role refers to
        self.last_role: tuple[str | None, str | None, int] | None = None
        #: the group of people (``ученые из Университета …``) the last quote was given to, else ``None``
        self.last_group: str | None = None
        #: the last body a quote was given to (a later ``в документе`` names it)
        self.last_body: str | None = None
        self.orgs = [k for k, m in enumerate(found.mentions) if m.kind == "org"]
        self.org_starts = [found.mentions[k].start for k in self.orgs]
        #: the spans of the text's direct quotes, by start (a name said inside one is no pronoun's antecedent)
        self.quoted: list[tuple[int, int]] = []
        self._roles = [k for k, m in enumerate(found.mentions) if m.kind == "role"]
        self._role_starts = [found.mentions[k].start for k in self._roles]

    def speaker_of(self, m: Mention, g: MentionGrammar | None) -> Resolved:
        """Speaker, title, confidence and official flag of a quote whose author words hold mention ``m``.

        A person's title is the fullest one the text gives them (the mention's or one of their name
        mentions'; of equals, the one naming most, ``Башҡортостан Президенты`` over
        ``республикабыҙ Президенты``); they are official when any of those titles is an official one.
        """
        speaker, title, conf, ent = self._speaker_of(m, g)
        self.last_group = speaker if m.kind == "role" and ent is None and speaker and g is not None and \
            g.is_plural_role(speaker) and len(speaker.split()) > 2 else None
        if ent is not None:
            self.last_speaker, self.last_at = ent, m.start
        if m.kind == "role" and ent is None and conf == CONFIDENCE.role_alone and m.title and \
                g is not None and not g.is_plural_role(m.title):
            self.last_role = (speaker, title, m.start)
        if m.kind == "org" and speaker:
            self.last_body = speaker
        if ent is None or speaker != ent.name:
            official = is_official(speaker, title, m.kind) or m.kind != "org" and self._spelled_out_official(title, m.start)
            return Resolved(speaker, title, conf, official)
        found = self.found
        known = [t for t in [found.title_at(ent, self.titles)] +
                 [found.mentions[k].title for k in ent.mentions] + [title] if t]  # the person's own first
        fullest = max(known, key=_title_weight, default=None)
        official = any(is_official_title(t) or self._spelled_out_official(t, m.start) for t in known) and \
            not any(is_former_title(t) for t in known)
        official = official or aide_of_official(fullest, [(e.name, found.title_at(e, self.titles)) for e in found.entities])
        return Resolved(speaker, fullest, conf, official)  # (экс-губернатор … губернатора X: no office now)

    def _spelled_out_official(self, title: str | None, pos: int) -> bool:
        """An official title once its abbreviation is spelled out as the text did before ``pos``
        (``директор РГАЛИ`` ← ``Российского государственного архива литературы и искусства (РГАЛИ)``)."""
        if not title or not self.found_text:
            return False
        for abbr in _ABBREVIATION.findall(title):
            full = expand_abbreviation(self.found_text, pos, abbr)
            if full is not None and is_official_title(title.replace(abbr, full)):
                return True
        return False

    def _speaker_of(self, m: Mention, g: MentionGrammar | None) -> tuple[str | None, str | None, float, Entity | None]:
        found, titles = self.found, self.titles
        if m.kind == "name":
            ent = found.named(m)
            if _title_holds_name(m, found):  # Пресс-секретарь Путина заявил: not Путин, nor a woman Путина
                return self._speaker_of(replace(m, kind="role", name=None, title=m.surface), g)
            if ent is None:
                return m.name, m.title, CONFIDENCE.name_new, None
            return ent.name, m.title or found.title_at(ent, titles), CONFIDENCE.name_known, ent
        if m.kind == "surname":  # a word read as no name: a person of the text by that surname, else nobody
            ent = found.named(m)
            if ent is None or len(ent.name.split()) < 2:
                return None, None, CONFIDENCE.unresolved, None
            return ent.name, found.title_at(ent, titles), CONFIDENCE.name_known, ent
        if m.kind == "org":
            return org_speaker(self, m, g)
        if m.kind == "pronoun":
            ent = self._antecedent(m.start, m.gender, g) if g is not None and g.sentence_bound else \
                found.last_before(m.start, m.gender) if g is not None and m.surface.lower() in g.demonstratives else \
                self._named_or_role_before(m, g)  # (Та заявила: the woman named last)
            last = self.last_speaker
            if ent is not None and last is not None and ent.id != last.id and \
                    (self._oblique_last(ent, m.start) or m.start - self.last_at <= SPEAKER_WINDOW and
                     not self._subject_since(ent, self.last_at, m.start, g)) and \
                    not (m.gender and last.gender not in ("", m.gender)):
                ent = last  # «…», — добавил X. Он считает …: the one speaking, not a name in passing
            if ent is None and g is not None and g.sentence_bound:  # shuffled: the one person of the block
                ent = self._block_person(m)
            if ent is None and self._pronoun_of_last_role(m, g):  # — пояснил юрист. По его словам, …
                return self.last_role[0], self.last_role[1], CONFIDENCE.pronoun, None  # type: ignore[index]
            if ent is None:
                return None, None, CONFIDENCE.unresolved, None
            return ent.name, found.title_at(ent, titles), CONFIDENCE.pronoun, ent
        if m.kind == "person":
            return self._person(m, g)
        cls = title_class(m.title) if m.title else None
        ent = None
        if m.title and g is not None and not g.qualifiers_first:  # глава Турции → the президент Турции
            ent = found.last_with_qualifiers(m.start, m.title, titles)  # (generic qualifiers first: not read)
        if ent is None and cls:
            ent = found.last_before(m.start, cls=cls, extra=titles)
        if ent is None and m.title and len(m.title.split()) == 1:  # ответил фермер ← владелец фермер Азат …
            ent = found.last_with_word(m.start, m.title.lower()[:5], titles)
        if ent is None and cls and g is not None and g.sentence_bound:  # the only person with this kind of title
            ent = found.only_with_class(cls)
        if ent is None and m.title and g is not None and g.sentence_bound and not g.is_plural_role(m.title):
            ent = self._block_holder(m.title, m.start, g.qualifiers_first)  # Парламент етәксеһе ← Ҡоролтай Рәйесе X
        gender = m.gender or (g.role_gender(m.title or m.surface) if g is not None else "")
        ent = not_complement(_agreeing(ent, gender), m.title, found)  # — рассказала актриса: not the director Эдоардо
        if ent is not None:
            return ent.name, m.title or found.title_at(ent, titles), CONFIDENCE.role_resolved, ent
        role = m.title or m.surface
        ent = self._writer_before(role, m.start, g)
        if ent is not None:  # Обозреватель Роджер Бойз уверен … — пишет автор статьи: the writer named before
            return ent.name, found.title_at(ent, titles), CONFIDENCE.role_resolved, ent
        medium = self.medium_of(role, m.start, g, bare=False)
        if medium:  # — пишет издание, по мнению автора статьи: the medium named before
            return medium, None, CONFIDENCE.organisation, None
        ent = _agreeing(found.untitled_before(m.start, titles), gender) if cls in ROLE_HEADS else None
        if ent is not None:
            if m.title:
                titles[ent.id] = m.title  # later pronouns of this person carry the title too
            return ent.name, m.title, CONFIDENCE.role_untitled, ent
        if role and g is not None and g.role_names_last_person and not g.is_plural_role(role) and \
                not g.is_anonymous_role(role) and not g.is_condition_role(role):  # (— добавляет заключённый)
            ent = not_complement(self._subject_before(m.start, g, gender), role, found)  # — сказал медик: the last named
            if ent is not None and not _occupation_of_an_official(role, found.title_at(ent, titles)) and \
                    not g.other_office(role, found.title_at(ent, titles)):
                title = g.role_name(m.title) if m.title else None
                if title and found.title_at(ent, titles) is None and (
                        title == m.title or g.speaker_in_genitive(self.found_text, m.start)):
                    titles[ent.id] = title  # — подчеркнул президент США. Трамп также добавил: his title too
                    #                         (the subject, or по словам министра; not … после выборов президента)
                return ent.name, title or found.title_at(ent, titles), CONFIDENCE.role_salient, ent
        medium = self.medium_of(role, m.start, g, bare=True)
        if medium:  # — утверждает журналист, no person named before: the medium's writer
            return medium, None, CONFIDENCE.organisation, None
        if role and g is not None and g.is_plural_role(role) and self.last_body and self._of_document(m, g):
            return self.last_body, None, CONFIDENCE.role_salient, None  # в докладе центра … — авторы доклада
        group = self.last_group
        if role and g is not None and g.is_plural_role(role) and group is not None and \
                len(role.split()) < len(group.split()):  # выяснили ученые из Университета X. «…», — пишут авторы работы
            return group, None, CONFIDENCE.role_salient, None
        if role and g is not None and g.role_names_last_person and self._refers_to_last_role(role, m.start, g):
            return self.last_role[0], self.last_role[1], CONFIDENCE.role_salient, None  # type: ignore[index]
        if role and g is not None:
            role = g.role_name(role)
        return role, m.title, CONFIDENCE.role_alone, None

    def medium_of(self, role: str | None, pos: int, g: MentionGrammar | None, bare: bool | None) -> str | None:
        """The medium named before ``pos`` that a medium role refers to: ``bare`` a one-word writer
        (``журналист``), ``False`` a medium or its writer with their work (``издание``, ``автор статьи``),
        ``None`` either."""
        if not role or g is None or not g.is_medium_role(role):
            return None
        if bare is not None and (len(role.split()) == 1 and role.lower().startswith(g.medium_writers)) != bare:
            return None
        return g.medium_before(self.found_text, pos, self.quoted, role)

    def _writer_before(self, role: str | None, pos: int, g: MentionGrammar | None) -> Entity | None:
        """For a writer role (``автор статьи``), one of the last persons named before ``pos`` titled as a writer."""
        writers = g.medium_writers if g is not None else ()
        if not role or not writers or not role.lower().startswith(writers):
            return None
        for n, (start, ent) in enumerate(self.found.people_before(pos)):
            if n >= SUBJECT_LOOKBACK:
                break
            before = self.found_text[max(0, start - 30):start].split()[-1:]  # (Обозреватель Роджер Бойз: no title kept)
            if (self.found.title_at(ent, self.titles) or "").lower().startswith(writers) or \
                    before and before[0].lower().startswith(writers):
                return ent
        return None

    def _named_or_role_before(self, m: Mention, g: MentionGrammar | None = None) -> Entity | None:
        """The person of the pronoun's gender named before it (:func:`pronoun_subject`), or named later by a role
        a pass linked to them (``Глава Пентагона прибыл … Перед визитом он заявил``: not a senator named before)."""
        found = self.found
        ent = pronoun_subject(found, self.found_text, m.start, m.gender, lambda e, at: self._oblique_at(e, at, g),
                              SUBJECT_LOOKBACK) if g is not None else found.last_before(m.start, m.gender)
        role = found.last_role_person(m.start)
        if role is None or ent is None or found.position(ent, m.start) > role[0] or role[1].id == ent.id:
            return ent
        return _agreeing(role[1], m.gender) or ent

    def _block_person(self, m: Mention) -> Entity | None:
        """The one person named in the block holding ``m`` (a pronoun read before its antecedent)."""
        block = self._block_at(m.start)
        return self.found.only_person_in(block.start, block.stop) if block is not None else None

    def roles_in(self, start: int, stop: int) -> list[Mention]:
        """The role mentions (unnamed titles) within ``text[start:stop]``."""
        found = self.found
        lo, hi = bisect_left(self._role_starts, start), bisect_left(self._role_starts, stop)
        return [found.mentions[k] for k in self._roles[lo:hi]]

    def _antecedent(self, pos: int, gender: str, g: MentionGrammar) -> Entity | None:
        """Shuffled sentences: the person the block names most, else the last person named before ``pos`` who
        may be a pronoun's subject, not one named in an object case (``Кругловаға``), inside brackets or a quote."""
        if (top := _agreeing(most_named(self.found, pos), gender)) is not None:
            return top
        for start, ent in self.found.people_before(pos):
            if _agreeing(ent, gender) is None:
                continue
            surface = next(self.found.mentions[k].surface for k in ent.mentions if self.found.mentions[k].start == start)
            words = surface.split()
            if words and (g.object_form(words[-1]) or g.possessor_at(self.found_text, start + len(surface))) or \
                    _bracketed(self.found_text, start) or self._in_quote(start):
                continue
            return ent
        return None

    def _in_quote(self, pos: int) -> bool:
        """``pos`` lies inside one of the text's direct quotes (``«Генерал Шайморатов беҙгә награда бирҙе», —
        тип яҙа ул``: the general is spoken of, the pronoun is the writer)."""
        k = bisect_left(self.quoted, (pos + 1,)) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def _block_holder(self, role: str, pos: int, head_last: bool) -> Entity | None:
        """The one person named anywhere in the block holding ``pos`` whose title names the office of
        ``role`` (:func:`same_office`): in shuffled sentences the holder may be named after the role."""
        block = self._block_at(pos)
        if block is None:
            return None
        found = [e for e in self.found.people_in(block.start, block.stop)
                 if same_office(role, self.found.title_at(e, self.titles), head_last)]
        return found[0] if len(found) == 1 else None

    def _block_at(self, pos: int):
        return next((b for b in self.found.blocks if b.start <= pos < b.stop), None)

    def _refers_to_last_role(self, role: str, pos: int, g: MentionGrammar) -> bool:
        """A one-word singular role shortly after a quote given to an unnamed role, that is no other
        kind of title (``— заявил глава МВД Северного Рейна. Чиновник добавил``; not ``эксперт``
        after ``министр``)."""
        last = self.last_role
        if last is None or pos - last[2] > SPEAKER_WINDOW or len(role.split()) != 1 or g.is_plural_role(role):
            return False
        return not is_title_word(role) or title_class(role) == title_class(last[1])

    def _pronoun_of_last_role(self, m: Mention, g: MentionGrammar | None) -> bool:
        """The last quote went shortly before to an unnamed singular role of the pronoun's gender."""
        last = self.last_role
        if last is None or g is None or m.start - last[2] > SPEAKER_WINDOW:
            return False
        gender = g.role_gender(last[1] or last[0] or "")
        return not (m.gender and gender and m.gender != gender)

    def _of_document(self, m: Mention, g: MentionGrammar) -> bool:
        """The role is followed by a generic document or body (``авторы доклада``)."""
        after = self.found_text[m.stop:m.stop + 40].split()
        return bool(after) and g.is_generic_body(after[0])

    def _subject_before(self, pos: int, g: MentionGrammar, gender: str = "") -> Entity | None:
        """The person last named before ``pos`` in the base form and governed by no preposition (the
        subject, not ``в организм Крушельницкого``, ``в Порошенко``), among the last
        :data:`SUBJECT_LOOKBACK` name mentions; else the person last named (of the role's ``gender``);
        ``None`` after a name in Latin letters (:func:`pronoun_subject` with ``latin_unsure``)."""
        return pronoun_subject(self.found, self.found_text, pos, gender, lambda e, at: self._oblique_at(e, at, g),
                               SUBJECT_LOOKBACK, latin_unsure=True)

    def _oblique_at(self, ent: Entity, start: int, g: MentionGrammar | None = None) -> bool:
        """The mention of ``ent`` at ``start`` is in an oblique case (its words change in the base form,
        or a preposition governs it)."""
        m = self._mention_at(ent, start)
        return bool(m.name) and not m.in_base_form or \
            g is not None and g.governed_at(self.found_text, start)

    def _mention_at(self, ent: Entity, start: int) -> Mention:
        """The mention of ``ent`` that starts at ``start``."""
        return next(self.found.mentions[k] for k in ent.mentions if self.found.mentions[k].start == start)

    def _subject_since(self, ent: Entity, since: int, pos: int, g: MentionGrammar | None) -> bool:
        """``ent`` was named in its base form, governed by no preposition, between ``since`` (the last
        speaker's mention) and ``pos``, in an earlier sentence than ``pos``: the new subject a pronoun
        takes (``… оставил баскетболист Леброн Джеймс. «…» — обратился он``)."""
        for start, e in self.found.people_before(pos):
            if start <= since:
                return False
            if e.id == ent.id:
                between = self.found_text[start:pos]
                return not self._oblique_at(ent, start, g) and any(c in between for c in ".!?") and \
                    not self.found_text[start:start + 1].isascii() and \
                    not (g is not None and not self._mention_at(ent, start).title and
                         g.complement_at(self.found_text, start))  # (в интервью La Repubblica; not В то же время глава X)
        return False

    def _oblique_last(self, ent: Entity, pos: int) -> bool:
        """Whether the last mention of ``ent`` before ``pos`` was in an oblique case (its words changed
        when put in the base form: ``с Николом Пашиняном``, ``в организм Крушельницкого``)."""
        for start, e in self.found.people_before(pos):
            if e.id == ent.id:
                return self._oblique_at(ent, start)
        return False

    def _person(self, m: Mention, g: MentionGrammar | None) -> tuple[str | None, str | None, float, Entity | None]:
        """``— рассказал мужчина``: the last person mentioned before, named or only by a role."""
        found = self.found
        if g is not None and g.another_person_before(self.found_text, m.start):
            return m.surface, None, CONFIDENCE.role_alone, None  # — отмечает другая женщина: not the one before
        gender = m.gender or (g.person_gender(m.surface) if g is not None else "")
        ent = _agreeing(found.last_before(m.start), gender)
        role = found.last_role(m.start)
        if role is not None and (ent is None or role.start > found.position(ent, m.start)):
            title = role.title or ""
            if g is not None and (g.is_plural_role(title) or _clash(g.role_gender(title), gender)):
                return m.surface, None, CONFIDENCE.role_alone, None  # — сказал мужчина after жители, жительница
            return (g.role_name(title) if g is not None else title), None, CONFIDENCE.person_noun, None
        if ent is not None:
            return ent.name, found.title_at(ent, self.titles), CONFIDENCE.person_noun, ent
        return m.surface, None, CONFIDENCE.unresolved, None


def _title_holds_name(m: Mention, found: Entities) -> bool:
    """A titled lone surname that is a case form of the surname of a man the text named in full
    (``Пресс-секретарь Путина`` after Владимир Путин): the title's complement, not its holder (who
    would be named in the base form, ``пресс-секретарь Песков``)."""
    words = (m.name or "").split()
    if not m.title or len(words) != 1 or not m.surface.endswith(words[0]):
        return False
    man = found.case_form_person(words[0])
    return man is not None and man.gender == "m" and man.name.split()[-1] != words[0]


def _occupation_of_an_official(role: str, title: str | None) -> bool:
    """An occupation role (``эксперт``, ``политолог``) cannot refer back to a person titled as an official
    (``президент США``): they are two people."""
    words = role.split()
    return bool(words) and is_role_word(words[0]) and is_official_title(title)


def _title_weight(title: str) -> tuple[int, int]:
    """Words, then capitalised words (a title that names its place or body reads better)."""
    words = title.split()
    return len(words), sum(w[:1].isupper() for w in words)
