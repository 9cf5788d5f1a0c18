"""Speakers found after the main pass: teaser headlines (``«П»: X о …``), quotes that echo words of a
quote whose speaker is known (a subheading repeating a line of the article) and translations of an
embedded post (``«…», — написала Бренда Барнс.`` over the post signed ``— Brenda Barnes (@…)``).
"""

from __future__ import annotations

import re

from .grammar import QuoteGrammar
from .params import CONFIDENCE
from .records import Cand
from .speakers import Speakers, is_official
from ..entities.mentions import first_mention

__all__ = ["teaser_speaker", "echoed_speakers", "copy_speaker"]

_TEASER = re.compile(r"[»“”\"]\s*:\s*")
#: a teaser's subject is read this far after its colon at most
_TEASER_REACH = 80


def teaser_speaker(text: str, c: Cand, registry: Speakers, g: QuoteGrammar | None) -> None:
    """``«П»: юрист назвал …``, ``«П»: хоккеисты сборной России о …``: a headline whose words after the
    colon open with who said them (a name or role in the base form, or a body)."""
    m = _TEASER.match(text, c.stop)
    if m is None or g is None:
        return
    mention = first_mention(text, m.end(), min(len(text), m.end() + _TEASER_REACH), g)
    if mention is None or mention.start != m.end() or mention.kind not in ("name", "role", "org") or \
            mention.kind == "name" and not mention.in_base_form or \
            mention.kind == "role" and g.role_name(mention.surface) != mention.surface:
        return
    c.mention, c.attributed = mention, True
    if mention.kind == "role":  # the teaser links another article: its role names nobody of this text
        role = mention.surface  # (its base form, as tested above)
        speaker, title, conf, official = role, role, CONFIDENCE.role_alone, is_official(role, role, "role")
    else:
        speaker, title, conf, official = registry.speaker_of(mention, g)
    c.speaker, c.title, c.official = speaker, title, official
    c.confidence = min(conf, CONFIDENCE.inherited)
    c.pattern = "teaser"


#: at most this many unattributed quotes are looked up as echoes (keeps the work linear)
_ECHO_LOOKUPS = 40
_SPACES = re.compile(r"\s+")


def echoed_speakers(text: str, cands: list[Cand]) -> None:
    """A quote nobody is named for whose words stand inside a quote with a speaker (a subheading
    ``«Так красиво нас ещё не обыскивали»`` over ``«…Да, так красиво нас ещё не обыскивали…», — сказал X``)
    takes that speaker."""
    _translations(text, cands)
    said = [(c, _SPACES.sub(" ", text[c.start:c.stop]).lower())
            for c in cands if c.speaker and c.kind == "direct"]
    if not said:
        return
    looked = 0
    for c in cands:
        if c.speaker or c.passive or c.kind != "direct" or c.attributed or looked >= _ECHO_LOOKUPS:
            continue
        looked += 1
        words = _SPACES.sub(" ", text[c.start:c.stop]).strip(" .,!?…").lower()
        if len(words.split()) < 3:
            continue
        src = next((o for o, said_words in said if words in said_words), None)  # (c is none: it has no speaker)
        if src is not None:
            copy_speaker(src, c, CONFIDENCE.inherited)
            c.pattern = "inherited"


#: a translation ends at most this many characters before the post it translates
_TRANSLATION_GAP = 200
#: the parts of one quote looked back for at most
_PARTS = 4


def _translations(text: str, cands: list[Cand]) -> None:
    """A direct quote nobody was found for, right before an embedded post, whose author words hold the
    surname of the post's speaker (``— написала Бренда Барнс.`` ← ``Бренда Барнс``): the post's words
    in the article's language, said by the post's author."""
    for k, (c, nxt) in enumerate(zip(cands, cands[1:])):
        if c.speaker or c.kind != "direct" or nxt.pattern != "embed" or not nxt.speaker or \
                nxt.start - c.stop > _TRANSLATION_GAP:
            continue
        surname = nxt.speaker.split()[-1]
        stem = surname[:-1] if len(surname) > 4 else surname
        if not stem or stem.isascii() or re.search(rf"\b{re.escape(stem)}", text[c.stop:nxt.start]) is None:
            continue  # (the post's author in the article's own letters: not #LFC for Liverpool FC)
        for part in cands[max(0, k - _PARTS):k + 1]:  # (every part of the quote: «П1 (автор статьи. — RT), П2», — написала X)
            if part is c or part.group >= 0 and part.group == c.group and not part.speaker:
                copy_speaker(nxt, part, CONFIDENCE.inherited)
                part.pattern = "inherited"


def copy_speaker(src: Cand, dst: Cand, conf: float) -> None:
    """``dst`` takes ``src``'s speaker, title and official flag, at a confidence no higher than either."""
    dst.speaker, dst.title, dst.official, dst.mention = src.speaker, src.title, src.official, src.mention
    dst.confidence = min(conf, src.confidence)
