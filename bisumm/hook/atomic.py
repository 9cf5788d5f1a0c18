"""Atomic file replacement keeping the file's permissions: how ``bisumm-fix`` writes drafts.

Also importable as :func:`bisumm.hook.frontmatter.write_atomic`.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: str | Path, data: bytes) -> None:
    """Replace the file at ``path`` by ``data`` atomically (temporary file + rename).

    Keeps the permission bits (and the owner when allowed); follows a symlink to its
    target. Refuses a read-only file with :class:`PermissionError`, leaving it untouched.
    """
    path = Path(os.path.realpath(path))
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    if info is not None and not (info.st_mode & stat.S_IWUSR and os.access(path, os.W_OK)):
        raise PermissionError(errno.EACCES, "file is read-only", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bisumm-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(tmp, info)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _copy_mode(tmp: str, info: os.stat_result | None) -> None:
    if info is None:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        return
    os.chmod(tmp, stat.S_IMODE(info.st_mode))
    if hasattr(os, "chown"):
        try:
            os.chown(tmp, info.st_uid, info.st_gid)
        except OSError:
            pass
