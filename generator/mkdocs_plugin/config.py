"""Options of the ``briefings`` plugin, as set in ``mkdocs.yml``."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class BriefingsConfig(base.Config):
    # Folder of the articles, relative to mkdocs.yml.
    seeds = c.Type(str, default="seeds")
    # Folder of the Jinja2 templates that shape every generated page.
    templates = c.Type(str, default="site_templates")
    # Site folder of the briefing pages: /briefings/<slug>/.
    prefix = c.Type(str, default="briefings")
    # Sentences in each summary.
    summary_sentences = c.Type(int, default=3)
    # Actors listed on a briefing page.
    max_actors = c.Type(int, default=8)
    # Fail the build on any bad article instead of skipping it.
    strict = c.Type(bool, default=False)
    # Analysis cache folder, relative to mkdocs.yml: unchanged articles are not re-analysed.
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".briefings-cache")
    # Processes for analysing new articles (0: one per core).
    workers = c.Type(int, default=0)
    # Index the built site with Pagefind and add a Search page (search.md) that uses it:
    # a query fetches a few hundred KB at any archive size, where Material's search
    # downloads an index of every page (see the README, "Scale").  Needs pagefind[bin].
    pagefind = c.Type(bool, default=False)
    # Actors named in fewer briefings than this get no page (nor API file, nor row in
    # the listings); their briefings name them without a link.  1: a page for every
    # actor.  A large archive can raise it: most actors appear once (README, "Scale").
    actor_page_min_briefings = c.Type(int, default=1)
    # Article files larger than this (in KB) are reported and skipped.
    max_article_kb = c.Type(int, default=512)
