"""requirements-properdocs.txt (ProperDocs' virtualenv, tests/site/test_properdocs.py) is pyproject's
site group with properdocs in place of mkdocs: a version raised in one is raised in the other."""

import tomllib

import properdocs_venv
from sitebuild import ROOT


def test_properdocs_pins_are_the_site_group_without_mkdocs():
    site = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"]["site"]
    wanted = {}
    for requirement in site:
        name, version = requirement.split("==")
        wanted[properdocs_venv.normalised(name.split("[")[0])] = version
    pins = properdocs_venv.pins()
    assert "mkdocs" not in pins and "mkdocs" in wanted
    assert {name: pins.get(name) for name in wanted if name != "mkdocs"} == {n: v for n, v in wanted.items() if n != "mkdocs"}, \
        "requirements-properdocs.txt pins other versions than pyproject.toml's site group"
    assert "properdocs" in pins
