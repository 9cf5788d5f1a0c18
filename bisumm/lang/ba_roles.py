"""Bashkir cases of the people and roles a speaker is resolved through: an object is no subject a pronoun
refers to, a role before a possessed noun is its possessor, a name in the genitive before a noun is its
possessor; a last name's case ending; a vox-pop speaker's header.

>>> object_form("Кругловаға"), role_is_subject("республика башлығы Оло Тәләккә килде", 18)
(True, True)
"""

from __future__ import annotations

import re

from ..entities.mentions import Mention
from ..normalize import SOFT_HYPHEN
from .ba import is_speech_verb
from .ba_first_names import is_first_name
from .ba_names import patronymic_base, plural_head, strip_case, surname_shaped
from .ba_suffixes import endings

__all__ = ["object_form", "role_is_subject", "demonstrative_at", "possessor_at", "block_header", "last_name_base", "BashkirRoles"]


#: the surname case endings of an object (dative, accusative, locative, ablative): all but the genitive
_OBJECT_NAME_CASES = endings("GA", "NI", "ндA", "NAн") + endings("LA", classes="ZDT")


def object_form(word: str) -> bool:
    """A surname in an object case (``Кругловаға`` "to Kruglova", ``Хәмиҙуллинды``): the person is told, met or
    written about, never the subject a later ``ул`` refers to (a genitive ``Ғиззәтуллиндың әйткәне`` may be).

    >>> object_form("Кругловаға"), object_form("Хәмиҙуллинды"), object_form("Ғиззәтуллиндың"), object_form("Хәмитов")
    (True, True, False, False)
    """
    base = strip_case(word)
    return base != word and word.lower()[len(base):] in _OBJECT_NAME_CASES


#: a noun with the 3rd-person possessive, cased or not (``призына``, ``гранты``, ``ҡарамағындағы``): the role before
#: it is its possessor (``Президенты призына`` "for the President's prize"), not a subject
_IZAFET = re.compile(r"(?:ы|е|һы|һе|ын|ен)(?:на|нә|н|нда|ндә|нан|нән|ның|нең|ндағы|ндәге)?$")
#: the head of a body as a plain noun, bare or possessed (not ``етәкселеге`` "leadership", ``башлыса`` "mainly")
_OFFICE_HEAD = re.compile(r"(?:башлы[ғҡ]ы?|башлыҡ|етәксе(?:һе)?|президенты?|рәйесе?)")
_WORD = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"[\s,]*(\w+)")


def _word_before(text: str, stop: int) -> str:
    """The last word (lower case, soft hyphens dropped) of the 30 characters before ``stop``, or ``""``."""
    words = _WORD.findall(text[max(0, stop - 30):stop].replace(SOFT_HYPHEN, ""))
    return words[-1].lower() if words else ""


def role_is_subject(text: str, stop: int) -> bool:
    """The role ending at ``stop`` ends with the head of a body in the base form and is a subject: the next word
    neither joins it to another (``һәм``, ``менән``) nor is a possessed noun it qualifies (``Башлығы гранты``).

    >>> t = "республика Башлығы Оло Тәләк ауылында булды. Президенты призына. Башлығы һәм беҙ. республикала башлыса"
    >>> role_is_subject(t, 18), role_is_subject(t, 56), role_is_subject(t, 73), role_is_subject(t, len(t))
    (True, False, False, False)
    """
    if not _OFFICE_HEAD.fullmatch(_word_before(text, stop)):
        return False
    nxt = _NEXT_WORD.match(text[stop:stop + 40])
    return nxt is None or nxt.group(1).lower() not in ("һәм", "менән") and not _IZAFET.search(nxt.group(1).lower())


#: nouns of time ``ул`` "that" points at (``ул саҡта`` "then", ``ул ваҡытта``, ``ул йылдарҙа``, ``ул көндө``)
_TIME_NOUN = re.compile(r"[\s\xad]*(?:(?:саҡ|ваҡыт|мәл|дәүер|осор|заман|йыл)\w*(?:[дтҙ][аә]|нд[аә])|көндө)\b", re.IGNORECASE)


def demonstrative_at(text: str, stop: int) -> bool:
    """``ул`` ending at ``stop`` is the demonstrative "that" before a noun of time, no pronoun of a person.

    >>> t = "Ул саҡта директор былай тине. Ул көлдө. Ул көнө-төнө эшләй."
    >>> demonstrative_at(t, 2), demonstrative_at(t, 32), demonstrative_at(t, 42)
    (True, False, False)
    """
    return text[stop - 2:stop].lower() == "ул" and _TIME_NOUN.match(text, stop) is not None


_GENITIVE = re.compile(rf"(?<=\w\w\w)(?:{'|'.join(endings('NIң'))})$")
#: nouns of what a person says or thinks (``әйткән һүҙҙәре``, ``фекеренсә``, ``сығышында``): the genitive before
#: them names the speaker, not a possessor
_SPEECH_NOUNS = ("һүҙ", "фекер", "ҡараш", "сығыш", "яуап", "мөрәжәғәт", "хат", "телмәр", "мәғлүмәт", "әйтеү", "баһа",
                 "тәҡдим", "өндәшеү", "иҫкәртеү", "ышаныс", "теләг", "шиғыр")


def possessor_at(text: str, stop: int) -> bool:
    """The word ending at ``stop`` is a genitive (``Кәримдең``, ``Хановтың``) before a noun that is no speech noun
    or verb: the person is the noun's possessor (``китаптарын`` "his books"), not a speaker.

    >>> t = "Мостай Кәримдең китаптарын уҡыныҡ. Рөстәм Ғиззәтуллиндың әйткән һүҙҙәре иҫтә ҡалды."
    >>> possessor_at(t, t.index("дең") + 3), possessor_at(t, t.index("дың") + 3), possessor_at(t, 6)
    (True, False, False)
    """
    if not _GENITIVE.search(_word_before(text, stop)):
        return False
    after = text[stop:stop + 40].replace(SOFT_HYPHEN, "")
    if after[:1] != " ":
        return False
    if after[1:2] in "«\"“„":
        return True  # Мостай Кәримдең "Оҙон-оҙаҡ баласаҡ" повесы: the work's author
    nxt = _NEXT_WORD.match(after)
    word = nxt.group(1) if nxt else ""
    return bool(word) and not word[:1].isupper() and not is_speech_verb(word) and \
        not word.lower().startswith(_SPEECH_NOUNS) and not word.lower().endswith(("нса", "нсә"))
    # (Нагойҙың 1574 йылда килеүе: his coming, a noun too; Рычковтың уйлауынса "in Rychkov's view" names the speaker)


#: the genitive, dative and ablative a last name not shaped like a surname takes after a first name
_AFTER_FIRST_NAME = re.compile(rf"(?<=\w\w\w)(?:{'|'.join(endings('NIң', 'GA', 'NAн'))})$")


def last_name_base(words: list[str]) -> str:
    """The last word of a person's name without its case ending: a patronymic (``ҡыҙына`` → ``ҡыҙы``), a surname
    (``Хәмитовҡа``), or after a known first name any last name in the genitive, dative or ablative (``Мостай
    Кәримдең`` → ``Кәрим``, ``Олег Гросстың`` → ``Гросс``).

    >>> last_name_base(["Мостай", "Кәримдең"]), last_name_base(["Рөстәм", "Хәмитовҡа"]), last_name_base(["Иван", "Нагой"])
    ('Кәрим', 'Хәмитов', 'Нагой')
    """
    last = words[-1]
    base = patronymic_base(last) or strip_case(last)
    if base == last and len(words) > 1 and is_first_name(words[-2]) and not surname_shaped(last):
        base = _AFTER_FIRST_NAME.sub("", last)
    return base


_CAP = "А-ЯЁӘӨҮҒҠҢҘҪҺ"
#: a speaker's header over a vox-pop answer: a first name, a surname (in capitals, as the papers print it, or shaped
#: like one), an optional title after a comma, a colon, and nothing of the answer in the same sentence (the
#: paragraph's sentences are shuffled, so the answer stands anywhere in it)
_HEADER = re.compile(rf"(?:^|(?<=[.!?…»”\"]\s))([{_CAP}][^\W\d_]+)\s+([{_CAP}][^\W\d_]+(?:-[{_CAP}][^\W\d_]+)?)"
                     rf"(?:,\s*([^:.!?«»\"“”\n]{{3,120}}))?:\s*(?=$|[{_CAP}–—-])")


def block_header(text: str, start: int, stop: int) -> Mention | None:
    """The one speaker's header of a shuffled paragraph (``Вил ИЛҺАМОВ, Әбйәлил районы башҡорттары ҡоролтайы
    рәйесе:``) as a name mention with its title; ``None`` when there is none or more than one.

    >>> m = block_header("– Йыр бөтмәй. Ауылда ҡар яуҙы. Вил ИЛҺАМОВ, район хакимиәте башлығы:", 0, 70)
    >>> m.name, m.title
    ('Вил Илһамов', 'район хакимиәте башлығы')
    >>> block_header("Дим БӘШӘРОВ, Олатайым менән ике ул үҫтергәндәр.", 0, 47) is None
    True
    """
    found = [m for m in _HEADER.finditer(text, start, stop)
             if (is_first_name(m.group(1)) or m.group(2).isupper()) and
             (m.group(2).isupper() and len(m.group(2)) > 2 or surname_shaped(m.group(2)))]
    if len(found) != 1:
        return None
    m = found[0]
    surname = m.group(2).capitalize() if m.group(2).isupper() else m.group(2)
    title = m.group(3).strip() if m.group(3) else None
    return Mention(m.start(), m.end(2 if m.group(3) is None else 3), "name", f"{m.group(1)} {surname}", title,
                   surface=m.group(0).rstrip(": "))


class BashkirRoles:
    """The Bashkir answers of :class:`~bisumm.entities.grammar.MentionGrammar` about roles and cases (mixed
    into the Bashkir quote grammar)."""

    def is_plural_role(self, role: str) -> bool:
        return plural_head(role)

    def object_form(self, word: str) -> bool:
        return object_form(word)

    def role_is_subject(self, text: str, stop: int) -> bool:
        return role_is_subject(text, stop)

    def demonstrative_at(self, text: str, stop: int) -> bool:
        return demonstrative_at(text, stop)

    def possessor_at(self, text: str, stop: int) -> bool:
        return possessor_at(text, stop)

    def block_header(self, text: str, start: int, stop: int) -> Mention | None:
        return block_header(text, start, stop)
