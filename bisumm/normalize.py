"""Offset-preserving normalisation.

Text is never rewritten in place: spans always index the original. Two tools:

* :func:`match_form` folds one word to the key used for matching and ranking
  (NFC, soft hyphens removed, Latin look-alikes inside Cyrillic words mapped to
  Cyrillic, lower case, ``ё`` → ``е``).
* :func:`normalize` gives a normalised copy of a whole text together with a map
  from every normalised position back to the original one.

>>> match_form("Башҡорто\\u00adстан")
'башҡортостан'
>>> match_form("hуҙ")     # Latin h for Bashkir һ
'һуҙ'
>>> match_form("Ёлка")
'елка'
>>> n = normalize("a\\u00adb ёж")
>>> n.text, n.original_span(0, 2)
('ab ёж', (0, 3))
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["match_form", "normalize", "Normalized", "SOFT_HYPHEN"]

SOFT_HYPHEN = "\u00ad"
_INVISIBLE = {SOFT_HYPHEN, "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}

# Latin letters that stand for Cyrillic ones inside Cyrillic words (Bashkir news
# types Latin h for һ). Only applied when the word also has Cyrillic letters.
_LOOKALIKES = str.maketrans({
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "h": "һ",
    "k": "к", "m": "м", "t": "т", "b": "в", "i": "і",
    "A": "А", "C": "С", "E": "Е", "O": "О", "P": "Р", "X": "Х", "Y": "У", "H": "Һ",
    "K": "К", "M": "М", "T": "Т", "B": "В",
})
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


def _fix_lookalikes(word: str) -> str:
    if _LATIN.search(word) and _CYRILLIC.search(word):
        return word.translate(_LOOKALIKES)
    return word


def match_form(word: str) -> str:
    """The matching key of a word: what stemmers, stop lists and IDF see."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", "".join(ch for ch in word if ch not in _INVISIBLE))
        word = _fix_lookalikes(word)
    return word.lower().replace("ё", "е")


@dataclass(frozen=True)
class Normalized:
    """A normalised text; each of its characters maps to the original ``[start, end)``."""

    text: str
    offsets: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def original_span(self, start: int, stop: int) -> tuple[int, int]:
        """Map a ``[start, stop)`` span of :attr:`text` back to the original text."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        end = self.ends[stop - 1] if stop > start else self.offsets[start]
        return self.offsets[start], end


_WORD_CHUNK = re.compile(r"\w[\w\u00ad\u0300-\u036f]*")


def normalize(text: str, fold_yo: bool = False) -> Normalized:
    """NFC, invisible characters removed, Latin look-alikes fixed; optional ``ё`` → ``е``.

    Case is kept. Every character of the result maps back to an original offset.
    """
    out: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _WORD_CHUNK.finditer(text):
        _copy_visible(text, pos, match.start(), out, offsets, ends)
        _normalize_word(text, match.start(), match.end(), out, offsets, ends, fold_yo)
        pos = match.end()
    _copy_visible(text, pos, len(text), out, offsets, ends)
    return Normalized("".join(out), tuple(offsets), tuple(ends), len(text))


def _copy_visible(text: str, start: int, stop: int, out: list[str], offsets: list[int],
                  ends: list[int]) -> None:
    for i in range(start, stop):
        if text[i] not in _INVISIBLE:
            out.append(text[i])
            offsets.append(i)
            ends.append(i + 1)


def _normalize_word(text: str, start: int, stop: int, out: list[str], offsets: list[int],
                    ends: list[int], fold_yo: bool) -> None:
    word = text[start:stop]
    fixed_case = _fix_lookalikes(word)
    # Compose character by character so each output char keeps its first source offset.
    i = start
    while i < stop:
        if text[i] in _INVISIBLE:
            i += 1
            continue
        j = i + 1
        while j < stop and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", fixed_case[i - start:j - start])
        if fold_yo:
            piece = piece.replace("ё", "е").replace("Ё", "Е")
        for ch in piece:
            out.append(ch)
            offsets.append(i)
            ends.append(j)
        i = j
