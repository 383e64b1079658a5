"""Command line: ``briefings build`` and ``briefings analyze``."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from generator.analysis import analyse_many
from generator.analysis.linking import link_actors
from generator.build import DEFAULT_TEMPLATES, BuildError, BuildOptions, build, read_stage, write_tree
from generator.cache import DEFAULT_DIR as DEFAULT_CACHE_DIR
from generator.cache import AnalysisCache
from generator.reader import read_files
from generator.slugs import assign_slugs

MAX_ARTICLE_KB = BuildOptions.max_article_kb  # one default: the build's


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefings", description="News articles to briefing pages.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="write the generated Markdown pages to a folder")
    b.add_argument("--seeds", type=Path, default=Path("seeds"), help="articles folder (default: seeds)")
    b.add_argument("--out", type=Path, required=True, help="output folder")
    b.add_argument("--templates", type=Path, default=DEFAULT_TEMPLATES)
    b.add_argument("--strict", action="store_true",
                   help="fail (exit 1) on any bad article or warning instead of skipping it; use in CI")
    b.add_argument("--max-article-kb", type=int, default=MAX_ARTICLE_KB,
                   help=f"larger article files are reported and skipped (default: {MAX_ARTICLE_KB})")
    _cache_arguments(b)
    b.add_argument("--no-cache", action="store_true", help="analyse every article, read and write no cache")
    b.add_argument("--workers", type=int, default=0, help="processes for analysis (default: one per core)")
    b.add_argument("--actor-page-min-briefings", type=int, default=1, metavar="N",
                   help="give a page only to actors named in at least N briefings (default: 1, every actor)")
    b.add_argument("--site-url", default="",
                   help="published address of the site, e.g. https://user.github.io/repo/: the feeds' "
                        "absolute links (default: links relative to the feed)")

    c = sub.add_parser("cache", help="look after the analysis cache")
    c.add_argument("action", choices=["prune"],
                   help="prune: delete entries the articles in --seeds no longer need")
    c.add_argument("--seeds", type=Path, default=Path("seeds"),
                   help="articles whose entries to keep (default: seeds; when missing, keep the "
                        "entries of the current analyser version)")
    c.add_argument("--summary-sentences", type=int, default=3)
    _cache_arguments(c)

    a = sub.add_parser("analyze", aliases=["analyse"], help="print the analysis as JSON lines")
    a.add_argument("files", nargs="+", type=Path)
    a.add_argument("--date", type=_date, help="publication date for articles that have none")
    a.add_argument("--summary-sentences", type=int, default=3)
    return p


def _cache_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cache-dir", type=Path, default=Path(DEFAULT_CACHE_DIR),
                   help=f"analysis cache folder (default: {DEFAULT_CACHE_DIR})")


def cmd_build(args: argparse.Namespace) -> int:
    if args.out.resolve().is_relative_to(args.seeds.resolve()):
        raise BuildError(f"the output folder {args.out} is inside the seeds folder {args.seeds}: the next "
                         "build would read its pages as articles; choose another --out")
    options = BuildOptions(seeds=args.seeds, templates=args.templates, strict=args.strict,
                           max_article_kb=args.max_article_kb,
                           cache_dir=None if args.no_cache else args.cache_dir, workers=args.workers,
                           site_url=args.site_url, actor_page_min_briefings=args.actor_page_min_briefings)
    result = build(options)
    written = write_tree(result, args.out)
    for problem in result.problems:
        print(f"briefings: {problem.verdict}: {problem}", file=sys.stderr)
    skipped = sum(p.severity != "warning" for p in result.problems)
    print(f"{len(result.briefings)} briefings, {len(written)} files written to {args.out}"
          + (f"; {skipped} article(s) skipped" if skipped else ""),
          file=sys.stderr)
    return 0


def cmd_cache(args: argparse.Namespace) -> int:
    cache = AnalysisCache(args.cache_dir)
    keep = None
    if args.seeds.is_dir():
        articles, _ = read_stage(BuildOptions(seeds=args.seeds))
        keep = {cache.key(a, args.summary_sentences) for a in articles}
    removed = cache.prune(keep)
    print(f"briefings: removed {removed} stale cache file(s) from {args.cache_dir}", file=sys.stderr)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    articles, problems = read_files(args.files)
    articles = assign_slugs(articles)
    for problem in problems:
        print(f"briefings: {problem.verdict}: {problem}", file=sys.stderr)
    if args.date:
        articles = [a if a.date else dataclasses.replace(a, date=args.date) for a in articles]
    # Actor ids are linked across the files given, as a build links them
    # across the archive ("Trump" here is "Donald Trump" there).
    briefings = link_actors(list(analyse_many(articles, summary_length=args.summary_sentences)))
    for briefing in briefings:
        print(json.dumps(briefing.to_dict(), ensure_ascii=False))
    return 1 if problems and not articles else 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = parser().parse_args(argv)
    try:
        if args.command == "build":
            return cmd_build(args)
        if args.command == "cache":
            return cmd_cache(args)
        return cmd_analyze(args)
    except BuildError as exc:
        print(f"briefings: error: {exc}", file=sys.stderr)
        return 1
