"""A data error as an editor of the browser form reads it: the place named by the form's labels in
the editor's language ("Terveet elintavat › tavoite 1 ‘Liikuntapalvelujen asiakasohjaus…’ ›
raportti 1 › päivämäärä", not `tavoitteet[0].raportit[0].paivamaara`), and the message in that
language (messages.Message; a message without Swedish is shown in Finnish, marked so).

Used by the check (its `--kieli` option, the pull request's annotations) and the preview's notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from plan import messages
from plan.data import load
from plan.outputs import cms_config

TITLE_FIELDS = ("otsikko", "tavoite", "teksti", "nimi")
TITLE_CHARS = 40
SEPARATOR = " › "
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Place:
    """One error in one language: where (file:line:column), the place in labels, the message."""

    where: str
    place: str
    message: str
    message_lang: str  # the language the message is in: "fi" where no translation exists

    def __str__(self) -> str:
        return load.printable(f"{self.where}: {self.place}: {self.message}" if self.place else f"{self.where}: {self.message}")


@cache
def _forms(lang: str) -> tuple[list[dict], dict[str, tuple[str, list[dict]]]]:
    """The area form's fields, and each other data file's (label, fields), in `lang`."""
    config = cms_config.config(lang=lang)
    area, others = [], {}
    for collection in config["collections"]:
        if "folder" in collection:
            area = collection["fields"]
        for file in collection.get("files", []):
            others[Path(file["file"]).name] = (file["label"], file["fields"])
    return area, others


def _lower(label: str) -> str:
    # "Päivämäärä" → "päivämäärä" in running text; "WCAG-kriteerit" stays as it is.
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def _title(item: object, lang: str) -> str | None:
    if not isinstance(item, dict):
        return None
    for name in TITLE_FIELDS:
        text = item.get(name)
        if isinstance(text, dict):
            text = text.get(lang) or text.get("fi")
        if isinstance(text, str) and text.strip():
            text = " ".join(text.split())
            if len(text) <= TITLE_CHARS:
                return text
            return text[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return None


def _read(file: Path) -> object:
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except Exception:  # a file the check could not read: the place goes without titles
        return None


def place_of(file: Path, field: str, lang: str, data: object = None) -> str:
    """The place of `field` (load.field_path's form) in `file`, named by the form's labels in `lang`."""
    area, others = _forms(lang)
    if file.parent.name == load.AREA_DIR:
        data = _read(file) if data is None else data
        start, fields = _title(data, lang) or file.stem, area
    elif file.name in others:
        (start, fields), data = others[file.name], (_read(file) if data is None else data)
    else:
        return field
    parts = [start]
    node: dict | None = None
    for name, index in _TOKEN.findall(field):
        if name:
            node = next((f for f in fields if f["name"] == name), None)
            if node is None:  # a key the form does not know (a typo in the file): as written
                parts.append(name)
                fields, data = [], None
                continue
            parts.append(_lower(node["label"]))
            fields = node.get("fields", [])
            data = data.get(name) if isinstance(data, dict) else None
        else:
            i = int(index)
            item = data[i] if isinstance(data, list) and i < len(data) else None
            singular = (node or {}).get("label_singular")
            if singular:  # "Raportit" › "raportti 1" instead of "raportit" › "1"
                parts[-1] = f"{singular} {i + 1}"
            else:
                parts.append(str(i + 1))
            title = _title(item, lang)
            if title:
                parts[-1] += f" ‘{title}’"
            if node and "field" in node:
                fields = node["field"].get("fields", [])
            data = item
    return SEPARATOR.join(parts)


def message_in(message: str, lang: str) -> tuple[str, str]:
    """(the message in `lang`, the language it is in): a message without Swedish stays Finnish."""
    translated = messages.swedish(message) if lang == "sv" else None
    return (translated, "sv") if translated else (str(message), "fi")


def of(error: load.DataError, lang: str) -> Place:
    where = f"{load.shown_path(error.file)}:{error.line}:{error.column}"
    message, message_lang = message_in(error.message, lang)
    place = place_of(error.file, error.field, lang) if error.field else ""
    return Place(where, place, message, message_lang)
