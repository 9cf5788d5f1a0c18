"""Pairing quotation marks inside one block of text (a paragraph or a line), in one pass.

Handles «…», „…“, “…”, "…" (ASCII, opening/closing told apart by their neighbours), nesting
to any depth, unclosed openers (the quote then ends at the block end) and stray closers.

>>> t = 'Он сказал: «Проект „Мёд“ идёт». «Без конца'
>>> [(t[p.inner_start:p.inner_stop], p.closed) for p in pair_marks(t, 0, len(t)).pairs]
[('Проект „Мёд“ идёт', True), ('Без конца', False)]
>>> t = 'ижади коллективтарҙы көтәбеҙ», — тине'
>>> pair_marks(t, 0, len(t)).strays
[28]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Pair", "Marks", "pair_marks", "pair_sentence_marks", "sentence_breaks", "is_initial", "OPENERS", "CLOSERS"]

OPENERS = "«„“\""
CLOSERS = "»“”\""
#: closer -> openers it may close
_CLOSES = {"»": "«", "“": "„", "”": "“„", "\"": "\""}


@dataclass(frozen=True, slots=True)
class Pair:
    """A top-level quotation: ``open`` and ``close`` are mark offsets (``close`` is None if unclosed)."""

    open: int
    close: int | None
    inner_start: int
    inner_stop: int

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def end(self) -> int:
        """Offset just after the closing mark (or the inner stop when unclosed)."""
        return self.close + 1 if self.close is not None else self.inner_stop


@dataclass
class Marks:
    """Top-level pairs of a block and the offsets of stray closers (no opener before them)."""

    pairs: list[Pair] = field(default_factory=list)
    strays: list[int] = field(default_factory=list)


def _ascii_role(text: str, i: int, start: int, stop: int, open_ascii: bool) -> str:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < stop else " "
    opening = before.isspace() or before in "([{«„—–-:/" or i == start
    closing = after.isspace() or after in ".,;:!?…)]}»—–-" or i + 1 == stop
    if open_ascii and closing and not before.isspace():
        return "close"
    if opening and not after.isspace():
        return "open"
    if closing and not before.isspace() and before not in "([{«„—–-:/":
        return "close"  # a closer glued to a word with no opener before it: a stray (``яҫтанғандар", - тине``)
    return "skip"


def _curly_role(ch: str, stack: list[tuple[str, int]]) -> str:
    if ch == "“":  # closes „ (Russian inner quotes), otherwise opens (English style)
        return "close" if stack and stack[-1][0] == "„" else "open"
    if ch == "”":
        return "close" if any(o in "“„" for o, _ in stack) else "skip"
    return "open" if ch in "«„" else "close"


#: a closing mark followed by the author's dash (``», — сказал``) ends the outermost quote
_AUTHOR_DASH = re.compile(r"\s*[,.!?…]?\s*[—–]\s")
#: any quotation mark (the pairing reads these characters only)
_MARK = re.compile("[«»„“”\"]")
#: unclosed outer quotes repaired at most this many times per block (keeps the work linear)
MAX_REPAIRS = 8


def _pair_marks(text: str, start: int, stop: int) -> Marks:
    """Pair the quotation marks of ``text[start:stop]``; linear in the block length.

    An inner quote left open (``«Ключ от сейфа … бесценны», — сказал он``) would leave the outer
    quote unclosed to the block end; then the first inner closer followed by the author's dash
    closes the outer quote instead, and pairing goes on after it.

    >>> t = "«Нашли ключ с биркой «Ключ от сейфа и документы», — сказал адвокат. Потом «всё»."
    >>> [(t[p.inner_start:p.inner_stop], p.closed) for p in pair_marks(t, 0, len(t)).pairs]
    [('Нашли ключ с биркой «Ключ от сейфа и документы', True), ('всё', True)]
    """
    marks = Marks()
    pos = start
    for _ in range(MAX_REPAIRS):
        repair = _pair_from(text, pos, stop, marks)
        if repair is None:
            break
        pos = repair
    else:
        _pair_from(text, pos, stop, marks, repair=False)
    marks.pairs.sort(key=lambda p: p.open)
    return marks


def _pair_from(text: str, start: int, stop: int, marks: Marks, repair: bool = True) -> int | None:
    """Pair the marks from ``start``; returns where to go on after repairing an unclosed outer quote."""
    stack: list[tuple[str, int]] = []
    candidate: int | None = None  # an inner closer followed by the author's dash, inside the outer quote
    for found in _MARK.finditer(text, start, stop):
        i, ch = found.start(), found.group()
        if ch == "\"":
            role = _ascii_role(text, i, start, stop, any(o == "\"" for o, _ in stack))
        else:
            role = _curly_role(ch, stack)
        if role == "open":
            if not stack:
                candidate = None
            stack.append((ch, i))
        elif role == "close":
            if candidate is None and len(stack) > 1 and ch == "»" and _AUTHOR_DASH.match(text, i + 1, stop):
                candidate = i
            _close(text, i, ch, stack, marks)
    if stack and repair and candidate is not None:
        marks.pairs.append(_pair(text, stack[0][1], candidate, candidate))
        return candidate + 1
    for _, pos in stack[:1]:  # the outermost unclosed opener runs to the block end
        marks.pairs.append(_pair(text, pos, None, stop))
    return None


def _close(text: str, i: int, ch: str, stack: list[tuple[str, int]], marks: Marks) -> None:
    wanted = _CLOSES[ch]
    depth = None
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] in wanted:
            depth = k
            break
    if depth is None:
        if not stack:
            marks.strays.append(i)
        return
    opener = stack[depth][1]
    del stack[depth:]
    if depth == 0:
        marks.pairs.append(_pair(text, opener, i, i))


def _pair(text: str, open_pos: int, close: int | None, stop: int) -> Pair:
    s, e = open_pos + 1, stop
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Pair(open_pos, close, s, e)


#: a sentence end (with any closing marks) before the next sentence
SENTENCE_BREAK = re.compile(r"[.!?…]+[»\"”“]*\s+(?=[^\W\d_]|[«\"“„—–-])")


def _pair_sentence_marks(text: str, start: int, stop: int) -> Marks:
    """Marks paired sentence by sentence, for a block whose sentences may be shuffled: an opener
    left open ends its sentence, a closer with no opener in its sentence is a stray. An opener left
    open and the next unpaired mark, a closer that fits it, make one pair over several sentences
    (``«A. B»``); an opener at the block start that is the block's only unpaired mark runs to the
    block end (a paragraph of a long quote).

    >>> t = '“Бер. Ике», — тине ул. Өс.'
    >>> m = pair_sentence_marks(t, 0, len(t))
    >>> [(t[p.inner_start:p.inner_stop], p.closed) for p in m.pairs], m.strays
    ([('Бер.', False)], [9])
    >>> t = '«Бер. Ике», — тине ул. Өс.'
    >>> [(t[p.inner_start:p.inner_stop], p.closed) for p in pair_sentence_marks(t, 0, len(t)).pairs]
    [('Бер. Ике', True)]
    """
    cuts = [start] + [m.end() for m in sentence_breaks(text, start, stop)]
    cuts.append(stop)
    out = Marks()
    loose: list[tuple[int, Pair | None]] = []  # unpaired marks in order: (offset, the open pair | None)
    for a, b in zip(cuts, cuts[1:]):
        if b <= a:
            continue
        part = _pair_marks(text, a, b)
        out.pairs.extend(p for p in part.pairs if p.closed)
        loose += [(p.open, p) for p in part.pairs if not p.closed] + [(x, None) for x in part.strays]
        loose += [(x, None) for x in _lone_closers(text, a, b, part)]
    loose.sort(key=lambda item: item[0])
    k = 0
    while k < len(loose):
        pos, opened = loose[k]
        nxt = loose[k + 1] if k + 1 < len(loose) else None
        if opened is not None and nxt is not None and nxt[1] is None and text[pos] in _CLOSES[text[nxt[0]]]:
            out.pairs.append(_pair(text, pos, nxt[0], nxt[0]))
            k += 2
            continue
        if opened is not None:
            out.pairs.append(_pair(text, pos, None, stop) if pos == start and len(loose) == 1 else opened)
        else:
            out.strays.append(pos)
        k += 1
    out.pairs.sort(key=lambda p: p.open)
    top: list[Pair] = []
    outer: Pair | None = None
    for p in out.pairs:  # a sentence's own pair inside one over several sentences
        if outer is not None and p.open < outer.end:
            if outer.open != start and _between(cuts, outer, p):
                top.append(p)  # (kept only in a sentence between the first and the last, read on its own)
            continue
        top.append(p)
        outer = p
    out.pairs = top
    return out


#: the characters of the blocks whose pairing is remembered (the entity layer and the quote finder pair the
#: same blocks; counted in characters, not blocks, so a text of many short blocks, ``«а» — `` × n, is not
#: forgotten halfway and re-paired, and memory stays flat)
MEMO_CHARS = 1_000_000
_PAIRED: dict[tuple[int, int, Callable[[str, int, int], Marks], str], Marks] = {}
_paired_chars = [0]


def forget_pairings() -> None:
    """Drop the remembered pairings (what a test that counts work does first, so the count does not
    depend on the texts read before)."""
    _PAIRED.clear()
    _paired_chars[0] = 0


def _remembered(pairing: Callable[[str, int, int], Marks], text: str, start: int, stop: int) -> Marks:
    """``pairing(text, start, stop)``, remembered per block: keyed on the block's characters and the two
    before it (all the pairing reads), returned as a fresh :class:`Marks`."""
    if stop - start > MEMO_CHARS:
        return pairing(text, start, stop)
    key = (start, stop, pairing, text[max(0, start - 2):stop])
    marks = _PAIRED.get(key)
    if marks is None:
        if _paired_chars[0] + len(key[3]) > MEMO_CHARS:
            _PAIRED.clear()
            _paired_chars[0] = 0
        marks = _PAIRED[key] = pairing(text, start, stop)
        _paired_chars[0] += len(key[3])
    return Marks(list(marks.pairs), list(marks.strays))


def pair_marks(text: str, start: int, stop: int) -> Marks:
    return _remembered(_pair_marks, text, start, stop)


def pair_sentence_marks(text: str, start: int, stop: int) -> Marks:
    return _remembered(_pair_sentence_marks, text, start, stop)


pair_marks.__doc__, pair_sentence_marks.__doc__ = _pair_marks.__doc__, _pair_sentence_marks.__doc__


def _between(cuts: list[int], outer: Pair, inner: Pair) -> bool:
    """``inner`` lies in a sentence after the first and before the last of ``outer``."""
    sentence = bisect_right(cuts, inner.open)
    return bisect_right(cuts, outer.open) < sentence < bisect_right(cuts, outer.close or outer.inner_stop)


def _lone_closers(text: str, start: int, stop: int, part: Marks) -> list[int]:
    """``…баһалайым”, — тине``: a ``”`` glued to the word before it, outside every pair of its sentence
    (the pairing skips a ``”`` with no opener, which English-style text may use otherwise)."""
    spans = [(p.open, p.end) for p in part.pairs]
    return [m.start() for m in _RIGHT_QUOTE.finditer(text, start + 1, stop) if not text[m.start() - 1].isspace() and
            not any(a <= m.start() < b for a, b in spans)]


_RIGHT_QUOTE = re.compile("”")


def sentence_breaks(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """Every :data:`SENTENCE_BREAK` in ``text[start:stop]`` that is no initial's dot."""
    return [m for m in SENTENCE_BREAK.finditer(text, start, stop) if not is_initial(text, m.start())]


def is_initial(text: str, dot: int) -> bool:
    """``Л.Н. Гумилев``, ``Р. Бикбаев``, ``т. е.``: a dot after one letter is not a sentence end (a letter
    standing alone: ``в 2018-й.`` and ``до -3 ˚С.`` end sentences).

    >>> t = "Л.Н. Гумилев умер в 2018-й. Было -3 ˚С. Всё."
    >>> [is_initial(t, i) for i, ch in enumerate(t) if ch == "."]
    [True, True, False, False, False]
    """
    if text[dot] != ".":
        return False
    return dot >= 1 and text[dot - 1].isalpha() and (dot < 2 or text[dot - 2].isspace() or
                                                     text[dot - 2] in ".(«\"“„'")  # not «2018-й.», «-3 ˚С.»
