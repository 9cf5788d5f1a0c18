"""Shell examples in the docs (```console blocks) are real: run them, compare, or rewrite them.

A block is a run of ``$ command`` lines, each followed by the output it prints on stdout.
Blocks whose commands name a file that does not exist in the repository (``article.txt``,
``archive.jsonl``: illustrations) are not run. Commands run in one ``bash`` per block,
from the repository root, with ``NO_COLOR=1``, so ``echo $?`` sees the previous command.

    python tests/console.py --update README.md docs/getting-started.md   # rewrite outputs
"""

from __future__ import annotations

import glob
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = re.compile(r"^```console\n(.*?)^```", re.M | re.S)
_MARK = "@@bisumm-console-end@@"
_PATHLIKE = re.compile(r"\.(txt|md|jsonl|yaml)$|/")


@dataclass
class Block:
    start: int  # offsets of the block's body in the page
    stop: int
    commands: list[str]
    outputs: list[str]


def blocks(page: str) -> list[Block]:
    """The console blocks of a Markdown page."""
    found = []
    for match in _BLOCK.finditer(page):
        commands: list[str] = []
        outputs: list[list[str]] = []
        for line in match.group(1).splitlines():
            if line.startswith("$ "):
                commands.append(line[2:])
                outputs.append([])
            elif outputs:
                outputs[-1].append(line)
        found.append(Block(match.start(1), match.end(1), commands, ["\n".join(o) for o in outputs]))
    return found


def runnable(block: Block) -> bool:
    """Whether every file a command of ``block`` names exists (illustrations are skipped)."""
    for command in block.commands:
        try:
            words = shlex.split(command.split("#", 1)[0])
        except ValueError:
            return False
        for word in words:
            if ">" in word or "|" in word:
                break
            if not word.startswith("-") and _PATHLIKE.search(word) and not glob.glob(str(ROOT / word)):
                return False
    return bool(block.commands)


def run(block: Block) -> list[str]:
    """What each command of ``block`` prints on stdout."""
    script = "".join(f"{c}\n__rc=$?\nprintf '\\n{_MARK}\\n'\n(exit $__rc)\n" for c in block.commands)
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    parts = done.stdout.split(f"\n{_MARK}\n")[: len(block.commands)]
    return [tidy(p) for p in parts]


def tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def update(path: Path) -> bool:
    """Rewrite the outputs of the runnable blocks of ``path``; True if it changed."""
    page = path.read_text(encoding="utf-8")
    new = page
    for block in reversed(blocks(page)):
        if not runnable(block):
            continue
        body = "".join(f"$ {c}\n" + (f"{o}\n" if o else "") for c, o in zip(block.commands, run(block)))
        new = new[: block.start] + body + new[block.stop:]
    if new != page:
        path.write_text(new, encoding="utf-8")
    return new != page


if __name__ == "__main__":
    if sys.argv[1:2] != ["--update"]:
        sys.exit(__doc__)
    for name in sys.argv[2:]:
        print(f"{name}: {'updated' if update(ROOT / name) else 'unchanged'}")
