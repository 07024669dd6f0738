"""Two builds of the same commit with the same SOURCE_DATE_EPOCH are byte for byte the same site:
pages, sitemaps, search indexes, feeds and open data (reproducible builds; issue 25 compares the
sites this way before and after each change: `diff -r`)."""

from sitebuild import build_published, build_real, differences, site_files


def test_two_builds_of_the_published_site_are_identical(published_site, tmp_path):
    # With the test progress, so that feeds and open data hold entries, not only their empty form,
    # and with the public address, so that the sitemap is written.
    first = published_site
    second = build_published(tmp_path / "again")
    names = site_files(first.dir)
    assert {"feed.xml", "sv/feed.xml", "data/plan.json", "data/goals.csv", "sitemap.xml", "sitemap.xml.gz",
            "pagefind/pagefind.js", "pagefind/pagefind-entry.json"} <= set(names)
    assert {n.split("_")[0] for n in names if n.endswith(".pf_meta")} == {"pagefind/pagefind.fi", "pagefind/pagefind.sv"}
    differing = differences(first.dir, second.dir)
    assert not differing, "differ between two builds"


def test_two_builds_of_the_real_site_are_identical(site, tmp_path):
    # The real data as published (no test progress, no address): the session's build and one more.
    differing = differences(site.dir, build_real(tmp_path / "again").dir)
    assert not differing, "differ between two builds"
