"""The wheel: built with `python -m build`, installed into a fresh venv, works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import bisumm, pathlib, sys
from bisumm.lang import get_language
assert bisumm.__file__.startswith(sys.argv[1]), bisumm.__file__  # the wheel, not the source tree
assert len(get_language('ba').stopwords) > 50
assert len(get_language('ru').stopwords) > 50
assert (pathlib.Path(bisumm.__file__).parent / 'py.typed').exists()
s = bisumm.summarize('Глава республики провёл совещание. Речь шла о дорогах. Решения приняты.', sentences=1)
print(s.lang, len(s.sentences))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("build")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (path,) = out.glob("bisumm-*.whl")
    return path


def test_wheel_ships_stopwords_data_and_types(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "bisumm/stopwords/ba.txt" in names
    assert "bisumm/stopwords/ru.txt" in names
    assert "bisumm/py.typed" in names
    assert not any(n.startswith(("tests/", "bench/", "stopwords/")) for n in names)
    assert "bisumm/data/cli-help.txt" in names


def test_wheel_ships_every_subpackage(wheel):
    """A folder added under bisumm/ (the app layer's cli/ and hook/, ...) is listed in pyproject.toml."""
    names = set(zipfile.ZipFile(wheel).namelist())
    source = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "bisumm").rglob("__init__.py"))
    assert "bisumm/cli/__init__.py" in source and "bisumm/hook/__init__.py" in source
    assert [p for p in source if p not in names] == []


def dependency_dirs() -> list[str]:
    """The site-packages folders of the interpreter running the tests (venv, conda or system).

    Only folders named site-packages or dist-packages: never the source tree, so the inner
    environment finds bisumm in the wheel alone (an editable install's finder is a ``.pth`` hook
    there, which a path listed in another ``.pth`` file does not run).
    """
    return [p for p in dict.fromkeys(sys.path)
            if p and Path(p).is_dir() and Path(p).name in ("site-packages", "dist-packages")]


def test_wheel_installs_into_fresh_venv_and_works_elsewhere(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # the test run's PYTHONPATH (a source checkout) must not make pip think bisumm is installed
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, env=clean)
    # the dependencies resolve from the test run's own environment, wherever it is: no network needed
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    (Path(purelib) / "outer-dependencies.pth").write_text("\n".join(dependency_dirs()) + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([str(python), "-c", CHECK, purelib], cwd=elsewhere, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ru", "1"]
    for script in ("bisumm", "bisumm-hook"):  # the [project.scripts] entry points
        helped = subprocess.run([str(env_dir / "bin" / script), "--help"], cwd=elsewhere, capture_output=True,
                                text=True)
        assert helped.returncode == 0 and helped.stdout.startswith(("Usage: bisumm", "usage: bisumm-hook")), (
            helped.stdout + helped.stderr)
