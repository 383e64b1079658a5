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
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from generator.build import BuildError, BuildOptions, build
from generator.mkdocs_plugin import head, pagefind
from generator.mkdocs_plugin.config import BriefingsConfig
from generator.mkdocs_plugin.publish import StagedSite, WarningCount
from generator.mkdocs_plugin.structure import generated_file, nav_paths, release_pages, trim_heap

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    staged: StagedSite | None = None
    files: Files | None = None
    searched_urls: set[str]

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Only a plain ``mkdocs build`` publishes through a staging folder.
        self.publish_whole = command == "build" and not dirty

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
            cache_dir=(root / self.config.cache_dir).resolve() if self.config.cache else None,
            workers=self.config.workers,
            max_article_kb=self.config.max_article_kb,
            site_url=config.site_url or "",  # the feeds' absolute links
            actor_page_min_briefings=self.config.actor_page_min_briefings,
        )
        if self.config.pagefind:
            css, js = pagefind.assets()
            config.extra_css.extend(css)
            config.extra_javascript.extend(js)
        if getattr(self, "publish_whole", False):
            self.staged = StagedSite(Path(config.site_dir))
            self.staged.recover()
            config.site_dir = str(self.staged.staging)
            self.warnings = WarningCount()
            logging.getLogger("mkdocs").addHandler(self.warnings)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.searched_urls = set()
        try:
            result = build(self.options)
        except BuildError as exc:
            raise PluginError(f"briefings: {exc}") from exc
        for problem in result.problems:
            log.warning("briefings: %s: %s", problem.verdict, problem)
        generated = {**result.pages, **result.files}
        if self.config.pagefind:
            generated.update(pagefind.files())
        hand_written = [f for f in files if not f.generated_by]
        by_src = {f.src_uri: f for f in hand_written}
        by_dest = {f.dest_uri: f for f in hand_written}
        in_nav = nav_paths(config.nav)
        for path in sorted(generated):
            new = generated_file(config, path, generated[path], in_nav)
            # Same source path, or another source that MkDocs would write to the
            # same place (``x.md`` and ``x/index.md``, ``index.md`` and ``README.md``).
            existing = by_src.get(new.src_uri) or by_dest.get(new.dest_uri)
            if existing is not None:
                raise PluginError(
                    f"briefings: generated page '{path}' would replace the hand-written "
                    f"'{Path(config.docs_dir, existing.src_uri)}' (both become '{new.dest_uri}'); "
                    "rename or move the hand-written page, or change the plugin's prefix"
                )
            files.append(new)
        log.info("briefings: %d briefings from %s", len(result.briefings), self.options.seeds)
        del result, generated
        trim_heap()  # the analysis results are gone; only the packed pages stay
        self.files = files
        return files

    def on_page_content(self, html: str, /, *, page, config: MkDocsConfig, files: Files) -> str:
        return pagefind.ignore_excluded_sections(html) if self.config.pagefind else html

    def on_post_page(self, output: str, /, *, page, config: MkDocsConfig) -> str:
        output = head.add_feed_links(output, page.url, config.site_url or "", config.site_name)
        if self.config.pagefind and pagefind.searched(page.meta):
            output = pagefind.mark_body(output)
            self.searched_urls.add(page.url)
        return output

    # Last, so that every other plugin has had the pages before they are released.
    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.files is not None:
            release_pages(self.files)
            self.files = None
        if self.config.pagefind:
            try:
                pagefind.index_site(Path(config.site_dir), pagefind.searched_glob(self.searched_urls))
            except RuntimeError as exc:
                raise PluginError(f"briefings: {exc}") from exc
        if self.staged:
            logging.getLogger("mkdocs").removeHandler(self.warnings)
            # MkDocs aborts a strict build with warnings right after this
            # event: then the previous site must stay.
            if not (config.strict and self.warnings.count):
                self.staged.publish()
                config.site_dir = str(self.staged.site)

    def on_build_error(self, *, error: Exception) -> None:
        if self.staged:
            logging.getLogger("mkdocs").removeHandler(self.warnings)

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        server.watch(str(self.options.seeds))
        server.watch(str(self.options.templates))
        return server
