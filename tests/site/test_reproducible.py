"""Two builds of the same commit with the same SOURCE_DATE_EPOCH are byte for byte the same site:
pages, sitemaps, search indexes, feeds and open data (reproducible builds)."""

import filecmp

from sitebuild import ROOT, build_site, progress_site


def _files(site_dir):
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())


def test_two_builds_are_identical(tmp_path):
    # With the test progress, so that feeds and open data hold entries, not only their empty form.
    first = progress_site()
    data = first.dir.parent / "data"
    second = build_site(ROOT, tmp_path / "again", PLAN_DATA_DIR=str(data),
                        A11Y_REPORT_FILE=str(ROOT / "tests" / "fixtures" / "a11y-report.json"))
    assert second.returncode == 0, second.log
    names = _files(first.dir)
    assert names == _files(second.dir)
    assert {"feed.xml", "sv/feed.xml", "data/plan.json", "data/goals.csv", "sitemap.xml", "sitemap.xml.gz",
            "search/search_index.json", "sv/search/search_index.json"} <= set(names)
    _, mismatch, errors = filecmp.cmpfiles(first.dir, second.dir, names, shallow=False)
    assert not mismatch and not errors, f"differ between two builds: {mismatch + errors}"
