"""sitemap.py: no sitemap from a build that does not know the site's public address."""

import pytest

from plan.postbuild import sitemap


@pytest.fixture
def site(tmp_path):
    for name in sitemap.FILES:
        (tmp_path / name).write_text("<loc>None./</loc>", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("address", [None, ""])
def test_without_the_address_the_sitemap_is_removed(site, address):
    assert sitemap.remove_without_address(site, address) == list(sitemap.FILES)
    assert not any((site / name).exists() for name in sitemap.FILES)
    assert sitemap.remove_without_address(site, address) == []  # already gone: nothing to do


def test_with_the_address_the_sitemap_stays(site):
    assert sitemap.remove_without_address(site, "https://example.org/") == []
    assert all((site / name).exists() for name in sitemap.FILES)
