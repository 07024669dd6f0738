"""The focused node that walks read at every Tab from the part of the accessibility tree around the
focused element (ax_tree.focused_element_node) is the node the whole tree has as focused, with the
same ancestors: on links, a button, fields, the parts of a date field (focus inside the element)
and the document itself."""

from ax_tree import AXTree, focused_element_node
from browser import tab

PAGE = """data:text/html,<!doctype html><html lang="en"><title>t</title><body>
<nav aria-label="Pages"><a href="%23a">First</a> <a href="%23b">Second</a></nav>
<main><button>Press</button> <label>Name <input></label>
<fieldset><legend>When</legend><label>Day <input type="date"></label></fieldset>
<div role="radiogroup" aria-label="Status"><label><input type="radio" name="s"> Open</label></div>
<label>Kind <select><option>One</option></select></label></main>"""
STOPS = 11  # the document, two links, a button, a field, the date's three parts and its picker button, a radio, a select


def _seen(node):
    return None if node is None else (node.role, node.name, node.backend_id, [(a.role, a.name) for a in node.ancestors()])


def test_the_focused_node_is_the_whole_trees_at_every_stop(browser):
    browser.get(PAGE)
    roles = set()
    for _ in range(STOPS):
        whole = AXTree(browser).focused()
        assert _seen(focused_element_node(browser)) == _seen(whole)
        roles.add(whole.role)
        tab(browser)
    assert {"RootWebArea", "link", "button", "textbox", "spinbutton", "radio", "combobox"} <= roles, roles
