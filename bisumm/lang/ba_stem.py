"""Bashkir suffix-stripping stemmer (placeholder: being written; see issue 2)."""

from __future__ import annotations

_SUFFIXES = sorted({"ларҙа", "ләрҙә", "ларҙан", "лар", "ләр", "ҙар", "ҙәр", "дар", "дәр", "тар", "тәр",
                    "ҙа", "ҙә", "да", "дә", "та", "тә", "ла", "лә", "ның", "нең", "ны", "не"}, key=len, reverse=True)


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
