"""data_markdown.py: data Markdown rendered with plain Markdown, sanitised by nh3, refused where
the sanitiser would drop anything; and pages that carry it, as MkDocs would render them."""

import datetime as dt
import re

import markdown as md_lib
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings, strategies as st

from plan.domain import model
from plan.markup import data_markdown
from plan.outputs import render
from plan.site import urls

TODAY = dt.date(2026, 11, 23)
# The site's own Markdown (mkdocs.yml): data HTML must come through it untouched.
SITE_EXTENSIONS = ["toc", "attr_list", "admonition", "tables", "def_list", "md_in_html"]

# The payloads of issue 13 (each ran script in Chromium before), and a tracker image.
PAYLOADS = {
    "attr-list-href": '[x](https://example.org){: href="javascript:alert(1)"}',
    "attr-list-onclick": "[x](https://example.org){: onclick=alert(1) }",
    "attr-list-onmouseover": "Teksti{: onmouseover=alert(1) }",
    "link-split-over-lines": "[x](java\nscript:alert(1))",
    "control-char-inline": "[x](\x01javascript:alert(1))",
    "control-char-reference": "[x][r]\n\n[r]: \x01javascript:alert(1)",
    "image-other-host": "![k](https://tracker.example.net/p.png)",
}


def _dangerous(html: str) -> list[str]:
    """What in `html` would run script or load another host."""
    soup = BeautifulSoup(html, "html5lib")
    found = []
    for el in soup.find_all(True):
        for name, value in el.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            if name.startswith("on"):
                found.append(f"{el.name}[{name}]")
            seen = re.sub(r"[\x00-\x20]", "", value).lower()
            if name in ("href", "src", "action", "formaction", "xlink:href") and seen.startswith(("javascript:", "vbscript:", "data:")):
                found.append(f"{el.name}[{name}={value!r}]")
            if name in ("src", "srcset", "data", "poster") and "//" in value:
                found.append(f"{el.name}[{name}={value!r}]")
        if el.name in ("img", "script", "iframe", "object", "embed", "style", "link", "video", "audio", "source"):
            found.append(el.name)
    return found


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=list(PAYLOADS))
def test_payload_is_refused_and_the_sanitiser_leaves_nothing_of_it(payload):
    assert data_markdown.problems(payload), "the check must refuse it"
    assert _dangerous(data_markdown.to_html(payload, "fi", lambda link: "x/")) == []


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=list(PAYLOADS))
def test_a_page_with_a_payload_that_slipped_past_the_check_is_harmless(real_plan, payload):
    # model_construct: as if validation had been skipped. The page is then rendered as MkDocs
    # renders it, with the site's own extensions: nothing in the data HTML is parsed again.
    area = real_plan.painopisteet[5]
    text = model.MarkdownTeksti.model_construct(fi=payload, sv=payload)
    plan = real_plan.model_copy(update={"painopisteet": [
        a.model_copy(update={"kuvaus": text}) if a is area else a for a in real_plan.painopisteet
    ]})
    for page in render.Renderer(plan, TODAY).pages():
        if page.path == urls.Paths(next(d.meta for d in real_plan.documents if d.meta.osoite is None and d.meta.laji == "suunnitelma")).area(area):
            html = md_lib.markdown(page.markdown.split("---\n", 2)[2], extensions=SITE_EXTENSIONS)
            assert _dangerous(html) == [], page.lang


def test_allowed_markdown_becomes_the_allowlisted_html():
    text = "*Korostus* ja **vahva**, [linkki](https://example.org) ja [posti](mailto:a@example.org).\n\n- yksi\n- [[fi:Lähellä.fi]]\n\nJa:\n\n1. ensimmäinen"
    html = data_markdown.to_html(text, "sv", lambda link: "x/")
    assert html == (
        '<p><em>Korostus</em> ja <strong>vahva</strong>, <a href="https://example.org">linkki</a> ja '
        '<a href="mailto:a@example.org">posti</a>.</p>\n<ul>\n<li>yksi</li>\n<li><span lang="fi">Lähellä.fi</span></li>\n'
        '</ul>\n<p>Ja:</p>\n<ol>\n<li>ensimmäinen</li>\n</ol>'
    )
    assert data_markdown.problems(text) == []


def test_raw_html_and_entities_are_text():
    html = data_markdown.to_html("a &amp; b, &#106; <b>", "fi", lambda link: "x/")
    assert html == "<p>a &amp;amp; b, &amp;#106; &lt;b&gt;</p>"


def test_internal_links_are_made_relative_to_the_page():
    text = model.MarkdownTeksti(fi="[arvot](strategia.md#arvot)", sv="[värden](strategia.md#arvot)")
    assert render.markdown(text, "fi", page="painopisteet/x.md") == '<p><a href="../../strategia/#arvot">arvot</a></p>'
    assert render.markdown(text, "sv", page="index.md") == '<p><a href="strategia/#arvot">värden</a></p>'
    # A document's own page is the index of its folder: its address is one folder deep.
    assert render.markdown(text, "fi", page="strategia-2026-2029/index.md") == '<p><a href="../strategia/#arvot">arvot</a></p>'


@pytest.mark.parametrize("text, message", [
    ("[x](/suunnitelma/)", "sivuston sisäinen linkki '/suunnitelma/' ei kelpaa"),
    ("[x](//example.org/)", "toisen sivuston osoite kirjoitetaan kokonaan"),
    ("[x](#arvot)", "sivuston sisäinen linkki '#arvot' ei kelpaa"),
    ("[x](HTTPS://example.org)", "pienillä kirjaimilla"),
    ('[x](https://example.org "otsikko")', "linkin otsikko"),
    ("> lainaus", "lainauslohko"),
    ("    koodia", "neljällä tai useammalla välilyönnillä"),
    ("`koodia`", "`-merkkien väliin"),
    ("---", "vaakaviiva"),
])
def test_what_the_site_would_not_show_is_named(text, message):
    assert any(message in p for p in data_markdown.problems(text)), data_markdown.problems(text)


# Texts from Markdown's own characters and words: whatever the check accepts, the sanitiser keeps
# whole (no text silently disappears), and what it yields is harmless.
_MARKDOWN_ALPHABET = st.sampled_from(list("ab *_[]()<>!#:-.\n`{}\\&\"'=/") + ["javascript:", "https://x.fi", "mailto:", "[[sv:", "]]", ".md", "{: ", " on", "\x01"])


@settings(max_examples=150, derandomize=True, deadline=None)
@given(st.lists(_MARKDOWN_ALPHABET, max_size=30).map("".join))
def test_accepted_text_is_shown_whole_and_any_text_is_harmless(text):
    raw = data_markdown._tree_html(text, "fi")
    clean = data_markdown.sanitise(raw)
    if not data_markdown.problems(text):
        assert data_markdown._events(clean) == data_markdown._events(raw)
    assert _dangerous(clean) == []


# Everything printed from data is escaped in the other outputs too: a text that slipped past the
# check (model_construct) comes back from the feed, plan.json and goals.csv as the same text.
HOSTILE = '<script>alert(1)</script> & "lainaus" \'x\' ]]> =1+1 <img src=x onerror=alert(1)>'


def test_feeds_json_and_csv_give_data_back_as_text(real_plan):
    import csv
    import io
    import json
    import xml.etree.ElementTree as ET

    from plan.outputs import feeds, open_data
    from plan_edits import with_goal

    goal = real_plan.goals[0]
    text = model.Teksti.model_construct(fi=HOSTILE, sv=HOSTILE)
    report = model.Raportti.model_validate({
        "paivamaara": dt.date(2025, 3, 1), "tila": "käynnissä", "kuvaus": {"fi": "x", "sv": "x"},
        "lahde": {"nimi": {"fi": "y", "sv": "y"}},
    }).model_copy(update={"kuvaus": text})
    plan = with_goal(real_plan, goal.id, tavoite=text, raportit=[report])
    feed = ET.fromstring(feeds.atom(plan, TODAY, "fi"))
    assert all(el.tag.startswith("{http://www.w3.org/2005/Atom}") for el in feed.iter())
    assert HOSTILE in "".join(feed.itertext())
    def strings(value):
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            return [s for item in value for s in strings(item)]
        return [value]

    assert HOSTILE in strings(json.loads(open_data.plan_json(plan, TODAY)))
    rows = list(csv.reader(io.StringIO(open_data.goals_csv(plan, TODAY).decode("utf-8-sig"))))
    assert HOSTILE in [cell for row in rows for cell in row]
