"""The build: seeds in, generated pages out.  No MkDocs here.

read → analyse → render, in one direction.  ``build`` returns the pages in
memory; the MkDocs plugin hands them to MkDocs, the CLI writes them to disk.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.analysis import analyse_many
from generator.analysis.linking import link_actors
from generator.model import Article, Briefing, BuildResult, Problem
from generator.reader import read_folder
from generator.render import Renderer
from generator.slugs import assign_slugs

log = logging.getLogger("briefings")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "site_templates"


class BuildError(Exception):
    """A problem that stops the build (any problem, under ``strict``)."""


@dataclass(frozen=True)
class BuildOptions:
    seeds: Path
    templates: Path = DEFAULT_TEMPLATES
    prefix: str = "briefings"  # folder of the briefing pages in the site
    summary_sentences: int = 3
    max_actors: int = 8
    strict: bool = False


def sort_newest_first(briefings: list[Briefing]) -> list[Briefing]:
    """Newest first; undated last; ties by title then slug, for determinism."""
    dated = sorted((b for b in briefings if b.article.date),
                   key=lambda b: (b.article.title, b.article.slug))
    dated.sort(key=lambda b: b.article.date, reverse=True)
    undated = sorted((b for b in briefings if not b.article.date),
                     key=lambda b: (b.article.title, b.article.slug))
    return dated + undated


def build(options: BuildOptions) -> BuildResult:
    """The whole build, in its four stages."""
    articles, problems = read_stage(options)
    briefings = analyse_stage(articles, options)
    briefings = link_actors(briefings)
    return render_site(sort_newest_first(briefings), options, problems)


def read_stage(options: BuildOptions) -> tuple[list[Article], list[Problem]]:
    """Read every article; bad ones become problems (fatal under ``strict``)."""
    if not options.seeds.is_dir():
        raise BuildError(f"seeds folder not found: {options.seeds}")
    articles, problems = read_folder(options.seeds)
    if problems and options.strict:
        raise BuildError(f"{len(problems)} bad article(s), strict mode: " + "; ".join(map(str, problems)))
    return assign_slugs(articles), problems


def analyse_stage(articles: list[Article], options: BuildOptions) -> list[Briefing]:
    """Analyse every article (a pure function of each article)."""
    return list(analyse_many(articles, summary_length=options.summary_sentences))


def render_site(briefings: list[Briefing], options: BuildOptions, problems: list[Problem]) -> BuildResult:
    renderer = Renderer(options.templates)
    result = BuildResult(briefings=briefings, problems=list(problems))
    for b in briefings:
        result.pages[f"{options.prefix}/{b.article.slug}.md"] = renderer.briefing(
            b, max_actors=options.max_actors
        )
    result.pages["index.md"] = renderer.home(briefings, prefix=options.prefix)
    return result


def write_tree(result: BuildResult, out: Path) -> list[Path]:
    """Write the generated pages under ``out``, each atomically."""
    written = []
    root = out.resolve()
    for rel, content in sorted({**result.pages, **{k: v for k, v in result.files.items()}}.items()):
        target = (root / rel).resolve()
        if root not in target.parents:
            raise BuildError(f"refusing to write outside {root}: {rel}")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
        written.append(target)
    return written
