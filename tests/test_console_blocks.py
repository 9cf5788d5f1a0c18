"""The shell examples of the README and the docs print what the pages say (see tests/console.py)."""

from __future__ import annotations

import shutil

import pytest

from console import ROOT, blocks, run, runnable, tidy

PAGES = ("README.md", "docs/getting-started.md", "docs/scaling.md", "docs/cli.md", "docs/hook.md")
CASES = [(page, i) for page in PAGES if (ROOT / page).is_file()
         for i, block in enumerate(blocks((ROOT / page).read_text(encoding="utf-8"))) if runnable(block)]


def test_the_readme_and_getting_started_have_checked_examples() -> None:
    pages = {page for page, _ in CASES}
    assert {"README.md", "docs/getting-started.md"} <= pages


@pytest.mark.skipif(shutil.which("bisumm") is None, reason="the bisumm command is not installed")
@pytest.mark.parametrize(("page", "index"), CASES, ids=[f"{p}#{i}" for p, i in CASES])
def test_console_block_prints_what_the_page_says(page: str, index: int) -> None:
    block = blocks((ROOT / page).read_text(encoding="utf-8"))[index]
    got = run(block)
    for command, expected, actual in zip(block.commands, block.outputs, got):
        assert actual == tidy(expected), (f"{page}: `$ {command}` prints something else; "
                                          f"run `python tests/console.py --update {page}`")
