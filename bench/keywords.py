"""Keywords: bisumm against YAKE, summa, multi-rake and a TF-IDF of lemmas, on editors' keywords.

    python bench/keywords.py [--part dev|test] [--source rt ng] [--limit N] [--peers yake,summa,rake]
                             [--summa-limit 100] [--no-ntrex] [--no-speed]

Data: the RT and NG web articles of ``../shared/data/ru`` (``_common.read_web``), split dev/test
by a hash of the id; the test part is frozen (nothing is tuned on it). Gold: the editors'
keywords that occur in the article's text (every word's lemma present, in order, contiguous),
deduplicated by lemma sequence; an article without one is skipped. A system's top 10 (distinct
lemma sequences) are matched to the gold by lemma sequence (pymorphy3 first-parse lemmas of
bisumm's word tokens); P, R and F1 at 10 are averaged over articles.

Peers run on the article text: YAKE (``lan="ru"``, n=3), summa ``keywords`` (Russian; about
10 s an article, so only on the first ``--summa-limit`` scored articles, with bisumm and
TF-IDF shown on the same articles), multi-rake (``ru``), and TF-IDF of bisumm's lemmas (stop
words dropped) with the IDF fitted on the evaluated articles themselves. bisumm gets the headline as ``title`` (and is shown
without it too).

Bashkir (no editors' keywords): NTREX parallel documents. For each document, the names among
bisumm's 10 Russian keywords, and how many of them have a counterpart among its 10 Bashkir
keywords (a keyword word with the same beginning once Bashkir letters are folded to Russian ones).

Speed: keywords and summary of a 2,000-sentence text (RT dev articles joined), warm, median of 3.
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import NTREX, read_jsonl, read_web, table  # noqa: E402

import bisumm  # noqa: E402
from bisumm.lang import get_language, stem  # noqa: E402
from bisumm.tokens import iter_words  # noqa: E402

K = 10
#: F1@10 of the frozen test parts at their first run (commit 9f3b501, 6 Dec 2026: every article,
#: summa on the first 60), kept to compare today's figures with
FIRST_RUN: dict[str, dict[str, float]] = {
    "rt-test": {"bisumm": 27.9, "tfidf": 17.0, "yake": 11.0},
    "ng-test": {"bisumm": 26.4, "tfidf": 21.3, "yake": 8.7},
}

System = Callable[[dict], list[str]]


# -- matching ----------------------------------------------------------------------------

def lemmas(text: str) -> tuple[str, ...]:
    return tuple(stem(m.group(), "ru") for m in iter_words(text))


def _contains(seq: Sequence[str], part: Sequence[str]) -> bool:
    n = len(part)
    return n > 0 and any(tuple(seq[i:i + n]) == tuple(part) for i in range(len(seq) - n + 1))


def gold_of(row: dict) -> set[tuple[str, ...]]:
    text = lemmas(row["text"])
    index = set(text)
    out = set()
    for kw in row["keywords"]:
        seq = lemmas(kw)
        if seq and all(t in index for t in seq) and _contains(text, seq):
            out.add(seq)
    return out


def prf(predicted: list[str], gold: set[tuple[str, ...]]) -> tuple[float, float, float]:
    seen: list[tuple[str, ...]] = []
    for p in predicted:
        seq = lemmas(p)
        if seq and seq not in seen:
            seen.append(seq)
        if len(seen) == K:
            break
    hits = sum(1 for s in seen if s in gold)
    precision = hits / len(seen) if seen else 0.0
    recall = hits / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


# -- systems -------------------------------------------------------------------------------

def bisumm_system(use_title: bool = True, **options) -> System:
    def run(row: dict) -> list[str]:
        return [kw.text for kw in bisumm.keywords(row["text"], K, lang="ru",
                                                  title=row["title"] if use_title else None, **options)]
    return run


def yake_system() -> System:
    import yake

    extractor = yake.KeywordExtractor(lan="ru", n=3, top=K)
    return lambda row: [kw for kw, _ in extractor.extract_keywords(row["text"])]


def summa_system() -> System:
    from summa import keywords as summa_keywords

    def run(row: dict) -> list[str]:
        try:
            return summa_keywords.keywords(row["text"], language="russian", split=True)[:K]
        except (ValueError, IndexError, ZeroDivisionError):
            return []
    return run


def rake_system() -> System:
    from multi_rake import Rake

    rake = Rake(language_code="ru")
    return lambda row: [kw for kw, _ in rake.apply(row["text"])[:K]]


def tfidf_system(rows: list[dict]) -> System:
    """Top lemmas by tf × smooth IDF, the IDF fitted on ``rows`` (the evaluated articles)."""
    russian = get_language("ru")
    bags = {row["id"]: Counter(russian.terms(m.group() for m in iter_words(row["text"]))) for row in rows}
    df = Counter(t for bag in bags.values() for t in bag)
    n = len(bags)

    def run(row: dict) -> list[str]:
        bag = bags[row["id"]]
        score = {t: c * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in bag.items()}
        return sorted(score, key=lambda t: (-score[t], t))[:K]
    return run


# -- runs ----------------------------------------------------------------------------------

def evaluate(rows: list[dict], systems: dict[str, System],
             limits: dict[str, int] | None = None) -> dict[str, tuple[float, float, float, float, int]]:
    """Mean P, R, F1 (in %), seconds and article count per system; ``limits`` runs a slow
    system on the first N scored articles only."""
    golds = {row["id"]: gold_of(row) for row in rows}
    scored = [row for row in rows if golds[row["id"]]]
    out = {}
    for name, system in systems.items():
        subset = scored[:(limits or {}).get(name, len(scored))]
        started = time.perf_counter()
        values = [prf(system(row), golds[row["id"]]) for row in subset]
        seconds = time.perf_counter() - started
        out[name] = tuple(100 * statistics.fmean(v[i] for v in values) for i in range(3)) + (seconds, len(subset))
    print(f"{len(scored)} of {len(rows)} articles have editors' keywords in their text "
          f"({statistics.fmean(len(golds[r['id']]) for r in scored):.1f} each).\n")
    return out


def report_source(source: str, part: str, limit: int | None, peers: set[str], summa_limit: int) -> dict[str, float]:
    rows = read_web(source, part, limit)
    print(f"\n### {source.upper()} {part}: {len(rows)} articles" + (f" (first {limit})" if limit else ""))
    systems: dict[str, System] = {"bisumm": bisumm_system(), "bisumm (no title)": bisumm_system(False)}
    systems["TF-IDF of lemmas"] = tfidf_system(rows)
    limits = {}
    if "yake" in peers:
        systems["YAKE"] = yake_system()
    if "rake" in peers:
        systems["multi-rake"] = rake_system()
    if "summa" in peers:  # about 10 s an article: on the first ones only, with bisumm beside it
        systems["summa keywords"] = summa_system()
        systems["bisumm, same articles as summa"] = systems["bisumm"]
        systems["TF-IDF, same articles as summa"] = systems["TF-IDF of lemmas"]
        limits = dict.fromkeys(("summa keywords", "bisumm, same articles as summa",
                                "TF-IDF, same articles as summa"), summa_limit)
    results = evaluate(rows, systems, limits)
    base = results["TF-IDF of lemmas"][2]
    bases = {name: results["TF-IDF, same articles as summa"][2] if name in limits else base for name in results}
    print(table(["system", "articles", "P@10", "R@10", "F1@10", "F1 / TF-IDF", "time s"],
                [[name, n, f"{p:.1f}", f"{r:.1f}", f"{f:.1f}", f"{f / bases[name]:.2f}" if bases[name] else "-",
                  f"{s:.1f}"] for name, (p, r, f, s, n) in results.items()]))
    ours, yake_f1 = results["bisumm"][2], results.get("YAKE", (0, 0, 0, 0, 0))[2]
    met = ours >= 1.2 * base and ("YAKE" not in results or ours > yake_f1)
    print(f"\nBar (F1@10 ≥ 1.2 × TF-IDF = {1.2 * base:.1f}" + (f", above YAKE {yake_f1:.1f}" if "YAKE" in results else "")
          + f"): bisumm {ours:.1f} → **{'met' if met else 'NOT met'}**")
    first = FIRST_RUN.get(f"{source}-{part}")
    if first:
        print(f"First run of this part: bisumm {first['bisumm']:.1f}, TF-IDF {first['tfidf']:.1f}, "
              f"YAKE {first['yake']:.1f} (F1@10); today: bisumm {ours:.1f}")
    return {name: v[2] for name, v in results.items()}


def _fold(word: str) -> str:
    return word.lower().translate(str.maketrans("ҙҡҫғһәөүңё", "зксгхаоуне"))


def _counterpart(name: str, words: set[str]) -> bool:
    target = _fold(name.split()[-1])
    size = max(3, math.ceil(0.7 * min(len(target), 8)))
    return any(len(w) >= 3 and w[:size] == target[:size] for w in words)


def ntrex() -> None:
    docs = read_jsonl(NTREX)
    names = found = 0
    for doc in docs:
        ru = "\n\n".join([doc["ru"]["headline"], " ".join(doc["ru"]["sentences"])])
        ba = "\n\n".join([doc["ba"]["headline"], " ".join(doc["ba"]["sentences"])])
        ru_names = [kw.text for kw in bisumm.keywords(ru, K, lang="ru") if kw.kind == "name"]
        ba_words = {_fold(w) for kw in bisumm.keywords(ba, K, lang="ba") for w in kw.text.split()}
        names += len(ru_names)
        found += sum(_counterpart(n, ba_words) for n in ru_names)
    print(f"\n### Bashkir: NTREX, {len(docs)} parallel documents\n")
    print(f"Names among the 10 Russian keywords: {names}; with a Bashkir counterpart among the document's "
          f"10 Bashkir keywords: {found} = **{100 * found / max(names, 1):.1f} %**")


def speed() -> None:
    rows = read_web("rt", "dev", 400)
    parts, count = [], 0
    for row in rows:
        parts.append(row["text"])
        count = len(bisumm.sentences("\n\n".join(parts), lang="ru"))
        if count >= 2000:
            break
    text = "\n\n".join(parts)
    doc_sentences = len(bisumm.sentences(text, lang="ru"))

    def clock(fn: Callable[[], object]) -> float:
        fn()
        times = []
        for _ in range(3):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    summary = clock(lambda: bisumm.summarize(text, lang="ru"))
    keys = clock(lambda: bisumm.keywords(text, K, lang="ru"))
    print(f"\n### Speed: {doc_sentences} sentences, {len(text):,} characters (warm, median of 3)\n")
    print(table(["task", "seconds", "× summary"], [["summary", f"{summary:.2f}", "1.00"],
                                                   ["keywords", f"{keys:.2f}", f"{keys / summary:.2f}"]]))
    print(f"\nBar (keywords ≤ 2 × summary): **{'met' if keys <= 2 * summary else 'NOT met'}**")
    probe = ("import time, sys; s = time.perf_counter(); import bisumm.keyphrases; "
             "print(round(time.perf_counter() - s, 3), *(int(m in sys.modules) for m in ('pymorphy3', 'sklearn', 'numpy')))")
    seconds, morph, sklearn, numpy = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                                    cwd=ROOT, check=True).stdout.split()
    print(f"\n`import bisumm.keyphrases`: {seconds} s cold; pymorphy3 loaded: {bool(int(morph))}, "
          f"scikit-learn loaded: {bool(int(sklearn))}, numpy loaded: {bool(int(numpy))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--source", nargs="+", choices=("rt", "ng"), default=["rt", "ng"])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each source's part")
    parser.add_argument("--peers", default="yake,summa,rake", help="comma-separated: yake, summa, rake (or none)")
    parser.add_argument("--summa-limit", type=int, default=100,
                        help="summa runs on the first N scored articles of each source (about 10 s an article)")
    parser.add_argument("--no-ntrex", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    peers = set(args.peers.split(",")) if args.peers != "none" else set()
    print(f"## Keywords, F1@10 on editors' keywords present in the text ({args.part} part"
          + (f", first {args.limit} articles per source" if args.limit else ", every article") + ")")
    for source in args.source:
        report_source(source, args.part, args.limit, peers, args.summa_limit)
    if not args.no_ntrex:
        ntrex()
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
