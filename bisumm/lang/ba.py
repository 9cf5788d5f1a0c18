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
        # й. йыл (year), йй. йылдар, б. быуат (century), т. том, ҡ. ҡала (town), ур. урам (street)
        "й", "йй", "б", "т", "ҡ", "ур", "р",
        # т.б. тағы башҡалар, һ.б. һәм башҡалар (etc.), б.э. беҙҙең эра, б.э.т. беҙҙең эраға тиклем,
        # ш.у. шул уҡ, мәҫ. мәҫәлән (for example)
        "т.б", "һ.б", "ҡ.б", "б.э", "б.э.т", "ш.у", "мәҫ",
        # numbers and units (мең, һум are whole words that often end a sentence: not listed)
        "млн", "млрд", "трлн", "км", "кг", "га", "проф",
    })

    # ул/улар "he, they", был/ошо/шул "this, that", бында "here", шулай "so", әммә/ләкин "but",
    # тағы "also", бынан (тыш) "besides", мәҫәлән "for example"
    back_references = frozenset(
        "ул улар уның уларҙың уға уларға уны уларҙы унда был бының быға быны бында ошо шул "
        "шулай шуға шуның әммә ләкин тағы бынан мәҫәлән".split())
    # мин/беҙ "I/we" in their cases, минеңсә/беҙҙеңсә "in my/our opinion", үҙем/үҙебеҙ "myself/ourselves"
    first_person = frozenset(
        "мин беҙ минең беҙҙең миңә беҙгә мине беҙҙе миндә беҙҙә минән беҙҙән минеңсә беҙҙеңсә "
        "үҙем үҙебеҙ".split())
    # month names (ғинуар "January"; the rest are the Russian names with Bashkir endings)
    months = ("ғинуар", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр",
              "ноябр", "декабр")

    def base_form(self, word: str) -> str:
        return _stem(word)


LANGUAGE = Bashkir()
