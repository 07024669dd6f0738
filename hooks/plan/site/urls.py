"""Addresses: the only module that turns a page's source path into an address (relative, absolute,
per language) or back. Pages are named by their source path, the same in both languages
("painopisteet/turvallisuus.md"); the Finnish pages are at the site's root, the others under
their language code ("/sv/painopisteet/turvallisuus/"). Addresses are directory URLs.
Plain Python: no MkDocs here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urljoin

from plan.domain import model

HOME = "index.md"
# The pages of the documents at the site's first addresses (`osoite: null`); a document with an
# address has the same pages in its own folder.
_MAIN = {"suunnitelma": "suunnitelma.md", "strategia": "strategia.md"}
_AREAS = "painopisteet"
_WHOLE = "koko-suunnitelma.md"
FIRST_ADDRESSES = (*_MAIN.values(), f"{_AREAS}/", _WHOLE)
# The easy-language pages (issue 27): each is the counterpart of a standard page, at that page's
# path below this folder ("painopisteet/turvallisuus.md" → "selkokieli/painopisteet/turvallisuus.md"),
# so that an easy page's address follows from its standard page's and never changes on its own.
_EASY = "selkokieli"


def home_path(lang: str) -> str:
    """The language's home below the site's root: "" or "sv/"."""
    return "" if lang == model.LANGUAGES[0] else f"{lang}/"


def page_url(page: str) -> str:
    """A page's source path → its address below its language's home ("a/b.md" → "a/b/"; home → "")."""
    if page == HOME:
        return ""
    return page.removesuffix(".md").removesuffix("index").rstrip("/") + "/"


def address(page: str, lang: str) -> str:
    """A page's address from the site's root: "strategia.md", "sv" → "/sv/strategia/"."""
    return "/" + site_path(page, lang)


def site_path(page: str, lang: str) -> str:
    """A page's address below the site's root, as the theme's `url` filter takes it: "sv/strategia/"."""
    return home_path(lang) + page_url(page)


def page_of(address: str, pages: Iterable[str]) -> str | None:
    """Which of `pages` (source paths) is at a site address such as "/sv/painopisteet/x/" ("x.md"
    and "x/index.md" are both at /x/), or None."""
    parts = [p for p in address.split("/") if p]
    if parts[:1] and parts[0] in model.LANGUAGES[1:]:
        parts = parts[1:]
    wanted = "".join(f"{p}/" for p in parts)
    return next((page for page in sorted(pages) if page_url(page) == wanted), None)


def easy(page: str) -> str:
    """The source path of a standard page's easy-language counterpart."""
    return f"{_EASY}/{page}"


def standard(page: str) -> str | None:
    """The standard page an easy-language page is the counterpart of; None for a page that is not easy."""
    return page.removeprefix(f"{_EASY}/") if page.startswith(f"{_EASY}/") else None


def absolute(site_url: str, target: str, lang: str) -> str:
    """An address below the language's home (page_url's form, or a file) made absolute."""
    return urljoin(urljoin(site_url, home_path(lang)), target)


def between_sources(page: str) -> str:
    """From a page's source file up to its language's source folder, for Markdown links to other
    source files (MkDocs turns those into addresses)."""
    return "../" * page.count("/")


def to_root(page: str, lang: str) -> str:
    """From a page's address up to the site's root, for raw HTML links, which MkDocs leaves as they are."""
    return "../" * (page_url(page).count("/") + home_path(lang).count("/"))


def to_home(page: str) -> str:
    """From a page's address up to its language's home (raw HTML links to other pages)."""
    return "../" * page_url(page).count("/")


def from_page(page: str, target: str, anchor: str | None = None) -> str:
    """A raw HTML link from `page` to the page `target` of the same language."""
    return to_home(page) + (page_url(target) or "./") + (f"#{anchor}" if anchor else "")


@dataclass(frozen=True)
class Paths:
    """The source paths (the same in both languages) of one document's pages. The documents with
    `osoite: null` keep the site's first addresses (/suunnitelma/, /painopisteet/<id>/,
    /koko-suunnitelma/, /strategia/); every other document has its own folder, e.g.
    /strategia-2026-2029/, so that a later document never takes an address published for another."""

    doc: model.Asiakirja

    @property
    def _folder(self) -> str:
        return "" if self.doc.osoite is None else f"{self.doc.osoite}/"

    @property
    def main(self) -> str:
        """The document's own page: the plan's "about" page, the strategy page."""
        if self.doc.osoite is None:
            return _MAIN[self.doc.laji]
        return f"{self.doc.osoite}/index.md"

    def area(self, area: model.Painopiste | model.PoistettuPainopiste) -> str:
        return f"{self._folder}{_AREAS}/{area.id}.md"

    @property
    def whole(self) -> str:
        return f"{self._folder}{_WHOLE}"
