"""The data definition: what may stand in data/*.yml.

This module is the single source of truth for the data. The keys keep the plan's own
Finnish vocabulary, because that is what the editors write:

- painopiste   priority area of the wellbeing plan (fokusområde)
- tavoite      goal (mål)
- toimenpide   action taken towards a goal (åtgärd)
- vastuutaho   body responsible for a goal (ansvarig)
- mittari      indicator or follow-up method of a goal (indikator / uppföljning)
- määräaika    deadline (tidsfrist): a year, a month, a date or a named period
- linjaus      strategic line of the strategy (strategisk riktlinje)
- sitoumus     commitment statement of a strategic line
- valtuustokauden tavoite   council-term goal (mål för fullmäktigeperioden)

Plain-text fields (`Teksti`) are shown literally; only fields typed `MarkdownTeksti`
are rendered as Markdown, and even there raw HTML is never passed through.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

LANGUAGES = ("fi", "sv")
Language = Literal["fi", "sv"]

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=60)]
# A text must have something in it: whitespace alone is a mistake, not a text.
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, StringConstraints(pattern=r"^https://[^\s<>\"']+$")]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[a-z]{2,}$")]


class Strict(BaseModel):
    """Unknown keys are errors: a typo such as `vastuutaho` must not pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


RAW_HTML = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
SCRIPT_LINK = re.compile(r"(?i)(\]\(|\]:)\s*(javascript|vbscript|data)\s*:")


class Teksti(Strict):
    """A plain-text string in Finnish and Swedish, shown literally (never as markup)."""

    fi: NonEmpty
    sv: NonEmpty

    @field_validator("fi", "sv")
    @classmethod
    def _no_markup(cls, value: str) -> str:
        if RAW_HTML.search(value):
            raise ValueError("HTML-merkintä ei ole sallittu tekstissä: poista < >-merkinnät")
        return value

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)


class MarkdownTeksti(Teksti):
    """Markdown in Finnish and Swedish: paragraphs, lists and links; never raw HTML."""

    @field_validator("fi", "sv")
    @classmethod
    def _no_script_links(cls, value: str) -> str:
        if SCRIPT_LINK.search(value):
            raise ValueError("javascript:-, vbscript:- ja data:-linkit eivät ole sallittuja: poista linkki")
        return value


Vuosi = Annotated[int, Field(ge=2000, le=2100, strict=True)]
Kuukausi = Annotated[str, StringConstraints(pattern=r"^(20\d\d)-(0[1-9]|1[0-2])$")]
Paiva = Annotated[dt.date, Field(strict=True)]


class Kausi(Strict):
    """A period of whole years, e.g. 2024–2026."""

    alku: Vuosi
    loppu: Vuosi

    @model_validator(mode="after")
    def _order(self) -> Kausi:
        if self.loppu < self.alku:
            raise ValueError("kauden loppuvuosi on ennen alkuvuotta")
        return self


class Maaraaika:
    """A deadline normalised from its four written forms (see `maaraaika_of`)."""

    def __init__(self, kind: str, last_day: dt.date | None, text: Teksti | None = None):
        self.kind = kind  # "vuosi" | "kuukausi" | "paiva" | "jakso"
        self.last_day = last_day  # the last day on which the deadline is still met
        self.text = text  # only for a named period

    def __repr__(self) -> str:
        return f"Maaraaika({self.kind}, {self.last_day}, {self.text})"


def maaraaika_of(value: int | str | dt.date | Teksti) -> Maaraaika:
    if isinstance(value, Teksti):
        return Maaraaika("jakso", None, value)
    if isinstance(value, dt.date):
        return Maaraaika("paiva", value)
    if isinstance(value, int):
        return Maaraaika("vuosi", dt.date(value, 12, 31))
    year, month = (int(x) for x in value.split("-"))
    return Maaraaika("kuukausi", dt.date(year, month, calendar.monthrange(year, month)[1]))


MaaraaikaArvo = Union[Vuosi, Kuukausi, Paiva, Teksti]


class Tavoite(Strict):
    """A goal of the wellbeing plan with its actions, responsible bodies and indicators."""

    id: Slug
    tavoite: Teksti
    toimenpiteet: list[Teksti] = Field(min_length=1)
    vastuutahot: list[Teksti] = Field(min_length=1)
    mittarit: list[Teksti] = Field(min_length=1)
    maaraaika: MaaraaikaArvo | None

    @property
    def deadline(self) -> Maaraaika | None:
        return None if self.maaraaika is None else maaraaika_of(self.maaraaika)


class Painopiste(Strict):
    """A priority area of the plan; one file in data/painopisteet/."""

    ruotsinnos_tarkistettu: bool
    id: Slug
    luku: Annotated[int, Field(ge=1, le=99)] | None
    otsikko: Teksti
    nimi_luettelossa: Teksti | None = None
    tiivistelma: Teksti | None
    kuvaus: MarkdownTeksti | None
    tavoitteet_julkaistu: bool
    alaviitteet: list[Teksti] = []
    tavoitteet: list[Tavoite]

    @model_validator(mode="after")
    def _published(self) -> Painopiste:
        if self.tavoitteet_julkaistu:
            missing = [k for k in ("luku", "tiivistelma", "kuvaus") if getattr(self, k) is None]
            if missing or not self.tavoitteet:
                raise ValueError(
                    "painopisteellä, jonka tavoitteet on julkaistu (tavoitteet_julkaistu: true), "
                    "on oltava luku, tiivistelma, kuvaus ja vähintään yksi tavoite"
                )
        elif self.tavoitteet:
            raise ValueError(
                "tavoitteet_julkaistu on false, mutta tavoitteita on annettu: "
                "muuta arvoksi true tai poista tavoitteet"
            )
        return self


class Hyvaksynta(Strict):
    elin: Teksti
    paivamaara: Paiva


class Lahde(Strict):
    nimi: Teksti
    osoite: Url | None = None


class Suunnitelma(Strict):
    """The regional wellbeing plan itself: data/suunnitelma.yml."""

    ruotsinnos_tarkistettu: bool
    nimi: Teksti
    kausi: Kausi
    hyvaksynta: Hyvaksynta | None
    johdanto: MarkdownTeksti  # the introduction up to the list of priority areas
    johdanto_jatko: MarkdownTeksti | None = None  # the introduction after that list
    painopisteet: list[Slug] = Field(min_length=1)
    lahteet: list[Lahde] = []


class Arvo(Strict):
    id: Slug
    nimi: Teksti
    kuvaus: Teksti


class Arvot(Strict):
    tiivistelma: Teksti
    arvot: list[Arvo] = Field(min_length=1)


class Jakso(Strict):
    """A titled passage of the strategy (its story, its closing words)."""

    otsikko: Teksti
    tiivistelma: Teksti
    kuvaus: MarkdownTeksti


class Perustehtava(Strict):
    tiivistelma: Teksti
    kuvaus: MarkdownTeksti


class ValtuustokaudenTavoite(Strict):
    id: Slug
    numero: Annotated[int, Field(ge=1, le=99)]
    teksti: Teksti


class Linjaus(Strict):
    """A strategic line with its commitments and its council-term goals."""

    id: Slug
    otsikko: Teksti
    sitoumukset: list[Teksti] = Field(min_length=1)
    tavoitteet: list[ValtuustokaudenTavoite] = Field(min_length=1)
    kuvaus: MarkdownTeksti

    @model_validator(mode="after")
    def _numbered(self) -> Linjaus:
        numbers = [t.numero for t in self.tavoitteet]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"tavoitteiden numerot ovat {numbers}: numeroi ne järjestyksessä 1, 2, 3 …")
        return self


class Strategia(Strict):
    """The county strategy: data/strategia.yml."""

    ruotsinnos_tarkistettu: bool
    nimi: Teksti
    kausi: Kausi
    tunnuslause: Teksti
    perustehtava: Perustehtava
    arvot: Arvot
    tarina: Jakso
    linjaukset: list[Linjaus] = Field(min_length=1)
    jatko: Jakso


class Yhteystiedot(Strict):
    nimi: Teksti
    verkkosivu: Url | None = None
    sahkoposti: Email | None = None
    puhelin: Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{6,20}$")] | None = None
    lisatieto: Teksti | None = None


class Puute(Strict):
    """Content that is not accessible, with the reason and the WCAG criteria concerned."""

    kuvaus: Teksti
    syy: Teksti
    kriteerit: list[Annotated[str, StringConstraints(pattern=r"^\d\.\d{1,2}\.\d{1,2}$")]] = []


class KasinTarkistettava(Strict):
    """Something automated tests cannot establish, and how a person checks it."""

    asia: Teksti
    tapa: Teksti


class Saavutettavuus(Strict):
    """What the accessibility statement (laki 306/2019) says; edited without code."""

    tila: Literal["taysin", "osittain", "ei"]
    laadittu: Paiva
    paivitetty: Paiva | None = None
    arviointitapa: MarkdownTeksti
    puutteet: list[Puute] = []
    kasin_tarkistettavat: list[KasinTarkistettava] = []
    palaute: Yhteystiedot
    valvontaviranomainen: Yhteystiedot


class Sivusto(Strict):
    """The site and the organisation: data/sivusto.yml."""

    ruotsinnos_tarkistettu: bool
    organisaatio: Yhteystiedot
    saavutettavuus: Saavutettavuus


class Plan(BaseModel):
    """Everything in data/, checked and cross-referenced."""

    model_config = ConfigDict(frozen=True)

    suunnitelma: Suunnitelma
    painopisteet: list[Painopiste]  # in the plan's own order
    strategia: Strategia
    sivusto: Sivusto

    @property
    def goals(self) -> list[Tavoite]:
        return [g for area in self.painopisteet for g in area.tavoitteet]

    @property
    def council_goals(self) -> list[ValtuustokaudenTavoite]:
        return [g for line in self.strategia.linjaukset for g in line.tavoitteet]


def all_texts(value: object) -> list[Teksti]:
    """Every bilingual text inside a model, depth first (for checks and tests)."""
    found: list[Teksti] = []
    if isinstance(value, Teksti):
        found.append(value)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            found.extend(all_texts(getattr(value, name)))
    elif isinstance(value, (list, tuple)):
        for item in value:
            found.extend(all_texts(item))
    return found


LANG_MARK = re.compile(r"\[\[(fi|sv):([^\[\]]+)\]\]")
"""`[[fi:Lähellä.fi]]` marks a Finnish name inside Swedish text (and `[[sv:…]]` the reverse)."""
