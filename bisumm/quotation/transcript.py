"""Transcript turns with no quote marks: ``Иван Петров: П.`` (a round table or an interview printed as a
script), for a sentence-bound grammar (shuffled paragraphs: the turn's first sentence is all that is surely
the speaker's).

>>> from bisumm.lang import get_language
>>> from bisumm.quotation.records import Block, Groups
>>> t = "Ауылда ҡар яуҙы. Иван Петров: Беҙ быйыл ике мәктәп төҙөйбөҙ. Юл һалына."
>>> [(t[c.start:c.stop], c.mention.name) for c in transcript_turns(Block(t, 0, len(t), 0, get_language("ba").quote_grammar, Groups()))]
[('Беҙ быйыл ике мәктәп төҙөйбөҙ', 'Иван Петров')]
"""

from __future__ import annotations

import re

from ..entities.mentions import Mention, first_mention
from ..marks import sentence_breaks
from .clauses import sentence_end, trim_end
from .records import Block, Cand

__all__ = ["transcript_turns"]

#: a sentence opened by one to four capitalised words and a colon, then words (not a quote mark: ``X: «П»``
#: is read by the marked rules)
_TURN = re.compile(r"((?:[^\W\d_][\w.-]*\s+){0,3}[^\W\d_][\w-]*):[ \t]+(?=[^\W\d_])")


_INITIAL = re.compile(r"[^\W\d_]\.")


def _capitals_name(words: list[str], start: int, stop: int) -> Mention | None:
    """``Иҙрис НОҒОМАНОВ``, ``Ф. ТУЙСИНА``: a capitalised word or an initial and a surname in capitals (a
    newspaper's way of printing who speaks in a transcript), the surname in its usual case."""
    if len(words) != 2 or not (words[1].isupper() and len(words[1]) > 2) or \
            not (_INITIAL.fullmatch(words[0]) or words[0].istitle() and len(words[0]) > 2):
        return None
    name = f"{words[0]} {words[1].capitalize()}"
    return Mention(start, stop, "name", name, None, surface=name)


def transcript_turns(block: Block) -> list[Cand]:
    """``X: П.`` at a sentence start, X a person's name in its base form (one word only if a known first name):
    П to the end of its sentence."""
    text, g = block.text, block.grammar
    if not g.sentence_bound:
        return []
    out = []
    for s in [block.start] + [m.end() for m in sentence_breaks(text, block.start, block.stop)]:
        m = _TURN.match(text, s, block.stop)
        if m is None or not m.group(1)[:1].isupper() or block.claims.hit(s):
            continue
        words = m.group(1).split()
        if len(words) == 1:  # ``Илнур:`` a known first name alone; not ``Припев:`` (a song's refrain), ``Мин:``
            if not g.is_first_name(words[0]):
                continue
            name = Mention(s, m.end(1), "name", words[0], None, surface=words[0])
        else:
            name = first_mention(text, s, m.end(1), g) or _capitals_name(words, s, m.end(1))
        if name is None or name.kind != "name" or name.start != s or name.stop != m.end(1) or not name.in_base_form:
            continue
        start = m.end()
        stop = trim_end(text, start, sentence_end(text, start, block.stop))
        if stop <= start or block.claims.hit(start):
            continue
        block.claims.add(s, stop)
        out.append(Cand(start, stop, "colon", block.index, mention=name, attributed=True, end=stop,
                        group=block.groups.new()))
    return out
