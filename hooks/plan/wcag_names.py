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
    nimi: str
    osoite: str


class Name(_Strict):
    en: str
    fi: str
    fi_lahde: str
    sv: str
    sv_lahde: str

    def of(self, lang: str) -> str:
        return getattr(self, lang)

    def source_of(self, lang: str) -> str:
        return getattr(self, f"{lang}_lahde")


class Law(_Strict):
    poikkeukset: list[str]
    lahde: str


class Names(_Strict):
    lahteet: dict[str, Source]
    kriteerit: dict[str, Name]
    laki: Law

    @model_validator(mode="after")
    def _sources_known(self) -> Names:
        used = {self.laki.lahde} | {n.fi_lahde for n in self.kriteerit.values()} | {n.sv_lahde for n in self.kriteerit.values()}
        if unknown := sorted(used - set(self.lahteet)):
            raise ValueError(f"sources not in lahteet: {unknown}")
        return self

    def name(self, criterion: str, lang: str) -> str:
        return self.kriteerit[criterion].of(lang)

    def sources(self, lang: str) -> list[Source]:
        """The sources of the names in one language, in the order the file lists them."""
        used = {n.source_of(lang) for n in self.kriteerit.values()}
        return [source for key, source in self.lahteet.items() if key in used]

    @property
    def law_source(self) -> Source:
        return self.lahteet[self.laki.lahde]

    def required_by_law(self, criterion: str) -> bool:
        return criterion not in self.laki.poikkeukset


def load(file: Path | None = None) -> Names:
    """The names file (by default wcag_names.yml; tests point FILE at a fixture)."""
    return _load(file or FILE)


@cache
def _load(file: Path) -> Names:
    data = yaml.load(file.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Names.model_validate(data)
