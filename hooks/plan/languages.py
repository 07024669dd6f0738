"""Both languages, always: every page must exist in Finnish and in Swedish."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath


def missing_counterparts(src_uris: Iterable[str], languages: Iterable[str]) -> list[str]:
    """Pages (as `lang/path.md`) whose counterpart in another language does not exist.

    `src_uris` are documentation pages relative to docs/, e.g. "fi/seuranta.md".
    """
    languages = list(languages)
    by_lang: dict[str, set[str]] = {lang: set() for lang in languages}
    for uri in src_uris:
        parts = PurePosixPath(uri).parts
        if len(parts) > 1 and parts[0] in by_lang:
            by_lang[parts[0]].add(PurePosixPath(*parts[1:]).as_posix())
    every = set().union(*by_lang.values())
    return sorted(f"{lang}/{path}" for lang in languages for path in every - by_lang[lang])


def home_alternates(alternates: list[dict], labels: dict) -> list[dict]:
    """Material's language alternates with each link set to that language's home page."""
    return [{**alt, "link": "/" + labels[alt["lang"]]["home_path"]} for alt in alternates]
