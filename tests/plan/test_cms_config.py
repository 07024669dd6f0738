"""The browser editor's configuration (cms_config.py) against the data definition (model.py):
every field of every data file's model is in the form, and the form names no field the model lacks."""

import typing

import pytest
from pydantic import BaseModel

from plan.data import load
from plan.domain import model
from plan.outputs import cms_config


def _model_paths(cls: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field path of `cls` ("tavoitteet[].raportit[].kuvaus.fi"), read from pydantic's fields."""
    paths = set()
    for name, info in cls.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        paths.add(path)
        paths |= _paths_of(info.annotation, path)
    return paths


def _paths_of(annotation, path: str) -> set[str]:
    if isinstance(annotation, (str, typing.ForwardRef)):  # a class defined further down in model.py
        annotation = getattr(model, getattr(annotation, "__forward_arg__", annotation))
    if typing.get_origin(annotation) is typing.Literal:
        return set()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_paths(annotation, path)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list:
        return {path + "[]"} | _paths_of(args[0], path + "[]")
    if origin is typing.Annotated:
        return _paths_of(args[0], path)
    return set().union(*(_paths_of(arg, path) for arg in args)) if args else set()


def _config_paths(fields: list[dict], prefix: str = "") -> set[str]:
    paths = set()
    for field in fields:
        path = f"{prefix}.{field['name']}" if prefix else field["name"]
        paths.add(path)
        paths |= _children(field, path)
    return paths


def _children(field: dict, path: str) -> set[str]:
    if field.get("widget") == "list":
        if "fields" in field:
            return {path + "[]"} | _config_paths(field["fields"], path + "[]")
        return {path + "[]"} | _children(field["field"], path + "[]")
    return _config_paths(field.get("fields", []), path)


def _forms():
    collections = cms_config.config()["collections"]
    folders = {c["folder"]: c["fields"] for c in collections if "folder" in c}
    files = {f["file"]: f["fields"] for c in collections for f in c.get("files", [])}
    for pattern, cls in load.FILES.items():
        key = f"data/{pattern}"
        yield pattern, cls, folders.get(key.rsplit("/", 1)[0]) if "*" in pattern else files.get(key)


FORMS = list(_forms())


@pytest.mark.parametrize(("pattern", "cls", "fields"), FORMS, ids=[f[0] for f in FORMS])
def test_the_form_has_every_field_of_the_model_and_no_other(pattern, cls, fields):
    assert fields is not None, f"data/{pattern} has no form"
    in_model, in_form = _model_paths(cls), _config_paths(fields)
    # A field of several shapes shows its first (cms_config.gaps()): the other shapes' fields are
    # missing until the model gives the field one shape.
    gaps = cms_config.preserved_paths()
    missing = {p for p in in_model - in_form if not any(p.startswith(g + ".") or p.startswith(g + "[]") for g in gaps)}
    assert not missing, f"the form lacks fields of {cls.__name__}: {sorted(missing)}"
    assert not in_form - in_model, f"the form names fields {cls.__name__} does not have: {sorted(in_form - in_model)}"


def _all_fields(fields):
    for field in fields:
        yield field
        yield from _all_fields(field.get("fields", []))
        if "field" in field:
            yield from _all_fields([field["field"]])


ALL = [f for _, _, fields in FORMS for f in _all_fields(fields or [])]


def test_each_text_is_finnish_and_swedish_side_by_side():
    texts = [f for f in ALL if [c["name"] for c in f.get("fields", [])] == ["fi", "sv"]]
    assert len(texts) > 50
    for text in texts:
        assert [(c["label"], c["required"]) for c in text["fields"]] == [("suomeksi", True), ("på svenska", True)]


def test_required_patterns_choices_and_help_come_from_the_model():
    by_name = {}
    for field in ALL:
        by_name.setdefault(field["name"], field)
    assert by_name["id"]["required"] is True and by_name["id"]["pattern"][0] == "^[a-z0-9]+(-[a-z0-9]+)*$"
    # The Finnish words only: the check accepts English synonyms, the form does not offer them, nor
    # "ei raportoitu", which no report can say of itself.
    assert by_name["tila"]["widget"] == "select"
    assert [o["value"] for o in by_name["tila"]["options"]] == [w for w in model.TILAT_SUOMEKSI if w != "ei raportoitu"]
    assert set(model.TILAT_SUOMEKSI) == {"ei raportoitu", "ei aloitettu", "käynnissä", "saavutettu", "ei saavutettu"}
    dates = [f for f in ALL if f["name"] == "paivamaara"]
    # A report's day is a date; an approval's may be a month too, so it is text with a pattern.
    assert any(f["widget"] == "datetime" and f["type"] == "date" for f in dates)
    assert any(f["widget"] == "string" and f.get("pattern") for f in dates)
    assert by_name["ruotsinnos_tarkistettu"]["widget"] == "boolean"
    assert by_name["ruotsinnos_tarkistettu"]["hint"].startswith("true, kun ihminen on tarkistanut")
    assert by_name["luku"]["required"] is False  # nullable


def _model_class(annotation) -> type[BaseModel] | None:
    """The data class a field holds (itself, in a list, or null-able), if it holds one."""
    if typing.get_origin(annotation) is typing.Literal:
        return None
    if isinstance(annotation, (str, typing.ForwardRef)):
        annotation = getattr(model, getattr(annotation, "__forward_arg__", annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    found = [c for arg in typing.get_args(annotation) if (c := _model_class(arg))]
    return found[0] if found else None


def _wrong_labels(cls: type[BaseModel], fields: list[dict], prefix: str = "") -> list[str]:
    """Every field of the form whose label is not the title written in model.py for that field."""
    by_name = {f["name"]: f for f in fields}
    wrong = []
    for name, info in cls.model_fields.items():
        path, field = f"{prefix}{name}", by_name[name]
        if field["label"] != info.title:
            wrong.append(f"{path}: {field['label']!r}, model.py: {info.title!r}")
        inner = _model_class(info.annotation)
        if inner in (model.Teksti, model.MarkdownTeksti):
            continue  # its two fields: test_each_text_is_finnish_and_swedish_side_by_side
        if inner is not None:
            inner_fields = field.get("fields") or field.get("field", {}).get("fields", [])
            wrong += _wrong_labels(inner, inner_fields, path + ".")
    return wrong


@pytest.mark.parametrize(("pattern", "cls", "fields"), FORMS, ids=[f[0] for f in FORMS])
def test_each_label_is_the_title_written_in_the_model(pattern, cls, fields):
    # "Otsikko" is what pydantic would make of `otsikko` too: it was once mistaken for no title.
    assert not _wrong_labels(cls, fields)


def test_every_data_file_keeps_its_schema_line():
    lines = cms_config.schema_lines()
    for pattern, cls in load.FILES.items():
        name = pattern.replace("*", "x")
        assert lines[cms_config.format_name("data/" + pattern)] == load.modeline(name, cls)


def test_number_fields_have_a_numeric_step():
    # Sveltia refuses the whole configuration when a step is no number (it was "any" once).
    numbers = [f for f in ALL if f.get("widget") == "number"]
    assert numbers and all(isinstance(f.get("step", 1), (int, float)) for f in numbers)


def test_the_schemas_are_read_once_and_each_caller_gets_its_own_copy(monkeypatch):
    # The preview writes /admin/ on every save; the model's schemas do not change in a process.
    cms_config._collections_and_gaps_json.cache_clear()
    read = []
    schema_of = cms_config.schema.schema_of
    monkeypatch.setattr(cms_config.schema, "schema_of", lambda cls, **kw: read.append(cls) or schema_of(cls, **kw))
    first = cms_config.config()
    first["collections"][0]["fields"].clear()
    again = cms_config.config()
    assert again["collections"][0]["fields"] and again == cms_config.config()
    assert len(read) == len(load.FILES)


# Issue 26: the form holds every rule it can, in the editor's language.

def _every_field(config: dict):
    for collection in config["collections"]:
        for fields in [collection.get("fields", []), *(f["fields"] for f in collection.get("files", []))]:
            yield from _all_fields(fields)


SV = cms_config.config(lang="sv", today=__import__("datetime").date(2026, 12, 7))
FI = cms_config.config(lang="fi", today=__import__("datetime").date(2026, 12, 7))
# Words that are the same in both languages: each language's name in itself, and codes.
SAME_IN_BOTH = {"suomeksi", "på svenska", "WCAG 2.1 AA", "WCAG 2.2 AA"}


def test_a_report_date_after_the_builds_day_is_refused_in_the_form():
    dates = [f for f in _every_field(FI) if f.get("widget") == "datetime" and f["name"] == "paivamaara"]
    assert len(dates) >= 4  # both kinds of report, changes, evaluations, reviewed axe items
    assert all(f["max"] == "2026-12-07" for f in dates)
    # Other dates (an accessibility statement's next review, a fix's deadline) may lie ahead.
    assert all("max" not in f for f in _every_field(FI) if f.get("widget") == "datetime" and f["name"] != "paivamaara")
    assert all("max" not in f for f in _every_field(cms_config.config()) if f.get("widget") == "datetime")


def test_format_rules_are_explained_in_words_never_as_the_rule():
    for config, lang in ((FI, "fi"), (SV, "sv")):
        rules = [f["pattern"] for f in _every_field(config) if "pattern" in f]
        assert len(rules) > 30
        for rule, message in rules:
            assert rule not in message and not set("^$\\[]{}|") & set(message), (lang, rule, message)
            assert message == cms_config.words()["patterns"][rule][lang]


def test_choices_show_words_and_keep_the_files_values():
    for config, lang in ((FI, "fi"), (SV, "sv")):
        for field in (f for f in _every_field(config) if f.get("widget") == "select"):
            assert all(set(o) == {"label", "value"} and o["label"] for o in field["options"]), field
    kinds = next(f for f in _every_field(FI) if f["name"] == "laji")["options"]
    assert kinds == [{"label": "prosenttiosuus", "value": "prosentti"}, {"label": "lukumäärä", "value": "lukumaara"},
                     {"label": "tapausta tuhatta kohden", "value": "per-1000"}, {"label": "kyllä tai ei", "value": "kylla-ei"}]
    status = next(f for f in _every_field(SV) if f["name"] == "tila")["options"]
    assert [o["label"] for o in status] == ["inte påbörjat", "pågår", "uppnått", "inte uppnått"]


def test_the_swedish_form_has_every_label_help_and_choice_in_swedish():
    fi_fields, sv_fields = list(_every_field(FI)), list(_every_field(SV))
    assert len(fi_fields) == len(sv_fields) > 200
    for fi, sv in zip(fi_fields, sv_fields):
        assert fi["name"] == sv["name"]
        for key in ("label", "hint"):
            assert (fi.get(key) is None) == (sv.get(key) is None)
            if fi.get(key) and fi[key] not in SAME_IN_BOTH:
                assert fi[key] != sv[key], (fi["name"], key, fi[key])
    assert SV["app_title"] == "Redigering av välfärdsplanen"
    assert [c["label"] for c in SV["collections"]] == ["Välfärdsplanens fokusområde", "Övriga uppgifter"]
    assert SV["collections"][0]["summary"] == "{{otsikko.sv}} · {{title}}"  # the area list's line: area_summary.js


def test_goals_are_collapsed_to_their_titles_and_a_list_names_its_item():
    for config, lang in ((FI, "fi"), (SV, "sv")):
        goals = next(f for f in config["collections"][0]["fields"] if f["name"] == "tavoitteet")
        assert goals["collapsed"] is True and goals["summary"] == "{{fields.tavoite.%s}}" % lang
        assert goals["allow_duplicate"] is False  # a copy would carry a published goal's locked id
        reports = next(f for f in goals["fields"] if f["name"] == "raportit")
        assert reports["summary"] == "{{fields.paivamaara}} · {{fields.kuvaus.%s}}" % lang
        assert reports["label_singular"] == {"fi": "raportti", "sv": "rapport"}[lang]


def test_the_published_configuration_holds_both_languages():
    import json
    rendered = json.loads(cms_config.rendered(today=__import__("datetime").date(2026, 12, 7)))
    assert set(rendered["cms"]) == {"fi", "sv"}
    assert rendered["cms"]["sv"]["app_title"] == SV["app_title"]


def test_a_report_lists_goal_is_named_in_both_languages_as_the_checks_places_name_it():
    # Issue 26: admin/main.js names the goal a report list and each report block are under.
    import json
    from plan.editor import places
    rendered = json.loads(cms_config.rendered())
    assert rendered["title_chars"] == places.TITLE_CHARS
    for lang, goal in (("fi", "tavoite"), ("sv", "mål")):
        words = rendered["words"]["report"][lang]
        assert words["reports_goal"] == f"{goal} {{n}}: ‘{{title}}’" and words["reports_goal_untitled"] == f"{goal} {{n}}"
        assert "{n}" in words["report_of_goal"] and "{goal}" in words["report_of_goal"]


def test_an_areas_id_is_read_only_and_the_published_goals_ids_are_listed_for_the_form(tmp_path):
    # Issue 26: the id is the area file's name and part of every published address of its goals.
    for config in (FI, SV):
        area_id = next(f for f in config["collections"][0]["fields"] if f["name"] == "id")
        assert area_id["readonly"] is True
        assert not any(f.get("readonly") for f in _every_field(config) if f is not area_id)
    from pathlib import Path
    import json
    import shutil
    data = Path(__file__).resolve().parents[2] / "data"
    goals = cms_config.published_goals(data)
    assert goals["mielen-hyvinvointi"] == ["kulttuurihyvinvointisuunnitelma", "sosiaalinen-hyvinvointi"]
    assert sum(len(ids) for ids in goals.values()) == 19 and "digitaaliset-hyte-palvelut" not in goals  # no goals
    rendered = json.loads(cms_config.rendered(published_ids=goals))
    assert rendered["published"] == goals and rendered["area_format"] == "yaml-painopisteet"
    assert rendered["words"]["goal"]["sv"]["remove_goal"].startswith("Ska målet {goal}")
    # Without a readable register or list of documents the form locks nothing (the check says why).
    shutil.copytree(data, tmp_path / "data")
    (tmp_path / "data" / "julkaistut.yml").unlink()
    assert cms_config.published_goals(tmp_path / "data") == {}


def test_each_data_files_editor_address_is_its_entry_in_the_form():
    """The reporting page's edit links (entry_address) name the entry the form has for each data file."""
    collections, _ = cms_config.collections_and_gaps()
    data_files = sorted(p.relative_to(cms_config.ROOT).as_posix() for p in (cms_config.ROOT / cms_config.DATA).rglob("*.yml"))
    expected = {}
    for collection in collections:
        for entry in collection.get("files", []):
            expected[entry["file"]] = f"admin/#/collections/{collection['name']}/entries/{entry['name']}"
        for file in data_files:
            if collection.get("folder") == file.rsplit("/", 1)[0]:
                expected[file] = f"admin/#/collections/{collection['name']}/entries/{file.rsplit('/', 1)[1][:-4]}"
    assert {f: cms_config.entry_address(f) for f in data_files} == {f: expected.get(f) for f in data_files}
    assert "data/painopisteet/turvallisuus.yml" in expected and len(expected) > 5
    assert cms_config.entry_address("data/suunnitelma-2027/painopisteet/x.yml") is None
