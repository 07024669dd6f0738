"""Checked patches to Material's minified JavaScript, applied to the built site.

Each patch says what it changes and why. A patch whose target is not found exactly once fails the
build (PatchError), so that a Material upgrade cannot silently undo it; patching patched code
changes nothing (a `--dirty` preview keeps the patched files). Plain Python: no MkDocs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class PatchError(RuntimeError):
    pass


@dataclass(frozen=True)
class Patch:
    name: str  # for the error message: which patch a maintainer must update
    target: str  # a regular expression that must match exactly once
    replacement: str  # may refer to the target's groups (\1 …)
    done: str  # a regular expression that only the patched code matches
    requires: str = ""  # text the patched code relies on

    def apply(self, js: str) -> str:
        if re.search(self.done, js):
            return js
        pattern = re.compile(self.target)
        if len(pattern.findall(js)) != 1 or self.requires not in js:
            raise PatchError(
                f"Materialin JavaScript on muuttunut: korjaus {self.name} (hooks/plan/material_js.py) "
                "on päivitettävä uudelle Materialin versiolle"
            )
        return pattern.sub(self.replacement, js)


def _apply(js: str, patches: tuple[Patch, ...]) -> str:
    for patch in patches:
        js = patch.apply(js)
    return js


# --- the search worker (assets/javascripts/workers/search.*.min.js) -----------------------------

# Material appends `*` to every query term for search-as-you-type, and lunr skips the stemmer for
# wildcard terms, so "turvallisuutta" never meets the stemmed index. The worker already parses the
# query into clauses (`le`); each clause's term is stemmed with the index's own pipeline first and
# only then searched with the wildcard.
WORKER_STEMMED_SEARCH = (
    "this.index.query(q=>{for(let c of le(e))for(let t of this.index.pipeline.runString(c.term))"
    "q.term(t,Object.assign({},c,{usePipeline:!1}))})"
)
# The worker then tells which query terms a result matched by comparing each term with the index
# words it matched, as prefixes; "väkivaltatyölle" is no prefix of the stem "väkivaltatyö", so no
# term counted as matched and the result links carried an empty `?h=`: nothing was highlighted on
# the opened page. The terms it compares are now stemmed too, so the link carries the stem, which
# highlights every inflected form on the page.
WORKER_STEMMED_TERMS = (
    ".flatMap(s=>this.index.pipeline.runString(s.term).map(t=>Object.assign({},s,{term:t})))"
)
WORKER_PATCHES = (
    Patch("STEMMED_QUERIES", r"this\.index\.search\(e\)", WORKER_STEMMED_SEARCH,
          re.escape(WORKER_STEMMED_SEARCH), requires="function le("),
    Patch("STEMMED_MATCHED_TERMS", r"(let r=le\(e\)\.filter\(s=>s\.presence!==lunr\.Query\.presence\.PROHIBITED\))",
          r"\1" + WORKER_STEMMED_TERMS, re.escape(WORKER_STEMMED_TERMS)),
)

# --- the bundle (assets/javascripts/bundle.*.min.js) -------------------------------------------

# On every page load Material fetches the search index and starts the search worker (lunr with the
# Finnish and Swedish stemmers): about 40 KB gzip'd, more than half of a first visit, for a search
# most readers never start. Patches 1-3 make both wait until the reader opens search; 4 drops
# fetches that only fail:
BUNDLE_PATCHES = (
    # 1. For file:// sites Material already sends the index to the worker only when the `search`
    #    toggle turns on (the reader focuses the search field or presses the search button); now
    #    on every site. Until then the search says "Initializing search".
    Patch("INDEX_WHEN_SEARCH_OPENS", r'\(location\.protocol!=="file:"\)(?=,\w+\("search"\))', "(!1)",
          r'\(!1\),\w+\("search"\)'),
    # 2. The worker is made on its first message, which is that index: an EventTarget-like
    #    stand-in (enough for rxjs' fromEvent) holds listeners until then.
    Patch("WORKER_ON_FIRST_MESSAGE", r"function (\w+)\((\w+),(\w+)=new Worker\(\2\)\)",
          r"function \1(\2,\3={l:[],w:null,"
          r"addEventListener(...a){this.w?this.w.addEventListener(...a):this.l.push(a)},"
          r"removeEventListener(...a){this.w?this.w.removeEventListener(...a):"
          r"this.l=this.l.filter(b=>b[0]!==a[0]||b[1]!==a[1])},"
          r"postMessage(m){this.w||(this.w=new Worker(\2),this.l.forEach(a=>this.w.addEventListener(...a)));"
          r"this.w.postMessage(m)}})",
          re.escape("addEventListener(...a){this.w?")),
    # 3. search.highlight marks the searched words on a page opened from the results (?h=…); it
    #    needs the index, so it subscribed to it on every page. Now only on pages opened with ?h=
    #    (without instant navigation every page is a fresh load, so checking once is enough).
    Patch("HIGHLIGHT_ONLY_FROM_RESULTS", r'(\w+)\("search\.highlight"\)\?(\w+)\(e,\{index\$:',
          r'\1("search.highlight")&&new URL(location.href).searchParams.get("h")?\2(e,{index$:',
          re.escape('"search.highlight")&&new URL(location.href)')),
    # 4. Material fetches `sitemap.xml` next to every <link rel="alternate"> to map a page to its other
    #    language when a language-selector link is clicked. mkdocs-static-i18n's alternates are
    #    pages, not language roots, so these fetches end in 404s (on GitHub Pages each returns the
    #    404 page), and our language switch links to the counterpart page itself. The lookup is
    #    left empty.
    Patch("NO_SITEMAP_PER_ALTERNATE", r'\(\(\)=>(\w+)\("link\[rel=alternate\]"\)\)',
          r'(()=>\1("link[rel=alternate][data-md-sitemap]"))',
          re.escape("[data-md-sitemap]")),
)


def worker(js: str) -> str:
    """The search worker with stemmed queries."""
    return _apply(js, WORKER_PATCHES)


def bundle(js: str) -> str:
    """The bundle, loading search on first use and fetching no sitemaps for alternate links."""
    return _apply(js, BUNDLE_PATCHES)
