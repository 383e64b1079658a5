"""Reading both input formats into Articles."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.reader import ArticleError, read_article, split_paragraphs, strip_dateline


def test_text_title_is_first_non_empty_line(write):
    path = write("a.txt", "\n\n  Mayor Opens Bridge  \n\nThe mayor opened the bridge.\n\nIt rained.\n")
    article = read_article(path)
    assert article.title == "Mayor Opens Bridge"
    assert [article.paragraph_text(p.index) for p in article.paragraphs] == [
        "The mayor opened the bridge.",
        "It rained.",
    ]
    assert article.date is None


def test_text_dateline_is_the_place_not_text(write):
    path = write("a.txt", "Title\n\nNUR-SULTAN -- Kazakh President spoke.\n\nSecond.\n")
    article = read_article(path)
    assert article.dateline == "Nur-Sultan"
    assert article.body.startswith("Kazakh President spoke.")
    assert article.paragraphs[0].start == 0


@pytest.mark.parametrize(
    "text, place",
    [
        ("WASHINGTON (Reuters) - The Senate voted.", "Washington"),
        ("LONDON — Prices rose.", "London"),
        ("NEW YORK -- Stocks fell.", "New York"),
        ("The Senate voted -- narrowly.", None),
        ("US-led forces -- advanced.", None),
    ],
)
def test_dateline_forms(text, place):
    body, found = strip_dateline(text)
    assert found == place
    if place is None:
        assert body == text


def test_paragraph_offsets_point_into_body():
    body = "One line\nstill one.\n\n\n  Two.  \n \nThree."
    paras = split_paragraphs(body)
    assert [body[p.start : p.end] for p in paras] == ["One line\nstill one.", "Two.", "Three."]
    assert [p.index for p in paras] == [1, 2, 3]


def test_markdown_front_matter_fields_and_unknown_keys(write):
    path = write(
        "b.md",
        "---\ntitle: Budget passes\ndate: 2019-01-04\nsource: Wikinews\nurl: https://example.org/x\n"
        "tags: [budget, congress]\nlicence: CC BY 2.5\nattribution: Wikinews contributors\n"
        "genre: news\nwords: 12\n---\nThe budget passed.\n\nIt was close.\n",
    )
    article = read_article(path)
    assert article.title == "Budget passes"
    assert article.date == dt.date(2019, 1, 4)
    assert article.source == "Wikinews"
    assert article.url == "https://example.org/x"
    assert article.tags == ("budget", "congress")
    assert article.licence == "CC BY 2.5"
    assert article.attribution == "Wikinews contributors"
    assert dict(article.extra) == {"genre": "news", "words": 12}
    assert len(article.paragraphs) == 2


def test_markdown_without_date_is_undated(write):
    article = read_article(write("c.md", "---\ntitle: No date\n---\nText here.\n"))
    assert article.date is None


def test_quoted_date_string_is_read(write):
    article = read_article(write("d.md", "---\ntitle: T\ndate: '2020-02-29'\n---\nText.\n"))
    assert article.date == dt.date(2020, 2, 29)


@pytest.mark.parametrize(
    "name, text, words",
    [
        ("e.txt", "", "empty"),
        ("e.md", "---\ndate: 2020-01-01\n---\nBody.\n", "no title"),
        ("e.md", "---\ntitle: T\ndate: yesterday\n---\nBody.\n", "'date' is not a date"),
        ("e.md", "---\ntitle: [a, b]\n---\nBody.\n", "'title' must be text"),
        ("e.md", "---\ntitle: T\n---\n\n", "no text"),
    ],
)
def test_bad_articles_name_the_file_and_the_problem(write, name, text, words):
    path = write(name, text)
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert words in str(err.value)
    assert str(path) in str(err.value)


def test_the_seed_reads_as_expected(seed_path):
    article = read_article(seed_path)
    assert article.title.startswith("Kazakh President Warns Against")
    assert article.dateline == "Nur-Sultan"
    assert article.date is None
    assert len(article.paragraphs) == 11
    assert "NUR-SULTAN" not in article.body
