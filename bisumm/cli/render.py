"""Rendering of batch results (the dicts of :mod:`bisumm.batch`) as text, Markdown, HTML or JSON.

Every renderer takes one result and returns a string ending in a newline. JSON is one
object per line (JSON Lines; a single document is one valid JSON document), UTF-8 with
the keys in the order the records' ``to_dict()`` gives them. Colour (ANSI) is used only
by the text format, and only when the caller says so (see :func:`use_color`).

>>> result = {"id": "a.txt", "lang": "ru", "method": "auto", "text": "Уфа растёт.",
...           "sentences": [], "quotes": []}
>>> render(result, kind="summary", fmt="text")
'Уфа растёт.\\n'
>>> render(result, kind="summary", fmt="json")[:30]
'{"id": "a.txt", "lang": "ru", '
>>> render({"id": 1, "lang": "ba", "confidence": 0.9, "scores": {}}, kind="detect", fmt="markdown")
'**Language:** ba (confidence 0.90)\\n'
"""

from __future__ import annotations

import html
import json
import os
from typing import Any, TextIO

__all__ = ["FORMATS", "KINDS", "render", "prologue", "epilogue", "use_color", "highlight", "json_line"]

FORMATS = ("text", "markdown", "html", "json")
KINDS = ("summary", "quotes", "keywords", "detect")

_RESET, _BOLD, _SPEAKER, _QUOTE, _DIM = "\x1b[0m", "\x1b[1m", "\x1b[1;36m", "\x1b[32m", "\x1b[2m"


def use_color(stream: TextIO, no_color: bool = False) -> bool:
    """Colour only on a terminal, and never with ``--no-color``, ``NO_COLOR`` or ``TERM=dumb``."""
    if no_color or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def prologue(fmt: str) -> str:
    """What comes before the first document (an HTML page head)."""
    if fmt == "html":
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>bisumm</title>\n'
                "</head>\n<body>\n")
    return ""


def epilogue(fmt: str) -> str:
    """What comes after the last document."""
    return "</body>\n</html>\n" if fmt == "html" else ""


#: characters that end a line for ``str.splitlines`` but that ``json.dumps`` leaves raw
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(value: Any) -> str:
    r"""``value`` as one JSON Lines line: UTF-8 text, and no character any reader splits a line at.

    >>> json_line({"text": "a\u2028b"})
    '{"text": "a\\u2028b"}\n'
    """
    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


def render(result: dict[str, Any], *, kind: str, fmt: str, color: bool = False,
           heading: bool = False) -> str:
    """One result as ``fmt``; ``heading`` names the document (for batches of several)."""
    if fmt == "json":
        return json_line(result)
    if "error" in result:
        return ""
    body = _RENDERERS[kind](result, fmt, color)
    if fmt == "html":
        title = f"<h2>{_h(result.get('id'))}</h2>\n" if heading else ""
        return f'<article data-id="{_h(result.get("id"))}">\n{title}{body}</article>\n'
    if not heading:
        return body
    if fmt == "markdown":
        return f"## {result.get('id')}\n\n{body}\n"
    name = f"==> {result.get('id')} <=="
    return f"{_BOLD}{name}{_RESET}\n{body}\n" if color else f"{name}\n{body}\n"


# --- summaries -----------------------------------------------------------------------------------

def _summary(result: dict[str, Any], fmt: str, color: bool) -> str:
    text, quotes, keywords = result.get("text", ""), result.get("quotes") or [], result.get("keywords")
    if fmt == "html":
        out = f'<p class="summary" lang="{_h(result.get("lang"))}">{_h(text)}</p>\n'
        out += _keyword_list(keywords, fmt, color) if keywords else ""
        return out + (_quote_list(quotes, fmt, color) if quotes else "")
    out = f"{text}\n" if text else ""
    if keywords:
        label = "**Keywords:**" if fmt == "markdown" else (f"{_BOLD}Keywords:{_RESET}" if color else "Keywords:")
        out += f"\n{label} " + ", ".join(kw["text"] for kw in keywords) + "\n"
    if quotes:
        label = "**Quotes**" if fmt == "markdown" else (f"{_BOLD}Quotes:{_RESET}" if color else "Quotes:")
        out += f"\n{label}\n" + _quote_list(quotes, fmt, color)
    return out


# --- quotes -------------------------------------------------------------------------------------

def _quotes(result: dict[str, Any], fmt: str, color: bool) -> str:
    quotes = result.get("quotes") or []
    if "text" in result:
        marked = highlight(result["text"], quotes, fmt=fmt, color=color)
        if fmt == "html":
            return f'<div class="text" lang="{_h(result.get("lang"))}">{marked}</div>\n'
        return marked if marked.endswith("\n") else marked + "\n"
    if not quotes:
        return "<p>No quotations.</p>\n" if fmt == "html" else "No quotations.\n"
    return _quote_list(quotes, fmt, color)


def _quote_list(quotes: list[dict[str, Any]], fmt: str, color: bool) -> str:
    if fmt == "html":
        items = "".join(_quote_html(q) for q in quotes)
        return f'<ul class="quotes">\n{items}</ul>\n'
    bullet = "- " if fmt == "markdown" else "  "
    return "".join(f"{bullet}{_quote_line(q, fmt, color)}\n" for q in quotes)


def _quote_line(q: dict[str, Any], fmt: str, color: bool) -> str:
    speaker = q.get("speaker") or "(unattributed)"
    flags = ", ".join(f for f in ("official" if q.get("official") else "", q.get("kind", "")) if f)
    title = f", {q['title']}" if q.get("title") else ""
    mention = q.get("mention")
    if mention and q.get("speaker") and not _shares_word(mention, f"{q['speaker']} {q.get('title') or ''}"):
        title += f" [{mention}]"  # the words the text used (он, ул) when they neither name nor title the speaker
    said = f"«{q.get('text', '')}»"
    if fmt == "markdown":
        return f"**{speaker}**{title} ({flags}): {said}"
    if color:
        return f"{_SPEAKER}{speaker}{_RESET}{title} {_DIM}({flags}){_RESET}: {_QUOTE}{said}{_RESET}"
    return f"{speaker}{title} ({flags}): {said}"


def _shares_word(words: str, other: str) -> bool:
    """Some word of ``words`` begins like a word of ``other`` (case forms aside: ``Назарова``, ``Назаров``)."""
    stems = {w[:5].lower() for w in other.split()}
    return any(w[:5].lower() in stems for w in words.split())


def _quote_html(q: dict[str, Any]) -> str:
    speaker = q.get("speaker") or ""
    who = f'<span class="speaker">{_h(speaker)}</span>' if speaker else '<span class="speaker unattributed"></span>'
    title = f', <span class="title">{_h(q["title"])}</span>' if q.get("title") else ""
    return (f'<li class="quote {_h(q.get("kind", ""))}" data-official="{str(bool(q.get("official"))).lower()}">'
            f'{who}{title}: <q data-speaker="{_h(speaker)}">{_h(q.get("text", ""))}</q></li>\n')


def highlight(text: str, quotes: list[dict[str, Any]], *, fmt: str, color: bool = False) -> str:
    """``text`` with its quotes and speakers marked for ``fmt`` (text uses ANSI when ``color``).

    The marks are :func:`bisumm.quotation.highlight.highlight`'s; only the terminal colours
    are drawn here, on the same :func:`~bisumm.quotation.highlight.spans`.

    >>> q = {"start": 8, "stop": 13, "text": "Добро", "speaker": "Глава",
    ...      "speaker_start": 18, "speaker_stop": 23}
    >>> print(highlight("Сказал «Добро», — Глава.", [q], fmt="text"))
    Сказал «⟦Добро⟧», — ⟨Глава⟩.
    """
    from ..quotation.highlight import highlight as marked, spans
    from ..types import Quote

    records = [Quote(**q) for q in quotes]
    if not (color and fmt == "text"):
        return marked(text, records, fmt)
    out, pos = [], 0
    for start, stop, role, _ in spans(records):
        out.append(f"{text[pos:start]}{_SPEAKER if role == 'speaker' else _QUOTE}{text[start:stop]}{_RESET}")
        pos = stop
    return "".join(out) + text[pos:]


# --- keywords -----------------------------------------------------------------------------------

def _keywords(result: dict[str, Any], fmt: str, color: bool) -> str:
    keywords = result.get("keywords") or []
    if not keywords:
        return "<p>No keywords.</p>\n" if fmt == "html" else "No keywords.\n"
    return _keyword_list(keywords, fmt, color)


def _keyword_list(keywords: list[dict[str, Any]], fmt: str, color: bool) -> str:
    """One keyword a line: score, kind and text (Markdown: a table; HTML: a list).

    >>> print(_keyword_list([{"text": "Радий Хабиров", "score": 1.0, "kind": "name", "occurrences": [{}, {}]}],
    ...                     "text", False), end="")
    1.000  name    Радий Хабиров ×2
    """
    if fmt == "html":
        items = "".join(f'<li class="keyword {_h(kw.get("kind"))}" data-score="{float(kw.get("score", 0)):.3f}">'
                        f'{_h(kw.get("text"))}</li>\n' for kw in keywords)
        return f'<ul class="keywords">\n{items}</ul>\n'
    if fmt == "markdown":
        rows = "".join(f"| {i} | {_md_cell(kw['text'])} | {kw.get('kind', '')} | {float(kw.get('score', 0)):.3f} "
                       f"| {len(kw.get('occurrences') or [])} |\n" for i, kw in enumerate(keywords, 1))
        return "| # | keyword | kind | score | count |\n|---|---|---|---|---|\n" + rows
    out = []
    for kw in keywords:
        text = f"{_BOLD}{kw['text']}{_RESET}" if color else kw["text"]
        out.append(f"{float(kw.get('score', 0)):.3f}  {kw.get('kind', ''):<6}  {text} "
                   f"×{len(kw.get('occurrences') or [])}\n")
    return "".join(out)


# --- language -------------------------------------------------------------------------------

def _detect(result: dict[str, Any], fmt: str, color: bool) -> str:
    lang, conf = result.get("lang", "und"), float(result.get("confidence", 0.0))
    sentences = result.get("sentences")
    if fmt == "html":
        rows = "".join(f'<tr><td>{_h(s["lang"])}</td><td lang="{_h(s["lang"])}">{_h(s["text"])}</td></tr>\n'
                       for s in sentences or [])
        table = f'<table class="sentences">\n{rows}</table>\n' if sentences is not None else ""
        return f'<p class="language"><b>{_h(lang)}</b> (confidence {conf:.2f})</p>\n{table}'
    if fmt == "markdown":
        out = f"**Language:** {lang} (confidence {conf:.2f})\n"
        if sentences is not None:
            out += "\n| # | lang | sentence |\n|---|---|---|\n"
            out += "".join(f"| {i} | {s['lang']} | {_md_cell(s['text'])} |\n" for i, s in enumerate(sentences))
        return out
    head = f"{_BOLD}{lang}{_RESET}" if color else lang
    out = f"{head}\t{conf:.2f}\n"
    if sentences is not None:
        out += "".join(f"{s['lang']}\t{' '.join(s['text'].split())}\n" for s in sentences)
    return out


_RENDERERS = {"summary": _summary, "quotes": _quotes, "keywords": _keywords, "detect": _detect}


def _h(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
