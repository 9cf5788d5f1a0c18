"""The hooks through the real pre-commit tool: manifest, try-repo, and ``pre-commit run``.

The hook repository is a committed copy of the installable part of this checkout,
so the test does not depend on what the working tree has committed. pre-commit
pip-installs bisumm into a virtualenv: ``try-repo`` does so in a fresh store on every
call (so it runs once), ``pre-commit run`` with examples/pre-commit-config.yaml
installs once per module (PRE_COMMIT_HOME is shared).
"""

from __future__ import annotations

import codecs
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bisumm
from bisumm.hook.frontmatter import yaml_quote
from bisumm.hook import plain_body

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "bisumm/", "stopwords/")

RU = ("В Стерлитамаке открыли новый корпус городской больницы. "
      "В нём разместятся хирургия и детское отделение. "
      "На ремонт здания потратили около трёхсот миллионов рублей.\n\n"
      "«Жители города давно ждали эту больницу», — сказал глава администрации. "
      "Первых пациентов примут в понедельник. "
      "Запись уже открыта через портал госуслуг.\n")
BA = ("Стәрлетамаҡта ҡала дауаханаһының яңы корпусы асылды. "
      "Унда хирургия һәм балалар бүлеге урынлашасаҡ. "
      "Бинаны ремонтлауға өс йөҙ миллион һумға яҡын аҡса тотонолған.\n\n"
      "«Ҡала халҡы был дауахананы күптән көттө», – тине хакимиәт башлығы. "
      "Тәүге пациенттарҙы дүшәмбе ҡабул итәсәктәр.\n")

def _pre_commit_command() -> list[str] | None:
    """How to run pre-commit here: this interpreter's module, else a working ``pre-commit`` on PATH.

    A name on PATH is not enough: a pyenv shim exists for every version's scripts and
    fails when the active version lacks pre-commit, which must skip, not fail.
    """
    try:
        if importlib.util.find_spec("pre_commit") is not None:
            return [sys.executable, "-m", "pre_commit"]
    except (ImportError, ValueError):
        pass
    exe = shutil.which("pre-commit")
    if exe is None:
        return None
    try:
        works = subprocess.run([exe, "--version"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        works = False
    return [exe] if works else None


PRE_COMMIT = _pre_commit_command()
pytestmark = pytest.mark.skipif(PRE_COMMIT is None or shutil.which("git") is None,
                                reason="pre-commit or git is not installed")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), GIT_AUTHOR_NAME="bisumm tests",
               GIT_AUTHOR_EMAIL="tests@example.invalid", GIT_COMMITTER_NAME="bisumm tests",
               GIT_COMMITTER_EMAIL="tests@example.invalid", PRE_COMMIT_COLOR="never")
    env.pop("PRE_COMMIT", None)
    return env


def _git(cwd: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _shipped_files() -> list[str]:
    try:
        listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                                cwd=ROOT, check=True, capture_output=True, text=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        listed = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()]
    return [f for f in listed if f.startswith(SHIPPED) and "__pycache__" not in f and (ROOT / f).is_file()]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """A committed copy of the installable part of this checkout, and the environment."""
    base = tmp_path_factory.mktemp("precommit")
    env = _env(base / "home")
    repo = base / "hooks"
    for name in _shipped_files():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, repo / name)
    _git(repo, env, "init", "-q")
    _git(repo, env, "add", "-A")
    _git(repo, env, "commit", "-q", "-m", "hooks")
    return repo, env


def _summary(body: str, title: str | None = None) -> str:
    """The summary the hook writes for ``body`` under the front-matter ``title`` (it informs ranking)."""
    return " ".join(bisumm.summarize(plain_body(body).text, title=title).text.split())


def _config(repo: Path, env: dict[str, str]) -> str:
    """examples/pre-commit-config.yaml pointed at the local copy (attribution left to unit tests)."""
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, env=env, check=True, capture_output=True,
                         text=True).stdout.strip()
    text = (ROOT / "examples" / "pre-commit-config.yaml").read_text(encoding="utf-8")
    text = re.sub(r"repo: \S+", f"repo: {repo}", text, count=1)
    text = re.sub(r"rev: \S+", f"rev: {rev}", text, count=1)
    return text.replace(", --require-attribution", "")


@pytest.fixture
def drafts(tmp_path, hook_repo):
    """A git repository of drafts: good and bad, Bashkir and Russian, CRLF+BOM; example config."""
    repo, env = hook_repo
    folder = tmp_path / "drafts"
    folder.mkdir()
    files = {
        "good_ru.md": f"---\ntitle: Больница\nsummary: {yaml_quote(_summary(RU, 'Больница'))}\n---\n{RU}",
        "good_ba.md": f"---\ntitle: Дауахана\nsummary: {yaml_quote(_summary(BA, 'Дауахана'))}\n---\n{BA}",
        "bad_ru.md": f"---\ntitle: Больница\ndraft: true\n---\n{RU}",
        "bad_ba.md": f"---\ntitle: Дауахана\nsummary: \"Ҡала башлығы отставкаға китте.\"\n---\n{BA}",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    crlf = f"---\r\n# черновик\r\ntitle: 'Больница'\r\n---\r\n{RU.replace(chr(10), chr(13) + chr(10))}"
    (folder / "crlf_bom.md").write_bytes(codecs.BOM_UTF8 + crlf.encode())
    (tmp_path / ".pre-commit-config.yaml").write_text(_config(repo, env), encoding="utf-8")
    _git(tmp_path, env, "init", "-q")
    _git(tmp_path, env, "add", "-A")
    _git(tmp_path, env, "commit", "-q", "-m", "drafts")
    return folder


def _pre_commit(hook_repo, cwd: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess:
    _, env = hook_repo
    assert PRE_COMMIT is not None
    return subprocess.run([*PRE_COMMIT, *args], cwd=cwd, env={**env, **extra_env}, capture_output=True,
                          encoding="utf-8", errors="replace", timeout=900)


def _run(hook_repo, folder: Path, hook_id: str, *names: str) -> subprocess.CompletedProcess:
    files = [f"drafts/{name}" for name in names]
    return _pre_commit(hook_repo, folder.parent, "run", hook_id, "--verbose", "--files", *files)


def test_manifest_is_valid(hook_repo):
    done = _pre_commit(hook_repo, ROOT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_try_repo_check_fails_bad_drafts_only(hook_repo, drafts):
    # try-repo installs into a fresh store every time, so it runs once here; the hook's stdout
    # is a cp1252 pipe (as on Windows), which used to end the Bashkir finding in a traceback
    repo, _ = hook_repo
    files = ["drafts/good_ru.md", "drafts/good_ba.md", "drafts/bad_ru.md", "drafts/bad_ba.md"]
    done = _pre_commit(hook_repo, drafts.parent, "try-repo", str(repo), "bisumm-check", "--verbose",
                       "--files", *files, PYTHONIOENCODING="cp1252")
    assert done.returncode == 1 and "Failed" in done.stdout, done.stdout + done.stderr
    assert "drafts/bad_ru.md:4: BS100 no 'summary' field" in done.stdout
    assert ("drafts/bad_ba.md:3: BS103 stale summary: sentence no longer in the body: "
            "«Ҡала башлығы отставкаға китте.»") in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert "good_ru.md" not in done.stdout and "good_ba.md" not in done.stdout


def test_check_passes_good_drafts_and_fails_bad_ones(hook_repo, drafts):
    good = _run(hook_repo, drafts, "bisumm-check", "good_ru.md", "good_ba.md")
    assert good.returncode == 0 and "Passed" in good.stdout, good.stdout + good.stderr
    bad = _run(hook_repo, drafts, "bisumm-check", "good_ru.md", "bad_ru.md")
    assert bad.returncode == 1 and "drafts/bad_ru.md:4: BS100 no 'summary' field" in bad.stdout


def test_fix_modifies_then_passes_and_keeps_bytes(hook_repo, drafts):
    before = (drafts / "crlf_bom.md").read_bytes()
    names = ("bad_ru.md", "bad_ba.md", "crlf_bom.md", "good_ba.md")
    first = _run(hook_repo, drafts, "bisumm-fix", *names)
    assert first.returncode == 1 and "files were modified by this hook" in first.stdout, first.stdout
    second = _run(hook_repo, drafts, "bisumm-fix", *names)
    assert second.returncode == 0 and "Passed" in second.stdout, second.stdout
    check = _run(hook_repo, drafts, "bisumm-check", *names)
    assert check.returncode == 0, check.stdout
    after = (drafts / "crlf_bom.md").read_bytes()
    line = f"summary: {yaml_quote(_summary(RU, 'Больница'), 'single')}\r\n".encode()
    assert after == before.replace(b"'\r\n---\r\n", b"'\r\n" + line + b"---\r\n", 1)
