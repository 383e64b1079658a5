"""Parallel analysis gives exactly what the one-process analysis gives, in order."""

from __future__ import annotations

import pytest

from generator import parallel
from generator.analysis import analyse_many
from generator.cache import AnalysisCache
from generator.model import Article, Paragraph

TEXTS = [
    ("harbour", "Mayor Ines Duarte opened the new harbour in Porto on Monday. "
                "She said the work took three years."),
    ("bridge", "The Danube bridge in Linz will close in March, officials said. "
               "Engineer Karl Weber leads the repairs."),
    ("library", "A library in Tromsø lent its millionth book last week. "
                "Librarian Sofie Berg called it a happy day."),
    ("orchestra", "The Lisbon orchestra played for Prime Minister António Costa. "
                  "The concert lasted two hours."),
    ("garden", "Gardeners in Kyoto planted two hundred cherry trees in April."),
]


def articles() -> list[Article]:
    out = []
    for slug, body in TEXTS:
        out.append(Article(source_path=f"{slug}.md", slug=slug, title=slug.title(), body=body,
                           paragraphs=(Paragraph(1, 0, len(body)),)))
    return out


@pytest.fixture
def small_batches(monkeypatch):
    """Make five tiny articles go through the pool, one per task."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel, "BATCH", 1)


def test_two_workers_give_the_serial_result_in_input_order(nlp, small_batches):
    serial = list(analyse_many(articles(), nlp))
    together = parallel.analyse_all(articles(), workers=2, progress=False)
    assert [b.article.slug for b in together] == [slug for slug, _ in TEXTS]
    assert together == serial


def test_parallel_results_fill_the_cache(nlp, small_batches, tmp_path):
    store = AnalysisCache(tmp_path / "cache")
    first = parallel.analyse_all(articles(), cache=store, workers=2, progress=False)
    keys = [store.key(a, 3) for a in articles()]
    assert [store.get(k) for k in keys] == first


def _broken(batch, summary_length):
    raise RuntimeError(f"cannot analyse {batch[0][1].slug}")


def test_a_failing_article_stops_the_pool_with_its_error(monkeypatch, small_batches):
    monkeypatch.setattr(parallel, "analyse_batch", _broken)  # module level: workers unpickle it
    with pytest.raises(RuntimeError, match="cannot analyse"):
        parallel.analyse_all(articles(), workers=2, progress=False)
