"""Bashkir stemmer: suffix classes on hand-written word forms, and the bar on the shared TSV."""

from __future__ import annotations

import sys

import pytest

from bisumm import stem as bisumm_stem
from bisumm.lang.ba_stem import candidates, fold_final, stem
from bisumm.lang.ba_suffixes import codes_of, nominal_tails, verb_heads
from tests.conftest import ROOT, shared_path

CASES = {
    "plural": [("балалар", "бала"), ("кешеләр", "кеше"), ("ҡыҙҙар", "ҡыҙ"), ("һүҙҙәр", "һүҙ"),
               ("ауылдар", "ауыл"), ("эштәр", "эш"), ("китаптар", "китап"), ("тауҙар", "тау")],
    "case": [("кешенең", "кеше"), ("йылдың", "йыл"), ("халыҡтың", "халыҡ"), ("ҡалаға", "ҡала"),
             ("кешегә", "кеше"), ("эшкә", "эш"), ("халыҡҡа", "халыҡ"), ("районда", "район"),
             ("китапта", "китап"), ("ҡалала", "ҡала"), ("йылдан", "йыл"), ("эштән", "эш"),
             ("урмандан", "урман"), ("ҡоролтайҙың", "ҡоролтай"), ("мәктәпте", "мәктәп")],
    "possessive": [("ҡалаһы", "ҡала"), ("балаһы", "бала"), ("ауылым", "ауыл"), ("ҡалабыҙ", "ҡала"),
                   ("һүҙҙәре", "һүҙ"), ("районы", "район")],
    "post-possessive case": [("ҡалаһына", "ҡала"), ("ҡалаһында", "ҡала"), ("районынан", "район"),
                             ("республикаһының", "республика"), ("ауылындағы", "ауыл"),
                             ("мәктәбендә", "мәктәп"), ("китабын", "китап")],
    "verb": [("билдәләне", "билдәлә"), ("белдерҙе", "белдер"), ("әйтте", "әйт"), ("килгән", "кил"),
             ("әйткән", "әйт"), ("эшләй", "эшлә"), ("буласаҡ", "бул"), ("эшләргә", "эшлә"),
             ("әйтеп", "әйт"), ("эшләп", "эшлә"), ("булғас", "бул"), ("булыу", "бул"),
             ("әйтеүенсә", "әйт"), ("килмәй", "кил"), ("эшләйбеҙ", "эшлә"), ("яҙҙылар", "яҙ"),
             ("ҡайтасаҡбыҙ", "ҡайт")],
    "alternation л/ҙ/д/т": [("ҡалала", "ҡала"), ("тауҙа", "тау"), ("ауылда", "ауыл"), ("эштә", "эш")],
    "final п/к/ҡ voicing": [("китабы", "китап"), ("төбәге", "төбәк"), ("төбәгенә", "төбәк"),
                            ("мәктәбе", "мәктәп")],
}
SHORT_STEMS = ["район", "урман", "ҡала", "бала", "ҡатын", "тауыш", "китап", "төбәк", "республика",
               "мәктәп", "халыҡ"]


@pytest.mark.parametrize("form,expected", [pair for pairs in CASES.values() for pair in pairs])
def test_suffix_classes(form: str, expected: str) -> None:
    assert stem(form) == expected


@pytest.mark.parametrize("word", SHORT_STEMS)
def test_short_stems_are_not_over_stripped(word: str) -> None:
    assert stem(word) == word


def test_forms_and_lemma_conflate() -> None:
    forms = ["ҡала", "ҡалала", "ҡалаларҙа", "ҡалаһы", "ҡалаһында", "ҡалаларыбыҙға"]
    assert {stem(f) for f in forms} == {"ҡала"}


def test_stem_is_idempotent() -> None:
    for pairs in CASES.values():
        for form, _ in pairs:
            assert stem(stem(form)) == stem(form)


def test_public_stem_folds_case_and_lookalikes() -> None:
    assert bisumm_stem("Республикаһының", "ba") == "республика"
    assert bisumm_stem("hүҙҙәре", "ba") == "һүҙ"      # Latin h for һ


def test_hyphenated_compound_stems_last_part() -> None:
    assert stem("ата-әсәләргә") == "ата-әсә"


@pytest.mark.parametrize("word", ["", "а", "ҙә", "1990", "---", "ы" * 5000])
def test_bad_input_is_harmless(word: str) -> None:
    assert isinstance(stem(word), str)


def test_candidates_and_tables() -> None:
    assert "ҡала" in candidates("ҡалаларҙа")
    assert fold_final("китаб") == "китап"
    assert 3 in nominal_tails()["тан"]          # ablative after a voiceless consonant
    assert 1 in verb_heads()["ҙы"]              # past tense after р/й/ҙ
    assert codes_of("кеше") == (0, 4)           # е: either harmony (loanwords)


def test_bar_on_shared_pairs() -> None:
    tsv = shared_path("ba", "morph", "ba_form_lemma_corpus.tsv")
    sys.path.insert(0, str(ROOT / "bench"))
    from stemmer import load_pairs, measure

    pairs = load_pairs(tsv)
    assert 28_000 <= len(pairs) <= 28_700
    accuracy, collisions, _ = measure(pairs, stem)
    assert accuracy >= 0.88
    assert collisions <= 0.10
