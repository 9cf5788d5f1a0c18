"""Quote extraction and attribution against the hand-annotated gold set.

Usage::

    python bench/quotes.py            # tables on stdout (Markdown)
    python bench/quotes.py --misses   # also list every held-out miss (input, expected, got)

Gold: ``tests/data/quotes_gold.jsonl`` — our own news paragraphs in Russian and Bashkir (written
for bisumm, no corpus sentences) plus the four seed articles of ``examples/seeds/``. One JSON
object per text: ``{"id", "lang", "text", "quotes": [{"start", "stop", "text", "speaker", "kind",
"title", "official", "form"}]}``; spans index ``text`` (``text[start:stop] == quote["text"]``).

Annotation guidelines (written before the rules, applied to every text):

* A quotation is speech framed as someone's words: between quote marks, after a dialogue dash,
  before ``, — сказал X`` / ``, — тине X`` / ``, тип <verb> X`` (``direct``), or reported by
  ``по словам / по мнению / как отметил X, …``, ``X заявил, что …``, ``X әйтеүенсә /
  билдәләүенсә / һүҙҙәренсә / фекеренсә, …``, ``X …-ыуын/-ғанын билдәләне`` (``indirect``).
* The span is the quoted words only: inside quote marks everything between the marks (inner
  punctuation kept); the comma (and, for unmarked words, a final period) that separates the
  quote from the author's words is left out, ``?``, ``!`` and ``…`` are kept. A quote broken by
  the author's words (``«П, — а, — п»``) is two spans. A quote over several paragraphs is one
  span per paragraph. An unclosed quote ends at its paragraph (a line, in texts with one
  paragraph per line).
* Indirect content runs from after ``что`` / the comma to the end of the sentence; for the
  Bashkir ``-ыуын`` form it runs from after the speaker to the ``-ыуын`` word.
* Not quotations: «» around names of organisations, media, events, programmes, works and awards,
  scare quotes, one-word or short fragments inside the author's sentence (``назвал ситуацию
  «непростой»``), ``«…» тип аталған / тигән / исемле``. Texts with only such marks are negatives.
* Speaker: the person's full name in the nominative as the text gives it (``Радий Хабиров`` for
  ``Радия Хабирова``; a surname-only mention takes the full name if the text names the person
  elsewhere); a role or pronoun takes the named person it refers to when a careful reader would
  (``глава региона``, ``илсе``, ``он``, ``ул``); a press service or ministry speaking is the speaker
  (``пресс-служба МЧС по Башкирии``); a follow-on quote with nothing between it and an attributed
  quote, and a dialogue turn right after a paragraph about a person, take that person; otherwise
  ``null`` (passives such as ``тип билдәләнде``, shuffled seed fragments). Interviewers' questions
  are no quotations (as in ``docs/quotes-guideline.md``; ru34 and ba40 had them as ``null`` quotes
  until 2026-12-07).
* ``title``: the title chain of the speaker mention (or of the named person); ``official``: the
  text gives the speaker a state title or the speaker is a state body's press service.
* Held-out part (ids ``heldout:…``): 24 more texts written after the rules were built and
  annotated before running them; the second table reports them alone. Their first run gave
  span F1 1.000 in both languages and speaker accuracy 0.714 (ru) / 0.917 (ba); four general
  fixes followed (``градоначальник`` in the lexicon, a bare capitalised surname after the verb,
  multi-word common-noun roles, Bashkir surname stems of at least five letters), so they are
  no longer strictly unseen.
* Seeds: the two Bashkir seeds have sentences shuffled inside the article, so some quotes are
  fragments; unmarked paragraphs that continue a speech without any mark are not annotated.

Blind held-out set: ``tests/data/quotes_heldout.jsonl`` (built by
``tests/data/build_quotes_heldout.py``, guideline in its docstring) was written and frozen by
another engineer without reading the rules or the development gold. It is reported last, in its
own tables ("held-out (blind)"), by language, by construction (its ``pattern`` key) and by kind.
Its one convention that differs from the guidelines above: a quote over several paragraphs is one
span across the paragraph break. Its misses were later used to fix the rules (issue 4), so it is
no longer blind; ``tests/data/quotes_heldout2.jsonl`` (same guideline, fresh texts, annotated
before any run of the system) is reported after it as "second held-out".

Metrics: span precision/recall/F1 with one-to-one matching, exact and with ≥ 50 % character
overlap (intersection over the longer span); speaker accuracy over overlap-matched quotes
(names compared by surname, roles and organisations by words, ``None`` only matches ``None``).
The baseline ("marks only") reports every top-level «…»/“…”/"…" pair as a quote, no speaker.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
GOLD = ROOT / "tests" / "data" / "quotes_gold.jsonl"
HELDOUT = ROOT / "tests" / "data" / "quotes_heldout.jsonl"
#: written after the held-out misses had been used to fix the rules, annotated before any run
HELDOUT2 = ROOT / "tests" / "data" / "quotes_heldout2.jsonl"


def load(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _tokens(name: str | None) -> list[str]:
    return re.findall(r"\w+", (name or "").lower().replace("ё", "е"))


def speaker_match(gold: str | None, found: str | None) -> bool:
    """Surname match for names, word-subset match for roles and organisations."""
    if gold is None or found is None:
        return gold is None and found is None
    g, f = _tokens(gold), _tokens(found)
    if not g or not f:
        return False
    if g[-1] == f[-1] and (gold[:1].isupper() or found[:1].isupper()):
        return True
    return set(g) <= set(f) or set(f) <= set(g)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


def match(gold: list[dict], found: list, exact: bool) -> list[tuple[dict, object]]:
    """Greedy one-to-one matching of gold and found quotes."""
    pairs, used = [], set()
    for g in gold:
        best, best_score = None, 0.0
        for k, q in enumerate(found):
            if k in used:
                continue
            score = 1.0 if (q.start, q.stop) == (g["start"], g["stop"]) else (
                0.0 if exact else overlap((g["start"], g["stop"]), (q.start, q.stop)))
            if score > best_score:
                best, best_score = k, score
        if best is not None and best_score >= (1.0 if exact else 0.5):
            used.add(best)
            pairs.append((g, found[best]))
    return pairs


class _Span:
    def __init__(self, start: int, stop: int) -> None:
        self.start, self.stop, self.speaker, self.pattern, self.official = start, stop, None, "marks", False


def marks_only(text: str) -> list[_Span]:
    from bisumm.marks import pair_marks

    out = []
    for para in re.finditer(r"[^\n]+", text):
        marks = pair_marks(text, para.start(), para.end())
        out.extend(_Span(p.inner_start, p.inner_stop) for p in marks.pairs if p.inner_stop > p.inner_start)
    return out


def prf(tp: int, n_found: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(rows: list[dict], system) -> dict:
    stats: dict = defaultdict(lambda: defaultdict(int))
    for row in rows:
        found = system(row["text"])
        for key in (row["lang"], "all"):
            s = stats[key]
            s["gold"] += len(row["quotes"])
            s["found"] += len(found)
            s["exact"] += len(match(row["quotes"], found, exact=True))
            pairs = match(row["quotes"], found, exact=False)
            s["overlap"] += len(pairs)
            s["speaker_ok"] += sum(speaker_match(g["speaker"], q.speaker) for g, q in pairs)
            s["official_ok"] += sum(g["official"] == q.official for g, q in pairs)
            if not row["quotes"]:
                s["neg_fp"] += len(found)
        for g in row["quotes"]:
            key = f'{row["lang"]}.{_form(g)}'
            stats[key]["gold"] += 1
            hit = [q for gg, q in match(row["quotes"], found, exact=False) if gg is g]
            stats[key]["overlap"] += bool(hit)
            stats[key]["speaker_ok"] += bool(hit) and speaker_match(g["speaker"], hit[0].speaker)
        matched = {id(q) for _, q in match(row["quotes"], found, exact=False)}
        for q in found:
            stats["pattern:" + q.pattern]["found"] += 1
            stats["pattern:" + q.pattern]["correct"] += id(q) in matched
    return stats


def _table(ours: dict, base: dict) -> None:
    print("| lang | system | gold | found | P exact | R exact | F1 exact | P ≥50% | R ≥50% | F1 ≥50% | speaker acc | "
          "official acc | FP on negatives |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for lang in ("ru", "ba", "all"):
        for label, st in (("bisumm", ours), ("marks only", base)):
            s = st[lang]
            pe, re_, fe = prf(s["exact"], s["found"], s["gold"])
            po, ro, fo = prf(s["overlap"], s["found"], s["gold"])
            acc = s["speaker_ok"] / s["overlap"] if s["overlap"] else 0.0
            off = s["official_ok"] / s["overlap"] if s["overlap"] else 0.0
            print(f"| {lang} | {label} | {s['gold']} | {s['found']} | {_fmt(pe)} | {_fmt(re_)} | {_fmt(fe)} | "
                  f"{_fmt(po)} | {_fmt(ro)} | {_fmt(fo)} | {_fmt(acc)} | {_fmt(off)} | {s['neg_fp']} |")


def _form(g: dict) -> str:
    """The construction label of a gold quote: ``form`` (dev gold) or ``pattern`` (held-out)."""
    return g.get("form") or g.get("pattern") or "?"


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def main() -> None:
    import bisumm

    _real_news()
    rows = load()
    t0 = time.perf_counter()
    ours = evaluate(rows, bisumm.quotes)
    elapsed = time.perf_counter() - t0
    base = evaluate(rows, marks_only)
    print(f"Gold: {len(rows)} texts, {ours['ru']['gold']} Russian and {ours['ba']['gold']} Bashkir quotations "
          f"({sum(1 for r in rows if not r['quotes'])} negative texts). bisumm time: {elapsed:.2f} s.\n")
    _table(ours, base)
    held = [r for r in rows if r["id"].startswith("heldout:")]
    print(f"\nHeld-out texts only ({len(held)} texts written after the rules; see the module docstring):\n")
    _table(evaluate(held, bisumm.quotes), evaluate(held, marks_only))
    fo_ours = prf(ours["all"]["overlap"], ours["all"]["found"], ours["all"]["gold"])[2]
    fo_base = prf(base["all"]["overlap"], base["all"]["found"], base["all"]["gold"])[2]
    print(f"\nF1 (≥50 %) ratio bisumm / marks-only: {fo_ours / fo_base:.2f}×\n")
    print("Recall and speaker accuracy by gold form:\n")
    print("| form | gold | recall ≥50% | speaker acc |")
    print("|---|---|---|---|")
    for key in sorted(k for k in ours if "." in k and not k.startswith("pattern:")):
        s = ours[key]
        print(f"| {key} | {s['gold']} | {_fmt(s['overlap'] / s['gold'])} | "
              f"{_fmt(s['speaker_ok'] / s['overlap']) if s['overlap'] else '-'} |")
    print("\nPrecision by bisumm pattern (Quote.pattern):\n")
    print("| pattern | found | precision ≥50% |")
    print("|---|---|---|")
    for key in sorted(k for k in ours if k.startswith("pattern:")):
        s = ours[key]
        print(f"| {key[8:]} | {s['found']} | {_fmt(s['correct'] / s['found'])} |")
    _seeds(rows)
    _heldout(misses="--misses" in sys.argv[1:])


def _real_news() -> None:
    """The real-news gold first (``bench/quotes_real.py``): frozen test part, then development part."""
    import quotes_real

    if not quotes_real.real_quotes.SHARED.exists():
        print("Real-news gold skipped: ../shared/data is missing.\n")
        return
    print("**Real news** (tests/data/quotes_real.jsonl), frozen test part (never tuned on):\n")
    print("\n".join(quotes_real.table("test")))
    print("\nBars (issue 14, measured outside the project on held-out news): direct F1 ≥ 0.85, speaker ≥ 0.85, "
          "Russian indirect recall ≥ 0.60, officials R ≥ 0.75 at P ≥ 0.85, «»-names ≤ 5 %.")
    print("\nDevelopment part:\n")
    print("\n".join(quotes_real.table("dev")))
    print("\nSecond batch (103 units annotated blind on 2026-12-07; its first run was on unseen text):\n")
    print("\n".join(quotes_real.table("dev2")))
    print("\nThird batch (142 units annotated blind while the round's rules were written, hidden from them; "
          "first runs on the rules before and after that round):\n")
    print("\n".join(quotes_real.table("dev3")))
    print("\n**Synthetic gold** (regression tests: written for bisumm, so it holds the patterns the rules know).\n")


def _seeds(rows: list[dict]) -> None:
    import bisumm

    print("\nSeed articles (every gold quotation, found and attributed?):\n")
    print("| seed | gold | found (≥50%) | speaker correct |")
    print("|---|---|---|---|")
    for row in rows:
        if not row["id"].startswith("seed:"):
            continue
        pairs = match(row["quotes"], bisumm.quotes(row["text"]), exact=False)
        ok = sum(speaker_match(g["speaker"], q.speaker) for g, q in pairs)
        print(f"| {row['id'][5:]} | {len(row['quotes'])} | {len(pairs)} | {ok} |")



def _breakdown(rows: list[dict], system, key) -> dict:
    """Per ``key(row, gold quote)``: gold, exact and ≥50 % hits, speaker and official correct."""
    stats: dict = defaultdict(lambda: defaultdict(int))
    for row in rows:
        found = system(row["text"])
        exact = {id(g) for g, _ in match(row["quotes"], found, exact=True)}
        hits = {id(g): q for g, q in match(row["quotes"], found, exact=False)}
        for g in row["quotes"]:
            s = stats[key(row, g)]
            s["gold"] += 1
            s["exact"] += id(g) in exact
            q = hits.get(id(g))
            if q is not None:
                s["overlap"] += 1
                s["speaker_ok"] += speaker_match(g["speaker"], q.speaker)
                s["official_ok"] += g["official"] == q.official
    return stats


def _breakdown_table(stats: dict, label: str) -> None:
    print(f"| {label} | gold | R exact | R ≥50% | speaker acc | official acc |")
    print("|---|---|---|---|---|---|")
    for k in sorted(stats):
        s = stats[k]
        matched = s["overlap"]
        acc = _fmt(s["speaker_ok"] / matched) if matched else "-"
        off = _fmt(s["official_ok"] / matched) if matched else "-"
        print(f"| {k} | {s['gold']} | {_fmt(s['exact'] / s['gold'])} | {_fmt(matched / s['gold'])} | {acc} | {off} |")


def _held_out_set(path: Path, title: str, misses: bool, ratio: bool = False, by_kind: bool = False) -> None:
    """One held-out set: the main table, then by construction (and kind), then its errors."""
    import bisumm

    rows = load(path)
    ours, base = evaluate(rows, bisumm.quotes), evaluate(rows, marks_only)
    n_neg = sum(1 for r in rows if not r["quotes"])
    print(f"\n## {title}\n\n{len(rows)} texts, {ours['ru']['gold']} Russian and {ours['ba']['gold']} "
          f"Bashkir quotations, {n_neg} negative texts ({path.relative_to(ROOT)}).\n")
    _table(ours, base)
    if ratio:
        fo_ours = prf(ours["all"]["overlap"], ours["all"]["found"], ours["all"]["gold"])[2]
        fo_base = prf(base["all"]["overlap"], base["all"]["found"], base["all"]["gold"])[2]
        print(f"\nF1 (≥50 %) ratio bisumm / marks-only on this set: {fo_ours / fo_base:.2f}×")
    print(f"\n{title} by construction:\n")
    _breakdown_table(_breakdown(rows, bisumm.quotes, lambda r, g: f'{r["lang"]}.{_form(g)}'), "lang.pattern")
    if by_kind:
        print(f"\n{title} by kind:\n")
        _breakdown_table(_breakdown(rows, bisumm.quotes, lambda r, g: f'{r["lang"]}.{g["kind"]}'), "lang.kind")
    if misses:
        _misses(rows, bisumm.quotes, title)


def _heldout(misses: bool = False) -> None:
    """Both held-out sets (the first guided fixes since it was written; the second is blind)."""
    _held_out_set(HELDOUT, "held-out 1 (written blind; its misses guided later fixes)", misses, ratio=True,
                  by_kind=True)
    _held_out_set(HELDOUT2, "second held-out (blind)", misses)


def _misses(rows: list[dict], system, label: str) -> None:
    """Every held-out error: missed spans, wrong speakers or official flags, false positives."""
    print(f"\n{label} errors:\n")
    for row in rows:
        found = system(row["text"])
        pairs = match(row["quotes"], found, exact=False)
        hit = {id(g): q for g, q in pairs}
        used = {id(q) for _, q in pairs}
        for g in row["quotes"]:
            q = hit.get(id(g))
            if q is None:
                print(f"- {row['id']} MISSED [{_form(g)}] {g['text'][:70]!r} ({g['speaker']})")
            elif not speaker_match(g["speaker"], q.speaker) or g["official"] != q.official:
                what = "SPEAKER" if not speaker_match(g["speaker"], q.speaker) else "OFFICIAL"
                print(f"- {row['id']} {what} [{_form(g)}] {g['text'][:50]!r}: expected "
                      f"{g['speaker']!r}/official={g['official']}, got {q.speaker!r}/official={q.official} "
                      f"({q.pattern})")
            elif (q.start, q.stop) != (g["start"], g["stop"]):
                print(f"- {row['id']} INEXACT [{_form(g)}] expected {g['text'][:60]!r}, got {q.text[:60]!r}")
        for q in found:
            if id(q) not in used:
                print(f"- {row['id']} FALSE [{q.pattern}] {q.text[:70]!r} ({q.speaker})")


if __name__ == "__main__":
    main()
