"""Fixes to Material's generated HTML that no theme override can reach (base.html writes this
markup outside any block).

Each fix is a plain str → str function that fails loudly when the markup it fixes is no longer
there, so that a Material upgrade that changes it is noticed (and the fix removed or updated).
Markup that Material renders from an overridable partial or block is fixed in overrides/ instead.
"""

from __future__ import annotations

import re
from functools import lru_cache


class HtmlFixError(RuntimeError):
    pass


def _changed(html: str, fixed: str, fix: str, what: str) -> str:
    if fixed == html:
        raise HtmlFixError(
            f"Materialin HTML on muuttunut: {what} ei löytynyt; tarkista, tarvitaanko korjausta "
            f"(hooks/plan/postbuild/html_fixes.py, {fix}) enää"
        )
    return fixed


# base.html's drawer and search checkboxes, the overlay <label> for the drawer and Material's own
# skip link serve Material's JavaScript and CSS-only menu, which the site replaces with real
# buttons (overrides/partials/header.html). Left in, they are form controls without a name
# (HTML_CodeSniffer H91, F68) and a second skip link.
_TOGGLES = re.compile(
    r'\s*<input class="md-toggle" data-md-toggle="(?:drawer|search)"[^>]*>'
    r'|\s*<label class="md-overlay" for="__drawer"></label>'
    r'|\s*<div data-md-component="skip">.*?</div>',
    re.S,
)


def drop_material_toggles(html: str) -> str:
    """The page without Material's menu and search toggles and its skip link."""
    return _changed(html, _TOGGLES.sub("", html), "drop_material_toggles", "valikon ja haun valintaruutuja")


# base.html wraps the menu and the contents list in <main> with the content; overrides/main.html
# makes the content <main> itself, so the outer one becomes a <div> (1.3.1, 2.4.1).
_OUTER_MAIN = re.compile(r'<main class="md-main" data-md-component="main">(.*)</main>', re.S)


def main_holds_content_only(html: str) -> str:
    """The page with Material's outer <main> turned into a <div>."""
    fixed = _OUTER_MAIN.sub(lambda m: f'<div class="md-main">{m.group(1)}</div>', html, count=1)
    return _changed(html, fixed, "main_holds_content_only", '<main class="md-main">')


FIXES = (drop_material_toggles, main_holds_content_only)


@lru_cache(maxsize=256)  # the preview rebuilds unchanged pages on each save
def fix_page(html: str) -> str:
    """A page rendered by Material's base.html, with every fix in FIXES applied."""
    for fix in FIXES:
        html = fix(html)
    return html
