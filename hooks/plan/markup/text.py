"""Data text → markup: the one home of the language marks and of escaping (issue 25).

`[[fi:Lähellä.fi]]` marks a Finnish name inside Swedish text (and `[[sv:…]]` the reverse). On a
page in the other language the words become <span lang="fi">…</span> (WCAG 3.1.2); in plain text
(titles, feeds, open data, the SVG charts) only the words stay. Markdown texts are turned into HTML
by data_markdown.py, which reads the same marks with LANG_MARK.
"""

from __future__ import annotations

import html
import re
from typing import Callable

LANG_MARK = re.compile(r"\[\[(fi|sv):([^\[\]]+)\]\]")

# The characters Python-Markdown (with the tables extension) lets a backslash escape, except
# `>`, which HTML escaping turns into `&gt;` like `<` and `&`. Only plain Markdown extensions are
# enabled, so no other character starts markup.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def strip_marks(value: str) -> str:
    """The text with each mark replaced by its words."""
    return LANG_MARK.sub(lambda m: m.group(2), value)


def markdown_escape(text: str) -> str:
    """Plain text → Markdown that shows exactly that text, on one line."""
    text = re.sub(r"\s+", " ", str(text))  # a plain text is one line: no accidental blocks
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # After the backslashes, so that no entity gets one.
    return html.escape(text, quote=False)


def lang_span(lang: str, content: str, page_lang: str) -> str:
    """Escaped `content` in `lang` as it stands on a page in `page_lang`."""
    return content if lang == page_lang else f'<span lang="{lang}">{content}</span>'


def with_lang_spans(value: str, page_lang: str, escape: Callable[[str], str]) -> str:
    """Plain text with marks → markup for a page in `page_lang`: each part escaped by `escape`
    (markdown_escape, or markupsafe's for HTML), each mark of the other language a lang span."""
    out, pos = [], 0
    for m in LANG_MARK.finditer(value):
        out.append(escape(value[pos : m.start()]))
        out.append(lang_span(m.group(1), escape(m.group(2).strip()), page_lang))
        pos = m.end()
    out.append(escape(value[pos:]))
    return "".join(out)
