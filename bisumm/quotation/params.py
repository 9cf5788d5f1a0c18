"""Quote confidences: how direct the evidence for a speaker is, in one named parameter object.

Set by hand when the rules were written (commits de3bd42, 2026-11-22, and 533c764, 2026-12-04)
on the synthetic gold ``tests/data/quotes_gold.jsonl``; no search was run over them. They only
order quotes (``official_quotes`` picks the most confident) and are reported rounded, so the
order matters, not the values: a named speaker beats a resolved role, which beats a pronoun,
which beats an unattributed quote.

>>> CONFIDENCE.name_known > CONFIDENCE.role_resolved > CONFIDENCE.pronoun > CONFIDENCE.unattributed
True
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuoteConfidence", "CONFIDENCE", "InterviewParams", "INTERVIEW", "DialogueParams", "DIALOGUE"]


@dataclass(frozen=True)
class QuoteConfidence:
    """Confidence of a quote's speaker by the evidence that named it."""

    #: a name seen elsewhere in the text too (the entity is known)
    name_known: float = 0.9
    #: a name seen only here
    name_new: float = 0.85
    #: an organisation speaks (``сообщили в пресс-службе``)
    organisation: float = 0.8
    #: a role resolved to an earlier person with that kind of title
    role_resolved: float = 0.75
    #: a pronoun resolved to an earlier person
    pronoun: float = 0.7
    #: a role left as a role (``— отметил эксперт``)
    role_alone: float = 0.6
    #: a singular role no title resolved, given to the person last named before it (issue 14, ru dev part)
    role_salient: float = 0.55
    #: a role given to the last untitled person just before it
    role_untitled: float = 0.5
    #: a generic person noun (``— рассказал мужчина``) given to the last person or role before it
    person_noun: float = 0.5
    #: a pronoun or person noun with nobody before it
    unresolved: float = 0.3
    #: passive author words (``билдәләнде``, "it was noted"): no speaker, by the text's own choice
    passive: float = 0.5
    #: no author words at all
    unattributed: float = 0.2
    #: indirect speech reports the words less faithfully than direct speech (a factor)
    indirect_factor: float = 0.95
    #: a follow-on quote takes the previous quote's speaker (at most this)
    inherited: float = 0.6
    #: a quote running over paragraphs takes the speaker of its attributed paragraph (at most this)
    multipara: float = 0.7
    #: a dialogue turn of a shuffled paragraph takes the one speaker of its block (at most this)
    block_speaker: float = 0.45
    #: a quote with no author words takes the person named in the speech sentence before it (at most this)
    previous_sentence: float = 0.5
    #: an interview answer takes the subject of the narrative paragraph before the turns (at most this)
    lead_subject: float = 0.5


#: the confidences in use
CONFIDENCE = QuoteConfidence()


@dataclass(frozen=True)
class InterviewParams:
    """When the dash lines of a text are an interview's questions and answers.

    Set by hand on 529 unannotated Russian development articles of ``../shared`` (Russia Today and
    Nezavisimaya Gazeta interviews, 2026-12-07); the real-news dev part has one interview only.
    """

    #: at least this many lines ending with ``?`` ...
    question_run: int = 3
    #: ... with at least this share of them on one side of the question-answer alternation make every
    #: line on that side a question
    question_share: float = 0.8


#: the interview parameters in use
INTERVIEW = InterviewParams()


@dataclass(frozen=True)
class DialogueParams:
    """How far a dash turn of a sentence-bound grammar (shuffled Bashkir paragraphs) runs on.

    A cap set by hand, not tuned: 7 sentences cover the answers read in 1,500 unannotated Bashkir
    paragraphs with dash turns of ``../shared`` (frozen articles left out, 2026-12-07).
    """

    #: at most this many sentences after a turn's first one are read for its author words or first person
    run_on: int = 6


#: the dialogue parameters in use
DIALOGUE = DialogueParams()
