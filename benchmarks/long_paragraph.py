#!/usr/bin/env python
"""Long-paragraph benchmark: does the analysis stay linear in a paragraph's length?

    python benchmarks/long_paragraph.py [--sizes 50,200,800]

Each article is one paragraph: a block of news-like sentences written for this
benchmark (quotations and their speakers, named or "she", dates, a bracketed acronym, titles)
repeated ``size`` times.  The parse is timed apart from the analysis (actors,
quotes, timexes, timeline, summary), and both in this run, so the figures are
ratios that a shared, noisy machine still gives comparably:

- analysis ÷ parse per size: the analysis should cost a steady share of the parse;
- growth exponent of the analysis time between the smallest and the largest size
  (1.0 is linear; 2.0 quadratic, which is what reading ``Doc.text`` once per item
  of a paragraph gave: one 20,000-token paragraph took 180 s to analyse).

Run on demand; not part of the tests.
"""

from __future__ import annotations

import argparse
import math
import time

from generator.analysis import analyse_parsed
from generator.analysis.parse import load_model, parse
from generator.model import Article
from generator.reader import split_paragraphs

BLOCK = (
    '"The river number {i} rose faster than anyone expected this spring," Mayor Anna Berg said on '
    "Monday. The Northern Water Board (NWB) said on March {day} that the dam was safe. Engineer Carl "
    'Olsen described the repairs as "long overdue and far too slow." Olsen will report to the council '
    'next week. "We will not wait for another flood before we act," she added. '
)


def article(size: int) -> Article:
    body = "".join(BLOCK.format(i=i, day=1 + i % 28) for i in range(size)).strip()
    return Article(source_path=f"long-{size}.md", slug=f"long-{size}", title="A long paragraph",
                   body=body, paragraphs=split_paragraphs(body))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,200,800", help="blocks per paragraph, comma-separated")
    sizes = sorted(int(s) for s in ap.parse_args().sizes.split(","))
    nlp = load_model()
    rows = []
    print(f"{'blocks':>7} {'tokens':>8} {'parse s':>9} {'analysis s':>11} {'analysis/parse':>15}")
    for size in sizes:
        t0 = time.perf_counter()
        parsed = parse(article(size), nlp)
        t1 = time.perf_counter()
        analyse_parsed(parsed)
        t2 = time.perf_counter()
        tokens = sum(len(p.doc) for p in parsed.paragraphs)
        rows.append((tokens, t2 - t1))
        print(f"{size:>7} {tokens:>8} {t1 - t0:>9.2f} {t2 - t1:>11.2f} {(t2 - t1) / (t1 - t0):>15.2f}")
    if len(rows) > 1:
        (n0, a0), (n1, a1) = rows[0], rows[-1]
        growth = math.log(a1 / a0) / math.log(n1 / n0)
        print(f"growth exponent of the analysis, {n0} to {n1} tokens: {growth:.2f}")


if __name__ == "__main__":
    main()
