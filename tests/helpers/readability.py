"""Readability figures of a text (issue 27 item 4): sentences, words, LIX, sentence lengths, long
words, abbreviations and Finnish passive verb forms, and a page's main content as such a text.

A text is plain text with one unit per line: a paragraph, a list item, a heading or a table cell
(`main_text` makes one from a page). Rules, kept simple and the same for every page:

- Sentences: a unit is split after . ! ? (with any closing bracket or quote) followed by a space or
  the unit's end; after a point only when the next word starts with a capital letter, a digit or a
  quote ("2. luku", "esim. koulut" go on), and never after a listed abbreviation ("esim. Espoo") or
  a day and month ("1.1. Se" goes on; "31.12.2026" has no space after its points). A unit without
  end punctuation (a heading, a list item) is a sentence of its own. A unit with no words is none.
- Words: runs of letters and digits with their inner hyphens, dashes, points, colons and apostrophes
  ("Länsi-Uudenmaan", "LUVN:n", "2024–2026", "31.12.2026" are one word each), and the hyphen of a
  word whose end is shared ("sosiaali- ja terveyspalvelut"). A number is a word (it is read), but
  only letters are counted for a word's length, so a number is never a long word.
- LIX = words / sentences + 100 × words of more than 6 letters / words.
- Abbreviations: a word in capitals of two or more letters (LUVN, THL, "LUVN:n"), and the site's
  abbreviations (hooks/plan/labels/lyhenteet.yml: LUVN, hyte, sote; also as the first part of a
  word, "sote-palvelut") and the common ones with points listed in ABBREVIATIONS. One is explained
  only when its written-out form (from lyhenteet.yml or ABBREVIATIONS) stands on the same page; the
  last word of that form may end differently, as words inflect ("Länsi-Uudenmaan hyvinvointialueella"
  writes out LUVN). A capital word the tables do not know (THL) has no written-out form the test
  knows, so it counts as unexplained: write it out, or add it to ABBREVIATIONS.
- Passive verb forms (Finnish, Voikko's analysis): a finite passive (PERSON "4": "tehdään",
  "tehtiin"), its negative form after a form of "ei" ("ei tehdä"), and the perfect ("on tehty": a
  word that is only a past passive participle in the nominative, right after a form of "olla").

`python tests/helpers/readability.py <site-dir>` prints the figures of a built site's easy pages, each
beside its standard page, and of the standard pages (home, areas, strategies, follow-up) as Markdown
tables; `python tests/helpers/readability.py --data <data-dir>` those of the easy texts in the data,
per page and per text.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

# The targets of issue 27 (item 4, /work/notes/easy-spec.md). Passive forms: "rare" as at most one
# in ten sentences.
LIMITS = {
    "fi": {"mean": 10.0, "longest": 15, "long_share": 5.0, "passive_share": 10.0},
    "sv": {"lix": 30.0},
}
LONG_FI = 13  # letters: a long Finnish word
LONG_LIX = 7  # letters: a long word for LIX ("more than six")

# Abbreviations with points and their written-out forms (the site's own, LUVN, hyte and sote, are
# read from hooks/plan/labels/lyhenteet.yml).
ABBREVIATIONS = {
    "fi": {
        "esim.": "esimerkiksi", "mm.": "muun muassa", "ns.": "niin sanottu", "yms.": "ynnä muuta sellaista",
        "ym.": "ynnä muuta", "jne.": "ja niin edelleen", "tms.": "tai muuta sellaista", "ts.": "toisin sanoen",
        "ks.": "katso", "vrt.": "vertaa", "n.": "noin", "klo": "kello", "em.": "edellä mainittu",
        "v.": "vuonna", "milj.": "miljoonaa", "huom.": "huomaa",
    },
    "sv": {
        "t.ex.": "till exempel", "bl.a.": "bland annat", "dvs.": "det vill säga", "s.k.": "så kallad",
        "m.m.": "med mera", "osv.": "och så vidare", "etc.": "etcetera", "ca": "cirka", "kl.": "klockan",
        "m.fl.": "med flera", "t.o.m.": "till och med", "fr.o.m.": "från och med", "o.d.": "och dylikt",
        "resp.": "respektive", "milj.": "miljoner",
    },
}

_LETTER = r"[^\W\d_]"
_WORD = re.compile(r"[^\W_]+(?:[-–'’.:][^\W_]+)*(?:-(?![^\W_]))?")
_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}\.")
_END = re.compile(r"[.!?]+[)\]”\"’']*(?=\s|$)")


def units(text: str) -> list[str]:
    """The text's non-empty lines, spaces collapsed and soft hyphens removed."""
    lines = (" ".join(line.replace("\u00ad", "").split()) for line in text.splitlines())
    return [line for line in lines if line]


@functools.cache
def _dotted() -> tuple[str, ...]:
    return tuple(a for table in ABBREVIATIONS.values() for a in table if a.endswith("."))


def _ends_sentence(unit: str, match: re.Match) -> bool:
    rest = unit[match.end():].lstrip()
    if not rest:
        return True
    if not match.group().startswith("."):
        return True  # ! or ?
    if not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"”'’(–-"):
        return False
    chunk = unit[: match.start() + 1].rsplit(None, 1)[-1].lstrip("([\"”'’").lower()
    return chunk not in _dotted() and not _DAY_MONTH.fullmatch(chunk)


def sentences(text: str) -> list[str]:
    """The text's sentences (see the module's rules)."""
    found = []
    for unit in units(text):
        start = 0
        for m in _END.finditer(unit):
            if _ends_sentence(unit, m):
                found.append(unit[start : m.end()].strip())
                start = m.end()
        found.append(unit[start:].strip())
    return [s for s in found if words(s)]


def words(text: str) -> list[str]:
    return _WORD.findall(text.replace("\u00ad", ""))


def letters(word: str) -> int:
    return sum(c.isalpha() for c in word)


def lix(text: str) -> float:
    all_words = words(text)
    if not all_words:
        return 0.0
    long_words = sum(letters(w) >= LONG_LIX for w in all_words)
    return len(all_words) / len(sentences(text)) + 100 * long_words / len(all_words)


def sentence_lengths(text: str) -> list[int]:
    return [len(words(s)) for s in sentences(text)]


def mean_sentence_length(text: str) -> float:
    lengths = sentence_lengths(text)
    return sum(lengths) / len(lengths) if lengths else 0.0


def longest_sentence(text: str) -> int:
    return max(sentence_lengths(text), default=0)


def long_word_share(text: str, long: int = LONG_FI) -> float:
    """Per cent of the words that have `long` letters or more."""
    all_words = words(text)
    return 100 * sum(letters(w) >= long for w in all_words) / len(all_words) if all_words else 0.0


# --- Abbreviations ------------------------------------------------------------------------------


@functools.cache
def _written_out(lang: str) -> dict[str, str]:
    from plan.labels import Labels

    return {**Labels(lang)["abbreviations"], **ABBREVIATIONS[lang]}


def abbreviations(text: str, lang: str) -> list[str]:
    """Every abbreviation the text uses, once each, in the order of first use (as the tables write
    it; an unlisted capital word as written, without a case ending)."""
    table = _written_out(lang)
    found: list[str] = []
    plain = text.replace("\u00ad", "")
    for word in words(plain):
        stem = re.split(r"[:-]", word, maxsplit=1)[0]
        key = next((k for k in table if not k.endswith(".") and k[0].lower() + k[1:] == stem[0].lower() + stem[1:]), None)
        if key is None and len(stem) >= 2 and stem.isalpha() and stem.isupper():
            key = stem
        if key and key not in found:
            found.append(key)
    for abbr in (a for a in table if a.endswith(".")):
        # Its first letter may be a capital (at the start of a sentence); not inside a longer word.
        pattern = rf"(?<![\w.])[{abbr[0]}{abbr[0].upper()}]{re.escape(abbr[1:])}(?!\w)"
        if re.search(pattern, plain) and abbr not in found:
            found.append(abbr)
    return found


def _stands_in(form: str, text: str) -> bool:
    """Whether `form` stands in `text`, its last word perhaps inflected (its last three letters free)."""
    *first, last = form.split()
    head = last[: max(len(last) - 3, 3)]
    pattern = r"\s+".join([*(re.escape(w) for w in first), re.escape(head)])
    return re.search(rf"(?<!\w){pattern}", text, re.IGNORECASE) is not None


def unexplained(text: str, lang: str) -> list[str]:
    """The abbreviations whose written-out form does not stand in the text."""
    table = _written_out(lang)
    plain = text.replace("\u00ad", "")
    return [a for a in abbreviations(text, lang) if a not in table or not _stands_in(table[a], plain)]


# --- Passive verb forms (Finnish) ---------------------------------------------------------------


@functools.cache
def _voikko():
    from libvoikko import Voikko

    return Voikko("fi")


@functools.lru_cache(maxsize=20000)
def _analyses(word: str) -> tuple[dict, ...]:
    return tuple(dict(a) for a in _voikko().analyze(word))


def _is_form_of(word: str, baseform: str) -> bool:
    return any(a.get("BASEFORM") == baseform and a.get("CLASS") in ("teonsana", "kieltosana") for a in _analyses(word))


def passive_verbs(text: str) -> list[str]:
    """The Finnish passive verb forms of the text, each use once ("on tehty" as one), in order."""
    found = []
    for sentence in sentences(text):
        ws = words(sentence)
        for i, word in enumerate(ws):
            before = ws[i - 1] if i else ""
            analyses = _analyses(word)
            finite = [a for a in analyses if a.get("PERSON") == "4"]
            if any(a.get("NEGATIVE") == "false" for a in finite):
                found.append(word)
            elif finite and _is_form_of(before, "ei"):
                found.append(f"{before} {word}")
            elif (analyses and all(a.get("PARTICIPLE") == "past_passive" and a.get("SIJAMUOTO") == "nimento"
                                   for a in analyses) and _is_form_of(before, "olla")):
                found.append(f"{before} {word}")
    return found


# --- Figures ------------------------------------------------------------------------------------


@dataclass
class Figures:
    lang: str
    sentences: int
    words: int
    mean: float
    longest: int
    long_share: float  # per cent of words of LONG_FI letters or more
    lix: float
    unexplained: list[str]
    passives: list[str] = field(default_factory=list)  # Finnish only

    @property
    def passive_share(self) -> float:
        """Passive forms per 100 sentences."""
        return 100 * len(self.passives) / self.sentences if self.sentences else 0.0

    def over_limits(self) -> list[str]:
        """What exceeds the easy-language targets of the figures' language, in words."""
        limit = LIMITS[self.lang]
        over = []
        if self.lang == "fi":
            if self.mean > limit["mean"]:
                over.append(f"keskimäärin {self.mean:.1f} sanaa virkkeessä (enintään {limit['mean']:g})")
            if self.longest > limit["longest"]:
                over.append(f"pisin virke {self.longest} sanaa (enintään {limit['longest']})")
            if self.long_share > limit["long_share"]:
                over.append(f"{self.long_share:.1f} % sanoista on {LONG_FI}-kirjaimisia tai pidempiä "
                            f"(enintään {limit['long_share']:g} %)")
            if self.passive_share > limit["passive_share"]:
                over.append(f"passiivimuotoja {len(self.passives)} / {self.sentences} virkettä "
                            f"(enintään {limit['passive_share']:g} %): {', '.join(self.passives)}")
        elif self.lix > limit["lix"]:
            over.append(f"LIX {self.lix:.1f} (högst {limit['lix']:g})")
        if self.unexplained:
            over.append(("selittämättömät lyhenteet: " if self.lang == "fi" else "oförklarade förkortningar: ")
                        + ", ".join(self.unexplained))
        return over


def figures(text: str, lang: str) -> Figures:
    return Figures(
        lang=lang,
        sentences=len(sentences(text)),
        words=len(words(text)),
        mean=mean_sentence_length(text),
        longest=longest_sentence(text),
        long_share=long_word_share(text),
        lix=lix(text),
        unexplained=unexplained(text, lang),
        passives=passive_verbs(text) if lang == "fi" else [],
    )


# --- A page's main content ----------------------------------------------------------------------

# Elements whose text is a unit of its own (a line of the text).
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "caption", "figcaption",
          "summary", "blockquote", "div", "ul", "ol", "dl", "table", "tr", "section", "details", "br", "hr"}
# Not read as the page's words: code, drawings, and what is hidden from every reader.
HIDDEN = "script, style, template, svg, code, pre, [aria-hidden=true], [hidden]"


def block_text(element) -> str:
    """An element's text (a BeautifulSoup element, changed in place), one block per line."""
    for hidden in element.select(HIDDEN):
        hidden.decompose()
    for string in element.find_all(string=True):  # a line break in the source is a space
        string.replace_with(re.sub(r"\s+", " ", string))
    for block in element.find_all(BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    return "\n".join(units(element.get_text()))


def main_text(soup, leave_out: str | None = None, leave_out_texts: tuple[str, ...] = ()) -> str:
    """The page's main content (its `<article>`) as a text, without the elements `leave_out` (a CSS
    selector) selects nor those whose whole text is one of `leave_out_texts` (with the box around
    it: a notice's title goes with it)."""
    if soup.find("article") is None:
        raise ValueError("the page has no <article>")
    article = type(soup)(str(soup.find("article")), "html5lib").find("article")  # the caller's soup stays whole
    for element in article.select(leave_out) if leave_out else ():
        element.decompose()
    for string in [s for s in article.find_all(string=True) if " ".join(s.split()) in leave_out_texts]:
        if string.parent is None:
            continue  # gone with an earlier one's box
        box = string.find_parent(class_="admonition") or string.find_parent(BLOCKS - {"br", "hr"})
        (box or string).extract()
    return block_text(article)


def markdown_text(text: str, lang: str) -> str:
    """A data text (Markdown, or plain) as the page shows it, as a text."""
    from bs4 import BeautifulSoup

    from plan.markup import data_markdown

    html = data_markdown.to_html(text, lang, lambda link: "#")
    return block_text(BeautifulSoup(f"<div>{html}</div>", "html5lib").div)


# --- The table for the closing note -------------------------------------------------------------

HEADER = "| page | lang | sentences | words | mean | longest | 13+ letters % | LIX | unexplained abbreviations | passive forms |"


def row(page: str, f: Figures) -> str:
    passives = f"{len(f.passives)} ({', '.join(f.passives)})" if f.passives else ("0" if f.lang == "fi" else "–")
    return (f"| {page} | {f.lang} | {f.sentences} | {f.words} | {f.mean:.1f} | {f.longest} | {f.long_share:.1f} | "
            f"{f.lix:.1f} | {', '.join(f.unexplained) or '–'} | {passives} |")


def table(rows: list[tuple[str, Figures]]) -> str:
    return "\n".join([HEADER, "|" + " --- |" * (HEADER.count("|") - 1), *(row(p, f) for p, f in rows)])


# --- The built site -----------------------------------------------------------------------------


def _lang(path: str) -> str:
    return "sv" if path.startswith("sv/") else "fi"


def _soup(site_dir: Path, path: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup((site_dir / path / "index.html").read_text(encoding="utf-8"), "html5lib")


def easy_kinds() -> list:
    """The page register's easy-language kinds (hooks/plan/site/pages.py, `Kind.easy`)."""
    from plan.site import pages

    return [k for k in pages.KINDS if getattr(k, "easy", False)]


def built_path(source: str, lang: str = "fi") -> str:
    """A page's path in the built site from its source path ("selkokieli/index.md" → "selkokieli/")."""
    from plan.site import urls

    return urls.home_path(lang) + urls.page_url(source)


def easy_pages(site_dir: Path) -> list[str]:
    """The built site's easy pages in both languages: those below the register's easy folder
    (urls.easy), Finnish first."""
    from plan.site import urls

    if not easy_kinds():
        return []
    folder = urls.page_url(urls.easy(""))
    return [f"{home}{p.parent.relative_to(site_dir / home).as_posix()}/"
            for home in ("", "sv/") for p in sorted((site_dir / home / folder).rglob("index.html"))]


def marked_easy_pages(site_dir: Path) -> list[str]:
    """The built pages whose article carries the easy-language pages' class (page_words.EASY)."""
    from plan.postbuild import page_words

    marker = re.compile(rf'<article\b[^>]*\bclass="[^"]*\b{re.escape(getattr(page_words, "EASY", "easy-language"))}\b')
    return [f"{p.parent.relative_to(site_dir).as_posix()}/".removeprefix("./")
            for p in sorted(site_dir.rglob("index.html")) if marker.search(p.read_text(encoding="utf-8"))]


def easy_page_words(lang: str) -> dict[str, str]:
    """What an easy page says about itself, not measured: that its text is not yet reviewed, and the
    link to the standard text (hooks/plan/labels/)."""
    from plan.labels import Labels

    labels = Labels(lang)
    return {"not_checked": labels["easy_not_checked"], "to_standard": labels["easy_to_standard"]}


def easy_main_text(soup, lang: str) -> str:
    return main_text(soup, leave_out_texts=tuple(easy_page_words(lang).values()))


def easy_page_figures(site_dir: Path, path: str) -> Figures:
    return figures(easy_main_text(_soup(site_dir, path), _lang(path)), _lang(path))


def page_figures(site_dir: Path, path: str) -> Figures:
    """A standard page's figures, without its link to its easy page."""
    from plan.labels import Labels

    to_easy = Labels(_lang(path)).words.get("easy_from_standard")
    return figures(main_text(_soup(site_dir, path), leave_out_texts=(to_easy,) if to_easy else ()), _lang(path))


def standard_of(easy_path: str) -> str:
    """The built path of an easy page's standard page."""
    from plan.site import urls

    home = "sv/" if easy_path.startswith("sv/") else ""
    return home + easy_path[len(home):].removeprefix(urls.page_url(urls.easy("")))


def standard_pages(site_dir: Path) -> list[str]:
    """The standard pages the easy ones are compared with: home, the areas, the strategies, follow-up."""
    found = []
    for prefix in ("", "sv/"):
        found.append(prefix)
        found += sorted(f"{prefix}{p.parent.relative_to(site_dir / prefix).as_posix()}/"
                        for p in (site_dir / prefix / "painopisteet").glob("*/index.html"))
        found += [f"{prefix}{p.parent.name}/" for p in sorted((site_dir / prefix).glob("strategia*/index.html"))]
        found.append(f"{prefix}seuranta/")
    return found


def site_report(site_dir: Path) -> str:
    """Each easy page's figures beside its standard page's, then those of the standard pages."""
    side_by_side = []
    for path in easy_pages(site_dir):
        side_by_side.append((f"/{path} (easy)", easy_page_figures(site_dir, path)))
        standard = standard_of(path)
        if (site_dir / standard / "index.html").exists():
            side_by_side.append((f"/{standard}", page_figures(site_dir, standard)))
    return "\n".join([
        "Easy pages, each with its standard page below it\n", table(side_by_side) if side_by_side else "(none)",
        "\nStandard pages\n", table([(f"/{p}", page_figures(site_dir, p)) for p in standard_pages(site_dir)]),
    ])


def easy_data_texts(data_dir: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The easy texts in the data, read as YAML (so that a half-written file is measured too):
    {(page, language): [(where, text)]}, a page being an area's id or a part of data/selkokieli.yml."""
    import yaml

    from plan.markup.text import strip_marks

    found: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def add(page: str, where: str, value: dict | None, markdown: bool = False) -> None:
        for lang in ("fi", "sv"):
            if value and value.get(lang):
                text = markdown_text(value[lang], lang) if markdown else strip_marks(value[lang])
                found.setdefault((page, lang), []).append((where, text))

    for file in sorted((data_dir / "painopisteet").glob("*.yml")):
        area = yaml.safe_load(file.read_text(encoding="utf-8"))
        easy = area.get("selkokieli")
        if not easy:
            continue
        add(area["id"], "otsikko", easy.get("otsikko"))
        add(area["id"], "johdanto", easy.get("johdanto"), markdown=True)
        for goal in area.get("tavoitteet", []):
            for name in ("tavoite", "teot", "tekijat"):
                add(area["id"], f"{goal['id']}.{name}", (goal.get("selkokieli") or {}).get(name))
    site_file = data_dir / "selkokieli.yml"
    if site_file.exists():
        easy = yaml.safe_load(site_file.read_text(encoding="utf-8"))
        add("etusivu", "etusivu", easy.get("etusivu"), markdown=True)
        add("strategia", "strategia_johdanto", easy.get("strategia_johdanto"), markdown=True)
        for number, promise in enumerate(easy.get("lupaukset") or [], 1):
            add("strategia", f"lupaukset[{number}]", promise)
        add("seuranta", "seuranta", easy.get("seuranta"), markdown=True)
        add("seuranta", "palaute", easy.get("palaute"), markdown=True)
    return found


def data_report(data_dir: Path) -> str:
    """The easy texts' figures per page (each page's texts together, without the page's own
    headings and status words) and, per text, what makes them exceed a limit."""
    found = easy_data_texts(data_dir)
    rows = [(f"{page} (data)", figures("\n".join(t for _, t in texts), lang)) for (page, lang), texts in found.items()]
    lines = [table(rows), ""]
    for (page, lang), texts in found.items():
        whole = "\n".join(t for _, t in texts)
        page_figures = figures(whole, lang)
        over = page_figures.over_limits()
        lines.append(f"- **{page} {lang}**: " + ("; ".join(over) if over else "within the limits"))
        for where, text in texts:
            notes = []
            if lang == "fi":
                notes += [f"{n} words: “{s}”" for s, n in zip(sentences(text), sentence_lengths(text))
                          if n > LIMITS["fi"]["longest"]]
                long_words = [w for w in words(text) if letters(w) >= LONG_FI]
                if long_words:
                    notes.append(f"{LONG_FI}+ letters: {', '.join(long_words)}")
                if passive_verbs(text):
                    notes.append(f"passive: {', '.join(passive_verbs(text))}")
            elif lix(text) > LIMITS["sv"]["lix"]:
                notes.append(f"LIX {lix(text):.0f}, long words: {', '.join(w for w in words(text) if letters(w) >= LONG_LIX)}")
            found_abbreviations = [a for a in abbreviations(text, lang) if a in page_figures.unexplained]
            if found_abbreviations:
                notes.append(f"unexplained: {', '.join(found_abbreviations)}")
            if notes:
                lines.append(f"  - {where}: " + "; ".join(notes))
    return "\n".join(lines)


def _main(args: list[str]) -> None:
    if len(args) == 2 and args[0] == "--data":
        print(data_report(Path(args[1])))
    else:
        print(site_report(Path(args[0])))


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    sys.path[:0] = [str(root / "hooks")]
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python tests/helpers/readability.py <built-site-dir> | --data <data-dir>")
    _main(sys.argv[1:])
