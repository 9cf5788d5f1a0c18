"""Blocks: the paragraphs (or lines) quotes and mentions are read in, each with its language.

Quotes are found on blocks before sentences, since sentence splitting breaks quotes apart; a
block's language comes from the caller, its letters (:attr:`bisumm.lang.Language.marker_letters`),
its first sentence or the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from ..lang import FALLBACK_LANGUAGE, MODULES, marked_language
from ..segment import trim_span

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document, Outline

__all__ = ["BlockSpan", "split_blocks", "in_bracket"]

_BLOCK_END = tuple(".!?…:»\"”")
_BLOCK_START = tuple("—–-«\"„“")


#: a line that opens with a dash and a lower-case word carries on the sentence before it
_DASH_ON = re.compile(r"[—–-]\s+[a-zа-яё]")
#: a line ending so ends a sentence or a list item
_ITEM_END = _BLOCK_END + (";",)


class BlockSpan(NamedTuple):
    """A block of the text (a paragraph or a line) and the language it is read in."""

    start: int
    stop: int
    lang: str


def split_blocks(doc: Document | Outline, lang: str = "auto") -> list[BlockSpan]:
    """Paragraphs split at line breaks that end a sentence or start a quote/dash line, each with the
    language it is read in (``lang`` when the caller forces one).

    >>> from bisumm.document import Document
    >>> [b.lang for b in split_blocks(Document.from_text("Уфа — столица.\\n\\nӨфө — баш ҡала."))]
    ['ru', 'ba']
    """
    text = doc.text
    out = []
    for para in doc.paragraphs:
        start = para.start
        for m in re.finditer(r"\n", text[para.start:para.stop]):
            nl = para.start + m.start()
            prev, nxt = text[start:nl].rstrip(), text[nl + 1:para.stop].lstrip()
            if in_bracket(text, start, nl) or _dash_goes_on(prev, nxt):
                continue  # (арбитража. —\nRT\n), «… ВМФ РФ произвел\n- на расстоянии …»: a sentence broken over lines
            if prev.endswith(_BLOCK_END) or nxt.startswith(_BLOCK_START) or len(prev) < 60 and not _goes_on(nxt):
                out.append((start, nl))
                start = nl + 1
        out.append((start, para.stop))
    spans = [trim_span(text, s, e) for s, e in out]
    spans = [(s, e) for s, e in spans if e > s]
    starts = doc.starts
    return [BlockSpan(s, e, _block_lang(doc, s, e, lang, starts)) for s, e in spans]


def _goes_on(line: str) -> bool:
    """A line that carries on the sentence of the line before (a link broken out of web text:
    ``— Вы сейчас\nв Китае\nна последнем этапе…``, ``(арбитража. —\nRT\n) по ключевым…``)."""
    return line[:1].islower() or line[:1] in ",;)"


def _dash_goes_on(prev: str, nxt: str) -> bool:
    """A dash and a lower-case word after a line that ends no sentence or list item (not a signature)."""
    return not prev.endswith(_ITEM_END) and _DASH_ON.match(nxt) is not None and "(@" not in nxt


def in_bracket(text: str, start: int, stop: int) -> bool:
    """A round bracket opened in ``text[start:stop]`` is still open at its end."""
    return text.count("(", start, stop) > text.count(")", start, stop)


def _block_lang(doc: Document | Outline, s: int, e: int, lang: str, starts: tuple[int, ...]) -> str:
    if lang != "auto":
        return lang
    marked = marked_language(doc.text, s, e)
    if marked is not None:
        return marked
    i = bisect_right(starts, s) - 1
    found = doc.sentences[i].lang if 0 <= i < len(doc.sentences) else doc.lang
    if found in MODULES:
        return found
    return doc.lang if doc.lang in MODULES else FALLBACK_LANGUAGE
