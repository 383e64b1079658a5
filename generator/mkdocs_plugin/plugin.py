"""``briefings`` MkDocs plugin: runs the build and adds its pages in memory.

Generated pages are ``File.generated`` objects: nothing is written into
``docs/``, and a generated page whose path a hand-written page already has is
an error that names both.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.build import BuildError, BuildOptions, build
from generator.mkdocs_plugin.config import BriefingsConfig

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).resolve().parent
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", self.config.prefix):
            raise PluginError(f"briefings: prefix must be a simple folder name, not {self.config.prefix!r}")
        self.options = BuildOptions(
            seeds=(root / self.config.seeds).resolve(),
            templates=(root / self.config.templates).resolve(),
            prefix=self.config.prefix,
            summary_sentences=self.config.summary_sentences,
            max_actors=self.config.max_actors,
            strict=self.config.strict,
        )
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        try:
            result = build(self.options)
        except BuildError as exc:
            raise PluginError(f"briefings: {exc}") from exc
        for problem in result.problems:
            log.warning("Skipped %s", problem)
        generated = {**result.pages, **result.files}
        for path in sorted(generated):
            existing = files.get_file_from_path(path)
            if existing is not None and not existing.generated_by:
                raise PluginError(
                    f"briefings: generated page '{path}' would replace the hand-written "
                    f"'{Path(config.docs_dir, existing.src_uri)}'; rename or move one of them"
                )
            files.append(File.generated(config, path, content=generated[path]))
        log.info("briefings: %d briefings from %s", len(result.briefings), self.options.seeds)
        return files

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        server.watch(str(self.options.seeds))
        server.watch(str(self.options.templates))
        return server
