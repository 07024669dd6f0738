"""assets.py: Material's stylesheet cut to what the site uses, ours minified."""

from plan.postbuild import assets

CSS = (
    ".used{color:red}.unused{color:blue}"
    ".used .unused,.used>a{margin:0}"  # a list keeps the selectors that can match
    "a:not(.unused){color:green}"  # :not(.x) matches without .x
    ".used :is(.unused,p){padding:0}"
    "@media screen{.unused{top:0}}"  # emptied: dropped whole
    "@media print{.used{top:1px}.unused{top:2px}}"
    "@font-face{font-family:x;src:url(x.woff2)}"
    "@keyframes spin{from{opacity:0}to{opacity:1}}"
    "[data-md-toggle=search]:checked~.used{display:none}"
)


def test_only_rules_that_need_an_unused_class_are_removed():
    cut = assets.unused_rules_removed(CSS, {"used", "a"})
    assert cut == (
        ".used{color:red}"
        ".used>a{margin:0}"
        "a:not(.unused){color:green}"
        ".used :is(.unused,p){padding:0}"
        "@media print{.used{top:1px}}"
        "@font-face{font-family:x;src:url(x.woff2)}"
        "@keyframes spin{from{opacity:0}to{opacity:1}}"
        "[data-md-toggle=search]:checked~.used{display:none}"
    )


def test_words_are_what_html_and_scripts_can_name():
    found = assets.words(['<a class="md-nav__link md-nav__link--active">', 'x("div",{class:"md-search-result__meta"})'])
    assert {"md-nav__link", "md-nav__link--active", "md-search-result__meta"} <= found


def test_minified_keeps_the_rules_and_drops_comments():
    css = "/* why */\n.a  {\n  color: red;  /* 1.4.3 */\n}\n\n@media print {\n  .b { display: none; }\n}\n"
    assert assets.minified(css) == ".a{color:red}@media print{.b{display:none}}"


def test_lighten_stylesheets_links_every_page_to_the_cut_and_is_idempotent(tmp_path):
    folder = tmp_path / "assets" / "stylesheets"
    folder.mkdir(parents=True)
    (folder / "main.0123abcd.min.css").write_text(CSS + "/*# sourceMappingURL=main.0123abcd.min.css.map*/")
    (folder / "main.0123abcd.min.css.map").write_text("{}")
    (folder / "site.css").write_text(".used {\n  color: red; /* why */\n}\n")
    (tmp_path / "assets" / "javascripts").mkdir()
    (tmp_path / "assets" / "javascripts" / "bundle.js").write_text('x("a",{class:"used"})')
    page = tmp_path / "sv" / "index.html"
    page.parent.mkdir()
    link = '<link rel="stylesheet" href="../assets/stylesheets/main.0123abcd.min.css">'
    page.write_text(f"<html><head>{link}</head><body><a>x</a></body></html>")

    assets.lighten_stylesheets(tmp_path, ["assets/stylesheets/site.css"])
    (cut,) = folder.glob("main.*.min.css")
    assert cut.name != "main.0123abcd.min.css" and not (folder / "main.0123abcd.min.css.map").exists()
    assert f'href="../assets/stylesheets/{cut.name}"' in page.read_text()
    assert ".unused{" not in cut.read_text() and ".used{color:red}" in cut.read_text()
    assert (folder / "site.css").read_text() == ".used{color:red}"

    # A page written again with Material's name (post-build writes the 404 pages in each run)
    (tmp_path / "404.html").write_text(f"<html><head>{link.replace('../', '')}</head></html>")
    assets.lighten_stylesheets(tmp_path, ["assets/stylesheets/site.css"])
    assert f'href="assets/stylesheets/{cut.name}"' in (tmp_path / "404.html").read_text()

    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assets.lighten_stylesheets(tmp_path, ["assets/stylesheets/site.css"])
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before




def test_a_stylesheet_is_parsed_once_and_a_changed_one_again(monkeypatch):
    # Material's stylesheet is the same on every preview refresh; only the words used change.
    parsed = []
    parse = assets.tinycss2.parse_stylesheet
    monkeypatch.setattr(assets.tinycss2, "parse_stylesheet", lambda css, **kw: parsed.append(css) or parse(css, **kw))
    css = CSS + "/* parsed once */"
    kept = assets.unused_rules_removed(css, {"used"})
    assert assets.unused_rules_removed(css, {"used"}) == kept and "color:blue" not in kept
    assert ".unused{color:blue}" in assets.unused_rules_removed(css, {"used", "unused"})
    assert parsed == [css]
    changed = css.replace(".used{color:red}", ".used{color:black}")
    assert assets.unused_rules_removed(changed, {"used"}) == kept.replace("color:red", "color:black")
    assert parsed == [css, changed]
