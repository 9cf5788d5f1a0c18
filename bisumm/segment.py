"""Paragraphs and sentences as offset spans (placeholder on razdel; being replaced, see issue 2)."""

from __future__ import annotations

import re

__all__ = ["split_paragraphs", "split_sentences"]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, stop)`` of each paragraph: text between blank lines, whitespace trimmed."""
    spans = []
    pos = 0
    for match in _BLANK_LINE.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, stop: int) -> tuple[int, int]:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def split_sentences(text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """``(start, stop)`` of each sentence inside one paragraph ``text[start:stop]``."""
    import razdel

    stop = len(text) if stop is None else stop
    out = []
    for line_start, line_stop in _lines(text, start, stop):
        chunk = text[line_start:line_stop]
        for sub in razdel.sentenize(chunk):
            out.append((line_start + sub.start, line_start + sub.stop))
    return out


def _lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for match in re.finditer(r"\n", text[start:stop]):
        spans.append((pos, start + match.start()))
        pos = start + match.end()
    spans.append((pos, stop))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]
