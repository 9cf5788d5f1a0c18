"""Mentions → speakers: title chains, names (normalised), roles, pronouns and organisations.

A *mention* is what the text says (``главы Минздрава республики Айрата Рахматуллина``); an
*entity* is who it is (``Айрат Рахматуллин``, titled ``глава Минздрава республики``). The
:class:`Registry` collects every titled or named person of a text in order, so role mentions
(``глава региона``, ``илсе``) and pronouns (``он``, ``ул``) resolve to the last compatible one.

>>> m = find_mentions("сказал глава администрации Уфы Ратмир Мавлиев.", 0, 47, "ru")[0]
>>> m.kind, m.name, m.title
('name', 'Ратмир Мавлиев', 'глава администрации Уфы')
>>> find_mentions("Сара Рөстәм Хәмитовҡа исем биреү менән тамамланды", 0, 49, "ba")[0].name
'Рөстәм Хәмитов'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import _PATRONYMIC, _SURNAME, _ru_case, _ru_nominative, _ru_title, ba_strip_case, normalize_name, ru_parse
from .titles import PRONOUNS, is_ba_verb, is_place_word, is_title_word, title_class

__all__ = ["Mention", "Entity", "Registry", "find_mentions", "first_mention", "normalize_name", "WORD"]

WORD = re.compile(r"[^\W\d_][\w\u00ad'’]*(?:-[^\W\d_][\w\u00ad'’]*)*|\d+")
_STOP_WORDS = frozenset({
    "на", "у", "во", "с", "со", "после", "при", "перед", "за", "из", "от", "во время", "для", "о", "об",
    "в", "к", "ко", "через", "менән", "өсөн", "тураһында", "хаҡында", "буйынса", "һәм", "ә", "ләкин",
    "тип", "тине", "что", "который", "которая", "которые", "это", "так", "также", "уже", "ещё", "еще",
    "своём", "своем", "своей", "своих", "интервью", "журналистам", "һорауына", "ултырышта",
})
_CHAIN_PREPS = frozenset({"по", "в", "при", "буйынса", "и", "һәм", "–", "-"})
_ORG_HEADS = re.compile(r"^(?:пресс-служб|пресс-центр|ведомств|министерств|мин[а-яё]+|правительств|администрац|"
                        r"управлени|мчс|мвд|гибдд|роспотреб|матбуғат|хөкүмәт|министрлы|хакимиәт|штаб|оперштаб)",
                        re.IGNORECASE)
_BA_FUNCTION = frozenset({"үҙ", "был", "әммә", "ул", "уның", "бынан", "шулай", "һәр", "артабан", "сара",
                          "әле", "бөгөн", "быйыл", "унда", "шуға", "ләкин", "беҙ", "улар"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention in the text; ``kind`` is ``name``, ``role``, ``pronoun`` or ``org``."""

    start: int
    stop: int
    kind: str
    name: str | None = None
    title: str | None = None
    gender: str = ""
    surface: str = ""


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


def _tokens(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, stop)]


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _name_like(word: str, lang: str) -> bool:
    if not _is_cap(word) or is_place_word(word) or is_title_word(word):
        return False
    low = word.lower()
    if low in PRONOUNS or low in _BA_FUNCTION or _ORG_HEADS.match(word):
        return False
    if lang == "ru":
        return _ru_name_like(word)
    return True


def _ru_name_like(word: str) -> bool:
    parses = ru_parse(word)
    if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses[:3]):
        return True
    if _SURNAME.search(word.lower()):
        return True
    known = parses and parses[0].is_known
    return not known


def _surname_shaped(word: str, lang: str) -> bool:
    low = word.lower()
    if lang == "ba":
        low = ba_strip_case(low)
    return len(low) >= 5 and bool(_SURNAME.search(low))


def _gap_ok(text: str, a: int, b: int, allow_comma: bool) -> bool:
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


def find_mentions(text: str, start: int, stop: int, lang: str, limit: int = 0) -> list[Mention]:
    """Mentions (titled names, names, roles, pronouns, organisations) in ``text[start:stop]``."""
    toks = _tokens(text, start, stop)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        mention, nxt = _mention_at(text, toks, i, lang)
        if mention is not None:
            out.append(mention)
            if limit and len(out) >= limit:
                break
            i = max(nxt, i + 1)
        else:
            i += 1
    return out


def first_mention(text: str, start: int, stop: int, lang: str) -> Mention | None:
    """The first mention in the span, or ``None``."""
    found = find_mentions(text, start, stop, lang, limit=1)
    return found[0] if found else None


def _mention_at(text: str, toks: list, i: int, lang: str) -> tuple[Mention | None, int]:
    s, e, w = toks[i]
    low = w.lower()
    if low in PRONOUNS:
        return Mention(s, e, "pronoun", gender=PRONOUNS[low], surface=w), i + 1
    if lang == "ba" and low.startswith("матбуғат") and i + 1 < len(toks) \
            and toks[i + 1][2].lower().startswith("хеҙмәт"):
        return _ba_press(text, toks, i)
    if lang == "ru" and _ORG_HEADS.match(w) and not is_title_word(w):
        return _org(text, toks, i, lang)
    if is_title_word(w):
        return _chain(text, toks, i, lang)
    if _name_like(w, lang):
        j, name_toks = _name_run(text, toks, i, lang)
        if name_toks:
            return _named(text, name_toks, None, lang), j
    return None, i + 1


def _name_run(text: str, toks: list, i: int, lang: str) -> tuple[int, list]:
    """Name-like capitalised tokens from ``i`` (≤ 3, ending at a surname); ``[]`` if not a name."""
    j = i
    while j < len(toks) and j - i < 3 and _name_like(toks[j][2], lang):
        if j > i and text[toks[j - 1][1]:toks[j][0]].strip():
            break
        j += 1
        if j - 1 > i and _surname_shaped(toks[j - 1][2], lang) and not _PATRONYMIC.search(toks[j - 1][2].lower()):
            break
    run = toks[i:j]
    if not run:
        return i + 1, []
    if len(run) == 1 and not _surname_shaped(run[0][2], lang):
        if lang == "ba" or not _ru_single_name_ok(run[0][2]):
            return j, []
    return j, run


def _ru_single_name_ok(word: str) -> bool:
    return any("Surn" in str(p.tag) for p in ru_parse(word)[:2])


def _chain(text: str, toks: list, i: int, lang: str) -> tuple[Mention | None, int]:
    """A title chain from token ``i``: title words and complements, then an optional name."""
    first = toks[_ba_left(text, toks, i)][0] if lang == "ba" else toks[i][0]
    j = i + 1
    while j < len(toks) and j - i < 16:
        word = toks[j][2]
        low = word.lower()
        if not _gap_ok(text, toks[j - 1][1], toks[j][0], allow_comma=not _is_cap(word)):
            break
        if _is_cap(word) and _name_like(word, lang):
            k, name_toks = _name_run(text, toks, j, lang)
            if name_toks:
                title_stop = _prev_end(toks, name_toks[0])
                if text[title_stop:title_stop + 1] in "\"»”“":
                    title_stop += 1
                title = _clean(text[first:title_stop])
                return _named(text, name_toks, (first, title), lang), k
            j = k
            continue
        if low in _STOP_WORDS and low not in _CHAIN_PREPS:
            break
        j += 1
    title_text = _clean(text[first:toks[j - 1][1]])
    title_text = _trim_role(title_text)
    stop = first + len(title_text)
    return Mention(first, stop, "role", None, title_text, surface=title_text), j


_BA_LOCATIVE = re.compile(r"(?:да|дә|та|тә|ҙа|ҙә|нда|ндә|дан|дән|тан|тән|нан|нән|ҙан|ҙән|ға|гә|ҡа|кә)$")
_BA_PLURAL = re.compile(r"(?:лар|ләр|тар|тәр|ҙар|ҙәр|нар|нәр)$")
_BA_QUALIFIER_BREAK = frozenset({"менән", "өсөн", "тип", "тине", "ти", "һуң", "ҡаршы"})


def _ba_left(text: str, toks: list, i: int) -> int:
    """Bashkir titles put their qualifiers first (``Өфө ҡалаһы хакимиәте башлығы``): extend left."""
    k = i
    while k > 0 and i - k < 8:
        word = toks[k - 1][2]
        low = word.lower()
        if low == "ғәҙәттән":
            k -= 1
            continue
        if (not _gap_ok(text, toks[k - 1][1], toks[k][0], False) or low in _BA_QUALIFIER_BREAK
                or (low in _STOP_WORDS and low not in _CHAIN_PREPS) or is_ba_verb(word)
                or _BA_PLURAL.search(low) or word.isdigit() or low in PRONOUNS
                or (_BA_LOCATIVE.search(low) and not is_place_word(word) and low not in ("һаҡлау",))
                or _surname_shaped(word, "ba") or low in _BA_FUNCTION):
            break
        k -= 1
    return k


def _prev_end(toks: list, tok: tuple) -> int:
    idx = toks.index(tok)
    return toks[idx - 1][1] if idx > 0 else tok[0]


def _trim_role(title: str) -> str:
    """Drop trailing prepositions and conjunctions from a role chain."""
    words = title.split()
    while len(words) > 1 and words[-1].lower() in _CHAIN_PREPS:
        words.pop()
    return " ".join(words) if words else title


def _clean(s: str) -> str:
    return s.strip(" ,–—-\n\t")


def _org(text: str, toks: list, i: int, lang: str) -> tuple[Mention, int]:
    j = i + 1
    while j < len(toks) and j - i < 10 and _gap_ok(text, toks[j - 1][1], toks[j][0], False):
        if toks[j][2].lower() in _STOP_WORDS and toks[j][2].lower() not in _CHAIN_PREPS:
            break
        j += 1
    inner = find_mentions(text, toks[i + 1][0], toks[j - 1][1], lang) if j > i + 1 else []
    person = next((m for m in inner if m.kind == "name"), None)
    if person is not None and re.match(r"(?i)пресс-служб|матбуғат", toks[i][2]):
        return Mention(toks[i][0], person.stop, "name", person.name, person.title, person.gender,
                       text[toks[i][0]:person.stop]), j
    first = toks[_ba_left(text, toks, i)][0] if lang == "ba" else toks[i][0]
    phrase = _clean(text[first:toks[j - 1][1]])
    return Mention(first, first + len(phrase), "org", normalize_org(phrase, lang), None,
                   surface=phrase), j


def _ba_press(text: str, toks: list, i: int) -> tuple[Mention, int]:
    """``… министрлығының матбуғат хеҙмәтендә`` (qualifiers first) → the press service."""
    first = toks[_ba_left(text, toks, i)][0]
    stop = toks[i + 1][1]
    phrase = text[first:stop]
    return Mention(first, stop, "org", normalize_org(phrase, "ba"), None, surface=phrase), i + 2


def normalize_org(phrase: str, lang: str) -> str:
    """``пресс-службе Минздрава`` → ``пресс-служба Минздрава``; ``хеҙмәтендә`` → ``хеҙмәте``."""
    words = phrase.split()
    if not words:
        return phrase
    if lang == "ru":
        head = re.sub(r"(?i)(пресс-служб)[аеуыи]$", r"\1а", words[0])
        if head == words[0] and not words[0][:1].isupper():
            head = _ru_nominative(words[0])
        words[0] = head
    else:
        words[-1] = re.sub(r"(хеҙмәте|хеҙмәт)(?:ндә|нән|не)$", "хеҙмәте", words[-1])
    return " ".join(words)


def _named(text: str, name_toks: list, title: tuple[int, str] | None, lang: str) -> Mention:
    words = [t[2] for t in name_toks]
    start = title[0] if title else name_toks[0][0]
    stop = name_toks[-1][1]
    context = text[max(0, start - 14):start].lower()
    title_case = _ru_case(title[1].split()[0]) if title and lang == "ru" and title[1].split() else None
    nxt = WORD.search(text, stop, min(len(text), stop + 40))
    after = nxt.group() if nxt and not text[stop:nxt.start()].strip(" ") else ""
    name, gender = normalize_name(words, lang, context, title_case, after)
    title_text = title[1] if title else None
    if title_text and lang == "ru":
        title_text = _ru_title(title_text)
    return Mention(start, stop, "name", name, title_text or None, gender, text[start:stop])


class Registry:
    """Named people of a text in order of mention; resolves roles, pronouns and surnames."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.order: list[tuple[int, str]] = []  # (position, key)

    def add(self, mention: Mention) -> Entity | None:
        """Record a named mention; returns its entity (merged by surname)."""
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
