"""Regenerate the evaluation report: run every benchmark, write docs/evaluation.md and the README tables.

Usage::

    python bench/report.py            # all benchmarks (needs ../shared/data and the bench extras)
    python bench/report.py --only langid segment

Each benchmark is a script in bench/ that prints Markdown (tables and short notes) on
stdout. This script runs them one after another in fresh processes, stamps each section
with the machine, the versions, the date and the data it used, and writes it into
``docs/evaluation.md`` and (the first table of each headline benchmark) ``README.md`` between the
markers ``<!-- bench:KEY:start -->`` and ``<!-- bench:KEY:end -->``. With ``--only`` the
other sections stay as they were, so one benchmark can be re-run alone.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


@dataclass(frozen=True)
class Benchmark:
    key: str
    title: str
    script: str
    data: str
    in_readme: bool = True
    #: command-line arguments of the script (a subset where the full run takes too long)
    args: tuple[str, ...] = ()


BENCHMARKS = (
    Benchmark("quality", "Summary quality, every development set (Gazeta, RT, NG, NTREX, shuffled)", "quality.py",
              "`../shared/data/ru/gazeta_dev.jsonl`: 200 Gazeta v1 articles with human summaries "
              "(Gusev 2020; gazeta.ru copyright, non-commercial research use); `rt_dev.jsonl.gz`, "
              "`ng_dev.jsonl.gz`: Russia Today and Nezavisimaya Gazeta web articles with title and "
              "summary, split dev/test by a hash of the id (`bench/_common.split_of`; the test part "
              "frozen); NTREX-128 (CC BY-SA 4.0)"),
    Benchmark("ntrex", "Summary quality, Bashkir and Russian (NTREX headlines)", "ntrex.py",
              "`../shared/data/ntrex/ntrex.jsonl`: NTREX-128 parallel news (CC BY-SA 4.0)"),
    Benchmark("ceiling", "How far a sentence scorer can go (supervised, cross-validated)", "ceiling.py",
              "Gazeta dev and NTREX-128, as above", in_readme=False),
    Benchmark("speed", "Speed and memory", "speed.py",
              "Russian documents of 20–2,000 sentences built from Gazeta dev articles"),
    Benchmark("cli", "Command-line start-up", "cli.py", "the seed articles in `examples/seeds/`"),
    Benchmark("langid", "Language routing", "langid.py",
              "NTREX-128 held-out documents (CC BY-SA 4.0) and native Bashkir news sentences "
              "(nevmenandr/bashkir-corpus, GPL-3.0)"),
    Benchmark("segment", "Sentence segmentation", "segment.py", "NTREX-128 (CC BY-SA 4.0)"),
    Benchmark("stemmer", "Bashkir stemmer", "stemmer.py",
              "`ba_form_lemma_corpus.tsv`: silver form–lemma pairs from apertium-bak (GPL-3.0-derived)"),
    Benchmark("quotes", "Quotations (real news first)", "quotes.py",
              "`tests/data/quotes_real.jsonl`: 1,626 quotations in units of Gazeta, Russia Today and "
              "Nezavisimaya Gazeta articles (research use) and native Bashkir news paragraphs "
              "(nevmenandr/bashkir-corpus, GPL-3.0), rebuilt from `../shared` (no corpus text stored), "
              "annotated by readers who had only docs/quotes-guideline.md, half of the first 998 frozen as the "
              "test part, the second batch of 304 scored first on unseen text, the third of 324 hidden from the "
              "round whose rules it then measured; "
              "then our own gold set `tests/data/quotes_gold.jsonl` and the seeds"),
    Benchmark("keywords", "Keywords (editors' tags)", "keywords.py",
              "`rt_dev.jsonl.gz`, `ng_dev.jsonl.gz`: Russia Today and Nezavisimaya Gazeta web articles "
              "with editors' keywords (research use); NTREX-128 (CC BY-SA 4.0) for Bashkir",
              args=("--part", "test", "--summa-limit", "20")),
    Benchmark("hostile", "Huge and hostile input", "hostile.py", "generated text", in_readme=False),
)

VERSIONS = ("bisumm", "numpy", "scipy", "scikit-learn", "pymorphy3", "razdel", "sumy", "summa", "lexrank", "yake",
            "rouge-score", "pycld2", "py3langid")


def machine() -> str:
    cores = os.cpu_count()
    mem = ""
    try:
        kb = int(next(line for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB memory"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.system()} {platform.machine()}, {cores} cores{mem}, CPython {platform.python_version()}"


def versions() -> str:
    found = []
    for name in VERSIONS:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return ", ".join(found)


def run(bench: Benchmark) -> tuple[str, float, bool]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(BENCH / bench.script), *bench.args], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        if done.stdout.strip():  # the tables it printed, ending with what failed
            return f"**Failed** (exit {done.returncode}):\n\n{done.stdout.strip()}\n", elapsed, False
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        return f"**Failed** (exit {done.returncode}):\n\n```\n{tail}\n```\n", elapsed, False
    return done.stdout.strip() + "\n", elapsed, True


def section(bench: Benchmark, body: str, elapsed: float) -> str:
    return (f"## {bench.title}\n\n{body}\n"
            f"*Command:* `python bench/{' '.join((bench.script,) + bench.args)}` ({elapsed:.0f} s, "
            f"{time.strftime('%Y-%m-%d')}). "
            f"*Data:* {bench.data}.\n")


def markers(key: str) -> tuple[str, str]:
    return f"<!-- bench:{key}:start -->", f"<!-- bench:{key}:end -->"


def splice(text: str, sections: dict[str, str], heading: str = "## ") -> str:
    """``text`` with each section replaced between its markers (appended when it has none)."""
    for key, body in sections.items():
        start, end = markers(key)
        body = body.replace("## ", heading, 1)
        block = f"{start}\n{body}{end}"
        if start in text and end in text:
            text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
        else:
            text = text.rstrip("\n") + f"\n\n{block}\n"
    return text


HEADER = ("# Evaluation\n\nRegenerated by `python bench/report.py` (do not edit by hand). "
          "*Machine:* {machine}. *Versions:* {versions}.\n\n"
          "The data sets live outside the package (`../shared/data`, see its README for licences); "
          "only figures measured on them are published here.\n")


def headline(section: str) -> str:
    """The README's part of a section: its title, first table and the bar line after it."""
    parts = section.split("\n\n")
    tables = [i for i, part in enumerate(parts) if part.lstrip().startswith("|")]
    if not tables:
        return section
    stop = tables[0] + 1
    if stop < len(parts) and parts[stop].startswith("Bar"):
        stop += 1
    tail = [parts[-1]] if parts[-1].startswith("*Command:*") and stop < len(parts) else []
    return "\n\n".join(parts[:stop] + tail).rstrip("\n") + "\n"


def write_pages(sections: dict[str, str]) -> None:
    page_path = ROOT / "docs" / "evaluation.md"
    page = page_path.read_text(encoding="utf-8") if page_path.is_file() else ""
    head = HEADER.format(machine=machine(), versions=versions())
    first = page.find("<!-- bench:")
    page = head + ("\n" + page[first:] if first >= 0 else "")
    page_path.write_text(splice(page, sections), encoding="utf-8")
    readme_path = ROOT / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    chosen = {k: headline(v) for k, v in sections.items() if next(b for b in BENCHMARKS if b.key == k).in_readme
              and markers(k)[0] in readme}
    readme_path.write_text(splice(readme, chosen, heading="### "), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="benchmark keys to run (default: all)")
    parser.add_argument("--no-write", action="store_true", help="print instead of writing files")
    args = parser.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not args.only or b.key in args.only]
    sections: dict[str, str] = {}
    ok = True
    for bench in chosen:
        print(f"running {bench.script} ...", file=sys.stderr, flush=True)
        body, elapsed, passed = run(bench)
        ok &= passed
        sections[bench.key] = section(bench, body, elapsed)
    if args.no_write:
        print("\n".join(sections.values()))
    else:
        write_pages(sections)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
