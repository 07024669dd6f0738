"""Lighter stylesheets for a first visit (issue 7: ≤ 75 KB gzip'd in all).

Material's main stylesheet styles every extension and component Material has (code highlighting,
tabs, blog, tags, every admonition type…); a page of ours uses a small part of it. `unused_rules_removed`
keeps a rule when a page or script of the built site can use it, and `minified` takes the comments
and spaces out of our own stylesheets. Plain Python: no MkDocs here.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import rcssmin
import tinycss2

# Blocks whose rules are kept or dropped one by one; any other at-rule (@font-face, @keyframes,
# @page …) is kept whole.
_GROUPING = {"media", "supports", "container", "layer"}
_WORD = re.compile(r"[A-Za-z0-9_-]+")
_MAIN_LINK = re.compile(r"assets/stylesheets/main\.[0-9a-f]{8}\.min\.css")


def words(texts: Iterable[str]) -> set[str]:
    """Every word-like token of the site's HTML and JavaScript: the class names it can use."""
    found: set[str] = set()
    for text in texts:
        found.update(_WORD.findall(text))
    return found


def _classes(selector: list) -> list[str]:
    """Class names a selector requires. Classes inside :not(), :is(), :where() and :has() are not
    counted: such a selector may match without them (keeping it is always safe)."""
    names = []
    for before, token in zip([None, *selector], selector):
        if token.type == "ident" and before is not None and before.type == "literal" and before.value == ".":
            names.append(token.value)
    return names


def _selectors(prelude: list) -> list[list]:
    """A rule's selector list split at its top-level commas (commas inside :is(…) stay nested)."""
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _parsed(rules: list) -> tuple:
    """The rules with each selector serialised beside the classes it needs, so that cutting is only set
    checks: ("rule", ((selector, classes), …), body), ("group", head, inner) or ("keep", text, None)."""
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = tuple((tinycss2.serialize(s).strip(), frozenset(_classes(s))) for s in _selectors(rule.prelude))
            out.append(("rule", selectors, "{" + tinycss2.serialize(rule.content) + "}"))
        elif rule.type == "at-rule" and rule.lower_at_keyword in _GROUPING and rule.content is not None:
            inner = _parsed(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
            out.append(("group", f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}", inner))
        elif rule.type != "error":
            out.append(("keep", tinycss2.serialize([rule]), None))
    return tuple(out)


# Material's stylesheet is the same in every build: the preview parses it once (0.1 s), not per save.
@lru_cache(maxsize=4)
def _parsed_stylesheet(css: str) -> tuple:
    return _parsed(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


def _kept(rules: tuple, used: set[str]) -> list[str]:
    out = []
    for kind, head, body in rules:
        if kind == "rule":
            selectors = [text for text, classes in head if classes <= used]
            if selectors:
                out.append(",".join(selectors) + body)
        elif kind == "group":
            inner = _kept(body, used)
            if inner:
                out.append(f"{head}{{{''.join(inner)}}}")
        else:
            out.append(head)
    return out


def unused_rules_removed(css: str, used: set[str]) -> str:
    """`css` without the selectors that need a class no page or script uses (see `words`)."""
    return "".join(_kept(_parsed_stylesheet(css), used))


def minified(css: str) -> str:
    """Our own stylesheet without comments and spaces (rCSSmin: the same rules, fewer bytes)."""
    return rcssmin.cssmin(css)


def remove_material_scripts(site: Path) -> None:
    """Material's JavaScript (bundle, search worker, lunr) out of the built `site`: no page loads it
    (overrides/main.html), so it would be 2.3 MB of files that nobody uses."""
    scripts = site / "assets" / "javascripts"
    for path in [*scripts.glob("bundle.*.min.js*"), scripts / "workers", scripts / "lunr"]:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def lighten_stylesheets(site: Path, own: Iterable[str]) -> None:
    """In the built `site`: Material's main stylesheet cut to what the site uses, under a name made
    from its content (so no browser keeps an older cut), every page linking to it, and our own
    stylesheets (`own`, paths in the site) minified. Running it again changes nothing."""
    folder = site / "assets" / "stylesheets"
    (main,) = folder.glob("main.*.min.css")
    pages = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    used = words([*pages.values(),
                  *(p.read_text(encoding="utf-8") for p in (site / "assets" / "javascripts").rglob("*.js"))])
    css = unused_rules_removed(main.read_text(encoding="utf-8"), used)
    name = f"main.{hashlib.sha256(css.encode('utf-8')).hexdigest()[:8]}.min.css"
    (folder / name).write_text(css, encoding="utf-8")
    if main.name != name:
        main.unlink()
        main.with_name(main.name + ".map").unlink(missing_ok=True)  # maps the uncut stylesheet
    for page, html in pages.items():
        linked = _MAIN_LINK.sub(f"assets/stylesheets/{name}", html)
        if linked != html:
            page.write_text(linked, encoding="utf-8")
    for path in own:
        file = site / path
        file.write_text(minified(file.read_text(encoding="utf-8")), encoding="utf-8")
