"""Spelling of the built pages, each text in its own language: Finnish with Voikko (Debian voikko-fi
through the libvoikko binding), Swedish with Hunspell sv_FI (Debian hunspell and hunspell-sv), and
English, which the test report quotes from axe (lang="en"), with Hunspell en_US (hunspell-en-us).

A text's language is the nearest `lang` attribute above it, so a Finnish name marked `lang="fi"` on a
Swedish page is checked in Finnish (WCAG 3.1.2). Code identifiers (`<code>`, anything `translate="no"`)
are the files' own keys, not words of either language, and are not checked. A word neither dictionary
knows passes only when tests/spelling-allowlist.txt lists it for that language with a reason."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

ROOT = Path(__file__).resolve().parents[2]
ALLOWLIST = ROOT / "tests" / "spelling-allowlist.txt"

# Not text a reader reads as words of the page's language.
SKIPPED = {"script", "style", "template", "code", "pre", "kbd", "samp", "noscript"}
# Attributes a reader meets as text (screen readers say them, browsers show them).
TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")

# Addresses, file names, a number's or a section sign's case ending ("70 %:sti", "7 §:ään") and codes like UTF-8 are no words.
_NOT_WORDS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:json|csv|xml|md|yml|html)\b|[%§]:\w+|\b[A-Z]+-\d+\b")
# A word, with its inner hyphens, apostrophes, points and colons ("LUVN:n", "t.ex"), and the hyphen
# of a word whose end is shared ("sosiaali- ja terveyspalvelut", "hälso-, välfärds-").
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.:][^\W\d_]+)*(?:-(?![^\W\d_]))?")


def _lang_of(node, default: str) -> str:
    for parent in [node, *node.parents] if isinstance(node, Tag) else node.parents:
        if isinstance(parent, Tag) and parent.get("lang"):
            return parent["lang"].split("-")[0]
    return default


def _skipped(node) -> bool:
    for parent in node.parents:
        if not isinstance(parent, Tag):
            continue
        if parent.name in SKIPPED or parent.get("translate") == "no":
            return True
    return False


def texts(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """(language, text) for every text of a page a reader meets: the title, the description, the
    body's text and its text attributes."""
    default = soup.html.get("lang", "fi")
    found = []
    if soup.title and soup.title.string:
        found.append((default, soup.title.string))
    for meta in soup.select('meta[name="description"][content]'):
        found.append((default, meta["content"]))
    body = soup.body
    for node in body.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            if node.strip() and not _skipped(node):
                found.append((_lang_of(node, default), str(node)))
        elif isinstance(node, Tag) and node.name not in SKIPPED and not _skipped(node):
            for name in TEXT_ATTRIBUTES:
                if node.get(name):
                    found.append((_lang_of(node, default), node[name]))
    return found


def words(text: str) -> list[str]:
    # Soft hyphens (U+00AD, in headings and the menu for narrow screens) are no word breaks.
    return _WORD.findall(_NOT_WORDS.sub(" ", text.replace("\u00ad", "")))


@dataclass
class Allowlist:
    words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    problems: list[str] = field(default_factory=list)

    def __contains__(self, item: tuple[str, str]) -> bool:
        lang, word = item
        known = self.words.get(lang, set())
        return word in known or word[:1].lower() + word[1:] in known


def read_allowlist(path: Path = ALLOWLIST) -> Allowlist:
    """One line per word: `<language> <word> <reason>`; `#` starts a comment line."""
    allow = Allowlist()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(maxsplit=2)
        if len(parts) < 3 or parts[0] not in ("fi", "sv", "en"):
            allow.problems.append(f"{path.name}:{number}: expected '<fi|sv|en> <word> <reason>': {line!r}")
            continue
        lang, word, _reason = parts
        if word in allow.words[lang]:
            allow.problems.append(f"{path.name}:{number}: {lang} {word} is listed twice")
        allow.words[lang].add(word)
    return allow


class Finnish:
    def __init__(self):
        from libvoikko import Voikko

        self._voikko = Voikko("fi")

    def known(self, words: set[str]) -> set[str]:
        return {w for w in words if self._voikko.spell(w)}


class Hunspell:
    def __init__(self, dictionary: str):
        self.dictionary = dictionary

    def known(self, words: set[str]) -> set[str]:
        # `-l` prints the words it does not know, one per input line.
        listed = sorted(words)
        proc = subprocess.run(
            ["hunspell", "-d", self.dictionary, "-i", "utf-8", "-l"],
            input="\n".join(listed) + "\n", capture_output=True, text=True, encoding="utf-8", check=True,
        )
        unknown = set(proc.stdout.split("\n"))
        return {w for w in listed if w not in unknown}


def missing_tools() -> list[str]:
    """Debian packages the checkers need that are not installed (scripts/test installs them)."""
    missing = []
    try:
        from libvoikko import Voikko

        Voikko("fi").terminate()
    except Exception:  # no libvoikko1, or no Finnish dictionary (voikko-fi)
        missing += ["libvoikko1", "voikko-fi"]
    if not shutil.which("hunspell"):
        missing.append("hunspell")
    for dictionary, package in (("sv_FI", "hunspell-sv"), ("en_US", "hunspell-en-us")):
        if not Path(f"/usr/share/hunspell/{dictionary}.dic").exists():
            missing.append(package)
    return missing


@functools.cache
def checkers() -> dict:
    return {"fi": Finnish(), "sv": Hunspell("sv_FI"), "en": Hunspell("en_US")}


def _alternatives(word: str) -> list[list[str]]:
    """Other ways for a word to pass, each a list of what must all be known: an abbreviation whose
    last point ended the match ("esim", "t.ex"), an abbreviation with a case ending ("LUVN:n"), and
    the parts of a hyphenated compound ("hyte-palvelujen")."""
    ways = [[word + "."]]
    if ":" in word:
        ways.append([word.split(":", 1)[0]])
    if "-" in word.strip("-"):
        ways.append([part for part in word.strip("-").split("-") if part])
    return ways


def unknown_words(pages: dict[str, list[tuple[str, str]]], allow: Allowlist) -> dict[tuple[str, str], list[str]]:
    """{(language, word): [pages]} for every word neither the dictionary nor the allowlist knows."""
    where: dict[tuple[str, str], list[str]] = defaultdict(list)
    for page, found in pages.items():
        for lang, text in found:
            for word in words(text):
                if page not in where[(lang, word)]:
                    where[(lang, word)].append(page)
    by_lang: dict[str, set[str]] = defaultdict(set)
    for lang, word in where:
        by_lang[lang].add(word)
        for way in _alternatives(word):
            by_lang[lang].update(way)
    known = {}
    for lang, all_words in by_lang.items():
        checker = checkers().get(lang)  # no dictionary for a language: every word of it is reported
        known[lang] = checker.known({w for w in all_words if (lang, w) not in allow}) if checker else set()

    def passes(lang: str, word: str) -> bool:
        return (lang, word) in allow or word in known[lang]

    return {
        (lang, word): on_pages
        for (lang, word), on_pages in where.items()
        if not passes(lang, word) and not any(all(passes(lang, w) for w in way) for way in _alternatives(word))
    }
