"""Renderers that mark quotes and speakers in the original text.

Formats: ``text`` (⟦…⟧ around quotes, ⟨…⟩ around speakers), ``markdown`` (quotes in ``**…**``,
speakers in ``_…_``), ``html`` (``<q>`` with ``data-speaker``/``title`` attributes, speakers in
``<mark>``, everything escaped), ``json`` (the spans) and ``rich`` (terminal markup, needs rich).

>>> from bisumm.types import Quote
>>> t = "«Да», — сказал Иван Петров."
>>> q = Quote(1, 3, "Да", speaker="Иван Петров", speaker_start=15, speaker_stop=26, kind="direct")
>>> highlight(t, [q], "markdown")
'«**Да**», — сказал _Иван Петров_.'
>>> highlight(t, [q], "html")
'«<q data-speaker="Иван Петров" title="Иван Петров">Да</q>», — сказал <mark class="speaker">Иван Петров</mark>.'
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from ..types import Quote

__all__ = ["highlight", "FORMATS", "spans"]

FORMATS = ("text", "markdown", "html", "json", "rich")


def spans(quotes: Sequence[Quote]) -> list[tuple[int, int, str, Quote]]:
    """Non-overlapping ``(start, stop, role, quote)`` marks in text order (``quote``/``speaker``)."""
    marks = []
    for q in quotes:
        marks.append((q.start, q.stop, "quote", q))
        if q.speaker_start is not None and q.speaker_stop is not None and q.speaker_stop > q.speaker_start:
            marks.append((q.speaker_start, q.speaker_stop, "speaker", q))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[tuple[int, int, str, Quote]] = []
    end = -1
    for mark in marks:
        if mark[0] >= end:  # speakers shared by several quotes are marked once
            out.append(mark)
            end = mark[1]
    return out


def highlight(text: str, quotes: Sequence[Quote], fmt: str = "markdown") -> str:
    """``text`` with its quotes and speakers marked in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "json":
        return json.dumps({"text": text, "quotes": [q.to_dict() for q in quotes]}, ensure_ascii=False)
    if fmt == "rich":
        return _rich(text, quotes)
    escape = html.escape if fmt == "html" else (lambda s: s)
    wrap = {"text": _wrap_text, "markdown": _wrap_markdown, "html": _wrap_html}[fmt]
    parts = []
    pos = 0
    for start, stop, role, q in spans(quotes):
        parts.append(escape(text[pos:start]))
        parts.append(wrap(escape(text[start:stop]), role, q))
        pos = stop
    parts.append(escape(text[pos:]))
    return "".join(parts)


def _wrap_text(s: str, role: str, q: Quote) -> str:
    return f"⟦{s}⟧" if role == "quote" else f"⟨{s}⟩"


def _wrap_markdown(s: str, role: str, q: Quote) -> str:
    if not s.strip():
        return s
    lead = s[: len(s) - len(s.lstrip())]
    trail = s[len(s.rstrip()):]
    core = s.strip().replace("*", "\\*").replace("_", "\\_")
    mark = "**" if role == "quote" else "_"
    return f"{lead}{mark}{core}{mark}{trail}"


def _wrap_html(s: str, role: str, q: Quote) -> str:
    if role == "speaker":
        return f'<mark class="speaker">{s}</mark>'
    who = html.escape(q.speaker or "", quote=True)
    attrs = f' data-speaker="{who}" title="{who}"' if q.speaker else ""
    if q.official:
        attrs += ' data-official="true"'
    if q.kind == "indirect":
        attrs += ' class="indirect"'
    return f"<q{attrs}>{s}</q>"


def _rich(text: str, quotes: Sequence[Quote]) -> str:
    """Console markup for :class:`rich.console.Console` (quotes bold, speakers underlined)."""
    from rich.markup import escape

    parts = []
    pos = 0
    for start, stop, role, q in spans(quotes):
        parts.append(escape(text[pos:start]))
        style = ("bold green" if q.official else "bold") if role == "quote" else "underline cyan"
        parts.append(f"[{style}]{escape(text[start:stop])}[/{style}]")
        pos = stop
    parts.append(escape(text[pos:]))
    return "".join(parts)
