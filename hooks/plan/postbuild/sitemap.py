"""The sitemap lists every page by its absolute address, which only a build that knows the site's
public address (`site_url`, set from the SITE_URL environment variable) can write. Without it
MkDocs writes "None" where each address belongs: no sitemap is better than a wrong one.
Plain Python: no MkDocs."""

from __future__ import annotations

from pathlib import Path

FILES = ("sitemap.xml", "sitemap.xml.gz")


def remove_without_address(site: Path, site_url: str | None) -> list[str]:
    """Remove the sitemap from a site built without its public address; the names removed."""
    if site_url:
        return []
    removed = [name for name in FILES if (site / name).exists()]
    for name in removed:
        (site / name).unlink()
    return removed
