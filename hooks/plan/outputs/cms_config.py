"""The browser editor's (Sveltia CMS, /admin/) configuration, generated from the data definition.

Every field comes from the JSON Schema that `schema.py` makes of `model.py`: its label from the
field's `title`, its help from `description`, whether it is required, its pattern and its
choices. A `{fi, sv}` text is one group of two fields, "suomeksi" and "på svenska", shown side by
side (admin/editor.css). Nothing is written by hand here, so the editor cannot drift from the
model (tests/plan/test_cms_config.py compares the two both ways, labels included).

A few shapes have no widget of their own (a field that may be a number or true/false, a year or a
month, a text or an object): `gaps()` lists them, and the field uses its first form.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel

from plan.data import load, published
from plan.domain import model
from plan.outputs import schema
from plan.config import PLACEHOLDER_REPO

ROOT = Path(__file__).resolve().parents[3]
DATA = "data"
TEXT_CLASSES = ("Teksti", "MarkdownTeksti")
LANGUAGE_LABELS = {"fi": "suomeksi", "sv": "på svenska"}
WORDS_FILE = Path(__file__).with_name("cms_words.yml")
# The interface languages the form is made in (admin/main.js picks one by Sveltia's own choice).
FORM_LANGUAGES = ("fi", "sv")
# A report tells what has happened: a status that says nothing was reported is no report's.
NOT_A_REPORT_STATUS = {word for word, key in model.TILAT.items() if key == "ei-raportoitu"}
# The title of an item in each list of objects, in this order: what a collapsed item shows.
SUMMARY_FIELDS = ("otsikko", "tavoite", "teksti", "nimi", "ongelma", "asia", "sisalto", "kuvaus")
# Dates the check refuses after the build's day (load._Dates): the form refuses them too.
NO_FUTURE = ("paivamaara",)
# The line of an area in the area list, which admin/area_summary.js adds to the data it reads
# (Sveltia's summary template cannot count) and the save leaves out. Under `title`: the one tag a
# summary may name that is no field (Sveltia 0.221.1 refuses a template naming a field it lacks),
# and no data file has such a key (the check refuses one).
AREA_SUMMARY = "title"
# A goal's text, where the form or a check message names the goal by it, is cut at a word within
# this many characters and ends in "…" (admin/main.js, editor/places.py).
TITLE_CHARS = 40
# The plan whose areas the form's folder collection edits (its goals' ids are locked once published).
FORM_PLAN = "suunnitelma.yml"


def format_name(data_file: str) -> str:
    """The custom file format of a data file (admin/main.js registers one per schema line)."""
    path = Path(data_file)
    return "yaml-" + (path.parent.name if "*" in path.name else path.stem)


def _resolve(node: dict, defs: dict) -> tuple[dict, str | None]:
    """The schema node behind a $ref, and the name of the class it refers to."""
    ref = node.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        merged = {**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}
        return merged, name
    return node, None


def _branches(node: dict) -> tuple[list[dict], bool]:
    """The forms a field may take and whether null is one of them (pydantic nests anyOf in anyOf)."""
    forms, nullable = [], False
    for branch in node.get("anyOf") or node.get("oneOf") or [node]:
        if branch is node:
            forms.append(node)
        elif branch.get("type") == "null":
            nullable = True
        elif "anyOf" in branch or "oneOf" in branch:
            inner, inner_null = _branches(branch)
            forms += inner
            nullable = nullable or inner_null
        else:
            forms.append(branch)
    return forms, nullable


def _label(name: str, node: dict) -> str:
    # Every field has a title written in model.py (tests/plan/test_schema.py): that is its label.
    title = node.get("title")
    return title if isinstance(title, str) and title else name


def _field(name: str, node: dict, defs: dict, required: bool, path: str, gaps: list[str]) -> dict:
    forms, nullable = _branches(node)
    if len(forms) > 1:
        gaps.append(f"{path}: {len(forms)} muotoa ({', '.join(_form_name(f) for f in forms)}); lomake käyttää ensimmäistä")
    form, cls = _resolve(forms[0], defs)
    # The field's own title and description win over its type's (a Teksti's own is generic).
    # (pydantic leaves out a field's title where it equals its class's: "Arvot" of class Arvot.)
    described = {**form, **{k: v for k, v in node.items() if k in ("title", "description")}}
    field: dict = {"name": name, "label": _label(name, described)}
    if described.get("description"):
        field["hint"] = described["description"]
    field["required"] = bool(required and not nullable)
    field.update(_widget(form, cls, defs, path, gaps))
    if "field" in field:  # a list's item is named as the list ("Vahvistamatta", not "arvo")
        field["field"]["label"] = field["label"]
    # Where the model accepts synonyms (a status in English too), the form offers its examples.
    examples = node.get("examples")
    if field.get("widget") == "select" and examples and set(examples) <= set(field["options"]):
        field["options"] = list(examples)
    return field


def _form_name(form: dict) -> str:
    return form.get("$ref", "").rsplit("/", 1)[-1] or form.get("format") or form.get("type", "?")


def _widget(form: dict, cls: str | None, defs: dict, path: str, gaps: list[str]) -> dict:
    if cls in TEXT_CLASSES:
        # A {fi, sv} text: the two languages side by side; Markdown stays plain text, as written.
        return {
            "widget": "object",
            "fields": [
                {"name": lang, "label": LANGUAGE_LABELS[lang], "widget": "text", "required": True}
                for lang in ("fi", "sv")
            ],
        }
    kind = form.get("type")
    if kind == "object":
        return {"widget": "object", "fields": _fields(form, defs, path, gaps)}
    if kind == "array":
        items, item_cls = _resolve(form["items"], defs)
        item_forms, _ = _branches(items)
        widget: dict = {"widget": "list"}
        if item_cls in TEXT_CLASSES or len(item_forms) > 1 or items.get("type") != "object":
            item = _field("arvo", form["items"], defs, True, path + "[]", gaps)
            widget["field"] = {k: v for k, v in item.items() if k not in ("hint", "required")}
        else:
            widget["fields"] = _fields(items, defs, path + "[]", gaps)
        if form.get("minItems"):
            widget["min"] = form["minItems"]
        return widget
    if "enum" in form:
        return {"widget": "select", "options": list(form["enum"])}
    if kind == "boolean":
        return {"widget": "boolean"}
    if kind in ("integer", "number"):
        widget = {"widget": "number", "value_type": "int" if kind == "integer" else "float"}
        if kind == "number":
            # Sveltia takes a number only (not the browser's "any"): three decimals cover a
            # percentage or a rate per 1000 as the sources give them.
            widget["step"] = 0.001
        widget.update({k: form[k] for k in ("minimum", "maximum") if k in form})
        widget["min"] = widget.pop("minimum", None)
        widget["max"] = widget.pop("maximum", None)
        return {k: v for k, v in widget.items() if v is not None}
    if form.get("format") == "date":
        return {"widget": "datetime", "type": "date", "format": "YYYY-MM-DD"}
    widget = {"widget": "string"}
    if form.get("pattern"):
        widget["pattern"] = [form["pattern"], pattern_message(form["pattern"], "fi")]
    return widget


def _fields(node: dict, defs: dict, path: str, gaps: list[str]) -> list[dict]:
    required = set(node.get("required", []))
    return [
        _field(name, prop, defs, name in required, f"{path}.{name}" if path else name, gaps)
        for name, prop in node.get("properties", {}).items()
    ]


# The collection of the single files (a folder pattern has a collection of its own, named by the folder).
FILES_COLLECTION = "tiedostot"


def _data_files() -> list[tuple[str, type[BaseModel]]]:
    """(path from the project root or a folder pattern, the model of that file), in load.FILES order."""
    return [(f"{DATA}/{pattern}", cls) for pattern, cls in load.FILES.items()]


def _schema_line(data_file: str, cls: type[BaseModel]) -> str:
    return load.modeline(data_file.removeprefix(DATA + "/"), cls)


def collections_and_gaps() -> tuple[list[dict], list[str]]:
    # A fresh copy per call: callers may change what they get.
    collections, gaps = json.loads(_collections_and_gaps_json())
    return collections, gaps


# From the model's classes alone, which a process never reloads: the preview writes /admin/ on
# every save, and pydantic's schemas took 0.06 s of it.
@cache
def _collections_and_gaps_json() -> str:
    files, folders, gaps = [], [], []
    for data_file, cls in _data_files():
        node = schema.schema_of(cls, tidy=False)  # with the titles written in model.py
        fields = _fields(node, node.get("$defs", {}), "", gaps)
        label = node.get("description", cls.__name__).split(":")[0].rstrip(".")
        if "*" in data_file:
            folder = str(Path(data_file).parent)
            folders.append({
                "name": Path(folder).name,
                "label": label,
                "folder": folder,
                "extension": "yml",
                "format": format_name(data_file),
                "identifier_field": "id",
                # The title, then what the area holds (AREA_SUMMARY: admin/area_summary.js counts it).
                "summary": "{{otsikko.fi}} · {{%s}}" % AREA_SUMMARY,
                "create": False,
                "delete": False,
                # An area's id is its file's name and its page's address: never changed in the form.
                "fields": [{**f, "readonly": True} if f["name"] == "id" else f for f in fields],
            })
        else:
            files.append({
                "name": Path(data_file).stem,
                "label": label,
                "file": data_file,
                "format": format_name(data_file),
                "fields": fields,
            })
    collections = [*folders, {"name": FILES_COLLECTION, "label": "Muut tiedot", "files": files}]
    return json.dumps([collections, gaps])


def entry_address(data_file: str) -> str | None:
    """The browser editor's address of a data file's entry, below the site's root, e.g.
    "admin/#/collections/painopisteet/entries/turvallisuus" for "data/painopisteet/turvallisuus.yml";
    None for a file the editor has no entry for (a later plan's areas). From the file patterns
    alone, as collections_and_gaps() names them: its schemas took 0.2 s of a build's data work."""
    path = Path(data_file)
    for pattern, _ in _data_files():
        if "*" in pattern and Path(pattern).parent == path.parent:
            return f"admin/#/collections/{path.parent.name}/entries/{path.stem}"
        if pattern == data_file:
            return f"admin/#/collections/{FILES_COLLECTION}/entries/{path.stem}"
    return None


def gaps() -> list[str]:
    """Fields the form cannot express fully: a union of shapes the model should make one."""
    return collections_and_gaps()[1]


def preserved_paths() -> list[str]:
    """The paths of the fields in gaps(): a save keeps what the file has there (admin/yaml_format.js)."""
    return sorted({gap.split(":")[0] for gap in gaps()})


def schema_lines() -> dict[str, str]:
    """Each custom format's schema line, written back as line 1 on every save."""
    return {format_name(f): _schema_line(f.replace("*", "x"), cls) for f, cls in _data_files()}


@cache
def words() -> dict:
    """cms_words.yml: the form's Swedish words, and its choices' and format rules' words."""
    return yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))


def _plain(text: str) -> str:
    return " ".join(text.split())


def translated(text: str, lang: str) -> str:
    """A label or help text of model.py in `lang` (KeyError: cms_words.yml lacks its Swedish)."""
    return text if lang == "fi" else words()["sv"][_plain(text)]


def pattern_message(pattern: str, lang: str) -> str:
    """What a format rule asks for, in words (a rule without words is a test failure, not a regex shown)."""
    return words()["patterns"][pattern][lang]


def _text_field(fields: list[dict]) -> str | None:
    """The name of the {fi, sv} text that titles an item of a list of these fields."""
    texts = {f["name"] for f in fields if f.get("widget") == "object" and [g["name"] for g in f.get("fields", [])] == ["fi", "sv"]}
    return next((name for name in SUMMARY_FIELDS if name in texts), None)


def _localize(field: dict, lang: str, today: dt.date | None) -> None:
    """One field in the interface language `lang`: its label and help, its choices by their words,
    its format rule's message; a list's item named and summarised; no date after `today`."""
    label_fi = field["label"]
    field["label"] = translated(label_fi, lang)
    if "hint" in field:
        field["hint"] = translated(field["hint"], lang)
    if field.get("widget") == "select":
        options = [o for o in field["options"] if o not in NOT_A_REPORT_STATUS]
        field["options"] = [{"label": words()["options"][o][lang], "value": o} for o in options]
    if "pattern" in field:
        field["pattern"] = [field["pattern"][0], pattern_message(field["pattern"][0], lang)]
    if field.get("widget") == "datetime" and today and field["name"] in NO_FUTURE:
        field["max"] = today.isoformat()
    if field.get("widget") == "list":
        singular = words()["singular"].get(label_fi)
        if singular:
            field["label_singular"] = singular[lang]
        title = _text_field(field.get("fields", []))
        if title:
            dated = any(f["name"] == "paivamaara" for f in field["fields"])  # a report: its date first
            field["summary"] = ("{{fields.paivamaara}} · " if dated else "") + "{{fields.%s.%s}}" % (title, lang)
        if field["name"] == "tavoitteet":  # an area is its goals' titles until one is opened
            field["collapsed"] = True
            # A copy would carry the goal's id, locked once published (admin/main.js), and its reports.
            field["allow_duplicate"] = False
    for child in field.get("fields", []):
        _localize(child, lang, today)
    if "field" in field:
        _localize(field["field"], lang, today)


def config(repo: str = PLACEHOLDER_REPO, auth_url: str | None = None, lang: str = "fi",
           today: dt.date | None = None) -> dict:
    """The whole CMS configuration in the interface language `lang`, refusing report dates after
    `today` (the build's date: the configuration is made at every build). The GitHub repository
    and the sign-in worker are the build's settings (config.py: CMS_GITHUB_REPO, else GitHub
    Actions' GITHUB_REPOSITORY; CMS_AUTH_URL); the local folder mode needs neither."""
    backend = {"name": "github", "repo": repo, "branch": "main"}
    if auth_url:
        backend["base_url"] = auth_url
    collections, _ = collections_and_gaps()
    interface = words()["interface"]
    for collection in collections:
        collection["label"] = translated(collection["label"], lang) if collection["label"] != interface["other_files"]["fi"] else interface["other_files"][lang]
        if "summary" in collection:
            collection["summary"] = collection["summary"].replace(".fi}}", f".{lang}}}}}")
        for file in collection.get("files", []):
            file["label"] = translated(file["label"], lang)
        for field in [*collection.get("fields", []), *(f for file in collection.get("files", []) for f in file["fields"])]:
            _localize(field, lang, today)
    return {
        "load_config_file": False,
        "backend": backend,
        "publish_mode": "editorial_workflow",
        "app_title": interface["app_title"][lang],
        "media_folder": "docs/assets/uploads",
        "show_preview_links": False,
        # Sveltia's preview pane lists the fields again; the site's own preview (./scripts/serve)
        # shows the page. Without it the form has the width for Finnish and Swedish side by side.
        "editor": {"preview": False},
        # A field left empty is left out of the file, as an editor writing YAML would (not `null`).
        "output": {"omit_empty_optional_fields": True, "yaml": {"indent_sequences": True, "quote": "none"}},
        "collections": collections,
    }


def published_goals(data_dir: Path) -> dict[str, list[str]]:
    """The published goals' ids (data/julkaistut.yml) of each area the form edits, by area id: each
    is part of a published address, so the form does not change it (admin/main.js). Empty when the
    register or the list of documents cannot be read (the check names that)."""
    try:
        docs = yaml.safe_load((data_dir / load.DOCUMENTS_FILE).read_text(encoding="utf-8"))
        plan = next(d["id"] for d in docs["asiakirjat"] if d.get("sisalto") == FORM_PLAN)
        register = yaml.safe_load((data_dir / published.FILE).read_text(encoding="utf-8"))["asiakirjat"]
        return {area: sorted(goals) for area, goals in (register.get(plan) or {}).items() if goals}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, StopIteration):
        return {}


def _interface_words(*keys: str) -> dict:
    """The interface words `keys` (cms_words.yml) in each interface language, for admin/main.js."""
    interface = words()["interface"]
    return {lang: {k: interface[k][lang] for k in keys} for lang in FORM_LANGUAGES}


def rendered(repo: str = PLACEHOLDER_REPO, auth_url: str | None = None, today: dt.date | None = None,
             published_ids: dict[str, list[str]] | None = None) -> str:
    """admin/config.json: the CMS configuration in each interface language (admin/main.js uses
    the one Sveltia shows its own words in), the schema line of each custom format, the paths
    a save keeps as written, the published goals' ids by area (`published_goals`), and the words
    main.js adds: the area list's line (area_summary.js), the question before a goal is removed, and
    the goal a report list and each report block are under, its text shortened to `TITLE_CHARS`."""
    forms = {lang: config(repo, auth_url, lang, today) for lang in FORM_LANGUAGES}
    return json.dumps({
        "cms": forms, "schema_lines": schema_lines(), "preserved": preserved_paths(),
        "area_format": format_name(f"{DATA}/{load.AREA_DIR}/*.yml"), "area_summary": AREA_SUMMARY,
        "published": published_ids or {}, "title_chars": TITLE_CHARS, "words": {
            "area": _interface_words("area_summary", "area_summary_latest", "area_no_goals", "goals", "reports"),
            "goal": _interface_words("remove_goal", "remove_published_goal", "goal_n"),
            "report": _interface_words("reports_goal", "reports_goal_untitled", "report_of_goal"),
        },
    }, ensure_ascii=False, indent=1) + "\n"
