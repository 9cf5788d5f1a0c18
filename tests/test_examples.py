"""Every script in examples/ runs as a user would run it: a subprocess, from another directory.

Each script is run once on its default input and checked for real output; a few run again
with a path argument of our own (written here, in a temporary folder).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCRIPTS = sorted(p.name for p in EXAMPLES.glob("*.py"))

#: what each script's default run must print (stdout)
EXPECTED = {
    "summarize_article.py": [
        "mixed_ba_ru.txt: language ru",
        "В Башкортостане завершили подготовку к весеннему паводку.",
        "Sentences by language: ba 5, ru 13",  # the Bashkir paragraph is routed to Bashkir
        "Азат Шарипов (председатель комиссии",
    ],
    "find_quotes.py": [
        "Азат Шарипов", "Рөстәм Ғәлиев", "Ринат Мухаметов",
        "direct speech, official, rule ba.", "indirect speech, official, rule ru.",
        "«⟦Һыу баҫыу ҡурҡынысы булған бөтә ауылдарға ла ҡотҡарыу көймәләре алдан ебәреләсәк⟧», — тине ⟨министр⟩.",
    ],
    "keywords.py": [
        "mixed_ba_ru.txt: 8 keywords", "Башкортостан (name, ru, score 1.00, 3×)",
        "весенний паводок (phrase, ru,",  # the phrase in the nominative
        "By language: ba: ", "В ⟦Башкортостане⟧ завершили подготовку к ⟦весеннему паводку⟧.",
    ],
    "corpus_idf.py": ["fitted <Idf", "8 documents>", "loaded back", "best with the corpus IDF:"],
    "batch_jsonl.py": [
        "ba_khamitov_kazakhstan [ba,", "ba_khamitov_turkey [ba,", "ru_khabirov_forum [ru,",
        "ru_nazarov_kazakhstan [ru,", "mixed_ba_ru [ru, 2 sentences",
        "empty [und, 0 sentences, 0 quotes] (empty)", "7 documents, 1 failed",
    ],
}

# a Russian article of our own: one official's quote, one quote of a passer-by
NEWS_RU = (
    "Министр образования Башкортостана Ильдар Сафин открыл новую школу в Стерлитамаке. "
    "«Школа рассчитана на 1100 учеников, в ней есть бассейн и два спортзала», — заявил министр.\n\n"
    "«Дочке здесь понравилось», — сказала жительница города Анна Петрова. "
    "Строительство школы обошлось бюджету в 1,2 млрд рублей."
)
NEWS_BA = (
    "Стәрлетамаҡта яңы мәктәп асылды. Мәктәптә 1100 бала уҡыясаҡ. "
    "«Бында бассейн да, ике спорт залы ла бар», — тине мәғариф министры Илдар Сафин."
)


def run(script: str, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python examples/SCRIPT ARGS`` from ``cwd`` (not the repository root)."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, str(EXAMPLES / script), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


#: scripts without a default input, run with arguments by their own test below
NEEDS_ARGUMENTS = {"dask_batch.py"}


def test_every_script_has_expectations() -> None:
    missing = set(SCRIPTS) - set(EXPECTED) - NEEDS_ARGUMENTS
    assert not missing, f"add the expected output of {sorted(missing)} to tests/test_examples.py"


@pytest.mark.parametrize("script", [s for s in SCRIPTS if s in EXPECTED])
def test_script_default_run(script: str, tmp_path: Path) -> None:
    done = run(script, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for expected in EXPECTED[script]:
        assert expected in done.stdout, f"{expected!r} not in the output of {script}:\n{done.stdout}"


def test_summarize_article_on_a_bashkir_seed(tmp_path: Path) -> None:
    done = run("summarize_article.py", EXAMPLES / "seeds" / "ba_khamitov_turkey.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "ba_khamitov_turkey.txt: language ba" in done.stdout
    assert "Хөсәйен Дириоз" in done.stdout  # the ambassador's quote is attached


def test_keywords_on_a_bashkir_seed_and_a_bad_k(tmp_path: Path) -> None:
    seed = EXAMPLES / "seeds" / "ba_khamitov_turkey.txt"
    done = run("keywords.py", seed, "-k", "5", "--title", "Хәмитов Төркиәлә", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "ba_khamitov_turkey.txt: 5 keywords" in done.stdout
    assert "Төркиә (name, ba, score 1.00" in done.stdout  # a name without its case ending
    bad = run("keywords.py", seed, "-k", "0", cwd=tmp_path)
    assert bad.returncode == 2 and "k must be a positive integer" in bad.stderr and "Traceback" not in bad.stderr


def test_find_quotes_official_only(tmp_path: Path) -> None:
    article = tmp_path / "school.txt"
    article.write_text(NEWS_RU, encoding="utf-8")
    everyone = run("find_quotes.py", article, cwd=tmp_path)
    officials = run("find_quotes.py", article, "--official", cwd=tmp_path)
    assert everyone.returncode == officials.returncode == 0, everyone.stderr + officials.stderr
    assert "Анна Петрова" in everyone.stdout and "not official" in everyone.stdout
    assert "Анна Петрова" not in officials.stdout.split("Marked text")[0]
    assert "«Школа рассчитана на 1100 учеников, в ней есть бассейн и два спортзала»" in officials.stdout
    assert "Ильдар Сафин" in officials.stdout


def test_corpus_idf_on_jsonl_saves_a_reusable_file(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    lines = [{"id": 1, "text": NEWS_RU}, {"id": 2, "text": NEWS_BA}, {"id": 3, "text": NEWS_RU.split("\n\n")[1]}]
    archive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    saved = tmp_path / "idf.json"
    done = run("corpus_idf.py", archive, "-o", saved, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "3 documents>" in done.stdout
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["format"] == "bisumm-idf" and data["n_documents"] == 3
    # "школа" is in two articles, "Стерлитамаке" in one: the rarer word weighs more
    assert data["idf"]["школа"] < data["idf"]["стерлитамак"]
    assert "мәктәп" in data["idf"]  # the Bashkir article is stemmed, not lemmatised as Russian


def test_batch_jsonl_on_an_archive(tmp_path: Path) -> None:
    archive = tmp_path / "news.jsonl"
    records = [{"id": "ru", "text": NEWS_RU}, {"id": "ba", "text": NEWS_BA}]
    archive.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\nnot json\n",
                       encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = run("batch_jsonl.py", archive, "--jobs", "1", "-o", out, cwd=tmp_path)
    assert done.returncode == 1  # a bad line in the user's archive is reported in the exit code
    assert "3 documents, 1 failed" in done.stdout
    assert "news.jsonl:3: invalid JSON" in done.stderr
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == ["ru", "ba", "news.jsonl:3"]
    assert results[1]["lang"] == "ba"
    for record, result in zip(records, results):
        for s in result["sentences"]:  # offsets index the original text
            assert record["text"][s["start"]:s["stop"]] == s["text"]
    assert results[0]["quotes"][0]["speaker"] == "Ильдар Сафин"


def test_dask_batch(tmp_path: Path) -> None:
    """``examples/dask_batch.py ARCHIVE OUT_DIR``: JSONL partitions, one result per record, in order."""
    if not (EXAMPLES / "dask_batch.py").exists():
        pytest.skip("examples/dask_batch.py not written yet")
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    archive = tmp_path / "news.jsonl"
    records = [{"id": "ru", "text": NEWS_RU}, {"id": "ba", "text": NEWS_BA}]
    archive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    done = run("dask_batch.py", archive, tmp_path / "out", "--workers", "1", "--sentences", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
    assert parts and all(str(p) in done.stdout for p in parts)
    results = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["lang"], len(r["sentences"])) for r in results] == [("ru", "ru", 1), ("ba", "ba", 1)]
    assert results[1]["text"] in NEWS_BA and results[1]["sentences"][0]["lang"] == "ba"
