"""Bad input on purpose: encodings, odd files, empty and binary input, through the real commands.

Every case runs ``bisumm`` or ``bisumm-hook`` in a subprocess, in a fresh folder holding
its files, and checks the exit code documented in ``docs/hook.md`` / the CLI help (0 ok,
1 findings or some documents failed, 2 input or usage error), that the message is one
clear line (no traceback) and what must hold of the files. The same results generate
``docs/bad-input.md`` (``python bench/bad_input_table.py``); a test keeps it true.

Permission denied as root: root reads a mode-000 file, so the process runs with the
capabilities ``CAP_DAC_OVERRIDE`` and ``CAP_DAC_READ_SEARCH`` dropped from its bounding
set (``prctl(PR_CAPBSET_DROP)`` before ``exec``); still uid 0, but file modes now apply.
"""

from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "bad-input.md"

RU = ("Глава Башкортостана Радий Хабиров провёл совещание о ремонте дорог. "
      "В этом году в республике отремонтируют четыреста километров трасс. "
      "«Все работы должны завершиться до октября», — заявил он.\n\n"
      "Подрядчики получили авансы в начале весны. Погода в мае помогла дорожникам.\n")
BA = ("Башҡортостан Башлығы Радий Хәбиров юлдар тураһында кәңәшмә үткәрҙе. "
      "Быйыл республикала дүрт йөҙ километр юл ремонтланасаҡ. "
      "«Эштәр октябргә тиклем тамамланырға тейеш», — тине ул.\n")
DRAFT = "---\ntitle: Дороги\nsummary: \"\"\n---\n" + RU
GOOD_DRAFT = "---\ntitle: Дороги\n---\n" + RU
UNBALANCED = "«Мы начнём ремонт весной, — сказал Хабиров. Затем «ещё одна «цитата. Конец» без пары.\n"
NO_PUNCT = ("республика хабиров дорога ремонт өфө башҡортостан мәктәп министр ҡала район " * 14_000)[:1_000_000]


@dataclass(frozen=True)
class Case:
    """One bad input: files to create, the command, and what must happen."""

    name: str                      # the input, as shown in the table
    argv: tuple[str, ...]          # command and arguments (run in the case folder)
    code: int                      # the documented exit code
    message: str = ""              # regex the message must match ("" = no message at all)
    files: dict[str, bytes] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    stdin: bytes | None = b""
    unchanged: tuple[str, ...] = ()  # files whose bytes must not change
    check: Callable[[Path, str], bool] | None = None  # more to check: (folder, stdout) -> ok
    note: str = ""                 # what the check column of the table says
    timeout: float = 60.0
    unprivileged: bool = False     # drop the capabilities that let root ignore file modes
    xfail: str = ""                # a known bug in a module owned by someone else


def _u(text: str) -> bytes:
    return text.encode("utf-8")


def _fifo(name: str) -> Callable[[Path], None]:
    return lambda d: os.mkfifo(d / name)


def _mode(name: str, mode: int) -> Callable[[Path], None]:
    return lambda d: os.chmod(d / name, mode)


def _loop_folder(d: Path) -> None:
    (d / "news").mkdir()
    (d / "news" / "a.txt").write_bytes(_u(RU))
    os.symlink("x2.txt", d / "news" / "x1.txt")
    os.symlink("x1.txt", d / "news" / "x2.txt")
    os.symlink(".", d / "news" / "self")


def _readonly_folder(d: Path) -> None:
    (d / "ro").mkdir()
    (d / "ro" / "d.md").write_bytes(_u(DRAFT))
    os.chmod(d / "ro", 0o555)


def _sparse(name: str, size: int) -> Callable[[Path], None]:
    def make(d: Path) -> None:
        with open(d / name, "wb") as handle:
            handle.truncate(size)
    return make


def _has(text: str) -> Callable[[Path, str], bool]:
    return lambda d, out: text in out


def _crlf_kept(d: Path, out: str) -> bool:
    data = (d / "d.md").read_bytes()
    return data.count(b"\r\n") == data.count(b"\n") and b"summary: \"\xd0" in data


def _bom_kept(d: Path, out: str) -> bool:
    data = (d / "d.md").read_bytes()
    return data.startswith(codecs.BOM_UTF8) and data.count(codecs.BOM_UTF8) == 1


CASES: list[Case] = [
    Case("UTF-8 text", ("bisumm", "a.txt"), 0, files={"a.txt": _u(RU)}, check=_has("Хабиров"),
         note="summary printed"),
    Case("UTF-8 with BOM", ("bisumm", "a.txt"), 0, files={"a.txt": codecs.BOM_UTF8 + _u(RU)},
         check=lambda d, out: out.startswith("Глава"), note="BOM dropped, summary printed"),
    Case("UTF-16 LE with BOM", ("bisumm", "a.txt"), 0, files={"a.txt": RU.encode("utf-16")},
         check=_has("Хабиров"), note="decoded, summary printed"),
    Case("UTF-16 BE with BOM", ("bisumm", "detect", "a.txt"), 0,
         files={"a.txt": codecs.BOM_UTF16_BE + BA.encode("utf-16-be")}, check=_has("ba"), note="decoded"),
    Case("UTF-16 without BOM", ("bisumm", "a.txt"), 2, r"UTF-16 without a byte-order mark is not supported",
         files={"a.txt": RU.encode("utf-16-le")}),
    Case("cp1251 (not UTF-8)", ("bisumm", "a.txt"), 2, r"not UTF-8: invalid .* at byte offset \d+",
         files={"a.txt": RU.encode("cp1251")}),
    Case("binary file (PNG header)", ("bisumm", "quotes", "a.txt"), 2, r"binary data \(NUL byte\)",
         files={"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}),
    Case("CRLF line endings", ("bisumm", "-f", "json", "a.txt"), 0, files={"a.txt": _u(RU.replace("\n", "\r\n"))},
         check=lambda d, out: "\\r" not in out and "Хабиров" in out, note="no CR inside sentences"),
    Case("empty file", ("bisumm", "a.txt"), 0, files={"a.txt": b""}, check=lambda d, out: out == "",
         note="empty summary"),
    Case("whitespace only", ("bisumm", "a.txt"), 0, files={"a.txt": b" \n\t\n\n  "},
         check=lambda d, out: out == "", note="empty summary"),
    Case("empty stdin", ("bisumm",), 2, r"empty input on stdin"),
    Case("binary stdin", ("bisumm", "detect"), 2, r"stdin: binary data \(NUL byte\)",
         stdin=bytes(range(256)) * 4),
    Case("unbalanced quotes", ("bisumm", "quotes", "a.txt"), 0, files={"a.txt": _u(UNBALANCED)},
         note="quotes listed"),
    Case("1,000,000-character line, no punctuation", ("bisumm", "a.txt"), 0, files={"a.txt": _u(NO_PUNCT)},
         check=lambda d, out: len(out) >= 1_000_000, note="one sentence, kept whole"),
    Case("file over the 200 MB limit (sparse)", ("bisumm", "a.txt"), 2, r"larger than \d+ bytes",
         setup=_sparse("a.txt", 200 * 1024 * 1024 + 1)),
    Case("missing file", ("bisumm", "nope.txt"), 2, r"nope\.txt: no such file or directory"),
    Case("folder without texts", ("bisumm", "empty"), 2, r"no \*\.txt or \*\.md files",
         setup=lambda d: (d / "empty").mkdir()),
    Case("folder passed to --idf", ("bisumm", "--idf", "empty", "a.txt"), 2, r"is a directory",
         files={"a.txt": _u(RU)}, setup=lambda d: (d / "empty").mkdir()),
    Case("permission denied", ("bisumm", "a.txt"), 2, r"Permission denied", files={"a.txt": _u(RU)},
         setup=_mode("a.txt", 0), unprivileged=True),
    Case("symlink loop as the file", ("bisumm", "x1.txt"), 2, r"x1\.txt: a broken or looping symbolic link",
         setup=lambda d: (os.symlink("x2.txt", d / "x1.txt"), os.symlink("x1.txt", d / "x2.txt"))),
    Case("symlink loops in a folder batch", ("bisumm", "--jobs", "2", "news"), 1,
         r"x1\.txt: Too many levels of symbolic links.*x2\.txt", setup=_loop_folder, check=_has("Хабиров"),
         note="the loops reported, a.txt summarised"),
    Case("named pipe (FIFO) as the file", ("bisumm", "pipe.txt"), 2, r"pipe\.txt: not a regular file",
         setup=_fifo("pipe.txt"), timeout=10),
    Case("JSON Lines from a named pipe", ("bisumm", "detect", "p.jsonl"), 2, r"p\.jsonl: not a regular file",
         setup=_fifo("p.jsonl"), timeout=10),
    Case("character device as the file", ("bisumm", "/dev/zero"), 2, r"/dev/zero: not a regular file",
         timeout=10),
    Case("text piped into stdin", ("bisumm", "-"), 0, stdin=_u(RU), check=_has("Хабиров"),
         note="summary printed"),
    Case("JSON Lines with a broken line", ("bisumm", "detect", "a.jsonl"), 1, r"a\.jsonl:2: invalid JSON",
         files={"a.jsonl": _u('{"id": 1, "text": "Уфа — столица республики."}\n{"id": 2, "text": \n')}),
    Case("unknown --lang", ("bisumm", "--lang", "tt", "a.txt"), 2, r"'tt' is not one of",
         files={"a.txt": _u(RU)}),
    Case("--idf file that is not an IDF", ("bisumm", "--idf", "a.txt", "a.txt"), 2, r"not a bisumm IDF file",
         files={"a.txt": _u(RU)}),
    Case("fit-idf output into a missing folder", ("bisumm", "fit-idf", "a.txt", "-o", "nodir/idf.json"), 2,
         r"nodir/idf\.json", files={"a.txt": _u(RU)}),
    Case("keywords: binary file", ("bisumm", "keywords", "a.txt"), 2, r"binary data \(NUL byte\)",
         files={"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}),
    Case("keywords: cp1251 (not UTF-8)", ("bisumm", "keywords", "a.txt"), 2, r"not UTF-8: invalid",
         files={"a.txt": RU.encode("cp1251")}),
    Case("keywords: empty file", ("bisumm", "keywords", "a.txt"), 0, files={"a.txt": b""},
         check=lambda d, out: out == "No keywords.\n", note="no keywords"),
    Case("keywords: numbers and punctuation only", ("bisumm", "keywords", "-f", "json", "a.txt"), 0,
         files={"a.txt": b"2024 - 15 %, 3.5 ... !!! 100 500"}, check=_has('"keywords": []'), note="empty list"),
    Case("keywords: -k 0", ("bisumm", "keywords", "-k", "0", "a.txt"), 2, r"0 is not in the range",
         files={"a.txt": _u(RU)}),
    Case("keywords: --title on a folder batch", ("bisumm", "keywords", "--title", "Дороги", "news"), 2,
         r"--title is the headline of one document", setup=_loop_folder),
    Case("keywords: JSON Lines with a non-string title", ("bisumm", "keywords", "a.jsonl"), 1,
         r"bisumm: 2: .*title field is int, not a string",
         files={"a.jsonl": _u('{"id": 1, "text": "Уфа — столица республики."}\n{"id": 2, "text": "Уфа.", '
                              '"title": 5}\n')}, check=_has("Уфа"), note="the good line listed"),
    Case("keywords: 1,000,000-character line, no punctuation", ("bisumm", "keywords", "a.txt"), 0,
         files={"a.txt": _u(NO_PUNCT)}, check=_has("1.000"), note="keywords printed"),
    # ---- the pre-commit hook -------------------------------------------------------------
    Case("draft, summary missing (fix)", ("bisumm-hook", "fix", "d.md"), 1, r"d\.md:3: BS000 wrote 'summary'",
         files={"d.md": _u(DRAFT)}, note="summary line written"),
    Case("draft with BOM (fix)", ("bisumm-hook", "fix", "d.md"), 1, r"BS000 wrote", files={"d.md": codecs.BOM_UTF8
         + _u(DRAFT)}, check=_bom_kept, note="BOM kept"),
    Case("draft with CRLF (fix)", ("bisumm-hook", "fix", "d.md"), 1, r"BS000 wrote",
         files={"d.md": _u(DRAFT.replace("\n", "\r\n"))}, check=_crlf_kept, note="CRLF kept"),
    Case("draft in UTF-16 with BOM (fix)", ("bisumm-hook", "fix", "d.md"), 2,
         r"BS900 cannot read: not UTF-8 \(UTF-16 byte-order mark\)", files={"d.md": DRAFT.encode("utf-16")},
         unchanged=("d.md",), note="unchanged"),
    Case("draft in cp1251 (check)", ("bisumm-hook", "check", "d.md"), 2, r"BS900 cannot read: not UTF-8",
         files={"d.md": DRAFT.encode("cp1251")}, unchanged=("d.md",), note="unchanged"),
    Case("binary draft (fix)", ("bisumm-hook", "fix", "d.md"), 2, r"BS900 cannot read: binary data",
         files={"d.md": b"\x00\x01\x02" * 100}, unchanged=("d.md",), note="unchanged"),
    Case("read-only draft (fix)", ("bisumm-hook", "fix", "d.md"), 2, r"BS904 cannot write",
         files={"d.md": _u(DRAFT)}, setup=_mode("d.md", 0o444), unchanged=("d.md",), note="unchanged"),
    Case("draft in a read-only folder (fix)", ("bisumm-hook", "fix", "ro/d.md"), 2,
         r"BS904 cannot write: Permission denied", files={}, setup=_readonly_folder, unprivileged=True,
         check=lambda d, out: (d / "ro" / "d.md").read_bytes() == _u(DRAFT) and len(list((d / "ro").iterdir())) == 1,
         note="unchanged, no temporary file left"),
    Case("unreadable draft (check)", ("bisumm-hook", "check", "d.md"), 2, r"BS900 cannot read: Permission denied",
         files={"d.md": _u(DRAFT)}, setup=_mode("d.md", 0), unprivileged=True),
    Case("folder passed as a draft", ("bisumm-hook", "check", "drafts"), 2, r"BS900 cannot read: Is a directory",
         setup=lambda d: (d / "drafts").mkdir()),
    Case("missing draft", ("bisumm-hook", "check", "gone.md"), 2, r"BS900 cannot read: No such file"),
    Case("symlink loop as the draft", ("bisumm-hook", "fix", "x1.md"), 2,
         r"BS900 cannot read: Too many levels of symbolic links",
         setup=lambda d: (os.symlink("x2.md", d / "x1.md"), os.symlink("x1.md", d / "x2.md"))),
    Case("named pipe (FIFO) as the draft", ("bisumm-hook", "check", "p.md"), 2,
         r"BS900 cannot read: not a regular file", setup=_fifo("p.md"), timeout=10),
    Case("empty draft", ("bisumm-hook", "fix", "d.md"), 2, r"BS902 no body", files={"d.md": b""},
         unchanged=("d.md",), note="unchanged"),
    Case("broken front matter (fix)", ("bisumm-hook", "fix", "d.md"), 2, r"BS901 broken front matter",
         files={"d.md": _u("---\ntitle: a: b\n---\n" + RU)}, unchanged=("d.md",), note="unchanged"),
    Case("unbalanced quotes (check --require-attribution)",
         ("bisumm-hook", "check", "--require-attribution", "d.md"), 1, r"BS20\d",
         files={"d.md": _u("---\nsummary: \"x\"  # bisumm: keep\n---\n" + UNBALANCED + "«Да» — сказал он.\n")},
         unchanged=("d.md",), note="unchanged"),
    Case("draft with a broken tags list (fix --tags-field)", ("bisumm-hook", "fix", "--tags-field", "tags", "d.md"),
         1, r"BS000 wrote 'tags' \(BS112\)",
         files={"d.md": _u("---\ntitle: Дороги\nsummary: \"x\"  # bisumm: keep\ntags: {a: b}\n---\n" + RU)},
         check=lambda d, out: b"tags: [\"" in (d / "d.md").read_bytes(), note="tags line rewritten"),
    Case("1,000,000-character line draft (fix)", ("bisumm-hook", "fix", "d.md"), 1, r"BS000 wrote",
         files={"d.md": _u("---\ntitle: x\n---\n" + NO_PUNCT + "\n")}, note="summary line written"),
]


# ---- running a case ------------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    code: int | None          # None: killed after the timeout
    message: str              # the message lines, joined
    ok: bool                  # code, message and checks as documented
    traceback: bool


def _drop_dac() -> None:
    """In the child before exec: lose the capabilities that let root ignore file modes."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP


def _command(argv: tuple[str, ...]) -> list[str]:
    module = "bisumm" if argv[0] == "bisumm" else "bisumm.hook"
    return [sys.executable, "-m", module, *argv[1:]]


def message_of(stdout: str, stderr: str, hook: bool) -> str:
    """The lines that tell the user what went wrong (usage banners left out)."""
    lines = (stdout if hook else stderr).splitlines()
    keep = [ln.strip() for ln in lines if ln.strip() and not ln.startswith(("Usage:", "Try '"))]
    return " ⏎ ".join(keep)


def run_case(case: Case, folder: Path) -> Outcome:
    """Create the case's files in ``folder``, run its command there, judge the result."""
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    if case.setup:
        case.setup(folder)
    before = {name: (folder / name).read_bytes() for name in case.unchanged}
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run(_command(case.argv), cwd=folder, input=case.stdin, capture_output=True,
                              timeout=case.timeout, env=env,
                              preexec_fn=_drop_dac if case.unprivileged and os.geteuid() == 0 else None)
    except subprocess.TimeoutExpired:
        return Outcome(None, f"hangs (killed after {case.timeout:g} s)", False, False)
    stdout = done.stdout.decode("utf-8", "replace")
    stderr = done.stderr.decode("utf-8", "replace")
    hook = case.argv[0] == "bisumm-hook"
    message = message_of(stdout, stderr, hook)
    traceback = "Traceback" in stderr or "Traceback" in stdout
    ok = (done.returncode == case.code and not traceback
          and (re.search(case.message, message) is not None if case.message else message == "")
          and all((folder / name).read_bytes() == data for name, data in before.items())
          and (case.check is None or case.check(folder, stdout)))
    if hook:  # the hook prints findings on stdout; stderr stays empty
        ok = ok and not stderr.strip()
    return Outcome(done.returncode, message, ok, traceback)


def _restore(folder: Path) -> None:
    """Make the case folder removable again (modes changed by a case)."""
    for path in folder.rglob("*"):
        if not path.is_symlink():
            os.chmod(path, 0o755 if path.is_dir() else 0o644)


# ---- the table -----------------------------------------------------------------------------

HEADER = """# Bad input: what bisumm does with it

Generated by `python bench/bad_input_table.py` from the cases in `tests/test_bad_input.py`;
`test_bad_input_table_is_current` fails when this page and the behaviour disagree. Every
command runs in a fresh folder holding the input file. Exit codes: **0** ok, **1** findings
or (fix) a file changed or some documents of a batch failed, **2** input or usage error
(`bisumm --help`, [the hook's codes](hook.md)). Messages go to stderr (`bisumm`) or
stdout (`bisumm-hook`, one `file:line: CODE message` line per finding); no traceback in any
case. *Known bug* rows show today's behaviour of a case that still has to be fixed.

Permission denied is tested even as root: the command runs with the capabilities that let
root ignore file modes (`CAP_DAC_OVERRIDE`, `CAP_DAC_READ_SEARCH`) dropped.

More of the same, beyond this table: `tests/test_fuzz.py` runs the CLI and the hook on random
bytes and mutated articles and drafts, `tests/test_properties.py` the library on arbitrary
Unicode, `tests/regressions/` keeps the interesting inputs found, `tests/test_no_network.py`
shows that no command touches the network, and `bench/hostile.py` measures 100 MB inputs and
adversarial patterns (linear time, bounded memory).

"""


def _cell(text: str) -> str:
    text = text.replace("|", "\\|")
    return text if len(text) <= 110 else text[:109] + "…"


def table(results: list[tuple[Case, Outcome]]) -> str:
    """The Markdown page for ``results`` (one row per case, in case order)."""
    rows = ["| input | command | exit | message | also checked |", "|---|---|---|---|---|"]
    for case, outcome in results:
        code = "hangs" if outcome.code is None else str(outcome.code)
        if case.xfail:
            state = f"**known bug**: {case.xfail}"
        else:
            state = case.note or ("unchanged" if case.unchanged else "")
        command = " ".join(case.argv) + (" < stdin" if case.stdin else "")
        rows.append(f"| {case.name} | `{command}` | {code} | {_cell(outcome.message) or '—'} | {_cell(state)} |")
    return HEADER + "\n".join(rows) + "\n"


def run_all(base: Path) -> list[tuple[Case, Outcome]]:
    results = []
    for index, case in enumerate(CASES):
        folder = base / f"case{index:02d}"
        folder.mkdir()
        try:
            results.append((case, run_case(case, folder)))
        finally:
            _restore(folder)
    return results


# ---- tests ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, Outcome]:
    return dict((case.name, outcome) for case, outcome in run_all(tmp_path_factory.mktemp("bad")))


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=c.xfail)]
                                               if c.xfail else []) for c in CASES])
def test_bad_input(case, results):
    outcome = results[case.name]
    assert not outcome.traceback
    assert outcome.ok, (case.argv, outcome)
    assert "\n" not in outcome.message


def test_bad_input_table_is_current(results):
    current = table([(case, results[case.name]) for case in CASES])
    assert DOC.read_text(encoding="utf-8") == current, "run: python bench/bad_input_table.py"


def test_every_case_names_a_documented_exit_code():
    assert {c.code for c in CASES} <= {0, 1, 2}
    assert len({c.name for c in CASES}) == len(CASES)
