"""Two builds of the same commit with the same SOURCE_DATE_EPOCH are byte for byte the same site:
pages, sitemaps, search indexes, feeds and open data (reproducible builds)."""

import filecmp

from sitebuild import build_published


def _files(site_dir):
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())


def test_two_builds_are_identical(published_site, tmp_path):
    # With the test progress, so that feeds and open data hold entries, not only their empty form,
    # and with the public address, so that the sitemap is written.
    first = published_site
    second = build_published(tmp_path / "again")
    names = _files(first.dir)
    assert names == _files(second.dir)
    assert {"feed.xml", "sv/feed.xml", "data/plan.json", "data/goals.csv", "sitemap.xml", "sitemap.xml.gz",
            "pagefind/pagefind.js", "pagefind/pagefind-entry.json"} <= set(names)
    assert {n.split("_")[0] for n in names if n.endswith(".pf_meta")} == {"pagefind/pagefind.fi", "pagefind/pagefind.sv"}
    _, mismatch, errors = filecmp.cmpfiles(first.dir, second.dir, names, shallow=False)
    assert not mismatch and not errors, f"differ between two builds: {mismatch + errors}"
