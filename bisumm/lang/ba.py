"""Bashkir: the suffix stemmer (:mod:`bisumm.lang.ba_stem`), abbreviations for the segmenter.

>>> LANGUAGE.base_form("ҡалаларҙа")
'ҡала'
"""

from __future__ import annotations

from . import Language
from .ba_stem import stem as _stem

__all__ = ["LANGUAGE", "Bashkir"]


class Bashkir(Language):
    code = "ba"
    name = "Bashkir"
    abbreviations = frozenset({
        "й", "йй", "т.б", "б.э", "б.э.т", "ҡ", "һ", "ш.у", "ә", "мәҫ", "км", "кг", "м", "га",
        "млн", "млрд", "мең", "тыс", "һ.б", "ҡ.б", "проф", "р", "ауыл", "ур", "ул", "им",
    })

    def base_form(self, word: str) -> str:
        return _stem(word)


LANGUAGE = Bashkir()
