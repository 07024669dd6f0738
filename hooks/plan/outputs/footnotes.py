"""Footnote markers of a priority area's texts, linked to the area's notes (alaviitteet) and back.

The plan marks a word that a note explains with a star, "Monimuotoisuuslupauksen*" (two stars
for the second note). On the area page the star is a link to its note under "Huomautukset" and
the note links back (WCAG 1.3.1); elsewhere (the whole plan) it links to the note on the area page.
In a heading the star is only drawn (CSS, hidden from screen readers), so that neither the heading
nor the contents list made of it says "Huomautus 1" or "*" in its middle (1.3.1, 2.4.6); the link
to the note is a line of its own right below the heading.

The markers are found in the data text itself, as it becomes Markdown (Markers.linked and
Markers.drawn are the escape of markup/text.py's with_lang_spans), not in the page made of it.
"""

from __future__ import annotations

import re
from typing import Callable

from plan.domain import model
from plan.labels import Labels
from plan.markup import text as data_text

# A footnote marker as the plan prints it: one or more `*` right after a word ("Monimuotoisuus-
# lupauksen*"); n stars point to the area's n-th note (alaviitteet).
_MARK = re.compile(r"(?<=\w)(\*+)")


def note_id(area: model.Painopiste, n: int) -> str:
    return f"{area.id}-huomautus-{n}"


def note_ref_id(area: model.Painopiste, n: int) -> str:
    return f"{area.id}-viite-{n}"


def noted(area: model.Painopiste, lang: str) -> set[int]:
    """The numbers of the area's notes that a marker in its goals points to."""
    texts = [t[lang] for g in area.tavoitteet for t in (g.tavoite, *g.toimenpiteet, *g.vastuutahot, *(m.nimi for m in g.mittarit))
             if isinstance(t, model.Teksti)]
    marks = (_MARK.finditer(text) for text in texts)
    return {len(m.group(1)) for found in marks for m in found} & set(range(1, len(area.alaviitteet) + 1))


class Markers:
    """The footnote markers in an area's goal texts, for one page: on the area page (`page` empty)
    each links to its note below, and the first marker of a note is where the note links back;
    elsewhere each links to the note on the area page `page`."""

    def __init__(self, area: model.Painopiste, labels: Labels, page: str = ""):
        self.area, self.labels, self.page = area, labels, page
        self._first: set[int] = set()
        self._drawn: list[int] = []  # the notes of the heading last drawn, for the lines below it

    def linked(self, text: str) -> str:
        """Plain text → Markdown (markdown_escape), each marker a link to its note."""
        return self._marked(text, lambda n: f'[{data_text.markdown_escape("*" * n)}]({self._target(n)})'
                                            f'{{: {self._attributes(n)} aria-label="{self.labels.format("footnote_ref", n=n)}" }}')

    def drawn(self, text: str) -> str:
        """A heading's plain text → Markdown, each marker's star only drawn; below() then gives its links."""
        def star(n: int) -> str:
            self._drawn.append(n)
            return f'<span class="footnote-mark" data-mark="{"*" * n}" aria-hidden="true"></span>'
        return self._marked(text, star)

    def below(self) -> list[str]:
        """The link lines, one paragraph each, for the markers of the heading drawn last."""
        notes, self._drawn = self._drawn, []
        return [f'<span aria-hidden="true">{"&#42;" * n}</span> [{self.labels.format("footnote_in_heading", n=n)}]'
                f'({self._target(n)}){{: {self._attributes(n, ".footnote-below")} }}' for n in notes]

    def _marked(self, text: str, mark: Callable[[int], str]) -> str:
        out, pos = [], 0
        for m in _MARK.finditer(text):
            n = len(m.group(1))
            if n > len(self.area.alaviitteet):
                continue  # no such note: the star stays as it is
            out += [data_text.markdown_escape(text[pos:m.start()]), mark(n)]
            pos = m.end()
        out.append(data_text.markdown_escape(text[pos:]))
        return "".join(out)

    def _target(self, n: int) -> str:
        return f"{self.page}#{note_id(self.area, n)}"

    def _attributes(self, n: int, *classes: str) -> str:
        back = "" if self.page or n in self._first else f"#{note_ref_id(self.area, n)} "
        self._first.add(n)
        return " ".join([f"{back}.footnote-ref", *classes])
