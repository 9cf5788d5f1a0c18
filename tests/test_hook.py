"""The hook's entry points called as ``main(argv)``: findings, exit codes, safe edits."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

import bisumm
from bisumm.hook import commands, main, plain_body, speech_slips
from bisumm.hook.frontmatter import parse, yaml_quote
from bisumm.types import Quote

RU = ("В Уфе прошло заседание правительства Башкортостана. "
      "Участники обсудили ход строительства новых школ и больниц. "
      "Премьер-министр Андрей Назаров рассказал о планах на осень.\n\n"
      "«В этом году в республике откроются двенадцать школ», — сказал он. "
      "Большая часть объектов появится в сельских районах. "
      "На строительство выделены средства из федерального бюджета.\n\n"
      "Министр здравоохранения доложил о ремонте поликлиник. "
      "По его словам, работы завершатся к ноябрю. "
      "Депутаты попросили усилить контроль за подрядчиками. "
      "Следующее заседание состоится в декабре.\n")
BA = ("Өфөлә республика хөкүмәтенең киңәшмәһе үтте. "
      "Унда быйылғы төҙөлөш эштәренең барышы тикшерелде. "
      "Премьер-министр Андрей Назаров яңы мәктәптәр тураһында һөйләне.\n\n"
      "«Быйыл республикала ун ике мәктәп төҙөләсәк», – тине ул. "
      "Мәктәптәрҙең күбеһе ауыл райондарында урынлашасаҡ. "
      "Төҙөлөш өсөн федераль бюджеттан аҡса бүленде.\n\n"
      "Киңәшмәлә министрҙар ҙа сығыш яһаны. "
      "Эштәр ноябрь айына тамамланырға тейеш. "
      "Киләһе осрашыу декабрҙә үтәсәк.\n")


def current(body: str, **kwargs) -> str:
    """The summary bisumm writes for ``body`` today, as one line."""
    return " ".join(bisumm.summarize(plain_body(body).text, **kwargs).text.split())


def draft(tmp_path, body: str, front: str | None = "title: Заседание\n", name: str = "d.md"):
    path = tmp_path / name
    path.write_text(("" if front is None else f"---\n{front}---\n") + body, encoding="utf-8")
    return path


def run(*argv, lines=None):
    out: list[str] = []
    code = main([str(a) for a in argv], out=out.append)
    if lines is not None:
        lines.extend(out)
    return code, out


@pytest.mark.parametrize("body", [RU, BA, RU + "\n" + BA], ids=["ru", "ba", "mixed"])
def test_fix_writes_a_summary_that_then_passes(tmp_path, body):
    path = draft(tmp_path, body)
    assert run("check", path)[0] == 1
    code, out = run("fix", path)
    assert code == 1 and out[0].startswith(f"{path}:3: BS000 wrote 'summary'")
    written = parse(path.read_text()).entries["summary"].value
    assert written == current(body, title="Заседание")  # the hook passes the draft's title
    assert run("check", path) == (0, [])
    assert run("fix", path) == (0, [])


def test_missing_and_empty_summaries_are_reported_with_lines(tmp_path):
    missing = draft(tmp_path, RU, name="a.md")
    empty = draft(tmp_path, RU, "title: x\nsummary: ''\n", name="b.md")
    listed = draft(tmp_path, RU, "summary:\n  - x\n", name="c.md")
    code, out = run("check", missing, empty, listed)
    assert code == 1
    assert out == [f"{missing}:3: BS100 no 'summary' field", f"{empty}:3: BS101 'summary' is empty",
                   f"{listed}:2: BS102 'summary' is not a single text value"]


def test_good_summary_passes_whatever_whitespace_soft_hyphens_case_and_yo(tmp_path):
    value = current(RU).replace(" ", "  ").replace("е", "ё").replace("школ", "шко\u00adл")
    assert run("check", draft(tmp_path, RU, f"summary: {yaml_quote(value)}\n")) == (0, [])


def test_stale_when_a_summary_sentence_left_the_body(tmp_path):
    value = current(RU)
    first = bisumm.sentences(value)[0].text
    path = draft(tmp_path, RU.replace(first, "Заседание перенесли."), f"summary: {yaml_quote(value)}\n")
    code, out = run("check", path)
    assert code == 1 and out[0].startswith(f"{path}:2: BS103 stale summary: sentence no longer in the body")


def test_stale_when_the_body_moved_away_from_the_summary(tmp_path):
    summary = bisumm.summarize(RU)
    k = max(3, 2 * len(summary.sentences))
    last = summary.ranked[-1]
    assert len(summary.ranked) > k and last not in summary.sentences
    path = draft(tmp_path, RU, f"summary: {yaml_quote(last.text)}\n")
    code, out = run("check", path)
    assert code == 1 and out == [f"{path}:2: BS104 stale summary: none of its sentences is among "
                                 f"the top {k} of the current body"]
    assert run("fix", path)[0] == 1 and run("check", path) == (0, [])


def test_a_summary_marked_keep_is_never_stale_nor_rewritten(tmp_path):
    front = "summary: \"Правительство обсудило школы.\"  # bisumm: keep\n"
    path = draft(tmp_path, RU, front)
    before = path.read_bytes()
    assert run("check", path) == (0, []) and run("fix", path) == (0, [])
    assert path.read_bytes() == before


def test_fix_changes_only_the_summary_line_crlf_bom_comments_quotes_mode(tmp_path):
    head = ("---\r\n# черновик, не публиковать\r\ntitle: 'Киңәшмә'\r\nsummary: 'иҫке'   # auto\r\n"
            "tags: [хөкүмәт, мәктәп]\r\nauthor: \"Ә. Ғәлиев\"\r\n---\r\n")
    body = BA.replace("\n", "\r\n").rstrip("\r\n")  # and no trailing newline
    path = tmp_path / "ba.md"
    path.write_bytes(codecs.BOM_UTF8 + (head + body).encode())
    os.chmod(path, 0o640)
    assert run("fix", path)[0] == 1
    expected = head.replace("'иҫке'", "'" + current(BA).replace("'", "''") + "'") + body
    assert path.read_bytes() == codecs.BOM_UTF8 + expected.encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert run("check", path) == (0, [])


def test_markdown_without_front_matter_gets_one(tmp_path):
    path = draft(tmp_path, "# Заседание\n\n" + RU, front=None)
    before = path.read_text()
    assert run("fix", path)[0] == 1
    assert path.read_text() == f"---\nsummary: {yaml_quote(current(RU))}\n---\n" + before


def test_plain_text_uses_a_sidecar_and_stays_untouched(tmp_path):
    path = draft(tmp_path, BA, front=None, name="ba.txt")
    side = tmp_path / "ba.txt.meta.yaml"
    code, out = run("check", path)
    assert code == 1 and out == [f"{side}:1: BS100 no 'summary' field"]
    assert run("fix", path)[0] == 1 and path.read_text() == BA
    assert side.read_text() == f"summary: {yaml_quote(current(BA))}\n"
    side.write_text("# sidecar\nauthor: x\n" + side.read_text().replace(current(BA), "Иҫке."))
    assert run("check", path)[0] == 1
    assert run("fix", path)[0] == 1 and run("check", path) == (0, [])
    assert side.read_text().startswith("# sidecar\nauthor: x\nsummary: ")


def test_plain_text_with_front_matter_is_edited_in_place(tmp_path):
    path = draft(tmp_path, RU, name="ru.txt")
    assert run("fix", path)[0] == 1 and not (tmp_path / "ru.txt.meta.yaml").exists()
    assert parse(path.read_text()).entries["summary"].value == current(RU)


@pytest.mark.parametrize("content, code", [
    (b"---\ntitle: x\n", "BS901"),
    ("---\ntitle: Хабиров: да\n---\nТекст.\n".encode(), "BS901"),
    (b"+++\ntitle = 'x'\n+++\ntext\n", "BS901"),
    (b"---\ntitle: x\n---\n", "BS902"),
    (b"---\ntitle: x\n---\n\n  \n```\ncode\n```\n", "BS902"),
    (b"", "BS902"),
    (b"\xff\xfeT\x00", "BS900"),
    ("Текст.".encode("cp1251"), "BS900"),
])
@pytest.mark.parametrize("command", ["check", "fix"])
def test_unusable_files_exit_2_and_stay_untouched(tmp_path, content, code, command):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    status, out = run(command, path)
    assert status == 2 and out[0].startswith(f"{path}:") and f" {code} " in out[0]
    assert path.read_bytes() == content and os.listdir(tmp_path) == ["bad.md"]


def test_read_only_file_is_an_error_and_untouched(tmp_path):
    path = draft(tmp_path, RU)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    status, out = run("fix", path)
    assert status == 2 and "BS904 cannot write" in out[-1] and "read-only" in out[-1]
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_missing_file_and_usage_errors(tmp_path):
    assert run("check", tmp_path / "nope.md")[0] == 2
    assert main(["check", "--field", "title", "x.md"]) == 2
    assert main(["check", "--max-chars", "0"]) == 2
    assert main([]) == 2
    assert run("check") == (0, [])


def test_field_length_and_language_options(tmp_path):
    path = draft(tmp_path, RU)
    assert run("fix", "--field", "description", "--length", "long", "--lang", "ru", path)[0] == 1
    entries = parse(path.read_text()).entries
    assert "summary" not in entries
    assert entries["description"].value == current(RU, length="long", lang="ru", title="Заседание")
    assert run("check", "--field", "description", "--length", "long", "--lang", "ru", path) == (0, [])


def test_max_chars_is_enforced(tmp_path):
    path = draft(tmp_path, RU, f"summary: {yaml_quote(current(RU))}\n")
    limit = len(current(RU)) - 1
    code, out = run("check", "--max-chars", limit, path)
    assert code == 1 and f"BS105 'summary' is longer than {limit} characters" in out[0]
    assert run("fix", "--max-chars", limit, path)[0] == 1
    assert len(parse(path.read_text()).entries["summary"].value) <= limit
    assert run("check", "--max-chars", limit, path) == (0, [])
    assert run("fix", "--max-chars", 20, path)[0] == 1
    assert parse(path.read_text()).entries["summary"].value.endswith("…")
    assert run("check", "--max-chars", 20, path) == (0, [])


def test_front_matter_lang_is_used_when_lang_is_auto(tmp_path):
    path = draft(tmp_path, RU + BA, "lang: ba\n")
    assert run("fix", path)[0] == 1
    assert parse(path.read_text()).entries["summary"].value == current(RU + BA, lang="ba")


def test_require_attribution_reports_speech_slips_with_lines(tmp_path):
    body = RU.replace("школ», — сказал", "школ» — сказал") + "\n«Мы справимся,» — добавил министр.\n"
    path = draft(tmp_path, body, f"summary: {yaml_quote(current(body))}\n")
    assert run("check", path) == (0, [])
    code, out = run("check", "--require-attribution", path)
    assert code == 1
    assert [line.split(": ")[0] + ":" + line.split()[1] for line in out] == \
        [f"{path}:6:BS201", f"{path}:10:BS202"]


def test_require_attribution_reports_quotes_without_speaker(tmp_path, monkeypatch):
    body = "# Заголовок\n\n" + RU
    path = draft(tmp_path, body, f"summary: {yaml_quote(current(body))}\n")
    plain = plain_body(body).text
    start = plain.index("«") + 1
    stop = plain.index("»")
    fake = [Quote(start, stop, plain[start:stop]), Quote(0, 5, plain[:5], speaker="Назаров")]
    monkeypatch.setattr(bisumm, "quotes", lambda text, lang="auto": fake if text == plain else [])
    code, out = run("check", "--require-attribution", path)
    assert code == 1 and out == [f"{path}:8: BS200 quotation without a speaker: «В этом году в "
                                 "республике откроются двен…»"]


def test_real_quote_finder_is_wired_in(tmp_path):
    path = draft(tmp_path, RU, f"summary: {yaml_quote(current(RU))}\n")
    expected = sum(q.speaker is None for q in bisumm.quotes(plain_body(RU).text))
    out = run("check", "--require-attribution", path)[1]
    assert sum(" BS200 " in line for line in out) == expected


def test_exit_code_is_the_worst_of_all_files(tmp_path):
    good = draft(tmp_path, RU, f"summary: {yaml_quote(current(RU))}\n", name="good.md")
    bad = draft(tmp_path, RU, name="bad.md")
    broken = tmp_path / "broken.md"
    broken.write_text("---\nx: 1\n")
    assert run("check", good)[0] == 0
    assert run("check", good, bad)[0] == 1
    assert run("check", bad, broken, good)[0] == 2


def test_library_failure_is_reported_not_raised(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("kaput")

    monkeypatch.setattr(bisumm, "Summarizer", boom)
    code, out = run("check", draft(tmp_path, RU))
    assert code == 2 and "BS999 internal error: RuntimeError: kaput" in out[0]


def test_plain_body_drops_markdown_and_maps_offsets_back():
    body = ("# Заголовок\n\n**Глава** [Радий Хабиров](https://x.ru/a) сказал: `да`.\n\n"
            "```\nкод\n```\n\n> - Цитата <!-- скрыто\nдалее -->конец.\n| таблица |\n")
    plain = plain_body(body)
    assert plain.text.split() == ["Глава", "Радий", "Хабиров", "сказал:", "да.", "Цитата", "конец."]
    at = plain.text.index("Хабиров")
    assert body[plain.origin(at):plain.origin(at) + 7] == "Хабиров"
    assert plain_body(body, markdown=False).text == body


def test_plain_body_is_linear_on_pathological_markup():
    assert len(plain_body("[" * 100_000 + "<" * 100_000 + "<!--" * 20_000).text) == 200_000
    assert plain_body("_*" * 100_000 + "`").text == ""


@pytest.mark.parametrize("text, codes", [
    ("«Работаем» — сказал Хабиров.", ["BS201"]),
    ("«Работаем», — сказал Хабиров.", []),
    ("«Работаем?» — спросил Хабиров.", []),
    ("«Работаем…» — сказал он.", []),
    ("«Работаем,» — заявил он.", ["BS202"]),
    ("«Работаем.», — заявил он.", ["BS203"]),
    ("«Эш башланды» – тине Радий Хәбиров.", ["BS201"]),
    ("«Эш башланды», – тине Радий Хәбиров.", []),
    ("«Эш башланды» тип белдерҙе ул.", []),
    ("«Газпром» — крупная компания.", []),
    ("Компания «Газпром» - партнёр республики.", []),
])
def test_speech_slips(text, codes):
    assert [code for _, code, _ in speech_slips(text)] == codes


def test_hook_module_is_light():
    assert commands.FIELDS == ("summary", "description", "excerpt", "lead")


def test_example_drafts_pass_after_fix(tmp_path):
    examples = Path(__file__).resolve().parents[1] / "examples" / "drafts"
    for source in sorted(examples.iterdir()):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    names = sorted(str(p) for p in tmp_path.iterdir() if not p.name.endswith(".yaml"))
    assert len(names) >= 4
    assert run("fix", *names)[0] in (0, 1)
    slips = [line for line in run("check", "--require-attribution", *names)[1] if " BS20" in line]
    assert [line for line in slips if " BS200 " not in line] == []
    assert run("check", *names) == (0, [])


# ---- found running the hooks through pre-commit (issue 6) ----------------------------------

@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1"])
def test_findings_quoting_cyrillic_survive_a_non_utf8_console(tmp_path, encoding):
    """A stale summary is quoted in the finding; a cp1252/latin-1/ASCII stdout (Windows,
    PYTHONIOENCODING, a non-UTF-8 locale) used to end in a UnicodeEncodeError traceback."""
    import subprocess
    import sys

    path = draft(tmp_path, BA, "summary: \"Ҡала башлығы отставкаға китте.\"\n")
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("PYTHONUTF8", None)
    done = subprocess.run([sys.executable, "-m", "bisumm.hook", "check", str(path)], capture_output=True,
                          env=env, timeout=120)
    assert done.returncode == 1 and b"Traceback" not in done.stderr, done.stderr
    assert done.stdout.decode("utf-8") == f"{path}:2: BS103 stale summary: sentence no longer in the body: " \
                                          "«Ҡала башлығы отставкаға китте.»\n"


def test_front_matter_with_bare_cr_line_ends_is_refused_not_summarised(tmp_path):
    """Classic Mac OS line ends made the front matter one line: no front matter seen, so
    ``fix`` summarised 'title: …' as body text and put a second front matter on top."""
    path = tmp_path / "mac.md"
    data = ("---\rtitle: Заседание\r---\r" + RU.replace("\n", "\r")).encode("utf-8")
    path.write_bytes(data)
    for command in ("check", "fix"):
        code, out = run(command, path)
        assert code == 2 and out == [f"{path}:1: BS901 broken front matter: front matter with bare CR line "
                                     "endings (classic Mac OS); save the draft with LF or CRLF line endings"]
    assert path.read_bytes() == data
    body_only = tmp_path / "mac_body.md"  # no front matter: fix adds one, the CR body stays as it was
    body_only.write_bytes(RU.replace("\n", "\r").encode("utf-8"))
    assert run("fix", body_only)[0] == 1
    assert body_only.read_bytes().endswith(RU.replace("\n", "\r").encode("utf-8"))
    assert run("check", body_only) == (0, [])


# ---- the title and the tags field -------------------------------------------------------------

AIRPORT = (Path(__file__).parent / "data" / "title_airport.txt").read_text(encoding="utf-8")
AIRPORT_TITLE = "В Нефтекамске построят новый аэропорт"  # lifts the sentences about the airport


def test_the_front_matter_title_informs_the_summary(tmp_path):
    with_title, without = current(AIRPORT, title=AIRPORT_TITLE), current(AIRPORT)
    assert with_title != without and "Нефтекамске" in with_title
    path = draft(tmp_path, AIRPORT, f"title: {AIRPORT_TITLE}\n")
    assert run("fix", path)[0] == 1
    assert parse(path.read_text()).entries["summary"].value == with_title
    plain = draft(tmp_path, AIRPORT, front=None, name="a.txt")  # plain text: no title
    assert run("fix", plain)[0] == 1
    assert (tmp_path / "a.txt.meta.yaml").read_text() == f"summary: {yaml_quote(without)}\n"


def test_tags_field_is_opt_in_and_written_as_a_flow_list(tmp_path):
    from bisumm.hook.tags import tag_list

    front = "title: Заседание  # заголовок\nauthor: 'Иванов'\n"
    path = draft(tmp_path, RU, front)
    assert run("fix", path)[0] == 1 and "tags" not in parse(path.read_text()).entries  # not asked
    before = path.read_text()
    code, out = run("check", "--tags-field", "tags", path)
    assert code == 1 and out == [f"{path}:5: BS110 no 'tags' field"]
    assert run("fix", "--tags-field", "tags", "--tags", "3", path)[0] == 1
    after = path.read_text()
    draft_ = parse(after)
    tags = tag_list(after, draft_.entries["tags"])
    assert tags == [kw.text for kw in bisumm.keywords(plain_body(RU).text, 3, title="Заседание")]
    assert after == before.replace("---\n" + RU, f"tags: {['x']!r}\n---\n".replace("['x']", "[" + ", ".join(
        f"'{t}'" for t in tags) + "]") + RU)  # single quotes: the file's style; nothing else changed
    assert run("check", "--tags-field", "tags", path) == (0, [])


@pytest.mark.parametrize("tags, code", [
    ("[]", "BS111"), ("'Уфа'", "BS112"), ("[Москва, Париж]", "BS113"), ("\n  - Ленинград", "BS113"),
])
def test_bad_or_stale_tags_are_reported_and_fixed(tmp_path, tags, code):
    path = draft(tmp_path, RU, f"summary: {yaml_quote(current(RU, title='Заседание'))}\ntags: {tags}\n"
                 "title: Заседание\n")
    found = run("check", "--tags-field", "tags", path)[1]
    assert [f.split()[1] for f in found] == [code]
    assert run("fix", "--tags-field", "tags", path)[0] == 1
    assert run("check", "--tags-field", "tags", path) == (0, [])
    assert parse(path.read_text()).entries["title"].value == "Заседание"


def test_tags_in_the_body_or_marked_keep_are_not_stale(tmp_path):
    summary = yaml_quote(current(RU, title="Заседание"))
    for tags in ("[школа, Андрей Назаров, 'Башкортостан']", "\n  - Андрей Назаров\n  - бюджет",
                 "[Москва]  # bisumm: keep"):
        path = draft(tmp_path, RU, f"title: Заседание\nsummary: {summary}\ntags: {tags}\n")
        assert run("check", "--tags-field", "tags", path) == (0, []), tags
