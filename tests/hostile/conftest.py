"""The hostile corpus, built once per session through the real CLI and MkDocs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_corpus import Case, corpus_site, run_cli, write_corpus


@dataclass
class HostileBuild:
    root: Path  # holds seeds/, outside/, out/, and nothing else before the build
    seeds: Path
    outside: Path
    out: Path
    corpus: list[Case]
    returncode: int
    stderr: str
    before: dict[str, float]  # every file outside out/ and its mtime, before the build


def snapshot(root: Path, skip: Path) -> dict[str, float]:
    return {p.relative_to(root).as_posix(): p.lstat().st_mtime for p in sorted(root.rglob("*"))
            if not p.is_relative_to(skip)}


@pytest.fixture(scope="session")
def hostile(tmp_path_factory) -> HostileBuild:
    root = tmp_path_factory.mktemp("hostile")
    corpus = write_corpus(root / "seeds", root / "outside")
    before = snapshot(root, root / "out")
    proc = run_cli("build", "--seeds", "seeds", "--out", "out", "--no-cache", "--workers", "1", cwd=root)
    return HostileBuild(root, root / "seeds", root / "outside", root / "out", corpus,
                        proc.returncode, proc.stderr, before)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The hostile corpus as an HTML site, built by MkDocs with the project's configuration."""
    return corpus_site(tmp_path_factory)[1]
