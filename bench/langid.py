"""Language routing benchmark: bisumm.detect vs pycld2 and py3langid, held-out data only.

    python bench/langid.py [--errors]

Data (never used to train ``bisumm/data/langid.bin``, see ``bench/train_langid.py``):

* NTREX-128 documents with an odd ``doc`` number, sentences in ba, ru, tt, kk, ky, uk, be, en;
* native Bashkir news ``news_jeshlek`` + ``news_gsrb``: chunks ending in . ! ? … with at
  least three words; Russian chunks (no Bashkir letter, most words in the pymorphy3
  Russian dictionary) are left out and counted.

A *3-word snippet* is the start of a sentence up to the end of its third
whitespace-separated token that holds a letter (dashes and numbers before it stay in;
``train_langid.snippet``, which training also uses).
For ba and ru the table gives the share labelled correctly; for the other languages the
share routed to ba or ru (the bar is ≤ 3 %). Below it, how many snippets of each set are
word for word a snippet of a rival set (no detector can be right on both). The last column is what the Document does:
a sentence detected with confidence < 0.6 takes the language of its document.
Timing: median of three passes over 2,700 held-out sentences with a warm word cache,
plus a cold run (empty word cache) over 2,000 sentences for bisumm.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from train_langid import LANGS, native_sentences, ntrex, snippet  # noqa: E402

from bisumm import langid  # noqa: E402

Detector = Callable[[str], str]


def ours(text: str) -> str:
    return langid.detect(text).lang


def cld2(text: str) -> str:
    import pycld2

    try:
        _, _, details = pycld2.detect(text)
    except pycld2.error:
        return "und"
    code = details[0][1]
    return "und" if code in ("un", "xx") else code.split("-")[0]


def py3(text: str) -> str:
    import py3langid

    return py3langid.classify(text)[0]


DETECTORS: dict[str, Detector] = {"bisumm": ours, "pycld2": cld2, "py3langid": py3}


def rate(detector: Detector, texts: list[str], gold: str) -> float:
    """Correct share for ba/ru; for other languages the share sent to ba or ru."""
    labels = [detector(t) for t in texts]
    if gold in ("ba", "ru"):
        return 100.0 * sum(lab == gold for lab in labels) / len(texts)
    return 100.0 * sum(lab in ("ba", "ru") for lab in labels) / len(texts)


def in_document(texts: list[str], gold: str) -> float:
    """Correct share when, as in :class:`bisumm.Document`, a sentence below the routing
    confidence takes its document's language (here: the gold one)."""
    from bisumm.document import SENTENCE_CONFIDENCE

    found = [langid.detect(t) for t in texts]
    return 100.0 * sum((d.lang if d.confidence >= SENTENCE_CONFIDENCE else gold) == gold
                       for d in found) / len(texts)


def shared_snippets(held: dict[str, list[str]]) -> str:
    """How many NTREX 3-word snippets read word for word like one of a rival set: these
    cannot be right on both sides (ba and ru against tt, kk, ky, uk, be)."""
    def key(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.lower()))

    keys = {lang: {key(snippet(t)) for t in texts} for lang, texts in held.items()}
    ours = keys["ba"] | keys["ru"]
    cells = [f"{lang} {sum(key(snippet(t)) in ours for t in held[lang])}" for lang in LANGS if lang not in ("ba", "ru")]
    cells += [f"ba {sum(key(snippet(t)) in keys['tt'] for t in held['ba'])} (in tt)",
              f"ru {sum(key(snippet(t)) in keys['uk'] for t in held['ru'])} (in uk)"]
    return "NTREX 3-word snippets identical (case and punctuation aside) to a ba or ru snippet: " + ", ".join(cells)


def micros(detector: Detector, texts: list[str], repeats: int = 3) -> float:
    """Median µs per call over ``repeats`` passes (the first call of each detector excluded)."""
    detector(texts[0])
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for t in texts:
            detector(t)
        runs.append((time.perf_counter() - start) / len(texts) * 1e6)
    return statistics.median(runs)


def cold_ms(texts: list[str]) -> float:
    langid._model().cache.clear()
    start = time.perf_counter()
    for t in texts:
        langid.detect(t)
    return (time.perf_counter() - start) * 1000


def load_ms() -> float:
    start = time.perf_counter()
    langid._Model(langid.MODEL_PATH)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    held = ntrex(held_out=True)
    sets = {f"NTREX {lang}": (held[lang], lang) for lang in LANGS}
    native, russian = native_sentences()
    sets = {"NTREX ba": sets.pop("NTREX ba"), "native ba": (native, "ba"), **sets}
    header = ["set (held out)", "n", "bar"] + [f"{name} {kind}" for kind in ("full", "3 words")
                                               for name in DETECTORS] + ["bisumm 3 words in a document"]
    rows = []
    for label, (texts, gold) in sets.items():
        snippets = [snippet(t) for t in texts]
        bar = "≥ 99.7 / ≥ 97 % correct" if gold in ("ba", "ru") else "≤ 3 % → ba/ru"
        cells = [f"{rate(d, texts, gold):.2f}" for d in DETECTORS.values()]
        cells += [f"{rate(d, snippets, gold):.2f}" for d in DETECTORS.values()]
        cells.append(f"{in_document(snippets, gold):.2f}" if gold in ("ba", "ru") else "")
        rows.append([label, len(texts), bar] + cells)
    print(f"Held-out language routing; native: {len(native)} sentences ({len(russian)} Russian chunks left out).\n")
    print(table(header, rows))
    print("\n" + shared_snippets(held))
    sample = [t for texts, _ in sets.values() for t in texts[:300]]
    timing = [[name, f"{micros(d, sample):.1f}", f"{micros(d, [snippet(t) for t in sample]):.1f}"]
              for name, d in DETECTORS.items()]
    base = float(timing[0][1])
    for row in timing:
        row.append(f"{float(row[1]) / base:.2f}×")
    print()
    print(table(["detector", "µs / sentence", "µs / 3-word snippet", "time vs bisumm"], timing))
    cold = cold_ms(sample[:2000])
    size = langid.MODEL_PATH.stat().st_size
    print(f"\nbisumm model: {size:,} bytes ({size / 1e6:.2f} MB), {langid._model().meta['grams']:,} n-grams, "
          f"load {load_ms():.1f} ms; 2,000 sentences with an empty word cache: {cold:.0f} ms")
    if "--errors" in sys.argv:
        show_errors(sets)


def show_errors(sets: dict[str, tuple[list[str], str]]) -> None:
    for label, (texts, gold) in sets.items():
        if gold not in ("ba", "ru"):
            wrong = Counter(d for d in (ours(snippet(t)) for t in texts) if d in ("ba", "ru"))
            print(f"{label}: snippets sent to {dict(wrong)}")
            continue
        for kind, items in (("full", texts), ("3w", [snippet(t) for t in texts])):
            for t in items:
                d = langid.detect(t)
                if d.lang != gold:
                    print(f"{label} {kind}: {d.lang} {d.confidence:.2f} | {t[:110]}")


def table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
