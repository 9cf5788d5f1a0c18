"""Language routing (placeholder letter cues; being replaced, see issue 2)."""

from __future__ import annotations

from .types import Detection

__all__ = ["detect"]

_BA = set("ҙҡҫғһәөүң")


def detect(text: str) -> Detection:
    """Language of ``text``: ``ba``, ``ru``, another ISO 639-1 code, or ``und``."""
    letters = [ch for ch in text.lower() if ch.isalpha()]
    if not letters:
        return Detection("und", 0.0)
    cyr = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    if cyr < len(letters) / 2:
        return Detection("und", 0.0)
    if any(ch in _BA for ch in letters):
        return Detection("ba", 0.9, {"ba": 0.9, "ru": 0.1})
    return Detection("ru", 0.9, {"ru": 0.9, "ba": 0.1})
