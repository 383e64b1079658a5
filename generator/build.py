"""The build: seeds in, generated pages out.  No MkDocs here.

read → analyse → render, in one direction.  ``build`` returns the pages in
memory; the MkDocs plugin hands them to MkDocs, the CLI writes them to disk.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator import archive
from generator.analysis.linking import link_actors
from generator.cache import AnalysisCache
from generator.model import Article, Briefing, BuildResult, Problem
from generator.parallel import analyse_all
from generator.reader import DEFAULT_LIMITS, read_folder
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
    cache_dir: Path | None = None  # analysis cache folder; None: no cache
    workers: int = 0  # processes for cold analysis; 0: one per core
    progress: bool | None = None  # progress bar; None: only on a terminal
    max_article_kb: int = 512  # a bigger file is reported and skipped, not analysed
    site_url: str = ""  # published address, for the feeds' absolute links
    actor_page_min_briefings: int = 1  # actors named in fewer briefings get no page of their own


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
    problems = problems + analysis_problems(briefings, options)
    briefings = link_actors(briefings)
    return render_site(sort_newest_first(briefings), options, problems)


def read_stage(options: BuildOptions) -> tuple[list[Article], list[Problem]]:
    """Read every article; bad ones become problems (fatal under ``strict``)."""
    if not options.seeds.is_dir():
        raise BuildError(f"seeds folder not found: {options.seeds}")
    limits = dataclasses.replace(DEFAULT_LIMITS, max_bytes=options.max_article_kb * 1024)
    articles, problems = read_folder(options.seeds, limits)
    if problems and options.strict:
        raise BuildError(f"strict mode: {len(problems)} problem(s) in {options.seeds}:\n"
                         + "\n".join(f"  {p}" for p in problems)
                         + "\nfix them, or build without strict to skip the bad articles")
    return assign_slugs(articles), problems


def analyse_stage(articles: list[Article], options: BuildOptions) -> list[Briefing]:
    """Analyse every article (a pure function of each article): cached, then in parallel."""
    cache = AnalysisCache(options.cache_dir) if options.cache_dir else None
    return analyse_all(articles, summary_length=options.summary_sentences, cache=cache,
                       workers=options.workers, progress=options.progress)


def analysis_problems(briefings: list[Briefing], options: BuildOptions) -> list[Problem]:
    """A failed analysis step is a bug of ours, not the article's: the page is
    still built without that part, and the build says so (fatal under strict)."""
    problems = [
        Problem(b.article.source_path, f"analysis failed: {error}",
                "the page is built without that part; please report this bug", severity="warning")
        for b in briefings for error in b.errors
    ]
    if problems and options.strict:
        raise BuildError("strict mode: analysis failed on:\n" + "\n".join(f"  {p}" for p in problems))
    return problems


def render_site(briefings: list[Briefing], options: BuildOptions, problems: list[Problem]) -> BuildResult:
    """Briefing pages, then the archive's pages, feeds and JSON API (generator.archive)."""
    renderer = Renderer(options.templates)
    result = BuildResult(briefings=briefings, problems=list(problems))
    site = archive.publish(briefings, renderer, prefix=options.prefix, site_url=options.site_url,
                           actor_page_min=options.actor_page_min_briefings)
    for b in briefings:
        result.pages[f"{options.prefix}/{b.article.slug}.md"] = renderer.briefing(
            b, max_actors=options.max_actors, **archive.briefing_context(site.archive, b)
        )
    result.pages.update(site.pages)
    result.files.update(site.files)
    return result


# What the generator wrote into an output folder: lets the next build remove
# the pages of deleted articles without ever touching a file a person put there.
MANIFEST = ".briefings-manifest.json"
_TMP_PREFIX = ".briefings-tmp-"


def write_tree(result: BuildResult, out: Path) -> list[Path]:
    """Write the generated files under ``out``; nothing outside it, nothing lost.

    Each file is written to a temporary file and renamed over its target, so a
    build killed half-way (kill -9) leaves every file whole, old or new.  The
    manifest lists what the generator wrote: it is first widened to old + new
    files, then narrowed once the new tree is complete, so the next build
    removes exactly the stale pages.  A file the generator did not write is
    never overwritten: its path is an error.
    """
    root = out.resolve()
    files = {rel: _bytes(content) for rel, content in {**result.pages, **result.files}.items()}
    targets = {rel: _target(root, rel) for rel in sorted(files)}
    try:
        root.mkdir(parents=True, exist_ok=True)
        previous = _read_manifest(root)
        _refuse_foreign(targets, files, previous)
        _remove_leftovers(root)
        _write_atomic(root / MANIFEST, _manifest(previous | set(targets)))
        for rel, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(target, files[rel])
        for rel in sorted(previous - set(targets)):
            _remove_stale(root, rel)
        _write_atomic(root / MANIFEST, _manifest(set(targets)))
    except OSError as exc:
        raise BuildError(f"cannot write the output into {root}: {exc}") from exc
    return list(targets.values())


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _target(root: Path, rel: str) -> Path:
    """The file ``rel`` names under ``root``; refuses anything that would land
    outside it (``..``, an absolute path, a symlink out of the folder)."""
    if not rel or "\x00" in rel or "\\" in rel or rel.startswith("/") or ".." in rel.split("/"):
        raise BuildError(f"refusing to write outside {root}: {rel!r}")
    target = (root / rel).resolve()
    if not target.is_relative_to(root) or target == root:
        raise BuildError(f"refusing to write outside {root}: {rel!r}")
    return target


def _read_manifest(root: Path) -> set[str]:
    try:
        names = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()


def _manifest(names: set[str]) -> bytes:
    return (json.dumps(sorted(names), indent=0) + "\n").encode("utf-8")


def _refuse_foreign(targets: dict[str, Path], files: dict[str, bytes], previous: set[str]) -> None:
    """A path the generator would take from a file it did not write is an error
    (unless that file already holds exactly the same bytes)."""
    for rel, target in targets.items():
        if rel in previous or not (target.exists() or target.is_symlink()):
            continue
        if not target.is_file() or target.is_symlink() or target.read_bytes() != files[rel]:
            raise BuildError(f"{target} was not written by briefings and would be overwritten; "
                             "move it away or choose another output folder")


def _remove_leftovers(root: Path) -> None:
    """Temporary files of a build that was killed before it could rename them.

    Each name carries the writer's process id: the files of a build running
    at the same time into the same folder are left alone."""
    for tmp in sorted(root.rglob(_TMP_PREFIX + "*")):
        if tmp.is_file() and not tmp.is_symlink() and not _writer_alive(tmp.name):
            tmp.unlink(missing_ok=True)


def _writer_alive(name: str) -> bool:
    pid = name[len(_TMP_PREFIX):].split("-", 1)[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _remove_stale(root: Path, rel: str) -> None:
    """Remove a file an earlier build wrote, and the folders it leaves empty."""
    try:
        target = _target(root, rel)
    except BuildError:  # a tampered manifest: never delete outside the output
        return
    if target.is_file() and not target.is_symlink():
        target.unlink()
    for folder in target.parents:
        if folder == root or not folder.is_relative_to(root) or any(folder.iterdir()):
            break
        folder.rmdir()


def _write_atomic(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f"{_TMP_PREFIX}{os.getpid()}-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a site is for reading
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
