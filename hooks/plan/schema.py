"""JSON Schema files for editors' tools, generated from the one data definition in model.py.

Run `python -m plan.schema` (with hooks/ on the path) after changing model.py; a test fails while
the committed files in schemas/ differ from what this module generates.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
from pathlib import Path

from pydantic import BaseModel

from . import load, model

ROOT = Path(__file__).resolve().parents[2]


def _tidy(node: object) -> object:
    # Titles pydantic derives from key names ("Maaraaika Kauden Ulkopuolella") only add noise
    # to an editor's hover; a null default on a required text would suggest null is fine.
    # A deadline's forms overlap for tools that ignore "format" ("2025-05" is a string either
    # way), so "oneOf" would reject valid data: any one form is enough.
    if isinstance(node, dict):
        props = node.get("properties")
        tidy = {
            ("anyOf" if k == "oneOf" else k): _tidy(v)
            for k, v in node.items()
            if k != "title" or not isinstance(v, str) or props is not None
        }
        if "default" in tidy and tidy["default"] is None and tidy.get("type") == "string":
            del tidy["default"]
        if props is not None:
            tidy["properties"] = {name: _tidy(value) for name, value in props.items()}
        return tidy
    if isinstance(node, list):
        return [_tidy(v) for v in node]
    return node


def _attribute_docstrings() -> dict[str, dict[str, str]]:
    """{class name: {field: the string literal right below the field}} from model.py's source."""
    found: dict[str, dict[str, str]] = {}
    for node in ast.parse(inspect.getsource(model)).body:
        if isinstance(node, ast.ClassDef):
            pairs = zip(node.body, node.body[1:])
            found[node.name] = {
                field.target.id: inspect.cleandoc(doc.value.value)
                for field, doc in pairs
                if isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
                and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str)
            }
    return found


def _describe(schema: dict, docs: dict[str, dict[str, str]], cls: type) -> None:
    """Each property of `cls`'s schema gets its field's docstring (inherited ones too)."""
    for name, prop in schema.get("properties", {}).items():
        written = [docs[base.__name__][name] for base in cls.__mro__ if name in docs.get(base.__name__, {})]
        if written and "description" not in prop:
            prop["description"] = written[0]


def schema_of(model_cls: type[BaseModel], tidy: bool = True) -> dict:
    """The JSON Schema of `model_cls` with each field's docstring as its description; untidied
    (`tidy=False`) it keeps pydantic's titles, for cms_config's labels."""
    schema = model_cls.model_json_schema()
    docs = _attribute_docstrings()
    _describe(schema, docs, model_cls)
    for name, definition in schema.get("$defs", {}).items():
        _describe(definition, docs, getattr(model, name))
    schema = _tidy(schema) if tidy else schema
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def rendered() -> dict[str, str]:
    """Each schema file's path (relative to the project) → its exact text."""
    return {
        load.schema_file(cls): json.dumps(schema_of(cls), ensure_ascii=False, indent=2) + "\n"
        for cls in dict.fromkeys(load.FILES.values())
    }


def main() -> int:
    for name, text in rendered().items():
        target = ROOT / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"kirjoitettu {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
