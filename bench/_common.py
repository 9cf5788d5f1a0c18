"""Shared helpers of the summary benchmarks: data, ROUGE on Cyrillic, offline peers.

ROUGE is Google's ``rouge-score`` with a tokenizer of ``\\w+`` tokens, lower-cased,
ё→е, no stemming (its default tokenizer deletes every Cyrillic letter). Peers get
razdel sentences, a Snowball Russian stemmer and lexrank's Russian stop list, so
they run offline.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GAZETA = SHARED / "ru" / "gazeta_dev.jsonl"
NTREX = SHARED / "ntrex" / "ntrex.jsonl"
#: long Russian web articles with title, teaser and editors' keywords (gzip JSON Lines)
WEB = {"rt": SHARED / "ru" / "rt_dev.jsonl.gz", "ng": SHARED / "ru" / "ng_dev.jsonl.gz"}
#: one article in TEST_EVERY goes to the frozen test part (chosen by a hash of its id)
TEST_EVERY = 5

_WORD = re.compile(r"\w+")


def need(path: Path) -> Path:
    """``path`` or exit with a clear message when ../shared is absent."""
    if not path.exists():
        sys.exit(f"missing data: {path} (the benchmarks need ../shared/data)")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with need(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bucket(key: str, k: int) -> int:
    """A fixed bucket 0..k-1 of ``key`` (the first byte of its SHA-1): folds and halves of dev sets."""
    import hashlib

    return hashlib.sha1(key.encode("utf-8")).digest()[0] % k


def split_of(article_id: str) -> str:
    """``"test"`` for the frozen test part (no rule, weight or threshold is tuned on it), else ``"dev"``.

    The split depends on the id alone (SHA-1), so every benchmark and training script agrees on it.
    """
    import hashlib

    digest = hashlib.sha1(article_id.encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:4], "big") % TEST_EVERY == 0 else "dev"


def read_web(source: str, part: str = "dev", limit: int | None = None) -> list[dict]:
    """Articles of ``WEB[source]`` (``rt`` or ``ng``) in ``part`` (``dev``, ``test`` or ``all``), file order."""
    import gzip

    out = []
    with gzip.open(need(WEB[source]), "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if part == "all" or split_of(row["id"]) == part:
                out.append(row)
                if limit is not None and len(out) >= limit:
                    break
    return out


class CyrillicTokenizer:
    """``\\w+`` tokens, lower-cased, ё→е, no stemming (the ``rouge-score`` tokenizer protocol)."""

    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(text.lower().replace("ё", "е"))


def scorer(types: Sequence[str] = ("rouge1", "rouge2", "rougeL")):
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(types), tokenizer=CyrillicTokenizer())


def f1(score_map, key: str) -> float:
    return 100.0 * score_map[key].fmeasure


def razdel_sentences(text: str) -> list[str]:
    """Sentences by razdel, paragraph by paragraph (razdel alone merges across blank lines)."""
    import razdel

    out = []
    for para in re.split(r"\n\s*\n", text):
        out.extend(s.text for s in razdel.sentenize(para) if s.text.strip())
    return out


def russian_stopwords() -> frozenset[str]:
    from lexrank import STOPWORDS

    return frozenset(STOPWORDS["ru"])


# -- peers: each takes a list of sentences and k, returns chosen indices ------------------

def lead(sentences: Sequence[str], k: int) -> list[int]:
    return list(range(min(k, len(sentences))))


def make_random(seed: int = 13) -> Callable[[Sequence[str], int], list[int]]:
    rng = random.Random(seed)

    def pick(sentences: Sequence[str], k: int) -> list[int]:
        return sorted(rng.sample(range(len(sentences)), min(k, len(sentences))))

    return pick


class _WordSplitter:
    """sumy tokenizer protocol on pre-split sentences: ``to_words`` by razdel."""

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]

    def to_words(self, sentence: str) -> list[str]:
        import razdel

        return [t.text for t in razdel.tokenize(sentence) if any(ch.isalnum() for ch in t.text)]


def make_sumy(name: str) -> Callable[[Sequence[str], int], list[int]]:
    """A sumy summariser (``lexrank``, ``textrank``, ``lsa``, ``luhn``) on given sentences."""
    import importlib

    import snowballstemmer
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    module, cls = {"lexrank": ("lex_rank", "LexRankSummarizer"), "textrank": ("text_rank", "TextRankSummarizer"),
                   "lsa": ("lsa", "LsaSummarizer"), "luhn": ("luhn", "LuhnSummarizer")}[name]
    summarizer_cls = getattr(importlib.import_module(f"sumy.summarizers.{module}"), cls)
    stem = snowballstemmer.stemmer("russian").stemWord
    summarizer = summarizer_cls(stem)
    summarizer.stop_words = russian_stopwords()
    splitter = _WordSplitter()

    def pick(sentences: Sequence[str], k: int) -> list[int]:
        units = [Sentence(s, splitter) for s in sentences]
        doc = ObjectDocumentModel([Paragraph(units)])
        chosen = {str(s) for s in summarizer(doc, k)}
        return [i for i, s in enumerate(units) if str(s) in chosen][:k]

    return pick


def summa_pick(sentences: Sequence[str], k: int) -> list[int]:
    """summa TextRank: every sentence scored (one per line), the top ``k`` kept."""
    from summa.summarizer import summarize

    clean = [" ".join(s.split()) for s in sentences]
    scored = summarize("\n".join(clean), ratio=1.0, language="russian", scores=True)
    score = {}
    for text, value in scored:
        score.setdefault(text, value)
    ranked = sorted(range(len(clean)), key=lambda i: (-score.get(clean[i], 0.0), i))
    return sorted(ranked[:k])


def oracle(sentences: Sequence[str], k: int, reference: str, rouge) -> list[int]:
    """Greedy oracle: add the sentence that most raises R-1 + R-2 F1, up to ``k``."""
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < k:
        gains = []
        for i in range(len(sentences)):
            if i in chosen:
                continue
            text = " ".join(sentences[j] for j in sorted(chosen + [i]))
            s = rouge.score(reference, text)
            gains.append((s["rouge1"].fmeasure + s["rouge2"].fmeasure, -i, i))
        if not gains:
            break
        value, _, i = max(gains)
        if value <= best:
            break
        best = value
        chosen.append(i)
    return sorted(chosen)


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def paired_interval(ours: Sequence[float], base: Sequence[float], reps: int = 10_000,
                    seed: int = 13) -> tuple[float, float]:
    """95 % interval of ``mean(ours - base)`` by a paired bootstrap over documents (seeded).

    How far a difference of means could move on another sample of articles of the same
    kind: a bar counts as out of reach only when the interval stays below it.
    """
    import numpy as np

    diff = np.asarray(ours, dtype=np.float64) - np.asarray(base, dtype=np.float64)
    if diff.size == 0:
        return 0.0, 0.0
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, diff.size, size=(reps, diff.size))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)
