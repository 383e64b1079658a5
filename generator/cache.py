"""The analysis cache: an unchanged article is never analysed twice.

One JSON file per analysed article, named by a key that hashes everything the
result depends on: the article itself, the analysis options that change the
output, the analyser and model versions, and the source code of the analysis.
Entries are written to a temporary file and moved into place with
``os.replace`` (atomic on POSIX), so a build killed half-way or two builds
writing at once leave only whole entries; an entry that is damaged anyway (a
disk that lost power, a hand edit) fails its checksum and is recomputed.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from generator.model import Article, Briefing

log = logging.getLogger("briefings")

DEFAULT_DIR = ".briefings-cache"
# Bump when the layout of an entry changes.
FORMAT = 1
# A temporary file older than this was left by a killed build, not one running now.
STALE_TMP_SECONDS = 3600

_ANALYSIS_PACKAGE = Path(__file__).resolve().parent / "analysis"
_MODEL_FILE = Path(__file__).resolve().parent / "model.py"


@functools.cache
def code_fingerprint() -> str:
    """Hash of the analysis source code and of the content model.

    ``ANALYSER_VERSION`` is bumped by hand and several people change the
    analysis at once: a forgotten bump would serve stale results that look
    fresh.  Hashing the code makes any edit invalidate the cache by itself; the
    price is a cold build after a comment-only change, which is cheap next to
    a wrong briefing.  ``model.py`` is included because entries are read back
    with ``Briefing.from_dict``.
    """
    h = hashlib.sha256()
    for path in sorted([*_ANALYSIS_PACKAGE.rglob("*.py"), _MODEL_FILE]):
        h.update(path.relative_to(_ANALYSIS_PACKAGE.parent).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


@functools.cache
def current_analyser() -> str:
    """``analyser_id()`` without loading the model's weights.

    A warm build needs only the model's name and version, which its package's
    ``meta.json`` holds; loading the pipeline just to read them would add a
    second or more to every build.  ``analyser_id`` reads nothing but ``.meta``.
    """
    import spacy.util

    from generator.analysis import analyser_id
    from generator.analysis.parse import MODEL_PACKAGE

    meta = spacy.util.get_model_meta(spacy.util.get_package_path(MODEL_PACKAGE))
    return analyser_id(SimpleNamespace(meta=meta))  # type: ignore[arg-type]


def article_fingerprint(article: Article) -> str:
    """Hash of every field of the article: all of it ends up in the briefing."""
    fields = dataclasses.asdict(article)
    fields["date"] = article.date.isoformat() if article.date else None
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _checksum(payload: dict[str, Any]) -> str:
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AnalysisCache:
    """Briefings on disk under ``folder``, one file per key."""

    def __init__(self, folder: Path, analyser: str | None = None, code: str | None = None):
        self.folder = Path(folder)
        self.analyser = analyser if analyser is not None else current_analyser()
        self.code = code if code is not None else code_fingerprint()
        self.version = f"{FORMAT}:{self.analyser}:{self.code}"

    def key(self, article: Article, summary_length: int) -> str:
        parts = [self.version, f"summary={summary_length}", article_fingerprint(article)]
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        # Two-character shards keep folders small at tens of thousands of entries.
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Briefing | None:
        """The cached briefing, or None when missing, damaged or of another version."""
        path = self.path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry.get("key") != key or entry.get("checksum") != _checksum(entry["briefing"]):
                raise ValueError("key or checksum mismatch")
            return Briefing.from_dict(entry["briefing"])
        except (FileNotFoundError, NotADirectoryError):
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("briefings: damaged cache entry %s (%s); recomputing", path, exc)
            return None

    def put(self, key: str, briefing: Briefing) -> None:
        payload = briefing.to_dict()
        entry = {"format": FORMAT, "key": key, "version": self.version,
                 "checksum": _checksum(payload), "briefing": payload}
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            # No fsync: a killed process loses nothing already written to the
            # OS, and a power cut that truncates an entry is caught by the
            # checksum.  fsync on every entry would slow a cold build for that.
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def entries(self) -> Iterator[Path]:
        if self.folder.is_dir():
            yield from self.folder.glob("??/*.json")

    def prune(self, keep: Iterable[str] | None = None) -> int:
        """Delete entries not in ``keep`` (default: those of another version).

        Also deletes temporary files left by killed builds.  Returns the number
        of files deleted.
        """
        keep = set(keep) if keep is not None else None
        removed = 0
        for path in self.entries():
            if path.name.startswith(".tmp-"):
                continue
            stale = path.stem not in keep if keep is not None else self._version_of(path) != self.version
            if stale:
                path.unlink(missing_ok=True)
                removed += 1
        now = time.time()
        for tmp in self.folder.glob("??/.tmp-*") if self.folder.is_dir() else ():
            try:
                if now - tmp.stat().st_mtime > STALE_TMP_SECONDS:
                    tmp.unlink()
                    removed += 1
            except FileNotFoundError:
                pass
        return removed

    @staticmethod
    def _version_of(path: Path) -> str | None:
        try:
            return json.loads(path.read_text(encoding="utf-8")).get("version")
        except (OSError, ValueError, AttributeError):
            return None
