"""The analysis cache: hits, misses on change, damaged entries, version bumps,
pruning and concurrent writers.  The analysis itself is replaced by a counting
stand-in so these tests say exactly which articles were analysed."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import time

import pytest

from generator import cache as cache_module
from generator import parallel
from generator.cache import AnalysisCache
from generator.model import Actor, Article, Briefing, Paragraph, Sentence


def article(slug: str, body: str, title: str | None = None) -> Article:
    return Article(source_path=f"{slug}.md", slug=slug, title=title or slug.title(), body=body,
                   paragraphs=(Paragraph(1, 0, len(body)),))


def briefing_of(a: Article, analyser: str = "stand-in") -> Briefing:
    """A briefing that depends on the article, as a real one would."""
    first = a.body.split(".")[0] + "."
    return Briefing(article=a, gist=Sentence(first, 1, 0, len(first)),
                    actors=(Actor(id=f"{a.slug}-x", name=a.title, kind="person", role=None,
                                  spans=((0, 3),)),),
                    analyser=analyser)


@pytest.fixture
def analysed(monkeypatch):
    """Replace the analysis with a stand-in; yields the list of analysed slugs."""
    calls: list[str] = []

    def fake_batch(batch, summary_length):
        calls.extend(a.slug for _, a in batch)
        return [(i, briefing_of(a)) for i, a in batch]

    monkeypatch.setattr(parallel, "analyse_batch", fake_batch)
    return calls


@pytest.fixture
def store(tmp_path):
    return AnalysisCache(tmp_path / "cache", analyser="test-analyser-1", code="code-a")


ARTICLES = [article("one", "Ada Lovelace wrote notes. They were long."),
            article("two", "Grace Hopper found a moth. It was in a relay.")]


def test_put_then_get_returns_the_same_briefing(store):
    b = briefing_of(ARTICLES[0])
    key = store.key(ARTICLES[0], 3)
    assert store.get(key) is None
    store.put(key, b)
    assert store.get(key) == b


def test_second_run_analyses_nothing(store, analysed):
    first = parallel.analyse_all(ARTICLES, cache=store, workers=1)
    assert analysed == ["one", "two"]
    second = parallel.analyse_all(ARTICLES, cache=store, workers=1)
    assert analysed == ["one", "two"]  # no new calls
    assert second == first


def test_only_the_changed_article_is_analysed_again(store, analysed):
    parallel.analyse_all(ARTICLES, cache=store, workers=1)
    changed = [ARTICLES[0], dataclasses.replace(ARTICLES[1], body=ARTICLES[1].body + " Later.")]
    result = parallel.analyse_all(changed, cache=store, workers=1)
    assert analysed == ["one", "two", "two"]
    assert result[1].article.body.endswith("Later.")


@pytest.mark.parametrize("change", [
    lambda a: dataclasses.replace(a, title="Another title"),
    lambda a: dataclasses.replace(a, tags=("science",)),
    lambda a: dataclasses.replace(a, date=__import__("datetime").date(2020, 1, 2)),
])
def test_any_change_to_the_article_changes_the_key(store, change):
    a = ARTICLES[0]
    assert store.key(change(a), 3) != store.key(a, 3)


def test_summary_length_is_part_of_the_key(store, analysed):
    parallel.analyse_all(ARTICLES, summary_length=3, cache=store, workers=1)
    parallel.analyse_all(ARTICLES, summary_length=5, cache=store, workers=1)
    assert analysed == ["one", "two", "one", "two"]


def test_a_version_bump_recomputes_everything(tmp_path, analysed):
    old = AnalysisCache(tmp_path / "cache", analyser="briefings-0.1.0+model-3.8.0", code="c")
    parallel.analyse_all(ARTICLES, cache=old, workers=1)
    for bumped in (AnalysisCache(tmp_path / "cache", analyser="briefings-0.2.0+model-3.8.0", code="c"),
                   AnalysisCache(tmp_path / "cache", analyser="briefings-0.1.0+model-3.8.1", code="c"),
                   AnalysisCache(tmp_path / "cache", analyser="briefings-0.1.0+model-3.8.0", code="d")):
        analysed.clear()
        parallel.analyse_all(ARTICLES, cache=bumped, workers=1)
        assert analysed == ["one", "two"]


def test_editing_the_analysis_code_changes_the_fingerprint(tmp_path, monkeypatch):
    package = tmp_path / "analysis"
    package.mkdir()
    (package / "__init__.py").write_text("X = 1\n")
    model = tmp_path / "model.py"
    model.write_text("M = 1\n")
    monkeypatch.setattr(cache_module, "_ANALYSIS_PACKAGE", package)
    monkeypatch.setattr(cache_module, "_MODEL_FILE", model)
    cache_module.code_fingerprint.cache_clear()
    try:
        before = cache_module.code_fingerprint()
        cache_module.code_fingerprint.cache_clear()
        (package / "__init__.py").write_text("X = 2\n")
        after = cache_module.code_fingerprint()
    finally:
        cache_module.code_fingerprint.cache_clear()
    assert before != after


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # a partial write
    lambda text: "",  # an empty file
    lambda text: "not json at all",
    lambda text: text.replace("Ada Lovelace", "Ada Lovelock"),  # valid JSON, wrong checksum
    lambda text: json.dumps({**json.loads(text), "briefing": {"slug": "one"}}),  # checksum of junk
])
def test_a_damaged_entry_is_recomputed(store, analysed, damage):
    parallel.analyse_all(ARTICLES, cache=store, workers=1)
    path = store.path(store.key(ARTICLES[0], 3))
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = parallel.analyse_all(ARTICLES, cache=store, workers=1)
    assert analysed == ["one", "two", "one"]
    assert result[0] == briefing_of(ARTICLES[0])
    assert store.get(store.key(ARTICLES[0], 3)) == result[0]  # and repaired on disk


def test_an_entry_under_another_key_is_not_served(store):
    """A file renamed or copied by hand must not pass for another article's entry."""
    k1, k2 = store.key(ARTICLES[0], 3), store.key(ARTICLES[1], 3)
    store.put(k1, briefing_of(ARTICLES[0]))
    store.path(k2).parent.mkdir(parents=True, exist_ok=True)
    store.path(k2).write_bytes(store.path(k1).read_bytes())
    assert store.get(k2) is None


def test_prune_keeps_what_the_articles_need(store):
    keys = [store.key(a, 3) for a in ARTICLES]
    for a, k in zip(ARTICLES, keys, strict=True):
        store.put(k, briefing_of(a))
    gone = article("gone", "Deleted since.")
    store.put(store.key(gone, 3), briefing_of(gone))
    assert store.prune(keep=keys) == 1
    assert [store.get(k) is not None for k in keys] == [True, True]
    assert store.get(store.key(gone, 3)) is None


def test_prune_without_articles_removes_other_versions_and_old_temp_files(tmp_path, store):
    older = AnalysisCache(tmp_path / "cache", analyser="test-analyser-0", code="code-a")
    old_key = older.key(ARTICLES[0], 3)
    older.put(old_key, briefing_of(ARTICLES[0]))
    new_key = store.key(ARTICLES[0], 3)
    store.put(new_key, briefing_of(ARTICLES[0]))
    shard = store.path(new_key).parent
    leftover, fresh = shard / ".tmp-killed.json", shard / ".tmp-running.json"
    leftover.write_text("{")
    fresh.write_text("{")
    an_hour_ago = time.time() - cache_module.STALE_TMP_SECONDS - 10
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    assert store.prune() == 2
    assert older.get(old_key) is None and store.get(new_key) is not None
    assert not leftover.exists() and fresh.exists()  # another build may be writing it


def _hammer(folder: str, seed: int) -> None:
    store = AnalysisCache(folder, analyser="test-analyser-1", code="code-a")
    items = [article(f"a{n}", f"Article number {n}. " * (1 + n % 7)) for n in range(40)]
    for a in items[seed % 2 :: 1] + items[::-1]:
        store.put(store.key(a, 3), briefing_of(a))


def test_concurrent_writers_leave_only_whole_entries(tmp_path):
    folder = str(tmp_path / "cache")
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_hammer, args=(folder, n)) for n in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    store = AnalysisCache(folder, analyser="test-analyser-1", code="code-a")
    items = [article(f"a{n}", f"Article number {n}. " * (1 + n % 7)) for n in range(40)]
    assert [store.get(store.key(a, 3)) for a in items] == [briefing_of(a) for a in items]
    assert list((tmp_path / "cache").glob("??/.tmp-*")) == []


def test_analyser_id_without_loading_the_model_matches_the_loaded_model(nlp):
    from generator.analysis import analyser_id

    assert cache_module.current_analyser() == analyser_id(nlp)


def test_a_cache_that_cannot_be_written_does_not_stop_the_build(tmp_path, analysed, caplog):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    store = AnalysisCache(blocked, analyser="test-analyser-1", code="code-a")
    result = parallel.analyse_all(ARTICLES, cache=store, workers=1)
    assert [b.article.slug for b in result] == ["one", "two"]
    assert analysed == ["one", "two"]
    assert sum("cannot write the analysis cache" in r.getMessage() for r in caplog.records) == 1
