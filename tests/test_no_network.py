"""No network: importing bisumm and running every command opens no socket and resolves no name.

Each command runs in a subprocess whose ``sitecustomize`` (first on ``PYTHONPATH``) replaces
``socket.socket.connect``/``connect_ex``/``sendto``, ``socket.create_connection``,
``socket.getaddrinfo``, ``gethostbyname``/``gethostbyname_ex``, ``gethostbyaddr`` and a ``bind``
to anything but the loopback with functions that append a line to a log file and raise.
(sumy imports requests, whose urllib3 creates an IPv6 socket and binds it to ``::1`` at
import to probe IPv6 support: local, no traffic, so allowed.)
Worker processes (``--jobs``) inherit the guard (forked, or started with the same
environment). The test asserts that every command succeeded and that the log is empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

GUARD = '''
import os, socket

_LOG = os.environ["BISUMM_NET_LOG"]


def _record(what, *args):
    with open(_LOG, "a", encoding="utf-8") as handle:
        handle.write(f"{os.getpid()} {what} {args!r}\\n")
    raise OSError(f"bisumm test: network use forbidden: {what}")


def _forbid(name):
    def blocked(*args, **kwargs):
        _record(name, *args[1:] if args and isinstance(args[0], socket.socket) else args)
    return blocked


for _name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, _name, _forbid("socket." + _name))
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
              "create_server"):
    setattr(socket, _name, _forbid(_name))

_bind = socket.socket.bind


def _checked_bind(self, address):
    # a bind to the loopback is local (urllib3, imported by sumy, probes IPv6 that way)
    host = address[0] if isinstance(address, tuple) else address
    if self.family != socket.AF_UNIX and host not in ("::1", "127.0.0.1", "localhost"):
        _record("socket.bind", address)
    return _bind(self, address)


socket.socket.bind = _checked_bind
'''

LIBRARY = '''
import bisumm
from pathlib import Path
text = Path("article.txt").read_text(encoding="utf-8")
assert bisumm.detect(text).lang in ("ba", "ru")
assert bisumm.sentences(text)
assert bisumm.summarize(text, quotes=True).sentences
assert bisumm.summarize(text, method="sumy-lsa", sentences=2).sentences
assert bisumm.summarize(text, method="lexrank", lang="ru").sentences
bisumm.quotes(text)
from bisumm.summarizer import rank
rank(text)
bisumm.stem("республикаһында", "ba")
bisumm.Summarizer(lang="ba")(text)
bisumm.Document.from_text(text).terms
bisumm.read_text("article.txt")
print("library ok")
'''


def _article() -> bytes:
    seeds = sorted((EXAMPLES / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("examples/seeds missing")
    return seeds[0].read_bytes()


COMMANDS: list[tuple[str, list[str], set[int]]] = [
    ("import bisumm", ["-c", "import bisumm, bisumm.cli, bisumm.hook"], {0}),
    ("library functions", ["-c", LIBRARY], {0}),
    ("bisumm --help", ["-m", "bisumm", "--help"], {0}),
    ("bisumm FILE", ["-m", "bisumm", "article.txt"], {0}),
    ("bisumm summarize --quotes -f json", ["-m", "bisumm", "summarize", "--quotes", "-f", "json", "article.txt"],
     {0}),
    ("bisumm summarize -f html", ["-m", "bisumm", "summarize", "-f", "html", "--long", "article.txt"], {0}),
    ("bisumm quotes --highlight", ["-m", "bisumm", "quotes", "--highlight", "article.txt"], {0}),
    ("bisumm detect -s -f markdown", ["-m", "bisumm", "detect", "-s", "-f", "markdown", "article.txt"], {0}),
    ("bisumm --jobs 2 on a folder", ["-m", "bisumm", "--jobs", "2", "-f", "json", "corpus"], {0}),
    ("bisumm quotes --jobs 2 --jsonl", ["-m", "bisumm", "quotes", "--jobs", "2", "corpus.jsonl"], {0}),
    ("bisumm detect on stdin", ["-m", "bisumm", "detect", "-"], {0}),
    ("bisumm fit-idf", ["-m", "bisumm", "fit-idf", "corpus", "-o", "idf.json"], {0}),
    ("bisumm --idf", ["-m", "bisumm", "--idf", "idf.json", "article.txt"], {0}),
    ("bisumm-hook check", ["-m", "bisumm.hook", "check", "--require-attribution", "draft.md", "note.txt"], {0, 1}),
    ("bisumm-hook fix", ["-m", "bisumm.hook", "fix", "draft.md", "note.txt"], {0, 1}),
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("offline")
    guard = folder / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    article = _article()
    (folder / "article.txt").write_bytes(article)
    (folder / "corpus").mkdir()
    import json

    lines = []
    for seed in sorted((EXAMPLES / "seeds").glob("*.txt")):
        (folder / "corpus" / seed.name).write_bytes(seed.read_bytes())
        lines.append(json.dumps({"id": seed.stem, "text": seed.read_text(encoding="utf-8")}, ensure_ascii=False))
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = article.decode("utf-8")
    (folder / "draft.md").write_text("---\ntitle: x\n---\n" + text, encoding="utf-8")
    (folder / "note.txt").write_text(text, encoding="utf-8")
    log = folder / "net.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(guard), str(ROOT)]), "BISUMM_NET_LOG": str(log),
           "NO_COLOR": "1"}
    return folder, env


def test_the_guard_catches_network_use(workspace):
    folder, env = workspace
    probe = ("import socket\ntry:\n    socket.create_connection(('example.org', 80), timeout=1)\n"
             "except OSError as e:\n    print(e)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=folder, env={**env, "BISUMM_NET_LOG":
                          str(folder / "probe.log")}, capture_output=True, text=True, timeout=60)
    assert "network use forbidden" in done.stdout
    assert "create_connection" in (folder / "probe.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("name,argv,codes", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_command_opens_no_socket(workspace, name, argv, codes):
    folder, env = workspace
    log = Path(env["BISUMM_NET_LOG"])
    stdin = (folder / "article.txt").read_bytes() if argv[-1] == "-" else b""
    done = subprocess.run([sys.executable, *argv], cwd=folder, env=env, input=stdin, capture_output=True,
                          timeout=300)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode in codes, err
    assert "network use forbidden" not in err
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    assert attempts == "", f"{name} tried the network:\n{attempts}"
