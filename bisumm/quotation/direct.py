"""Direct quotations in one block: quote marks, dialogue dashes and unmarked ``…, — сказал X``.

Each finder returns :class:`Cand` records (content span + speaker mention, if any); the
attribution helpers read the author's words after the quote (``«П», — а``), before it
(``А: «П»``) or inside it (``«П, — а, — п»``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from typing import TYPE_CHECKING

from .clauses import clause_begin, sentence_end, skip_space
from .marks import pair_marks
from .speakers import WORD, Mention, first_mention
from .titles import NAMING_STEMS, OBJECT_PRONOUNS

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import QuoteGrammar

__all__ = ["Cand", "Claims", "direct_quotes", "author_after"]

_DASHES = "—–-"
_BREAK = re.compile(r"([,!?…])\s*[—–-]\s+")
_AUTHOR_END = re.compile(r",\s*[—–-]\s|[.!?…]\s+[—–-]\s")
#: the author's words after a quote are read this far at most (keeps the work linear)
AUTHOR_WINDOW = 240


@dataclass
class Cand:
    """A candidate quotation and what is known about its speaker."""

    start: int
    stop: int
    pattern: str
    block: int
    kind: str = "direct"
    mention: Mention | None = None
    attributed: bool = False
    passive: bool = False
    end: int = 0                    # end of the quote's author words (or closing mark)
    at_block_start: bool = False
    dialogue: bool = False
    question: bool = False
    unclosed: bool = False
    group: int = -1                 # parts of one quotation share a group
    speaker: str | None = None
    title: str | None = None
    official: bool = False
    confidence: float = 0.0
    extra: dict = field(default_factory=dict)


class Claims:
    """Disjoint claimed spans of a block, so later rules skip text already used."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.stops: list[int] = []

    def add(self, start: int, stop: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.stops.insert(i, stop)

    def hit(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] <= pos < self.stops[i]


def _words(text: str, start: int, stop: int) -> list[re.Match]:
    return list(WORD.finditer(text, start, stop))


def author_after(text: str, pos: int, stop: int, g: QuoteGrammar) -> tuple[int, int, Mention | None, str, bool] | None:
    """Author words after a quote: ``(start, stop, mention, pattern, passive)`` or ``None``."""
    i = skip_space(text, pos, stop)
    if i < stop and text[i] == ",":
        i = skip_space(text, i + 1, stop)
    dash = i < stop and text[i] in _DASHES
    if dash:
        i = skip_space(text, i + 1, stop)
    window = min(stop, i + AUTHOR_WINDOW)
    words = _words(text, i, window)
    if not words or (not dash and words[0].group().lower() not in g.quotatives):
        return None
    a_stop = sentence_end(text, i, window)
    brk = _AUTHOR_END.search(text, i, a_stop)
    if brk:
        a_stop = brk.start() if text[brk.start()] == "," else brk.start() + (text[brk.start()] != ".")
    words = [w for w in words if w.end() <= a_stop]
    if not words:
        return None
    return _read_author(text, i, a_stop, words, g, dash)


def _read_author(text: str, a_start: int, a_stop: int, words: list, g: QuoteGrammar,
                 dash: bool) -> tuple[int, int, Mention | None, str, bool] | None:
    verb = None
    for w in words[:3]:
        if g.is_cue(w.group()) and not g.is_converb(w.group()):
            verb = w
            break
    converb = g.is_converb(words[0].group())
    if converb:
        verb = next((w for w in words[1:6] if g.is_cue(w.group())), None)
        if verb is None:
            return None
        while words.index(verb) + 1 < len(words) and g.is_cue(words[words.index(verb) + 1].group()):
            verb = words[words.index(verb) + 1]  # хәбәр итте, һыҙыҡ өҫтөнә алды
    if verb is None:
        mention = first_mention(text, a_start, a_stop, g) if dash else None
        if mention is not None and mention.kind == "name" and mention.start == a_start and \
                not text[mention.stop:a_stop].strip(" .,!?…"):
            return a_start, a_stop, mention, "signature", False
        return None
    if g.is_passive(verb.group()):
        return a_start, a_stop, None, "tip", True
    mention = _subject_after(text, verb.end(), a_stop, g)
    if mention is None and verb.start() > a_start:
        mention = first_mention(text, a_start, verb.start(), g)
    if mention is None:
        mention = _generic(text, verb.end(), a_stop)
    pattern = "tip" if converb else g.after_rule
    if mention is not None and mention.kind == "org":
        pattern = "press"
    return a_start, a_stop, mention, pattern, False


def _subject_after(text: str, start: int, stop: int, g: QuoteGrammar) -> Mention | None:
    """The first mention after the verb, passing an object pronoun (``спросила его министр …``)."""
    mention = first_mention(text, start, stop, g)
    if mention is not None and mention.kind == "pronoun" and mention.surface.lower() in OBJECT_PRONOUNS:
        return first_mention(text, mention.stop, stop, g) or mention
    return mention


def _generic(text: str, start: int, stop: int) -> Mention | None:
    """The speaker words right after the verb when no title or name was recognised.

    A capitalised word is a surname (``— сказал Паслер``); a common noun with up to two
    complements that ends the clause is a role (``— спросила жительница Кугарчинского района``).
    """
    words = _words(text, start, stop)
    if not words or len(words) > 3 or len(words[0].group()) < 4:
        return None
    first = words[0]
    if first.group()[:1].isupper():
        if len(words) == 1 and not first.group().isupper():
            return Mention(first.start(), first.end(), "name", first.group(), None, surface=first.group())
        return None
    if text[words[-1].end():stop].strip(" .!?…"):
        return None
    return Mention(first.start(), words[-1].end(), "role", None, None, surface=text[first.start():words[-1].end()])


def author_before(text: str, opener: int, block_start: int, g: QuoteGrammar) -> tuple[Mention | None, str] | None:
    """``А: «П»``: the clause before a colon that precedes the opening mark."""
    j = opener - 1
    while j >= block_start and text[j].isspace():
        j -= 1
    if j < block_start or text[j] != ":":
        return None
    clause = clause_begin(text, j, block_start)
    mention = first_mention(text, clause, j, g)
    if mention is None:
        return None
    words = _words(text, clause, j)
    if mention.start == clause and mention.stop >= (words[-1].end() if words else j):
        return mention, "headline"
    if any(g.is_cue(w.group()) for w in words):
        return mention, "colon"
    return None


def direct_quotes(text: str, bs: int, be: int, block: int, g: QuoteGrammar, claims: Claims,
                  groups: list[int]) -> list[Cand]:
    """Every direct quotation of the block ``text[bs:be]``."""
    out: list[Cand] = []
    marks = pair_marks(text, bs, be)
    for pair in marks.pairs:
        out.extend(_marked(text, pair, bs, be, block, g, claims, groups))
    for stray in marks.strays:
        if not claims.hit(stray):
            out.extend(_stray(text, stray, bs, be, block, g, claims, groups))
    out.extend(_dialogue(text, bs, be, block, g, claims, groups))
    out.extend(_unmarked(text, bs, be, block, g, claims, groups))
    return out


def _new_group(groups: list[int]) -> int:
    groups[0] += 1
    return groups[0]


def _marked(text, pair, bs, be, block, g, claims, groups) -> list[Cand]:
    s, e = pair.inner_start, pair.inner_stop
    claims.add(pair.open, pair.end)
    if e <= s:
        return []
    gid = _new_group(groups)
    parts = _inside(text, s, e, g)
    after = author_after(text, pair.end, be, g) if pair.closed else None
    before = author_before(text, pair.open, bs, g)
    base = dict(block=block, at_block_start=pair.open == bs, unclosed=not pair.closed, group=gid)
    if parts:
        (s1, e1), (a_s, a_e, mention), (s2, e2) = parts
        return [Cand(s1, e1, "inside", mention=mention, attributed=mention is not None, end=pair.end, **base),
                Cand(s2, e2, "inside", mention=mention, attributed=mention is not None, end=pair.end, **base)]
    cand = Cand(s, e, "marked", end=pair.end, **base)
    use_after = after is not None and (after[2] is not None or after[4]) and \
        not (before and text[after[0]:after[0] + 2].lower() in ("и ", "а "))
    if use_after:
        a_s, a_e, cand.mention, cand.pattern, cand.passive = after
        cand.attributed, cand.end = True, a_e
        claims.add(pair.end, a_e)
    elif before is not None:
        cand.mention, cand.pattern = before
        cand.attributed = True
    elif after is not None and after[3] == "tip" and after[2] is None and \
            (subject := g.subject_before(text, clause_begin(text, pair.open, bs), pair.open)):
        cand.mention, cand.pattern, cand.attributed, cand.end = subject, "tip", True, after[1]  # X «…» тип әйтте
        claims.add(pair.end, after[1])
    elif not _speech_like(text, pair.open, s, e, bs, pair.end, be, g):
        return []
    return [cand]


def _inside(text: str, s: int, e: int, g: QuoteGrammar):
    """``«П, — а, — п»`` / ``«П, — а. — П»``: split at the author's words, if any."""
    for m in _BREAK.finditer(text, s, e):
        words = _words(text, m.end(), min(e, m.end() + 60))
        if not words or not any(g.is_cue(w.group()) for w in words[:2]):
            continue
        end = re.compile(r"[.,]\s*[—–-]\s+").search(text, m.end(), e)
        if end is None:
            return None
        found = _read_author(text, m.end(), end.start(), [w for w in words if w.end() <= end.start()], g, True)
        mention = found[2] if found else None
        stop1 = m.start(1) if m.group(1) == "," else m.end(1)
        return (s, stop1), (m.end(), end.start(), mention), (end.end(), e)
    return None


def _speech_like(text, opener, s, e, bs, end, be, g) -> bool:
    """An unattributed «…»: a sentence-like quotation, not a name or a scare quote."""
    words = _words(text, s, e)
    if len(words) < 3 or all(w.group()[:1].isupper() or w.group().isdigit() for w in words):
        return False
    before = text[max(bs, opener - 40):opener]
    prev = re.findall(r"[\w-]+", before.lower())
    if prev and prev[-1].startswith(NAMING_STEMS):
        return False
    if g.naming_after(text, end, be):
        return False
    head = before.rstrip()
    return not head or head[-1] in ".!?…:—–-" or opener == bs


def _stray(text, stray, bs, be, block, g, claims, groups) -> list[Cand]:
    after = author_after(text, stray + 1, be, g)
    if after is None or (after[2] is None and not after[4]):
        return []
    start = clause_begin(text, stray, bs)
    while start < stray and text[start] in _DASHES + " \"«“„":
        start += 1
    if claims.hit(start) or stray - start < 3:
        return []
    a_s, a_e, mention, pattern, passive = after
    claims.add(start, a_e)
    return [Cand(start, stray, pattern, block, mention=mention, attributed=True, passive=passive, end=a_e,
                 group=_new_group(groups))]


_DIALOGUE_START = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s\s))[—–-]\s+")


def _dialogue(text, bs, be, block, g, claims, groups) -> list[Cand]:
    out: list[Cand] = []
    for m in _DIALOGUE_START.finditer(text, bs, be):
        if claims.hit(m.start()) or (m.start() != bs and not _after_sentence(text, m.start(), bs)):
            continue
        out.extend(_utterance(text, m.start(), m.end(), bs, be, block, g, claims, groups))
    return out


def _after_sentence(text: str, pos: int, bs: int) -> bool:
    j = pos - 1
    while j >= bs and text[j].isspace():
        j -= 1
    return j >= bs and text[j] in ".!?…"


def _utterance(text, dash, s, bs, be, block, g, claims, groups) -> list[Cand]:
    """One dialogue turn: ``— П, — а. — П.`` (the turn ends at a new dash or the block end)."""
    gid = _new_group(groups)
    limit = _turn_end(text, s, be, g) if dash == bs else sentence_end(text, s, be)
    out: list[Cand] = []
    pos = s
    mention = None
    attributed = False
    end = limit
    while pos < limit:
        brk = _BREAK.search(text, pos, limit)
        words = _words(text, brk.end(), min(be, brk.end() + 60)) if brk else []
        if brk and words and g.is_cue(words[0].group()):
            found = author_after(text, brk.start(1) + 1, be, g)
            stop1 = brk.start(1) if brk.group(1) == "," else brk.end(1)
            out.append(Cand(pos, stop1, "dialogue", block, dialogue=True, group=gid))
            if found is not None:
                mention, attributed = found[2], found[2] is not None or found[4]
                end = found[1]
                claims.add(brk.start(), end)
                nxt = re.compile(r"\s*[.,]?\s*[—–-]\s+").match(text, end)
                if nxt and end < limit:
                    pos = nxt.end()
                    continue
            break
        out.append(Cand(pos, _trim_end(text, pos, limit), "dialogue", block, dialogue=True, group=gid))
        end = limit
        break
    out = [c for c in out if c.stop > c.start]
    for c in out:
        c.mention, c.attributed, c.end = mention, attributed, end
        c.at_block_start = dash == bs
        c.question = text[c.stop - 1:c.stop] == "?"
        claims.add(c.start, c.stop)
    return out


_NEW_TURN = re.compile(r"[.!?…]\s+[—–-]\s+")


def _turn_end(text: str, s: int, be: int, g: QuoteGrammar) -> int:
    """End of a dialogue turn: a sentence end followed by a dash that is not the author's."""
    for m in _NEW_TURN.finditer(text, s, be):
        words = _words(text, m.end(), min(be, m.end() + 40))
        if not words or not g.is_cue(words[0].group()):
            return m.start() + 1
    return be


def _trim_end(text: str, s: int, e: int) -> int:
    while e > s and (text[e - 1].isspace() or text[e - 1] == "."):
        e -= 1
        if text[e - 1:e] == ".":  # keep an ellipsis typed as dots
            break
    return e


@lru_cache(maxsize=16)
def _unmarked_pattern(closing: tuple[str, ...]) -> re.Pattern[str]:
    """``П, — сказал X`` / ``П! — …``, and ``П, тип …`` for a language whose quotatives close a quote unmarked."""
    after_comma = rf"|,\s+(?=(?:{'|'.join(map(re.escape, closing))})\b)" if closing else ""
    return re.compile(r"([,!?…])\s*[—–-]\s+" + after_comma)


def _unmarked(text, bs, be, block, g, claims, groups) -> list[Cand]:
    out = []
    for m in _unmarked_pattern(g.closing_quotatives).finditer(text, bs, be):
        if claims.hit(m.start()):
            continue
        words = _words(text, m.end(), min(be, m.end() + 60))
        if not words or not g.is_cue(words[0].group()):
            continue
        found = author_after(text, m.start(1) + 1 if m.group(1) else m.start() + 1, be, g)
        start = clause_begin(text, m.start(), bs)
        kind, subject = "direct", None
        if found is not None and found[2] is None and not found[4] and m.group(1) is None:
            subject = g.clause_subject(text, start, m.start())  # X …, тип иҫәпләй
        if subject is not None:
            found = (found[0], found[1], subject[0], "tip", False)
            start, kind = subject[1], "indirect"
        if found is None or (found[2] is None and not found[4]):
            continue
        if claims.hit(start) or m.start() - start < (4 if subject else 8):
            continue
        stop = m.start(1) if m.group(1) in (",", None) else m.end(1)
        if m.group(1) is None:
            stop = m.start()
        a_s, a_e, mention, pattern, passive = found
        claims.add(start, a_e)
        out.append(Cand(start, stop, g.unmarked_rule or pattern, block, kind=kind, mention=mention,
                        attributed=True, passive=passive, end=a_e, group=_new_group(groups)))
    return out
