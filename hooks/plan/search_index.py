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


# Material's search worker appends `*` to every query term for search-as-you-type, and lunr
# skips the stemmer for wildcard terms, so "turvallisuutta" never meets the stemmed index.
# The worker already parses the query into clauses (`le`); we stem each clause's term with the
# index's own search pipeline first and only then add the wildcard back.
WORKER_SEARCH = "this.index.search(e)"
WORKER_STEMMED_SEARCH = (
    "this.index.query(q=>{for(let c of le(e))for(let t of this.index.pipeline.runString(c.term))"
    "q.term(t,Object.assign({},c,{usePipeline:!1}))})"
)


class WorkerPatchError(RuntimeError):
    pass


def stem_queries(worker_js: str) -> str:
    """Material's search worker with query terms stemmed; fails loudly if Material changed."""
    if WORKER_STEMMED_SEARCH in worker_js:
        return worker_js
    if worker_js.count(WORKER_SEARCH) != 1 or "function le(" not in worker_js:
        raise WorkerPatchError(
            "Materialin hakutyökalun rakenne on muuttunut: hakusanojen taivutusmuotojen haku "
            "(hooks/plan/search_index.py, stem_queries) on päivitettävä uudelle versiolle"
        )
    return worker_js.replace(WORKER_SEARCH, WORKER_STEMMED_SEARCH)
