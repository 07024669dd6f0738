"""The build's steps that need more than one layer: the data checked as the pages will show it.
Engine-neutral: no MkDocs here (hooks/site.py hands the results to MkDocs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import load, model, render


def checked(data_dir: Path, *, as_of: dt.date, allow_untranslated: bool = False) -> load.Loaded:
    """`load.load`, and the internal links with an anchor checked against the rendered pages;
    raises load.DataErrors with every problem."""
    loaded = load.load(data_dir, allow_untranslated=allow_untranslated, as_of=as_of)
    if loaded.anchored:  # rare: rendering the pages for their ids costs time
        pages = {p.path: p.markdown for p in render.Renderer(loaded.plan, as_of).pages() if p.lang == model.LANGUAGES[0]}
        if errors := load.anchor_errors(loaded, pages):
            raise load.DataErrors(errors)
    return loaded
