"""Build ``bisumm/data/langid.bin``, the character n-gram model of :mod:`bisumm.langid`.

    python bench/train_langid.py            # writes bisumm/data/langid.bin (~30 s)
    python bench/train_langid.py --dev      # tune on two dev folds of the training side (~1 min)

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
header carries the scoring settings ``NAME_WEIGHT``, ``PRIOR``, ``CUES`` and
:data:`bisumm.langid.LETTER_PENALTY`; after the features comes the Bashkir word list of
the vocabulary cue: every Cyrillic word seen ``BA_WORDS_MIN`` (2) times or more in the
Bashkir training text (native news + even NTREX documents), 51,631 words, +171 KB.
Russian's cue reads pymorphy3's dictionary at run time.

``--dev`` builds two models: fold 0 from even NTREX documents with ``doc % 4 == 0``, fold 1
from those with ``doc % 4 == 2``, each with all native training articles but a tenth
(``DEV_LEFT``), and prints the bench's rates on the rest (the other even documents, the
left-out articles), pooled over both folds, for the cue settings and letter penalties of
``DEV_SETTINGS`` and a few priors, with the summed error (each set's % wrong, full and 3
words). ``NAME_WEIGHT``, ``PRIOR``, ``CUES`` and the letter penalty were chosen there, never
on the held-out sets. Dev numbers (3 words; ba, ru: % correct, others: % sent to ba/ru; nba = native Bashkir):

=====================================  ====  ====  ===  ===  ===  ===  ====  =====
setting                                ba    ru    tt   kk   ky   uk   nba   error
=====================================  ====  ====  ===  ===  ===  ===  ====  =====
no cues, no prior (the previous model) 90.6  95.2  9.4  1.4  1.9  2.8  98.6  33.3
no cues, prior ba +4                   93.2  95.0  12.1 2.0  2.6  3.0  99.1  34.6
ru cue 8/8 (the unfinished change)     90.6  96.0  9.4  1.6  2.0  2.7  98.7  32.3
ru cue 16/8, first word 0.5            90.7  95.6  9.0  1.3  1.1  1.7  98.7  29.7
+ ba cue 8, prior ba +4                91.2  95.7  9.0  1.1  1.1  1.6  99.0  27.8
+ ba cue 12, prior ba +4                90.3  95.9  8.1  1.0  1.1  1.6  98.9  27.8
+ letter penalty 12 (was 8)            90.7  95.9  8.0  1.0  1.1  1.6  98.9  27.0
+ letter penalty 16 (chosen)           91.2  95.9  8.1  0.9  1.1  1.7  99.0  26.7
+ letter penalty 24                    91.2  95.9  8.1  0.6  1.1  1.7  99.0  26.6
=====================================  ====  ====  ===  ===  ===  ===  ====  =====

The ba-cue-12 and ba-cue-8 rows tie at 8 nats a letter; the ba-cue-12 one was kept for its
lower Tatar rate (the Tatar bar comes first). A letter missing from a language's alphabet
then costs 16 nats (``ҙ ҡ ҫ`` in a snippet the words call Tatar: ``Судно Хәрби-Диңгеҙ
флотына``); 24 is no better on 3-word snippets and sends a Tatar full sentence or two to
ba/ru (0.3 %). Without a prior the Bashkir cue only buys Tatar snippets with Bashkir ones
(ba 87.7, tt 6.8, nba 98.4); with it, native Bashkir and Tatar both gain.

Tried and dropped (dev, 3-word snippets): a multinomial logistic regression
(scikit-learn) on the same features with snippet and random-window examples was no
better than naive Bayes (C=0.2: ba 89.8 / ru 93.6 % correct, tt 11.7 / uk 6.7 % sent to
ba/ru, against 91.5 / 95.9 and 8.2 / 1.7 on the earlier one-fold split); keeping 25,000
features per language or other ``MIX`` values only move along the same ba-versus-tt
trade-off; a prior for ba alone buys Bashkir snippets with Tatar ones one for one.
For the cues (two-fold dev, prior ba +4, summed error; best found 27.8): charging unknown
capitalised words inside a text too (``names`` 0.25) costs Russian snippets (ru 93.9, error
28.1) and does nothing for Bashkir (28.0); a shield for Bashkir words against tt/kk/ky
(``known`` 4) sends more Tatar to Bashkir (tt 9.8, error 29.2); charging Bashkir only for
words with a Bashkir or Tatar letter (29.9–30.2), or sparing words pymorphy3 knows (Russian
loans: 27.9, and it loads pymorphy3 for Bashkir text), or word lists of words seen once
(+330 KB) or three times were no better (28.5 and 28.3 against 27.9 with the same cues).
With the letter penalty at 16: raising ``MIN_CONFIDENCE`` from 0.3 to 0.4 (more snippets
``und``) gives 26.2 but costs Russian snippets (ru 95.9 → 95.3, tt 8.1 → 7.5); 0.5 gives
27.7 (ru 93.3); a larger Bashkir prior (6, 8) buys Bashkir snippets with Tatar ones (27.7,
27.9). Not taken.
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
from bisumm.langid import LETTER_PENALTY, MODEL_PATH, prepare, word_features, word_form  # noqa: E402

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
PRIOR = {"ba": 4.0, "ru": 0.0}
DEV_EVERY = 10
#: the native articles each dev fold leaves out (article number % ``DEV_EVERY``)
DEV_LEFT = (0, 5)
#: a word seen this often in the Bashkir training text goes into the cue's word list
BA_WORDS_MIN = 2
#: vocabulary cues of :mod:`bisumm.langid` (nats; see its ``_Cue``), tuned with ``--dev``
CUES: dict[str, dict[str, float]] = {"ru": {"unknown": 16.0, "known": 8.0, "first": 0.5},
                                     "ba": {"unknown": 12.0, "first": 0.5}}
#: the (cue settings, letter penalty) pairs ``--dev`` compares, each with a few priors
DEV_SETTINGS: list[tuple[dict[str, dict[str, float]], float]] = [
    ({}, 8.0), ({"ru": {"unknown": 8.0, "known": 8.0}}, 8.0), ({"ru": CUES["ru"]}, 8.0),
    ({"ru": CUES["ru"], "ba": {"unknown": 8.0, "first": 0.5}}, 8.0), (CUES, 8.0),
    (CUES, 12.0), (CUES, 16.0), (CUES, 24.0),
]

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
                mix: float = MIX, mix_small: float = MIX_SMALL, words: list[str] = (),
                cues: dict[str, dict[str, float]] | None = None) -> bytes:
    """The model file: a JSON header line, then zlib(n-grams joined by newlines + loss bytes
    + the Bashkir word list of its vocabulary cue, newline-separated)."""
    grams, rows = build(counts, keep, mix, mix_small)
    blob = "\n".join(grams).encode("utf-8")
    word_blob = "\n".join(sorted(words)).encode("utf-8")
    meta = {
        "format": 1, "langs": list(LANGS), "step": STEP, "grams": len(grams), "gram_bytes": len(blob),
        "word_bytes": len(word_blob), "whole_words": True, "name_weight": NAME_WEIGHT, "bias": prior,
        "cues": CUES if cues is None else cues, "letter_penalty": LETTER_PENALTY,
        "built_by": "python bench/train_langid.py",
        "training": note,
        "held_out": f"NTREX odd docs; news {', '.join(HELD_NEWS)}",
        "model": f"naive Bayes, char 1-4-grams of space-padded words and whole words, top {keep} per language, "
                 f"interpolated {mix} with the mean over languages",
    }
    return json.dumps(meta, ensure_ascii=True).encode("ascii") + b"\n" + zlib.compress(blob + rows + word_blob, 9)


def training_counts(fold: int | None = None
                    ) -> tuple[dict[str, Counter], dict[str, list[str]], list[str], str]:
    """Feature counts per language, texts to tune on (dev ``fold`` 0 or 1 only), the Bashkir
    word list of the vocabulary cue, and a note on the data.

    Fold 0 trains on even NTREX documents with ``doc % 4 == 0`` and tunes on ``doc % 4 == 2``,
    fold 1 the other way round; each leaves out every ``DEV_EVERY``-th native article (a
    different tenth per fold) to tune on.
    """
    tune: dict[str, list[str]] = {}
    if fold is None:
        train = ntrex(held_out=False)
        news, russian = native_chunks(TRAIN_NEWS)
    else:
        train = ntrex(held_out=False, pick=lambda d: d % 4 == 2 * fold)
        tune = ntrex(held_out=False, pick=lambda d: d % 4 == 2 - 2 * fold)
        left = DEV_LEFT[fold]
        news, russian = native_chunks(TRAIN_NEWS, lambda n: n % DEV_EVERY != left)
        tune["native ba"], _ = native_sentences(TRAIN_NEWS, lambda n: n % DEV_EVERY == left)
    words = bashkir_words(news + train["ba"])
    train["ba"] = train["ba"] * NTREX_WEIGHT + news
    counts = {lang: count_grams(texts) for lang, texts in train.items()}
    for gram, count in count_grams(russian).items():
        if int(RU_NEWS_WEIGHT * count):
            counts["ru"][gram] += int(RU_NEWS_WEIGHT * count)
    note = (f"NTREX-128 even docs (8 languages; Bashkir ones weighted {NTREX_WEIGHT}x) + native news "
            f"{', '.join(TRAIN_NEWS)}: {len(news)} Bashkir chunks; its {len(russian)} Russian chunks "
            f"added to ru with weight {RU_NEWS_WEIGHT} (counts rounded down); Bashkir word list: "
            f"{len(words)} words seen {BA_WORDS_MIN}+ times")
    return counts, tune, words, note


def bashkir_words(texts: list[str]) -> list[str]:
    """Cyrillic words (as :func:`bisumm.langid.word_form`) seen ``BA_WORDS_MIN`` times or more."""
    seen = Counter(word_form(w) for text in texts for w in prepare(text))
    return sorted(w for w, c in seen.items() if c >= BA_WORDS_MIN and not w.isascii())


def sums_of(model: langid._Model, tune: dict[str, list[str]]) -> dict[tuple[str, str], list]:
    """(set, "full" or "3w") → the model's score vectors (``None``: ``und``) of the tuning texts."""
    langid._MODEL = model
    model.cache.clear()
    out = {}
    for name, texts in tune.items():
        for kind, items in (("full", texts), ("3w", [snippet(t) for t in texts])):
            out[name, kind] = [None if s is None else np.array(s) for s in map(langid.scores, items)]
    return out


def rates(found: list[dict[tuple[str, str], list]], prior: dict[str, float], temperature: float
          ) -> dict[tuple[str, str], float]:
    """Bench-style rates pooled over folds (ba, ru: % correct; others: % sent to ba/ru), ``prior`` added."""
    bias = np.array([prior.get(lang, 0.0) for lang in LANGS])
    out = {}
    for key in found[0]:
        gold = key[0].split()[-1]
        good = total = 0
        for rows in (f[key] for f in found):
            for sums in rows:
                label = "und" if sums is None else langid._decide(LANGS, list(sums + bias), temperature).lang
                good += label == gold if gold in ("ba", "ru") else label in ("ba", "ru")
                total += 1
        out[key] = 100.0 * good / total
    return out


def dev() -> None:
    """Print pooled dev rates and the summed error (each set's % wrong, full + 3 words) per setting."""
    folds = []
    for fold in (0, 1):
        counts, tune, words, note = training_counts(fold)
        with tempfile.NamedTemporaryFile(suffix=".bin") as handle:
            handle.write(model_bytes(counts, note, {}, words=words, cues={}))
            handle.flush()
            folds.append((langid._Model(Path(handle.name)), tune))
    print("dev rates full/3 words, two folds pooled (ba, ru: correct; others: sent to ba/ru); error = summed % wrong")
    for cues, penalty in DEV_SETTINGS:
        found = []
        for model, tune in folds:
            model.cues = [langid._Cue(model, lang, settings) for lang, settings in cues.items()]
            model.penalty, model.letters = penalty, langid._letter_penalties(model.langs, penalty)
            found.append(sums_of(model, tune))
        for ba, ru in ((0.0, 0.0), (4.0, 0.0), (8.0, 0.0), (4.0, 2.0)):
            got = rates(found, {"ba": ba, "ru": ru}, folds[0][0].temperature)
            error = sum(100 - v if k[0][-2:] in ("ba", "ru") else v for k, v in got.items())
            cells = " ".join(f"{name.replace('native ', 'n')}={got[name, 'full']:.1f}/{got[name, '3w']:.1f}"
                             for name in dict.fromkeys(k[0] for k in got) if name != "en")
            print(f"error {error:5.1f} | cues {json.dumps(cues)} letters {penalty:.0f} prior ba {ba:+.0f} "
                  f"ru {ru:+.0f}: {cells}", flush=True)


def main() -> None:
    if "--dev" in sys.argv:
        dev()
        return
    counts, _, words, note = training_counts()
    data = model_bytes(counts, note, PRIOR, words=words)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_bytes(data)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
