"""The batch layer: picklable jobs, JSON Lines records, ordered parallel map, Dask."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest

from bisumm.batch import DetectJob, QuotesJob, SummarizeJob, imap_ordered, iter_jsonl, iter_paths

ROOT = Path(__file__).resolve().parents[1]
RU = ("Правительство Башкортостана утвердило программу ремонта сельских школ. "
      "В этом году отремонтируют сорок зданий в двадцати районах. "
      "На программу выделено два миллиарда рублей из бюджета республики.")
BA = ("Башҡортостан Хөкүмәте ауыл мәктәптәрен ремонтлау программаһын раҫланы. "
      "Быйыл егерме районда ҡырҡ бина ремонтланасаҡ. "
      "Программаға республика бюджетынан ике миллиард һум бүленгән.")


def test_summarize_job_returns_offsets_of_the_original_text() -> None:
    result = SummarizeJob(sentences=1)({"id": "ru", "text": RU})
    assert list(result)[:3] == ["id", "lang", "method"]
    assert result["id"] == "ru" and result["lang"] == "ru"
    for s in result["sentences"]:
        assert RU[s["start"]:s["stop"]] == s["text"]
    assert len(result["sentences"]) == 1


def test_jobs_are_picklable_and_leave_their_caches_behind() -> None:
    job = SummarizeJob(sentences=1, lang="ba")
    job({"id": 1, "text": BA})  # builds the summariser
    copy = pickle.loads(pickle.dumps(job))
    assert "_summarizer" not in vars(copy) and copy.lang == "ba"
    assert copy({"id": 1, "text": BA}) == job({"id": 1, "text": BA})


def test_a_bad_record_becomes_an_error_result(tmp_path: Path) -> None:
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    job = DetectJob()
    failed = job({"id": "b", "path": str(binary)})
    assert failed["stage"] == "input" and "byte offset 0" in failed["error"]
    assert job({"id": "n", "text": 5})["stage"] == "input"
    assert job({"id": "e", "error": "bad line"}) == {"id": "e", "error": "bad line", "stage": "input"}


def test_empty_text_gives_an_empty_result_not_an_error() -> None:
    assert SummarizeJob()({"id": 0, "text": "   \n"})["sentences"] == []
    assert QuotesJob()({"id": 0, "text": ""})["quotes"] == []
    assert DetectJob(sentences=True)({"id": 0, "text": ""})["lang"] == "und"


def test_detect_job_routes_each_sentence() -> None:
    result = DetectJob(sentences=True)({"id": "mix", "text": RU + "\n\n" + BA})
    langs = [s["lang"] for s in result["sentences"]]
    assert langs[:3] == ["ru"] * 3 and langs[-3:] == ["ba"] * 3


def test_iter_jsonl_keeps_ids_and_reports_bad_lines() -> None:
    lines = ['{"doc": "a", "body": "x"}\n', "not json\n", "\n", '[1]\n', '{"doc": "c"}\n']
    records = list(iter_jsonl(lines, id_field="doc", text_field="body", source="f.jsonl"))
    assert records[0] == {"id": "a", "text": "x"}
    assert records[1]["id"] == "f.jsonl:2" and "invalid JSON" in records[1]["error"]
    assert "not a JSON object" in records[2]["error"]
    assert records[3]["id"] == "c" and "no 'body' field" in records[3]["error"]


def test_iter_paths_walks_a_directory_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.md", "c.json", "b/y.TXT"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_paths(tmp_path)] == ["a.md", "b/y.TXT", "b/z.txt"]


def test_imap_ordered_keeps_input_order_across_processes() -> None:
    texts = [{"id": i, "text": (RU if i % 2 else BA) * (1 + i % 3)} for i in range(12)]
    serial = list(imap_ordered(DetectJob(), texts))
    parallel = list(imap_ordered(DetectJob(), iter(texts), jobs=2, window=3))
    assert [r["id"] for r in parallel] == list(range(12))
    assert parallel == serial


def test_dask_archive_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    sys.path.insert(0, str(ROOT / "examples"))
    try:
        from dask_batch import summarize_archive
    finally:
        sys.path.remove(str(ROOT / "examples"))
    archive = tmp_path / "archive.jsonl"
    rows = [json.dumps({"id": i, "text": RU if i % 2 else BA}, ensure_ascii=False) for i in range(8)]
    rows.insert(4, "{broken")
    archive.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        files = summarize_archive(str(archive), tmp_path / "out", job=SummarizeJob(sentences=1), blocksize=300)
    results = [json.loads(line) for f in files for line in Path(f).read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results if "error" not in r] == list(range(8))
    assert sum("error" in r for r in results) == 1
    assert {r["lang"] for r in results if "error" not in r} == {"ru", "ba"}


def test_jsonl_title_field_reaches_the_ranker() -> None:
    text = ("Глава республики провёл совещание о ремонте дорог в Уфе. На совещании обсудили ремонт дорог и мостов. "
            "Министр доложил о ремонте дорог в районах. Отдельно обсудили строительство новой школы в Стерлитамаке.")
    lines = [json.dumps({"id": 1, "text": text, "headline": "В Стерлитамаке построят новую школу"}, ensure_ascii=False),
             json.dumps({"id": 2, "text": text, "headline": 7})]
    records = list(iter_jsonl(lines, title_field="headline"))
    assert records[0]["title"] == "В Стерлитамаке построят новую школу"
    job = SummarizeJob(sentences=2)
    assert job(records[0])["sentences"][1]["text"].startswith("Отдельно обсудили")
    assert job(records[1]) == {"id": 2, "error": "TypeError: title field is int, not a string", "stage": "input"}
    assert "title" not in next(iter_jsonl(lines[:1], title_field=None))
