"""The editors' preview keeps its last valid data while an editor fixes a mistake.

`mkdocs serve` stalls every request after a failed rebuild, so in the preview a data error
does not fail the build: the pages are rebuilt from the last valid data, and every page shows
the errors at the top until the file is fixed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from plan import build
from plan.data import load
from plan.messages import Message


class LastGood:
    def __init__(self) -> None:
        self.loaded: load.Loaded | None = None

    def load(self, data_dir: Path, as_of: dt.date) -> tuple[load.Loaded, load.DataErrors | None]:
        """The data to preview, and the errors that kept the newest edit out (or None)."""
        try:
            self.loaded = build.checked(data_dir, allow_untranslated=True, as_of=as_of)
            return self.loaded, None
        except load.DataErrors as exc:
            if self.loaded is None:  # nothing valid yet: nothing to show
                raise
            return self.loaded, exc
        except load.LoadBug as exc:  # ours, not the editor's; the preview still keeps running
            if self.loaded is None:
                raise
            cause = repr(exc.__cause__)
            bug = load.DataError(exc.file, 1, 1, "", Message(
                f"odottamaton virhe tiedostoa luettaessa ({cause}): ilmoita kehittäjille",
                f"ett oväntat fel när filen lästes ({cause}): meddela utvecklarna"))
            return self.loaded, load.DataErrors([bug])
