"""Write docs/bad-input.md: run every bad-input case of tests/test_bad_input.py, tabulate the results.

Usage: ``python bench/bad_input_table.py [--check]`` (``--check``: exit 1 when the page is stale).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_cases():
    """The module ``tests/test_bad_input.py`` (cases, runner and table)."""
    spec = importlib.util.spec_from_file_location("bad_input_cases", ROOT / "tests" / "test_bad_input.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed page")
    args = parser.parse_args(argv)
    cases = load_cases()
    with tempfile.TemporaryDirectory() as tmp:
        page = cases.table(cases.run_all(Path(tmp)))
    if args.check:
        same = cases.DOC.exists() and cases.DOC.read_text(encoding="utf-8") == page
        print("docs/bad-input.md is " + ("current" if same else "stale: run python bench/bad_input_table.py"))
        return 0 if same else 1
    cases.DOC.write_text(page, encoding="utf-8")
    print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
