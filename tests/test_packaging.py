"""The wheel: built with `python -m build`, installed into a fresh venv, works from any directory."""

from __future__ import annotations

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
assert 'site-packages' in bisumm.__file__, bisumm.__file__
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


def test_wheel_installs_into_fresh_venv_and_works_elsewhere(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    # system site packages provide the (already installed) dependencies: no network needed
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([str(python), "-c", CHECK], cwd=elsewhere, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ru", "1"]
