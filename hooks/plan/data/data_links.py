"""Internal links in data Markdown point at pages and anchors that exist.

Data text reaches the page as finished HTML, which MkDocs does not check; so the check does,
and refuses a link to a missing page or anchor with the data file's line, before any build.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from markdown.extensions.toc import slugify
from pydantic import BaseModel

from plan.domain import model
from plan.markup import data_markdown
from plan.messages import Message
from plan.site import pages

DOCS = pages.DOCS / model.LANGUAGES[0]
_EXPLICIT_ID = re.compile(r"\{\s*#([A-Za-z0-9_-]+)\s*\}|\bid=\"([A-Za-z0-9_-]+)\"")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.M)

Where = tuple[str | int, ...]


def markdown_texts(value: object, path: Where = ()) -> Iterator[tuple[Where, str, str]]:
    """Every Markdown text in a data file's value: (where, language, text)."""
    if isinstance(value, model.MarkdownTeksti):
        for lang in model.LANGUAGES:
            if getattr(value, lang):
                yield path + (lang,), lang, getattr(value, lang)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from markdown_texts(getattr(value, name), path + (name,))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from markdown_texts(item, path + (i,))


def page_problem(link: data_markdown.Link, pages: set[str]) -> str | None:
    if link.page in pages:
        return None
    return Message(
        f"linkin kohdetta {link.page} ei ole sivustolla: tarkista sivun nimi (esim. strategia.md tai painopisteet/turvallisuus.md)",
        f"länkens mål {link.page} finns inte på webbplatsen: kontrollera sidans namn (t.ex. strategia.md eller painopisteet/turvallisuus.md)",
    )


def anchors_of(page_markdown: str) -> set[str]:
    """The ids a page's Markdown gives: explicit ones, and those toc makes from the other headings."""
    ids = {a or b for a, b in _EXPLICIT_ID.findall(page_markdown)}
    for heading in _HEADING.findall(page_markdown):
        ids.add(slugify(heading, "-"))
    return ids


def anchors(pages: dict[str, str], docs: Path = DOCS) -> dict[str, set[str]]:
    """Page file → its ids, from the generated pages' Markdown and the hand-written pages."""
    found = {path: anchors_of(text) for path, text in pages.items()}
    for page in docs.rglob("*.md") if docs.is_dir() else []:
        found[page.relative_to(docs).as_posix()] = anchors_of(page.read_text(encoding="utf-8"))
    return found


def anchor_problem(link: data_markdown.Link, ids: dict[str, set[str]]) -> str | None:
    if link.anchor is None or link.anchor in ids.get(link.page, set()):
        return None
    return Message(f"sivulla {link.page} ei ole kohtaa #{link.anchor}: tarkista kohdan nimi sivun osoitteen #-merkin jälkeen",
                   f"sidan {link.page} har inget avsnitt #{link.anchor}: kontrollera avsnittets namn efter tecknet # i sidans adress")
