"""A local HTTP server for the built site and one headless Chromium for the browser tests."""

import functools
import gzip
import json
import threading
import weakref
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import websocket  # websocket-client, Selenium's own dependency
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import tiers
from plan import config

# Checked with every other setting by scripts/test and scripts/benchmark before anything runs.
_settings = config.read()
CHROME_BIN, CHROMEDRIVER_BIN = _settings.chrome_bin, _settings.chromedriver_bin
HEADLESS_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu")
# Fewer fetches of its own (updates, sync, first-run work); the benchmark passes them to Lighthouse too.
QUIET_FLAGS = ("--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run")
# Not --disable-frame-rate-limit: a screenshot comes sooner without the 60 Hz limit (a clip: 45-50 →
# 21-24 ms), but Chromium then draws frames as fast as it can and a focus stop costs 91 ms of CPU
# instead of 57. On two workers sharing two cores that made the pixel walks 12 % slower (142.5 s
# against 125.4 s, two runs each), so the tests keep the limit, like the benchmark.


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def log_request(self, code="-", size="-"):
        # Every fetch, also a web worker's, which the page's resource list does not show.
        self.server.requested.append((self.path, int(code) if isinstance(code, int) else 0))


class _PagesHandler(_QuietHandler):
    """As GitHub Pages serves the site: text gzip'd for a browser that accepts it, cacheable 10 minutes."""

    TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv")

    def do_GET(self):
        file = Path(self.translate_path(self.path))
        if file.is_dir() and self.path.split("?")[0].endswith("/"):
            file = file / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or file.suffix not in self.TEXT or not file.is_file():
            return super().do_GET()  # directory redirects, 404s and binary files as before
        body = gzip.compress(file.read_bytes(), 9, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)


class SiteServer:
    """Serves a directory on 127.0.0.1 at a free port until closed; with `like_pages`, compressed as
    GitHub Pages does (for measuring load times; the tests read files, not transfer sizes)."""

    def __init__(self, directory: Path, like_pages: bool = False):
        handler = functools.partial(_PagesHandler if like_pages else _QuietHandler, directory=str(directory))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.requested: list[tuple[str, int]] = []  # (path, status) of each request, in order
        self.httpd.requested = self.requested
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class DevTools:
    """The tests' own DevTools protocol connection to the page in a driver's window. ChromeDriver
    relays each command over HTTP and first checks the page for navigations; a focus walk sends
    five at every stop (two key events, two scripts, a screenshot). Sent straight to Chromium, a
    stop took 35-42 ms of CPU (python, chromedriver and Chromium) instead of 53-63, and 65-68 ms
    instead of 77-82 (four walks of 252 stops with each, taken in turns). Emulation stays with the
    driver's session, where it is set once per view."""

    def __init__(self, driver):
        address = driver.capabilities["goog:chromeOptions"]["debuggerAddress"]
        # The driver's window handle is the page's DevTools target id; the tests use one window.
        self.socket = websocket.create_connection(f"ws://{address}/devtools/page/{driver.current_window_handle}",
                                                  suppress_origin=True, skip_utf8_validation=True)
        self.last_id = 0

    def send(self, method: str, **params) -> dict:
        self.last_id += 1
        self.socket.send(json.dumps({"id": self.last_id, "method": method, "params": params}))
        while True:  # events come only for domains this connection enables: none
            answer = json.loads(self.socket.recv())
            if answer.get("id") == self.last_id:
                break
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error'].get('message')} {answer['error'].get('data', '')}".strip())
        return answer["result"]


_devtools: "weakref.WeakKeyDictionary[webdriver.Chrome, DevTools]" = weakref.WeakKeyDictionary()


def devtools(driver) -> DevTools:
    """The driver's DevTools connection, made on first use (it closes when the browser quits)."""
    if driver not in _devtools:
        _devtools[driver] = DevTools(driver)
    return _devtools[driver]


def run_js(driver, script: str, *args):
    """`driver.execute_script` through the DevTools protocol: the script's body with `arguments`,
    JSON in and out (no elements), on the page as it is (no wait for a navigation). For the
    scripts a focus walk runs at every stop."""
    done = devtools(driver).send("Runtime.evaluate", expression=f"(function () {{{script}\n}}).apply(null, {json.dumps(args)})",
                                 returnByValue=True)
    if "exceptionDetails" in done:
        details = done["exceptionDetails"]
        raise RuntimeError(details.get("exception", {}).get("description") or details.get("text"))
    return done["result"].get("value")


# The key events WebDriver's actions send for Tab and Shift (tests/a11y/test_keys.py compares them).
TAB = {"key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9, "nativeVirtualKeyCode": 9}
SHIFT = {"key": "Shift", "code": "ShiftLeft", "windowsVirtualKeyCode": 16, "nativeVirtualKeyCode": 16, "location": 1}


def tab(driver, times: int = 1, shift: bool = False) -> None:
    """Tab (or Shift+Tab, with Shift held down) as real key events, through the DevTools protocol:
    focus moves before this returns. A Tab never navigates, so no wait for a page is needed."""
    tools = devtools(driver)
    if shift:
        tools.send("Input.dispatchKeyEvent", type="rawKeyDown", modifiers=8, **SHIFT)
    for _ in range(times):
        for kind in ("rawKeyDown", "keyUp"):
            tools.send("Input.dispatchKeyEvent", type=kind, modifiers=8 if shift else 0, **TAB)
    if shift:
        tools.send("Input.dispatchKeyEvent", type="keyUp", **SHIFT)


def chromium(javascript: bool = True) -> webdriver.Chrome:
    tiers.need("browser")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROME_BIN
    if not javascript:  # as for a reader who has turned JavaScript off
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    for flag in (*HEADLESS_FLAGS, *QUIET_FLAGS, "--window-size=1280,900"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER_BIN))
