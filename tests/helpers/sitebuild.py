"""Building the site with MkDocs in a subprocess, and reading it back with a real HTML parser."""

import atexit
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from bs4 import BeautifulSoup

import tiers

ROOT = Path(__file__).resolve().parents[2]
# 2026-11-23T00:00:00Z: the build's "today", fixed so that every run builds the same site.
SOURCE_DATE_EPOCH = "1795392000"
# A small test report, so that the gate also tests the report page and the statement's link.
FIXTURE_REPORT = ROOT / "tests" / "fixtures" / "a11y-report.json"


def page_lang(path: str) -> str:
    """The language of a built page from its site path ("sv/…" is Swedish, the rest Finnish)."""
    return "sv" if path.startswith("sv/") else "fi"


def easy_part(path: str) -> str | None:
    """A built easy-language page's path below its language's easy start page ("" for the start page,
    "painopisteet/x/" for an area's); None for any other page (issue 27: the easy folder of urls.easy)."""
    from plan.site import urls

    rest = path.removeprefix(urls.home_path(page_lang(path)))
    folder = urls.page_url(urls.easy(urls.HOME))
    return rest.removeprefix(folder) if rest.startswith(folder) else None


@dataclass
class Build:
    dir: Path
    returncode: int
    log: str

    def pages(self, lang: str | None = None) -> list[str]:
        """Site paths of the built HTML pages ("", "strategia/", "sv/strategia/", …)."""
        paths = []
        for file in sorted(self.dir.rglob("*.html")):
            rel = file.relative_to(self.dir).as_posix()
            if rel.startswith("admin/"):  # the editor is not a page of the site (tests/admin/)
                continue
            path = rel[: -len("index.html")] if rel.endswith("index.html") else rel
            if lang is None or page_lang(path) == lang:
                paths.append(path)
        return paths

    def soup(self, path: str) -> BeautifulSoup:
        file = self.dir / (path + "index.html" if path == "" or path.endswith("/") else path)
        return BeautifulSoup(file.read_text(encoding="utf-8"), "html5lib")


def build_site(project: Path, out: Path, engine: tuple[str, str] = (sys.executable, "mkdocs"), **env) -> Build:
    """Build with `engine`, a Python and the engine's module: MkDocs in .venv, or ProperDocs
    (properdocs_venv.py)."""
    tiers.need("build")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, **env}
    python, module = engine
    proc = subprocess.run(
        [python, "-m", module, "build", "--strict", "--site-dir", str(out)],
        cwd=project, capture_output=True, text=True, env=environment, timeout=600,  # a hang fails, not stalls
    )
    return Build(out, proc.returncode, proc.stdout + proc.stderr)


# `mkdocs build --strict` as its command line runs it, once per job, in one Python process; its log
# lines as MkDocs writes them ("ERROR   -  …"). Reads [[project, out, env], …], writes [[status, log], …].
_BUILD_EACH = r"""
import click, io, json, logging, os, sys, traceback
from mkdocs.__main__ import cli
jobs, results, base = json.load(sys.stdin), [], dict(os.environ)
for project, out, env in jobs:
    os.environ.clear()
    os.environ.update({**base, **env})
    os.chdir(project)
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        cli.main(["build", "--strict", "--site-dir", out], standalone_mode=False)
        status = 0
    except click.ClickException as exc:  # MkDocs's Abort ("Aborted with a BuildError!")
        log.write("\n" + exc.format_message() + "\n")
        status = exc.exit_code
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    except Exception:
        traceback.print_exc(file=log)
        status = 1
    logging.getLogger("mkdocs").removeHandler(handler)
    results.append([status, log.getvalue()])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(results, f)
"""


def build_each(jobs: list[tuple[Path, Path, dict[str, str]]]) -> list[Build]:
    """`build_site(project, out, **env)` for each job, in one Python process: a build that stops on
    a data error takes a tenth of a second, starting Python and importing MkDocs most of a second."""
    tiers.need("build")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    payload = json.dumps([[str(project), str(out), env] for project, out, env in jobs])
    with tempfile.TemporaryDirectory() as work:
        results = Path(work) / "results.json"
        proc = subprocess.run([sys.executable, "-c", _BUILD_EACH, str(results)], input=payload, capture_output=True,
                              text=True, env=environment, timeout=600)
        if proc.returncode != 0 or not results.exists():
            raise RuntimeError(f"the builds did not run:\n{proc.stdout}{proc.stderr}")
        done = json.loads(results.read_text(encoding="utf-8"))
    return [Build(out, status, log) for (_, out, _), (status, log) in zip(jobs, done, strict=True)]


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "data", "docs", "hooks", "overrides", "admin", "package-lock.json"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")  # the editor's bundle (/admin/), made once
    return target


def build_real(out: Path, **options) -> Build:
    """The real site with the fixture report, so that the gate also tests the report page and the
    statement's link."""
    built = build_site(ROOT, out, A11Y_REPORT_FILE=str(FIXTURE_REPORT), **options)
    if built.returncode != 0:
        raise RuntimeError(f"the site does not build:\n{built.log}")
    return built


@functools.cache
def _planned() -> tuple[str, ...]:
    from plan import config
    from plan.data import load
    from plan.domain import a11y_report, model
    from plan.outputs import render

    as_of = config.read({"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}).as_of
    report = a11y_report.load(FIXTURE_REPORT)
    plan = load.load(ROOT / "data", as_of=as_of).plan
    sources = [(p.lang, p.path) for p in render.Renderer(plan, as_of, report[0] if report else None).pages()]
    sources += [(code, md.relative_to(ROOT / "docs" / code).as_posix())
                for code in model.LANGUAGES for md in (ROOT / "docs" / code).rglob("*.md")]

    def folder(code: str) -> tuple[str, ...]:  # mkdocs-static-i18n: the first language at the root
        return () if code == model.LANGUAGES[0] else (code,)

    def site_file(code: str, name: str) -> PurePosixPath:
        stem = name.removesuffix(".md")
        return PurePosixPath(*folder(code), "" if stem == "index" else stem.removesuffix("/index"), "index.html")

    files = {site_file(code, name) for code, name in sources} | {PurePosixPath(*folder(c), "404.html") for c in model.LANGUAGES}
    return tuple(f.as_posix().removesuffix("index.html") for f in sorted(files))


def planned_pages(lang: str | None = None) -> list[str]:
    """The site paths `session_site().pages(lang)` lists, known without building: the per-page test
    ids come from here, so that collecting the tests builds nothing. The generated pages, the
    hand-written ones in docs/ and each language's 404 page; tests/test_tiers.py compares them with the build."""
    return [p for p in _planned() if lang is None or page_lang(p) == lang]


@functools.cache
def session_site() -> Build:
    """The real site, built once per test run."""
    out = Path(tempfile.mkdtemp(prefix="luvn-site-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    return build_real(out)


@functools.cache
def _progress_data() -> Path:
    from progress_fixture import data_with_progress

    work = Path(tempfile.mkdtemp(prefix="luvn-progress-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    return data_with_progress(work / "data")


def _build_with_progress(out: Path, **options) -> Build:
    built = build_site(ROOT, out, PLAN_DATA_DIR=str(_progress_data()), A11Y_REPORT_FILE=str(FIXTURE_REPORT), **options)
    if built.returncode != 0:
        raise RuntimeError(f"the site with test progress does not build:\n{built.log}")
    return built


@functools.cache
def progress_site() -> Build:
    """The site built from the real data plus the test-only progress (tests/fixtures/progress.yml)."""
    return _build_with_progress(_progress_data().parent / "site")


# An address the site is not published at: only the form of the addresses is tested.
PUBLIC_URL = "https://example.org/hyvinvointi/"


def build_published(out: Path, **options) -> Build:
    """The site with test progress as the publish workflow builds it, knowing its public address."""
    return _build_with_progress(out, SITE_URL=PUBLIC_URL, **options)


@functools.cache
def published_site() -> Build:
    """`build_published`, built once per test run."""
    return build_published(_progress_data().parent / "published")


def epoch_of(day: str) -> str:
    """SOURCE_DATE_EPOCH for midnight UTC of an ISO date ("2027-01-15")."""
    import datetime as dt

    return str(int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc).timestamp()))


@functools.cache
def dated_site(day: str) -> Build:
    """The real site built as of another day (issue 16: before, inside and after each period)."""
    out = Path(tempfile.mkdtemp(prefix=f"luvn-{day}-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    built = build_site(ROOT, out, SOURCE_DATE_EPOCH=epoch_of(day))
    if built.returncode != 0:
        raise RuntimeError(f"the site does not build as of {day}:\n{built.log}")
    return built


SECOND_PLAN_DAY = "2027-01-15"


@functools.cache
def second_plan_site() -> Build:
    """The real data plus a second plan with the same area ids (tests/fixtures/second-plan.yml),
    as of SECOND_PLAN_DAY, published with an address so that the sitemap is written too."""
    from second_plan_fixture import data_with_second_plan

    work = Path(tempfile.mkdtemp(prefix="luvn-second-plan-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    data = data_with_second_plan(work / "data")
    built = build_site(ROOT, work / "site", PLAN_DATA_DIR=str(data), SITE_URL=PUBLIC_URL,
                       SOURCE_DATE_EPOCH=epoch_of(SECOND_PLAN_DAY))
    if built.returncode != 0:
        raise RuntimeError(f"the site with a second plan does not build:\n{built.log}")
    return built


def site_files(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())


def differences(first: Path, second: Path) -> list[str]:
    """What `diff -r` would name: files in one site only, then files whose bytes differ."""
    a, b = site_files(first), site_files(second)
    only = [f"only in {first}: {n}" for n in sorted(set(a) - set(b))] + [f"only in {second}: {n}" for n in sorted(set(b) - set(a))]
    return only + [n for n in a if n in b and (first / n).read_bytes() != (second / n).read_bytes()]
