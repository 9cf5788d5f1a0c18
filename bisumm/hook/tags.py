"""The hook's tags field (``--tags-field``): read a YAML list of tags, judge it, write a new one.

Tags are the ``text`` of :func:`bisumm.keywords`. bisumm reads a one-line flow list
(``tags: [Уфа, "Радий Хабиров"]``) or a block list (``- Уфа`` lines) and writes a one-line
flow list, quoted in the file's style; every other byte of the draft stays.

>>> from .frontmatter import parse
>>> d = parse("---\\ntags: [Уфа, 'Радий Хабиров']\\nx: |\\n  a\\n---\\nТекст.\\n")
>>> tag_list(d.text, d.entries["tags"])
['Уфа', 'Радий Хабиров']
>>> print(flow_list(["Уфа", "it's"], "single"))
['Уфа', 'it''s']
"""

from __future__ import annotations

import re
from typing import Any

from .frontmatter import Entry, FrontMatterError, read_quoted, split_comment, yaml_quote

__all__ = ["tag_list", "flow_list", "tags_problems"]

_ITEM = re.compile(r"""\s*('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^,\[\]{}"'#]*?)\s*(?:,|$)""")


def tag_list(text: str, entry: Entry) -> list[str] | None:
    """The tags of ``entry`` (a flow or block list of plain or quoted strings), else ``None``."""
    if entry.value is not None:
        return [] if entry.style == "empty" else None
    lines = text[entry.start:entry.stop].splitlines()
    head = text[entry.start + len(entry.prefix):entry.stop].splitlines()[0].strip()
    if head.startswith("["):
        flow = split_comment(" ".join([head] + [ln.strip() for ln in lines[1:]]))[0]
        return _flow_items(flow)
    if head and not head.startswith("#"):
        return None
    items = []
    for line in lines[1:]:
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        if not item.startswith("- ") and item != "-":
            return None
        scalar = _scalar(item[2:].strip())
        if scalar is None:
            return None
        items.append(scalar)
    return items


def _flow_items(flow: str) -> list[str] | None:
    if not flow.endswith("]"):
        return None
    inner, items, pos = flow[1:-1].strip(), [], 0
    while pos < len(inner):
        match = _ITEM.match(inner, pos)
        if match is None or match.end() == pos:
            return None
        scalar = _scalar(match.group(1))
        if scalar is None:
            return None
        if scalar:
            items.append(scalar)
        pos = match.end()
    return items


def _scalar(item: str) -> str | None:
    if item[:1] in "\"'":
        try:
            _, value, rest = read_quoted(item, [], 1)
        except FrontMatterError:
            return None
        return value if not rest.strip() else None
    value = split_comment(item)[0].strip()
    return None if value[:1] in "[{&*!|>@`%" else value


def flow_list(tags: list[str], style: str = "double") -> str:
    """``tags`` as a one-line YAML flow list, each quoted in ``style``."""
    return "[" + ", ".join(yaml_quote(t, style) for t in tags) + "]"


def tags_problems(text: str, entry: Entry, body_key: str, current: list[Any], wide: list[Any],
                  key: Any) -> list[tuple[str, str]]:
    """``(code, message)`` of what is wrong with the tags ``entry`` of a draft (``text``).

    Not a list (BS112), empty (BS111), or stale for the body (the summary's rule, for
    keywords). Rule A: every tag must still occur in the body (``body_key``, compared by ``key``) or
    be a keyword of it (among ``wide``, by text or lemma). Rule B: at least one must be
    among the ``current`` top keywords (``k = max(3, 2 × the tags wanted)``).
    """
    tags = tag_list(text, entry)
    if tags is None:
        return [("BS112", f"{entry.key!r} is not a list of tags")]
    if not tags:
        return [("BS111", f"{entry.key!r} is empty")]

    def keys(found: list[Any]) -> set[str]:
        return {key(v) for kw in found for v in (kw.text, kw.lemma)}

    known = " | ".join(sorted(keys(wide))) + f" | {body_key} "
    for tag in tags:
        if f" {key(tag)} " not in f" {known}":
            return [("BS113", f"stale tags: {tag!r} is no longer in the body")]
    if tags and current and not keys(current) & {key(t) for t in tags}:
        return [("BS114", f"stale tags: none is among the top {len(current)} keywords of the current body")]
    return []
