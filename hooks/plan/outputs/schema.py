"""JSON Schema files for editors' tools, generated from the one data definition in model.py.

Run `python -m plan.schema` (with hooks/ on the path) after changing model.py; a test fails while
the committed files in schemas/ differ from what this module generates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from plan.data import load
from plan.domain import model

ROOT = Path(__file__).resolve().parents[3]


def _tidy(node: object, field: bool = False) -> object:
    # A field keeps its Finnish title (model.py: its label); titles pydantic puts elsewhere
    # (a class name on a nested type) only add noise to an editor's hover. A null default on a
    # required text would suggest null is fine.
    if isinstance(node, dict):
        props = node.get("properties")
        tidy = {
            k: _tidy(v) for k, v in node.items()
            if k != "title" or not isinstance(v, str) or props is not None or field
        }
        if "default" in tidy and tidy["default"] is None and tidy.get("type") == "string":
            del tidy["default"]
        if props is not None:
            tidy["properties"] = {name: _tidy(value, field=True) for name, value in props.items()}
        return tidy
    if isinstance(node, list):
        return [_tidy(v) for v in node]
    return node


def schema_of(model_cls: type[BaseModel], tidy: bool = True) -> dict:
    """The JSON Schema of a data file: each field with its title (label) and description (help);
    untidied (`tidy=False`) it keeps every title pydantic gives, for cms_config's labels."""
    schema = model_cls.model_json_schema()
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
