"""Start-up of the ``bisumm`` command line against summa's and sumy's CLIs (whole processes).

Every command runs as a fresh process on the same 20-sentence article (the first 20
sentences of a Russian and a Bashkir seed in ``examples/seeds``, written to a temporary
folder). Runs are interleaved round-robin (so machine load hits every command alike):
``--warmup`` rounds first, then ``--runs`` measured rounds. Printed: median and minimum wall
time, median CPU time (user + system of the child), the bar and the ratios to the peers.

sumy's own CLI needs NLTK's ``punkt`` data, which is not installed offline: it is timed as
it is (it exits 1 after its imports), and an offline driver runs sumy's LexRank through its
Python API with razdel sentences, which is what the CLI would cost with the data present.

    python bench/cli.py [--runs 9] [--warmup 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
BIN = Path(sys.executable).parent
PY = sys.executable

SUMY_DRIVER = """
import sys, razdel
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.nlp.stemmers import Stemmer
class Tok:
    language = "russian"
    def to_sentences(self, p): return [s.text for s in razdel.sentenize(p)]
    def to_words(self, s): return [t.text for t in razdel.tokenize(s) if t.text.isalnum()]
text = open(sys.argv[1], encoding="utf-8").read()
summ = LexRankSummarizer(Stemmer("russian"))
summ.stop_words = open(sys.argv[2], encoding="utf-8").read().split()
for s in summ(PlaintextParser.from_string(text, Tok()).document, 2): print(s)
"""


def article(seed: str, n: int, folder: Path) -> Path:
    """The first ``n`` sentences of a seed, one paragraph per original paragraph."""
    import bisumm

    text = (SEEDS / seed).read_text(encoding="utf-8")
    sents = bisumm.sentences(text)
    if len(sents) < n:
        sys.exit(f"{seed} has only {len(sents)} sentences")
    path = folder / f"{seed.split('_')[0]}{n}.txt"
    path.write_text(text[: sents[n - 1].stop] + "\n", encoding="utf-8")
    return path


def run_once(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system of the child) and the exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode


ENV = {**os.environ, "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "0"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--warmup", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bisumm-bench-"))
    ru, ba = article("ru_khabirov_forum.txt", 20, folder), article("ba_khamitov_turkey.txt", 20, folder)
    stop_ru = str(ROOT / "stopwords" / "ru.txt")
    bisumm = str(BIN / "bisumm")
    commands = {  # name -> (argv, bar in seconds or None)
        "python -c pass (floor)": ([PY, "-c", "pass"], None),
        "bisumm --help": ([bisumm, "--help"], 0.15),
        "textrank --help (summa)": ([str(BIN / "textrank"), "--help"], None),
        "sumy --help": ([str(BIN / "sumy"), "--help"], None),
        "bisumm detect ru20": ([bisumm, "detect", str(ru)], 0.30),
        "bisumm detect ba20": ([bisumm, "detect", str(ba)], 0.30),
        "bisumm ru20 (short summary)": ([bisumm, str(ru)], 1.0),
        "bisumm ba20 (short summary)": ([bisumm, str(ba)], 1.0),
        "bisumm keywords ru20": ([bisumm, "keywords", str(ru)], 1.0),
        "bisumm keywords ba20": ([bisumm, "keywords", str(ba)], 1.0),
        "bisumm quotes ru20": ([bisumm, "quotes", str(ru)], 1.0),
        "textrank -t ru20 (summa)": ([str(BIN / "textrank"), "-t", str(ru)], None),
        "sumy lex-rank CLI ru20 (exits 1: no punkt)": (
            [str(BIN / "sumy"), "lex-rank", "--language=russian", "--length=2",
             f"--stopwords={stop_ru}", f"--file={ru}"], None),
        "sumy LexRank offline driver ru20": ([PY, "-c", SUMY_DRIVER, str(ru), stop_ru], None),
    }
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    codes: dict[str, int] = {}
    for round_ in range(args.warmup + args.runs):
        for name, (cmd, _) in commands.items():
            wall, cpu, code = run_once(cmd)
            codes[name] = code
            if round_ >= args.warmup:
                samples[name].append((wall, cpu))
    report(commands, samples, codes, args)


def report(commands: dict, samples: dict, codes: dict, args: argparse.Namespace) -> None:
    med = {n: statistics.median(w for w, _ in s) for n, s in samples.items()}
    print(f"bisumm CLI start-up: median of {args.runs} runs after {args.warmup} warm-up rounds, "
          f"interleaved; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
    print()
    print("| command | wall median | wall min | CPU median | exit | bar | holds |")
    print("|---|---|---|---|---|---|---|")
    for name, (_, bar) in commands.items():
        walls, cpus = [w for w, _ in samples[name]], [c for _, c in samples[name]]
        holds = "" if bar is None else ("yes" if med[name] <= bar else "NO")
        print(f"| {name} | {med[name]:.3f} s | {min(walls):.3f} s | {statistics.median(cpus):.3f} s | "
              f"{codes[name]} | {'' if bar is None else f'≤ {bar:.2f} s'} | {holds} |")
    print()
    print("| ratio (wall medians) | value |")
    print("|---|---|")
    pairs = [("bisumm ru20 (short summary)", "textrank -t ru20 (summa)"),
             ("bisumm keywords ru20", "bisumm ru20 (short summary)"),
             ("bisumm ru20 (short summary)", "sumy LexRank offline driver ru20"),
             ("bisumm ru20 (short summary)", "sumy lex-rank CLI ru20 (exits 1: no punkt)"),
             ("bisumm detect ru20", "textrank -t ru20 (summa)"),
             ("bisumm --help", "textrank --help (summa)"),
             ("bisumm --help", "sumy --help")]
    for ours, peer in pairs:
        print(f"| {ours} ÷ {peer} | {med[ours] / med[peer]:.2f}× |")


if __name__ == "__main__":
    main()
