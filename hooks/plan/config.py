"""Settings: every environment variable the project reads, read here once and checked.

`read()` gives one frozen Settings; the check, the build and the preview read it first and pass
its values down. A bad value raises SettingError, whose text is the one Finnish line to print:
the variable, its value, the form expected and the fix. An unset or empty variable takes its
default (the publish workflow passes repository variables that may be empty).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
HELSINKI = ZoneInfo("Europe/Helsinki")
DEFAULT_REPORT = ROOT / "reports" / "accessibility" / "report.json"
PLACEHOLDER_REPO = "omistaja/repositorio"  # the local folder mode of the editor needs no repository
_LAST_EPOCH = 253402300799  # 9999-12-31 23.59.59 UTC: the last second a date can hold
# GitHub's own rules: owner 1–39 letters, digits and single hyphens; name letters, digits, . _ -
_REPO = re.compile(r"[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}/(?!\.\.?$)[A-Za-z0-9._-]{1,100}")


class SettingError(Exception):
    """A variable with a value the project cannot use; str() is the one line to print."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path  # PLAN_DATA_DIR: tests build the site from fixture data; editors never need it
    # A11Y_REPORT_FILE: written by the accessibility tests, which run before every published build;
    # may be missing (then no report is published)
    a11y_report_file: Path
    timings_file: Path | None  # PLAN_TIMINGS_FILE: benchmarks/run.py's seconds of our own data work
    site_url: str | None  # SITE_URL, with a trailing slash as MkDocs gives it
    source_date_epoch: int | None  # SOURCE_DATE_EPOCH
    cms_repo: str  # CMS_GITHUB_REPO, else GITHUB_REPOSITORY
    cms_auth_url: str | None  # CMS_AUTH_URL
    compound_cache: Path | None  # PLAN_COMPOUND_CACHE
    chrome_bin: str  # CHROME_BIN (tests and the benchmark)
    chromedriver_bin: str  # CHROMEDRIVER_BIN
    a11y_report_out: Path  # A11Y_REPORT_OUT (the test run writes the report there)
    repository_url: str  # GITHUB_SERVER_URL/GITHUB_REPOSITORY, only on GitHub Actions

    @property
    def as_of(self) -> dt.date:
        """The build date: the calendar date in Helsinki of SOURCE_DATE_EPOCH when set (reproducible
        builds), else of now. The region's day, not UTC's: at 01.30 in Helsinki it is already
        tomorrow there, and a deadline day ends at midnight there. A property, so that a preview
        running past midnight moves to the next day."""
        epoch = self.source_date_epoch
        moment = dt.datetime.now(dt.timezone.utc) if epoch is None else dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc)
        return moment.astimezone(HELSINKI).date()


def _error(name: str, value: str, expected: str, default: str) -> SettingError:
    shown = json.dumps(value[:200], ensure_ascii=False)  # quoted, control characters escaped
    return SettingError(f"Asetus {name}={shown} ei kelpaa: odotetaan {expected}. "
                        f"Korjaa arvo tai poista muuttuja (oletus: {default}).")


def _epoch(value: str) -> int | None:
    if re.fullmatch(r"[0-9]+", value) and int(value) <= _LAST_EPOCH:
        return int(value)
    return None


def _url(value: str) -> str | None:
    """An http(s) address with a host, ending in "/" as MkDocs makes site_url."""
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        return None
    if parts.scheme not in ("http", "https") or not host or re.search(r"\s", value):
        return None
    return urlunsplit(parts._replace(path=parts.path if parts.path.endswith("/") else parts.path + "/"))


def _repo(value: str) -> str | None:
    return value if _REPO.fullmatch(value) else None


def _folder(value: str) -> Path | None:
    return Path(value) if Path(value).is_dir() else None


def _file_or_none(value: str) -> Path | None:
    """A file that may be missing, but not a folder."""
    return None if Path(value).is_dir() else Path(value)


def _new_file(value: str) -> Path | None:
    """A file to write: in a folder that exists, not a folder itself."""
    path = Path(value)
    return path if path.parent.is_dir() and not path.is_dir() else None


def _program(value: str) -> str | None:
    """A path of an executable file, or a program's name found on PATH (as `command -v`)."""
    found = shutil.which(value)
    return str(Path(found).absolute()) if found and Path(found).is_file() else None


URL_FORM = "http- tai https-osoitetta, jossa on palvelimen nimi (esim. https://esimerkki.github.io/hyvinvointi/)"
REPO_FORM = "GitHub-repositorion nimeä muodossa omistaja/nimi (esim. lansi-uusimaa/hyvinvointi)"
PROGRAM_FORM = "suoritettavan ohjelman polkua tai PATHista löytyvän ohjelman nimeä (esim. {})"
# name → (reader, the form expected, what an unset variable means)
_RULES: dict[str, tuple[Callable[[str], object], str, str]] = {
    "SOURCE_DATE_EPOCH": (_epoch, "kokonaislukua, sekunteja 1.1.1970 00.00 UTC:stä (esim. 1795392000)",
                          "nykyhetki"),
    "SITE_URL": (_url, URL_FORM, "ei julkista osoitetta eikä sivukarttaa"),
    "PLAN_DATA_DIR": (_folder, "olemassa olevan kansion polkua (esim. data)", "data"),
    "A11Y_REPORT_FILE": (_file_or_none, "tiedoston polkua, ei kansiota (puuttuva tiedosto: raporttia ei julkaista)",
                         "reports/accessibility/report.json"),
    "PLAN_TIMINGS_FILE": (_new_file, "kirjoitettavan tiedoston polkua olemassa olevassa kansiossa (esim. /tmp/ajat.json)",
                          "aikoja ei kirjoiteta"),
    "PLAN_COMPOUND_CACHE": (_new_file, "kirjoitettavan tiedoston polkua olemassa olevassa kansiossa (esim. /tmp/yhdyssanat.json)",
                            "tiedosto väliaikaiskansiossa"),
    "CMS_GITHUB_REPO": (_repo, REPO_FORM, "GITHUB_REPOSITORY tai " + PLACEHOLDER_REPO),
    "GITHUB_REPOSITORY": (_repo, REPO_FORM, "ei repositoriota"),
    "CMS_AUTH_URL": (_url, URL_FORM.replace("esimerkki.github.io/hyvinvointi", "kirjautuminen.esimerkki.workers.dev"),
                     "ei kirjautumispalvelua: paikallinen kansio tai pääsytunnus"),
    "CHROME_BIN": (_program, PROGRAM_FORM.format("/usr/bin/chromium"), "/usr/bin/chromium"),
    "CHROMEDRIVER_BIN": (_program, PROGRAM_FORM.format("/usr/bin/chromedriver"), "/usr/bin/chromedriver"),
    "A11Y_REPORT_OUT": (_file_or_none, "tiedoston polkua, ei kansiota (esim. /tmp/raportti.json)", "reports/accessibility/report.json"),
    "GITHUB_SERVER_URL": (_url, URL_FORM.replace("esimerkki.github.io/hyvinvointi/", "github.com"), "ei repositorion osoitetta"),
}
NAMES = tuple(_RULES)  # every variable the project reads (besides NO_MKDOCS_2_WARNING, Material's)


def read(environ: Mapping[str, str] | None = None) -> Settings:
    """Every setting from the environment, checked; the first bad one raises SettingError."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for name, (reader, expected, default) in _RULES.items():
        raw = env.get(name, "")
        if raw == "":
            values[name] = None
            continue
        value = reader(raw)
        if value is None:
            raise _error(name, raw, expected, default)
        values[name] = value
    server, repo = values["GITHUB_SERVER_URL"], values["GITHUB_REPOSITORY"]
    return Settings(
        data_dir=values["PLAN_DATA_DIR"] or ROOT / "data",
        a11y_report_file=values["A11Y_REPORT_FILE"] or DEFAULT_REPORT,
        timings_file=values["PLAN_TIMINGS_FILE"],
        site_url=values["SITE_URL"],
        source_date_epoch=values["SOURCE_DATE_EPOCH"],
        cms_repo=values["CMS_GITHUB_REPO"] or repo or PLACEHOLDER_REPO,
        cms_auth_url=env.get("CMS_AUTH_URL") or None,  # as written: the editor gets no added "/"
        compound_cache=values["PLAN_COMPOUND_CACHE"],
        chrome_bin=values["CHROME_BIN"] or "/usr/bin/chromium",
        chromedriver_bin=values["CHROMEDRIVER_BIN"] or "/usr/bin/chromedriver",
        a11y_report_out=values["A11Y_REPORT_OUT"] or DEFAULT_REPORT,
        # only where the run knows it (GitHub Actions): never guessed
        repository_url=f"{server.rstrip('/')}/{repo}" if server and server.startswith("https://") and repo else "",
    )


def main() -> int:
    """`python -m plan.config`: scripts/test and scripts/benchmark check every setting before anything runs."""
    try:
        read()
    except SettingError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
