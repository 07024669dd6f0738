"""The names of the WCAG success criteria in Finnish and Swedish, with their sources, and the
criteria Finnish law leaves out (wcag_names.yml beside this module).

The test report names each criterion in the page's language; the English original and the source
of each name stay in the data (and in the report's JSON), not in the reader's way. The law on
providing digital services (306/2019) requires the WCAG 2.1 A and AA criteria except those listed
in `laki.poikkeukset`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

FILE = Path(__file__).with_name("wcag_names.yml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    nimi: str  # what the source is and how far it is trusted, for whoever checks the data
    osoite: str
    otsikko: dict[str, str] = {}  # its title on the report page, in each language whose names it gives


class Name(_Strict):
    """A criterion's names; a language without a name seen in a citable source has none (None)."""

    en: str
    en_lahde: str | None = None
    fi: str | None = None
    fi_lahde: str | None = None
    sv: str | None = None
    sv_lahde: str | None = None

    def of(self, lang: str) -> str | None:
        return getattr(self, lang)

    def source_of(self, lang: str) -> str | None:
        return getattr(self, f"{lang}_lahde")


class Law(_Strict):
    poikkeukset: list[str]
    lahde: str
    lahde_sv: str | None = None  # the same fact in Swedish, when the source has a Swedish page


class Names(_Strict):
    lahteet: dict[str, Source]
    kriteerit: dict[str, Name]
    laki: Law

    @model_validator(mode="after")
    def _sources_known(self) -> Names:
        used = {self.laki.lahde, self.laki.lahde_sv} | {n.source_of(lang) for n in self.kriteerit.values()
                                                         for lang in ("en", "fi", "sv")}
        if unknown := sorted(used - set(self.lahteet) - {None}):
            raise ValueError(f"sources not in lahteet: {unknown}")
        untitled = sorted({(n.source_of(lang), lang) for n in self.kriteerit.values() for lang in ("fi", "sv")
                           if n.of(lang) and lang not in self.lahteet[n.source_of(lang)].otsikko})
        if untitled:
            raise ValueError(f"sources without a title (otsikko) in the language of their names: {untitled}")
        return self

    def name(self, criterion: str, lang: str) -> str | None:
        found = self.kriteerit.get(criterion)
        return found.of(lang) if found else None

    def sources(self, lang: str) -> list[tuple[Source, list[str]]]:
        """The sources of the names in one language, in the order the file lists them, each with the
        criteria whose names it gives (so the reader sees where each name comes from)."""
        named = [(i, n.source_of(lang)) for i, n in self.kriteerit.items() if n.of(lang)]
        return [(source, ids) for key, source in self.lahteet.items()
                if (ids := sorted((i for i, k in named if k == key), key=_order))]

    def law_source(self, lang: str) -> Source:
        return self.lahteet[(self.laki.lahde_sv if lang == "sv" else None) or self.laki.lahde]

    def required_by_law(self, criterion: str) -> bool:
        return criterion not in self.laki.poikkeukset


def _order(criterion: str) -> list[int]:
    return [int(part) for part in criterion.split(".")]


def load(file: Path | None = None) -> Names:
    """The names file (by default wcag_names.yml; tests point FILE at a fixture)."""
    return _load(file or FILE)


@cache
def _load(file: Path) -> Names:
    data = yaml.load(file.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Names.model_validate(data)
