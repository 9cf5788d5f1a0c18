"""The pre-commit hook, ``bisumm-hook check`` and ``bisumm-hook fix`` (entry point :func:`main`).

The app layer over the library, beside :mod:`bisumm.cli`; nothing in the core imports it.

* :mod:`bisumm.hook.commands`: the two commands: staleness and direct-speech checks, one file, ``main``
* :mod:`bisumm.hook.frontmatter`: byte-preserving front matter (read a draft, change one line)
* :mod:`bisumm.hook.tags`: the ``--tags-field`` list: read, judge and write the keywords
* :mod:`bisumm.hook.speech`: direct-speech punctuation slips (``--require-attribution``)
* :mod:`bisumm.hook.plaintext`: the prose of a Markdown body, mapped back to its offsets
* :mod:`bisumm.hook.atomic`: atomic file replacement keeping the permissions

Reference: ``docs/hook.md``.
"""

from .commands import Finding, Options, main, plain_body, process, speech_slips, summary_problems

__all__ = ["main", "Options", "Finding", "process", "plain_body", "summary_problems", "speech_slips"]
