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


from ..document import Document, Outline
from ..marks import OPENERS
from ..types import Quote, Sentence
from .authors import with_verb_gender
from .dialogue import interview_questions
from .inherit import grammar_of as _grammar, inherit_speakers
from .direct import direct_quotes
from .echoes import echoed_speakers, teaser_speaker
from .embeds import embedded_posts
from .speakers import Speakers
from .grammar import QuoteGrammar
from .params import CONFIDENCE
from ..entities.blocks import BlockSpan, split_blocks
from .records import Block, Cand, Groups
from ..entities import Entities, entities_of_blocks
from ..entities.mentions import Mention, subject_mention

__all__ = ["quotes", "quote_sentences", "official_quotes"]

#: a text longer than this is read in sections of whole blocks at most this long, each with its own
#: entities, so quotes stay linear on huge input; every real article stays whole (the longest of
#: ../shared's RT, NG, Gazeta and Bashkir news is 45,721 characters)
SECTION_CHARS = 60_000


def quotes(text: str | Document | Outline, lang: str = "auto") -> list[Quote]:
    """Direct and indirect quotations of ``text``, in text order (see :class:`~bisumm.types.Quote`)."""
    if lang == "auto" and isinstance(text, (str, Outline)):
        # no Document: a sentence is routed to a language only where a block's language needs it
        outline = text if isinstance(text, Outline) else Outline(text)
        return _quotes_by_section(outline.text, split_blocks(outline)) if outline.text.strip() else []
    doc = text if isinstance(text, Document) else \
        Document.from_text(text.text if isinstance(text, Outline) else text, lang)
    source = doc.text
    if not source.strip():
        return []
    own = lang == "auto" and not doc.forced or doc.forced and lang == doc.lang
    if len(source) <= SECTION_CHARS:
        # the document's own blocks and mentions (computed once per document)
        return _quotes_of(source, doc.entities if own else entities_of_blocks(source, split_blocks(doc, lang)))
    return _quotes_by_section(source, split_blocks(doc, (doc.lang if doc.forced else "auto") if own else lang))


def _quotes_by_section(source: str, blocks: list[BlockSpan]) -> list[Quote]:
    """The quotes of a long text, read section by section (see :func:`_sections`)."""
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
    inherit_speakers(source, cands, blocks, registry)
    asked = interview_questions(cands, blocks)
    for cand in cands:
        if not cand.speaker and cand.kind == "direct" and not cand.attributed and not cand.passive:
            teaser_speaker(source, cand, registry, _grammar(blocks[cand.block][2]))
    echoed_speakers(source, cands)
    return [_to_quote(source, c, blocks[c.block][2]) for c in cands if _keep(c) and id(c) not in asked]


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
