"""What's new: the published progress reports and content changes, newest first, as the page
"Mitä uutta" / "Aktuellt" (templates/whats_new.md.j2) and as one Atom feed (RFC 4287) per
language: feed.xml (Finnish, at the site root) and sv/feed.xml (Swedish). Both show only the
newest LATEST entries (`newest`).

Nothing is inferred: an entry is a report or a change that the data has, dated on or before the
build date. Plain Python: no MkDocs here.

Ids are tag URIs (RFC 4151) made from what an entry is, never from its position in the feed, so
that an entry keeps its id when other reports or changes are added or removed:
- a report:  tag:luvn.fi,2024:hyvinvointisuunnitelma/raportti/<goal-id>/<YYYY-MM-DD>, and for the
  2nd, 3rd … report of one goal on one date the suffix -2, -3 … (in the order of the data file)
- a change:  tag:luvn.fi,2024:hyvinvointisuunnitelma/muutos/<YYYY-MM-DD>/<n>, n = 1, 2 … among the
  changes of that date in the order of data/muutokset.yml
- a period's end: tag:luvn.fi,2024:hyvinvointisuunnitelma/kausi-paattyi/<document-id>, dated the day
  after the period's last day, from that day on (so reproducible under SOURCE_DATE_EPOCH)
In a feed each entry's id gets the language as a last segment (…/fi, …/sv): the two feeds carry
translations, and a reader that follows both must not take one for the other (RFC 4287 4.2.6).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin

from plan.domain import documents, model
from plan.site import urls
from plan.site import pages as register
from plan.markup import text as data_text
from plan.labels import Labels, in_sentence

TAG = "tag:luvn.fi,2024:hyvinvointisuunnitelma"
# Each feed lies at its language's root, the same folder as its home page.
FEED_NAME = "feed.xml"
FEED_TYPE = "application/atom+xml"
# The page and both feeds show only this many of the newest entries. Years of reports would
# otherwise make them grow without end: too long to read, and slower to build with every report
# (issue 7). Each goal's full history stays on its area or strategy page, and everything is in
# plan.json. A feed reader keeps the entries it has already fetched.
LATEST = 50

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

Kind = Literal["raportti", "muutos", "kausi"]
TargetKind = Literal["tavoite", "valtuustokauden-tavoite", "painopiste", "asiakirja"]


@dataclass(frozen=True)
class Entry:
    """One report or change, with everything the page and the feeds show of it."""

    id: str  # the tag URI (see the module docstring), the same in both languages
    date: dt.date
    kind: Kind
    note: model.Teksti  # the report's or the change's text
    target_kind: TargetKind | None  # what it concerns; a change may concern nothing in particular
    target_id: str | None
    target_text: model.Teksti | None  # the goal's text or the area's title
    path: str | None  # the page of the target, as a language-neutral .md path, e.g. "strategia.md"
    anchor: str | None  # the goal's id on that page (goal headings carry `{ #<goal-id> }`); None for an area
    status: str | None = None  # for a report: its status key (labels `status`)
    source: model.Lahde | None = None  # for a report: what it is based on


def feed_path(lang: str) -> str:
    """The feed of `lang` in the site: "feed.xml" or "sv/feed.xml"."""
    return urls.home_path(lang) + FEED_NAME


# --- entries ----------------------------------------------------------------------------------


def entries(plan: model.Plan, as_of: dt.date) -> list[Entry]:
    """Every report and change dated on or before `as_of`, newest first.

    Entries of one date keep the order of the data: plan goals in the plan's order, then the
    strategy's goals, then the changes in the order of data/muutokset.yml.
    """
    found: list[Entry] = []
    for doc in plan.documents:
        paths = urls.Paths(doc.meta)
        for area in doc.painopisteet:
            for goal in area.tavoitteet:
                found += _reports(goal, "tavoite", goal.tavoite, paths.area(area), as_of)
        for goal in doc.council_goals:
            found += _reports(goal, "valtuustokauden-tavoite", goal.teksti, paths.main, as_of)
    found += _changes(plan, as_of)
    found += _period_ends(plan, as_of)
    return sorted(found, key=lambda e: e.date, reverse=True)  # stable: ties keep the data's order


def newest(plan: model.Plan, as_of: dt.date) -> tuple[list[Entry], int]:
    """The entries the page and the feeds show (the newest LATEST of `entries`) and how many
    older ones they leave out."""
    found = entries(plan, as_of)
    return found[:LATEST], max(len(found) - LATEST, 0)


def _reports(goal, target_kind: TargetKind, text: model.Teksti, path: str, as_of: dt.date) -> list[Entry]:
    out, seen = [], {}
    for report in goal.raportit:  # numbered over all of them, so that a later date adds no suffix before
        day = report.paivamaara
        seen[day] = seen.get(day, 0) + 1
        if day > as_of:
            continue
        suffix = "" if seen[day] == 1 else f"-{seen[day]}"
        out.append(Entry(
            id=f"{TAG}/raportti/{goal.id}/{day.isoformat()}{suffix}", date=day, kind="raportti",
            note=report.kuvaus, target_kind=target_kind, target_id=goal.id, target_text=text,
            path=path, anchor=goal.id, status=report.status_key, source=report.lahde,
        ))
    return out


def _period_ends(plan: model.Plan, as_of: dt.date) -> list[Entry]:
    out = []
    for doc in plan.documents:
        day = documents.ended_on(doc.meta, as_of)
        if day is None:
            continue
        out.append(Entry(
            id=f"{TAG}/kausi-paattyi/{doc.id}", date=day, kind="kausi",
            note=model.Teksti.model_construct(**{lang: _period_note(plan, doc, Labels(lang)) for lang in model.LANGUAGES}),
            target_kind="asiakirja", target_id=doc.id, target_text=doc.meta.nimi,
            path=urls.Paths(doc.meta).main, anchor=None,
        ))
    return out


def _period_note(plan: model.Plan, doc: model.Document, labels: Labels) -> str:
    """"Tämä strategia oli voimassa vuosina 2023–2025. Strategian tilalle on tullut …" as plain text."""
    m, lang = doc.meta, labels.lang
    ended = labels["notice_ended"][m.laji].format(period=f"{m.kausi.alku}–{m.kausi.loppu}")
    replaced = m.korvaaja
    if replaced and replaced.asiakirja:
        after = labels["replaced_by"][m.laji].format(link=in_sentence(_plain(plan.document(replaced.asiakirja).meta.nimi, lang)))
    elif replaced:
        source = _plain(replaced.lahde.nimi, lang) + (f" ({replaced.lahde.osoite})" if replaced.lahde.osoite else "")
        after = labels["replaced_by_outside"][m.laji].format(
            name=in_sentence(_plain(replaced.nimi, lang)), when=labels.when(replaced.paatospaiva), source=source)
    else:
        after = labels["no_successor"][m.laji]
    return f"{ended} {after}"


def _changes(plan: model.Plan, as_of: dt.date) -> list[Entry]:
    paths = {a.id: urls.Paths(d.meta).area(a) for d in plan.documents for a in d.painopisteet}
    areas = {a.id: a for d in plan.documents for a in d.painopisteet}
    goals = {g.id: (urls.Paths(d.meta).area(a), g) for d in plan.documents for a in d.painopisteet for g in a.tavoitteet}
    council = {g.id: (d, g) for d in plan.documents for g in d.council_goals}
    out, seen = [], {}
    for change in plan.muutokset:
        day = change.paivamaara
        seen[day] = seen.get(day, 0) + 1
        if day > as_of:
            continue
        target: dict = dict(target_kind=None, target_id=None, target_text=None, path=None, anchor=None)
        k = change.kohde
        if k in goals:
            path, goal = goals[k]
            target = dict(target_kind="tavoite", target_id=k, target_text=goal.tavoite, path=path, anchor=k)
        elif k in areas:  # load.py refuses an area id that two plans share
            target = dict(target_kind="painopiste", target_id=k, target_text=areas[k].otsikko,
                          path=paths[k], anchor=None)
        elif k in council:
            doc, goal = council[k]
            target = dict(target_kind="valtuustokauden-tavoite", target_id=k, target_text=goal.teksti,
                          path=urls.Paths(doc.meta).main, anchor=k)
        # load.py refuses an unknown `kohde`, so a change with one always has its target here.
        out.append(Entry(id=f"{TAG}/muutos/{day.isoformat()}/{seen[day]}", date=day, kind="muutos",
                         note=change.kuvaus, **target))
    return out


# --- Atom -------------------------------------------------------------------------------------

# Characters XML 1.0 cannot carry at all; YAML can write them ("\x01"), so they are dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _plain(text: model.Teksti, lang: str) -> str:
    """A text as plain feed text: `[[fi:…]]` marks become their words."""
    value = data_text.strip_marks(text[lang].strip())
    return _NOT_XML.sub("", re.sub(r"\s+", " ", value))


def _time(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"  # RFC 3339 date-time; the data has dates only


def _href(target: str, base: str | None) -> str:
    # Relative to the feed (which lies at its language root) unless the site's address is given.
    return urljoin(base, target) if base else target


def _entry_href(entry: Entry) -> str:
    if entry.path is None:  # a change that concerns nothing in particular: the page that lists it
        return urls.page_url(register.WHATS_NEW.path)
    return urls.page_url(entry.path) + (f"#{entry.anchor}" if entry.anchor else "")


def entry_title(entry: Entry, labels: Labels) -> str:
    lang = labels.lang
    if entry.kind == "raportti":
        return f"{labels['status'][entry.status]}: {_plain(entry.target_text, lang)}"
    if entry.kind == "kausi":
        return f"{labels['whats_new_kind']['kausi']}: {_plain(entry.target_text, lang)}"
    return _plain(entry.note, lang)


def _entry_content(entry: Entry, labels: Labels) -> str:
    lang = labels.lang
    parts = []
    if entry.kind == "raportti":
        parts.append(_plain(entry.note, lang))
        source = _plain(entry.source.nimi, lang)
        if entry.source.osoite:
            source += f" ({entry.source.osoite})"
        parts.append(f"{labels['report_source']}: {source}")
    else:
        parts.append(_plain(entry.note, lang))
        if entry.target_text is not None:
            what = labels["whats_new_target"][entry.target_kind]
            parts.append(f"{what}: {_plain(entry.target_text, lang)}")
    return "\n\n".join(parts)


def atom(plan: model.Plan, as_of: dt.date, lang: str, base_url: str | None = None) -> bytes:
    """The Atom feed of `lang`: the same plan and date always give the same bytes.

    The site has no fixed address yet, so by default every link is relative to the feed itself
    (both feeds lie at their language's root, the folder of its home page; RFC 4287 resolves
    relative references against the feed's own address). Give `base_url` (the site's root,
    e.g. "https://example.fi/") for absolute links.
    """
    labels = Labels(lang)
    base = urljoin(base_url, urls.home_path(lang)) if base_url else None
    items, _ = newest(plan, as_of)
    organisation = plan.sivusto.organisaatio

    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: lang})

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    sub(feed, "id", f"{TAG}/syote/{lang}")
    sub(feed, "title", labels["feed_title"], type="text")
    sub(feed, "subtitle", labels["feed_subtitle"], type="text")
    sub(feed, "updated", _time(items[0].date if items else as_of))
    author = sub(feed, "author")
    sub(author, "name", _plain(organisation.nimi, lang))
    if organisation.verkkosivu:
        sub(author, "uri", organisation.verkkosivu)
    sub(feed, "link", rel="self", type=FEED_TYPE, href=_href(FEED_NAME, base))
    sub(feed, "link", rel="alternate", type="text/html", href=_href(urls.page_url(register.WHATS_NEW.path), base))
    for item in items:
        entry = sub(feed, "entry")
        sub(entry, "id", f"{item.id}/{lang}")
        sub(entry, "title", entry_title(item, labels), type="text")
        sub(entry, "updated", _time(item.date))
        sub(entry, "link", rel="alternate", type="text/html", href=_href(_entry_href(item), base))
        kind_label = labels["whats_new_kind"][item.kind]
        sub(entry, "category", term=item.kind, label=kind_label)
        if item.status:
            sub(entry, "category", term=item.status, label=labels["status"][item.status])
        sub(entry, "content", _entry_content(item, labels), type="text")
    ET.indent(feed, space="  ")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def files(plan: model.Plan, as_of: dt.date, base_url: str | None = None) -> list[tuple[str, bytes]]:
    """Both feeds as (path in the site, content), for the adapter to write."""
    return [(feed_path(lang), atom(plan, as_of, lang, base_url)) for lang in model.LANGUAGES]
