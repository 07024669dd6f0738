"""Site search: Pagefind indexes the built site, one index per <html lang>, with Finnish and
Swedish stemming, in fragments that the reader's browser loads only when search is opened
(overrides/assets/javascripts/site.js). Only each page's article (`data-pagefind-body`) is indexed,
so menus and the 404 pages are not. Plain Python: no MkDocs here."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pagefind.service import get_executable

BUNDLE = "pagefind"
# Pagefind writes its own search interfaces too; the site has its own (overrides/partials/search.html).
_UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js",
           "wasm.unknown.pagefind")


class SearchIndexError(RuntimeError):
    pass


def _executable() -> Path:
    found = get_executable()
    if found is None:
        raise SearchIndexError("Pagefindin ohjelmaa ei löytynyt: asenna riippuvuudet uudelleen (pagefind[bin])")
    return found


class Indexing:
    """Pagefind running over `site`; `finish()` waits for it and tidies the bundle. Started before
    the other post-build steps that only read pages, it runs beside them on a second core."""

    def __init__(self, site: Path):
        self.site = site
        self.proc = subprocess.Popen(
            # the binary `python -m pagefind` would find, without starting Python for it (50 ms a preview refresh)
            [str(_executable()), "--site", str(site), "--output-subdir", BUNDLE, "--silent"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def finish(self) -> Path:
        """Writes the search bundle into `site`/pagefind and returns its folder."""
        out, err = self.proc.communicate()
        bundle = self.site / BUNDLE
        if self.proc.returncode != 0 or not (bundle / "pagefind.js").is_file():
            raise SearchIndexError(f"Hakuhakemiston (Pagefind) luonti epäonnistui: {err.strip() or out.strip()}")
        for pattern in _UNUSED:
            for file in bundle.glob(pattern):
                file.unlink()
        # Pagefind lists the languages in hash-map order, which differs between runs: sorted, two
        # builds of the same commit are the same bytes.
        entry = bundle / "pagefind-entry.json"
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["languages"] = dict(sorted(data["languages"].items()))
        entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        return bundle


def index_site(site: Path) -> Path:
    """Writes the search bundle into `site`/pagefind and returns its folder."""
    return Indexing(site).finish()
