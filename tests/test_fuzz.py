"""Fuzzing the CLI and the hook: random bytes and mutated seed articles and drafts, in subprocesses.

A hypothesis-driven loop: every example writes an input, runs ``python -m bisumm ...`` or
``python -m bisumm.hook ...`` and checks that there is no traceback, that the exit code is
0, 1 or 2, and, for the hook, that no byte changed except the summary line (``check``
changes nothing; ``fix`` changes the summary line or adds it, or writes the sidecar of a
plain-text draft; a second ``fix`` changes nothing). Each test stops taking new examples
after ``BISUMM_FUZZ_SECONDS`` (default 40) seconds, so the module stays within ~2-3 minutes;
``CI`` loads a derandomised profile (``tests/conftest.py``). Interesting inputs found so far
are committed under ``tests/regressions/`` and replayed by ``tests/test_regressions.py``.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
DRAFTS = sorted(p for p in (ROOT / "examples" / "drafts").iterdir() if not p.name.endswith(".meta.yaml"))
BUDGET = float(os.environ.get("BISUMM_FUZZ_SECONDS", "40"))


def key_line(field: str = "summary") -> re.Pattern[bytes]:
    """A YAML line setting ``field`` (the key possibly quoted)."""
    return re.compile(rb"^[ \t]*[\"']?" + field.encode() + rb"[\"']?[ \t]*:")

#: byte strings that tend to matter: encodings, line ends, quotes, dashes, YAML and Markdown syntax
TOKENS = [b"\x00", b"\xff", b"\xd0", b"\xef\xbb\xbf", b"\xff\xfe", b"\r\n", b"\r", b"\n\n", b"\t",
          "«".encode(), "»".encode(), "„".encode(), "“".encode(), b'"', b"'", "—".encode(), "–".encode(),
          b" - ", b": ", b",", b".", b"!", b"?", "…".encode(), b"\\", b"#", b"# bisumm: keep", b"---\n",
          b"+++\n", b"...\n", b"summary: ", b"summary: |\n  ", b"summary:\n", b"  - x\n", b"<!--", b"-->",
          b"```\n", b"> ", b"* ", b"[", b"](", b"![", b"<b>", b"{{< x >}}", "\u00ad".encode(),
          "\u2028".encode(), "\u200b".encode(), "й.".encode(), "т. е.".encode(), "Хабиров: «".encode(),
          "— сказал он.".encode(), "тине ул.".encode(), "Башҡортостан".encode(), b"\x1b[31m", b"\x7f"]

CLI_COMMANDS = [
    ["summarize"], ["summarize", "--long", "-f", "json"], ["summarize", "-n", "2", "-f", "markdown"],
    ["summarize", "--quotes", "-f", "html"], ["summarize", "--chars", "60"], ["summarize", "--lang", "ba"],
    ["summarize", "--method", "lexrank", "--ratio", "0.3"], ["summarize", "--jsonl"], ["quotes"],
    ["quotes", "--highlight"], ["quotes", "--official", "-f", "json"], ["detect", "-s"],
    ["detect", "-f", "json", "--jobs", "2"], ["fit-idf", "-o", "idf.json"],
]
HOOK_OPTIONS = [[], ["--length", "long"], ["--max-chars", "80"], ["--lang", "ru"], ["--field", "lead"],
                ["--require-attribution"]]

fuzz = settings(max_examples=int(os.environ.get("BISUMM_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=list(HealthCheck))


def _op():
    frac = st.floats(0.0, 1.0, allow_nan=False)
    piece = st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=8))
    return st.one_of(
        st.tuples(st.just("insert"), frac, piece),
        st.tuples(st.just("delete"), frac, st.integers(1, 200)),
        st.tuples(st.just("repeat"), frac, st.integers(1, 120)),
        st.tuples(st.just("truncate"), frac, st.just(0)),
    )


def mutate(data: bytes, ops: list[tuple]) -> bytes:
    """Apply insert/delete/repeat/truncate operations at relative positions."""
    for kind, frac, arg in ops:
        at = int(frac * len(data))
        if kind == "insert":
            data = data[:at] + arg + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + arg:]
        elif kind == "repeat":
            data = data[:at] + data[at:at + arg] * 3 + data[at:]
        else:
            data = data[:at]
    return data


mutations = st.lists(_op(), min_size=1, max_size=6)


class Clock:
    """The wall-clock budget of one fuzz test: once spent, new examples are skipped.

    After a failure the budget no longer applies, so hypothesis can shrink and replay it.
    """

    def __init__(self) -> None:
        self.end: float | None = None
        self.failed = False

    def spent(self) -> bool:
        if self.end is None:
            self.end = time.monotonic() + BUDGET
        return not self.failed and time.monotonic() > self.end

    def run(self, check, *args) -> None:
        if self.spent():
            return
        try:
            check(*args)
        except BaseException:
            self.failed = True
            raise


def run(argv: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", *argv], cwd=cwd, input=stdin or b"", capture_output=True,
                          timeout=120, env=env)


def assert_clean(done: subprocess.CompletedProcess, what: str) -> None:
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, f"{what}\n{err}"
    assert done.returncode in (0, 1, 2), f"{what}: exit {done.returncode}\n{err}"
    done.stdout.decode("utf-8")  # output is UTF-8


# ---- the CLI -------------------------------------------------------------------------------

def check_cli(data: bytes, command: list[str], folder: Path, via_stdin: bool) -> None:
    name = "input.jsonl" if "--jsonl" in command else "input.txt"
    (folder / name).write_bytes(data)
    argv = ["bisumm", *command, "-" if via_stdin else name]
    done = run(argv, folder, data if via_stdin else None)
    assert_clean(done, " ".join(argv))
    if done.returncode == 2:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        assert lines and all(line.startswith(("bisumm:", "Error:", "Usage:", "Try ")) or not line.strip()
                             for line in lines), lines
    if "json" in command and "--jsonl" not in command and command[0] != "fit-idf":
        check_json_spans(data, done.stdout)


def check_json_spans(data: bytes, stdout: bytes) -> None:
    """JSON output: one object per line; every span it reports is a span of the decoded input."""
    import bisumm

    try:
        text = bisumm.decode(data)
    except bisumm.DecodeError:
        text = None
    for line in stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        for span in record.get("sentences", []) + record.get("quotes", []):
            if text is not None:
                assert text[span["start"]:span["stop"]] == span["text"], span


_cli_clock = Clock()


@fuzz
@given(data=st.binary(max_size=3000), command=st.sampled_from(CLI_COMMANDS), via_stdin=st.booleans())
def test_cli_on_random_bytes(tmp_path_factory, data, command, via_stdin):
    _cli_clock.run(check_cli, data, command, tmp_path_factory.mktemp("cli"), via_stdin)


_seed_clock = Clock()


@fuzz
@given(seed=st.sampled_from(SEEDS), ops=mutations, command=st.sampled_from(CLI_COMMANDS), via_stdin=st.booleans())
def test_cli_on_mutated_seed_articles(tmp_path_factory, seed, ops, command, via_stdin):
    _seed_clock.run(check_cli, mutate(seed.read_bytes(), ops), command, tmp_path_factory.mktemp("seed"),
                    via_stdin)


# ---- the hook ------------------------------------------------------------------------------

def _lines(data: bytes) -> list[bytes]:
    return data.removeprefix(b"\xef\xbb\xbf").splitlines(keepends=True)


def only_summary_changed(old: bytes, new: bytes, field: str = "summary") -> str | None:
    """Why ``new`` is not ``old`` with only its ``field`` line set or added (``None``: it is)."""
    summary_line = key_line(field)
    if old.startswith(b"\xef\xbb\xbf") != new.startswith(b"\xef\xbb\xbf"):
        return "the byte-order mark changed"
    a, b = _lines(old), _lines(new)
    written = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        added = [ln for ln in b[j1:j2] if ln.strip() not in (b"", b"---")]
        if len(added) != 1 or not summary_line.match(added[0]):
            return f"lines other than the summary were written: {b[j1:j2]!r}"
        if i2 > i1 and not summary_line.match(a[i1]):
            return f"lines other than the summary were removed: {a[i1:i2]!r}"
        written += 1
    return None if written <= 1 else "more than one place changed"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def assert_only_summary_changed(before: dict[str, bytes], after: dict[str, bytes], draft: str,
                                field: str = "summary") -> None:
    sidecar = draft + ".meta.yaml"
    assert set(after) - set(before) <= {sidecar}, f"new files: {set(after) - set(before)}"
    assert set(before) <= set(after), "a file disappeared"
    for name, data in after.items():
        if name not in before:
            assert key_line(field).match(data) and data.count(b"\n") == 1, data
            continue
        if data != before[name]:
            assert name in (draft, sidecar), f"{name} changed"
            why = only_summary_changed(before[name], data, field)
            assert why is None, f"{name}: {why}"


def check_hook(data: bytes, draft: Path, options: list[str], folder: Path) -> None:
    name = draft.name
    (folder / name).write_bytes(data)
    sidecar = draft.with_name(draft.name + ".meta.yaml")
    if sidecar.exists():
        (folder / sidecar.name).write_bytes(sidecar.read_bytes())
    before = snapshot(folder)
    done = run(["bisumm.hook", "check", *options, name], folder)
    assert_clean(done, f"check {options} {name}")
    assert snapshot(folder) == before, "check changed a file"
    done = run(["bisumm.hook", "fix", *options, name], folder)
    assert_clean(done, f"fix {options} {name}")
    after = snapshot(folder)
    if done.returncode == 2 or done.returncode == 0:
        assert after == before, f"fix exit {done.returncode} but a file changed: {done.stdout!r}"
        return
    field = options[options.index("--field") + 1] if "--field" in options else "summary"
    assert_only_summary_changed(before, after, name, field)
    if after != before and "--require-attribution" not in options:
        again = run(["bisumm.hook", "fix", *options, name], folder)
        assert_clean(again, "second fix")
        assert snapshot(folder) == after, f"a second fix changed the draft again: {again.stdout!r}"
        assert again.returncode == 0, again.stdout


_hook_clock = Clock()


@fuzz
@given(draft=st.sampled_from(DRAFTS), ops=mutations, options=st.sampled_from(HOOK_OPTIONS))
def test_hook_on_mutated_drafts(tmp_path_factory, draft, ops, options):
    _hook_clock.run(check_hook, mutate(draft.read_bytes(), ops), draft, options, tmp_path_factory.mktemp("hook"))


def test_mutations_are_applied():
    assert mutate(b"abcdef", [("insert", 0.5, b"X")]) == b"abcXdef"
    assert mutate(b"abcdef", [("delete", 0.0, 2), ("truncate", 0.5, 0)]) == b"cd"
    assert mutate(b"ab", [("repeat", 0.5, 1)]) == b"abbbb"


def test_only_summary_changed_judges_edits():
    old = b"---\ntitle: x\nsummary: old\n---\nBody.\n"
    assert only_summary_changed(old, old.replace(b"summary: old", b'summary: "new"')) is None
    assert only_summary_changed(b"Body.\n", b'---\nsummary: "Body."\n---\nBody.\n') is None
    assert only_summary_changed(old, old.replace(b"title: x", b"title: y")) is not None
    assert only_summary_changed(old, b"\xef\xbb\xbf" + old) is not None


if not SEEDS or not DRAFTS:  # pragma: no cover
    pytest.skip("examples/seeds or examples/drafts missing", allow_module_level=True)
