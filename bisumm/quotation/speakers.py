"""Mentions → speakers: title chains, names (normalised), roles, pronouns and organisations.

A *mention* is what the text says (``главы Минздрава республики Айрата Рахматуллина``); an
*entity* is who it is (``Айрат Рахматуллин``, titled ``глава Минздрава республики``). The
:class:`Registry` collects every titled or named person of a text in order, so role mentions
(``глава региона``, ``илсе``) and pronouns (``он``, ``ул``) resolve to the last compatible one
(see :mod:`.entities`).

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
from .marks import pair_marks
from .titles import HONORIFICS, OBJECT_PRONOUNS, PERSON_NOUNS, PRONOUNS, is_ba_verb, is_place_noun, \
    is_place_word, is_title_word

__all__ = ["Mention", "find_mentions", "first_mention", "normalize_name", "WORD"]

from ..tokens import WORD_PATTERN as WORD
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


def _tokens(text: str, start: int, stop: int) -> list[tuple[int, int, str, bool]]:
    """Words of the span as ``(start, stop, word, quoted)``; quoted words (``«Салавата Юлаева»``) name no person."""
    stop = min(stop, len(text))
    inside = [(p.inner_start, p.inner_stop) for p in pair_marks(text, start, stop).pairs]
    out, k = [], 0
    for m in WORD.finditer(text, start, stop):
        while k < len(inside) and inside[k][1] <= m.start():
            k += 1
        out.append((m.start(), m.end(), m.group(), k < len(inside) and inside[k][0] <= m.start()))
    return out


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
        if toks[i][3]:
            i += 1
            continue
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
    s, e, w, _ = toks[i]
    low = w.lower()
    if low in PRONOUNS:
        return Mention(s, e, "pronoun", gender=PRONOUNS[low], surface=w), i + 1
    if low in PERSON_NOUNS:
        return Mention(s, e, "person", surface=w), i + 1
    if lang == "ba" and _BA_ORG.match(low) and _ba_org_end(text, toks, i):
        return _ba_org(text, toks, i)
    if lang == "ba" and _ba_press_at(toks, i):
        return _ba_press(text, toks, i)
    if lang == "ba" and _ba_press_at(toks, i + 1):
        return None, i + 1  # Ҡала хакимиәтенең | матбуғат хеҙмәте: the press service takes the qualifiers
    if lang == "ru" and _ORG_HEADS.match(w) and not is_title_word(w):
        return _org(text, toks, i, lang)
    if is_title_word(w):
        return _chain(text, toks, i, lang)
    if _name_like(w, lang):
        j, name_toks = _name_run(text, toks, i, lang)
        if name_toks:
            return _apposition(text, toks, j, _named(text, name_toks, None, lang), lang)
    return None, i + 1


def _apposition(text: str, toks: list, j: int, named: Mention, lang: str) -> tuple[Mention, int]:
    """``Радий Хабиров, глава региона, заявил``: a title set off by commas after the name."""
    if j >= len(toks) or text[toks[j - 1][1]:toks[j][0]].strip() != ",":
        return named, j
    head = next((k for k in range(j, min(len(toks), j + 6)) if is_title_word(toks[k][2])), None)
    if head is None or any(text[toks[k - 1][1]:toks[k][0]].strip() for k in range(j + 1, head + 1)):
        return named, j
    role, k = _chain(text, toks, head, lang)
    if role is None or role.kind != "role" or role.start != toks[j][0] or not role.title:
        return named, j
    title = role.title.split(",")[0].strip()
    stop = role.start + len(title)
    after = text[stop:stop + 2].lstrip(" ")
    if after[:1] not in ("", ",", ".", ";", ")", "—", "–", "!", "?", "\n"):
        return named, j
    if lang == "ru":
        title = _ru_title(title)
    k = next((n for n in range(j, len(toks)) if toks[n][0] >= stop), len(toks))
    return Mention(named.start, stop, "name", named.name, title, named.gender, text[named.start:stop]), k


def _name_run(text: str, toks: list, i: int, lang: str) -> tuple[int, list]:
    """Name-like capitalised tokens from ``i`` (≤ 3, ending at a surname); ``[]`` if not a name."""
    if toks[i][3] or (i > 0 and lang == "ru" and is_place_noun(toks[i - 1][2], "ru")):
        return i + 1, []
    j = i
    while j < len(toks) and j - i < 3 and not toks[j][3] and _name_like(toks[j][2], lang):
        if j > i and text[toks[j - 1][1]:toks[j][0]].strip():
            break
        j += 1
        if j - 1 > i and _surname_shaped(toks[j - 1][2], lang) and not _PATRONYMIC.search(toks[j - 1][2].lower()):
            break
    run = toks[i:j]
    if not run:
        return i + 1, []
    if lang == "ba" and j < len(toks) and is_place_noun(toks[j][2], "ba"):
        return j, []  # Ҡыҙыл Яр ауылында
    if len(run) == 3 and not _PATRONYMIC.search(run[1][2].lower()):
        return i + 1, []  # Сабантуйҙа Радий Хәбиров: the name starts at the next word
    if len(run) == 1 and lang == "ba" and j < len(toks) and toks[j][2].lower() in HONORIFICS:
        return j + 1, toks[i:j + 1]  # Сәлимә апай
    if len(run) == 1 and not _surname_shaped(run[0][2], lang):
        if lang == "ba" or not _ru_single_name_ok(run[0][2]):
            return j, []
    return j, run


def _ru_single_name_ok(word: str) -> bool:
    return any("Surn" in str(p.tag) for p in ru_parse(word)[:2])


def _chain(text: str, toks: list, i: int, lang: str) -> tuple[Mention | None, int]:
    """A title chain from token ``i``: title words and complements, then an optional name."""
    first = toks[_ba_left(text, toks, i)][0] if lang == "ba" else toks[i][0]
    if first > 0 and text[first - 1] in "«\"„“":
        first -= 1  # «Салауат Юлаев» тренеры
    j = i + 1
    while j < len(toks) and j - i < 16:
        word = toks[j][2]
        low = word.lower()
        if toks[j][3] and (toks[j - 1][3] or _gap_ok(text, toks[j - 1][1], toks[j][0], False)):
            j += 1
            continue
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
    if lang == "ba":  # qualifiers come first: a role ends with its title words (башлығы урынбаҫары)
        j = next((n for n in range(i + 1, j) if not is_title_word(toks[n][2])), j)
    title_text = _clean(text[first:toks[j - 1][1]])
    title_text = _trim_role(title_text)
    stop = first + len(title_text)
    return Mention(first, stop, "role", None, title_text, surface=title_text), j


_BA_LOCATIVE = re.compile(r"(?:да|дә|та|тә|ҙа|ҙә|нда|ндә|дан|дән|тан|тән|нан|нән|ҙан|ҙән|ға|гә|ҡа|кә)$")
_BA_PLURAL = re.compile(r"(?:лар|ләр|тар|тәр|ҙар|ҙәр|нар|нәр)(?:ҙы|ҙе|ҙың|ҙең|ға|гә|ҙа|ҙә|ҙан|ҙән)?$")
_BA_QUALIFIER_BREAK = frozenset({"менән", "өсөн", "тип", "тине", "ти", "һуң", "ҡаршы"})


def _ba_left(text: str, toks: list, i: int) -> int:
    """Bashkir titles put their qualifiers first (``Өфө ҡалаһы хакимиәте башлығы``): extend left."""
    k = i
    while k > 0 and i - k < 8:
        word = toks[k - 1][2]
        low = word.lower()
        if low == "ғәҙәттән" or (toks[k - 1][3] and _gap_ok(text, toks[k - 1][1], toks[k][0], False)):
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


def _ba_press_at(toks: list, i: int) -> bool:
    return i + 1 < len(toks) and toks[i][2].lower().startswith("матбуғат") and \
        toks[i + 1][2].lower().startswith("хеҙмәт")


def _ba_press(text: str, toks: list, i: int) -> tuple[Mention, int]:
    """``… министрлығының матбуғат хеҙмәтендә`` (qualifiers first) → the press service."""
    first = toks[_ba_left(text, toks, i)][0]
    stop = toks[i + 1][1]
    phrase = text[first:stop]
    return Mention(first, stop, "org", normalize_org(phrase, "ba"), None, surface=phrase), i + 2


_BA_ORG = re.compile(r"(?:министрлы[ғҡ]|хакимиәт|хөкүмәт|идаралы[ғҡ]|прокуратура|комитет|мчс|мвд|гибдд|гу-)")
_BA_ORG_CASE = re.compile(r"(?:ында|ендә|ынан|енән|-?(?:та|тә|да|дә|ҙа|ҙә|нан|нән|тан|тән|дан|дән))$")


def _ba_org_end(text: str, toks: list, i: int) -> bool:
    """An organisation word ends its phrase: case-marked, or followed by a verb or punctuation."""
    low = toks[i][2].lower()
    if _BA_ORG_CASE.search(low) and not low.endswith(("хакимиәт", "хөкүмәт")):
        return True
    if i + 1 >= len(toks) or text[toks[i][1]:toks[i + 1][0]].strip():
        return True
    nxt = toks[i + 1][2].lower()
    return not is_title_word(nxt) and (is_ba_verb(nxt) or nxt.startswith(("хәбәр", "белдер")))


def _ba_org(text: str, toks: list, i: int) -> tuple[Mention, int]:
    """``Иҡтисади үҫеш министрлығында``, ``Башҡортостан буйынса ГУ МЧС-та`` (qualifiers first)."""
    k = _ba_left(text, toks, i)
    if k == i and i > 0 and _BA_PLURAL.search(toks[i - 1][2].lower()) and _gap_ok(text, toks[i - 1][1], toks[i][0], False):
        k = _ba_left(text, toks, i - 1)  # Эске эштәр министрлығы
    first = toks[k][0]
    phrase = text[first:toks[i][1]]
    return Mention(first, toks[i][1], "org", normalize_org(phrase, "ba"), None, surface=phrase), i + 1


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
        words[-1] = re.sub(r"(?<=\w\w\w)(ы|е)(?:нда|ндә|нан|нән)$", r"\1", words[-1])
        words[-1] = re.sub(r"-(?:та|тә|да|дә|ҙа|ҙә|нан|нән|тан|тән|дан|дән)$", "", words[-1])
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
