"""The documentation site: every page of the nav exists, and ``mkdocs build --strict`` passes."""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def nav_pages() -> list[str]:
    """Markdown files named in the ``nav`` of mkdocs.yml (read as text: no PyYAML tags needed)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text.split("\nnav:", 1)[1]
    nav = re.split(r"\n(?=\S)", nav, maxsplit=1)[0]  # up to the next top-level key
    return re.findall(r":\s*([\w./-]+\.md)\s*$", nav, flags=re.M)


def test_nav_lists_the_pages_of_the_issue() -> None:
    pages = nav_pages()
    for page in ("index.md", "getting-started.md", "cli.md", "api.md", "how-it-works.md",
                 "add-a-language.md", "hook.md", "scaling.md", "evaluation.md"):
        assert page in pages


@pytest.mark.parametrize("page", nav_pages())
def test_nav_page_exists(page: str) -> None:
    path = DOCS / page
    assert path.is_file(), f"docs/{page} is in the mkdocs.yml nav but missing"
    assert path.read_text(encoding="utf-8").lstrip().startswith("# "), f"docs/{page} has no title"


def test_relative_links_between_pages_resolve() -> None:
    broken = []
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([\w./-]+\.md)(?:#[\w-]*)?\)", page.read_text(encoding="utf-8")):
            if not (page.parent / target).resolve().is_file():
                broken.append(f"{page.name} -> {target}")
    assert not broken


#: pages whose ``>>>`` examples are real output, checked here (the API page's come from the docstrings)
EXAMPLE_PAGES = ("index.md", "getting-started.md", "how-it-works.md", "scaling.md")


@pytest.mark.parametrize("page", EXAMPLE_PAGES + ("../README.md",))
def test_page_examples_print_what_the_page_says(page: str) -> None:
    path = (DOCS / page).resolve()
    if not path.is_file():
        pytest.skip(f"docs/{page} missing (see test_nav_page_exists)")
    result = doctest.testfile(str(path), module_relative=False, encoding="utf-8", report=False,
                              optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/{page} fail (run it with -s)"


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    pytest.importorskip("material")
    if shutil.which("mkdocs") is None and not Path(sys.executable).with_name("mkdocs").exists():
        pytest.skip("mkdocs command not installed")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    # no -q: mkdocs counts strict-mode warnings through its logger, and -q hides them from it
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "api" / "index.html").is_file()
