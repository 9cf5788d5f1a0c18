"""Offset-keeping normalisation on real Bashkir and Russian words."""

from __future__ import annotations

from bisumm.normalize import match_form, normalize


def test_soft_hyphens_inside_words_are_removed():
    assert match_form("шө\u00adғөлләнә") == "шөғөлләнә"
    assert match_form("Хеҙ\u00adмәт\u00adтәшлек") == "хеҙмәттәшлек"


def test_latin_h_in_cyrillic_word_becomes_bashkir_letter():
    assert match_form("республикаhы") == "республикаһы"
    assert match_form("hуңғы") == "һуңғы"


def test_latin_words_stay_latin():
    assert match_form("Twitter") == "twitter"
    assert match_form("MWPs") == "mwps"


def test_yo_folded_for_matching_only():
    text = "Партнёры ещё приедут."
    norm = normalize(text)
    assert norm.text == text  # case and ё kept unless asked
    assert normalize(text, fold_yo=True).text == "Партнеры еще приедут."
    assert match_form("Партнёры") == "партнеры"


def test_nfc_composes_decomposed_letters_and_keeps_offsets():
    decomposed = "Йыл и\u0306 ёлка е\u0308"  # и + breve, е + diaeresis
    norm = normalize(decomposed)
    assert norm.text == "Йыл й ёлка ё"
    start = norm.text.index("й")
    assert norm.original_span(start, start + 1) == (4, 6)
    assert decomposed[slice(*norm.original_span(start, start + 1))] == "и\u0306"


def test_offsets_map_every_character_back():
    text = "Башҡорто\u00adстан Республикаhы"
    norm = normalize(text)
    assert norm.text == "Башҡортостан Республикаһы"
    word = "Республикаһы"
    start = norm.text.index(word)
    s, e = norm.original_span(start, start + len(word))
    assert text[s:e] == "Республикаhы"


def test_empty_text():
    norm = normalize("")
    assert norm.text == "" and norm.original_span(0, 0) == (0, 0)
