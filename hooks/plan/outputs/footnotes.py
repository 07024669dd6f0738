"""Footnote markers of a priority area's texts, linked to the area's notes (alaviitteet) and back.

The plan marks a word that a note explains with a star, "Monimuotoisuuslupauksen*" (two stars
for the second note). On the area page the star is a link to its note under "Huomautukset" and
the note links back (WCAG 1.3.1); elsewhere (the whole plan) it links to the note on the area page.
In a heading the star is only drawn (CSS, hidden from screen readers), so that neither the heading
nor the contents list made of it says "Huomautus 1" or "*" in its middle (1.3.1, 2.4.6); the link
to the note is a line of its own right below the heading.
"""

from __future__ import annotations

import re

from plan.domain import model
from plan.labels import Labels

# A footnote marker as the plan prints it: one or more `*` right after a word ("Monimuotoisuus-
# lupauksen*"), as render.escape writes it (`\*`); n stars point to the area's n-th note (alaviitteet).
_FOOTNOTE_MARK = re.compile(r"(?<=\w)((?:\\\*)+)")
_HEADING = re.compile(r"^#{1,6} .*$", re.MULTILINE)


def note_id(area: model.Painopiste, n: int) -> str:
    return f"{area.id}-huomautus-{n}"


def note_ref_id(area: model.Painopiste, n: int) -> str:
    return f"{area.id}-viite-{n}"


def noted(area: model.Painopiste, lang: str) -> set[int]:
    """The numbers of the area's notes that a marker in its goals points to."""
    texts = [t[lang] for g in area.tavoitteet for t in (g.tavoite, *g.toimenpiteet, *g.vastuutahot, *(m.nimi for m in g.mittarit))
             if isinstance(t, model.Teksti)]
    marks = (re.finditer(r"(?<=\w)(\*+)", text) for text in texts)
    return {len(m.group(1)) for found in marks for m in found} & set(range(1, len(area.alaviitteet) + 1))


def linked(text: str, area: model.Painopiste, labels: Labels, page: str = "") -> str:
    """`text` (the Markdown render.py made of the area's goals) with each footnote marker a link to its note
    (1.3.1): on the area page (`page` empty) to the note below, which links back to the first
    marker; elsewhere to the note on the area page `page`."""
    first: set[int] = set()

    def attributes(n: int, *classes: str) -> str:
        back = "" if page or n in first else f"#{note_ref_id(area, n)} "
        first.add(n)
        return " ".join([f"{back}.footnote-ref", *classes])

    def link(m: re.Match) -> str:
        n = m.group(1).count("*")
        if n > len(area.alaviitteet):
            return m.group(0)  # no such note: the star stays as it is
        return f'[{m.group(1)}]({page}#{note_id(area, n)}){{: {attributes(n)} aria-label="{labels.format("footnote_ref", n=n)}" }}'

    def heading(line: re.Match) -> str:
        notes: list[int] = []

        def drawn(m: re.Match) -> str:
            n = m.group(1).count("*")
            if n > len(area.alaviitteet):
                return m.group(0)
            notes.append(n)
            return f'<span class="footnote-mark" data-mark="{"*" * n}" aria-hidden="true"></span>'

        marked = _FOOTNOTE_MARK.sub(drawn, line.group(0))
        below = (f'<span aria-hidden="true">{"&#42;" * n}</span> '
                 f'[{labels.format("footnote_in_heading", n=n)}]({page}#{note_id(area, n)}){{: {attributes(n, ".footnote-below")} }}'
                 for n in notes)
        return "\n\n".join([marked, *below])

    return _FOOTNOTE_MARK.sub(link, _HEADING.sub(heading, text))
