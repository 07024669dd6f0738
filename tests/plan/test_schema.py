"""schema.py: the committed JSON Schemas are the model's, and editors' tools read the data as we do."""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from plan.data import load, published
from plan.outputs import schema

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


def test_committed_schemas_are_up_to_date():
    for name, text in schema.rendered().items():
        committed = ROOT / name
        assert committed.exists(), f"{name} is missing: run `PYTHONPATH=hooks .venv/bin/python -m plan.schema`"
        assert committed.read_text(encoding="utf-8") == text, (
            f"{name} is out of date with hooks/plan/domain/model.py: run `PYTHONPATH=hooks .venv/bin/python -m plan.schema`"
        )


def _data_files():
    # The register of what was published is written by the check, not edited (plan/published.py).
    return sorted(f for f in DATA.rglob("*.yml") if f.name != published.FILE)


class _Yaml12(yaml.SafeLoader):
    """Reads dates as text, as YAML 1.2 editors (yaml-language-server) do."""


_Yaml12.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _schema_named_by(file: Path) -> dict:
    first = file.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("# yaml-language-server: $schema="), file
    target = (file.parent / first.split("$schema=", 1)[1]).resolve()
    return json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("file", _data_files(), ids=lambda f: f.relative_to(DATA).as_posix())
def test_every_data_file_names_its_schema_and_passes_it(file):
    validator = jsonschema.Draft202012Validator(_schema_named_by(file))
    errors = list(validator.iter_errors(yaml.load(file.read_text(encoding="utf-8"), Loader=_Yaml12)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_schema_flags_what_the_check_rejects(tmp_path):
    """The red underline an editor sees in their editor, for the commonest mistakes."""
    file = tmp_path / "turvallisuus.yml"
    shutil.copy(DATA / "painopisteet" / "turvallisuus.yml", file)
    data = yaml.load(file.read_text(encoding="utf-8"), Loader=_Yaml12)
    goal = data["tavoitteet"][0]
    goal["vastuutaho"] = goal.pop("vastuutahot")  # a typo
    del data["otsikko"]["sv"]  # a missing translation
    data["tiivistelma"]["fi"] = "   "  # an empty text
    data["luku"] = "kuusi"  # a wrong type
    data["otsikko"]["fi"] = "Turvallisuus <b>nyt</b>"  # raw HTML
    validator = jsonschema.Draft202012Validator(
        json.loads((ROOT / load.schema_file(load.FILES["painopisteet/*.yml"])).read_text(encoding="utf-8"))
    )
    flagged = [tuple(e.absolute_path) for e in validator.iter_errors(data)]
    for mistake in [("tavoitteet", 0, "vastuutaho"), ("otsikko", "sv"), ("tiivistelma", "fi"), ("luku",), ("otsikko", "fi")]:
        # Underlined at the field itself or at the mapping that holds it.
        assert any(mistake[: len(path)] == path and len(mistake) - len(path) <= 1 for path in flagged), (mistake, flagged)


def test_schema_descriptions_are_finnish():
    text = (ROOT / load.schema_file(load.FILES["painopisteet/*.yml"])).read_text(encoding="utf-8")
    described = json.loads(text)["$defs"]["Tavoite"]["properties"]
    assert described["vastuutahot"]["description"] == "Tavoitteesta vastaavat tahot."
    assert all(p.get("description") for p in described.values())


# Classes the accessibility statement owns (changed elsewhere): their labels come with that work.
_UNLABELLED_YET: set[str] = set()


def _data_classes():
    from plan.domain import model

    seen, todo = {}, list(dict.fromkeys(load.FILES.values()))
    while todo:
        cls = todo.pop()
        seen[cls.__name__] = cls
        for field in cls.model_fields.values():
            for inner in _classes_in(field.annotation):
                if inner.__name__ not in seen and issubclass(inner, model.Strict):
                    todo.append(inner)
    return seen


def _classes_in(annotation):
    import typing

    if isinstance(annotation, type):
        return [annotation]
    return [c for arg in typing.get_args(annotation) for c in _classes_in(arg)]


def test_every_field_has_a_finnish_label_and_help_in_the_model():
    """The CMS form is generated from these (issue 17): a label (title) and a help text (description)."""
    missing = [
        f"{name}.{field_name}: {what}"
        for name, cls in _data_classes().items() if name not in _UNLABELLED_YET
        for field_name, field in cls.model_fields.items()
        for what, value in (("title", field.title), ("description", field.description)) if not value
    ]
    assert not missing, missing


def test_the_json_schema_carries_labels_help_patterns_and_choices():
    from plan.domain import model

    goal = model.Tavoite.model_json_schema()
    props = goal["properties"]
    assert (props["maaraaika"]["title"], props["maaraaika_nimi"]["title"]) == ("Määräaika", "Nimetty määräaika")
    assert props["maaraaika"]["anyOf"][0] == {"type": "string", "pattern": model.DEADLINE_PATTERN}
    assert props["id"]["pattern"] == model.SLUG_PATTERN and "id" in goal["required"]
    indicator = goal["$defs"]["Mittari"]
    assert indicator["required"] == ["nimi"]
    assert indicator["properties"]["laji"]["anyOf"][0]["enum"] == ["prosentti", "lukumaara", "per-1000", "kylla-ei"]
    value = goal["$defs"]["MittarinArvo"]["properties"]
    assert value["jakso"]["pattern"] == model.PERIOD_PATTERN
    assert [t["type"] for t in value["arvo"]["anyOf"]] == ["number", "null"]
    assert [t["type"] for t in value["kylla_ei"]["anyOf"]] == ["boolean", "null"]
    text = goal["$defs"]["Teksti"]["properties"]
    assert (text["fi"]["title"], text["sv"]["title"]) == ("suomeksi", "på svenska")


def test_each_value_has_one_type_in_the_schemas():
    """No field is a union of two kinds of value (a form widget edits one); null is the only extra."""
    def walk(node, at):
        if isinstance(node, dict):
            kinds = [alt.get("type", alt.get("$ref")) for alt in node.get("anyOf", node.get("oneOf", []))]
            real = [k for k in kinds if k != "null"]
            assert len(real) <= 1, (at, kinds)
            for key, value in node.items():
                walk(value, at + (key,))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, at + (i,))

    for name in schema.rendered():
        walk(json.loads((ROOT / name).read_text(encoding="utf-8")), (name,))
