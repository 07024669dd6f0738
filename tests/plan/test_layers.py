"""The modules of hooks/plan import one way only, and the folders show the way (issue 25): each
folder is a layer; a module imports its own layer and lower ones, never a higher one, and no
imports form a cycle. README's "Layers" section says the same.

Imports under `if TYPE_CHECKING:` are type hints only and are not counted. Two tests plant an
upward import and a cycle, so the checker is known to catch them."""

import ast
from pathlib import Path

PLAN = Path(__file__).resolve().parents[2] / "hooks" / "plan"

# Lowest first: a module imports modules of its own layer or of layers before it.
ORDER = ("base", "markup", "domain", "site", "data", "outputs", "build", "editor")
_TOP = {"build": "build"}  # modules at the top of the package outside the base layer
_FOLDER = {"postbuild": "build"}  # folders that belong to a layer of another name
# Libraries of page markup, which the layers below the outputs do not use.
_MARKUP_LIBRARIES = {"jinja2", "markupsafe"}


def modules() -> dict[str, Path]:
    """The package's modules by dotted name below `plan` ("data.load", "config")."""
    return {".".join(p.relative_to(PLAN).with_suffix("").parts): p
            for p in PLAN.rglob("*.py") if p.name != "__init__.py"}


def layer(module: str) -> str:
    folder, _, name = module.rpartition(".")
    return _FOLDER.get(folder, folder) if folder else _TOP.get(name, "base")


def _type_checking_only(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imports_of(source: str, known: set[str]) -> tuple[set[str], set[str]]:
    """(the package's modules, the outside top-level packages) that `source` imports at run time."""
    inside, outside = set(), set()

    def ours(dotted: str, names: list[str]) -> set[str]:
        if dotted in known:
            return {dotted}
        return {f"{dotted}.{n}".lstrip(".") for n in names if f"{dotted}.{n}".lstrip(".") in known}

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child):
                for orelse in child.orelse:
                    walk(orelse)
                continue
            if isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                parts = child.module.split(".")
                if parts[0] == "plan":
                    inside.update(ours(".".join(parts[1:]), [a.name for a in child.names]))
                else:
                    outside.add(parts[0])
            elif isinstance(child, ast.ImportFrom):
                raise AssertionError("relative import: write `from plan.<layer> import <module>`")
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    parts = alias.name.split(".")
                    (inside.update(ours(".".join(parts[1:]), [])) if parts[0] == "plan" else outside.add(parts[0]))
            walk(child)

    walk(ast.parse(source))
    return inside, outside


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(file.read_text(encoding="utf-8"), set(found))[0] for name, file in found.items()}


def problems(imports: dict[str, set[str]]) -> list[str]:
    found = [f"{m}: in a folder that is no layer (see ORDER)" for m in sorted(imports) if layer(m) not in ORDER]
    rank = {m: ORDER.index(layer(m)) for m in imports if layer(m) in ORDER}
    for m in sorted(imports):
        for dep in sorted(imports[m]):
            if m in rank and dep in rank and rank[dep] > rank[m]:
                found.append(f"{m} ({layer(m)}) imports {dep} ({layer(dep)}), a higher layer")
    for start in sorted(imports):  # a cycle: a module whose imports lead back to it
        seen, todo = set(), list(imports[start])
        while todo:
            m = todo.pop()
            if m == start:
                found.append(f"{start}: its imports lead back to it (a cycle)")
                break
            if m not in seen:
                seen.add(m)
                todo.extend(imports.get(m, ()))
    return found


def test_every_folder_is_a_layer():
    assert {layer(m) for m in modules()} == set(ORDER)
    assert {p.name for p in PLAN.iterdir() if p.is_dir() and (p / "__init__.py").exists()} == {
        "markup", "domain", "site", "data", "outputs", "postbuild", "editor"}


def test_imports_run_one_way_and_close_no_cycle():
    assert problems(graph()) == []


def test_below_the_outputs_nothing_makes_page_markup_and_nothing_knows_mkdocs():
    found = modules()
    below = ORDER[: ORDER.index("outputs")]
    for name, file in found.items():
        outside = imports_of(file.read_text(encoding="utf-8"), set(found))[1]
        assert "mkdocs" not in outside, name  # hooks/site.py is the only module that knows the engine
        if layer(name) in below:
            assert not outside & _MARKUP_LIBRARIES, name


def test_a_planted_upward_import_is_caught():
    imports = {**graph(), "domain.model": graph()["domain.model"] | {"outputs.render"}}
    assert "domain.model (domain) imports outputs.render (outputs), a higher layer" in problems(imports)


def test_a_planted_cycle_is_caught():
    imports = {**graph(), "data.published": graph()["data.published"] | {"data.load"}}  # load imports published
    assert "data.published: its imports lead back to it (a cycle)" in problems(imports)


def test_language_marks_have_one_home():
    """markup/text.py reads the `[[fi:…]]` marks; no other module has its own pattern for them."""
    files = [p for p in PLAN.rglob("*.py") if p != PLAN / "markup" / "text.py"]
    assert [p.name for p in files if r"\[\[(fi|sv)" in p.read_text(encoding="utf-8")] == []
