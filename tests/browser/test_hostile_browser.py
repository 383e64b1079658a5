"""The hostile corpus in a real browser: no script from an article runs.

Every script the corpus carries sets ``window.__pwned`` or would open a dialog;
this loads every page of the built hostile site in Chromium, moves the mouse
over the article of the pages whose text tries ``onmouseover``, and checks that no
dialog opened, the flag is unset, and the live DOM holds no event-handler
attribute or script URL.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
from hostile_corpus import corpus_site  # noqa: E402

DOM_CHECK = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
      if (['href', 'src', 'action', 'formaction', 'data'].includes(attr.name)
          && /^(javascript|data|vbscript):/.test(value)
          && !(el.matches('a.md-search__icon') && value === 'javascript:void(0)')) {
        bad.push(el.tagName + ' ' + attr.name + '=' + value.slice(0, 40));
      }
    }
    if (['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
  }
  return {pwned: window.__pwned === undefined ? null : String(window.__pwned), bad};
}"""


# Pages whose text carries mouse-event attacks: the mouse goes over their elements.
HOVERED = ("briefings/script-", "briefings/quote-in-url", "briefings/bold-link")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory, sync_playwright_factory):
    site = corpus_site(tmp_path_factory)[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", site
    server.shutdown()
    server.server_close()


def _pages(site: Path) -> list[str]:
    """The briefing pages and the archive pages that list them (titles, tags, actors)."""
    pages = [p.relative_to(site).parent.as_posix() + "/" for p in sorted(site.rglob("index.html"))]
    hand_written = ("search/", "assets/", "about/", "contract/")
    return [p.removeprefix("./") for p in pages if not p.startswith(hand_written)]


def test_no_injected_script_runs_in_any_page(browser, hostile_url):
    base, site = hostile_url
    pages = _pages(site)
    assert any(p.startswith("briefings/script-") for p in pages), "the XSS briefing is built"
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
    # Nothing leaves 127.0.0.1: an injected <img src=http://…> must not load either.
    outside: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base)
               else (outside.append(r.request.url), r.abort()))
    problems = {}
    try:
        for path in pages:
            page.goto(base + path, wait_until="load")
            if path.startswith(HOVERED):
                for el in page.query_selector_all("article :is(p, a, li, td, h1, time)"):
                    if el.is_visible():
                        el.hover(timeout=2_000, force=True)
            found = page.evaluate(DOM_CHECK)
            if found["pwned"] is not None or found["bad"]:
                problems[path] = found
    finally:
        context.close()
    assert problems == {}
    assert dialogs == []
    assert outside == []
