"""The modules of hooks/plan import one way only: each layer imports its own and lower layers,
never a higher one, and no imports form a cycle (issue 25). README's "Layers" section says the same.

Imports under `if TYPE_CHECKING:` are type hints only and are not counted. The two tests at the
end plant an upward import and a cycle, so the checker is known to catch them."""

import ast
from pathlib import Path

PLAN = Path(__file__).resolve().parents[2] / "hooks" / "plan"

# Lowest first. A module imports modules of its own layer or of layers before it.
LAYERS: dict[str, set[str]] = {
    # settings read once, interface words, languages
    "base": {"config", "labels", "languages"},
    # data text → safe HTML; below the domain because the model refuses text the sanitiser would change
    "markup": {"data_markdown", "text"},
    # the plan and what follows from it as of a date: no Jinja, no site addresses
    "domain": {"model", "progress", "documents", "statement", "a11y_report", "wcag_coverage", "wcag_names"},
    # the page register and the only module that computes addresses
    "site": {"pages", "urls"},
    # reading data/ and checking it across files
    "data": {"load", "published", "data_links"},
    # pages, components, open data, feeds, EARL
    "outputs": {"render", "charts", "footnotes", "feeds", "open_data", "earl"},
    # the engine-neutral build and the fixes of built files
    "build": {"build", "html_fixes", "page_words", "assets", "search", "sitemap"},
    # the editors' tools: the check, the browser editor's configuration, the preview
    "editor": {"check", "schema", "cms_config", "places", "admin_site", "preview"},
}
# Libraries of the page markup, which the layers below the outputs do not use.
_MARKUP_LIBRARIES = {"jinja2", "markupsafe"}


def _type_checking_only(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imports_of(source: str, modules: set[str]) -> tuple[set[str], set[str]]:
    """(the package's modules, the outside top-level packages) that `source` imports at run time."""
    inside, outside = set(), set()

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child):
                for orelse in child.orelse:
                    walk(orelse)
                continue
            if isinstance(child, ast.ImportFrom):
                if child.level == 1:
                    inside.update([child.module.split(".")[0]] if child.module else [a.name for a in child.names])
                elif child.level == 0 and child.module:
                    parts = child.module.split(".")
                    if parts[0] == "plan":
                        inside.update(parts[1:2] or [a.name for a in child.names])
                    else:
                        outside.add(parts[0])
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    parts = alias.name.split(".")
                    (inside.add(parts[1]) if parts[0] == "plan" and len(parts) > 1 else outside.add(parts[0]))
            walk(child)

    walk(ast.parse(source))
    return inside & modules, outside


def graph() -> dict[str, set[str]]:
    files = {p.stem: p for p in PLAN.glob("*.py") if p.stem != "__init__"}
    return {name: imports_of(file.read_text(encoding="utf-8"), set(files))[0] for name, file in files.items()}


def problems(imports: dict[str, set[str]], layers: dict[str, set[str]]) -> list[str]:
    rank = {m: i for i, members in enumerate(layers.values()) for m in members}
    names = list(layers)
    found = [f"{m}: in no layer (add it to LAYERS)" for m in sorted(imports) if m not in rank]
    for m in sorted(imports):
        for dep in sorted(imports[m]):
            if m in rank and dep in rank and rank[dep] > rank[m]:
                found.append(f"{m} ({names[rank[m]]}) imports {dep} ({names[rank[dep]]}), a higher layer")
    # A cycle: a module that reaches itself.
    for start in sorted(imports):
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


def test_every_module_is_in_one_layer():
    members = [m for layer in LAYERS.values() for m in layer]
    assert len(members) == len(set(members))
    assert set(members) == set(graph())


def test_imports_run_one_way_and_close_no_cycle():
    assert problems(graph(), LAYERS) == []


def test_below_the_outputs_nothing_makes_page_markup_and_nothing_knows_mkdocs():
    files = {p.stem: p.read_text(encoding="utf-8") for p in PLAN.glob("*.py")}
    below = {m for layer in ("base", "markup", "domain", "site", "data") for m in LAYERS[layer]}
    for name, source in files.items():
        outside = imports_of(source, set(files))[1]
        assert "mkdocs" not in outside, name  # hooks/site.py is the only module that knows the engine
        if name in below:
            assert not outside & _MARKUP_LIBRARIES, name


def test_a_planted_upward_import_is_caught():
    imports = {**graph(), "model": graph()["model"] | {"render"}}
    assert "model (domain) imports render (outputs), a higher layer" in problems(imports, LAYERS)


def test_a_planted_cycle_is_caught():
    found = problems({**graph(), "published": graph()["published"] | {"load"}}, LAYERS)  # load imports published
    assert "published: its imports lead back to it (a cycle)" in found


def test_language_marks_have_one_home():
    """text.py reads the `[[fi:…]]` marks; no other module has its own pattern for them."""
    files = [p for p in PLAN.glob("*.py") if p.name != "text.py"]
    assert [p.name for p in files if r"\[\[(fi|sv)" in p.read_text(encoding="utf-8")] == []
