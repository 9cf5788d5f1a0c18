"""The RT and NG web articles in the summary benchmarks: sets, scoring, and the unfit-sentence checks.

RT summaries are long teasers (3-sentence summaries, against Lead-3); NG summaries are
one-line subtitles (1-sentence summaries, against Lead-1). Articles with an empty summary
are skipped. ``title=True`` passes the article's title to bisumm (it informs ranking only).

An *unfit* summary sentence is one a reader would not accept in a summary of a web page.
Each kind is one named check on the sentence's text (transparent, no model):

* ``glued_heading``: its first line has no final punctuation, no comma and at most 8 words,
  and the next line starts with a capital and is a full line (final punctuation or over 8
  words), not a cut-out link's text (``Нефть и золото⏎Турецкий торговец …``);
* ``heading_or_caption``: it has no final punctuation at all (a subheading, caption or credit);
* ``fragment``: it starts (after an optional dash) with a lower-case letter, or with a comma
  or closing mark (``, что …`` after a cut-out link, ``) является …``), or has fewer than 3 words;
* ``other_language``: more than half of its letters are Latin (an embedded English tweet);
* ``furniture``: page furniture — ``Также по теме``, ``Читайте также``, a photo credit
  (``©``, ``РИА Новости``, ``AFP``, ``Reuters`` alone), an embed's credit or dateline
  (``Публикация от …``, ``17 января 2017 г.``), a link, or page script.
"""

from __future__ import annotations

import re

from _common import read_web

#: sentences per summary and the lead baseline of each source
SETS = {"rt": 3, "ng": 1}

_FINAL = re.compile(r"[.!?…][»\"“”')\]]*\s*$|[»\"”]\s*$")
_WORDS = re.compile(r"\w+")
_FURNITURE = re.compile(
    r"также по теме|читайте также|подробнее по теме|©|\bhttps?://|\bwww\.|pic\.twitter|\bt\.co/|"
    r"jwplayer|function\s*\(|\bvar \w+\s*=|window\.|document\.|\{\s*$|^\s*\}|"
    r"^\s*(?:AFP|Reuters|ТАСС|РИА Новости|AP|Getty Images|globallookpress\.com|Global Look Press|"
    r"Sputnik|Фото|Видео)\s*$|^\d{1,2} [^\W\d_]+ \d{4} г\.$|публикация от ", re.I | re.M)


def web_rows(source: str, part: str, limit: int | None) -> list[dict]:
    """Articles of ``source`` in ``part`` with a non-empty summary and text (file order, first ``limit``)."""
    rows = read_web(source, part)
    rows = [r for r in rows if r.get("summary", "").strip() and r.get("text", "").strip()]
    return rows[:limit] if limit else rows


def glued_heading(text: str) -> bool:
    lines = text.split("\n")
    if len(lines) < 2:
        return False
    first, second = lines[0].strip(), lines[1].strip()
    full_line = bool(_FINAL.search(second)) or len(_WORDS.findall(second)) > 8  # not a cut-out link's text
    return (bool(first) and not _FINAL.search(first) and "," not in first
            and len(_WORDS.findall(first)) <= 8 and second[:1].isupper() and full_line)


def heading_or_caption(text: str) -> bool:
    return not _FINAL.search(text.strip())


def fragment(text: str) -> bool:
    body = text.strip()
    lead = body.lstrip("—–- ")
    return (lead[:1].islower() or body[:1] in ",;:)]}»”%" or len(_WORDS.findall(body)) < 3)


def other_language(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if "a" <= ch.lower() <= "z")
    return bool(letters) and latin > len(letters) / 2


def furniture(text: str) -> bool:
    return _FURNITURE.search(text) is not None


#: the named checks, in the order a sentence is attributed to the first that fires
CHECKS = {"glued_heading": glued_heading, "heading_or_caption": heading_or_caption, "fragment": fragment,
          "other_language": other_language, "furniture": furniture}


def unfit_kind(text: str) -> str | None:
    """The first check that ``text`` fails, or ``None`` for a fit sentence."""
    return next((name for name, check in CHECKS.items() if check(text)), None)


KEYS = ("rouge1", "rouge2", "rougeL")


def score_texts(rows: list[dict], texts: list[str], rouge) -> dict[str, list[float]]:
    """ROUGE F1 (× 100) per article of each summary text against the article's summary."""
    out: dict[str, list[float]] = {key: [] for key in KEYS}
    for row, text in zip(rows, texts):
        result = rouge.score(row["summary"], text)
        for key in KEYS:
            out[key].append(100.0 * result[key].fmeasure)
    return out


def bisumm_texts(summarizer, rows: list[dict], k: int, title: bool) -> list[str]:
    """bisumm's ``k``-sentence summary of each article (with its title when ``title``)."""
    extra = {}
    out = []
    for row in rows:
        if title:
            extra = {"title": row.get("title") or None}
        out.append(summarizer(row["text"], sentences=k, **extra).text)
    return out


def peer_texts(pick, rows: list[dict], k: int, rouge=None) -> list[str]:
    """A peer's ``k``-sentence summary of each article on razdel sentences (``pick=None``: the greedy oracle)."""
    from _common import oracle, razdel_sentences

    out = []
    for row in rows:
        sents = razdel_sentences(row["text"])
        chosen = oracle(sents, k, row["summary"], rouge) if pick is None else pick(sents, k)
        out.append(" ".join(sents[i] for i in sorted(chosen)))
    return out


def unfit_counts(summarizer, rows: list[dict], title: bool) -> tuple[int, dict[str, int], list[str]]:
    """Sentences of bisumm's ``length="long"`` summaries, the unfit ones by kind, and examples."""
    total, kinds, examples = 0, {name: 0 for name in CHECKS}, []
    for row in rows:
        extra = {"title": row.get("title") or None} if title else {}
        for s in summarizer(row["text"], length="long", **extra).sentences:
            total += 1
            kind = unfit_kind(s.text)
            if kind:
                kinds[kind] += 1
                examples.append(f"{kind}: {s.text[:90]!r}")
    return total, kinds, examples
