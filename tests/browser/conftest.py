"""Browser tests: the real site, built once, served locally, read by Chromium.

The site is built from the repository's own ``mkdocs.yml`` and ``seeds/`` with
``mkdocs build --strict`` into a temporary folder, under a GitHub Pages-style
project path (``/project/``) so that relative links and ``site_url`` are tested
the way readers meet them.  It is served by the standard library's HTTP server
on 127.0.0.1 and driven by Playwright for Python with Debian's ``chromium``
(never a browser download).

Without Chromium or Playwright the tests skip, with the reason, except under
``CI`` where a missing browser is a failure: CI must run them.
"""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PROJECT_PATH = "/project/"  # like https://<user>.github.io/<repo>/


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _require_browser():
    """Import Playwright, or skip (fail under CI) with the reason."""
    problems = []
    if not CHROMIUM.exists():
        problems.append(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
        problems.append("playwright is not installed (pip install -e '.[test]')")
    if problems:
        reason = "browser tests need " + "; ".join(problems)
        if _in_ci():
            pytest.fail(reason + " — CI is set, so they must run", pytrace=False)
        pytest.skip(reason)
    return sync_playwright


class _ProjectPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder under PROJECT_PATH only, quietly."""

    def translate_path(self, path: str) -> str:
        if not path.startswith(PROJECT_PATH):
            return str(Path(self.directory) / "__outside_project_path__")
        return super().translate_path("/" + path[len(PROJECT_PATH):])

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture(scope="session")
def sync_playwright_factory():
    return _require_browser()


@pytest.fixture(scope="session")
def _server_socket():
    """A bound port, known before the build so ``site_url`` can name it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    yield sock
    sock.close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, _server_socket, sync_playwright_factory) -> Path:
    """The real site, built once per session with ``mkdocs build --strict``.

    ``BRIEFINGS_BUILT_SITE=folder`` reuses a site built beforehand (for working
    on the tests; CI always builds).
    """
    if os.environ.get("BRIEFINGS_BUILT_SITE") and not _in_ci():
        return Path(os.environ["BRIEFINGS_BUILT_SITE"])
    out = tmp_path_factory.mktemp("site") / "site"
    port = _server_socket.getsockname()[1]
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{port}{PROJECT_PATH}"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"),
         "-d", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert proc.returncode == 0, f"mkdocs build failed:\n{proc.stdout}\n{proc.stderr}"
    return out


@pytest.fixture(scope="session")
def site_url(built_site, _server_socket) -> str:
    """Base URL of the served site, ending in ``/``."""
    host, port = _server_socket.getsockname()
    _server_socket.close()  # hand the port to the server
    handler = functools.partial(_ProjectPathHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer((host, port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{host}:{port}{PROJECT_PATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser(sync_playwright_factory):
    with sync_playwright_factory() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh page; ``page.console_errors`` collects console errors and page errors.

    Requests that leave 127.0.0.1 are aborted and recorded in
    ``page.external_requests``: the site must work offline.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.external_requests = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))

    def _route(route):
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            page.external_requests.append(route.request.url)
            route.abort()

    page.route("**/*", _route)
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, site_url):
    """A page with a phone-sized viewport."""
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    yield page
    context.close()
