"""Stop-word lists: found from the source tree, headers, key function words, no content words."""

from __future__ import annotations

import pytest

from bisumm.lang import get_language, load_stopwords
from tests.conftest import ROOT

BA_FUNCTION = ["һәм", "менән", "өсөн", "буйынса", "тураһында", "ла", "лә", "ҙа", "дә", "генә", "ғына",
               "ул", "уның", "уға", "уны", "улар", "беҙҙең", "мин", "миңә", "был", "бының", "шул",
               "ошо", "үҙенең", "түгел", "ине", "икән", "тип", "тине", "булып", "кеүек", "тиклем"]
BA_CONTENT = ["республика", "йыл", "ҡала", "мәктәп", "район", "хөкүмәт", "башҡортостан", "эш",
              "кеше", "яҡшы", "уңайлы", "киҫкен", "халыҡ", "на", "по"]
RU_FUNCTION = ["и", "в", "на", "не", "что", "он", "она", "его", "ее", "это", "который", "также",
               "был", "будет", "для", "по", "из", "за", "же", "бы", "свой", "себя", "все", "заявил"]
RU_CONTENT = ["россия", "президент", "год", "город", "республика", "башкортостан", "школа",
              "правительство", "человек", "работа"]


@pytest.mark.parametrize("code", ["ba", "ru"])
def test_lists_load_with_header(code: str) -> None:
    path = ROOT / "stopwords" / f"{code}.txt"
    text = path.read_text("utf-8")
    assert text.startswith("#") and ("built" in text.lower() or "written" in text.lower())
    words = [w for w in text.splitlines() if w and not w.startswith("#")]
    assert len(words) == len(set(words))
    assert all(w == w.strip().lower() and " " not in w for w in words)
    assert load_stopwords(code) == get_language(code).stopwords


def test_bashkir_function_words_in_content_words_out() -> None:
    stop = get_language("ba").stopwords
    assert 150 <= len(stop) <= 400
    assert [w for w in BA_FUNCTION if w not in stop] == []
    assert [w for w in BA_CONTENT if w in stop] == []


def test_russian_function_words_in_content_words_out() -> None:
    stop = get_language("ru").stopwords
    assert 300 <= len(stop) <= 450
    assert [w for w in RU_FUNCTION if w not in stop] == []
    assert [w for w in RU_CONTENT if w in stop] == []
    assert "еще" in stop and "её" not in stop          # ё folded by the loader


def test_stop_words_are_dropped_from_terms() -> None:
    ba = get_language("ba")
    words = "Башлыҡ был тураһында мәктәптәрҙә уҡыусылар менән һөйләште".split()
    assert ba.terms(words) == ["башлыҡ", "мәктәп", "уҡы", "һөйлә"]
