"""Mentions → speakers: title chains, names (normalised), roles, pronouns and organisations.

A *mention* is what the text says (``главы Минздрава республики Айрата Рахматуллина``); an
*entity* is who it is (``Айрат Рахматуллин``, titled ``глава Минздрава республики``). The
:class:`Registry` collects every titled or named person of a text in order, so role mentions
(``глава региона``, ``илсе``) and pronouns (``он``, ``ул``) resolve to the last compatible one
(see :mod:`.entities`).

>>> from bisumm.lang import get_language
>>> ru, ba = get_language("ru").quote_grammar, get_language("ba").quote_grammar
>>> m = find_mentions("сказал глава администрации Уфы Ратмир Мавлиев.", 0, 47, ru)[0]
>>> m.kind, m.name, m.title
('name', 'Ратмир Мавлиев', 'глава администрации Уфы')
>>> find_mentions("Сара Рөстәм Хәмитовҡа исем биреү менән тамамланды", 0, 49, ba)[0].name
'Рөстәм Хәмитов'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
import re
from bisect import bisect_left

from ..tokens import WORD_PATTERN as WORD
from ..marks import pair_marks, pair_sentence_marks
from .grammar import MentionFound
from .names import is_capitalised, word_memo
from .name_runs import (Tok, complement_name, ends_chain, is_function_word, is_initial_tok, is_org_head, name_follows,
                        name_like, name_run, surname_shaped, syllable_name, word_before)
from .titles import is_title_word as _is_title_word, lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import MentionGrammar

__all__ = ["Mention", "Tok", "find_mentions", "first_mention", "normalize_name", "org_chain", "gap_ok",
           "surname_shaped", "subject_mention", "WORD", "is_org_head", "ends_chain", "is_function_word"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention in the text; ``kind`` is ``name``, ``role``, ``pronoun``, ``person`` or ``org``
    (``surname``: a word read as no name in a speaker slot, which speaks only as a person named before)."""

    start: int
    stop: int
    kind: str
    name: str | None = None
    title: str | None = None
    gender: str = ""
    surface: str = ""

    @property
    def in_base_form(self) -> bool:
        """A name written as its base form gives it (the subject, not ``с Николом Пашиняном``)."""
        return bool(self.name) and self.surface.endswith(self.name)  # type: ignore[arg-type]


#: a head word of a title (remembered per word: every token of a text asks)
is_title_word = word_memo(_is_title_word)
_new_tok = tuple.__new__  # Tok without NamedTuple's Python-level __new__ (one per word: the hot path)


def _tokens(text: str, start: int, stop: int, by_sentence: bool = False) -> list[Tok]:
    """Words of the span with whether each stands inside quote marks (paired sentence by sentence
    for a grammar whose sentences may be shuffled)."""
    stop = min(stop, len(text))
    pairing = pair_sentence_marks if by_sentence else pair_marks
    toks = [_new_tok(Tok, (m.start(), m.end(), m.group(), False)) for m in WORD.finditer(text, start, stop)]
    reach = -1  # the furthest inner stop of the pairs before
    starts: list[int] = []
    for p in pairing(text, start, stop).pairs:
        # a word is quoted when the first pair (in order) that ends after it starts at or before it
        if p.inner_stop > reach:
            starts = starts or [t[0] for t in toks]
            for n in range(bisect_left(starts, max(p.inner_start, reach)), bisect_left(starts, p.inner_stop)):
                toks[n] = _new_tok(Tok, (*toks[n][:3], True))
            reach = p.inner_stop
    return toks


def gap_ok(text: str, a: int, b: int, allow_comma: bool) -> bool:
    """Whether the characters between two tokens keep a chain together."""
    gap = text[a:b]
    if len(gap) > 4:
        return False
    for ch in gap:
        if ch.isspace() or ch in "«»\"„“”–—-":
            continue
        if ch == "," and allow_comma:
            continue
        return False
    return True


def find_mentions(text: str, start: int, stop: int, g: MentionGrammar, limit: int = 0) -> list[Mention]:
    """Mentions (titled names, names, roles, pronouns, organisations) in ``text[start:stop]``."""
    toks = _tokens(text, start, stop, g.sentence_bound)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        if toks[i].quoted:
            i += 1
            continue
        found = g.organisation_at(text, toks, i) if _plain_word(toks[i].word, g) else _mention_at(text, toks, i, g)
        mention, nxt = found if found is not None else (None, i + 1)
        if mention is not None:
            out.append(mention)
            if limit and len(out) >= limit:
                break
            i = max(nxt, i + 1)
        else:
            i += 1
    return out


def first_mention(text: str, start: int, stop: int, g: MentionGrammar) -> Mention | None:
    """The first mention in the span, or ``None``."""
    found = find_mentions(text, start, stop, g, limit=1)
    return found[0] if found else None


def subject_mention(text: str, start: int, stop: int, g: MentionGrammar, last: bool = False) -> Mention | None:
    """The first (``last``: the last) name of the span written in its base form, the subject rather
    than a name in an oblique case (``по просьбе Алексея Кручёных, Третьяков признавался``; ``писал
    Алексею Максимовичу … Ромен Роллан``); else the first mention."""
    found = find_mentions(text, start, stop, g, limit=8)
    named = [m for m in found if m.kind == "name" and m.in_base_form]
    if named and any(m.kind == "name" and not m.surface.endswith(m.name or "") for m in found):
        return named[-1] if last else named[0]
    if len(found) > 1 and _medium(found[0]) and (g.complement_at(text, found[0].start) or _person_after_latin(found)):
        found = found[1:]  # В интервью телеканалу Sky News военачальник указал: the medium heard the words
    if len(found) > 1 and found[0].kind == "name" and not found[0].in_base_form and (
            found[1].kind == "pronoun" or found[1].kind == "role" and g.role_name(found[1].surface) == found[1].surface):
        found = found[1:]  # В интервью Красовскому медик заметил: the one told, not the one speaking
    return found[0] if found else None


def _person_after_latin(found: list[Mention]) -> bool:
    """A Latin-script name, then a person in the text's own script in the base form (``в интервью The
    Washington Post экономист Карл Танненбаум``): the Latin one is the medium."""
    first, second = found[0], found[1]
    return first.surface[:1].isascii() and not second.surface[:1].isascii() and \
        (second.kind == "role" or second.kind == "name" and second.in_base_form)


def _medium(m: Mention) -> bool:
    """An organisation or a Latin-script name: a medium the words may be told to (``телеканалу Sky News``)."""
    return m.kind == "org" or m.surface[:1].isascii()


def normalize_name(words: list[str], lang: str, context: str = "", title_case: str | None = None,
                   after: str = "") -> tuple[str, str]:
    """Base form and gender (``m``/``f``/``""``) of a person name given as words, in ``lang``.

    >>> normalize_name(["Радия", "Хабирова"], "ru", context="по словам ")
    ('Радий Хабиров', 'm')
    >>> normalize_name(["Рөстәм", "Хәмитовҡа"], "ba")
    ('Рөстәм Хәмитов', '')
    """
    from ..lang import get_language

    grammar = get_language(lang).quote_grammar
    if grammar is None:
        return " ".join(words), ""
    return grammar.name_nominative(words, context, title_case, after)


@word_memo
def _plain_word(word: str, g: MentionGrammar) -> bool:
    """A word that starts no mention of :func:`_mention_at` but an organisation (no pronoun, person noun,
    title or name word): most words of a text, so only the organisation test is asked of it (remembered
    per word)."""
    low, lex = word.lower(), lexicon()
    return low not in lex.pronouns and low not in g.demonstratives and low not in lex.person_nouns and not _is_title_word(word) and \
        not (is_capitalised(word) and (name_like(word, g) or g.syllable_names))


def _mention_at(text: str, toks: list[Tok], i: int, g: MentionGrammar) -> MentionFound | None:
    s, e, w, _ = toks[i]
    low, lex = w.lower(), lexicon()
    if low in lex.pronouns or low in g.demonstratives:
        if g.demonstrative_at(text, e):
            return None  # Ул саҡта директор …: "at that time", nobody; Та модель …: no person
        gender = lex.pronouns[low] if low in lex.pronouns else g.demonstratives[low]
        return MentionFound(Mention(s, e, "pronoun", gender=gender, surface=w), i + 1)
    if low in lex.person_nouns:
        return MentionFound(Mention(s, e, "person", surface=w), i + 1)
    org = g.organisation_at(text, toks, i)
    if org is not None:
        return org
    if is_title_word(w):
        if text[s - 1:s] == "(" and text[e:e + 1] == ")":
            return None  # крәҫтиән (фермер) хужалығы етәксеһе: a word glossed in brackets heads no title
        found = _chain(text, toks, i, g)
        return _title_list(text, toks, found, g) if g.qualifiers_first else found
    if name_like(w, g) or syllable_name(text, toks, i, g):
        j, name_toks = name_run(text, toks, i, g)
        if name_toks:
            return _apposition(text, toks, j, _named(text, name_toks, None, g), g)
    return None


#: the most titles a comma list before one name holds (``депутат, ойошма рәйесе, ректор Р. М. Әсәҙуллин``), and
#: the most words of a listed title up to its head word
MAX_LISTED_TITLES = 4
MAX_QUALIFIERS = 6
#: what stands between two listed titles: a comma, opening quote marks, initials a title's name begins with (``М.
#: Аҡмулла исемендәге``)
_LIST_GAP = re.compile(r"\s*,\s*(?:[«\"“„]|[^\W\d_]\.\s*)*")


def _title_list(text: str, toks: list[Tok], found: MentionFound, g: MentionGrammar) -> MentionFound:
    """Titles first (Bashkir): singular roles set off by commas before a titled name are that person's titles
    too (``Ҡоролтай депутаты, «Ватаным» ойошмаһы рәйесе, БДПУ ректоры Р. М. Әсәҙуллин``)."""
    roles: list[Mention] = []
    mention, j = found
    while mention is not None and mention.kind == "role" and mention.title and len(roles) < MAX_LISTED_TITLES and \
            not g.is_plural_role(mention.title) and j < len(toks) and _LIST_GAP.fullmatch(text, mention.stop, toks[j].start):
        head = next((k for k in range(j, min(len(toks), j + MAX_QUALIFIERS)) if is_title_word(toks[k].word)), None)
        if head is None:
            break
        roles.append(mention)
        mention, j = _chain(text, toks, head, g)
        if mention is None or not _LIST_GAP.fullmatch(text, roles[-1].stop, mention.start):
            return found  # words between the titles that belong to neither: no list
    if not roles or mention is None or mention.kind != "name" or not mention.title:
        return found
    title = ", ".join([m.title for m in roles if m.title] + [mention.title])
    return MentionFound(Mention(roles[0].start, mention.stop, "name", mention.name, title, mention.gender,
                                text[roles[0].start:mention.stop]), j)


def _apposition(text: str, toks: list[Tok], j: int, named: Mention, g: MentionGrammar) -> MentionFound:
    """``Радий Хабиров, глава региона, заявил``: a title set off by commas after the name."""
    if j >= len(toks) or text[toks[j - 1].stop:toks[j].start].strip() != ",":
        return MentionFound(named, j)
    head = next((k for k in range(j, min(len(toks), j + 6)) if is_title_word(toks[k].word)), None)
    if head is None or any(text[toks[k - 1].stop:toks[k].start].strip() for k in range(j + 1, head + 1)):
        return MentionFound(named, j)
    role, k = _chain(text, toks, head, g)
    if role is None or role.kind != "role" or not role.title or role.start != toks[j].start and not (
            head - j <= 2 and all(toks[n].word.islower() and not ends_chain(toks[n].word) and
                                  toks[n].word not in lexicon().chain_preps for n in range(j, head))):
        return MentionFound(named, j)  # (Михаил Швыдкой, специальный представитель президента, …: its adjectives;
        #                                not Причина, по мнению экспертов, …: a preposition opens no title)
    title = text[toks[j].start:role.start] + role.title.split(",")[0].strip()
    stop = toks[j].start + len(title)
    after = text[stop:stop + 2].lstrip(" ")
    if after[:1] not in ("", ",", ".", ";", ":", ")", "—", "–", "!", "?", "\n"):
        return MentionFound(named, j)
    title = g.title_nominative(title)
    k = next((n for n in range(j, len(toks)) if toks[n].start >= stop), len(toks))
    return MentionFound(Mention(named.start, stop, "name", named.name, title, named.gender,
                                text[named.start:stop]), k)


def _chain(text: str, toks: list[Tok], i: int, g: MentionGrammar) -> MentionFound:
    """A title chain from token ``i``: title words and complements, then an optional name."""
    first = toks[g.title_start(text, toks, i)].start
    if first > 0 and text[first - 1] in "«\"„“":
        first -= 1  # «Салауат Юлаев» тренеры
    j = i + 1
    bracketed = False
    while j < len(toks) and j - i < 16:
        word = toks[j].word
        low = word.lower()
        if toks[j].quoted and (toks[j - 1].quoted or gap_ok(text, toks[j - 1].stop, toks[j].start, False)):
            j += 1
            continue
        if _bracketed_abbreviation(text, toks, j):
            j, bracketed = j + 1, True  # Президент Республики Молдова (РМ) Игорь Додон
            continue
        after_bracket, bracketed = bracketed, False
        if not (after_bracket and text[toks[j - 1].stop:toks[j].start].strip() == ")") and \
                not gap_ok(text, toks[j - 1].stop, toks[j].start, allow_comma=not is_capitalised(word)):
            break
        if is_capitalised(word) and (name_like(word, g) or syllable_name(text, toks, j, g)):
            k, name_toks = name_run(text, toks, j, g)
            if name_toks and (g.name_in_title(toks[i].word, [t.word for t in name_toks]) and
                              name_follows(text, toks, k, g) or complement_name(text, toks, (first, i, k), name_toks, g)):
                j = k  # пресс-секретарь президента Владимира Путина Дмитрий Песков; адвокат Глеба Грозовского
                continue
            if name_toks:
                title_stop = toks[j - 1].stop if j > 0 else name_toks[0].start
                if text[title_stop:title_stop + 1] in "\"»”“" or text[title_stop:title_stop + 1] == ")" and after_bracket:
                    title_stop += 1
                title = _clean(text[first:title_stop])
                return MentionFound(_named(text, name_toks, (first, title), g), k)
            j = k
            continue
        if ends_chain(low) and not _names_next(toks, j) or low in lexicon().pronouns or g.ends_phrase(word):
            break  # a verb or a pronoun ends the title (президент выступил; премьера, он …)
        if text[toks[j - 1].stop:toks[j].start].strip() == "," and g.opens_clause(word):
            break  # директор компании, пожелавший …; военачальник, в чьём ведении …: a clause, no title
        j += 1
    if g.qualifiers_first:  # a role ends with its title words (башлығы урынбаҫары)
        j = next((n for n in range(i + 1, j) if not is_title_word(toks[n].word)), j)
    if g.is_predicate_role(word_before(text, toks[i].start), toks[i].word):
        return MentionFound(None, j)  # type: ignore[arg-type]  # (a role in the instrumental names nobody)
    title_text = _trim_role(_clean(text[first:toks[j - 1].stop]))
    stop = first + len(title_text)
    return MentionFound(Mention(first, stop, "role", None, title_text, surface=title_text), j)


def _names_next(toks: list[Tok], j: int) -> bool:
    """Token ``j`` is a preposition that keeps a title going before a name (``конгрессмен от Огайо``,
    ``депутат от ХДС``, ``по борьбе с «Исламским государством»``) or in a set phrase (``по связям с
    общественностью``)."""
    if j + 1 >= len(toks):
        return False
    low, nxt, lex = toks[j].word.lower(), toks[j + 1], lexicon()
    return nxt.quoted and low in lex.quoted_preps or f"{low} {nxt.word.lower()}" in lex.chain_phrases or \
        low in lex.named_preps and (nxt.quoted or nxt.word[:1].isupper())


def _bracketed_abbreviation(text: str, toks: list[Tok], j: int) -> bool:
    """Token ``j`` is an abbreviation in brackets right after the word before it (``(РМ)``)."""
    word = toks[j].word
    return 2 <= len(word) <= 6 and word.isupper() and text[toks[j - 1].stop:toks[j].start].strip() == "(" and \
        text[toks[j].stop:toks[j].stop + 1] == ")"


def _trim_role(title: str) -> str:
    """Drop trailing prepositions and conjunctions from a role chain."""
    words = title.split()
    while len(words) > 1 and words[-1].lower() in lexicon().chain_preps:
        words.pop()
    return " ".join(words) if words else title


def _clean(s: str) -> str:
    return s.strip(" ,–—-\n\t")


def org_chain(text: str, toks: list[Tok], i: int, g: MentionGrammar) -> MentionFound:
    """An organisation phrase from its head word (``пресс-служба Минздрава``); a press service
    followed by a person's name is that person speaking."""
    j = i + 1
    while j < len(toks) and j - i < 10 and gap_ok(text, toks[j - 1].stop, toks[j].start, False):
        if ends_chain(toks[j].word.lower()) or g.ends_phrase(toks[j].word):
            break
        j += 1
    inner = find_mentions(text, toks[i + 1].start, toks[j - 1].stop, g) if j > i + 1 else []
    person = next((m for m in inner if m.kind == "name"), None)
    first = toks[g.title_start(text, toks, i)].start
    if person is not None and re.match(r"(?i)пресс-служб|матбуғат", toks[i].word):
        return MentionFound(Mention(toks[i].start, person.stop, "name", person.name, person.title, person.gender,
                                    text[toks[i].start:person.stop]), j)
    if person is not None and person.title is None and person.in_base_form and g.name_after_body:
        return _member_of_body(text, toks, first, person)  # пульмонолог Минздрава России Сергей Авдеев
    if person is not None and person.title is not None and person.in_base_form and person.title in text[first:person.stop]:
        return MentionFound(person, j)  # в Минобрнауки РФ глава Рособрнадзора Сергей Кравцов: the person, not the place
    phrase = _trim_role(_clean(text[first:toks[j - 1].stop]))  # (Минюст и ФБР в ходе …: not the «в»)
    return MentionFound(Mention(first, first + len(phrase), "org", g.organisation_name(phrase), None,
                                surface=phrase), j)


def _member_of_body(text: str, toks: list[Tok], first: int, person: Mention) -> MentionFound:
    """A person named right after the body they serve: the body phrase is their title."""
    title = _clean(text[first:person.start]) or None
    k = next((n for n in range(len(toks)) if toks[n].start >= person.stop), len(toks))
    return MentionFound(Mention(first, person.stop, "name", person.name, title, person.gender,
                                text[first:person.stop]), k)


#: characters before a name (or its title) its case is read in (``по словам``, ``Как пояснила «Газете.Ru» врач``)
NAME_CONTEXT = 60


def _named(text: str, name_toks: list[Tok], title: tuple[int, str] | None, g: MentionGrammar) -> Mention:
    words = [t.word + "." if is_initial_tok(text, t) else t.word for t in name_toks]
    start = title[0] if title else name_toks[0].start
    stop = name_toks[-1].stop
    context = text[max(0, start - NAME_CONTEXT):start].lower()
    title_case = g.title_case(title[1].split()[0]) if title and title[1].split() else None
    nxt = WORD.search(text, stop, min(len(text), stop + 40))
    after = nxt.group() if nxt and not text[stop:nxt.start()].strip(" ") else ""
    name, gender = g.name_nominative(words, context, title_case, after)
    title_text = title[1] if title else None
    if title_text:
        title_text = g.title_nominative(title_text)
    return Mention(start, stop, "name", name, title_text or None, gender, text[start:stop])
