"""Data Markdown (fields typed `MarkdownTeksti`) → finished, sanitised HTML, and why a text is refused.

The page's Markdown never sees data text: it is rendered here with plain Markdown only (no
`attr_list`, no `md_in_html`, no raw HTML, no entities), then passed through nh3 with the
allowlist below, and handed to the page as a raw HTML block that Markdown stashes untouched.
`problems` names, in Finnish, everything in a text that the sanitiser would drop or the site
refuses, so that the check stops it with file and line instead of text silently disappearing.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown
import nh3
from markdown.inlinepatterns import InlineProcessor

from plan.markup import text as data_text
from plan.messages import Message

# The allowlist: only what plain Markdown makes for the texts the plan has, and nothing that
# runs script or loads anything. Each entry and why it is there:
ALLOWED_TAGS = frozenset({
    "p",  # paragraphs: every text has them
    "em", "strong",  # *emphasis* and **strong emphasis**
    "ul", "ol", "li",  # lists written with "- " or "1. "
    "a",  # links (href checked below)
    "br",  # a line ending in two spaces
    "span",  # [[fi:…]] marks: a Finnish name inside Swedish text (WCAG 3.1.2, lang of parts)
})
ALLOWED_ATTRIBUTES = {
    "a": frozenset({"href"}),  # the link target, scheme-checked; no title, target or rel from data
    "span": frozenset({"lang"}),  # only "fi" or "sv" (see _allowed_attribute)
}
# Site-relative links have no scheme; they are resolved here to the page's address.
URL_SCHEMES = frozenset({"https", "mailto"})
LANG_VALUES = frozenset({"fi", "sv"})

# What a browser would drop from an address before reading its scheme (WHATWG URL parsing):
# leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
_URL_IGNORED = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# `{: … }`, `{#id}` or `{.class}`: attribute lists, which the site's Markdown once read.
ATTR_LIST = re.compile(r"\{\s*[:#.][^}\n]*\}")
# A page of the site by its file, as in the navigation (strategia.md, painopisteet/x.md), maybe with
# an anchor. Always with the page: a text can stand on several pages (the home page's introduction).
INTERNAL = re.compile(r"^(?P<page>(?:[a-z0-9-]+/)*[a-z0-9-]+\.md)(?:#(?P<anchor>[A-Za-z0-9_-]+))?$")


def _browser_view(href: str) -> str:
    return _URL_IGNORED.sub("", href).strip("".join(map(chr, range(0x21))))


@dataclass(frozen=True)
class Link:
    """An internal link in a data text: a page file (relative to docs/fi, e.g. "strategia.md") and an anchor."""

    page: str
    anchor: str | None
    written: str  # as the editor wrote it


class _LangMark(InlineProcessor):
    """[[fi:…]] → <span lang="fi">…</span>, or plain text where the page is in that language."""

    def __init__(self, page_lang: str):
        super().__init__(data_text.LANG_MARK.pattern)
        self.page_lang = page_lang

    def handleMatch(self, m, data):
        if m.group(1) == self.page_lang:
            return m.group(2), m.start(0), m.end(0)
        el = ET.Element("span", {"lang": m.group(1)})
        el.text = m.group(2)
        return el, m.start(0), m.end(0)


def _parser(page_lang: str) -> markdown.Markdown:
    md = markdown.Markdown(extensions=[], output_format="html")
    md.preprocessors.deregister("html_block")  # raw HTML is text, never markup
    for name in ("html", "entity", "autolink", "automail"):
        md.inlinePatterns.deregister(name)
    md.inlinePatterns.register(_LangMark(page_lang), "lang_mark", 175)  # before links (160)
    return md


_PARSERS: dict[str, markdown.Markdown] = {}


@functools.lru_cache(maxsize=4096)  # the check, the links and the pages render the same texts
def _tree_html(text: str, page_lang: str) -> str:
    md = _PARSERS.get(page_lang) or _PARSERS.setdefault(page_lang, _parser(page_lang))
    # Python-Markdown's serialiser keeps anything that looks like an entity: escaping every `&`
    # first shows "&amp;" as typed, and keeps "&#106;avascript:" from turning into a scheme.
    return md.reset().convert(text.replace("&", "&amp;"))


def _allowed_attribute(tag: str, attr: str, value: str) -> str | None:
    if tag == "span" and attr == "lang":
        return value if value in LANG_VALUES else None
    if tag == "a" and attr == "href":
        return value if _href_problem(value) is None else None
    return value


def sanitise(html: str) -> str:
    """HTML → only the allowlist; links only https:, mailto: and site-relative."""
    return nh3.clean(
        html, tags=set(ALLOWED_TAGS), attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES), link_rel=None, strip_comments=True, attribute_filter=_allowed_attribute,
    )


def _href_problem(href: str) -> str | None:
    seen = _browser_view(href)
    scheme = _SCHEME.match(seen)
    if scheme:
        if scheme.group(1).lower() == "http":
            return Message("linkin osoite alkaa http:, joka ei ole suojattu: kirjoita https://",
                           "länkens adress börjar med http:, som inte är skyddad: skriv https://")
        if scheme.group(1).lower() in URL_SCHEMES:
            lower = scheme.group(1).lower()
            return None if scheme.group(1).islower() else Message(f"kirjoita osoitteen alku pienillä kirjaimilla: {lower}:",
                                                                    f"skriv adressens början med små bokstäver: {lower}:")
        return Message(
            f"linkin osoite alkaa {scheme.group(1)}:, eikä sellaista linkkiä sallita: sallittuja ovat https://-, "
            "mailto:- ja sivuston sisäiset linkit (esim. strategia.md)",
            f"länkens adress börjar med {scheme.group(1)}:, och en sådan länk är inte tillåten: tillåtna är https://- och "
            "mailto:-länkar och länkar inom webbplatsen (t.ex. strategia.md)",
        )
    if seen[:2].replace("\\", "/") == "//":
        return Message("toisen sivuston osoite kirjoitetaan kokonaan: https://…",
                       "en annan webbplats adress skrivs ut helt: https://…")
    if not INTERNAL.match(seen) or seen != href:
        return Message(
            f"sivuston sisäinen linkki {seen!r} ei kelpaa: kirjoita sivun tiedoston nimi kuten valikossa, "
            "esim. strategia.md, painopisteet/turvallisuus.md tai strategia.md#arvot",
            f"länken {seen!r} inom webbplatsen godtas inte: skriv sidans filnamn som i menyn, "
            "t.ex. strategia.md, painopisteet/turvallisuus.md eller strategia.md#arvot",
        )
    return None


class _Events(HTMLParser):
    """HTML as a list of (kind, tag, attributes, text): what a reader gets, regardless of spelling."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, tuple(sorted(attrs))))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag != "br":
            self.events.append(("end", tag))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == "text":
            self.events[-1] = ("text", self.events[-1][1] + data)
        else:
            self.events.append(("text", data))


def _events(html: str) -> list[tuple]:
    parser = _Events()
    parser.feed(html)
    parser.close()
    return [e for e in parser.events if e[0] != "text" or e[1].strip()]


_REFUSED_TAGS = {
    "img": Message(
        "kuvia ei voi lisätä tekstiin (![…](…)): kuva toiselta palvelimelta kertoisi sille jokaisen lukijan käynnin, "
        "eikä tekstin kuvalla ole vaihtoehtoista tekstiä sivun rakenteessa; poista kuva tai tee siitä linkki [kuvaus](https://…)",
        "bilder kan inte läggas in i texten (![…](…)): en bild från en annan server skulle avslöja varje läsares besök för den, "
        "och en bild i texten har ingen alternativ text i sidans struktur; ta bort bilden eller gör den till en länk [beskrivning](https://…)"),
    "h1": Message("otsikot (#) eivät ole sallittuja tekstissä: sivun otsikot tulevat sivun rakenteesta; poista #-merkit",
                  "rubriker (#) är inte tillåtna i texten: sidans rubriker kommer från sidans struktur; ta bort tecknen #"),
    "hr": Message("vaakaviiva (---, *** tai ___ omalla rivillään) ei ole sallittu: poista rivi",
                  "ett vågrätt streck (---, *** eller ___ på en egen rad) är inte tillåtet: ta bort raden"),
    "blockquote": Message("lainauslohko (>-merkki rivin alussa) ei ole sallittu: poista >-merkki",
                          "ett citatblock (tecknet > i början av raden) är inte tillåtet: ta bort tecknet >"),
    "pre": Message("rivi alkaa neljällä tai useammalla välilyönnillä, jolloin Markdown näyttää sen koodina: poista ylimääräiset välilyönnit",
                   "raden börjar med fyra eller fler mellanslag, och då visar Markdown den som kod: ta bort de extra mellanslagen"),
    "code": Message("`-merkkien väliin kirjoitettu koodi ei ole sallittu: poista `-merkit",
                    "kod mellan tecknen ` är inte tillåten: ta bort tecknen `"),
}
for _level in "23456":
    _REFUSED_TAGS[f"h{_level}"] = _REFUSED_TAGS["h1"]


# Text without these can only become paragraphs, lists, emphasis and line breaks, all allowed:
# the check need not render it (most texts are plain paragraphs; the check must stay fast).
_MAY_NEED_A_LOOK = re.compile(r"[\[\]!{}`#<>&\\\x00-\x08\x0b-\x1f\x7f-\x9f]|^ {4}|^\s*[-=*_][-=*_\s]*$", re.M)


def plain_blocks_only(text: str) -> bool:
    return not _MAY_NEED_A_LOOK.search(text)


def links(text: str) -> list[Link]:
    """The internal links of a text, as written (for the check of their targets)."""
    if plain_blocks_only(text):
        return []
    found = []
    for kind, *rest in _events(_tree_html(text, "fi")):
        if kind == "start" and rest[0] == "a":
            href = dict(rest[1]).get("href", "")
            if _href_problem(href) is None and not _SCHEME.match(href):
                m = INTERNAL.match(href)
                found.append(Link(m.group("page"), m.group("anchor"), href))
    return found


def problems(text: str) -> list[str]:
    """Why the site would not show `text` as written, in Finnish and Swedish; [] when it shows all of it."""
    if plain_blocks_only(text):
        return []
    found: list[str] = []
    attrs = ATTR_LIST.search(text)
    if attrs:
        found.append(Message(
            f"merkintä {attrs.group(0)} ei ole sallittu: tekstin ulkoasua, luokkia ja tapahtumia ei voi asettaa; poista se",
            f"markeringen {attrs.group(0)} är inte tillåten: textens utseende, klasser och händelser kan inte anges; ta bort den",
        ))
    html = _tree_html(text, "fi")
    tags: set[str] = set()
    for kind, *rest in _events(html):
        if kind != "start":
            continue
        tag, attributes = rest[0], dict(rest[1])
        if tag == "code" and "pre" in tags:
            continue  # an indented line: the message for <pre> says it
        tags.add(tag)
        if tag in _REFUSED_TAGS:
            found.append(_REFUSED_TAGS[tag])
        elif tag == "a":
            problem = _href_problem(attributes.get("href", ""))
            if problem:
                found.append(problem)
            elif "title" in attributes:
                found.append(Message('linkin otsikko ("…" osoitteen perässä) ei ole sallittu: kirjoita se linkin tekstiin',
                                     'en länktitel ("…" efter adressen) är inte tillåten: skriv den i länkens text'))
    if not found and _events(sanitise(html)) != _events(html):
        found.append(Message("tekstissä on merkintää, jota sivusto ei näytä: käytä vain kappaleita, luetteloita, *korostusta* ja linkkejä",
                             "texten har markering som webbplatsen inte visar: använd bara stycken, listor, *betoning* och länkar"))
    return list(dict.fromkeys(found))


def to_html(text: str, page_lang: str, resolve) -> str:
    """A checked data text as finished HTML for a page in `page_lang`; `resolve(Link)` → the link's address."""
    html = sanitise(_tree_html(text, page_lang))

    def internal(m: re.Match) -> str:
        href = m.group(2)
        if _SCHEME.match(href) or not INTERNAL.match(href):
            return m.group(0)
        link = INTERNAL.match(href)
        return f'{m.group(1)}{resolve(Link(link.group("page"), link.group("anchor"), href))}"'

    return re.sub(r'(<a href=")([^"]*)"', internal, html)
