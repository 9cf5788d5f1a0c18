"""The ``bisumm`` command line, through typer's CliRunner and as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bisumm.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
RU_SEED = ROOT / "examples" / "seeds" / "ru_khabirov_forum.txt"
BA_SEED = ROOT / "examples" / "seeds" / "ba_khamitov_turkey.txt"
# our own mixed article: a Russian paragraph, then a Bashkir one
MIXED = ("Глава Башкортостана провёл совещание о подготовке к зиме. "
         "Коммунальные службы должны завершить ремонт котельных до октября. "
         "Министр строительства доложил о ходе работ в районах.\n\n"
         "Башҡортостан Башлығы ҡышҡа әҙерлек буйынса кәңәшмә үткәрҙе. "
         "Коммуналь хеҙмәттәр ҡаҙанлыҡтарҙы ремонтлауҙы октябргә тиклем тамамларға тейеш. "
         "Төҙөлөш министры райондарҙағы эштәр барышы тураһында һөйләне.\n")
SCHEMA_KEYS = ["id", "lang", "method", "text", "sentences", "quotes"]
SENTENCE_KEYS = ["start", "stop", "text", "lang", "paragraph", "index", "score", "rank"]

runner = CliRunner()


def run(*args: str, input: str | bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m bisumm ARGS`` as a real process (stdout/stderr captured as UTF-8 text)."""
    full_env = {**os.environ, "NO_COLOR": "", **(env or {})}
    data = input.encode("utf-8") if isinstance(input, str) else input
    proc = subprocess.run([sys.executable, "-m", "bisumm", *args], input=data, capture_output=True,
                          env=full_env, cwd=ROOT, timeout=120)
    proc.stdout, proc.stderr = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    return proc


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


# --- summaries -----------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_seed_gets_a_json_summary_with_exact_offsets(seed: Path) -> None:
    result = invoke(str(seed), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    text = seed.read_text(encoding="utf-8")
    assert list(doc) == SCHEMA_KEYS and doc["lang"] == seed.name[:2]
    assert doc["sentences"] and all(list(s) == SENTENCE_KEYS for s in doc["sentences"])
    for s in doc["sentences"]:
        assert text[s["start"]:s["stop"]] == s["text"]


def test_short_long_and_budgets_change_the_length() -> None:
    short = json.loads(invoke(str(RU_SEED), "-f", "json").stdout)["sentences"]
    long = json.loads(invoke(str(RU_SEED), "--long", "-f", "json").stdout)["sentences"]
    three = json.loads(invoke(str(RU_SEED), "--sentences", "3", "-f", "json").stdout)["sentences"]
    assert len(short) < len(long) and len(three) == 3


def test_plain_text_summary_is_verbatim_sentences() -> None:
    result = invoke(str(BA_SEED), "-n", "2")
    text = BA_SEED.read_text(encoding="utf-8")
    lines = result.stdout.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 1
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_mixed_text_from_stdin_keeps_both_languages() -> None:
    result = invoke("detect", "--sentences", "-f", "json", input=MIXED)
    doc = json.loads(result.stdout)
    assert [s["lang"] for s in doc["sentences"]] == ["ru"] * 3 + ["ba"] * 3
    summary = json.loads(invoke("-f", "json", "--long", input=MIXED).stdout)
    assert {s["lang"] for s in summary["sentences"]} <= {"ru", "ba"}
    for s in summary["sentences"]:
        assert MIXED[s["start"]:s["stop"]] == s["text"]


def test_markdown_and_html_formats() -> None:
    md = invoke(str(RU_SEED), str(BA_SEED), "-f", "markdown").stdout
    assert md.count("\n## ") + md.startswith("## ") == 2
    page = invoke(str(RU_SEED), "-f", "html", "--quotes").stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<p class="summary" lang="ru">' in page


def test_bad_budgets_and_options_are_usage_errors() -> None:
    for args in (["-n", "0"], ["--ratio", "1.5"], ["-f", "pdf"], ["--lang", "xx"], ["--jobs", "0"],
                 ["--idf", "no-such-idf.json"]):
        result = invoke(str(RU_SEED), *args)
        assert result.exit_code == 2, (args, result.output)


# --- quotes and detect ---------------------------------------------------------------------------

def test_quotes_lists_and_highlights_in_every_format() -> None:
    listing = json.loads(invoke("quotes", str(RU_SEED), "-f", "json").stdout)
    assert list(listing)[:3] == ["id", "lang", "quotes"]
    text = RU_SEED.read_text(encoding="utf-8")
    for q in listing["quotes"]:
        assert text[q["start"]:q["stop"]] == q["text"]
    plain = invoke("quotes", str(RU_SEED), "--highlight").stdout
    unmarked = plain
    for mark in "⟦⟧⟨⟩":
        unmarked = unmarked.replace(mark, "")
    assert unmarked.strip() == text.strip()  # the whole text, only marks added
    assert ("⟦" in plain) == bool(listing["quotes"])
    html_out = invoke("quotes", str(RU_SEED), "-H", "-f", "html").stdout
    assert '<div class="text" lang="ru">' in html_out and "<script" not in html_out


def test_highlight_marks_quote_and_speaker() -> None:
    from bisumm.cli.render import highlight
    from bisumm.quotation.highlight import highlight as library_highlight
    from bisumm.types import Quote

    text = "«Мы построим школу», — сказал министр образования."
    quote = {"start": 1, "stop": 18, "text": "Мы построим школу", "speaker": "министр",
             "speaker_start": 30, "speaker_stop": 37}
    assert text[30:37] == "министр"
    marked = highlight(text, [quote], fmt="html")
    assert '<q data-speaker="министр"' in marked and '<mark class="speaker">министр</mark>' in marked
    assert highlight(text, [quote], fmt="text") == "«⟦Мы построим школу⟧», — сказал ⟨министр⟩ образования."
    for fmt in ("text", "markdown", "html"):  # the library's marks, not a copy of them
        assert highlight(text, [quote], fmt=fmt) == library_highlight(text, [Quote(**quote)], fmt)
    coloured = highlight(text, [quote], fmt="text", color=True)
    assert coloured == "«\x1b[32mМы построим школу\x1b[0m», — сказал \x1b[1;36mминистр\x1b[0m образования."


def test_detect_names_the_language_of_each_seed() -> None:
    result = invoke("detect", *map(str, SEEDS))
    assert result.exit_code == 0
    langs = [line.split("\t")[0] for line in result.stdout.splitlines() if "\t" in line]
    assert langs == [p.name[:2] for p in SEEDS]


# --- many inputs ---------------------------------------------------------------------------------

def test_directory_input_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(BA_SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(RU_SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "skip.json").write_text("{}", encoding="utf-8")
    result = invoke("detect", str(tmp_path), "-f", "json")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert invoke(str(empty)).exit_code == 2


def test_batch_with_a_binary_file_reports_it_and_finishes(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"PK\x03\x04\x00\x00binary")
    proc = run(str(RU_SEED), str(broken), str(BA_SEED), "-f", "json")
    assert proc.returncode == 1
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["id"] for d in lines] == [str(RU_SEED), str(broken), str(BA_SEED)]
    assert lines[1]["stage"] == "input" and "sentences" in lines[2]
    assert "broken.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_jsonl_in_and_out_in_order_with_two_jobs(tmp_path: Path) -> None:
    archive = tmp_path / "news.jsonl"
    texts = [MIXED, RU_SEED.read_text(encoding="utf-8"), BA_SEED.read_text(encoding="utf-8")] * 3
    rows = [json.dumps({"key": f"n{i}", "body": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    archive.write_text("\n".join(rows) + "\n", encoding="utf-8")
    proc = run("--jsonl", "--id-field", "key", "--text-field", "body", "-f", "json", "--jobs", "2",
               input=archive.read_bytes())
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["id"] for d in out] == [f"n{i}" for i in range(9)]
    same = [{k: v for k, v in out[i].items() if k != "id"} for i in (1, 4, 7)]
    assert same[0] == same[1] == same[2]  # same text, same summary, whichever process ran it
    serial = run(str(archive), "--id-field", "key", "--text-field", "body", "-f", "json")
    assert serial.stdout == proc.stdout


def test_json_is_utf8_and_keys_are_stable() -> None:
    proc = run(str(BA_SEED), "-f", "json")
    doc = json.loads(proc.stdout)
    assert "\\u" not in proc.stdout and "ә" in proc.stdout
    assert proc.stdout == json.dumps(doc, ensure_ascii=False) + "\n"
    assert list(doc) == SCHEMA_KEYS


# --- behaviour -----------------------------------------------------------------------------------

def test_stdin_pipe_and_exit_codes() -> None:
    assert run(input=RU_SEED.read_text(encoding="utf-8")).returncode == 0
    assert run("-", input=RU_SEED.read_bytes()).stdout.strip()
    empty = run(input=b"")
    assert empty.returncode == 2 and "empty input" in empty.stderr
    binary = run(input=b"\x00\x00\xff")
    assert binary.returncode == 2 and "byte offset" in binary.stderr
    latin1 = run(input="Привет".encode("cp1251"))
    assert latin1.returncode == 2 and "not UTF-8" in latin1.stderr
    missing = run("no-such-file.txt")
    assert missing.returncode == 2 and "no such file" in missing.stderr and "Traceback" not in missing.stderr


def test_version_help_and_python_dash_m() -> None:
    from bisumm import __version__

    assert run("--version").stdout.strip() == f"bisumm {__version__}"
    help_text = run("--help").stdout
    for command in ("summarize", "quotes", "detect", "fit-idf"):
        assert command in help_text
    assert invoke("quotes", "--help").exit_code == 0


def test_a_file_named_like_a_command_still_works(tmp_path: Path) -> None:
    named = tmp_path / "quotes"
    named.write_text(RU_SEED.read_text(encoding="utf-8"), encoding="utf-8")
    via_dashes = runner.invoke(app, ["--", str(named)])
    relative = subprocess.run([sys.executable, "-m", "bisumm", "./quotes"], cwd=tmp_path, capture_output=True)
    after_dashes = subprocess.run([sys.executable, "-m", "bisumm", "--", "quotes"], cwd=tmp_path,
                                  capture_output=True)
    assert via_dashes.exit_code == 0 and via_dashes.stdout.strip()
    assert relative.returncode == 0 and relative.stdout.strip()
    assert after_dashes.stdout == relative.stdout


def test_no_color_and_no_traceback_without_debug(tmp_path: Path) -> None:
    from bisumm.cli.render import use_color

    class Tty:
        def isatty(self) -> bool:
            return True

    assert use_color(Tty()) or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb"
    assert not use_color(Tty(), no_color=True)
    os.environ["NO_COLOR"] = "1"
    try:
        assert not use_color(Tty())
    finally:
        del os.environ["NO_COLOR"]
    bad_idf = tmp_path / "idf.json"
    bad_idf.write_text("{not an idf", encoding="utf-8")
    proc = run(str(RU_SEED), "--idf", str(bad_idf))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and proc.stderr.startswith("bisumm: error:")


def test_cli_path_does_not_import_heavy_modules() -> None:
    code = ("import sys; from bisumm.cli import main; sys.argv = ['bisumm', 'detect', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pydantic', 'rich', 'sklearn', 'numpy', 'scipy', 'pymorphy3') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code, str(RU_SEED)], capture_output=True, text=True)
    assert proc.stdout.strip().splitlines()[-1] == "[]"
    helped = subprocess.run([sys.executable, "-c", "import sys; import bisumm.cli; "
                             "print(sorted(m for m in sys.modules if m.startswith(('bisumm.', 'rich', 'numpy', 'typer'))))"],
                            capture_output=True, text=True)
    assert helped.stdout.strip() == "['bisumm.cli']"


def _imported_modules(path: Path) -> set[str]:
    """The absolute names of the bisumm modules that ``path`` imports (relative imports resolved)."""
    import ast

    package = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return {name for name in names if name == "bisumm" or name.startswith("bisumm.")}


def test_core_never_imports_the_app_layer() -> None:
    """The app layer (bisumm/cli/, bisumm/hook/) calls the core; the core and the hook never import the CLI."""
    forbidden = {"cli": (), "hook": ("bisumm.cli",), "__main__.py": ()}  # the rest: the core
    for path in sorted((ROOT / "bisumm").rglob("*.py")):
        layer = path.relative_to(ROOT / "bisumm").parts[0]
        banned = forbidden.get(layer, ("bisumm.cli", "bisumm.hook"))
        wrong = sorted(name for name in _imported_modules(path)
                       if any(name == ban or name.startswith(ban + ".") for ban in banned))
        assert wrong == [], f"{path.relative_to(ROOT)} imports {wrong}"
    assert "bisumm.hook.frontmatter" in _imported_modules(ROOT / "bisumm" / "hook" / "commands.py")


# --- the cached top-level help (bisumm --help without importing typer) ----------------------------

def test_help_is_served_without_typer_and_equals_what_typer_renders() -> None:
    code = ("import sys; from bisumm.cli import main; main(['--help']); "
            "print(sorted(m for m in sys.modules if m.startswith(('typer', 'bisumm.cli.'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": ""})
    assert proc.returncode == 0 and proc.stdout.endswith("[]\n"), proc.stdout + proc.stderr
    from bisumm.cli import HELP_FILE
    from bisumm.cli.commands import render_help

    cached = Path(HELP_FILE).read_text(encoding="utf-8")
    assert cached == render_help(), "run: python -m bisumm.cli --write-help"
    assert proc.stdout[: -len("[]\n")] == cached
    typer_path = subprocess.run([sys.executable, "-c", "from bisumm.cli.commands import run; run(['--help'])"],
                                capture_output=True, text=True, env={**os.environ, "COLUMNS": ""})
    assert typer_path.stdout == cached  # what typer prints itself on a pipe (80 columns)
    wide = subprocess.run([sys.executable, "-c", "from bisumm.cli.commands import run; run(['--help'])"],
                          capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    assert wide.stdout == cached  # click never wraps wider than 80 columns


def test_help_width_matches_the_app() -> None:
    import bisumm.cli
    import bisumm.cli.commands

    assert bisumm.cli._HELP_WIDTH == bisumm.cli.commands.HELP_WIDTH


def test_narrow_terminal_and_damaged_cache_fall_back_to_typer(tmp_path: Path, monkeypatch, capsys) -> None:
    narrow = run("--help", env={"COLUMNS": "60"})
    assert narrow.returncode == 0 and narrow.stdout.startswith("Usage: bisumm")
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 58
    import bisumm.cli

    broken = tmp_path / "cli-help.txt"
    broken.write_text("", encoding="utf-8")
    monkeypatch.setattr(bisumm.cli, "HELP_FILE", str(broken))
    monkeypatch.setenv("COLUMNS", "100")
    assert bisumm.cli._cached_help() is False
    with pytest.raises(SystemExit) as stop:
        bisumm.cli.main(["--help"])
    assert stop.value.code in (0, None) and capsys.readouterr().out.startswith("Usage: bisumm")


def test_fit_idf_then_use_it(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    out = tmp_path / "idf.json"
    result = invoke("fit-idf", str(ROOT / "examples" / "seeds"), "-o", str(out), "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == len(SEEDS) and report["terms"] > 50 and out.exists()
    with_idf = invoke(str(RU_SEED), "--idf", str(out), "-f", "json")
    assert with_idf.exit_code == 0, with_idf.output


# --- titles and keywords ------------------------------------------------------------------------

AIRPORT = (Path(__file__).parent / "data" / "title_airport.txt").read_text(encoding="utf-8")
AIRPORT_TITLE = "В Нефтекамске построят новый аэропорт"  # lifts the sentences about the airport


def test_title_changes_which_sentence_is_picked(tmp_path: Path) -> None:
    plain = invoke("-", input=AIRPORT).stdout
    titled = invoke("-", "--title", AIRPORT_TITLE, input=AIRPORT).stdout
    assert "Нефтекамске" not in plain and "Нефтекамске" in titled
    assert AIRPORT_TITLE not in titled  # the title informs the ranking, it is never picked
    two = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in two:
        path.write_text(AIRPORT, encoding="utf-8")
    result = invoke(*map(str, two), "--title", AIRPORT_TITLE)
    assert result.exit_code == 2 and "--title-field" in result.output


def test_title_field_is_read_from_json_lines(tmp_path: Path) -> None:
    archive = tmp_path / "news.jsonl"
    rows = [{"id": "a", "text": AIRPORT}, {"id": "b", "text": AIRPORT, "title": AIRPORT_TITLE},
            {"id": "c", "text": AIRPORT, "headline": AIRPORT_TITLE}]
    archive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    default = [json.loads(line)["text"] for line in invoke(str(archive), "-f", "json").stdout.splitlines()]
    assert ["Нефтекамске" in t for t in default] == [False, True, False]  # "title" is read by default
    other = invoke(str(archive), "-f", "json", "--title-field", "headline").stdout.splitlines()
    assert ["Нефтекамске" in json.loads(line)["text"] for line in other] == [False, False, True]
    none = invoke(str(archive), "-f", "json", "--title-field", "").stdout.splitlines()
    assert not any("Нефтекамске" in json.loads(line)["text"] for line in none)
    kw = invoke("keywords", str(archive), "-f", "json", "--title-field", "headline", "-k", "3")
    assert [len(json.loads(line)["keywords"]) for line in kw.stdout.splitlines()] == [3, 3, 3]


def test_keywords_command_in_every_format() -> None:
    import bisumm

    text = RU_SEED.read_text(encoding="utf-8")
    expected = [kw.to_dict() for kw in bisumm.keywords(text, 4)]
    doc = json.loads(invoke("keywords", str(RU_SEED), "-k", "4", "-f", "json").stdout)
    assert doc == {"id": str(RU_SEED), "lang": "ru", "keywords": expected}
    for kw in doc["keywords"]:
        assert all(text[o["start"]:o["stop"]] == o["text"] for o in kw["occurrences"])
    lines = invoke("keywords", str(RU_SEED), "-k", "4").stdout.splitlines()
    assert [line.split("  ", 2)[2].rsplit(" ×", 1)[0].strip() for line in lines] == [k["text"] for k in expected]
    table = invoke("keywords", str(BA_SEED), "-f", "markdown", "-k", "3").stdout
    assert table.startswith("| # | keyword |") and len(table.splitlines()) == 5
    assert invoke("keywords", "-", input="123 456. --- !!!").stdout == "No keywords.\n"


def test_keywords_batches_with_jobs_keep_order(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for seed in SEEDS:
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    serial = run("keywords", str(folder), "-f", "json", "-k", "3")
    parallel = run("keywords", str(folder), "-f", "json", "-k", "3", "--jobs", "2")
    assert serial.returncode == 0 and serial.stdout == parallel.stdout
    assert [json.loads(line)["id"] for line in serial.stdout.splitlines()] == \
        [str(folder / seed.name) for seed in SEEDS]


def test_summary_json_gets_keywords_on_request() -> None:
    doc = json.loads(invoke(str(RU_SEED), "-f", "json", "--keywords", "3").stdout)
    assert list(doc)[-1] == "keywords" and len(doc["keywords"]) == 3
    assert "keywords" not in json.loads(invoke(str(RU_SEED), "-f", "json").stdout)
    assert "Keywords: " in invoke(str(RU_SEED), "-K", "2").stdout
    assert invoke(str(RU_SEED), "--keywords", "0").exit_code == 2


def test_keywords_path_does_not_import_heavy_modules_before_the_text() -> None:
    code = ("import sys; from bisumm.cli import main; sys.argv = ['bisumm', 'keywords', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pydantic', 'rich', 'sklearn', 'numpy', 'scipy', 'pymorphy3') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_json_output_is_one_line_per_document_whatever_the_text_holds(tmp_path):
    """U+2028/U+2029/U+0085 are line ends for str.splitlines: JSON output escapes them."""
    seed = (ROOT / "examples" / "seeds" / "ba_khamitov_kazakhstan.txt").read_text(encoding="utf-8")
    cut = len(seed) // 4
    path = tmp_path / "lines.txt"
    path.write_text(seed[:cut] + "\u2028" + seed[cut:].replace(". ", ".\u2029 ", 2), encoding="utf-8")
    done = run("summarize", "--long", "-f", "json", str(path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    text = path.read_text(encoding="utf-8")
    assert all(text[s["start"]:s["stop"]] == s["text"] for s in record["sentences"])
