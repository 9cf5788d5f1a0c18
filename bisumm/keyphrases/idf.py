"""The shipped corpus IDF of each language, loaded on first use.

``bisumm/data/idf_<lang>.json`` is a :class:`~bisumm.rank.vectors.Idf` file fitted by
``python bench/fit_idf.py`` on news of that language (see the file's header fields).

>>> idf = default_idf("ru")
>>> idf is None or idf["президент"] < idf["хабиров"]
True
>>> default_idf("xx") is None
True
"""

from __future__ import annotations

import threading
from importlib import resources

from ..rank.vectors import Idf

__all__ = ["default_idf", "idf_path"]

_cache: dict[str, Idf | None] = {}
_lock = threading.Lock()


def idf_path(lang: str) -> str:
    """Name of the shipped IDF file of ``lang`` inside ``bisumm/data``."""
    return f"data/idf_{lang}.json"


def default_idf(lang: str) -> Idf | None:
    """The shipped IDF of ``lang`` (``None`` when bisumm ships none for it)."""
    if lang in _cache:
        return _cache[lang]
    with _lock:
        if lang not in _cache:
            _cache[lang] = _load(lang)
    return _cache[lang]


def _load(lang: str) -> Idf | None:
    try:
        source = resources.files("bisumm").joinpath(idf_path(lang))
        if not source.is_file():
            return None
        with resources.as_file(source) as path:
            return Idf.load(path)
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError, ValueError):
        return None
