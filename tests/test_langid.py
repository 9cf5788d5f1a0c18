"""Language routing on real Bashkir, Russian and neighbour-language sentences (written for these tests)."""

from __future__ import annotations

import json

import pytest

from bisumm import detect
from bisumm.document import Document
from bisumm.langid import MODEL_PATH, word_form

from tests.conftest import shared_path

BASHKIR = [
    "Башҡортостан Башлығы Радий Хәбиров республика хөкүмәтенең ултырышын үткәрҙе.",
    "Өфөлә яңы мәктәп асылды, унда мең бала уҡыясаҡ.",
    "Быйыл ауыл хужалығы предприятиелары иген уңышын ваҡытында йыйып алды.",
    "Дәүләт Йыйылышы – Ҡоролтай депутаттары закон проектын хупланы.",
    "Спектакль тамашасыларҙа ҙур ҡыҙыҡһыныу уятты.",
]
RUSSIAN = [
    "Глава Башкортостана Радий Хабиров провёл заседание правительства республики.",
    "В Уфе открылась новая школа, в которой будут учиться тысяча детей.",
    "По словам министра, урожай зерновых в этом году собран вовремя.",
    "Депутаты Государственного Собрания одобрили законопроект в первом чтении.",
]
TATAR = [
    "Татарстан Президенты Рөстәм Миңнеханов яңа мәктәпне ачуда катнашты.",
    "Казанда җәйге бәйрәм Сабантуй уздырылды, анда меңләгән кеше җыелды.",
    "Быел авыл хуҗалыгы эшчеләре игенне вакытында җыеп алдылар.",
]
KAZAKH = [
    "Қазақстан Республикасының Президенті жаңа заңға қол қойды.",
    "Алматыда жаңа мектеп ашылды, онда мың бала оқиды.",
]
UKRAINIAN = [
    "Президент України підписав новий закон про освіту.",
    "У Києві відкрилася нова школа, де навчатимуться тисяча дітей.",
]
ENGLISH = [
    "The president of the republic opened a new school in the capital on Monday.",
    "Farmers have harvested the grain on time this year, the minister said.",
]


@pytest.mark.parametrize("sentence", BASHKIR)
def test_bashkir_sentences(sentence):
    found = detect(sentence)
    assert found.lang == "ba"
    assert found.confidence > 0.9


@pytest.mark.parametrize("sentence", RUSSIAN)
def test_russian_sentences(sentence):
    found = detect(sentence)
    assert found.lang == "ru"
    assert found.confidence > 0.9


@pytest.mark.parametrize(("sentences", "lang"), [(TATAR, "tt"), (KAZAKH, "kk"), (UKRAINIAN, "uk"),
                                                 (ENGLISH, "en")])
def test_neighbour_languages_are_named_not_routed_to_ba_or_ru(sentences, lang):
    for sentence in sentences:
        assert detect(sentence).lang == lang, sentence


def test_scores_are_normalised_and_confidence_in_range():
    found = detect(BASHKIR[0])
    assert set(found.scores) == {"ba", "ru", "tt", "kk", "ky", "uk", "be", "en"}
    assert sum(found.scores.values()) == pytest.approx(1.0)
    assert 0.0 <= found.confidence <= 1.0
    assert found.confidence == max(found.scores.values())


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n", "2024", "12.05.2023 — 15:30, № 7", "🙂🎉👍",
                                  "!!! ??? …", "\u00ad\u200b"])
def test_no_letters_is_und_with_zero_confidence(text):
    found = detect(text)
    assert (found.lang, found.confidence) == ("und", 0.0)


@pytest.mark.parametrize("text", ["北京是中国的首都。", "القاهرة عاصمة مصر", "Η Αθήνα είναι η πρωτεύουσα."])
def test_scripts_not_modelled_are_und(text):
    assert detect(text).lang == "und"


def test_latin_h_for_bashkir_letter():
    text = "Республикаhы хөкүмәте hуңғы ҡарарҙарҙы хупланы."
    assert word_form("республикаhы") == "республикаһы"
    assert detect(text).lang == "ba"
    assert detect(text).confidence == pytest.approx(detect(text.replace("h", "һ")).confidence)


def test_soft_hyphens_do_not_change_the_result():
    plain = "Хеҙмәттәшлек тураһында килешеүгә ҡул ҡуйылды."
    hyphenated = "Хеҙ\u00adмәт\u00adтәшлек тура\u00adһында килешеүгә ҡул ҡуйыл\u00adды."
    assert detect(hyphenated) == detect(plain)


def test_case_does_not_matter():
    assert detect(RUSSIAN[0].upper()).lang == "ru"
    assert detect(BASHKIR[0].upper()).lang == "ba"


@pytest.mark.parametrize(("snippet", "lang"), [
    ("Өфө ҡалаһында яңы", "ba"),
    ("Был йыл ауыл", "ba"),
    ("Ҡоролтай депутаттары ултырышта", "ba"),
    ("В Уфе открылась", "ru"),
    ("По словам министра", "ru"),
    ("Глава республики заявил", "ru"),
])
def test_three_word_snippets(snippet, lang):
    assert detect(snippet).lang == lang


def test_short_snippets_are_less_certain_than_sentences():
    assert detect("Президент Радий Хабиров").confidence <= detect(RUSSIAN[0]).confidence
    assert detect("Уфа").confidence < 0.9


def test_one_quoted_bashkir_word_does_not_flip_a_russian_sentence():
    text = "На празднике «Һабантуй» в Уфе выступили артисты из всех районов республики."
    assert detect(text).lang == "ru"


def test_russian_name_in_bashkir_sentence_stays_bashkir():
    assert detect("Министр Андрей Назаров ҡунаҡтарҙы ҡаршыланы.").lang == "ba"


def test_mixed_text_is_routed_sentence_by_sentence():
    text = (RUSSIAN[0] + " " + RUSSIAN[2] + "\n\n" + BASHKIR[1] + " " + BASHKIR[2] + "\n\n" + RUSSIAN[1])
    doc = Document.from_text(text)
    assert [s.lang for s in doc.sentences] == ["ru", "ru", "ba", "ba", "ru"]


def test_whole_text_takes_the_majority_language():
    text = " ".join(BASHKIR + RUSSIAN[:1])
    assert detect(text).lang == "ba"
    assert detect(text).confidence > 0.99


def test_long_input_is_cut_not_slow():
    found = detect(("Башҡортостан " * 200_000) + " ".join(RUSSIAN))
    assert found.lang == "ba"


def test_deterministic():
    assert [detect(s) for s in BASHKIR + RUSSIAN] == [detect(s) for s in BASHKIR + RUSSIAN]


def test_model_file_is_small_and_self_describing():
    head = MODEL_PATH.read_bytes().split(b"\n", 1)[0]
    meta = json.loads(head)
    assert meta["built_by"] == "python bench/train_langid.py"
    assert "held_out" in meta
    assert MODEL_PATH.stat().st_size < 1_000_000


def test_held_out_ntrex_sentences():
    """NTREX documents with odd ``doc`` numbers were never trained on (see bench/train_langid.py)."""
    rows = [json.loads(line) for line in shared_path("ntrex", "ntrex.jsonl").open(encoding="utf-8")]
    held = [row for row in rows if row["doc"] % 2 == 1]
    for lang in ("ba", "ru"):
        sents = [s for row in held for s in row[lang]["sentences"]]
        correct = sum(detect(s).lang == lang for s in sents)
        assert correct >= 0.995 * len(sents), (lang, correct, len(sents))
    for lang in ("tt", "kk", "ky", "uk", "be", "en"):
        sents = [s for row in held for s in row[lang]["sentences"]]
        routed = sum(detect(s).lang in ("ba", "ru") for s in sents)
        assert routed <= 0.01 * len(sents), (lang, routed, len(sents))


def test_whole_words_are_features_from_three_letters():
    from bisumm.langid import word_features, word_grams

    assert word_features("ул") == word_grams("ул")
    assert word_features("ҡала") == word_grams("ҡала") + [" ҡала "]


def test_capitalised_words_inside_count_less_than_the_first_word(monkeypatch):
    from bisumm.langid import _model, scores

    monkeypatch.setattr(_model(), "cues", [])  # the vocabulary cues weigh case their own way
    weight = _model().name_weight
    assert 0 < weight <= 1
    first = scores("Роналду көсләүҙә")
    inside = scores("көсләүҙә Роналду")
    alone = scores("роналду")
    if weight < 1:
        assert first != inside
    gap = [a - b for a, b in zip(first, inside)]
    assert gap == pytest.approx([(1 - weight) * v for v in alone])


def test_model_header_names_its_scoring_settings():
    meta = json.loads(MODEL_PATH.read_bytes().split(b"\n", 1)[0])
    assert meta["whole_words"] is True
    assert set(meta["bias"]) <= set(meta["langs"])


def test_vocabulary_cues_are_in_the_model_file():
    from bisumm.langid import _model

    meta = json.loads(MODEL_PATH.read_bytes().split(b"\n", 1)[0])
    assert set(meta["cues"]) == {"ru", "ba"}
    assert meta["cues"]["ru"]["unknown"] > 0 and meta["cues"]["ba"]["unknown"] > 0
    model = _model()
    ba = next(cue for cue in model.cues if model.langs[cue.lang] == "ba")
    assert ba.has("ҡала") and ba.has("башҡортостан") and not ba.has("тикшеренүләр")


def test_russian_dictionary_cue_keeps_a_ukrainian_snippet_from_russian(monkeypatch):
    from bisumm.langid import _model

    model = _model()
    snippet = "Депутати ухвалили закон"  # ухвалили: not a Russian word
    assert detect(snippet).lang == "uk"
    monkeypatch.setattr(model, "cues", [])
    monkeypatch.setattr(model, "cache", {})
    assert detect(snippet).lang == "ru"


def test_cues_are_read_on_close_calls_only(monkeypatch):
    from bisumm import langid

    fresh = langid._Model(MODEL_PATH)
    monkeypatch.setattr(langid, "_MODEL", fresh)
    assert detect(BASHKIR[0]).lang == "ba" and detect(RUSSIAN[0]).lang == "ru"
    assert all(cue._has is None for cue in fresh.cues)  # neither pymorphy3 nor the word list was needed
    detect("Бик әйбәт әйберләр")
    assert any(cue._has is not None for cue in fresh.cues)
