"""Bashkir stemmer: rule-based suffix stripping that knows where to stop.

The input is one lower-case word already folded by :func:`bisumm.normalize.match_form`.

1. **Candidates.** Every split ``word = stem + ending`` where the ending is a well-formed chain
   of suffixes for that stem (:mod:`bisumm.lang.ba_suffixes`: clitic → case → possessive →
   plural, or verb endings, with vowel harmony and the л/н, ҙ, д, т alternation).
2. **Choice.** A stem lexicon learned from raw news text (``bisumm/data/ba_stems.txt``, built by
   ``bench/build_ba_lexicon.py``) tells how many different endings each candidate stem was
   seen with in the corpus (its *support*). Walking from the whole word to shorter candidates,
   a shorter stem is taken when it is better supported than the current one; the bar is
   higher for one- and two-letter steps (``ҡала`` is not the verb ``ҡал`` + ``-а``). Words the
   lexicon does not know lose their longest ending of two letters or more.
3. **Clean-up.** Final б/г/ғ are restored to п/к/ҡ (китабы → китап), the choice is repeated on
   the result until it is stable, and hyphenated compounds are stemmed on their last part.

>>> [stem(w) for w in ("ҡалаларҙа", "республикаһының", "китабы", "эштәребеҙҙе", "районы")]
['ҡала', 'республика', 'китап', 'эш', 'район']
>>> [stem(w) for w in ("билдәләне", "әйтеүенсә", "килгәндә", "буласаҡ", "урмандан")]
['билдәлә', 'әйт', 'кил', 'бул', 'урман']
"""

from __future__ import annotations

import threading
from importlib import resources

from .ba_suffixes import CLITICS, VOWELS, codes_of, nominal_tails, nominalizers, verb_heads

__all__ = ["stem", "candidates", "lexicon"]

#: a stem must keep at least this many letters
MIN_STEM = 2
#: two-letter stems need this much corpus support (ал, ит, үт are real; ки, те are not)
MIN_SUPPORT_SHORT = 40
#: the two-letter stems that end in a vowel (verbs "say", "chase")
SHORT_OPEN_STEMS = frozenset({"ти", "ҡу"})
#: one-letter steps only when the stem keeps at least this many letters
MIN_STEM_ONE_LETTER = 3
#: lexicon entries below this support are treated as unknown
MIN_SUPPORT = 4
#: move to a shorter stem when support(current) < RATIO[step length] * support(shorter)
RATIO = {1: 0.7, 2: 0.5}
RATIO_LONG = 1.2
#: unknown words: strip the longest ending of at least this many letters, keeping this many
FALLBACK_ENDING, FALLBACK_STEM = 2, 3

_FOLD_FINAL = {"б": "п", "г": "к", "ғ": "ҡ"}
_lexicon: dict[str, int] | None = None
_lock = threading.Lock()


def lexicon() -> dict[str, int]:
    """Stem → support from ``bisumm/data/ba_stems.txt`` (loaded once; empty if missing)."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = _read_lexicon()
    return _lexicon


def _read_lexicon() -> dict[str, int]:
    try:
        text = resources.files("bisumm").joinpath("data/ba_stems.txt").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return {}
    table: dict[str, int] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, count = line.partition("\t")
            table[word] = int(count) if count.isdigit() else 1
    return table


def fold_final(word: str) -> str:
    """Restore a final б/г/ғ to п/к/ҡ (the voiced spelling before a vowel).

    >>> fold_final("китаб"), fold_final("төбәг"), fold_final("ҡала")
    ('китап', 'төбәк', 'ҡала')
    """
    last = word[-1:]
    return word[:-1] + _FOLD_FINAL[last] if last in _FOLD_FINAL else word


def _splits(word: str, table: dict[str, frozenset[int]], longest: int) -> list[tuple[str, str]]:
    out = []
    for k in range(1, min(longest, len(word) - MIN_STEM) + 1):
        codes = table.get(word[-k:])
        if codes and any(c in codes for c in codes_of(word[:-k])):
            out.append((word[:-k], word[-k:]))
    return out


_TABLES: tuple | None = None


def _tables() -> tuple:
    global _TABLES
    if _TABLES is None:
        tails, heads, nomz = nominal_tails(), verb_heads(), nominalizers()
        _TABLES = (tails, max(map(len, tails)), heads, max(map(len, heads)), nomz, max(map(len, nomz)))
    return _TABLES


def candidates(word: str) -> list[str]:
    """Possible stems of ``word`` (final б/г/ғ restored), longest first, ``word`` excluded.

    >>> candidates("ҡалаларҙа")      # ҡалаларҙ + present -а is well formed too
    ['ҡалаларҙ', 'ҡалалар', 'ҡала']
    """
    tails, lt, heads, lh, nomz, ln = _tables()
    bases = [word]
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= MIN_STEM + 1:
            bases.append(word[: -len(clitic)])
    found = set()
    for base in bases:
        if base != word:
            found.add(base)
        for rest, _ in _splits(base, tails, lt):
            found.add(rest)
            for inner, _ in _splits(rest, nomz, ln):
                found.add(inner)
        for inner, _ in _splits(base, heads, lh):
            found.add(inner)
        for inner, _ in _splits(base, nomz, ln):
            found.add(inner)
    return sorted({fold_final(c) for c in found} - {word}, key=len, reverse=True)


def _short_ok(cand: str, support: int) -> bool:
    """Two-letter stems: well supported and ending in a consonant (ал, ит, яҙ; not ҡа, ки)."""
    return support >= MIN_SUPPORT_SHORT and (cand[-1] not in VOWELS or cand in SHORT_OPEN_STEMS)


def _is_vowel_noun(word: str, lex: dict[str, int]) -> bool:
    """A vowel-final word whose 3rd-person form (-һы/-һе) is a known stem: ҡала, not ҡал + -а."""
    return word[-1:] in VOWELS and (word + "һы" in lex or word + "һе" in lex)


def _choose(word: str, lex: dict[str, int]) -> str:
    cands = candidates(word)
    current, support, length = fold_final(word), lex.get(fold_final(word), 0), len(word)
    if support < MIN_SUPPORT:
        support = 0
    moved = False
    for cand in cands:
        sc = lex.get(cand, 0)
        if sc < MIN_SUPPORT or (len(cand) < 3 and not _short_ok(cand, sc)):
            continue
        step = length - len(cand)
        if step == 1 and (len(cand) < MIN_STEM_ONE_LETTER or _is_vowel_noun(current, lex)):
            continue
        if support == 0 or support < RATIO.get(step, RATIO_LONG) * sc:
            current, support, length, moved = cand, sc, len(cand), True
    if not moved and support == 0:
        for cand in reversed(cands):
            if len(cand) >= FALLBACK_STEM and len(word) - len(cand) >= FALLBACK_ENDING:
                return cand
    return current


def stem(word: str) -> str:
    """The stem of one folded Bashkir word (empty in, empty out)."""
    if not word:
        return word
    if "-" in word:
        head, _, tail = word.rpartition("-")
        return f"{head}-{stem(tail)}" if tail else word
    lex = lexicon()
    current = word
    for _ in range(4):        # repeat until stable: stem(stem(w)) == stem(w)
        nxt = _choose(current, lex)
        if nxt == current:
            break
        current = nxt
    return fold_final(current)
