"""Fixes to Material's generated HTML that no theme override can reach, so every page is valid HTML.

Each fix is a plain str → str function that fails loudly when the markup it fixes is no longer
there, so that a Material upgrade that changes it is noticed (and the fix removed or updated).
Markup that Material renders from an overridable partial is fixed in overrides/ instead.
"""

from __future__ import annotations

import re


class HtmlFixError(RuntimeError):
    pass


# base.html (not in any block) writes the drawer and search toggles as
# `<input class="md-toggle" … type="checkbox" … autocomplete="off">`. `autocomplete` is not allowed
# on checkboxes (Nu Html Checker error; WCAG 4.1.1). Material uses it to stop Firefox restoring a
# toggle's checked state on reload; dropping it only means Firefox may reopen the drawer then.
_INPUT = re.compile(r"<input\b[^>]*>")
_CHECKBOX = re.compile(r'\stype="checkbox"')
_AUTOCOMPLETE = re.compile(r'\s+autocomplete(="[^"]*")?(?=[\s/>])')


def drop_checkbox_autocomplete(html: str) -> str:
    """The page without `autocomplete` on `<input type="checkbox">`."""
    count = 0

    def fix(match: re.Match) -> str:
        nonlocal count
        tag = match.group(0)
        if not _CHECKBOX.search(tag):
            return tag
        tag, n = _AUTOCOMPLETE.subn("", tag)
        count += n
        return tag

    fixed = _INPUT.sub(fix, html)
    if count == 0:
        raise HtmlFixError(
            "Materialin HTML on muuttunut: valintaruuduissa ei ole enää autocomplete-määritettä; "
            "tarkista, tarvitaanko korjausta (hooks/plan/html_fixes.py, drop_checkbox_autocomplete) enää"
        )
    return fixed


FIXES = (drop_checkbox_autocomplete,)


def fix_page(html: str) -> str:
    """A page rendered by Material's base.html, with every fix in FIXES applied."""
    for fix in FIXES:
        html = fix(html)
    return html
