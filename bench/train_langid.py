"""Build ``bisumm/data/langid.bin``, the character n-gram model of :mod:`bisumm.langid`.

    python bench/train_langid.py            # writes bisumm/data/langid.bin (~30 s)
    python bench/train_langid.py --dev      # tune on a dev split of the training side

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

Model: per language and feature order (character 1–4-grams of words padded with spaces,
and whole words of three letters or more as a fifth order, see
:func:`bisumm.langid.word_features`), relative frequencies interpolated (weight ``MIX``)
with their mean over the eight languages, so the big Bashkir corpus does not make rare
n-grams count against Bashkir; the ``KEEP`` most frequent features of each language are
kept (union over languages); each is stored with its loss, per language, against the
best language for that feature, in steps of ``STEP`` nats, capped at 255 steps. The
header carries the scoring settings ``NAME_WEIGHT`` and ``PRIOR``.

``--dev`` builds the model from even NTREX documents with ``doc % 4 == 0`` and all native
training articles but every ``DEV_EVERY``-th, and prints the bench's rates on the rest
(even documents with ``doc % 4 == 2``, the left-out articles) for a grid of name weights
and priors; ``NAME_WEIGHT`` and ``PRIOR`` were chosen there, never on the held-out sets.

Tried and dropped (dev split, 3-word snippets): a multinomial logistic regression
(scikit-learn) on the same features with snippet and random-window examples was no
better than naive Bayes (C=0.2: ba 89.8 / ru 93.6 % correct, tt 11.7 / uk 6.7 % sent to
ba/ru, against 91.5 / 95.9 and 8.2 / 1.7 here); keeping 25,000 features per language or
other ``MIX`` values only move along the same ba-versus-tt trade-off; a prior for ba
buys Bashkir snippets with Tatar ones one for one.
"""

from __future__ import annotations

import json
import math
import re
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bisumm import langid  # noqa: E402
from bisumm.langid import MODEL_PATH, prepare, word_features, word_form  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
NTREX = SHARED / "ntrex" / "ntrex.jsonl"
LANGS = ("ba", "ru", "tt", "kk", "ky", "uk", "be", "en")
TRAIN_NEWS = ("bashgazet", "kiskeufa")
HELD_NEWS = ("jeshlek", "gsrb")
BASHKIR_LETTERS = frozenset("ҙҡҫғһәөүң")
MIX = 0.99
MIX_SMALL = 0.99
NTREX_WEIGHT = 100
RU_NEWS_WEIGHT = 0.3
KEEP = 12_000
STEP = 0.05
#: capitalised words after the first count this much (names are weak evidence of a language)
NAME_WEIGHT = 0.5
#: nats added to a language's score once per text (a prior), tuned with ``--dev``
PRIOR = {"ba": 0.0, "ru": 0.0}
DEV_EVERY = 10

_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")


def snippet(sentence: str, words: int = 3) -> str:
    """The start of ``sentence`` through its ``words``-th token that holds a letter."""
    seen = 0
    for match in _TOKEN.finditer(sentence):
        if _LETTER.search(match.group()):
            seen += 1
            if seen == words:
                return sentence[:match.end()]
    return sentence


def _read(path: Path) -> list[dict]:
    if not path.exists():
        sys.exit(f"missing data: {path} (training needs ../shared/data)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def ntrex(held_out: bool, pick: Callable[[int], bool] | None = None) -> dict[str, list[str]]:
    """NTREX headlines + sentences per language; ``held_out`` picks the odd documents,
    ``pick`` (on the doc number) narrows the choice further."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for row in _read(NTREX):
        if row["doc"] % 2 != int(held_out) or (pick is not None and not pick(row["doc"])):
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


def native_chunks(sources: tuple[str, ...], pick: Callable[[int], bool] | None = None
                  ) -> tuple[list[str], list[str]]:
    """Chunks of the given native news files: (Bashkir, Russian); ``pick`` chooses articles
    by their running number over the files."""
    is_russian = _russian_checker()
    kept: list[str] = []
    dropped: list[str] = []
    number = 0
    for source in sources:
        for row in _read(SHARED / "ba" / f"news_{source}.jsonl"):
            number += 1
            if pick is not None and not pick(number):
                continue
            for paragraph in row["paragraphs"]:
                for chunk in paragraph:
                    (dropped if is_russian(chunk) else kept).append(chunk)
    return kept, dropped


def native_sentences(sources: tuple[str, ...] = HELD_NEWS, pick: Callable[[int], bool] | None = None
                     ) -> tuple[list[str], list[str]]:
    """Held-out native sentences: chunks ending in . ! ? … with at least three words."""
    chunks, dropped = native_chunks(sources, pick)
    sents = [c.strip() for c in chunks
             if c.rstrip().endswith((".", "!", "?", "…")) and len(prepare(c)) >= 3]
    return sents, dropped


def count_grams(texts: list[str]) -> Counter:
    words = Counter(word_form(w) for text in texts for w in prepare(text))
    grams: Counter = Counter()
    for word, freq in words.items():
        for gram in word_features(word):
            grams[gram] += freq
    return grams


def build(counts: dict[str, Counter], keep: int = KEEP, mix: float = MIX,
          mix_small: float = MIX_SMALL) -> tuple[list[str], bytes]:
    """Kept n-grams and their loss bytes (one per language, ``STEP`` nats each)."""
    kept: set[str] = set()
    for lang in LANGS:
        kept.update(g for g, _ in counts[lang].most_common(keep))
    grams = sorted(kept, key=lambda g: (len(g), g))
    totals = {(lang, n): 0 for lang in LANGS for n in range(1, 6)}
    for lang in LANGS:
        for gram, c in counts[lang].items():
            totals[lang, min(len(gram), 5)] += c
    mixes = [mix if lang == "ba" else mix_small for lang in LANGS]
    rows = bytearray()
    for gram in grams:
        n = min(len(gram), 5)
        shares = [counts[lang][gram] / totals[lang, n] for lang in LANGS]
        background = sum(shares) / len(LANGS)
        if background == 0:
            continue
        logs = [math.log(m * share + (1 - m) * background) for m, share in zip(mixes, shares)]
        best = max(logs)
        rows.extend(min(255, round((best - v) / STEP)) for v in logs)
    return grams, bytes(rows)


def model_bytes(counts: dict[str, Counter], note: str, prior: dict[str, float], keep: int = KEEP,
                mix: float = MIX, mix_small: float = MIX_SMALL) -> bytes:
    """The model file: a JSON header line, then zlib(n-grams joined by newlines + loss bytes)."""
    grams, rows = build(counts, keep, mix, mix_small)
    blob = "\n".join(grams).encode("utf-8")
    meta = {
        "format": 1, "langs": list(LANGS), "step": STEP, "grams": len(grams), "gram_bytes": len(blob),
        "whole_words": True, "name_weight": NAME_WEIGHT, "bias": prior,
        "built_by": "python bench/train_langid.py",
        "training": note,
        "held_out": f"NTREX odd docs; news {', '.join(HELD_NEWS)}",
        "model": f"naive Bayes, char 1-4-grams of space-padded words and whole words, top {keep} per language, "
                 f"interpolated {mix} with the mean over languages",
    }
    return json.dumps(meta, ensure_ascii=True).encode("ascii") + b"\n" + zlib.compress(blob + rows, 9)


def training_counts(dev: bool = False) -> tuple[dict[str, Counter], dict[str, list[str]], str]:
    """Feature counts per language, (with ``dev``) texts to tune on, and a note on the data."""
    train = ntrex(held_out=False, pick=(lambda d: d % 4 == 0) if dev else None)
    news, russian = native_chunks(TRAIN_NEWS, (lambda n: n % DEV_EVERY != 0) if dev else None)
    tune: dict[str, list[str]] = {}
    if dev:
        tune = ntrex(held_out=False, pick=lambda d: d % 4 == 2)
        tune["native ba"], _ = native_sentences(TRAIN_NEWS, lambda n: n % DEV_EVERY == 0)
    train["ba"] = train["ba"] * NTREX_WEIGHT + news
    counts = {lang: count_grams(texts) for lang, texts in train.items()}
    for gram, count in count_grams(russian).items():
        if int(RU_NEWS_WEIGHT * count):
            counts["ru"][gram] += int(RU_NEWS_WEIGHT * count)
    note = (f"NTREX-128 even docs (8 languages; Bashkir ones weighted {NTREX_WEIGHT}x) + native news "
            f"{', '.join(TRAIN_NEWS)}: {len(news)} Bashkir chunks; its {len(russian)} Russian chunks "
            f"added to ru with weight {RU_NEWS_WEIGHT} (counts rounded down)")
    return counts, tune, note


def rates(model: langid._Model, tune: dict[str, list[str]], prior: dict[str, float]) -> dict[str, tuple]:
    """Bench-style rates (full, 3 words) on the tuning texts, with ``prior`` added to the model's bias."""
    langid._MODEL = model
    bias = np.array([b + prior.get(lang, 0.0) for b, lang in zip(model.bias, model.langs)])
    out = {}
    for name, texts in tune.items():
        gold = name.split()[-1]
        row = []
        for items in (texts, [snippet(t) for t in texts]):
            labels = []
            for t in items:
                sums = langid.scores(t)
                if sums is None:
                    labels.append("und")
                    continue
                z = (np.array(sums) + bias) / model.temperature
                p = np.exp(z - z.max())
                p /= p.sum()
                best = int(p.argmax())
                labels.append(model.langs[best] if p[best] >= langid.MIN_CONFIDENCE else "und")
            if gold in ("ba", "ru"):
                row.append(100.0 * sum(lab == gold for lab in labels) / len(labels))
            else:
                row.append(100.0 * sum(lab in ("ba", "ru") for lab in labels) / len(labels))
        out[name] = tuple(row)
    return out


def dev() -> None:
    counts, tune, note = training_counts(dev=True)
    data = model_bytes(counts, note, {})
    with tempfile.NamedTemporaryFile(suffix=".bin") as handle:
        handle.write(data)
        handle.flush()
        model = langid._Model(Path(handle.name))
    print(f"dev model: {len(data):,} bytes; rates full/3 words (ba, ru: correct; others: sent to ba/ru)")
    for weight in (1.0, 0.5):
        model.name_weight = weight
        model.cache.clear()
        for ba in (0.0, 4.0, 8.0):
            for ru in (0.0, 2.0):
                found = rates(model, tune, {"ba": ba, "ru": ru})
                cells = " ".join(f"{name.replace('native ', 'n')}={f:.1f}/{s:.1f}" for name, (f, s) in found.items())
                print(f"names {weight} prior ba {ba:+.1f} ru {ru:+.1f}: {cells}", flush=True)


def main() -> None:
    if "--dev" in sys.argv:
        dev()
        return
    counts, _, note = training_counts()
    data = model_bytes(counts, note, PRIOR)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_bytes(data)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
