"""Quotations and their speakers: find them, attribute them, flag officials.

Quotes are found on blocks (paragraphs, or lines when a text puts one paragraph per line)
before sentences, since sentence splitting breaks quotes apart; then each quote is mapped to
the sentences it covers with :func:`quote_sentences`.

>>> q = quotes("«Ремонт завершим в срок», — заявил Глава Башкортостана Радий Хабиров.")[0]
>>> q.text, q.speaker, q.title, q.official, q.kind
('Ремонт завершим в срок', 'Радий Хабиров', 'Глава Башкортостана', True, 'direct')
>>> q = quotes("Радий Хабиров открыл форум. «Всё готово», — сказал он.")[0]
>>> q.speaker, q.mention
('Радий Хабиров', 'он')
>>> [q.speaker for q in quotes("— Быйыл 40 мәктәп төҙөләсәк, — тине Башҡортостан Башлығы Радий Хәбиров.")]
['Радий Хәбиров']
>>> quotes("")
[]
"""

from __future__ import annotations

import re

from ..document import Document
from ..marks import OPENERS
from ..lang import get_language
from ..types import Quote, Sentence
from .authors import with_verb_gender
from .clauses import is_initial
from .dialogue import interview_questions
from .direct import direct_quotes
from .echoes import copy_speaker, echoed_speakers, teaser_speaker
from .embeds import embedded_posts
from .block_roles import join_roles
from .speakers import Speakers
from .grammar import QuoteGrammar
from .params import CONFIDENCE
from ..entities.blocks import BlockSpan, split_blocks
from .records import Block, Cand, Groups
from ..entities import Entities, entities_of_blocks
from ..entities.mentions import Mention, find_mentions, first_mention, subject_mention

__all__ = ["quotes", "quote_sentences", "official_quotes"]

#: the interviewee named at most this many characters into the last sentence before the turns
LEAD_SUBJECT_REACH = 40
#: a text longer than this is read in sections of whole blocks at most this long, each with its own
#: entities, so quotes stay linear on huge input; every real article stays whole (the longest of
#: ../shared's RT, NG, Gazeta and Bashkir news is 45,721 characters)
SECTION_CHARS = 60_000


def quotes(text: str | Document, lang: str = "auto") -> list[Quote]:
    """Direct and indirect quotations of ``text``, in text order (see :class:`~bisumm.types.Quote`)."""
    doc = text if isinstance(text, Document) else Document.from_text(text, lang)
    source = doc.text
    if not source.strip():
        return []
    own = lang == "auto" and not doc.forced or doc.forced and lang == doc.lang
    if len(source) <= SECTION_CHARS:
        # the document's own blocks and mentions (computed once per document)
        return _quotes_of(source, doc.entities if own else entities_of_blocks(source, split_blocks(doc, lang)))
    blocks = split_blocks(doc, (doc.lang if doc.forced else "auto") if own else lang)
    return [q for section in _sections(blocks) for q in _quotes_of(source, entities_of_blocks(source, section))]


def _sections(blocks: list[BlockSpan], size: int | None = None) -> list[list[BlockSpan]]:
    """Runs of whole blocks, each spanning at most ``size`` characters (:data:`SECTION_CHARS`; a longer
    block alone), so that every lookup for a speaker stays within one section of a huge text.

    >>> [len(s) for s in _sections([BlockSpan(0, 40, "ru"), BlockSpan(42, 90, "ru"), BlockSpan(92, 99, "ru")], 60)]
    [1, 2]
    """
    size = SECTION_CHARS if size is None else size
    out: list[list[BlockSpan]] = []
    for block in blocks:
        if out and block.stop - out[-1][0].start <= size:
            out[-1].append(block)
        else:
            out.append([block])
    return out


def _quotes_of(source: str, found: Entities) -> list[Quote]:
    """The quotes of the blocks ``found`` was built on, their speakers resolved through it."""
    blocks = list(found.blocks)
    registry = Speakers(found, source)
    cands: list[Cand] = []
    groups = Groups()
    posts = embedded_posts(source, blocks)
    in_post = {k for post in posts for k in post.blocks}
    cands.extend(Cand(p.start, p.stop, "embed", p.blocks[0], attributed=True, end=p.stop,
                      mention=Mention(p.name_start, p.name_start + len(p.name), "org", p.name, None, surface=p.name))
                 for p in posts if _grammar(blocks[p.blocks[0]][2]) is not None)
    for index, (bs, be, blang) in enumerate(blocks):
        grammar = _grammar(blang)
        if grammar is None or index in in_post:
            continue  # a language without quote rules has no quotes (never another language's rules)
        block = Block(source, bs, be, index, grammar, groups)
        found_here = direct_quotes(block)
        found_here += _indirect(block, found_here)
        cands.extend(found_here)
    cands.sort(key=lambda c: c.start)
    registry.quoted = [(c.start, c.stop) for c in cands if c.kind == "direct"]
    for cand in cands:
        _resolve(cand, registry, _grammar(blocks[cand.block][2]))
    _inherit(source, cands, blocks, registry)
    asked = interview_questions(cands, blocks)
    for cand in cands:
        if not cand.speaker and cand.kind == "direct" and not cand.attributed and not cand.passive:
            teaser_speaker(source, cand, registry, _grammar(blocks[cand.block][2]))
    echoed_speakers(source, cands)
    return [_to_quote(source, c, blocks[c.block][2]) for c in cands if _keep(c) and id(c) not in asked]


def _grammar(code: str) -> QuoteGrammar | None:
    return get_language(code).quote_grammar


def _indirect(block: Block, direct: list[Cand]) -> list[Cand]:
    text, g, claims = block.text, block.grammar, block.claims
    out = []
    for raw in g.indirect(text, block.start, block.stop):
        # «…», — сказал X, добавив, что П: the author words end at the converb's report, claimed or not
        after_quote = raw.by_converb and not any(c.start <= raw.start < c.stop for c in direct + out)
        author_claimed = claims.hit(raw.author_start) and claims.hit(max(raw.author_start, raw.author_stop - 1))
        if not after_quote and (claims.hit(raw.start) and text[raw.start] not in OPENERS or
                                author_claimed and text[raw.author_start] not in OPENERS):
            continue  # (a clause may open with a quoted fragment: считает, что «старые элиты …» …; a second
            #           report may share its subject with the first: X объяснила, что П1, заявила, что П2;
            #           a medium's name in marks is claimed as a name, not as author words: П, сообщает «Интерфакс»)
        owner = next((c for c in direct if c.stop <= raw.author_stop < c.end), None) if raw.by_converb else None
        mention = owner.mention if owner is not None and owner.mention is not None else \
            with_verb_gender(text, g.words_reported_of(text, raw.author_start, raw.author_stop) or
                             subject_mention(text, raw.author_start, raw.author_stop, g,
                                             last=raw.author_stop <= raw.start) or
                             g.speaker_before_marker(text, raw.author_start, raw.author_stop), g)
        if mention is None and not raw.speakerless:
            continue
        claims.add(min(raw.author_start, raw.start), max(raw.stop, raw.author_stop))
        out.append(Cand(raw.start, raw.stop, raw.pattern.split(".", 1)[1], block.index, kind="indirect",
                        mention=mention, attributed=True, passive=mention is None, end=raw.stop))
    return out


def _resolve(cand: Cand, registry: Speakers, g: QuoteGrammar | None) -> None:
    """Mention → speaker, title, official flag and confidence."""
    m = cand.mention
    if m is None:
        cand.confidence = CONFIDENCE.passive if cand.passive else CONFIDENCE.unattributed
        return
    speaker, title, conf, official = registry.speaker_of(m, g)
    if speaker is None and m.kind == "surname":  # no person of the text: as if no author words named anyone
        cand.mention, cand.attributed = None, False
        cand.confidence = CONFIDENCE.unattributed
        return
    cand.speaker, cand.title, cand.official = speaker, title, official
    cand.confidence = conf * (CONFIDENCE.indirect_factor if cand.kind == "indirect" else 1.0)


def _inherit(text: str, cands: list[Cand], blocks: list[BlockSpan], registry: Speakers) -> None:
    """Unattributed quotes: multi-paragraph chains, follow-ons and interview answers."""
    cands.sort(key=lambda c: c.start)
    _chains(text, cands, blocks)
    prev: Cand | None = None
    for c in cands:
        if c.kind == "direct" and not c.attributed and not c.passive:
            if prev is not None and prev.speaker and _adjacent(text, prev, c, blocks):
                copy_speaker(prev, c, CONFIDENCE.inherited)
                c.pattern = "inherited"
            elif c.question and c.dialogue:
                pass
            elif c.at_block_start:
                _lead_subject(text, c, blocks, registry)
            if not c.speaker and not c.dialogue and not _has_author_words(text, c, _grammar(blocks[c.block][2])):
                _previous_sentence(text, c, blocks, registry)
        if c.kind == "direct":
            prev = c
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
        grammar = _grammar(blocks[index][2])
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
    grammar = _grammar(lang)
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
    grammar = _grammar(lang)
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


def _keep(c: Cand) -> bool:
    if c.stop <= c.start:
        return False
    if c.dialogue and not c.attributed and not c.speaker and not c.question:
        return c.pattern == "dialogue" and c.group >= 0
    return True


def _to_quote(text: str, c: Cand, lang: str) -> Quote:
    m = c.mention
    span = (m.start, m.stop) if m is not None and c.speaker else (None, None)
    return Quote(c.start, c.stop, text[c.start:c.stop], speaker=_unhyphenated(c.speaker), speaker_start=span[0],
                 speaker_stop=span[1], title=_unhyphenated(c.title), official=c.official, kind=c.kind,
                 confidence=round(c.confidence, 2), lang=lang, pattern=f"{lang}.{c.pattern}",
                 mention=text[span[0]:span[1]] if span[0] is not None else None)


def _unhyphenated(name: str | None) -> str | None:
    """A speaker or title without the soft hyphens of the page layout (``уҡы\xadтыусы``); ``None`` for empty."""
    return name.replace("\xad", "") or None if name else None


def quote_sentences(doc: Document, quote: Quote) -> list[Sentence]:
    """The sentences of ``doc`` that a quote overlaps (quotes often span several)."""
    return [s for s in doc.sentences if s.start < quote.stop and quote.start < s.stop]


def official_quotes(text: str | Document, limit: int = 3, lang: str = "auto") -> list[Quote]:
    """The best quotes from officials: official first, then confidence, then length; text order."""
    found = [q for q in quotes(text, lang) if q.official and q.speaker]
    best = sorted(found, key=lambda q: (-q.confidence, -(q.stop - q.start), q.start))[:max(0, limit)]
    return sorted(best, key=lambda q: q.start)
