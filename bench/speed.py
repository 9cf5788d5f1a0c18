"""Speed and memory of summarising long Russian text: bisumm against its peers, in one run.

Usage: ``python bench/speed.py [--sizes 20 100 500 2000] [--cap 30]``

Texts of 20, 100, 500 and 2,000 sentences are built deterministically by concatenating the
Gazeta dev articles in file order (each article a paragraph) until the sentence count is
reached (razdel sentences). Every system starts from raw text and returns 5 sentences, so
splitting, tokenising, stemming/lemmatising and ranking are all timed; imports and set-up
are not. In process; median of several runs (one run for a peer once it passes ``--cap``
seconds). Peak RSS (VmHWM) is measured in a fresh subprocess per system at 2,000 sentences.
Then articles per second: every Gazeta dev article summarised in one process (language
routing and lemmatisation included, cold caches).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _common import GAZETA, razdel_sentences, read_jsonl, russian_stopwords, table  # noqa: E402

K = 5
SYSTEMS = ("bisumm", "sumy TextRank", "sumy LexRank", "sumy Luhn", "summa", "lexrank")


def build_text(n: int) -> str:
    """The first ``n`` razdel sentences of the Gazeta dev articles, one paragraph per article."""
    paragraphs, count = [], 0
    rows = read_jsonl(GAZETA)
    i = 0
    while count < n:
        sents = razdel_sentences(rows[i % len(rows)]["text"])[: n - count]
        paragraphs.append(" ".join(sents))
        count += len(sents)
        i += 1
    return "\n\n".join(paragraphs)


def make_system(name: str):
    """A function raw text -> 5-sentence summary, set up (imports done) in advance."""
    if name == "bisumm":
        import bisumm

        summarizer = bisumm.Summarizer()
        return lambda text: summarizer(text, sentences=K).text
    if name.startswith("sumy"):
        import importlib

        import snowballstemmer
        from sumy.parsers.plaintext import PlaintextParser

        module, cls = {"sumy TextRank": ("text_rank", "TextRankSummarizer"),
                       "sumy LexRank": ("lex_rank", "LexRankSummarizer"),
                       "sumy Luhn": ("luhn", "LuhnSummarizer")}[name]
        summ = getattr(importlib.import_module(f"sumy.summarizers.{module}"), cls)(
            snowballstemmer.stemmer("russian").stemWord)
        summ.stop_words = russian_stopwords()
        tokenizer = _RazdelTokenizer()
        return lambda text: " ".join(str(s) for s in summ(PlaintextParser.from_string(text, tokenizer).document, K))
    if name == "summa":
        from summa.summarizer import summarize

        def run(text):
            n = max(1, len(razdel_sentences(text)))
            return summarize(text, ratio=min(1.0, K / n), language="russian")
        return run
    if name == "lexrank":
        from lexrank import LexRank

        stop = set(russian_stopwords())

        def run(text):
            sents = razdel_sentences(text)
            model = LexRank([sents], stopwords=stop)
            return " ".join(model.get_summary(sents, summary_size=K, threshold=0.1))
        return run
    raise ValueError(name)


class _RazdelTokenizer:
    def to_sentences(self, paragraph):
        return razdel_sentences(paragraph)

    def to_words(self, sentence):
        import razdel

        return [t.text for t in razdel.tokenize(sentence) if any(ch.isalnum() for ch in t.text)]


def time_system(fn, text: str, cap: float, reps: int = 5) -> float:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
        if sum(times) > cap:
            break
    return statistics.median(times)


def peak_rss(name: str, n: int) -> float:
    """VmHWM in MB of a fresh process that sets up ``name`` and summarises the n-sentence text."""
    code = (f"import sys; sys.path[:0] = [{str(HERE)!r}, {str(HERE.parent)!r}]\n"
            f"import speed; text = speed.build_text({n}); fn = speed.make_system({name!r}); fn(text)\n"
            "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def articles_per_second() -> tuple[float, int]:
    """Gazeta dev articles summarised per second in a fresh process (cold caches)."""
    code = (f"import sys, json, time; sys.path[:0] = [{str(HERE)!r}, {str(HERE.parent)!r}]\n"
            "import bisumm; from _common import read_jsonl, GAZETA\n"
            "rows = read_jsonl(GAZETA); s = bisumm.Summarizer(); s('Разогрев: одно предложение.')\n"
            "t = time.perf_counter()\n"
            "for r in rows: s(r['text'], length='short')\n"
            "print(len(rows) / (time.perf_counter() - t), len(rows))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    rate, count = done.stdout.split()
    return float(rate), int(count)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[20, 100, 500, 2000])
    parser.add_argument("--cap", type=float, default=30.0, help="seconds per peer and size before one run only")
    parser.add_argument("--no-rss", action="store_true")
    args = parser.parse_args(argv)
    texts = {n: build_text(n) for n in args.sizes}
    fns = {name: make_system(name) for name in SYSTEMS}
    timings = {name: {} for name in SYSTEMS}
    for n, text in texts.items():
        for name, fn in fns.items():
            reps = 5 if n <= 500 else (3 if name == "bisumm" else 1)
            timings[name][n] = time_system(fn, text, args.cap, reps)
    rss = {} if args.no_rss else {name: peak_rss(name, max(args.sizes)) for name in SYSTEMS}
    rows = []
    for name in SYSTEMS:
        cells = [name]
        for n in args.sizes:
            t = timings[name][n]
            ratio = t / timings["bisumm"][n]
            cells.append(f"{_fmt(t)}" + ("" if name == "bisumm" else f" ({ratio:.0f}×)" if ratio >= 10
                                         else f" ({ratio:.1f}×)"))
        cells.append(f"{rss[name]:.0f}" if rss else "–")
        rows.append(cells)
    print(f"### Time to a {K}-sentence summary from raw text (median; ×: peer time ÷ bisumm time)\n")
    print(table(["system"] + [f"{n} sentences" for n in args.sizes] + [f"peak RSS MB @ {max(args.sizes)}"], rows))
    rate, count = articles_per_second()
    big = max(args.sizes)
    ratio = timings["sumy TextRank"][big] / timings["bisumm"][big]
    print(f"\nThroughput: **{rate:.0f} Gazeta dev articles/s** ({count} articles, one process, short summaries, "
          "language routing and lemmatisation included, cold caches).\n")
    ok = ratio >= 20 and timings["bisumm"][big] <= 0.3 and (not rss or rss["bisumm"] <= 200) and rate >= 200
    print(f"Bars (@{big}: ≥ 20× faster than sumy TextRank and ≤ 0.3 s; peak RSS ≤ 200 MB; ≥ 200 articles/s): "
          f"{ratio:.0f}×, {timings['bisumm'][big]:.3f} s, "
          f"{rss.get('bisumm', float('nan')):.0f} MB, {rate:.0f}/s → **{'met' if ok else 'NOT met'}**")
    return 0


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


if __name__ == "__main__":
    raise SystemExit(main())
