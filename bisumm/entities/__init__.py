"""The entity layer: who a text's mentions are, found once per document.

Mentions (people's names with titles, roles, pronouns, organisations) are found block by block
with each block's language grammar (:mod:`.mentions`), as spans of the text with ids (their
positions in :attr:`Entities.mentions`); the people they name are built by ordered, named passes
(:mod:`.resolve`). :attr:`bisumm.document.Document.entities` computes them once, lazily; quotes,
keywords and the ranker's back-reference cues read them from there.

>>> from bisumm.document import Document
>>> found = Document.from_text("«Работаем», — сказал министр Иван Петров. Он добавил, что всё готово.").entities
>>> [(m.kind, m.surface) for m in found.mentions]
[('name', 'министр Иван Петров'), ('pronoun', 'Он')]
>>> [(link.mention, link.rule) for link in found.links], found.entities[0].title
([(0, 'exact_name'), (1, 'pronoun')], 'министр')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import get_language
from .blocks import BlockSpan, split_blocks
from .mentions import Mention, find_mentions
from .resolve import PASSES, Entities, Entity, Link, resolve_mentions

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

__all__ = ["Mention", "Entity", "Link", "Entities", "PASSES", "BlockSpan", "find_entities", "entities_of_blocks",
           "split_blocks"]


def find_entities(doc: Document, lang: str = "auto") -> Entities:
    """Mentions and entities of a document (``lang`` forces the language its blocks are read in)."""
    return entities_of_blocks(doc.text, split_blocks(doc, lang))


def entities_of_blocks(text: str, blocks: list[BlockSpan]) -> Entities:
    """Mentions of each block (with its language's grammar; none without one), then the passes."""
    mentions: list[Mention] = []
    for block in blocks:
        grammar = get_language(block.lang).quote_grammar
        if grammar is not None:
            mentions.extend(m for m in find_mentions(text, block.start, block.stop, grammar)
                            if not _in_credit(text, m.start))
    return resolve_mentions(tuple(mentions), tuple(blocks))


def _in_credit(text: str, pos: int) -> bool:
    """``pos`` is on a photo credit line (``© Brian Snyder``): a name there is nobody of the story."""
    line = text.rfind("\n", 0, pos) + 1
    return text[line:pos].lstrip().startswith("©")
