"""Words of a built page: abbreviations explained where the page first uses them, and soft
hyphens in long words of headings and the menu.

- `explain_abbreviations` works on a page's main content (the HTML made from its Markdown, before
  the theme wraps it): the first use of LUVN, hyte or sote gets its expansion in the page's
  language after it, "LUVN (Länsi-Uudenmaan hyvinvointialue)" (WCAG 3.1.4). A use inside a link
  is explained after the link, so that the link's name stays as it is. A heading keeps its words
  (it is a title): its first use becomes `<abbr title="…">`, and a line right below the heading
  explains it in words ("hyte: hyvinvoinnin ja terveyden edistäminen"), since a title is seen by
  keyboard and touch users never, and some pages use the abbreviation in no other text.
- `soft_hyphens` works on the whole page: in h1–h3, in every `<nav>` and in table cells and
  captions (the test report's tables: review 2, B4) each word of at least
  `LONG` letters gets soft hyphens (U+00AD) where it may break, so that on a phone
  "Hyvinvointisuunnitelma" breaks as "Hyvinvointi-" / "suunnitelma" with a visible hyphen instead
  of being cut anywhere ("Hyvinvointisuunn|itelma"). Not in `<title>`, attributes, search index,
  feeds or open data, which never pass through here. Not on an easy-language page (its article's
  class `EASY`): easy text is never hyphenated (Selkokeskus, LL-Center).
- Break points come from dictionaries, never from a word list of ours: Finnish compounds are
  split where Voikko's Finnish morphology (pyvoikko) says their parts meet; Swedish words are
  hyphenated with pyphen's Swedish patterns. (pyphen has no Finnish dictionary, and the TeX
  patterns for Finnish break vowel-initial compound parts wrongly: "hyvinvointia-lue".)

The HTML is read with the standard library's tokenizer and changed only where text changes:
everything else stays byte for byte as it was.
"""

from __future__ import annotations

import html as html_lib
import json
import os
import re
import tempfile
from collections.abc import Callable
from functools import cache, lru_cache
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

import pyphen

from plan.labels import Labels

SOFT_HYPHEN = "\u00ad"
LONG = 12  # letters: shorter words fit a 320 px line even in an h1
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_NOT_TEXT = {"script", "style", "title", "svg", "code", "pre", "textarea", "template"}
EASY = "easy-language"  # the class of an easy-language page's article (overrides/main.html)


# --- Reading the HTML -------------------------------------------------------------------------


class _Element:
    def __init__(self, tag: str, attrs: dict):
        self.tag = tag
        self.attrs = attrs
        self.after: list[str] = []  # HTML to put after its end tag


class _Walker(HTMLParser):
    """Calls `on_text(text, open_elements)` for each run of text; collects the changes."""

    def __init__(self, source: str, on_text: Callable[[str, list[_Element]], str]):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.on_text = on_text
        self.stack: list[_Element] = []
        self.edits: list[tuple[int, int, str]] = []
        self._lines = [0]
        for m in re.finditer("\n", source):
            self._lines.append(m.end())

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID:
            self.stack.append(_Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                closed = self.stack[i:]
                del self.stack[i:]
                after = "".join(a for e in closed for a in e.after)
                if after:
                    end = self.source.index(">", self._offset()) + 1
                    self.edits.append((end, end, after))
                return

    def handle_data(self, data):
        changed = self.on_text(data, self.stack)
        if changed != data:
            start = self._offset()
            self.edits.append((start, start + len(data), changed))


def _rewrite(source: str, on_text: Callable[[str, list[_Element]], str]) -> str:
    walker = _Walker(source, on_text)
    walker.feed(source)
    walker.close()
    out, pos = [], 0
    for start, end, text in sorted(walker.edits, key=lambda e: (e[0], e[1])):
        out.append(source[pos:start])
        out.append(text)
        pos = end
    out.append(source[pos:])
    return "".join(out)


def _language(stack: list[_Element], page_lang: str) -> str:
    for element in reversed(stack):
        if "lang" in element.attrs:
            return element.attrs["lang"].split("-")[0]
    return page_lang


# --- Abbreviations ------------------------------------------------------------------------------

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


# The preview rebuilds every page on each save, most of them unchanged: a page seen in the last
# builds is not parsed again (the labels and dictionaries are fixed for the process).
_PAGES_KEPT = 256


@lru_cache(maxsize=_PAGES_KEPT)
def explain_abbreviations(content: str, lang: str) -> str:
    """The page's main content with the first use of each abbreviation explained (3.1.4)."""
    labels = Labels(lang)
    expansions: dict[str, str] = dict(labels["abbreviations"])
    forms = "|".join(f"[{a[0]}{a[0].upper()}]{re.escape(a[1:])}" if a[0].islower() else re.escape(a) for a in expansions)
    # The abbreviation as a word of its own or as the first part of one ("hyte-palvelujen", "LUVN:n").
    pattern = re.compile(rf"(?<![\w@./-])(?P<abbr>{forms})(?P<rest>(?:[-:]\w+)*)(?![\w@])")
    left = set(expansions)
    titled: set[str] = set()  # marked with <abbr title> in a heading

    def explain(text: str, stack: list[_Element]) -> str:
        if not left or any(e.tag in _NOT_TEXT or e.tag == "abbr" for e in stack):
            return text
        if _language(stack, lang) != lang:
            return text
        if any(e.tag in _HEADINGS for e in stack):
            return in_heading(text, stack)
        link = next((e for e in reversed(stack) if e.tag == "a"), None)
        out, pos = [], 0
        for m in pattern.finditer(text):
            key = next(k for k in expansions if k.lower() == m.group("abbr").lower())
            if key not in left:
                continue
            left.discard(key)
            words = labels.format(
                "abbreviation_in_word" if m.group("rest") else "abbreviation_alone",
                abbreviation=key, expansion=expansions[key],
            )
            note = f" ({html_lib.escape(words, quote=False)})"
            if link is not None:
                link.after.append(note)  # after the link: its name stays what it was
                continue
            out.append(text[pos : m.end()])
            out.append(note)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)

    def in_heading(text: str, stack: list[_Element]) -> str:
        # A heading keeps its words (it is the page's or a section's title); its first use is an
        # <abbr> with the expansion as its title (technique H28), and a paragraph right after the
        # heading says it in words (where a paragraph may stand: not in a <summary> or a caption).
        heading = next(e for e in reversed(stack) if e.tag in _HEADINGS)
        in_flow = not any(e.tag in ("summary", "caption", "legend", "p") for e in stack)
        out, pos = [], 0
        for m in pattern.finditer(text):
            key = next(k for k in expansions if k.lower() == m.group("abbr").lower())
            if key not in left or key in titled:
                continue
            titled.add(key)
            if in_flow:
                left.discard(key)
                words = labels.format("abbreviation_in_word", abbreviation=key, expansion=expansions[key])
                heading.after.append(f'\n<p class="abbreviation-note">{html_lib.escape(words, quote=False)}</p>')
            out.append(text[pos : m.start()])
            out.append(f'<abbr title="{html_lib.escape(expansions[key])}">{m.group("abbr")}</abbr>')
            pos = m.end("abbr")
        out.append(text[pos:])
        return "".join(out)

    return _rewrite(content, explain)


# --- Soft hyphens -------------------------------------------------------------------------------

_WORD = re.compile(rf"[^\W\d_]{{{LONG},}}")
_SHORTEST_PART = 3  # letters on either side of a break: no "Hy-" and no "-ma"
# Patterns mark every syllable, not only where a compound's parts meet; four letters a side keep
# the breaks that read worst out ("levnadsva-nor" becomes "levnads-vanor").
_PATTERN_SHORTEST_PART = 4


@lru_cache(maxsize=_PAGES_KEPT)
def soft_hyphens(page: str, lang: str) -> str:
    """The page with soft hyphens in the long words of its h1–h3, its navigation and its tables."""

    def hyphenate(text: str, stack: list[_Element]) -> str:
        if any(e.tag in _NOT_TEXT for e in stack):
            return text
        if not any(e.tag in ("h1", "h2", "h3", "nav", "caption", "th", "td") for e in stack):
            return text
        if any(EASY in e.attrs.get("class", "").split() for e in stack):
            return text
        word_lang = _language(stack, lang)
        return _WORD.sub(lambda m: hyphenated(m.group(0), word_lang), text)

    return _rewrite(page, hyphenate)


@cache
def hyphenated(word: str, lang: str) -> str:
    """`word` with a soft hyphen at each place where the dictionary of `lang` lets it break."""
    cuts = _finnish_cuts(word) if lang == "fi" else _pattern_cuts(word, lang)
    cuts = [c for c in cuts if _SHORTEST_PART <= c <= len(word) - _SHORTEST_PART]
    out, pos = [], 0
    for cut in cuts:
        out.append(word[pos:cut])
        pos = cut
    out.append(word[pos:])
    return SOFT_HYPHEN.join(out)


def _pattern_cuts(word: str, lang: str) -> list[int]:
    if lang not in pyphen.LANGUAGES:
        return []
    return list(pyphen.Pyphen(lang=lang, left=_PATTERN_SHORTEST_PART, right=_PATTERN_SHORTEST_PART).positions(word))


# Voikko reads its Finnish morphology in about 4 s, so its answers are kept on disk (like Jinja's
# compiled templates in render.py), keyed by its version: a build reads Voikko only for a long
# word it has not seen before.
_DEFAULT_CACHE = Path(tempfile.gettempdir()) / f"luvn-yhdyssanat-2-pyvoikko-{version('pyvoikko')}.json"
_cache = [_DEFAULT_CACHE]


def use_cache(file: Path | None) -> None:
    """Keep Voikko's answers in `file` (PLAN_COMPOUND_CACHE, config.py), or by default in the temp folder."""
    if (file or _DEFAULT_CACHE) != _cache[0]:
        _cache[0] = file or _DEFAULT_CACHE
        _known.cache_clear()


@cache
def _known() -> dict[str, list[int] | None]:
    try:
        return json.loads(_cache[0].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


_VOWELS = set("aeiouyäöå")


def _finnish_cuts(word: str) -> list[int]:
    """A compound breaks where its parts meet; a Finnish word that is no compound breaks between
    its syllables ("Saa-vu-tet-ta-vuu-den"), before a consonant that a vowel follows, the first
    rule of Finnish hyphenation; a word Voikko does not know (a name, an English word) not at all."""
    cuts = _compound_cuts(word)
    if cuts is None or cuts:
        return cuts or []
    low = word.lower()
    return [i for i in range(1, len(low) - 1)
            if low[i] not in _VOWELS and low[i + 1] in _VOWELS and _VOWELS & set(low[:i])]


def _compound_cuts(word: str) -> list[int] | None:
    """Where the parts of a Finnish compound meet, as Voikko analyses it; only the places on
    which every analysis agrees ([] for a word that is no compound, None for a word it does not
    know)."""
    key = word.lower()
    known = _known()
    if key not in known:
        import pyvoikko  # only when needed: see _DEFAULT_CACHE

        agreed: set[int] | None = None
        for analysis in pyvoikko.analyse(key):
            parts = [p.FORM for p in (analysis.COMPOUND_PARTS or [analysis])]
            if "".join(parts) != key:
                continue
            ends = {sum(len(p) for p in parts[: i + 1]) for i in range(len(parts) - 1)}
            agreed = ends if agreed is None else agreed & ends
        known[key] = None if agreed is None else sorted(agreed)
        tmp = _cache[0].with_name(_cache[0].name + f".{os.getpid()}")
        tmp.write_text(json.dumps(known, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        tmp.replace(_cache[0])
    return known[key]
