"""Speakers a quote takes from its context when its own author words name nobody.

In order: a chain of quotes joined by reporting words shares one speaker; a quote next to the
previous one of the same speaker continues it (a dash turn opening the paragraph after another's is
the other party's reply: turns alternate); interview turns take the subject of the lead; a quote
whose sentence has no author words takes the subject of the sentence before it; the quotes of a
block that names one person (or opens with one speaker's header) are that person's.
"""

from __future__ import annotations

import re

from ..entities.blocks import BlockSpan
from ..entities.mentions import find_mentions, first_mention
from ..lang import get_language
from .block_roles import join_roles
from .clauses import is_initial
from .echoes import copy_speaker
from .grammar import QuoteGrammar
from .params import CONFIDENCE
from .records import Cand
from .speakers import Speakers

__all__ = ["inherit_speakers", "grammar_of"]

#: the interviewee named at most this many characters into the last sentence before the turns
LEAD_SUBJECT_REACH = 40


def grammar_of(code: str) -> QuoteGrammar | None:
    """The quote grammar of language ``code`` (``None``: a language without quote rules)."""
    return get_language(code).quote_grammar


def inherit_speakers(text: str, cands: list[Cand], blocks: list[BlockSpan], registry: Speakers) -> None:
    """Unattributed quotes: multi-paragraph chains, follow-ons and interview answers."""
    cands.sort(key=lambda c: c.start)
    _chains(text, cands, blocks)
    prev: Cand | None = None
    before: Cand | None = None  # the quote before ``prev``
    for c in cands:
        if c.kind == "direct" and not c.attributed and not c.passive:
            source = _turn_source(text, before, prev, c, blocks)
            if source is not None:
                copy_speaker(source, c, CONFIDENCE.inherited)
                c.pattern = "inherited"
            elif c.question and c.dialogue and not _introduced(text, c, blocks):
                pass  # the interviewer's question (… и спрашивает: ¶ — П? introduces its asker)
            elif c.at_block_start and not (prev is not None and prev.speaker and _reply(prev, c)):
                _lead_subject(text, c, blocks, registry)  # (never for the reply to a turn of a named speaker)
            if not c.speaker and not c.dialogue and not _has_author_words(text, c, grammar_of(blocks[c.block][2])):
                _previous_sentence(text, c, blocks, registry)
        if c.kind == "direct":
            before, prev = prev, c
    _block_speakers(text, cands, blocks, registry)


#: the farthest a dialogue turn is from the quote whose speaker it takes (keeps the work linear)
_BLOCK_SPEAKER_REACH = 1500


def _block_speakers(text: str, cands: list[Cand], blocks: list[BlockSpan], registry: Speakers) -> None:
    """Sentence-bound grammars (shuffled paragraphs): a dialogue turn left without a speaker takes the
    one named speaker every quote of its block attributed by name has (``— П.`` beside
    ``П, — тине Хәмитов``), unless somebody else's words are reported between them (a speech verb
    outside the quotes); a pronoun speaker of direct speech (``— тине ул``) takes the one speaker the
    block's direct quotes name, the order of the sentences telling nothing about whom ``ул`` follows. With no
    quote attributed by name, one attributed by a pronoun to the one person the block names serves."""
    by_block: dict[int, list[Cand]] = {}
    people = {e.name for e in registry.found.entities}
    for c in cands:
        by_block.setdefault(c.block, []).append(c)
    for index, group in by_block.items():
        grammar = grammar_of(blocks[index][2])
        if grammar is None or not grammar.sentence_bound:
            continue
        named = [c for c in group if c.speaker and not _by_pronoun(c)]
        if not named:
            only = registry.found.only_person_in(blocks[index][0], blocks[index][1])
            named = [c for c in group if only is not None and _by_pronoun(c) and c.speaker == only.name]
        if not named:
            _header_speaker(text, group, blocks[index], grammar, registry)
        source = _one_speaker(named)
        if source is not None:
            for c in group:
                if c.dialogue and not c.speaker and not c.passive and not c.question and \
                        not _reported_between(text, source, c, grammar):
                    copy_speaker(source, c, CONFIDENCE.block_speaker)
                    c.pattern = "inherited"
        source = _one_speaker([c for c in named if c.kind == "direct"])
        if source is not None:
            for c in group:
                if _by_pronoun(c) and c.kind == "direct" and c.speaker != source.speaker:  # «…», — тине ул
                    c.speaker, c.title, c.official = source.speaker, source.title, source.official
                    c.confidence = min(c.confidence, CONFIDENCE.block_speaker)
        join_roles(group, people, grammar, text, registry.roles_in(blocks[index][0], blocks[index][1]))


def _header_speaker(text: str, group: list[Cand], block: BlockSpan, grammar: QuoteGrammar, registry: Speakers) -> None:
    """A shuffled block with no speaker named by its quotes and one speaker's header (``Вил ИЛҺАМОВ, … рәйесе:``):
    its dialogue turns are that person's answer."""
    header = grammar.block_header(text, block[0], block[1])
    if header is None:
        return
    speaker, title, conf, official = registry.speaker_of(header, grammar)
    for c in group:
        if c.dialogue and not c.speaker and not c.passive and not c.question and speaker:
            c.speaker, c.title, c.official, c.mention = speaker, title, official, header
            c.confidence = min(conf, CONFIDENCE.block_speaker)
            c.pattern = "inherited"


def _one_speaker(named: list[Cand]) -> Cand | None:
    """The most confident of quotes that all name one capitalised speaker, or ``None``."""
    speakers = {c.speaker for c in named}
    if len(speakers) != 1 or not next(iter(speakers))[:1].isupper():  # type: ignore[index]
        return None
    return max(named, key=lambda c: c.confidence)


def _by_pronoun(c: Cand) -> bool:
    return c.mention is not None and c.mention.kind == "pronoun"


def _reported_between(text: str, a: Cand, b: Cand, grammar: QuoteGrammar) -> bool:
    """A speech verb in the author's text between two quotes (or they are too far apart to tell)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    start, stop = max(first.end, first.stop), second.start
    if stop - start > _BLOCK_SPEAKER_REACH:
        return True
    return any(grammar.reports_speech(w.group()) for w in grammar.language.word_pattern.finditer(text, start, stop))


def _chains(text: str, cands: list[Cand], blocks: list[BlockSpan]) -> None:
    """«…¶«…¶«…», — сказал X: one speaker for every paragraph of the quote."""
    by_block: dict[int, Cand] = {}
    for c in cands:
        if c.at_block_start and not c.dialogue and c.block not in by_block:
            by_block[c.block] = c
    chain: list[Cand] = []
    for b in sorted(by_block):
        c = by_block[b]
        if chain and chain[-1].block == b - 1 and chain[-1].unclosed:
            chain.append(c)
        else:
            _close_chain(chain)
            chain = [c]
    _close_chain(chain)


def _close_chain(chain: list[Cand]) -> None:
    if len(chain) < 2:
        return
    source = next((c for c in reversed(chain) if c.attributed), None)
    if source is None:
        return
    for c in chain:
        if not c.attributed:
            copy_speaker(source, c, CONFIDENCE.multipara)
            c.attributed = True
            c.pattern = "multipara"


def _turn_source(text: str, before: Cand | None, prev: Cand | None, c: Cand, blocks: list[BlockSpan]) -> Cand | None:
    """The quote whose speaker ``c`` continues: the adjacent previous one, except that a dash turn
    opening its paragraph right after another is the other party's reply (turns alternate), so it
    continues the turn before that one, or nobody."""
    if prev is None or not _adjacent(text, prev, c, blocks):
        return None
    if _reply(prev, c):
        if before is None or not _adjacent(text, before, prev, blocks) or not _reply(before, prev):
            return None
        prev = before
    elif c.question and c.dialogue:
        return None  # a question after a headline or narrative quote: the interviewer's
    return prev if prev.speaker else None


def _introduced(text: str, c: Cand, blocks: list[BlockSpan]) -> bool:
    """A turn opening the paragraph after a narrative one that ends with a colon (``… и спрашивает:``)."""
    return c.at_block_start and c.block > 0 and text[blocks[c.block - 1][1] - 1] == ":" and \
        text[blocks[c.block - 1][0]] not in "—–-"


def _reply(prev: Cand, c: Cand) -> bool:
    """``c`` is a dash turn opening the paragraph after ``prev``'s, itself a dash turn."""
    return c.dialogue and prev.dialogue and c.at_block_start and prev.at_block_start and prev.block == c.block - 1


def _adjacent(text: str, prev: Cand, c: Cand, blocks: list[BlockSpan]) -> bool:
    """Nothing but punctuation between the previous quote's end and this one."""
    if prev.block == c.block:
        gap = text[prev.end:c.start]
    elif prev.block == c.block - 1 and c.at_block_start:
        gap = text[prev.end:blocks[prev.block][1]]
    else:
        return False
    return not re.search(r"\w", gap)


def _lead_subject(text: str, c: Cand, blocks: list[BlockSpan], registry: Speakers) -> None:
    """A turn with no author words: the subject of the narrative paragraph before the turns."""
    b = c.block - 1
    while b >= 0 and (text[blocks[b][0]] in "—–-" or text[blocks[b][1] - 1] in "?»"):
        b -= 1  # earlier turns, the outlet's questions (dash turns or plain lines) and quote headlines
    if b < 0 or not c.dialogue:
        return
    bs, be, lang = blocks[b]
    grammar = grammar_of(lang)
    if text[bs] in "—–-«\"" or grammar is None:
        return
    last = _last_sentence(text, bs, be)
    mention = first_mention(text, last, be, grammar)
    if mention is None or mention.start - last > LEAD_SUBJECT_REACH:
        return  # the subject opens the sentence (Двукратная олимпийская чемпионка Анфиса Резцова …)
    speaker, title, conf, official = registry.speaker_of(mention, grammar)
    if speaker:
        c.speaker, c.title, c.mention, c.official = speaker, title, mention, official
        c.confidence = min(conf, CONFIDENCE.lead_subject)


_QUOTATIVE_AFTER = re.compile(r"[\s»”“\"]*[,!?…]?\s*[—–-]?\s*([^\W\d_]+)")


def _has_author_words(text: str, c: Cand, g: QuoteGrammar | None) -> bool:
    """The quote is followed by its own author words (``П, — тип иҫләй әңгәмәсем.``, ``«П?» — тип һораным.``):
    whoever they name or leave unnamed, the sentence before does not name its speaker."""
    if any(ch.isalpha() for ch in text[c.stop:c.end]):
        return True
    m = _QUOTATIVE_AFTER.match(text, c.end)
    return g is not None and m is not None and m.group(1).lower() in g.quotatives


def _previous_sentence(text: str, c: Cand, blocks: list[BlockSpan], registry: Speakers) -> None:
    """``Об этом заявил X. «…»``, ``…, отмечает эксперт Дмитрий Суслов. ¶ «…»``: a quote with no author
    words takes the person named in the sentence just before it when that sentence reports speech."""
    bs, be, lang = blocks[c.block]
    opener = c.start
    while opener > bs and text[opener - 1] in "«\"“„ ":
        opener -= 1
    if opener > bs and text[opener - 1] not in ".!?…":
        return  # the quote does not open a sentence
    if opener == bs:
        if c.block == 0:
            return
        bs, be, lang = blocks[c.block - 1]
        if text[bs] in "—–-«\"" or text[be - 1] in "»\"”":
            return  # a dialogue turn or a quote paragraph before: no narrative sentence
    else:
        be = opener
    grammar = grammar_of(lang)
    if grammar is None:
        return
    last = _last_sentence(text, bs, be)
    cue = next((w for w in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[last:be]) if grammar.is_cue(w.group())), None)
    if cue is None:
        return
    verb = last + cue.start()
    mentions = [m for m in find_mentions(text, last, be, grammar)
                if m.kind in ("name", "org", "pronoun", "role") and grammar.can_be_subject(m)]  # (not an object)
    before = [m for m in mentions if m.stop <= verb]  # the subject stands next to its verb (он сообщил)
    mention = before[-1] if before else next((m for m in mentions if m.kind == "name"), mentions[0] if mentions else None)
    if mention is None:
        return
    speaker, title, conf, official = registry.speaker_of(mention, grammar)
    if speaker:
        c.speaker, c.title, c.mention, c.official = speaker, title, mention, official
        c.confidence = min(conf, CONFIDENCE.previous_sentence)
        c.pattern = "previous_sentence"


def _last_sentence(text: str, bs: int, be: int) -> int:
    j = be - 1
    while j > bs and text[j] in ".!?… ":
        j -= 1
    while j > bs:
        if text[j - 1] in ".!?…" and text[j].isspace() and not is_initial(text, j - 1):
            break
        j -= 1
    while j < be and text[j].isspace():
        j += 1
    return j
