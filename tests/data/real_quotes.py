"""The real-news quotation gold: units of ``../shared`` news, rebuilt at run time.

No corpus text is stored in the project: ``quotes_real_units.jsonl`` names each unit (its source,
article and character window) with a SHA-1 of its text, and ``quotes_real.jsonl`` holds the
annotations as offsets into the unit with the speaker's name and title. :func:`load` rebuilds the
texts from ``../shared/data`` and checks every hash, so a changed corpus fails loudly.

Units: Russian articles (Gazeta whole, Russia Today and Nezavisimaya Gazeta from the start of the
article up to about 2,600 characters, cut at a line end) and Bashkir paragraphs of the native news
corpus (chunks joined by one space). They were drawn by :func:`select` (a hash of the unit key,
articles with quotation cues first, some with «» only as negatives), annotated by readers who had
only ``docs/quotes-guideline.md`` and never the rules, and split in half by a hash: ``part="test"``
is frozen (no rule, weight or threshold is tuned on it).

A second batch (``part="dev2"``, drawn on 2026-12-07 by :func:`select_more` from articles and
paragraphs that hold no earlier unit) was annotated the same way; its first run is an estimate on
unseen text, like the frozen test part's, and after that it is a development part. A third batch
(``part="dev3"``, ``more dev3``) was drawn the same way at the start of the next round and first
scored on that round's final rules, so the round's gain on it is measured on text no rule saw.

Run ``python tests/data/real_quotes.py select`` to redraw the units (it rewrites the units file;
annotations would then have to be redone); ``more [dev2|dev3]`` appends a later batch, ``prepare FOLDER PART
LANG K/N`` writes the texts of the K-th of N shards of a part's unannotated units for an annotator,
and ``import FOLDER...`` turns annotators' answers into offsets.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
UNITS = HERE / "quotes_real_units.jsonl"
GOLD = HERE / "quotes_real.jsonl"

WINDOW = 2600
_CUE_RU = re.compile(r"«|—\s*(?:заявил|сказал|отметил|сообщил|подчеркнул|пояснил|добавил|рассказал)|"
                     r"по словам|заявил|сообщил|отметил|считает")
_CUE_BA = re.compile(r"\bтине\b|\bтип\b|һүҙҙәренсә|әйтеүенсә|билдәләне|әйтте|белдерҙе|ҡыуанды|һөйләне")
_MARK = re.compile(r"[«“„\"]")


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def part_of(key: str) -> str:
    """``"test"`` (frozen) for half of the units, by a hash of the unit key."""
    return "test" if int(digest("part:" + key)[:8], 16) % 2 == 0 else "dev"


def _rank(key: str) -> str:
    return digest("draw:" + key)


def _window(text: str, limit: int = WINDOW) -> int:
    """End of the last line that ends within ``limit`` characters (at least the first line)."""
    if len(text) <= limit:
        return len(text)
    cut = text.rfind("\n", 0, limit)
    return cut if cut > 0 else text.find("\n", limit) if "\n" in text[limit:] else len(text)


def _ru_articles(source: str):
    if source == "gazeta":
        with (SHARED / "ru" / "gazeta_dev.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                yield row["id"], row["text"]
    else:
        with gzip.open(SHARED / "ru" / f"{source}_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                yield row["id"], row["text"]


def _ba_paragraphs(source: str):
    with (SHARED / "ba" / f"news_{source}.jsonl").open(encoding="utf-8") as handle:
        for row_no, line in enumerate(handle):
            for para_no, chunks in enumerate(json.loads(line)["paragraphs"]):
                yield f"{row_no}.{para_no}", " ".join(chunks)


def unit_text(unit: dict) -> str:
    """The text of a unit, rebuilt from ``../shared`` (``KeyError`` if the article is gone)."""
    source = unit["source"]
    if unit["lang"] == "ru":
        texts = dict(_ru_articles(source))
        return texts[unit["id"]][unit["start"]:unit["stop"]]
    texts = dict(_ba_paragraphs(source))
    return texts[unit["id"]][unit["start"]:unit["stop"]]


def _candidates(lang: str, source: str):
    items = _ru_articles(source) if lang == "ru" else _ba_paragraphs(source)
    cue = _CUE_RU if lang == "ru" else _CUE_BA
    for ident, text in items:
        stop = _window(text)
        body = text[:stop]
        if lang == "ba" and not (300 <= len(body) <= WINDOW):
            continue
        kind = "cue" if cue.search(body) else "marks" if _MARK.search(body) else None
        if kind:
            yield {"unit": f"{lang}-{source}-{ident}", "lang": lang, "source": source, "id": ident,
                   "start": 0, "stop": stop, "kind": kind, "sha1": digest(body)}


#: how many units to draw per (language, source): (with cues, with quote marks only)
PLAN = {("ru", "gazeta"): (42, 3), ("ru", "rt"): (42, 3), ("ru", "ng"): (32, 3),
        ("ba", "bashgazet"): (80, 5), ("ba", "kiskeufa"): (60, 5), ("ba", "jeshlek"): (40, 5),
        ("ba", "gsrb"): (10, 5)}


def select() -> list[dict]:
    units = []
    for (lang, source), (n_cue, n_marks) in PLAN.items():
        found = sorted(_candidates(lang, source), key=lambda u: _rank(u["unit"]))
        units += [u for u in found if u["kind"] == "cue"][:n_cue]
        units += [u for u in found if u["kind"] == "marks"][:n_marks]
    for u in units:
        u["part"] = part_of(u["unit"])
    return units


#: the second batch (``part="dev2"``): (with cues, with quote marks only) per (language, source)
PLAN_MORE = {("ru", "gazeta"): (14, 0), ("ru", "rt"): (14, 1), ("ru", "ng"): (12, 1),
             ("ba", "bashgazet"): (20, 2), ("ba", "kiskeufa"): (16, 1), ("ba", "jeshlek"): (10, 1),
             ("ba", "gsrb"): (10, 1)}


def _article(unit: dict) -> tuple[str, str, str]:
    """The article a unit comes from (a Bashkir paragraph's article is its row)."""
    ident = unit["id"] if unit["lang"] == "ru" else unit["id"].split(".")[0]
    return unit["lang"], unit["source"], ident


#: the third batch (``part="dev3"``, drawn on 2026-12-07 at the start of a round and scored first
#: on that round's final rules, which never saw it)
PLAN_THIRD = {("ru", "gazeta"): (14, 0), ("ru", "rt"): (14, 1), ("ru", "ng"): (12, 1),
              ("ba", "bashgazet"): (34, 2), ("ba", "kiskeufa"): (28, 2), ("ba", "jeshlek"): (18, 2),
              ("ba", "gsrb"): (12, 2)}

#: each later batch: (its plan, the salt of its draw)
BATCHES = {"dev2": (PLAN_MORE, "draw2:"), "dev3": (PLAN_THIRD, "draw3:")}


def select_more(existing: list[dict], part: str = "dev2") -> list[dict]:
    """A later batch: units drawn with another hash from articles that hold no existing unit."""
    plan, salt = BATCHES[part]
    taken = {_article(u) for u in existing}
    units = []
    for (lang, source), (n_cue, n_marks) in plan.items():
        found = sorted((u for u in _candidates(lang, source) if _article(u) not in taken),
                       key=lambda u: digest(salt + u["unit"]))
        picked: list[dict] = []
        for kind, wanted in (("cue", n_cue), ("marks", n_marks)):
            articles: set = set()
            for u in found:
                if len([p for p in picked if p["kind"] == kind]) >= wanted:
                    break
                if u["kind"] == kind and _article(u) not in articles:
                    articles.add(_article(u))
                    picked.append(u)
        units += picked
    for u in units:
        u["part"] = part
    return units


def prepare(folder: str, part: str, lang: str, shard: str) -> int:
    """Write ``units.json`` (unit → text) of one shard (``K/N``) of a part's units for an annotator."""
    k, n = map(int, shard.split("/"))
    units = [u for u in load(part=part, lang=lang, annotated=False)]
    chosen = {u["unit"]: u["text"] for i, u in enumerate(units) if i % n == k}
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / "units.json").write_text(json.dumps(chosen, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(chosen)


def load(part: str | None = None, lang: str | None = None, annotated: bool = True) -> list[dict]:
    """Gold units with their rebuilt ``text`` and ``quotes`` (offsets into ``text``); with
    ``annotated=False``, every unit of the units file (``quotes`` empty where none are stored)."""
    units = [json.loads(line) for line in UNITS.open(encoding="utf-8")]
    gold = {row["unit"]: row["quotes"] for row in map(json.loads, GOLD.open(encoding="utf-8"))} \
        if GOLD.exists() else {}
    cache: dict[tuple[str, str], dict[str, str]] = {}
    out = []
    for unit in units:
        if (part and unit["part"] != part) or (lang and unit["lang"] != lang) or (annotated and unit["unit"] not in gold):
            continue
        key = (unit["lang"], unit["source"])
        if key not in cache:
            cache[key] = dict(_ru_articles(unit["source"]) if unit["lang"] == "ru" else _ba_paragraphs(unit["source"]))
        text = cache[key][unit["id"]][unit["start"]:unit["stop"]]
        if digest(text) != unit["sha1"]:
            raise ValueError(f"{unit['unit']}: the text in ../shared changed")
        out.append({**unit, "text": text, "quotes": gold.get(unit["unit"], [])})
    return out


def _locate(text: str, sub: str, occ: int) -> int:
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            raise ValueError(f"not in the unit: {sub[:60]!r} (occurrence {occ})")
    return pos


def import_answers(folders: list[str]) -> int:
    """Turn annotators' ``answers.jsonl`` (quoted substrings) into offsets and merge them into
    :data:`GOLD` (units answered here replace their stored rows; the others are kept)."""
    units = {u["unit"]: u for u in map(json.loads, UNITS.open(encoding="utf-8"))}
    texts: dict[str, str] = {}
    for folder in folders:
        texts.update(json.loads((Path(folder) / "units.json").read_text(encoding="utf-8")))
    rows = {row["unit"]: row["quotes"] for row in map(json.loads, GOLD.open(encoding="utf-8"))} \
        if GOLD.exists() else {}
    for folder in folders:
        for line in (Path(folder) / "answers.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            answer = json.loads(line)
            uid, text = answer["unit"], texts[answer["unit"]]
            assert digest(text) == units[uid]["sha1"], uid
            quotes = []
            for q in answer["quotes"]:
                start = _locate(text, q["text"], q.get("occ", 0))
                quotes.append({"start": start, "stop": start + len(q["text"]), "speaker": q.get("speaker"),
                               "title": q.get("title"), "official": bool(q.get("official")), "kind": q["kind"]})
            rows[uid] = sorted(quotes, key=lambda q: (q["start"], q["stop"]))
    order = [u for u in units if u in rows]
    GOLD.write_text("".join(json.dumps({"unit": u, "quotes": rows[u]}, ensure_ascii=False) + "\n" for u in order),
                    encoding="utf-8")
    return sum(len(v) for v in rows.values())


if __name__ == "__main__":
    if sys.argv[1:] == ["select"]:
        drawn = select()
        UNITS.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in drawn), encoding="utf-8")
        print(len(drawn), "units")
    elif sys.argv[1:2] == ["more"] and len(sys.argv) <= 3:
        known = [json.loads(line) for line in UNITS.open(encoding="utf-8")]
        drawn = select_more(known, *sys.argv[2:3])
        UNITS.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in known + drawn), encoding="utf-8")
        print(len(drawn), "units added")
    elif sys.argv[1:2] == ["prepare"] and len(sys.argv) == 6:
        print(prepare(*sys.argv[2:]), "units")
    elif sys.argv[1:2] == ["import"]:
        print(import_answers(sys.argv[2:]), "quotes")
    else:
        sys.exit("usage: python tests/data/real_quotes.py select | more [dev2|dev3] | prepare FOLDER PART LANG K/N | import FOLDER...")
