"""Paragraphs and sentences as offset spans of the original text, Bashkir and Russian alike.

One rule set serves both languages (language detection runs per sentence, after this),
with the union of the languages' abbreviation lists. Spans are ``(start, stop)`` offsets
of the original text, whitespace-trimmed and never empty.

How a paragraph is cut:

* **Paragraphs** are separated by blank lines (or U+2029); a sentence never crosses one.
* **Candidates** are runs of ``. ! ? …`` (with closing quotes or brackets glued on)
  followed by whitespace, ``;`` before a list marker such as ``2)``, and emoticons
  such as ``:)``. A candidate is a boundary when the next word starts a sentence:
  not lower case, not a closing mark, not a dash followed by lower case (the
  attribution in ``«…!» — сказал он.`` stays with its quote).
* **Abbreviations** (``т. е.``, ``г.``, ``Л. Н.``, ``ул.``) never end a sentence, except
  before a capitalised function word (``… 2018 г. В другом …``). *Ending* abbreviations
  (``т.д.``, ``т.б.``, ``млн``, units after a number, Bashkir ``й.`` for йыл) end one
  when a capitalised word follows. Russian ``ул.`` is the Bashkir pronoun "ул" unless a
  preposition, a comma or the sentence start precedes it.
* **Numbered items** (``4.``, ``8.1.``, ``IV.``, ``§2.``) at a sentence start stay with their text.
* **Quotes** do not protect boundaries: a quote holding several sentences is cut like
  any text, so unbalanced quote marks cannot swallow a paragraph.
* **Line breaks.** A paragraph without any ``. ! ? …`` gives one sentence per line.
  Otherwise a line break ends a sentence when the next line starts with a dialogue
  dash or list marker, or when the line has no final punctuation (a headline, a
  caption, a subheading of a web page) and the next one starts with a capital — unless
  the paragraph is hard-wrapped prose (a third or more of its lines start in lower case),
  the line ends with a comma, hyphen or opening bracket, or the line reads as running
  prose cut by a scraped link (``… кёрлингисты Александр⏎Крушельницкий и …``: a comma
  and at least :data:`PROSE_WORDS` words; or a body line ending in a space before the short line of a
  cut-out link: ``Министр Украины ⏎Павел Климкин считает⏎, что …``). A line that starts
  in lower case or with a comma, closing bracket or quote always continues the sentence
  before it.

>>> text = "Уфа, 12.06.2023. Т. е. всё ясно. Хәбиров: «Эшләйбеҙ!» — тине ул. 2020 й. Ә беҙ..."
>>> [text[s:e] for s, e in split_sentences(text)]
['Уфа, 12.06.2023.', 'Т. е. всё ясно.', 'Хәбиров: «Эшләйбеҙ!» — тине ул.', '2020 й.', 'Ә беҙ...']
>>> split_paragraphs("Заголовок\\r\\n\\r\\nТекст.  ")
[(0, 9), (13, 19)]
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["split_paragraphs", "split_sentences", "abbreviations", "trim_span"]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*|\u2029\s*")
_SPACE = re.compile(r"\s*")
_CLOSERS = "»\"“”'’)]"
# A run starts where the previous character is not terminal punctuation (linear time). Every
# branch opens with a punctuation mark (lookbehinds after it), so the scan skips letters fast.
_CANDIDATE = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[»\"“”'’)\]]*+(?=\s)"   # . ! ? … with closing quotes
    r"|;(?=\s+(?:\d{1,3}|[^\W\d_])\)\s)"                      # ; before a list marker "2)"
    r"|[:;](?<=\s[:;])-?[()]++(?=\s)"                         # emoticons :) ;( :))
)
_NEWLINE = re.compile(r"\n")
_LINE_START_LETTER = re.compile(r"\n[^\S\n]*([^\W\d_])")
_TERMINAL = re.compile(r"[.!?…]")
_MARKER = re.compile(r"(?:[—–•*#]|-\s|\d{1,3}[.)]\s|[^\W\d_]\)\s)")
_LEFT_WORD = re.compile(r"[\w\u00ad\u0300-\u036f]+$")
_DOTTED_PREFIX = re.compile(r"(?:[^\W\d_]{1,4}\.\s?){1,3}$")
_NUMBERED = re.compile(r"§?\s?\d{1,3}(?:\.\d{1,3})*|[IVXLCDMІХ]{1,6}|[^\W\d_]")
_NEXT_WORD = re.compile(r"[^\W\d_][\w\u00ad]*")
_AFTER_NUMBER = re.compile(r"(?:\d|/|\b(?:тыс|млн|млрд|трлн|мең|кв|куб)\.?)\s*$")
_WINDOW = 24
_LINE_WORD = re.compile(r"\w+")
#: a line starting with one of these continues the sentence before it (``⏎, что``, ``⏎) является``)
_CONTINUING = ",;:)]»”%"
#: a line that is only a sentence's final mark (not an ellipsis opening the next sentence)
_FINAL_MARK = re.compile(r"[.!?](?![.!?…])[»\"”)\]]*(?:\s|$)")
#: a line without final punctuation that holds a comma and at least this many words is prose
#: cut by a line break, not a heading (set on RT dev page text)
PROSE_WORDS = 6
#: the text of a link cut out of a sentence holds at most this many words (set on RT dev page text)
LINK_WORDS = 6
#: a paragraph is hard-wrapped prose when at least this share of its lines start in lower case
WRAPPED_SHARE = 1 / 3

#: abbreviations that may end a sentence when a capitalised word follows
ENDING = frozenset({
    "т.д", "т.п", "т.б", "һ.б", "ҡ.б", "др", "и.др", "й", "йй", "млн", "млрд", "трлн", "тыс",
    "руб", "коп", "долл", "дол", "грн", "проц", "чел", "шт", "экз", "inc", "ltd", "co", "corp", "etc",
})
#: Latin-script titles quoted in both languages' news (``Dr. PawPaw``, ``Mr. Adams``)
LATIN = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "rev", "sen", "rep", "gov", "gen", "capt", "col",
    "lt", "sgt", "prof", "vs", "vol", "fig", "ed", "al",
})
#: units: ending abbreviations after a number (``19 км/ч.``), plain ones elsewhere (``см.``)
UNITS = frozenset({
    "км", "см", "мм", "м", "кг", "мг", "г", "т", "л", "мл", "га", "ч", "час", "мин", "сек",
    "с", "кв", "куб", "мес", "сут", "барр", "квт", "вт",
})
#: words before Russian "ул." (street); elsewhere "ул" is the Bashkir pronoun
_STREET_CONTEXT = frozenset({
    "на", "по", "в", "во", "с", "со", "у", "к", "ко", "до", "от", "из", "около", "вдоль",
    "напротив", "между", "угол", "угла", "углу", "пересечении", "адресу", "район", "районе",
})
#: capitalised, these start a sentence; they are never names or initials
FUNCTION_WORDS = frozenset({
    # Russian
    "в", "во", "на", "по", "с", "со", "к", "ко", "у", "о", "об", "из", "за", "до", "от", "для",
    "при", "после", "перед", "над", "под", "без", "через", "и", "а", "но", "однако", "также",
    "кроме", "как", "так", "когда", "если", "хотя", "поэтому", "тогда", "там", "тут", "здесь",
    "сейчас", "теперь", "затем", "потом", "еще", "ещё", "уже", "не", "ни", "он", "она", "оно",
    "они", "мы", "я", "вы", "ты", "его", "ее", "её", "их", "им", "это", "этот", "эта", "эти",
    "все", "всё", "вот", "что", "кто", "где", "почему", "сегодня", "вчера", "завтра",
    "напомним", "всего", "среди", "между", "около", "причем", "впрочем", "именно",
    # Bashkir
    "был", "бына", "ул", "улар", "уның", "уларҙың", "уға", "уны", "унда", "ә", "әммә", "ләкин",
    "тик", "шулай", "шул", "шуға", "шунан", "бөгөн", "кисә", "иртәгә", "әле", "хәҙер", "быйыл",
    "былтыр", "беҙ", "мин", "һин", "һеҙ", "бында", "һуңынан", "һәм", "йәғни", "әгәр", "сөнки",
    "быға", "бынан", "бының", "был", "бер", "ошо", "шулай", "инде", "тағы", "әлбиттә",
})


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Union of every language's abbreviations and :data:`LATIN` (lower case, no final dot, no spaces)."""
    from .lang import MODULES, get_language

    merged: set[str] = set(LATIN)
    for code in MODULES:
        merged.update(a.replace(" ", "") for a in get_language(code).abbreviations)
    return frozenset(merged)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, stop)`` of each paragraph: text between blank lines, whitespace trimmed."""
    return _paragraphs(text, 0, len(text))


def _paragraphs(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for match in _BLANK_LINE.finditer(text, start, stop):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, stop))
    return [s for s in (trim_span(text, a, b) for a, b in spans) if s[0] < s[1]]


def trim_span(text: str, start: int, stop: int) -> tuple[int, int]:
    """``(start, stop)`` narrowed so the span neither starts nor ends with whitespace."""
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def split_sentences(text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """``(start, stop)`` of each sentence of ``text[start:stop]`` (offsets into ``text``).

    >>> t = "Л.Н. Гумилев родился в 1912 г. в Петербурге. Ул ошо көндә килде, тине ул. Был яҡшы."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Л.Н. Гумилев родился в 1912 г. в Петербурге.', 'Ул ошо көндә килде, тине ул.', 'Был яҡшы.']
    >>> split_sentences("   ")
    []
    """
    stop = len(text) if stop is None else min(stop, len(text))
    out: list[tuple[int, int]] = []
    for para_start, para_stop in _paragraphs(text, max(0, start), stop):
        out.extend(_paragraph_sentences(text, para_start, para_stop))
    return out


def _paragraph_sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    cuts = _cuts(text, lo, hi)
    spans = []
    pos = lo
    for cut in cuts + [hi]:
        s, e = trim_span(text, pos, cut)
        if s < e:
            spans.append((s, e))
        pos = cut
    return spans


def _cuts(text: str, lo: int, hi: int) -> list[int]:
    """Boundary offsets inside one paragraph, in order."""
    has_newline = _NEWLINE.search(text, lo, hi) is not None
    if has_newline and _TERMINAL.search(text, lo, hi) is None:
        return [m.start() for m in _NEWLINE.finditer(text, lo, hi)]
    wrapped = has_newline and _is_wrapped(text, lo, hi)
    candidates = [(m.end(), m.start(), "run") for m in _CANDIDATE.finditer(text, lo, hi)]
    if has_newline:
        candidates += [(m.start(), m.start(), "line") for m in _NEWLINE.finditer(text, lo, hi)]
        candidates.sort()
    cuts: list[int] = []
    sent_start = lo
    for end, begin, kind in candidates:
        if end <= sent_start or end >= hi:
            continue
        if kind == "line":
            ok = _line_break(text, lo, hi, end, wrapped)
        else:
            ok = _run_break(text, lo, hi, begin, end, sent_start, wrapped)
        if ok:
            cuts.append(end)
            sent_start = _SPACE.match(text, end, hi).end()
    return cuts


def _is_wrapped(text: str, lo: int, hi: int) -> bool:
    """True when :data:`WRAPPED_SHARE` of the paragraph's lines start in lower case (hard-wrapped prose).

    A web page's one-line paragraphs with a few scraped links (``… обвиняет в⏎организации …``)
    are not wrapped: their headings still stand alone.
    """
    starts = [m.group(1).islower() for m in _LINE_START_LETTER.finditer(text, lo, hi)]
    return bool(starts) and sum(starts) >= WRAPPED_SHARE * len(starts)


def _line_break(text: str, lo: int, hi: int, pos: int, wrapped: bool) -> bool:
    """A line break not preceded by a punctuation candidate: headline, list, wrapped line."""
    s, e = trim_span(text, lo, pos)
    if s == e:
        return False
    last = text[e - 1]
    if _TERMINAL.match(last) or last in _CLOSERS and e - 2 >= s and _TERMINAL.match(text[e - 2]):
        return False  # the punctuation candidate decides
    nxt = _SPACE.match(text, pos, hi).end()
    if nxt >= hi or last in ",(«„-\u00ad":
        return False
    if _MARKER.match(text, nxt, hi):
        return True
    if last in ":;" or wrapped or text[nxt].islower() or text[nxt] in _CONTINUING:
        return False
    if _FINAL_MARK.match(text, nxt, hi):
        return False  # "… не было⏎." : the sentence's own final mark after a cut-out link
    line_start = text.rfind("\n", lo, e) + 1
    if _inside_link(text, lo, line_start, e, pos):
        return False  # "Эксперт отмечает, что ⏎представленный президентом⏎ Владимиром Путиным"
    if text[pos - 1] in " \t" and not text[line_start].isspace() and _link_line(text, nxt, hi):
        return False  # "Министр Украины ⏎Павел Климкин считает⏎, что": a scraped link
    line = text[line_start:e]
    return not ("," in line and len(_LINE_WORD.findall(line)) >= PROSE_WORDS)


def _inside_link(text: str, lo: int, line_start: int, e: int, pos: int) -> bool:
    """Is the line ``text[line_start:pos]`` a link cut out of a sentence on both sides?

    The line before it ends in a space, the link starts and ends flush and the sentence goes on
    after one space in lower case, a digit or a bracket (``сообщил ⏎ссылка⏎ 21 февраля``).
    Captions and credits (``РИА Новости ⏎ © …``) carry spaces inside their line breaks.
    """
    if line_start < lo + 2 or text[line_start - 2] not in " \t" or text[line_start].isspace():
        return False
    if text[pos - 1].isspace() or text[pos + 1:pos + 2] not in (" ", "\t"):
        return False
    after = text[pos + 2:pos + 3]
    return ((after.islower() or after.isdigit() or after == "(")
            and len(_LINE_WORD.findall(text, line_start, e)) <= LINK_WORDS)


def _link_line(text: str, start: int, hi: int) -> bool:
    """Is the line at ``start`` a cut-out link's text: short, without final punctuation?"""
    stop = text.find("\n", start, hi)
    line = text[start:hi if stop < 0 else stop].rstrip()
    return (stop >= 0 and not _TERMINAL.search(line[-1:])
            and len(_LINE_WORD.findall(line)) <= LINK_WORDS)


def _run_break(text: str, lo: int, hi: int, begin: int, end: int, sent_start: int,
               wrapped: bool) -> bool:
    """Does the punctuation run ``text[begin:end]`` end a sentence?"""
    gap_end = _SPACE.match(text, end, hi).end()
    if gap_end >= hi:
        return False
    nxt, word_start = _next_kind(text, gap_end, hi)
    run = text[begin:end]
    if run == ";":
        return True  # before a list marker "2)"
    if run[0] in ":;":  # an emoticon
        return nxt in ("upper", "digit", "dash_upper", "other")
    if nxt in ("lower", "close", "dash_lower"):
        return False
    if "\n" in text[end:gap_end] and not wrapped:
        return True
    if run[0] != "." or run.startswith("..") or run.rstrip(_CLOSERS) != run:
        return True
    return _after_period(text, lo, begin, sent_start, nxt, word_start, hi)


def _next_kind(text: str, pos: int, hi: int) -> tuple[str, int]:
    """What starts at ``pos``: lower, upper, digit, close, dash_lower, dash_upper, other."""
    ch = text[pos]
    dash = ch in "—–-"
    if dash:
        pos = _SPACE.match(text, pos + 1, hi).end()
        if pos >= hi:
            return "other", pos
        ch = text[pos]
    skipped = 0
    while ch in "«„“\"'(‘[" and skipped < 3 and pos + 1 < hi:
        pos += 1
        skipped += 1
        ch = text[pos]
    if ch.isalpha():
        kind = "lower" if ch.islower() else "upper"
    elif ch.isdigit():
        kind = "digit"
    elif not skipped and not dash and ch in ",;:)]»”\"'’":
        return "close", pos
    else:
        kind = "other"
    if dash:
        return ("dash_lower" if kind == "lower" else "dash_upper"), pos
    return kind, pos


def _after_period(text: str, lo: int, dot: int, sent_start: int, nxt: str, word_start: int,
                  hi: int) -> bool:
    """A single ``.`` before a capital, a digit or a symbol: abbreviation or sentence end?"""
    window = text[max(lo, dot - _WINDOW):dot]
    left = _LEFT_WORD.search(window)
    if left is None:
        return True
    if dot - sent_start <= 12 and _NUMBERED.fullmatch(text, sent_start, dot):
        return False  # "4. Я присутствовал", "IV. Глава", "§2. Объект"
    word = left.group().replace("\u00ad", "")
    kind = _abbreviation_kind(window[:left.start()], word)
    if kind is None:
        return True
    if nxt == "digit":
        return False
    if kind == "ending":
        if nxt == "other":
            return False  # "200 млн грн. ($17 млн) расходов"
        nw = _NEXT_WORD.match(text, word_start, hi)
        return not (nw and len(nw.group()) > 1 and nw.group().isupper())
    return nxt != "other" and _function_word(text, word_start, hi)


def _abbreviation_kind(before: str, word: str) -> str | None:
    """``"strict"``, ``"ending"`` or ``None`` for the word just before a period."""
    if len(word) == 1 and word.isupper():
        return "strict"  # an initial: "Л.", "В. В."
    low = word.lower()
    prefix = _DOTTED_PREFIX.search(before)
    if prefix is not None:
        key = (prefix.group() + low).replace(" ", "").lower()
        if key in ENDING:
            return "ending"
        if key in abbreviations() or all(len(p) == 1 for p in key.split(".")):
            return "strict"
    prev = before[-1:]
    if prev and (prev.isalnum() or prev in "-\u00ad") and not (prev.isdigit() and low in UNITS):
        return None  # "1990-е.", a word cut by a soft hyphen
    if low in UNITS and _AFTER_NUMBER.search(before):
        return "ending"
    if low == "ул":
        return "strict" if _street_context(before) else None
    if low in ENDING:
        return "ending"
    if low in abbreviations() or len(word) == 1 and word.isalpha():
        return "strict"
    return None


def _street_context(before: str) -> bool:
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ",(:;":
        return True
    prev = _LEFT_WORD.search(stripped)
    return prev is not None and prev.group().lower() in _STREET_CONTEXT


def _function_word(text: str, pos: int, hi: int) -> bool:
    """Is the word at ``pos`` a capitalised function word (not an initial ``В.``)?"""
    match = _NEXT_WORD.match(text, pos, min(hi, pos + 20))
    if match is None or not match.group()[0].isupper():
        return False
    after = text[match.end():match.end() + 1]
    return after != "." and match.group().lower() in FUNCTION_WORDS
