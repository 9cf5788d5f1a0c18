"""Direct quotations in one block: quote marks, dialogue dashes and unmarked ``…, — сказал X``.

Each finder reads a :class:`~bisumm.quotation.records.Block` and returns
:class:`~bisumm.quotation.records.Cand` records (content span + speaker mention, if any); the
author's words are read by :mod:`.authors` after the quote (``«П», — а``), before it
(``А: «П»``) or inside it (``«П, — а, — п»``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from .authors import DASHES, author_after, author_before, read_author, words_of
from .clauses import (BREAK, CLAUSE_LOOKBACK, clause_begin, last_non_space, listed, opened_after_colon, opens_sentence, sentence_end,
                      skip_space, trim_end)
from .dialogue import dialogue_turns
from ..marks import Pair, pair_marks, pair_sentence_marks, sentence_breaks
from .mark_names import GLUED_CLOSER, cited_word, glued_names, name_before_case_ending
from .records import AuthorWords, Block, Cand
from .transcript import transcript_turns
from .unmarked import unmarked_quotes
from ..entities.mentions import Mention, first_mention
from ..entities.titles import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import QuoteGrammar

__all__ = ["direct_quotes"]

_INSIDE_END = re.compile(r"[.,]\s*[—–-]\s+")


def direct_quotes(block: Block) -> list[Cand]:
    """Every direct quotation of the block."""
    out: list[Cand] = []
    bound = block.grammar.sentence_bound
    marks = (pair_sentence_marks if bound else pair_marks)(block.text, block.start, block.stop)
    if bound:
        marks = glued_names(block.text, marks)
    for pair in marks.pairs:
        out.extend(_marked(block, pair))
    strays = [c for stray in marks.strays if not block.claims.hit(stray) for c in _stray(block, stray)]
    if bound:
        out = [c for c in out if not any(o.start <= c.start and c.stop < o.stop for o in strays)]
    out += strays
    #     (X: “Башҡортостан” — минең гәзит!”: a name in marks inside the words a stray closer ends)
    out.extend(transcript_turns(block))
    turns = dialogue_turns(block)
    out = [c for c in out if not any(t.start <= c.start and c.stop <= t.stop for t in turns)]  # — …: «П».
    out.extend(turns)
    out.extend(unmarked_quotes(block, out))
    return [part for c in out for part in _around_notes(block.text, c)]


#: an editor's note inside quoted words: ``(Движение новых сил. — RT)``, ``(спирт. – «НВО»)``, ``(… — Ред.)``
_EDITOR_NOTE = re.compile(r"\s*\([^()]{1,160}?[.,]?\s*[—–-]\s*(?:«[^«»()]{1,20}»|[A-ZА-ЯЁ][\w.\-]{0,15})\s*\)")


def _around_notes(text: str, cand: Cand) -> list[Cand]:
    """The quoted words on either side of an editor's note (the note is the outlet's, not the speaker's)."""
    parts, pos = [], cand.start
    for m in _EDITOR_NOTE.finditer(text, cand.start, cand.stop):
        parts.append((pos, m.start()))
        pos = m.end()
    if not parts:
        return [cand]
    parts.append((pos, cand.stop))
    out = []
    for a, b in parts:
        while a < b and not text[a].isalnum() and text[a] not in "«\"„“":
            a += 1  # the note's closing ``).`` before the next words
        b = trim_end(text, a, b)
        if words_of(text, a, b):
            out.append(replace(cand, start=a, stop=b))
    return out


class _Inside(NamedTuple):
    """``«П, — а, — п»``: the two parts of the quote and the speaker named between them."""

    first: tuple[int, int]
    second: tuple[int, int]
    mention: Mention | None


def _marked(block: Block, pair: Pair) -> list[Cand]:
    text, bs, be, g = block.text, block.start, block.stop, block.grammar
    s, e = pair.inner_start, pair.inner_stop
    if not pair.closed and g.sentence_bound:
        if pair.open != bs:  # «…¶«…¶«…»: a paragraph of a long quote
            e = sentence_end(text, s, e)
            pair = replace(pair, inner_stop=e)
        pair = name_before_case_ending(text, pair, sentence_end(text, s, e))  # "Хөкүмәт сәғәте"нә …
        s, e = pair.inner_start, pair.inner_stop
    split = _split_claims(block, pair) if g.sentence_bound and pair.closed and pair.open != bs else None
    for a, b in split or [(pair.open, pair.end)]:
        block.claims.add(a, b)
    if e <= s or g.sentence_bound and pair.closed and GLUED_CLOSER.match(text, pair.close):
        return []  # «Йәшлек-шоу»ҙа, "Ашҡаҙар"радиоһы: a case ending or a noun glued to the closing mark, a name
    gid = block.groups.new()
    inside = _inside(text, s, e, block, not pair.closed)
    after = author_after(text, pair.end, be, g) if pair.closed else None
    before = author_before(text, pair.open, bs, g)
    if g.cites_single_words and cited_word(text, s, e):
        if after is not None:
            block.claims.add(pair.end, after.stop)  # (its ``тип …`` closes no unmarked words either)
        return []  # "пап", "мам", тип өндәшеүе: a word cited, not words said
    base = dict(block=block.index, at_block_start=pair.open == bs, unclosed=not pair.closed, group=gid)
    if inside:
        named = inside.mention is not None
        second = inside.second
        if not pair.closed and g.sentence_bound:  # «П1, — а, — П2. (shuffled sentences, no closing mark)
            second = (second[0], sentence_end(text, second[0], second[1]))
        return [Cand(*part, "inside", mention=inside.mention, attributed=named, end=pair.end, **base)  # type: ignore[arg-type]
                for part in (inside.first, second)]
    cand = Cand(s, e, "marked", end=pair.end, **base)  # type: ignore[arg-type]
    use_after = after is not None and after.attributes and not g.quoting_after(text, pair.end, be) and \
        not (after.rule == "tip" and g.naming_after(text, pair.end, be)) and \
        not (before and text[after.start:after.start + 2].lower() in ("и ", "а ")) and \
        not (_by_manner_verb(text, after, g) and not opens_sentence(text, pair.open, bs))
    if after is not None and use_after:
        cand.mention, cand.pattern, cand.passive = after.mention, after.rule, after.passive
        cand.attributed, cand.end = True, after.stop
        block.claims.add(pair.end, after.stop)
        if g.sentence_bound and cand.stop - 1 > cand.start and text[cand.stop - 1] == ",":
            cand.stop -= 1  # “П,” – тип яҙа X: the comma before the author's words is the author's
    elif listed(text, pair):
        return []  # разделы: «подготовка к отцовству», «ценные советы молодым папам»: names in a list
    elif before is not None:
        cand.mention, cand.pattern = before.mention, before.rule
        cand.attributed = True
    elif after is not None and after.rule == "tip" and after.mention is None and not g.naming_after(text, pair.end, be) \
            and (subject := g.subject_before(text, clause_begin(text, pair.open, bs), pair.open)):
        cand.mention, cand.pattern, cand.attributed, cand.end = subject, "tip", True, after.stop  # X «…» тип әйтте
        block.claims.add(pair.end, after.stop)
    elif (verb := _verb_before(block, pair)) is not None:
        cand.mention, cand.pattern, cand.attributed = verb, "fragment", True  # X пообещал «…»
    elif g.quoting_after(text, pair.end, be):
        cand.pattern = "quoted"  # «…» тигән фекер: words presented as a saying or an opinion, no speaker
        holder = g.holder_before(text, bs, pair.open)
        if holder is not None:  # X-тың «…» тигән фекере: X's opinion
            cand.mention, cand.attributed = holder, True
    elif _dash_quotative(text, pair.end, be, g) or \
            len(words_of(text, s, e)) > 1 and _converb_report(text, pair.end, be, g):
        pass  # «Ура!» – тип ҡылыс болғайбыҙ: a short cry, still words said (no speaker read)
    elif not _speech_like(block, pair):
        if _subject_name(block, pair):
            block.claims.remove(pair.open, pair.end)  # «Коммерсантъ» пишет, что …: the indirect rules read it
        return []
    if g.sentence_bound and pair.closed and pair.open != bs:
        return _first_and_last(block, cand)
    return [cand]


_DASH_AFTER = re.compile(r"\s*,?\s*[—–-]\s*([^\W\d_]+)")


def _dash_quotative(text: str, pos: int, stop: int, g: QuoteGrammar) -> bool:
    """A dash and a quotative right after the closing mark (``«Көрәш бар!» — тип яуаплаған``): the marks hold
    words said, however short (a name is never followed so)."""
    m = _DASH_AFTER.match(text, pos, stop)
    return m is not None and m.group(1).lower() in g.quotatives and not g.naming_after(text, pos, stop)


_CONVERB_AFTER = re.compile(r"\s*,?\s*([^\W\d_]+)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def _converb_report(text: str, pos: int, stop: int, g: QuoteGrammar) -> bool:
    """A quotative converb and a finite reporting verb not in the first or second person right after the
    closing mark (``"…" тип зарлана``, ``«…» тип һораны``, nobody named): words said (of more than one word:
    ``"юҡ" тип әйтә алмаған`` names an answer)."""
    m = _CONVERB_AFTER.match(text, pos, stop)
    if m is None or not (g.is_converb(m.group(1)) and g.reports_speech(m.group(2)) and g.converb_verb(m.group(2))):
        return False
    verb = m.group(3) if m.group(3) and g.is_auxiliary(m.group(3)) else m.group(2)  # тип әйтә алам: "I can say"
    return not g.first_or_second_person(verb) and not g.is_passive(m.group(2)) and not g.naming_after(text, pos, stop)


def _split_claims(block: Block, pair: Pair) -> list[tuple[int, int]] | None:
    """The spans a quote over shuffled sentences claims: its first and last sentences (the pairs of
    the sentences between are read on their own), or ``None`` for a quote of one sentence."""
    text = block.text
    breaks = sentence_breaks(text, pair.inner_start, pair.inner_stop)
    return [(pair.open, breaks[0].end()), (breaks[-1].end(), pair.end)] if breaks else None


def _first_and_last(block: Block, cand: Cand) -> list[Cand]:
    """``«П1. П2. П3», — тине X`` in a shuffled paragraph: its first and last sentences are the quote
    (the sentences between may come from elsewhere), both X's; a quote of two sentences, with none
    between, stays whole (``«П1. П2», — ти X``)."""
    text = block.text
    breaks = sentence_breaks(text, cand.start, cand.stop)
    if len(breaks) < 2:
        return [cand]
    first_stop = breaks[0].start() + len(breaks[0].group().rstrip().rstrip("»\"”“"))
    first = replace(cand, stop=trim_end(text, cand.start, first_stop))
    return [first, replace(cand, start=breaks[-1].end())]


def _subject_name(block: Block, pair: Pair) -> bool:
    """A name in marks followed by a reporting verb: the subject of the author's words."""
    words = words_of(block.text, pair.end, min(block.stop, pair.end + 40))
    return bool(words) and not block.text[pair.end:words[0].start()].strip() and block.grammar.is_cue(words[0].group())


def _inside(text: str, s: int, e: int, block: Block, unclosed: bool = False) -> _Inside | None:
    """``«П, — а, — п»`` / ``«П, — а. — П»``: split at the author's words, if any (``unclosed``: the mark
    is never closed, ``«П, — а. …``)."""
    g = block.grammar
    for m in BREAK.finditer(text, s, e):
        words = words_of(text, m.end(), min(e, m.end() + 60))
        if not words or not g.opens_author(text, m.end(), min(e, m.end() + 60)) and \
                not (len(words) > 1 and g.is_cue(words[1].group())):
            continue
        end = _INSIDE_END.search(text, m.end(), e)
        a_stop, rest = (end.start(), end.end()) if end is not None else \
            (_closing_author(text, m.end(), e, unclosed and g.sentence_bound), e)
        if a_stop is None:
            return None
        found = read_author(text, m.end(), a_stop, [w for w in words if w.end() <= a_stop], g, True)
        stop1 = m.start(1) if m.group(1) == "," else m.end(1)
        return _Inside((s, stop1), (rest, e), found.mention if found else None)
    return None


def _closing_author(text: str, start: int, e: int, bound: bool = False) -> int | None:
    """``«П, — отмечают исследователи.`` with no closing mark: author words that end the marked span
    (their sentence is its last, or with ``bound`` any sentence: in shuffled paragraphs the sentences
    after them are no part of the quote), or ``None``."""
    stop = sentence_end(text, start, e)
    return stop if (bound or not text[stop:e].strip(" .!?…\n")) and stop - start <= 80 else None


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _verb_before(block: Block, pair: Pair) -> Mention | None:
    """``Порошенко пообещал «использовать всю волю»``: words in marks right after a reporting verb
    are its subject's (the subject found before the verb in its sentence)."""
    text, bs, g = block.text, block.start, block.grammar
    low = max(bs, pair.open - 30)
    m = _LAST_WORD.search(text, low, pair.open)
    inner = words_of(text, pair.inner_start, pair.inner_stop)
    if m is None or not g.is_cue(m.group(1)) or len(inner) < 3 or inner[0].group()[:1].isupper() and \
            text[pair.end:pair.end + 1] in (".", ""):
        return None  # передает «Пятый канал». — a medium named after its verb
    clause = clause_begin(text, m.start(1), bs)
    return first_mention(text, clause, m.start(1), g) or g.speaker_before_marker(text, clause, m.start(1))


def _by_manner_verb(text: str, after: AuthorWords, g: QuoteGrammar) -> bool:
    """The author words open with a verb that is no reporting verb (``— покажет время``)."""
    words = words_of(text, after.start, after.stop)
    return bool(words) and not g.is_cue(words[0].group()) and g.is_manner_verb(words[0].group())


_CODE = re.compile(r"://|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|[{}]|\brgba?\(")
#: a web page's markup pasted into the text (``<span lang="BA-RU" style="…">``): its quote marks delimit
#: attribute values, no words said
_MARKUP = re.compile(r"[<>]|=\"|\"\s+[\w:-]+=")


def _markup(text: str, start: int, stop: int) -> bool:
    """Markup in or right around ``text[start:stop]`` (the marks of an HTML attribute)."""
    return _MARKUP.search(text, max(0, start - 2), min(len(text), stop + 24)) is not None


def _speech_like(block: Block, pair: Pair) -> bool:
    """An unattributed «…»: a sentence-like quotation, not a name or a scare quote."""
    text, bs, opener = block.text, block.start, pair.open
    words = words_of(text, pair.inner_start, pair.inner_stop)
    cry = len(words) == 2 and block.grammar.cries_said and (
        text[pair.inner_stop - 1] in "!?…" or "," in text[words[0].end():words[1].start()]) and \
        opens_sentence(text, opener, bs)  # “Сәләм, туған!..”, «Әйҙә, ҡайтайыҡ» opening a sentence: a greeting, a cry
    if len(words) < 3 and not cry or all(w.group()[:1].isupper() or w.group().isdigit() for w in words):
        return False
    if _CODE.search(text, pair.inner_start, pair.inner_stop) or not re.search(r"\s", text[pair.inner_start:pair.inner_stop]) \
            or _markup(text, pair.inner_start, pair.inner_stop):
        return False  # a link, an escape or a code string (pages carry scripts), not somebody's words
    before = text[max(bs, opener - 40):opener]
    prev = re.findall(r"[\w-]+", before.lower())
    if prev and prev[-1].startswith(lexicon().naming_stems) and not re.search(r"[.!?…:]\s*$", before):
        return False  # в соцсети «…», but not «попали в сеть. «П»», «в публикации банка: «П»»
    g = block.grammar
    if g.naming_after(text, pair.end, block.stop) or g.is_title(text, pair.inner_start, pair.inner_stop):
        return False
    head = before.rstrip()
    if head[-1:] in DASHES and not _dash_opens(text, bs, len(head) + max(bs, opener - 40) - 1):
        return False  # a — «делегирование полномочий»: a name or a fragment the author's sentence equates
    return not head or head[-1] in ".!?…:—–-" or opener == bs


def _dash_opens(text: str, bs: int, dash: int) -> bool:
    """The dash before a quote opens its block or a sentence (``— «П»``), not a clause (``X — «Y»``)."""
    j = last_non_space(text, dash, bs)
    return j < bs or text[j] in ".!?…:" or text[j] == "»" and _sentence_quote_before(text, bs, j)


def _sentence_quote_before(text: str, bs: int, closer: int) -> bool:
    """The marks closed at ``closer`` open their sentence (``«П1» — «П2»``), not a name inside the author's
    sentence (``По каналу «Россия 1» – «Тайны следствия»``)."""
    opener = text.rfind("«", bs, closer)
    return opener >= 0 and opens_sentence(text, opener, bs)


def _stray(block: Block, stray: int) -> list[Cand]:
    """A closing mark with no opener: the clause before it, when author words follow (``…», — тине X``)
    or, for a sentence-bound grammar, when it closes a sentence-like quote (its opener was shuffled away)."""
    text = block.text
    if block.grammar.naming_after(text, stray + 1, block.stop):
        return []  # ``… инородцев" тип аталған ғариза``: the end of a name, its opener shuffled away
    after = author_after(text, stray + 1, block.stop, block.grammar)
    end = stray
    while end > block.start and text[end - 1] in ".!?…":
        end -= 1  # ``…ләғнәт!..»``: the clause is the one the final punctuation closes
    start = clause_begin(text, end, block.start)
    if not block.grammar.sentence_bound and _continued(text, block.start, stray):
        start = block.start  # «П1¶П2», — сказал X: the last paragraph of a quote opened above it
    while start < stray and text[start] in DASHES + " \"«“„":
        start += 1
    if block.claims.hit(start) or stray - start < 3 or _markup(text, start, stray):
        return []
    if not block.grammar.sentence_bound:
        start = _name_opening(text, block.start, start, stray)  # (the name's marks stay in the quote)
    else:
        start, mark = opened_after_colon(text, start, stray)
        before = author_before(text, mark, block.start, block.grammar) if mark is not None else None
        if before is not None and (after is None or not after.attributes):  # X: ”П”.
            block.claims.add(start, stray + 1)
            return [Cand(start, stray, before.rule, block.index, mention=before.mention, attributed=True,
                         end=stray + 1, group=block.groups.new())]
    said = after is not None and not block.grammar.quoting_after(text, stray + 1, block.stop)
    if said and not after.attributes and block.grammar.sentence_bound:  # ``…», — тине.``: its opener shuffled away
        block.claims.add(start, after.stop)
        return [Cand(start, stray, after.rule, block.index, end=after.stop, group=block.groups.new())]
    if not said or not after.attributes:
        if not (block.grammar.sentence_bound and _ends_sentence(block, stray) and
                len(words_of(text, start, stray)) >= _STRAY_WORDS):
            return []
        block.claims.add(start, stray + 1)
        return [Cand(start, stray, "marked", block.index, end=stray + 1, group=block.groups.new())]
    block.claims.add(start, after.stop)
    return [Cand(start, stray, after.rule, block.index, mention=after.mention, attributed=True,
                 passive=after.passive, end=after.stop, group=block.groups.new())]


#: a name in marks opening a sentence: ``«Спартак» — …``
_NAME_OPENING = re.compile(r"«[^«»]{1,40}»")
#: the most sentences a quote opened by a name in marks spans before its stray closer
_NAME_OPENING_SENTENCES = 6


def _name_opening(text: str, bs: int, start: int, stray: int) -> int:
    """``«Спартак» — сильнейший клуб. … Поздравляю», — сказал X``: a quote whose first word is a name
    in marks shares its opener with the name (``««Спартак» …»`` typed with one mark); it starts at the
    earliest of the last few sentences of the block opened by such a name, if the marks between it and
    ``stray`` pair up; else at ``start``."""
    if text.rfind("«", max(bs, start - CLAUSE_LOOKBACK * _NAME_OPENING_SENTENCES), stray) < 0:
        return start  # no opener within reach (»» × n): no sentence to walk back over
    pos, found = start, start
    for _ in range(_NAME_OPENING_SENTENCES):
        m = _NAME_OPENING.match(text, pos)
        if m is not None and opens_sentence(text, pos, bs) and \
                text.count("«", m.end(), stray) == text.count("»", m.end(), stray):
            found = pos
        j = last_non_space(text, pos, bs)
        prev = clause_begin(text, j, bs) if j > bs else pos
        if prev >= pos:
            break
        pos = prev
    return found


def _continued(text: str, start: int, stray: int) -> bool:
    """No mark opens in ``text[start:stray]`` and the last mark before ``start`` opened a quote."""
    return "«" not in text[start:stray] and text.rfind("«", 0, start) > text.rfind("»", 0, start)


#: the fewest words of a quote kept from a stray closer alone (a shorter one is a name's tail)
_STRAY_WORDS = 3


def _ends_sentence(block: Block, stray: int) -> bool:
    """The closer ends its sentence: ``….»``, ``…!»`` or ``…».`` before a new sentence or the block end."""
    text = block.text
    nxt = skip_space(text, stray + 1, block.stop)
    return text[stray - 1:stray] in (".", "!", "?", "…") or nxt >= block.stop or text[nxt] in ".!?…"
