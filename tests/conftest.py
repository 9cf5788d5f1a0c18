"""Shared fixtures: the ../shared data sets (tests using them skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """Path under ../shared/data; skips the test when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture
def shared() -> type:
    class _Shared:
        path = staticmethod(shared_path)

    return _Shared


def _hypothesis_profiles() -> None:
    """In CI, hypothesis runs derandomised (the same examples every run) and without a database."""
    import os

    try:
        from hypothesis import settings
    except ImportError:  # pragma: no cover
        return
    settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profiles()
