"""Russian: pymorphy3 lemmas (cached), abbreviations for the segmenter.

>>> LANGUAGE.base_form("заявил")
'заявить'
>>> LANGUAGE.term("Башкортостана")
'башкортостан'
"""

from __future__ import annotations

import threading
from typing import Any

from . import Language

__all__ = ["LANGUAGE", "Russian"]


class Russian(Language):
    code = "ru"
    name = "Russian"
    abbreviations = frozenset({
        "г", "гг", "в", "вв", "т", "е", "д", "п", "пр", "др", "им", "ул", "пл", "просп", "пер",
        "обл", "р", "руб", "коп", "тыс", "млн", "млрд", "трлн", "кв", "км", "см", "мм", "кг",
        "ч", "мин", "сек", "проф", "акад", "доц", "канд", "докт", "ген", "полк", "ст", "стр",
        "рис", "табл", "гл", "т.е", "т.д", "т.п", "т.к", "и.о", "н.э", "до н.э", "напр",
        "см", "тел", "зам", "нач", "гос", "жен", "муж", "англ", "рус", "лат", "франц", "нем",
        "ок", "ср", "вкл", "искл", "ред", "изд", "соч", "т.н", "т.ч", "пос", "дер", "с", "х",
        "корп", "стр", "эт", "кн", "мн", "ед", "чел", "шт", "долл", "евро", "га", "чл", "корр",
    })

    def __init__(self) -> None:
        super().__init__()
        self._morph: Any = None
        self._morph_lock = threading.Lock()

    @property
    def morph(self) -> Any:
        """The shared ``pymorphy3.MorphAnalyzer`` (created on first use)."""
        if self._morph is None:
            with self._morph_lock:
                if self._morph is None:
                    import pymorphy3

                    self._morph = pymorphy3.MorphAnalyzer()
        return self._morph

    def base_form(self, word: str) -> str:
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return word
        return self.morph.parse(word)[0].normal_form.replace("ё", "е")


LANGUAGE = Russian()
