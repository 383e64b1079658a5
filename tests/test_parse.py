"""The spaCy substrate: helpers over the parse, on small texts written for these tests."""

from __future__ import annotations

from generator.analysis.parse import entities_in


def test_entities_in_a_span_are_those_span_ents_gives(nlp):
    doc = nlp("Mayor Anna Berg met the Northern Water Board in Oslo on Monday, March 3. "
              "Carl Olsen of Statkraft AS spoke next week in New York. Nobody else came.")
    spans = [*doc.sents, doc[2:9], doc[0:2], doc[:]]
    for span in spans:
        got = [(e.start, e.end, e.label_) for e in entities_in(span)]
        assert got == [(e.start, e.end, e.label_) for e in span.ents], span.text
    assert any(entities_in(s) for s in doc.sents)
