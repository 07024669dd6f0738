"""One search index per language, so that a reader searches only pages of their language.

MkDocs' search plugin writes one index of all pages at /search/; Material loads it from its
`base`. We split it: Finnish stays at /search/, Swedish goes to /sv/search/ with locations
relative to /sv/, and each index names only its own language, so that lunr stems it right.
"""

from __future__ import annotations

import copy


def split(index: dict, languages: list[str], default: str) -> dict[str, dict]:
    """{"fi": index of Finnish pages, "sv": index of Swedish pages with /sv/-relative locations}."""
    result: dict[str, dict] = {}
    others = [lang for lang in languages if lang != default]
    for lang in languages:
        part = copy.deepcopy({k: v for k, v in index.items() if k != "docs"})
        part.setdefault("config", {})["lang"] = [lang]
        part["docs"] = []
        result[lang] = part
    for doc in index.get("docs", []):
        location = doc["location"]
        lang = next((o for o in others if location == f"{o}/" or location.startswith(f"{o}/")), default)
        doc = dict(doc)
        if lang != default:
            doc["location"] = location[len(lang) + 1 :]
        result[lang]["docs"].append(doc)
    return result
