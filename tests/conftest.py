"""Shared fixtures: small articles written on the fly, and the real model once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9c553388fa3f089f.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def nlp():
    from generator.analysis.parse import load_model

    return load_model()


@pytest.fixture
def write(tmp_path):
    """write("name.md", text) -> Path, in a fresh seeds folder."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()

    def _write(name: str, text: str | bytes) -> Path:
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    _write.folder = seeds
    return _write
