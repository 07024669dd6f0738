"""schema.py: the committed JSON Schemas are the model's, and editors' tools read the data as we do."""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from plan import load, schema

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


def test_committed_schemas_are_up_to_date():
    for name, text in schema.rendered().items():
        committed = ROOT / name
        assert committed.exists(), f"{name} is missing: run `PYTHONPATH=hooks .venv/bin/python -m plan.schema`"
        assert committed.read_text(encoding="utf-8") == text, (
            f"{name} is out of date with hooks/plan/model.py: run `PYTHONPATH=hooks .venv/bin/python -m plan.schema`"
        )


def _data_files():
    return sorted(DATA.rglob("*.yml"))


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
