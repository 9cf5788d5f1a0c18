"""Build ``bisumm/data/langid.bin``, the character n-gram model of :mod:`bisumm.langid`.

    python bench/train_langid.py            # writes bisumm/data/langid.bin

Training data (``../shared/data``), with the evaluation data held out:

* NTREX-128 (``ntrex/ntrex.jsonl``): headlines and sentences of the documents with an
  **even** ``doc`` number, in ba, ru, tt, kk, ky, uk, be and en. Odd documents are held out.
* Native Bashkir news: ``ba/news_bashgazet.jsonl`` and ``ba/news_kiskeufa.jsonl``.
  ``news_jeshlek`` and ``news_gsrb`` are held out. Chunks that are really Russian (no
  Bashkir letter and most words known to the pymorphy3 Russian dictionary) train ``ru``
  with weight ``RU_NEWS_WEIGHT`` (counts rounded down, which drops their rare n-grams):
  they bring regional words (Башкортостана, Уфы) that world news lacks, but they are
  mostly legal notices, so full weight made Russian snippets worse.
  The NTREX Bashkir sentences count ``NTREX_WEIGHT`` times, so that translated news with
  foreign names weighs about as much as the native news.

Model: per language and n-gram order (1–4, words padded with spaces), relative
frequencies interpolated (weight ``MIX``) with their mean over the eight languages, so
the big Bashkir corpus does not make rare n-grams count against Bashkir; the ``KEEP`` most frequent n-grams of each language are kept
(union over languages); each is stored with its loss, per language, against the best
language for that n-gram, in steps of ``STEP`` nats, capped at 255 steps.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bisumm.langid import MODEL_PATH, prepare, word_form, word_grams  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
NTREX = SHARED / "ntrex" / "ntrex.jsonl"
LANGS = ("ba", "ru", "tt", "kk", "ky", "uk", "be", "en")
TRAIN_NEWS = ("bashgazet", "kiskeufa")
HELD_NEWS = ("jeshlek", "gsrb")
MIX = 0.99
MIX_SMALL = 0.99
NTREX_WEIGHT = 100
RU_NEWS_WEIGHT = 0.3
KEEP = 12_000
STEP = 0.05
BASHKIR_LETTERS = frozenset("ҙҡҫғһәөүң")


def _read(path: Path) -> list[dict]:
    if not path.exists():
        sys.exit(f"missing data: {path} (training needs ../shared/data)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def ntrex(held_out: bool) -> dict[str, list[str]]:
    """NTREX headlines + sentences per language; ``held_out`` picks the odd documents."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for row in _read(NTREX):
        if row["doc"] % 2 != int(held_out):
            continue
        for lang in LANGS:
            out[lang].append(row[lang]["headline"])
            out[lang].extend(row[lang]["sentences"])
    return out


def _russian_checker():
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()

    def is_russian(chunk: str) -> bool:
        lower = chunk.lower()
        if BASHKIR_LETTERS & set(lower) or "h" in lower:
            return False
        words = [w for w in prepare(chunk) if len(w) > 1]
        if not words:
            return False
        return sum(morph.word_is_known(w) for w in words) >= 0.6 * len(words)

    return is_russian


def native_chunks(sources: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Chunks of the given native news files: (Bashkir, Russian)."""
    is_russian = _russian_checker()
    kept: list[str] = []
    dropped: list[str] = []
    for source in sources:
        for row in _read(SHARED / "ba" / f"news_{source}.jsonl"):
            for paragraph in row["paragraphs"]:
                for chunk in paragraph:
                    if is_russian(chunk):
                        dropped.append(chunk)
                    else:
                        kept.append(chunk)
    return kept, dropped


def native_sentences(sources: tuple[str, ...] = HELD_NEWS) -> tuple[list[str], list[str]]:
    """Held-out native sentences: chunks ending in . ! ? … with at least three words."""
    chunks, dropped = native_chunks(sources)
    sents = [c.strip() for c in chunks
             if c.rstrip().endswith((".", "!", "?", "…")) and len(prepare(c)) >= 3]
    return sents, dropped


def count_grams(texts: list[str]) -> Counter:
    words = Counter(word_form(w) for text in texts for w in prepare(text))
    grams: Counter = Counter()
    for word, freq in words.items():
        for gram in word_grams(word):
            grams[gram] += freq
    return grams


def build(counts: dict[str, Counter], keep: int = KEEP, mix: float = MIX,
          mix_small: float = MIX_SMALL) -> tuple[list[str], bytes]:
    """Kept n-grams and their loss bytes (one per language, ``STEP`` nats each)."""
    kept: set[str] = set()
    for lang in LANGS:
        kept.update(g for g, _ in counts[lang].most_common(keep))
    grams = sorted(kept, key=lambda g: (len(g), g))
    totals = {(lang, n): 0 for lang in LANGS for n in range(1, 5)}
    for lang in LANGS:
        for gram, c in counts[lang].items():
            totals[lang, len(gram)] += c
    mixes = [mix if lang == "ba" else mix_small for lang in LANGS]
    rows = bytearray()
    for gram in grams:
        n = len(gram)
        shares = [counts[lang][gram] / totals[lang, n] for lang in LANGS]
        background = sum(shares) / len(LANGS)
        if background == 0:
            continue
        logs = [math.log(m * share + (1 - m) * background) for m, share in zip(mixes, shares)]
        best = max(logs)
        rows.extend(min(255, round((best - v) / STEP)) for v in logs)
    return grams, bytes(rows)


def model_bytes(counts: dict[str, Counter], note: str, keep: int = KEEP, mix: float = MIX,
                mix_small: float = MIX_SMALL) -> bytes:
    """The model file: a JSON header line, then zlib(n-grams joined by newlines + loss bytes)."""
    grams, rows = build(counts, keep, mix, mix_small)
    blob = "\n".join(grams).encode("utf-8")
    meta = {
        "format": 1, "langs": list(LANGS), "step": STEP, "grams": len(grams), "gram_bytes": len(blob),
        "built_by": "python bench/train_langid.py",
        "training": note,
        "held_out": f"NTREX odd docs; news {', '.join(HELD_NEWS)}",
        "model": f"naive Bayes, char 1-4-grams of space-padded words, top {keep} per language, "
                 f"interpolated {mix} with the mean over languages",
    }
    return json.dumps(meta, ensure_ascii=True).encode("ascii") + b"\n" + zlib.compress(blob + rows, 9)


def training_counts() -> tuple[dict[str, Counter], str, dict[str, int]]:
    """N-gram counts per language, a note on the data, and the number of texts per language."""
    train = ntrex(held_out=False)
    news, russian = native_chunks(TRAIN_NEWS)
    train["ba"] = train["ba"] * NTREX_WEIGHT + news
    counts = {lang: count_grams(texts) for lang, texts in train.items()}
    regional = count_grams(russian)
    for gram, count in regional.items():
        if int(RU_NEWS_WEIGHT * count):
            counts["ru"][gram] += int(RU_NEWS_WEIGHT * count)
    note = (f"NTREX-128 even docs (8 languages; Bashkir ones weighted {NTREX_WEIGHT}x) + native news "
            f"{', '.join(TRAIN_NEWS)}: {len(news)} Bashkir chunks; its {len(russian)} Russian chunks "
            f"added to ru with weight {RU_NEWS_WEIGHT} (counts rounded down)")
    sizes = {lang: len(texts) for lang, texts in train.items()}
    sizes["ru"] += len(russian)
    return counts, note, sizes


def main() -> None:
    counts, note, sizes = training_counts()
    data = model_bytes(counts, note)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_bytes(data)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(data):,} bytes")
    for lang in LANGS:
        print(f"  {lang}: {sizes[lang]:,} training texts, {sum(counts[lang].values()):,} n-grams counted")


if __name__ == "__main__":
    main()
