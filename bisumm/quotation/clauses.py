"""Clause and sentence bounds inside a block, shared by every language's quote rules.

>>> t = "Л.Н. Гумилев писал об этом. Ещё одно."
>>> sentence_end(t, 0, len(t)), t[clause_begin(t, 30, 0):30]
(26, 'Ещ')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..entities.mentions import WORD
from ..marks import Pair, is_initial

__all__ = ["BREAK", "NEXT_PART", "trim_end", "trim_unopened", "opened_after_colon", "Raw", "sentence_end", "ends_sentence", "is_initial", "clause_begin", "clause_start",
           "skip_space", "last_non_space", "opens_sentence", "listed"]

#: ``П, — а``: the dash after a quote's part that opens author words (group 1: the punctuation)
BREAK = re.compile(r"([,!?…]|\.\.\.)\s*[—–-]\s+")
#: ``. — `` / ``, — `` after author words: the next part of the quote
NEXT_PART = re.compile(r"\s*[.,]?\s*[—–-]\s+")


@dataclass(frozen=True, slots=True)
class Raw:
    """A candidate quotation from a rule: content span, speaker search span, rule name."""

    start: int
    stop: int
    author_start: int
    author_stop: int
    pattern: str
    kind: str = "indirect"
    #: an impersonal report (``сообщается, что``): kept with no speaker when none is named
    speakerless: bool = False
    #: reported by a converb that may close a direct quote's author words (``«…», — сказал X, добавив, что П``)
    by_converb: bool = False


_SENT_END = re.compile(r"[.!?…](?=[\s»\"”]|$)")
#: after sentence punctuation: closing marks, then a lower-case word (``«Вперёд!» и ушёл``): words quoted
#: inside the sentence, which goes on
_QUOTED_GOES_ON = re.compile(r"[»\"”)]+\s*[a-zа-яё]")
#: a short word cut by a dot after a number (or a number and its multiplier) or another such word, a lower-case
#: word after it: a unit (``30 тыс. бойцов``, ``100 тыс. кв. км``, ``700 млрд руб. на покрытие``)
_UNIT = re.compile(r"(?:\d\s?(?:[a-zа-яё]{2,5}\s)?|[a-zа-яё]\.\s)[a-zа-яё]{1,5}$")
_LOWER_NEXT = re.compile(r"\s+[a-zа-яё]")
#: how far back :func:`clause_begin` looks for the start of a sentence
CLAUSE_LOOKBACK = 300
#: a one-letter unit after a cut word (``51 млрд куб. м.``) before a capital: the sentence ends there
_LETTER_UNIT = re.compile(r"[a-zа-яё]{2,5}\.\s[a-zа-яё]$")
_UPPER_NEXT = re.compile(r"\s+[A-ZА-ЯЁ]")


def ends_sentence(text: str, i: int) -> bool:
    """The punctuation mark at ``i`` ends a sentence: no initial (``Л.Н.``), no unit abbreviation
    before a lower-case word, no quoted words that a lower-case word continues, no dot inside a
    word (``Gordon.ua``, ``4.5``).

    >>> t = "около 30 тыс. бойцов, 100 тыс. кв. км, 700 млрд руб. на сайт Gordon.ua. Всё. был ли. 4 млрд куб. м. Но"
    >>> [ends_sentence(t, i) for i, ch in enumerate(t) if ch == "."]
    [False, False, False, False, False, True, True, True, False, True]
    """
    if text[i] == "." and _LETTER_UNIT.search(text, max(0, i - 9), i) and _UPPER_NEXT.match(text, i + 1):
        return True
    if is_initial(text, i) or _QUOTED_GOES_ON.match(text, i + 1) is not None:
        return False
    if text[i] != ".":
        return True
    if i + 1 < len(text) and (text[i + 1].isalnum() or text[i + 1] in ",;:"):
        return False  # (Gordon.ua, 4.5; 1,35 тыс., что …)
    return not (_LOWER_NEXT.match(text, i + 1) and _UNIT.search(text, max(0, i - 14), i))


def sentence_end(text: str, pos: int, stop: int) -> int:
    """Offset of the end of the sentence that contains ``pos`` (before its final period)."""
    m = _SENT_END.search(text, pos, stop)
    while m and not ends_sentence(text, m.start()):
        m = _SENT_END.search(text, m.end(), stop)
    if not m:
        return stop
    return m.start() if text[m.start()] == "." else m.end()


def clause_begin(text: str, pos: int, start: int) -> int:
    """Start of the sentence holding ``pos`` (bounded to the block)."""
    i = pos
    lower = max(start, pos - CLAUSE_LOOKBACK)
    while i > lower:
        ch = text[i - 1]
        if ch == "\n" or ch in ".!?…" and ends_sentence(text, i - 1):
            break
        i -= 1
    return skip_space(text, i, pos)


def clause_start(text: str, pos: int, start: int) -> bool:
    """Whether ``pos`` opens a clause (block start, or after sentence punctuation, a dash or a mark)."""
    before = text[start:pos].rstrip()
    return not before or before[-1] in ".!?…:;\n—–-«\"" or before.endswith(("»", "\"", "”"))


def skip_space(text: str, i: int, stop: int) -> int:
    """The first non-space offset from ``i`` (at most ``stop``)."""
    while i < stop and text[i].isspace():
        i += 1
    return i


def last_non_space(text: str, pos: int, start: int) -> int:
    """The offset of the last non-space character before ``pos`` (at least ``start``), or ``start - 1``."""
    j = pos - 1
    while j >= start and text[j].isspace():
        j -= 1
    return j


def trim_end(text: str, s: int, e: int) -> int:
    """End of a quote's words before trailing space and a final period (an ellipsis is kept)."""
    while e > s and (text[e - 1].isspace() or text[e - 1] == "."):
        e -= 1
        if text[e - 1:e] == ".":  # keep an ellipsis typed as dots
            break
    return e


def trim_unopened(text: str, s: int, e: int) -> int:
    """End of a quote's words before trailing space and closing marks opened nowhere in ``text[s:e]``
    (``… аңғартабыҙ”`` when the opener was shuffled into another sentence), then before a final period.

    >>> t = 'Ашыҡмаҫҡа кәрәк.” Ә «бер» ике»'
    >>> t[:trim_unopened(t, 0, 17)], t[:trim_unopened(t, 0, len(t))], t[:trim_unopened(t, 0, 25)]
    ('Ашыҡмаҫҡа кәрәк', 'Ашыҡмаҫҡа кәрәк.” Ә «бер» ике', 'Ашыҡмаҫҡа кәрәк.” Ә «бер»')
    """
    stop = e
    while stop > s and (text[stop - 1].isspace() or _unopened(text, s, stop - 1)):
        stop -= 1
    return trim_end(text, s, stop) if stop < e else e


def _unopened(text: str, start: int, closer: int) -> bool:
    """The mark at ``closer`` closes no mark opened in ``text[start:closer]``."""
    mark, before = text[closer], text[start:closer]
    if mark == '"':
        return before.count('"') % 2 == 0
    if mark == "»":
        return before.count("«") <= before.count("»")
    return mark == "”" and before.count("“") + before.count("„") <= before.count("”")


_COLON_MARK = re.compile(r":\s*([«“„”\"])\s*(?=\S)")


def opened_after_colon(text: str, start: int, stray: int) -> tuple[int, int | None]:
    """``Авторҙың: ”П”, — тип …``: a mark after a colon opens the words a stray closer ends (typed with the
    closing shape): where the words start and the mark; ``(start, None)`` if there is none. A mark closed
    before the stray opens a name the words start with (``X: “Башҡортостан” — минең гәзит!”``): the words
    start at it."""
    found = None
    for m in _COLON_MARK.finditer(text, start, stray):
        found = m
    if found is None or len(WORD.findall(text, found.end(), stray)) < 2:
        return start, None
    return (found.start(1) if re.search(r"[»”\"]", text[found.end():stray]) else found.end()), found.start(1)


def opens_sentence(text: str, opener: int, block_start: int) -> bool:
    """The opening mark starts a sentence or a clause after a colon or a dash (not ``фильму «Бригада»``)."""
    head = text[block_start:opener].rstrip()
    return not head or head[-1] in ".!?…:—–-"


#: a closing mark and ``, «`` or ``и «`` after it; the same before an opening mark
_LIST_AFTER = re.compile(r"\s*(?:,|\s+и|\s+а также)\s*[«\"„“]")
_LIST_BEFORE = re.compile(r"[»\"“”]\s*(?:,|\s(?:и|а также))\s*$")
#: a listed item holds at most this many words (longer quotes in a row are somebody's words)
LIST_ITEM_WORDS = 6


def listed(text: str, pair: Pair) -> bool:
    """A short «…» in a list of marked items (``«А», «Б» и «В»``): names, not words said."""
    if len(WORD.findall(text, pair.inner_start, pair.inner_stop)) > LIST_ITEM_WORDS:
        return False
    return _LIST_AFTER.match(text, pair.end) is not None or \
        _LIST_BEFORE.search(text, max(0, pair.open - 12), pair.open) is not None
