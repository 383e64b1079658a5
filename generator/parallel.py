"""Analysing a whole archive: cached results first, the rest on every core.

Analysis is a pure function of one article (``generator.analysis``), so the
articles the cache does not hold are shared out to a pool of worker
processes, each with its own copy of the model, in small batches.  A pool
rather than ``nlp.pipe(n_process=...)``: with ``nlp.pipe`` only the parsing is
parallel and every ``Doc`` travels back to this process, where the rest of the
analysis would run on one core; a worker here does both and sends back only
the small ``Briefing``.

This module lives outside ``generator/analysis`` on purpose: the cache key
hashes that package's source, and how the work is scheduled does not change
its result.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from generator.cache import AnalysisCache
from generator.model import Article, Briefing

log = logging.getLogger("briefings")

# Articles per task sent to a worker: big enough to amortise the round trip,
# small enough for the progress bar to move and the cores to finish together.
BATCH = 8
# Below this many articles to analyse, starting workers (each loads the model,
# a few seconds) costs more than it saves.
MIN_PARALLEL = 40


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class AnalysisStats:
    total: int
    cached: int
    analysed: int
    workers: int
    seconds: float


def analyse_all(
    articles: Sequence[Article],
    summary_length: int = 3,
    cache: AnalysisCache | None = None,
    workers: int = 0,
    progress: bool | None = None,
    on_stats: Callable[[AnalysisStats], None] | None = None,
) -> list[Briefing]:
    """A briefing for every article, in order: from the cache when it has one.

    ``workers``: processes for the articles to analyse (0: one per core).
    ``progress``: show a progress bar (None: only when stderr is a terminal).
    """
    started = time.perf_counter()
    keys = [cache.key(a, summary_length) for a in articles] if cache else []
    results: list[Briefing | None] = [cache.get(k) for k in keys] if cache else [None] * len(articles)
    todo = [i for i, r in enumerate(results) if r is None]
    workers = workers or available_cores()
    if len(todo) < MIN_PARALLEL:
        workers = 1
    start_method = _start_method()  # before the progress bar starts its monitor thread
    with _progress_bar(len(todo), progress) as bar:
        for i, briefing in _analyse([(i, articles[i]) for i in todo], summary_length, workers, start_method):
            results[i] = briefing
            if cache:
                cache = _store(cache, keys[i], briefing)
            bar.update(1)
    stats = AnalysisStats(len(articles), len(articles) - len(todo), len(todo), workers,
                          time.perf_counter() - started)
    log.info("briefings: %d articles, %d from the cache, %d analysed by %d process(es) in %.1f s",
             stats.total, stats.cached, stats.analysed, stats.workers, stats.seconds)
    if on_stats:
        on_stats(stats)
    return results  # type: ignore[return-value]  # every slot is filled above


def _store(cache: AnalysisCache, key: str, briefing: Briefing) -> AnalysisCache | None:
    """Write one entry; on a write error (full disk, read-only folder) warn once
    and go on without the cache: it saves time, it must not sink the build."""
    try:
        cache.put(key, briefing)
        return cache
    except OSError as exc:
        log.warning("briefings: cannot write the analysis cache in %s (%s); going on without it",
                    cache.folder, exc)
        return None


def _start_method() -> str:
    """"fork" when this process runs no other thread, else "spawn".

    fork starts workers at once, shares an already loaded model and needs no
    importable ``__main__``; but forking a process that runs threads (the
    MkDocs dev server does) can deadlock the child, so there we pay for spawn.
    """
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _analyse(
    todo: list[tuple[int, Article]], summary_length: int, workers: int, start_method: str
) -> Iterator[tuple[int, Briefing]]:
    if not todo:
        return
    if workers <= 1:
        yield from analyse_batch(todo, summary_length)
        return
    batches = [todo[k : k + BATCH] for k in range(0, len(todo), BATCH)]
    context = multiprocessing.get_context(start_method)
    with cf.ProcessPoolExecutor(max_workers=min(workers, len(batches)), mp_context=context) as pool:
        futures = [pool.submit(analyse_batch, batch, summary_length) for batch in batches]
        try:
            for future in cf.as_completed(futures):
                yield from future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def analyse_batch(batch: list[tuple[int, Article]], summary_length: int) -> list[tuple[int, Briefing]]:
    """Analyse numbered articles (runs in a worker; the model loads once per process)."""
    from generator.analysis import analyse_many

    articles = [a for _, a in batch]
    briefings = analyse_many(articles, summary_length=summary_length)
    return [(i, b) for (i, _), b in zip(batch, briefings, strict=True)]


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _progress_bar(total: int, enabled: bool | None):
    """tqdm on stderr, with rate and time left; silent when not a terminal."""
    if total == 0 or enabled is False:
        return _NoBar()
    from tqdm import tqdm

    class Bar(tqdm):
        # No monitor thread: a thread left running would make the next build
        # in this process start its workers with the slower "spawn".
        monitor_interval = 0

    return Bar(total=total, unit="article", desc="Analysing", file=sys.stderr,
                disable=None if enabled is None else False, dynamic_ncols=True)
