"""Batches: picklable jobs over document records, input streams and an ordered parallel map.

A *record* is a plain dict: ``{"id": ..., "text": str}`` or ``{"id": ..., "path": str}``
(the job reads the file, so a bad file fails alone), either with an optional ``"title"``
(the headline; :class:`SummarizeJob` passes it to the ranker), or ``{"id": ..., "error": str}`` for an
input that could not even be parsed. A job maps a record to a JSON-ready dict (the schema
is in ``docs/cli.md``); it never raises for a bad document, it returns
``{"id": ..., "error": message, "stage": "input" | "process"}`` instead. Jobs are plain
picklable callables, so the same object runs in a loop, a process pool or on Dask.

>>> job = DetectJob()
>>> job({"id": "a", "text": "Глава республики провёл совещание с министрами."})["lang"]
'ru'
>>> job({"id": "b", "error": "line 3: invalid JSON"})["stage"]
'input'
>>> list(imap_ordered(len, ["ab", "c"]))
[2, 1]
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["SummarizeJob", "QuotesJob", "KeywordsJob", "DetectJob", "imap_ordered", "iter_paths", "iter_jsonl",
           "record_text", "record_title", "error_message"]

_SUFFIXES = (".txt", ".md")


class _Job:
    """Common part of the jobs: reading a record's text and turning exceptions into results."""

    def __call__(self, record: dict[str, Any]) -> dict[str, Any]:
        rid = record.get("id")
        if "error" in record:
            return {"id": rid, "error": str(record["error"]), "stage": "input"}
        try:
            text, title = record_text(record), record_title(record)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            return {"id": rid, "error": error_message(exc), "stage": "input"}
        try:
            return {"id": rid, **self.run(text, title)}
        except Exception as exc:  # noqa: BLE001
            return {"id": rid, "error": error_message(exc), "stage": "process"}

    def run(self, text: str, title: str | None = None) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def __getstate__(self) -> dict[str, Any]:
        # caches (loaded models) stay behind: each process builds its own once
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


class SummarizeJob(_Job):
    """Summarise one record with :class:`bisumm.Summarizer`; options as in :func:`bisumm.summarize`.

    ``idf`` is the path of a corpus IDF file (see ``bisumm fit-idf``), loaded once per process.
    """

    def __init__(self, *, length: str = "short", sentences: int | None = None, words: int | None = None,
                 chars: int | None = None, ratio: float | None = None, method: str = "auto",
                 lang: str = "auto", quotes: bool = False, idf: str | None = None,
                 keywords: int | None = None) -> None:
        self.length, self.sentences, self.words, self.chars, self.ratio = length, sentences, words, chars, ratio
        self.method, self.lang, self.quotes, self.idf, self.keywords = method, lang, quotes, idf, keywords

    def summarizer(self) -> Any:
        """The :class:`bisumm.Summarizer`, built on first use (raises for bad options)."""
        cached = self.__dict__.get("_summarizer")
        if cached is None:
            import bisumm

            # a path: Summarizer reads it with bisumm.rank.vectors.Idf.load (ValueError if not an IDF file)
            cached = self.__dict__["_summarizer"] = bisumm.Summarizer(method=self.method, lang=self.lang,
                                                                      idf=self.idf or None)
        return cached

    def run(self, text: str, title: str | None = None) -> dict[str, Any]:
        summarizer = self.summarizer()
        doc = summarizer.document(text)  # segmented and routed once, for the summary and the keywords
        summary = summarizer(doc, length=self.length, sentences=self.sentences, ratio=self.ratio,
                             words=self.words, chars=self.chars, quotes=self.quotes, title=title)
        out: dict[str, Any] = summary.to_dict()
        if self.keywords:
            job = self.__dict__.setdefault("_keywords_job", KeywordsJob(k=self.keywords, lang=self.lang,
                                                                        idf=self.idf))
            out["keywords"] = job.keywords_of(doc, title)
        return out


class QuotesJob(_Job):
    """List the quotations of one record; ``keep_text`` adds the text (for highlighting)."""

    def __init__(self, *, lang: str = "auto", official: bool = False, keep_text: bool = False) -> None:
        self.lang, self.official, self.keep_text = lang, official, keep_text

    def run(self, text: str, title: str | None = None) -> dict[str, Any]:
        import bisumm

        from .document import Outline

        # (auto: an Outline routes only the sentences the blocks and the dominant language need)
        doc = Outline(text) if self.lang == "auto" else bisumm.Document.from_text(text, self.lang)
        found = [q for q in bisumm.quotes(doc) if q.official or not self.official]
        out: dict[str, Any] = {"lang": doc.lang, "quotes": [q.to_dict() for q in found]}
        if self.keep_text:
            out["text"] = text
        return out


class KeywordsJob(_Job):
    """The ``k`` best keywords of one record (:func:`bisumm.keywords`; the title lifts its words).

    >>> [kw["text"] for kw in KeywordsJob(k=1)({"id": 1, "text": "Радий Хабиров открыл форум. "
    ...                                           "Хабиров выступил."})["keywords"]]
    ['Радий Хабиров']
    """

    def __init__(self, *, k: int = 10, lang: str = "auto", idf: str | None = None) -> None:
        self.k, self.lang, self.idf = k, lang, idf

    def run(self, text: str, title: str | None = None) -> dict[str, Any]:
        import bisumm

        doc = bisumm.Document.from_text(text, self.lang)
        return {"lang": doc.lang, "keywords": self.keywords_of(doc, title)}

    def keywords_of(self, doc: Any, title: str | None = None) -> list[dict[str, Any]]:
        """The keywords of a :class:`~bisumm.document.Document` as dictionaries."""
        import bisumm

        return [kw.to_dict() for kw in bisumm.keywords(doc, self.k, title=title, idf=self._loaded_idf())]

    def _loaded_idf(self) -> Any:
        """The corpus IDF read from ``idf`` once per process (``None``: the shipped one)."""
        if self.idf and "_idf" not in self.__dict__:
            from .rank.vectors import Idf

            self.__dict__["_idf"] = Idf.load(self.idf)
        return self.__dict__.get("_idf")


class DetectJob(_Job):
    """The language of one record and, with ``sentences=True``, of each of its sentences."""

    def __init__(self, *, sentences: bool = False) -> None:
        self.sentences = sentences

    def run(self, text: str, title: str | None = None) -> dict[str, Any]:
        import bisumm

        out = bisumm.detect(text).to_dict()
        if self.sentences:
            out["sentences"] = [{"start": s.start, "stop": s.stop, "text": s.text, "lang": s.lang}
                                for s in bisumm.sentences(text)]
        return out


def record_text(record: dict[str, Any]) -> str:
    """The text of a record: its ``text`` field, or its ``path`` read with :func:`bisumm.read_text`."""
    if "text" in record:
        text = record["text"]
        if not isinstance(text, str):
            raise TypeError(f"text field is {type(text).__name__}, not a string")
        return text
    import bisumm

    return bisumm.read_text(record["path"])


def record_title(record: dict[str, Any]) -> str | None:
    """The ``title`` of a record (``None`` when absent, null or blank); ``TypeError`` for a non-string.

    >>> record_title({"text": "…", "title": " Заголовок "}), record_title({"text": "…"})
    ('Заголовок', None)
    """
    title = record.get("title")
    if title is None:
        return None
    if not isinstance(title, str):
        raise TypeError(f"title field is {type(title).__name__}, not a string")
    return title.strip() or None


def error_message(exc: BaseException) -> str:
    """The one-line message of a failed document (``OSError``: its reason and file name)."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    from .errors import BisummError

    text = str(exc) or type(exc).__name__
    return text if isinstance(exc, BisummError) else f"{type(exc).__name__}: {text}"


# --- inputs -----------------------------------------------------------------------------------

def iter_paths(path: Path) -> Iterator[Path]:
    """``path`` itself, or the ``*.txt``/``*.md`` files under a directory (recursive, sorted)."""
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if child.suffix.lower() in _SUFFIXES and (child.is_file() or child.is_symlink()):
            yield child  # a broken or looping link is yielded too, so reading it reports it


def iter_jsonl(lines: Iterable[str | bytes], *, id_field: str = "id", text_field: str = "text",
               source: str = "-", title_field: str | None = "title") -> Iterator[dict[str, Any]]:
    """Records from JSON Lines, one per non-blank line; a bad line becomes an error record.

    The id is the ``id_field`` value, else ``"SOURCE:LINE"``; the ``title_field`` value, when
    the line has one, becomes the record's ``title`` (``title_field=None`` reads no title).

    >>> next(iter_jsonl(['{"id": 1, "body": "Текст.", "headline": "Заголовок"}'],
    ...                 text_field="body", title_field="headline"))
    {'id': 1, 'text': 'Текст.', 'title': 'Заголовок'}

    >>> [r["id"] for r in iter_jsonl(['{"id": 7, "text": "a"}', '', '{"text": "b"}'])]
    [7, '-:3']
    >>> next(iter_jsonl(['{"text": 1'], source="x.jsonl"))["error"][:27]
    'x.jsonl:1: invalid JSON: Ex'
    """
    for number, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        yield _jsonl_record(line, number, id_field, text_field, source, title_field)


def _jsonl_record(line: str, number: int, id_field: str, text_field: str, source: str,
                  title_field: str | None = None) -> dict[str, Any]:
    where = f"{source}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": where, "error": f"{where}: invalid JSON: {exc.msg}"}
    if not isinstance(obj, dict):
        return {"id": where, "error": f"{where}: not a JSON object"}
    rid = obj.get(id_field, where)
    if text_field not in obj:
        return {"id": rid, "error": f"{where}: no {text_field!r} field"}
    record = {"id": rid, "text": obj[text_field]}
    if title_field is not None and obj.get(title_field) is not None:
        record["title"] = obj[title_field]
    return record


# --- ordered parallel map ----------------------------------------------------------------------

_WORKER_FUNC: Callable[[Any], Any] | None = None


def _install(func: Callable[[Any], Any]) -> None:
    global _WORKER_FUNC
    _WORKER_FUNC = func


def _call(item: Any) -> Any:
    assert _WORKER_FUNC is not None
    return _WORKER_FUNC(item)


def imap_ordered(func: Callable[[Any], Any], items: Iterable[Any], jobs: int = 1,
                 window: int | None = None) -> Iterator[Any]:
    """``map(func, items)`` over ``jobs`` processes, results in input order, streamed.

    At most ``window`` items (default ``4 * jobs``) are in flight, so memory stays flat
    however long ``items`` is. ``func`` is pickled once per worker process.
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    window = max(window or 4 * jobs, jobs)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_install, initargs=(func,)) as pool:
        pending: deque[Any] = deque()
        for item in items:
            pending.append(pool.submit(_call, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
