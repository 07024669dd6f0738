"""Chromium's accessibility tree through the DevTools protocol: what a screen reader is given.

Tests find controls here by role and name (not by CSS class), read their states (pressed,
expanded), see which node has focus, and reach the DOM element behind a node to press keys on
it. Read afresh after every change: a tree is a snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selenium.webdriver.remote.webelement import WebElement

LANDMARKS = {"banner", "main", "contentinfo", "navigation", "search", "complementary", "region", "form"}


@dataclass
class AXNode:
    id: str
    role: str
    name: str
    ignored: bool
    backend_id: int | None
    parent_id: str | None
    child_ids: list[str]
    properties: dict[str, object]
    tree: AXTree = field(repr=False, compare=False)

    def prop(self, key: str, default=None):
        return self.properties.get(key, default)

    @property
    def focused(self) -> bool:
        return self.prop("focused") is True

    @property
    def pressed(self) -> str | None:
        """"true" / "false" / "mixed" for a toggle button, None when it is no toggle."""
        value = self.prop("pressed")
        return None if value is None else str(value).lower()

    @property
    def expanded(self) -> bool | None:
        return self.prop("expanded")

    @property
    def parent(self) -> AXNode | None:
        return self.tree.by_id.get(self.parent_id) if self.parent_id else None

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def descendants(self):
        for child_id in self.child_ids:
            child = self.tree.by_id.get(child_id)
            if child is not None:
                yield child
                yield from child.descendants()

    def text(self) -> str:
        """The text inside the node, as read out (its static text, in order)."""
        return " ".join(n.name for n in self.descendants() if n.role == "StaticText" and not n.ignored and n.name)

    def controls(self) -> list[AXNode]:
        """The nodes named by aria-controls (those in the tree)."""
        ids = set(self.prop("controls") or [])
        return [n for n in self.tree.nodes if n.backend_id in ids]

    def inside(self, role: str) -> bool:
        return any(a.role == role and not a.ignored for a in self.ancestors())

    def find(self, role: str, name: str | None = None) -> list[AXNode]:
        return [n for n in self.descendants() if _matches(n, role, name)]

    def element(self) -> WebElement:
        return self.tree.element(self)

    def __str__(self) -> str:
        states = {k: v for k, v in self.properties.items() if k in ("pressed", "expanded", "focused", "checked")}
        return f'{self.role} "{self.name}"' + (f" {states}" if states else "")


def _value(holder: dict | None):
    holder = holder or {}
    if "relatedNodes" in holder:  # aria-controls, aria-labelledby…: the DOM nodes referred to
        return [r.get("backendDOMNodeId") for r in holder["relatedNodes"]]
    return holder.get("value")


def _matches(node: AXNode, role: str, name: str | None) -> bool:
    return not node.ignored and node.role == role and (name is None or node.name == name)


class AXTree:
    """A snapshot of the page's full accessibility tree (or of the part given as `raw` nodes)."""

    def __init__(self, browser, raw: list[dict] | None = None):
        self.browser = browser
        if raw is None:
            browser.execute_cdp_cmd("Accessibility.enable", {})
            browser.execute_cdp_cmd("DOM.enable", {})
            raw = browser.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
        self.nodes: list[AXNode] = []
        for n in raw:
            props = {p["name"]: _value(p.get("value")) for p in n.get("properties", [])}
            self.nodes.append(AXNode(
                id=n["nodeId"], role=str(_value(n.get("role")) or ""),
                name=" ".join(str(_value(n.get("name")) or "").split()),
                ignored=bool(n.get("ignored")), backend_id=n.get("backendDOMNodeId"),
                parent_id=n.get("parentId"), child_ids=n.get("childIds", []), properties=props, tree=self))
        self.by_id = {n.id: n for n in self.nodes}
        # Chromium lists the nodes level by level: put them in document (reading) order.
        roots = [n for n in self.nodes if not n.parent_id or n.parent_id not in self.by_id]
        ordered = []
        for root in roots:
            ordered += [root, *root.descendants()]
        self.nodes = ordered

    def find(self, role: str, name: str | None = None) -> list[AXNode]:
        """The nodes (not ignored) with this role, and this accessible name if given, in document order."""
        return [n for n in self.nodes if _matches(n, role, name)]

    def one(self, role: str, name: str | None = None) -> AXNode | None:
        """The only such node, or None when there is none; more than one is an error."""
        found = self.find(role, name)
        if len(found) > 1:
            raise AssertionError(f'{len(found)} nodes {role} "{name}", expected one: ' + ", ".join(map(str, found)))
        return found[0] if found else None

    def focused(self) -> AXNode | None:
        """The node with keyboard focus (the root web area when focus is on the document)."""
        found = [n for n in self.nodes if n.focused and not n.ignored]
        return found[-1] if found else None

    def landmarks(self) -> list[AXNode]:
        return [n for n in self.nodes if not n.ignored and n.role in LANDMARKS]

    def element(self, node: AXNode) -> WebElement:
        """The DOM element behind a node, as Selenium's element (to focus it, press keys, measure it)."""
        return self.elements([node])[0]

    def elements(self, nodes: list[AXNode]) -> list[WebElement]:
        """`element` of each node, in one round trip per node and two more (not three per node)."""
        for node in nodes:
            if node.backend_id is None:
                raise AssertionError(f"{node} has no DOM node")
        objects = [self.browser.execute_cdp_cmd("DOM.resolveNode", {"backendNodeId": n.backend_id})["object"]
                   for n in nodes]
        if not objects:
            return []
        # Runtime objects cannot cross into WebDriver: the elements are handed over through the page.
        self.browser.execute_cdp_cmd("Runtime.callFunctionOn", {
            "objectId": objects[0]["objectId"], "functionDeclaration": "function (...els) { window.__axElements = els; }",
            "arguments": [{"objectId": o["objectId"]} for o in objects]})
        return self.browser.execute_script("const els = window.__axElements; delete window.__axElements; return els;")

    def describe(self, limit: int = 40) -> str:
        """The landmarks and controls (and the header's links), for a failure message."""
        roles = LANDMARKS | {"button", "searchbox", "textbox", "status", "radio", "checkbox", "switch", "combobox"}
        shown = [f"  {n}" + (" (focused)" if n.focused else "") for n in self.nodes if not n.ignored and (
            n.role in roles or (n.role == "link" and n.inside("banner")))]
        return "\n".join(shown[:limit] + ([f"  … {len(shown) - limit} more"] if len(shown) > limit else []))


# The focused element, also inside a shadow root.
_ACTIVE_JS = """(() => { let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el; })()"""


def focused_element_node(browser) -> AXNode | None:
    """The focused node as the accessibility tree has it (read afresh), in the part of the tree
    around the focused element: it, its ancestors, its siblings and its children. For walks that
    ask at every Tab: the whole tree of the browser editor's form took a tenth of a second or more."""
    browser.execute_cdp_cmd("Accessibility.enable", {})
    browser.execute_cdp_cmd("DOM.enable", {})
    active = browser.execute_cdp_cmd("Runtime.evaluate", {"expression": _ACTIVE_JS})["result"]
    if "objectId" not in active:  # no document
        return AXTree(browser).focused()
    raw = browser.execute_cdp_cmd("Accessibility.getPartialAXTree",
                                  {"objectId": active["objectId"], "fetchRelatives": True})["nodes"]
    node = AXTree(browser, raw).focused()
    if node is not None and node.backend_id == browser.execute_cdp_cmd(
            "DOM.describeNode", {"objectId": active["objectId"]})["node"]["backendNodeId"]:
        return node
    return AXTree(browser).focused()  # focus is deeper (a date field's parts) or on the document
