"""Keywords: names, phrases and words on real-style Bashkir and Russian news sentences, forms,
offsets, bad input, and (when ../shared is present) editors' keywords and NTREX."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import bisumm
from bisumm.errors import BudgetError, UnknownLanguageError
from bisumm.keyphrases import KEYWORDS, Keyword
from bisumm.rank.vectors import Idf

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"

RU = ("Глава Башкортостана Радий Хабиров провёл совещание о ремонте дорог. "
      "Депутаты Государственной думы поддержали программу. "
      "Хабиров отметил, что в 2024 году в Уфе отремонтируют 40 километров дорог.\n\n"
      "По словам Хабирова, ремонт дорог завершат к осени.")
BA = ("Башҡортостан Башлығы Радий Хәбиров Стәрлетамаҡта нефть химияһы предприятиеһына барҙы. "
      "Хәбировҡа предприятие етәксеһе яңы цехты күрһәтте. "
      "Нефть химияһы республика иҡтисадының төп тармағы булып ҡала.")


def texts(text: str, k: int = 10, **options) -> list[str]:
    return [kw.text for kw in bisumm.keywords(text, k, **options)]


def by_text(text: str, **options) -> dict[str, Keyword]:
    return {kw.text: kw for kw in bisumm.keywords(text, 20, **options)}


# -- the record ---------------------------------------------------------------------------

def test_every_occurrence_is_a_span_of_the_text() -> None:
    for text in (RU, BA):
        found = bisumm.keywords(text)
        assert found
        for kw in found:
            assert kw.occurrences
            assert all(text[o.start:o.stop] == o.text for o in kw.occurrences)
            assert [o.start for o in kw.occurrences] == sorted(o.start for o in kw.occurrences)
            assert kw.kind in ("name", "phrase", "word")
            assert (kw.start, kw.stop) == (kw.occurrences[0].start, kw.occurrences[0].stop)


def test_scores_are_relative_and_ordered() -> None:
    found = bisumm.keywords(RU)
    assert found[0].score == 1.0
    assert [kw.score for kw in found] == sorted((kw.score for kw in found), reverse=True)


def test_to_dict_is_json_ready_with_a_stable_key_order() -> None:
    import json

    kw = bisumm.keywords(RU, 1)[0]
    data = kw.to_dict()
    assert list(data) == ["text", "lemma", "score", "kind", "lang", "occurrences"]
    assert list(data["occurrences"][0]) == ["start", "stop", "text"]
    json.dumps(data, ensure_ascii=False)


def test_deterministic() -> None:
    assert bisumm.keywords(RU) == bisumm.keywords(RU)
    assert bisumm.keywords(BA) == bisumm.keywords(BA)


def test_k_limits_the_list() -> None:
    assert len(bisumm.keywords(RU, 3)) == 3
    assert texts(RU, 3) == texts(RU, 10)[:3]


# -- Russian --------------------------------------------------------------------------------

def test_surname_folds_into_the_full_name() -> None:
    found = by_text(RU)
    assert "Хабиров" not in found
    name = found["Радий Хабиров"]
    assert name.kind == "name" and name.lemma == "радий хабиров"
    assert [o.text for o in name.occurrences] == ["Радий Хабиров", "Хабиров", "Хабирова"]


def test_russian_phrase_in_the_nominative_with_agreeing_adjective() -> None:
    assert by_text(RU)["Государственная дума"].kind == "phrase"
    assert "Северная Корея" in texts("Лидер Северной Кореи встретился с послом Северной Кореи в Китае.", lang="ru")
    found = texts("Договор о нераспространении ядерного оружия обсудили в Женеве. "
                  "Запасы ядерного оружия сокращаются.", lang="ru")
    assert "ядерное оружие" in found


def test_patronymic_is_dropped_from_the_name() -> None:
    text = "Президент Владимир Владимирович Путин провёл совещание. Путин поручил подготовить доклад."
    kw = by_text(text, lang="ru")["Владимир Путин"]
    assert kw.count == 2 and kw.occurrences[0].text == "Владимир Владимирович Путин"


def test_abbreviations_are_names_of_their_own() -> None:
    found = texts("Представитель МИД России заявил о санкциях США. В МИД России ответ готовят.", lang="ru")
    assert "МИД" in found and "США" in found and "Россия" in found


def test_no_stop_words_numbers_or_page_furniture() -> None:
    text = ("В 2024 году в Уфе открыли 12 новых школ.\n\nТакже по теме\n\n"
            "Сенсационное открытие археологов\n\nНовые школы Уфы приняли учеников.")
    found = bisumm.keywords(text, 20, lang="ru")
    lemmas = {kw.lemma for kw in found}
    assert not lemmas & {"в", "2024", "12", "год"} - {"год"}
    assert all(not any(ch.isdigit() for ch in kw.text) for kw in found)
    assert not any("археолог" in kw.lemma or "тема" in kw.lemma for kw in found)


def test_title_lifts_its_keywords() -> None:
    text = ("В Уфе прошла ярмарка. На ярмарке продавали мёд и овощи. "
            "Мёд привезли из Бурзянского района.")
    plain = texts(text, lang="ru")
    titled = texts(text, lang="ru", title="Бурзянский мёд на ярмарке")
    assert titled.index("мед") <= plain.index("мед")


def test_own_idf_is_used() -> None:
    text = "Школа и больница. Школа и больница. Больница."
    assert texts(text, 1, lang="ru", idf=Idf({"школа": 1.0, "больница": 1.0}, 10)) == ["больница"]
    assert texts(text, 1, lang="ru", idf=Idf({"школа": 9.0, "больница": 0.1}, 10)) == ["школа"]


def test_idf_from_a_saved_file(tmp_path: Path) -> None:
    path = tmp_path / "idf.json"
    Idf({"школа": 9.0, "больница": 0.1}, 10).save(path)
    assert texts("Школа и больница. Больница.", 1, lang="ru", idf=path) == ["школа"]


# -- Bashkir --------------------------------------------------------------------------------

def test_bashkir_names_without_case_endings() -> None:
    found = by_text(BA)
    assert found["Радий Хәбиров"].kind == "name"
    assert [o.text for o in found["Радий Хәбиров"].occurrences] == ["Радий Хәбиров", "Хәбировҡа"]
    text = "Делегация Ҡаҙағстандың баш ҡалаһында булды. Башҡортостан менән Ҡаҙағстан хеҙмәттәшлеге үҫә."
    found = by_text(text, lang="ba")
    assert found["Ҡаҙағстан"].kind == "name" and found["Ҡаҙағстан"].count == 2


def test_bashkir_noun_chain_in_the_form_the_text_uses_most() -> None:
    chain = by_text(BA)["нефть химияһы"]
    assert chain.kind == "phrase" and chain.count == 2 and chain.lang == "ba"


def test_bashkir_seed_article() -> None:
    text = (SEEDS / "ba_khamitov_kazakhstan.txt").read_text(encoding="utf-8")
    found = texts(text)
    assert found[0] == "Ҡаҙағстан" and "Рөстәм Хәмитов" in found[:3]


def test_russian_seed_article() -> None:
    text = (SEEDS / "ru_khabirov_forum.txt").read_text(encoding="utf-8")
    found = texts(text, title="Радий Хабиров на форуме в Казахстане")
    assert {"Казахстан", "Радий Хабиров"} <= set(found[:3])


# -- bad input ------------------------------------------------------------------------------

@pytest.mark.parametrize("k", [0, -1, 1.5, True, "3", None])
def test_bad_k(k: object) -> None:
    with pytest.raises(BudgetError):
        bisumm.keywords(RU, k)  # type: ignore[arg-type]


def test_bad_arguments_raise_typed_errors() -> None:
    with pytest.raises(TypeError):
        bisumm.keywords(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bisumm.keywords(RU, title=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bisumm.keywords(RU, idf={"a": 1.0})  # type: ignore[arg-type]
    with pytest.raises(UnknownLanguageError):
        bisumm.keywords(RU, lang="xx")


@pytest.mark.parametrize("text", ["", "   \n\n ", "2024 12 5", "... !!! ---", "и в на по"])
def test_text_without_content_words_gives_an_empty_list(text: str) -> None:
    assert bisumm.keywords(text) == []


def test_a_document_is_accepted() -> None:
    doc = bisumm.Document.from_text(RU)
    assert bisumm.keywords(doc) == bisumm.keywords(RU)


def test_default_parameters_say_where_they_were_tuned() -> None:
    assert "dev" in type(KEYWORDS).__doc__


def test_import_stays_light() -> None:
    probe = ("import sys, bisumm.keyphrases, bisumm.keyphrases.record; "
             "print(*(int(m in sys.modules) for m in ('pymorphy3', 'sklearn', 'scipy', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["0", "0", "0", "0"]


# -- data-driven (skip without ../shared) ------------------------------------------------------

def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    import keywords as bench  # bench/keywords.py

    return bench


def test_editors_keywords_beat_tf_idf_on_dev_articles(shared) -> None:
    shared.path("ru", "rt_dev.jsonl.gz")
    bench = _bench()
    rows = bench.read_web("rt", "dev", 40) + bench.read_web("ng", "dev", 40)
    results = bench.evaluate(rows, {"bisumm": bench.bisumm_system(), "tfidf": bench.tfidf_system(rows)})
    assert results["bisumm"][2] > 1.1 * results["tfidf"][2]


def test_ntrex_names_have_bashkir_counterparts(shared) -> None:
    shared.path("ntrex", "ntrex.jsonl")
    bench = _bench()
    docs = bench.read_jsonl(bench.NTREX)[:15]
    names = found = 0
    for doc in docs:
        ru = doc["ru"]["headline"] + "\n\n" + " ".join(doc["ru"]["sentences"])
        ba = doc["ba"]["headline"] + "\n\n" + " ".join(doc["ba"]["sentences"])
        ru_names = [kw.text for kw in bisumm.keywords(ru, lang="ru") if kw.kind == "name"]
        words = {bench._fold(w) for kw in bisumm.keywords(ba, lang="ba") for w in kw.text.split()}
        names += len(ru_names)
        found += sum(bench._counterpart(n, words) for n in ru_names)
    assert names and found / names > 0.4


def test_each_language_brings_its_keyword_grammar() -> None:
    """The rules of Russian and Bashkir come from their own modules; the shared code never
    compares a language code (issue #18)."""
    import re

    from bisumm.lang import get_language
    from bisumm.lang.ba_keyphrases import BashkirKeyphrases
    from bisumm.lang.ru_keyphrases import RussianKeyphrases

    assert type(get_language("ru").keyphrase_grammar) is RussianKeyphrases
    assert type(get_language("ba").keyphrase_grammar) is BashkirKeyphrases
    branch = re.compile(r"""(?:lang|code)\s*[!=]=\s*["'](?:ru|ba)["']|\b(?:ba|ru|BA|RU)_\w""")
    for path in (ROOT / "bisumm" / "keyphrases").glob("*.py"):
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith((">>>", "...", "#")))
        assert not branch.search(code.split('"""', 2)[-1]), f"{path.name} holds language rules"


def test_bashkir_case_endings_come_from_the_suffix_generator() -> None:
    from bisumm.lang.ba_keyphrases import CASE_ENDINGS, NAME_ENDINGS
    from bisumm.lang.ba_suffixes import endings

    assert set(endings("NIң", "GA", "NI", "LA", "NAн")) <= set(CASE_ENDINGS)
    assert {"ның", "ҙың", "ҡа", "һының", "ындағы"} <= set(NAME_ENDINGS)
