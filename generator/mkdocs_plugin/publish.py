"""Publishing ``site/`` whole: a killed or failed ``mkdocs build`` leaves the
previous site as it was.

MkDocs empties ``site_dir`` and writes the new site into it page by page, so a
build killed half-way (or one that ``--strict`` aborts after writing) leaves a
half-old, half-new site.  For ``mkdocs build`` the plugin points MkDocs at a
sibling staging folder instead and, once the build has succeeded, swaps it in
with two renames.  ``serve`` and ``gh-deploy`` keep MkDocs' own behaviour: they
manage their folders themselves.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

STAGING_SUFFIX = ".briefings-new"
OLD_SUFFIX = ".briefings-old"


class WarningCount(logging.Handler):
    """Counts warnings, so a strict build that MkDocs is about to abort is not published."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class StagedSite:
    def __init__(self, site_dir: Path):
        self.site = site_dir
        self.staging = site_dir.with_name(site_dir.name + STAGING_SUFFIX)
        self.old = site_dir.with_name(site_dir.name + OLD_SUFFIX)

    def recover(self) -> None:
        """A build killed between the two renames left the previous site as
        ``.briefings-old``: put it back before anything else."""
        if self.old.is_dir() and not self.site.exists():
            os.replace(self.old, self.site)
        shutil.rmtree(self.old, ignore_errors=True)

    def publish(self) -> None:
        """Swap the finished staging folder in place of the site."""
        if self.site.is_dir() and not self.site.is_symlink():
            os.replace(self.site, self.old)
        os.replace(self.staging, self.site)
        shutil.rmtree(self.old, ignore_errors=True)
