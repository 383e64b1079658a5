#!/usr/bin/env python
"""Scale benchmark (issue 7): the briefings build against bare MkDocs, 1k to 10k.

    python benchmarks/scale.py --corpus ../shared/corpus/large --sizes 1000,5000,10000 [--json OUT]

Archives of each size are derived from the real articles of ``--corpus``: article
k is source article k mod M (M articles in the corpus); from the second round on
it gets a distinct title ("… (variant v)") and a different paragraph order.  The
output says how many titles and bodies are distinct.  Every figure is a ratio of
two timings taken in this run, on this machine, so that a shared, noisy machine
still gives comparable numbers:

- cold analysis: analysing the smallest archive with an empty cache, against raw
  ``nlp.pipe`` over the same paragraph texts with the same model and as many
  processes;
- warm build: ``mkdocs build`` with the plugin and a filled cache, against bare
  ``mkdocs build`` of the same generated Markdown written to disk beforehand
  (same mkdocs.yml, without the briefings plugin).  Our build includes the
  Pagefind indexing the plugin runs inside ``mkdocs build`` (``pagefind: true``,
  the project's default): it is real build work.  Bare MkDocs + Material users
  have Material's built-in search, so when our configuration replaces Material's
  ``search`` plugin by Pagefind, the bare build gets ``search`` back: each side
  builds the search its users get;
- one change: ``mkdocs build`` after one article changed, against the same bare build;
- growth exponent of the warm build from the smallest to the largest size;
- peak memory (resident, the build's whole process tree) at the largest size;
- the search payload of one query, for the engine the project's mkdocs.yml
  configures (the headline figure; ``--search`` overrides it): Pagefind's files
  for a one-word query, and, for comparison, Material's whole index (what its
  search downloads before answering), from whichever build has Material's search.

Ratios are ours ÷ reference: lower is better.  Run on demand; not part of the tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import platform
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import frontmatter
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.build import BuildOptions, read_stage  # noqa: E402
from generator.cache import AnalysisCache  # noqa: E402
from generator.parallel import analyse_all, available_cores  # noqa: E402

TARGETS = {"cold_ratio": 1.25, "warm_ratio": 1.2, "one_change_ratio": 1.2, "exponent": 1.1,
           "peak_mb": 2048, "search_payload_kb": 1024}


# -- the archive --------------------------------------------------------------
def load_corpus(corpus: Path) -> list[frontmatter.Post]:
    posts = [frontmatter.load(p) for p in sorted(corpus.glob("*.md"))]
    if not posts:
        raise SystemExit(f"scale.py: no .md articles in {corpus}")
    return posts


def derive(posts: list[frontmatter.Post], n: int, seeds: Path) -> dict[str, int]:
    """Write articles 0..n-1 into ``seeds`` (those already there are kept)."""
    seeds.mkdir(parents=True, exist_ok=True)
    orders: dict[int, set[tuple[int, ...]]] = {}
    titles, bodies = set(), set()
    for k in range(n):
        src, variant = k % len(posts), k // len(posts)
        post = posts[src]
        paras = [p for p in post.content.split("\n\n") if p.strip()]
        order = _order(len(paras), src, variant, orders.setdefault(src, set()))
        meta = {key: post.metadata[key] for key in ("date", "source", "url", "licence", "licence_url",
                                                     "attribution") if key in post.metadata}
        meta["title"] = post["title"] if variant == 0 else f"{post['title']} (variant {variant})"
        if variant:
            meta["attribution"] = f"{meta.get('attribution', '')} Paragraphs reordered for a benchmark."
        body = "\n\n".join(paras[i] for i in order)
        titles.add(meta["title"])
        bodies.add(body)
        path = seeds / f"{k:05d}.md"
        if not path.exists():
            text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True) + "---\n" + body + "\n"
            path.write_text(text, encoding="utf-8")
    return {"articles": n, "distinct_titles": len(titles), "distinct_bodies": len(bodies),
            "source_articles": min(n, len(posts))}


def _order(count: int, src: int, variant: int, seen: set[tuple[int, ...]]) -> tuple[int, ...]:
    """The original order for variant 0, then an order not used yet when one is left."""
    order = tuple(range(count))
    rng = random.Random(f"{src}-{variant}")
    for _ in range(50 if variant else 0):
        if order not in seen:
            break
        shuffled = list(range(count))
        rng.shuffle(shuffled)
        order = tuple(shuffled)
    seen.add(order)
    return order


def link_prefix(seeds_all: Path, n: int, seeds: Path) -> None:
    """``seeds`` = the first n articles (hard links: the reader refuses symlinks)."""
    seeds.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        target = seeds / f"{k:05d}.md"
        if not target.exists():
            try:
                os.link(seeds_all / target.name, target)
            except OSError:
                shutil.copy2(seeds_all / target.name, target)


# -- the sites ------------------------------------------------------------------
def mkdocs_configs(work: Path, seeds: Path, cache: Path, n: int) -> tuple[Path, Path, Path]:
    """mkdocs.yml with the plugin, the same without it over pre-written pages."""
    from mkdocs.utils.yaml import yaml_load  # resolves !ENV like mkdocs does

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as fh:
        base = yaml_load(fh)
    theme = base.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir") and (ROOT / theme["custom_dir"]).is_dir():
        base["theme"] = {**theme, "custom_dir": str(ROOT / theme["custom_dir"])}
    if base.get("hooks"):
        base["hooks"] = [str(ROOT / h) for h in base["hooks"]]
    ours, bare = dict(base), dict(base)
    plugins = []
    uses_pagefind = False
    for entry in base.get("plugins", []):
        if isinstance(entry, dict) and "briefings" in entry:
            opts = dict(entry["briefings"] or {})
            opts.update(seeds=str(seeds), templates=str(ROOT / "site_templates"), cache_dir=str(cache))
            uses_pagefind = bool(opts.get("pagefind"))
            plugins.append({"briefings": opts})
        else:
            plugins.append(entry)
    ours.update(docs_dir=str(ROOT / base.get("docs_dir", "docs")), site_dir=str(work / f"site-{n}"),
                plugins=plugins)
    bare_docs = work / f"bare-{n}" / "docs"
    bare_plugins = [p for p in plugins if not (isinstance(p, dict) and "briefings" in p)]
    if uses_pagefind and not any(_plugin_name(p) in ("search", "material/search") for p in bare_plugins):
        bare_plugins.insert(0, "search")  # bare MkDocs + Material comes with Material's search
    bare.update(docs_dir=str(bare_docs), site_dir=str(work / f"bare-{n}" / "site"), plugins=bare_plugins)
    ours_yml, bare_yml = work / f"ours-{n}.yml", work / f"bare-{n}.yml"
    ours_yml.write_text(yaml.safe_dump(ours, sort_keys=False), encoding="utf-8")
    bare_yml.write_text(yaml.safe_dump(bare, sort_keys=False), encoding="utf-8")
    return ours_yml, bare_yml, bare_docs


def _plugin_name(entry) -> str:
    return entry if isinstance(entry, str) else next(iter(entry), "")


def configured_search() -> str:
    """The search engine of the project's mkdocs.yml: "pagefind" or "material"."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as fh:
        plugins = yaml_load(fh).get("plugins", [])
    for entry in plugins:
        if isinstance(entry, dict) and "briefings" in entry and (entry["briefings"] or {}).get("pagefind"):
            return "pagefind"
    return "material"


def plugin_options(ours_yml: Path) -> dict:
    cfg = yaml.safe_load(ours_yml.read_text(encoding="utf-8"))
    return next(p["briefings"] for p in cfg["plugins"] if isinstance(p, dict) and "briefings" in p)


def write_bare_docs(ours_yml: Path, bare_docs: Path, cache: Path) -> None:
    """The same generated Markdown the plugin makes, written to disk, plus the hand-written docs."""
    opts = plugin_options(ours_yml)
    if bare_docs.exists():
        shutil.rmtree(bare_docs)
    cmd = [sys.executable, "-m", "generator", "build", "--seeds", opts["seeds"], "--out", str(bare_docs),
           "--templates", opts["templates"], "--cache-dir", str(cache)]
    subprocess.run(cmd, check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    shutil.copytree(ROOT / "docs", bare_docs, dirs_exist_ok=True)
    (bare_docs / ".briefings-manifest.json").unlink(missing_ok=True)


# -- measuring ------------------------------------------------------------------
def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def timed(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall time and peak resident memory (whole process tree) of a command.

    The CPU time (user + system) of the command and every process it waited
    for is kept in ``CPU_SECONDS[-1]``: on a shared machine the wall time of a
    single-threaded build also measures the neighbours' jobs, its CPU time much less.
    """
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, err = proc.communicate()
    finally:
        if proc.poll() is None:  # the run was stopped: do not leave a build running behind it
            proc.kill()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_SECONDS.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"scale.py: {' '.join(cmd)} failed:\n{err.decode(errors='replace')[-3000:]}")
    return seconds, peak[0]


CPU_SECONDS: list[float] = []


def cpu_seconds() -> float:
    """CPU time of this process and of every child it has waited for."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def mkdocs(config: Path) -> tuple[float, float]:
    return timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)])


def cold_analysis(seeds: Path, cache: Path, workers: int, summary_length: int) -> dict[str, float]:
    """Our cold analysis (empty cache) vs raw nlp.pipe, same texts, same model, same processes.

    Into the build cache when it is empty; into a throw-away one when an earlier
    run (``--work`` kept) filled it.
    """
    throwaway = any(AnalysisCache(cache, analyser="", code="").entries())
    if throwaway:
        cache = cache.with_name("cache-cold")
        shutil.rmtree(cache, ignore_errors=True)
    from generator.analysis.parse import load_model

    articles, _ = read_stage(BuildOptions(seeds=seeds))
    texts = [a.body[p.start : p.end] for a in articles for p in a.paragraphs]
    nlp = load_model()  # loaded once here: both sides fork from a process that has it
    cpu0 = cpu_seconds()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=workers):
        pass
    raw = time.perf_counter() - start
    cpu1 = cpu_seconds()
    start = time.perf_counter()
    analyse_all(articles, summary_length, AnalysisCache(cache), workers=workers, progress=False)
    ours = time.perf_counter() - start
    cpu2 = cpu_seconds()
    if throwaway:
        shutil.rmtree(cache, ignore_errors=True)
    words = sum(len(t.split()) for t in texts)
    return {"articles": len(articles), "words": words, "raw_s": raw, "ours_s": ours,
            "raw_words_per_s": words / raw, "ours_words_per_s": words / ours, "ratio": ours / raw,
            "raw_cpu_s": cpu1 - cpu0, "ours_cpu_s": cpu2 - cpu1, "cpu_ratio": (cpu2 - cpu1) / (cpu1 - cpu0)}


def material_payload(*sites: Path) -> dict[str, float]:
    """Material's index, from the first of ``sites`` that has one."""
    index = next((s / "search" / "search_index.json" for s in sites
                  if (s / "search" / "search_index.json").is_file()), None)
    if index is None:
        return {}
    data = index.read_bytes()
    docs = len(json.loads(data)["docs"])
    return {"material_index_kb": len(data) / 1024, "material_index_gzip_kb": len(gzip.compress(data)) / 1024,
            "material_index_docs": docs}


def pagefind_payload(site: Path) -> dict[str, float]:
    """Index the built site with Pagefind; the files a one-word query fetches.

    A query loads the loader script, the entry file, the WebAssembly, the
    metadata, one index chunk per word and the fragments of the results shown
    (Pagefind UI shows 5 at a time).  Pagefind's files are already gzipped.
    Upper bound: the largest chunk and the 5 largest fragments; typical: the
    median chunk and 5 median fragments.  The bundle the plugin wrote during the
    timed build when it has ``pagefind: true``; otherwise indexed here, as the
    plugin does (page content only), outside the timed build.
    """
    from statistics import median

    from generator.mkdocs_plugin.pagefind import ROOT_SELECTOR

    try:
        import pagefind  # noqa: F401
    except ImportError:
        return {}
    out = site / "pagefind"
    seconds = None  # indexed by the plugin, inside the timed build
    if not (out / "pagefind-entry.json").is_file():
        seconds, _ = timed([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir",
                            "pagefind", "--root-selector", ROOT_SELECTOR, "--silent"])
    size = {p: p.stat().st_size for p in out.rglob("*") if p.is_file()}

    def largest(pattern: str, count: int = 1) -> int:
        return sum(sorted((s for p, s in size.items() if p.match(pattern)), reverse=True)[:count])

    fixed = largest("pagefind.js") + largest("pagefind-entry.json") + largest("wasm.*.pagefind") \
        + largest("*.pf_meta")
    query = fixed + largest("index/*.pf_index") + largest("fragment/*.pf_fragment", 5)
    chunks = [s for p, s in size.items() if p.match("index/*.pf_index")]
    fragments = [s for p, s in size.items() if p.match("fragment/*.pf_fragment")]
    typical = fixed + median(chunks) + 5 * median(fragments)
    return {"pagefind_query_kb": query / 1024, "pagefind_typical_query_kb": typical / 1024,
            "pagefind_fixed_kb": fixed / 1024,
            "pagefind_chunk_max_kb": largest("index/*.pf_index") / 1024,
            "pagefind_total_kb": sum(size.values()) / 1024, "pagefind_index_s": seconds}


# -- the run ----------------------------------------------------------------------
def change_one(seeds: Path, n: int) -> tuple[Path, str]:
    path = seeds / f"{n // 2:05d}.md"
    original = path.read_text(encoding="utf-8")
    path.write_text(original.rstrip("\n") + " This sentence was added by the benchmark.\n", encoding="utf-8")
    return path, original


def run_size(n: int, posts, work: Path, cache: Path, workers: int, first: bool, repeat: int,
             keep_sites: bool = False) -> dict:
    seeds_all = work / "seeds-all"
    seeds = work / f"seeds-{n}"
    archive = derive(posts, n, seeds_all)
    link_prefix(seeds_all, n, seeds)
    ours_yml, bare_yml, bare_docs = mkdocs_configs(work, seeds, cache, n)
    row: dict = {"archive": archive}
    say(f"\n== {n} articles ({archive['distinct_titles']} distinct titles, "
        f"{archive['distinct_bodies']} distinct bodies, from {archive['source_articles']} real articles)")
    if first:
        summary_length = plugin_options(ours_yml).get("summary_sentences", 3)
        row["cold"] = cold = cold_analysis(seeds, cache, workers, summary_length)
        say(f"cold analysis: ours {cold['ours_s']:.1f} s vs raw nlp.pipe {cold['raw_s']:.1f} s "
            f"({cold['words']} words, {workers} processes) -> ratio {cold['ratio']:.2f}; "
            f"CPU time {cold['ours_cpu_s']:.0f} s vs {cold['raw_cpu_s']:.0f} s -> {cold['cpu_ratio']:.2f}")
    entries = sum(1 for _ in AnalysisCache(cache, analyser="", code="").entries())
    row["fill_s"], row["fill_peak_mb"] = mkdocs(ours_yml)
    say(f"first build (analyses what the cache lacks; {entries} entries before): {row['fill_s']:.1f} s, "
        f"peak {row['fill_peak_mb']:.0f} MB")
    write_bare_docs(ours_yml, bare_docs, cache)
    bare, warm, changed = [], [], []
    cpu: dict[str, list[float]] = {"bare": [], "warm": [], "one_change": []}
    for _ in range(repeat):  # interleaved, so a burst of load from elsewhere hits all three alike
        bare.append(mkdocs(bare_yml))
        cpu["bare"].append(CPU_SECONDS[-1])
        warm.append(mkdocs(ours_yml))
        cpu["warm"].append(CPU_SECONDS[-1])
        path, original = change_one(seeds, n)
        try:
            changed.append(mkdocs(ours_yml))
            cpu["one_change"].append(CPU_SECONDS[-1])
        finally:
            path.write_text(original, encoding="utf-8")
    row["cpu_s"] = {k: min(v) for k, v in cpu.items()}
    row["cpu_repeats"] = cpu
    row["warm_cpu_ratio"] = row["cpu_s"]["warm"] / row["cpu_s"]["bare"]
    row["one_change_cpu_ratio"] = row["cpu_s"]["one_change"] / row["cpu_s"]["bare"]
    # The fastest of the repeats: the least disturbed by other jobs on the machine.
    row["bare_s"], row["bare_peak_mb"] = min(t for t, _ in bare), max(m for _, m in bare)
    row["warm_s"], row["warm_peak_mb"] = min(t for t, _ in warm), max(m for _, m in warm)
    row["one_change_s"], row["one_change_peak_mb"] = min(t for t, _ in changed), max(m for _, m in changed)
    row["repeats"] = {"bare_s": [t for t, _ in bare], "warm_s": [t for t, _ in warm],
                      "one_change_s": [t for t, _ in changed]}
    row["warm_ratio"] = row["warm_s"] / row["bare_s"]
    row["one_change_ratio"] = row["one_change_s"] / row["bare_s"]
    say(f"bare mkdocs {row['bare_s']:.1f} s | warm build {row['warm_s']:.1f} s (x{row['warm_ratio']:.2f}) | "
        f"one change {row['one_change_s']:.1f} s (x{row['one_change_ratio']:.2f}) | "
        f"peak {max(row['warm_peak_mb'], row['one_change_peak_mb']):.0f} MB")
    c = row["cpu_s"]
    say(f"CPU time (process tree): bare {c['bare']:.1f} s | warm {c['warm']:.1f} s "
        f"(x{row['warm_cpu_ratio']:.2f}) | one change {c['one_change']:.1f} s "
        f"(x{row['one_change_cpu_ratio']:.2f})")
    site = work / f"site-{n}"
    row["search"] = s = {**material_payload(site, work / f"bare-{n}" / "site"), **pagefind_payload(site)}
    parts = []
    if "pagefind_query_kb" in s:
        how = ("indexed by the plugin in the timed build" if s["pagefind_index_s"] is None
               else f"indexed here in {s['pagefind_index_s']:.1f} s, outside the timed build")
        parts.append(f"Pagefind one-word query <= {s['pagefind_query_kb']:.0f} KB, typically "
                     f"{s['pagefind_typical_query_kb']:.0f} KB "
                     f"(total bundle {s['pagefind_total_kb']:.0f} KB; {how})")
    if "material_index_kb" in s:
        parts.append(f"Material index {s['material_index_kb']:.0f} KB "
                     f"({s['material_index_gzip_kb']:.0f} KB gzip, {s['material_index_docs']} entries; "
                     "downloaded whole before the first answer)")
    say("search: " + " | ".join(parts))
    if keep_sites:
        say(f"sites kept: {site} (ours), {work / f'bare-{n}' / 'site'} (bare, Material's search); "
            "benchmarks/search_browser.py measures their search in Chromium")
        return row
    for stale in (work / f"bare-{n}", work / f"site-{n}"):
        shutil.rmtree(stale, ignore_errors=True)  # 10k-page sites are big; keep the disk free
    return row


def summarise(sizes: list[int], rows: dict[int, dict], search_engine: str) -> dict:
    small, large = rows[sizes[0]], rows[sizes[-1]]
    exponent = (math.log(large["warm_s"] / small["warm_s"]) / math.log(sizes[-1] / sizes[0])
                if len(sizes) > 1 else None)
    search = large["search"]
    key = "pagefind_query_kb" if search_engine == "pagefind" else "material_index_gzip_kb"
    payload = search.get(key)
    peaks = [v for r in rows.values() for k, v in r.items() if k.endswith("peak_mb")]
    return {"sizes": sizes, "cold_ratio": small.get("cold", {}).get("ratio"),
            "warm_ratio": large["warm_ratio"],
            "one_change_ratio": large["one_change_ratio"], "exponent": exponent,
            "peak_mb": max(peaks), "search_payload_kb": payload, "search_engine": search_engine,
            "material_index_gzip_kb": search.get("material_index_gzip_kb"),
            "pagefind_query_kb": search.get("pagefind_query_kb"),
            "warm_cpu_ratio": large["warm_cpu_ratio"], "one_change_cpu_ratio": large["one_change_cpu_ratio"],
            "exponent_cpu": (math.log(large["cpu_s"]["warm"] / small["cpu_s"]["warm"])
                             / math.log(sizes[-1] / sizes[0]) if len(sizes) > 1 else None),
            "cold_cpu_ratio": small.get("cold", {}).get("cpu_ratio"),
            "per_size": {str(n): rows[n] for n in sizes}}


def fill(posts, n: int, work: Path, cache: Path, workers: int) -> int:
    derive(posts, n, work / "seeds-all")
    link_prefix(work / "seeds-all", n, work / f"seeds-{n}")
    articles, _ = read_stage(BuildOptions(seeds=work / f"seeds-{n}"))
    start = time.perf_counter()
    analyse_all(articles, cache=AnalysisCache(cache), workers=workers)
    say(f"filled the cache for {len(articles)} articles in {time.perf_counter() - start:.0f} s")
    return 0


def _kb(value: float | None) -> str:
    return "not measured" if value is None else f"{value:.0f} KB"


def say(text: str) -> None:
    print(text, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of real articles (.md)")
    ap.add_argument("--sizes", default="1000,5000,10000", help="archive sizes, comma-separated")
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed)")
    ap.add_argument("--workers", type=int, default=0, help="analysis processes (default: one per core)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time each build this many times, interleaved, and keep the fastest (default: 1)")
    ap.add_argument("--keep-sites", action="store_true",
                    help="keep each size's built sites in --work (for benchmarks/search_browser.py)")
    ap.add_argument("--no-cold", action="store_true",
                    help="skip the cold-analysis figure (e.g. a second run for the largest size only)")
    ap.add_argument("--fill-only", action="store_true",
                    help="only derive the largest archive and fill the cache in --work (to split a long run)")
    ap.add_argument("--search", choices=["material", "pagefind"], default=configured_search(),
                    help="search engine whose payload is the headline figure "
                         "(default: the one mkdocs.yml configures, now %(default)s)")
    args = ap.parse_args(argv)
    # A stopped run (kill, timeout) still puts back the article it changed: SIGTERM unwinds
    # like Ctrl-C, through change_one's ``finally``.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.keep_sites and not args.work:
        ap.error("--keep-sites needs --work (the default working folder is removed at the end)")
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    workers = args.workers or available_cores()
    work = args.work or Path(tempfile.mkdtemp(prefix="briefings-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "cache"  # kept between runs with the same --work: the cold figure uses its own
    say(f"scale benchmark {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node()}: "
        f"{available_cores()} cores, Python {platform.python_version()}, sizes {sizes}, work {work}")
    say(f"search: headline payload is {args.search}'s; " + (
        "ours indexes with Pagefind inside the timed mkdocs build; the bare build gets Material's search "
        "plugin, as bare MkDocs + Material users have" if configured_search() == "pagefind"
        else "both builds have Material's search plugin"))
    say(f"archives derived from {args.corpus}: article k is real article k mod M; from the second round on "
        "a distinct title '(variant v)' and a different paragraph order")
    posts = load_corpus(args.corpus)
    if args.fill_only:
        return fill(posts, sizes[-1], work, cache, workers)
    try:
        rows = {n: run_size(n, posts, work, cache, workers, first=(i == 0 and not args.no_cold),
                            repeat=args.repeat,
                            keep_sites=args.keep_sites)
                for i, n in enumerate(sizes)}
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    result = summarise(sizes, rows, args.search)
    say("\nfigure                      value      target")
    for key, target in TARGETS.items():
        value = result[key]
        shown = "n/a" if value is None else f"{value:.2f}"
        verdict = "" if value is None else ("holds" if value <= target else "MISSED")
        say(f"{key:<26} {shown:>8}   <= {target:<7} {verdict}")
    say("on CPU time (user + system of the process tree; less sensitive to other jobs on the machine): "
        + ", ".join(f"{k} {result[k]:.2f}" for k in ("cold_cpu_ratio", "warm_cpu_ratio",
                                                      "one_change_cpu_ratio", "exponent_cpu")
                    if result[k] is not None))
    say(f"(search_payload_kb is {result['search_engine']}'s; for comparison, Pagefind one-word query "
        f"{_kb(result['pagefind_query_kb'])}, "
        f"Material's index gzipped {_kb(result['material_index_gzip_kb'])})")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
