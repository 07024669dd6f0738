"""data/*.yml → a checked `Plan`, or every problem found, each with file, line and field.

YAML is read with safe loading only. Problems are collected across all files and raised
together as `DataErrors`, so that an editor sees everything wrong in one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml
from pydantic import BaseModel, ValidationError

from . import model

MAX_FILE_BYTES = 256 * 1024  # a plan file is a few kilobytes; anything far bigger is a mistake


@dataclass(frozen=True)
class DataError:
    """One problem in the data, addressed the way an editor finds it."""

    file: Path
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class DataErrors(Exception):
    def __init__(self, errors: list[DataError]):
        super().__init__(f"{len(errors)} virhettä datassa")
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """Safe loading, plus: no duplicate keys, no anchors or aliases, no tags."""


def _no_duplicates(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"avain '{key}' on kahteen kertaan: poista toinen", key_node.start_mark
            )
        seen[key] = key_node
    return loader.construct_mapping(node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def _check_nodes(loader: yaml.SafeLoader, node: yaml.Node, marks: dict[Path_, yaml.Mark], path: Path_ = ()) -> None:
    """Record where every value starts, and refuse explicit tags before anything is built."""
    marks[path] = node.start_mark
    if node.tag != _implicit_tag(loader, node):
        raise yaml.MarkedYAMLError(
            None, None, f"YAML-tagi {node.tag} ei ole sallittu: poista se", node.start_mark
        )
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _check_nodes(loader, value_node, marks, path + (key_node.value,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _check_nodes(loader, item, marks, path + (i,))


def _implicit_tag(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    # The tag plain YAML would give; any other was written explicitly (!!str, !!python/…, !x).
    if isinstance(node, yaml.MappingNode):
        return yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
    if isinstance(node, yaml.SequenceNode):
        return yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
    if node.style is None:
        return loader.resolve(yaml.ScalarNode, node.value, (True, False))
    return yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG


class _AliasRefusingComposer(_Loader):
    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "ankkurit ja viittaukset (& ja *) eivät ole sallittuja: kirjoita teksti auki",
                event.start_mark,
            )
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(
                None, None, "ankkurit ja viittaukset (& ja *) eivät ole sallittuja: kirjoita teksti auki",
                event.start_mark,
            )
        return super().compose_node(parent, index)


@dataclass
class Source:
    """One data file as read: its values and where each value stands in it."""

    file: Path
    data: Any
    marks: dict[Path_, yaml.Mark]

    def error(self, loc: Iterable[str | int], message: str, missing: bool = False) -> DataError:
        """An error at `loc`; a missing field is named, at the line of its parent."""
        loc = tuple(loc)
        path = _known_prefix(loc, self.marks)
        mark = self.marks.get(path) or self.marks.get((), None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        shown = path + (loc[-1],) if missing and loc and path != loc else path
        return DataError(self.file, line, col, field_path(shown), message)


def field_path(path: Path_) -> str:
    """('tavoitteet', 2, 'mittarit', 0, 'sv') → 'tavoitteet[2].mittarit[0].sv'"""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _known_prefix(loc: Path_, marks: dict[Path_, yaml.Mark]) -> Path_:
    # pydantic puts union member names into locations; keep only the parts the file has.
    path: Path_ = ()
    for part in loc:
        if path + (part,) in marks:
            path += (part,)
    return path


def read_yaml(file: Path) -> Source:
    """Read one YAML file safely; raises DataErrors on anything unreadable."""
    raw = file.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise DataErrors([DataError(file, 1, 1, "", f"tiedosto on {len(raw)} tavua, suurin sallittu koko on {MAX_FILE_BYTES}: jaa se osiin")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataErrors([DataError(file, line, 1, "", "tiedosto ei ole UTF-8-muodossa: tallenna se UTF-8-merkistöllä")]) from None
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        col = len(text[: text.index("\t")].rsplit("\n", 1)[-1]) + 1
        raise DataErrors([DataError(file, line, col, "", "sarkainmerkki (tab): sisennä välilyönneillä")])
    loader = _AliasRefusingComposer(text)
    try:
        node = loader.get_single_node()
        marks: dict[Path_, yaml.Mark] = {}
        if node is None:
            raise DataErrors([DataError(file, 1, 1, "", "tiedosto on tyhjä")])
        _check_nodes(loader, node, marks)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "YAML-virhe"
        raise DataErrors([DataError(file, line, col, "", f"YAML-virhe: {problem}")]) from None
    finally:
        loader.dispose()
    return Source(file, data, marks)


_MESSAGES = {
    "missing": "pakollinen kenttä puuttuu: lisää se",
    "extra_forbidden": "tuntematon kenttä: tarkista kirjoitusasu tai poista se",
    "string_too_short": "teksti on tyhjä: kirjoita teksti",
    "string_type": "pitää olla teksti",
    "string_pattern_mismatch": "muoto ei kelpaa",
    "int_type": "pitää olla kokonaisluku",
    "bool_type": "pitää olla true tai false",
    "list_type": "pitää olla luettelo (rivit alkavat '- ')",
    "dict_type": "pitää olla kenttiä sisältävä rakenne",
    "model_type": "pitää olla kenttiä sisältävä rakenne (esim. fi: … ja sv: …)",
    "too_short": "luettelo on tyhjä: lisää vähintään yksi kohta",
    "date_type": "pitää olla päivämäärä muodossa VVVV-KK-PP",
    "literal_error": "arvo ei ole sallittu",
}


def _message(err: dict) -> str:
    kind = err["type"]
    if kind == "value_error":
        return str(err.get("ctx", {}).get("error", err["msg"]))
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        if pattern == model.SLUG_PATTERN:
            return "tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja yksittäisiä väliviivoja"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"arvo {err.get('input')!r} on sallitun välin ulkopuolella"
    if kind == "literal_error":
        return f"arvo {err.get('input')!r} ei ole sallittu: sallitut ovat {err.get('ctx', {}).get('expected', '')}"
    return _MESSAGES.get(kind, err["msg"])


def validate(source: Source, schema: type[BaseModel]) -> tuple[BaseModel | None, list[DataError]]:
    try:
        return schema.model_validate(source.data), []
    except ValidationError as exc:
        errors: dict[tuple, DataError] = {}
        for err in exc.errors():
            found = source.error(err["loc"], _message(err), missing=err["type"] == "missing")
            # A union reports each alternative; one line per place is enough for a person.
            errors.setdefault((found.line, found.field), found)
        return None, list(errors.values())


AREA_DIR = "painopisteet"


def load_plan(data_dir: Path) -> model.Plan:
    """Read, check and cross-reference everything under data_dir."""
    errors: list[DataError] = []

    def read(file: Path, schema: type[BaseModel]) -> tuple[Source | None, BaseModel | None]:
        if not file.exists():
            errors.append(DataError(file, 1, 1, "", "tiedosto puuttuu"))
            return None, None
        try:
            source = read_yaml(file)
        except DataErrors as exc:
            errors.extend(exc.errors)
            return None, None
        value, problems = validate(source, schema)
        errors.extend(problems)
        return source, value

    plan_src, plan = read(data_dir / "suunnitelma.yml", model.Suunnitelma)
    strategy_src, strategy = read(data_dir / "strategia.yml", model.Strategia)
    _, site = read(data_dir / "sivusto.yml", model.Sivusto)

    areas: dict[str, tuple[Source, model.Painopiste]] = {}
    area_files = sorted((data_dir / AREA_DIR).glob("*.yml"))
    for file in area_files:
        source, area = read(file, model.Painopiste)
        if source and area:
            if area.id != file.stem:
                errors.append(source.error(("id",), f"tunnisteen pitää olla sama kuin tiedoston nimi: {file.stem}"))
            areas[area.id] = (source, area)

    if plan_src and plan:
        listed = plan.painopisteet
        for i, area_id in enumerate(listed):
            if area_id not in {f.stem for f in area_files}:
                errors.append(plan_src.error(("painopisteet", i), f"painopistettä '{area_id}' ei ole: tiedosto {AREA_DIR}/{area_id}.yml puuttuu"))
            elif listed.index(area_id) != i:
                errors.append(plan_src.error(("painopisteet", i), f"painopiste '{area_id}' on luettelossa kahdesti"))
        for area_id, (source, _) in areas.items():
            if area_id not in listed:
                errors.append(source.error(("id",), "painopistettä ei ole suunnitelman luettelossa: lisää se suunnitelma.yml:n kohtaan painopisteet"))

    _unique_ids(areas.values(), strategy_src, strategy, errors)

    if errors:
        raise DataErrors(errors)
    ordered = [areas[area_id][1] for area_id in plan.painopisteet]
    return model.Plan(suunnitelma=plan, painopisteet=ordered, strategia=strategy, sivusto=site)


def _unique_ids(areas, strategy_src, strategy, errors: list[DataError]) -> None:
    seen: dict[str, str] = {}
    for source, area in areas:
        for i, goal in enumerate(area.tavoitteet):
            if goal.id in seen:
                errors.append(source.error(("tavoitteet", i, "id"), f"tunniste '{goal.id}' on jo käytössä ({seen[goal.id]}): valitse toinen"))
            seen.setdefault(goal.id, f"{AREA_DIR}/{area.id}.yml")
    if strategy:
        for li, line in enumerate(strategy.linjaukset):
            for gi, goal in enumerate(line.tavoitteet):
                if goal.id in seen:
                    errors.append(strategy_src.error(("linjaukset", li, "tavoitteet", gi, "id"), f"tunniste '{goal.id}' on jo käytössä ({seen[goal.id]}): valitse toinen"))
                seen.setdefault(goal.id, "strategia.yml")
