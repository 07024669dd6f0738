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
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import (
    BaseModel, ConfigDict, Discriminator, Field, StrictBool, StringConstraints, Tag, ValidationInfo, WithJsonSchema, field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from . import data_markdown

LANGUAGES = ("fi", "sv")
Language = Literal["fi", "sv"]

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=60)]
# A text must have something in it: whitespace alone is a mistake, not a text.
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), Field(json_schema_extra={"pattern": r"\S"})]
Url = Annotated[str, StringConstraints(pattern=r"^https://[^\s<>\"']+$")]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[a-z]{2,}$")]


class Strict(BaseModel):
    """Unknown keys are errors: a typo such as `vastuutaho` must not pass silently.

    Docstrings of the data classes and the attribute docstrings below each field are in Finnish:
    they become the JSON Schema descriptions editors read in their editor (schemas/, made by
    schema.py, which reads the attribute docstrings itself: pydantic's `use_attribute_docstrings`
    parses this file once per class and would cost the editors' check a tenth of a second).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# Validation context key: the preview (`mkdocs serve`) shows Finnish where Swedish is missing.
ALLOW_UNTRANSLATED = "allow_untranslated"


RAW_HTML = re.compile(r"<\s*/?\s*[a-zA-Z!?]")


_NO_HTML_SCHEMA = {"not": {"pattern": RAW_HTML.pattern}}
_TEXT_SCHEMA = {"type": "string", "minLength": 1, "pattern": r"\S", **_NO_HTML_SCHEMA}


class Teksti(Strict):
    """Teksti suomeksi (fi) ja ruotsiksi (sv). Näytetään sellaisenaan, ei muotoiluna."""

    model_config = ConfigDict(json_schema_extra={"required": ["fi", "sv"]})

    fi: Annotated[NonEmpty, Field(json_schema_extra=_NO_HTML_SCHEMA)]
    """Suomenkielinen teksti."""
    # Absent only in the preview; the schema editors see asks for it like `fi`.
    sv: Annotated[NonEmpty | None, WithJsonSchema(_TEXT_SCHEMA)] = Field(default=None, validate_default=True)
    """Ruotsinkielinen teksti."""

    @field_validator("fi", "sv")
    @classmethod
    def _no_markup(cls, value: str | None) -> str | None:
        if value is not None and RAW_HTML.search(value):
            raise ValueError("HTML-merkintä ei ole sallittu tekstissä: poista < >-merkinnät")
        return value

    @field_validator("sv")
    @classmethod
    def _translated(cls, value: str | None, info: ValidationInfo) -> str | None:
        # Only the preview may lack Swedish; a published page never does.
        if value is None and not (info.context or {}).get(ALLOW_UNTRANSLATED):
            raise PydanticCustomError(
                "translation_missing", "ruotsinkielinen käännös puuttuu: kirjoita se kenttään sv"
            )
        return value

    def translated(self, lang: str) -> bool:
        return getattr(self, lang) is not None

    def __getitem__(self, lang: str) -> str:
        """The text in `lang`, or the Finnish original where the preview lacks a translation."""
        return getattr(self, lang) or self.fi


class MarkdownTeksti(Teksti):
    """Markdown-teksti suomeksi ja ruotsiksi: kappaleet, luettelot, korostus ja linkit (https:, mailto: tai sivuston sivu, esim. strategia.md). HTML-merkintöjä, kuvia, otsikoita ja {: }-merkintöjä ei sallita."""

    @field_validator("fi", "sv")
    @classmethod
    def _shown_as_written(cls, value: str | None) -> str | None:
        # Whatever the sanitiser would drop is refused here, so that no text silently disappears.
        problems = data_markdown.problems(value) if value is not None else []
        if problems:
            raise ValueError("; ".join(problems))
        return value


Vuosi = Annotated[int, Field(ge=2000, le=2100, strict=True, description="Vuosi, esim. 2026.")]
MONTH_PATTERN = r"^(20\d\d)-(0[1-9]|1[0-2])$"
Kuukausi = Annotated[
    str, StringConstraints(pattern=MONTH_PATTERN), Field(description='Kuukausi lainausmerkeissä, esim. "2025-05".')
]
Paiva = Annotated[dt.date, Field(strict=True, description="Päivämäärä muodossa VVVV-KK-PP, esim. 2025-12-31.")]


class Kausi(Strict):
    """Kokonaisten vuosien kausi, esim. 2024–2026."""

    alku: Vuosi
    """Ensimmäinen vuosi."""
    loppu: Vuosi
    """Viimeinen vuosi."""

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


def _deadline_form(value: object) -> str | None:
    # Pick the one form a value can be, so that an editor gets that form's error, not four.
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return "vuosi"
    if isinstance(value, dt.date):
        return "paiva"
    if isinstance(value, str):
        return "kuukausi"
    if isinstance(value, dict):
        return "jakso"
    return None


MaaraaikaArvo = Annotated[
    Union[
        Annotated[Vuosi, Tag("vuosi")],
        Annotated[Kuukausi, Tag("kuukausi")],
        Annotated[Paiva, Tag("paiva")],
        Annotated[Teksti, Tag("jakso")],
    ],
    Discriminator(
        _deadline_form,
        custom_error_type="deadline_form",
        custom_error_message=(
            'määräaika on vuosi (2026), kuukausi ("2025-05"), päivämäärä (2025-12-31), '
            "nimetty jakso (fi: … ja sv: …) tai null"
        ),
    ),
]


# A report's status: the data may use Finnish or English words; pages use the reader's language.
TILAT: dict[str, str] = {
    "ei raportoitu": "ei-raportoitu", "not reported": "ei-raportoitu",
    "ei aloitettu": "ei-aloitettu", "not started": "ei-aloitettu",
    "käynnissä": "kaynnissa", "in progress": "kaynnissa",
    "saavutettu": "saavutettu", "achieved": "saavutettu",
    "ei saavutettu": "ei-saavutettu", "not achieved": "ei-saavutettu",
}
Tila = Literal[tuple(TILAT)]  # type: ignore[valid-type]


def _period_form(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    return "vuosi" if isinstance(value, int) else "kuukausi" if isinstance(value, str) else None


Ajanjakso = Annotated[
    Union[Annotated[Vuosi, Tag("vuosi")], Annotated[Kuukausi, Tag("kuukausi")]],
    Discriminator(
        _period_form, custom_error_type="period_form",
        custom_error_message='ajanjakso on vuosi (2025) tai kuukausi lainausmerkeissä ("2025-05")',
    ),
]
"""The period an indicator value covers: a year or a month."""

MittarinLaji = Literal["prosentti", "lukumaara", "per-1000", "kylla-ei"]
Lukuarvo = Annotated[
    Union[Annotated[StrictBool, Tag("kylla-ei")], Annotated[float, Tag("luku")]],
    Discriminator(lambda v: "kylla-ei" if isinstance(v, bool) else "luku"),
]
"""A value: true/false for a yes/no indicator, otherwise a number (one error, of the form meant)."""


class Taso(Strict):
    """Mittarin lähtö- tai tavoitetaso, jos suunnitelma antaa sen."""

    arvo: Lukuarvo
    """Arvo: luku (desimaalierotin piste, esim. 12.5) tai kyllä/ei-mittarilla true/false."""
    jakso: Ajanjakso
    """Vuosi tai kuukausi, jota arvo koskee."""


class Mittari(Strict):
    """Mittari, jolle raportoidaan arvoja. Pelkkä teksti (fi/sv) riittää, jos arvoja ei raportoida."""

    id: Slug
    """Tunniste, jolla raportin arvot viittaavat mittariin."""
    nimi: Teksti
    """Mittarin nimi suunnitelmasta."""
    laji: MittarinLaji
    """prosentti, lukumaara, per-1000 (tapausta tuhatta kohden) tai kylla-ei."""
    yksikko: Teksti | None = None
    """Lukumäärän yksikkö, esim. fi: asiakasta, sv: klienter."""
    lahtotaso: Taso | None = None
    """Lähtötaso, jos suunnitelma antaa sen."""
    tavoitetaso: Taso | None = None
    """Tavoitetaso, jos suunnitelma antaa sen."""
    parempi: Literal["suurempi", "pienempi"] | None = None
    """Kumpi arvo on parempi: suurempi tai pienempi (esim. kaatumisvammat: pienempi). Vain jos
    suunnitelma sanoo sen; kaavio ja sivu kertovat sen lukijalle."""


def _indicator_form(value: object) -> str:
    return "mittari" if isinstance(value, Mittari) or (isinstance(value, dict) and "id" in value) else "teksti"


MittariTaiTeksti = Annotated[
    Union[Annotated[Teksti, Tag("teksti")], Annotated[Mittari, Tag("mittari")]], Discriminator(_indicator_form)
]


class MittarinArvo(Strict):
    """Raportoitu mittarin arvo."""

    mittari: Slug
    """Mittarin tunniste (saman tavoitteen mittareista)."""
    arvo: Lukuarvo
    """Arvo: luku (desimaalierotin piste, esim. 12.5) tai kyllä/ei-mittarilla true/false."""
    jakso: Ajanjakso
    """Vuosi tai kuukausi, jota arvo koskee."""


class Raportti(Strict):
    """Päivätty edistymisraportti: tilanne, selitys ja lähde."""

    paivamaara: Paiva
    """Raportin päivämäärä (VVVV-KK-PP)."""
    tila: Tila
    """ei raportoitu, ei aloitettu, käynnissä, saavutettu tai ei saavutettu."""
    kuvaus: Teksti
    """Mitä on tehty tai todettu."""
    lahde: Lahde
    """Mihin raportti perustuu: asiakirjan nimi tai päätöksen numero, ja osoite, jos se on verkossa."""
    arvot: list[MittarinArvo] = []
    """Mittarien arvot, jos raportti antaa niitä."""

    @property
    def status_key(self) -> str:
        return TILAT[self.tila]


class Tavoite(Strict):
    """Hyvinvointisuunnitelman tavoite toimenpiteineen, vastuutahoineen ja mittareineen."""

    id: Slug
    """Pysyvä tunniste: pienet kirjaimet a–z, numerot ja väliviivat. Älä muuta julkaisun jälkeen."""
    tavoite: Teksti
    """Tavoitteen teksti suunnitelmasta."""
    toimenpiteet: list[Teksti] = Field(min_length=1)
    """Toimenpiteet, joilla tavoitteeseen pyritään."""
    vastuutahot: list[Teksti] = Field(min_length=1)
    """Tavoitteesta vastaavat tahot."""
    mittarit: list[MittariTaiTeksti] = Field(min_length=1)
    """Mittarit tai seurantatavat: teksti (fi/sv), tai mittari tunnisteineen, jos sille raportoidaan arvoja."""
    maaraaika: MaaraaikaArvo | None
    """Määräaika: vuosi, kuukausi, päivämäärä, nimetty jakso tai null, jos suunnitelma ei anna sitä."""
    maaraaika_kauden_ulkopuolella: bool = False
    """true, jos määräaika on tarkoituksella suunnitelmakauden ulkopuolella."""
    raportit: list[Raportti] = []
    """Edistymisraportit. Ilman raporttia tavoite näkyy tilassa ”ei raportoitu”."""

    @property
    def indicators(self) -> list[Mittari]:
        return [m for m in self.mittarit if isinstance(m, Mittari)]

    @property
    def deadline(self) -> Maaraaika | None:
        return None if self.maaraaika is None else maaraaika_of(self.maaraaika)


class Painopiste(Strict):
    """Hyvinvointisuunnitelman painopiste: yksi tiedosto kansiossa data/painopisteet/."""

    ruotsinnos_tarkistettu: bool
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    id: Slug
    """Pysyvä tunniste, sama kuin tiedoston nimi ilman .yml-päätettä."""
    luku: Annotated[int, Field(ge=1, le=99)] | None
    """Luvun numero suunnitelmassa, tai null."""
    otsikko: Teksti
    """Painopisteen otsikko."""
    nimi_luettelossa: Teksti | None = None
    """Nimi, jolla suunnitelman painopisteluettelo mainitsee painopisteen, jos se eroaa otsikosta."""
    tiivistelma: Teksti | None
    """Lyhyt tiivistelmä etusivulle ja hakukoneille."""
    kuvaus: MarkdownTeksti | None
    """Painopisteen kuvaus suunnitelmasta (Markdown)."""
    tavoitteet_julkaistu: bool
    """true, kun suunnitelma antaa painopisteelle tavoitteet."""
    alaviitteet: list[Teksti] = []
    """Suunnitelman alaviitteet tällä sivulla."""
    tavoitteet: list[Tavoite]
    """Painopisteen tavoitteet suunnitelman järjestyksessä."""

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


def _approval_form(value: object) -> str | None:
    return "paiva" if isinstance(value, dt.date) else "kuukausi" if isinstance(value, str) else None


class Hyvaksynta(Strict):
    """Suunnitelman tai strategian hyväksyminen."""

    elin: Teksti
    """Hyväksynyt toimielin, esim. aluevaltuusto."""
    paivamaara: Annotated[
        Union[Annotated[Paiva, Tag("paiva")], Annotated[Kuukausi, Tag("kuukausi")]],
        Discriminator(
            _approval_form, custom_error_type="approval_form",
            custom_error_message='hyväksymispäivä on päivämäärä (2025-10-06) tai, jos vain kuukausi tiedetään, kuukausi lainausmerkeissä ("2025-10")',
        ),
    ]
    """Hyväksymispäivä (VVVV-KK-PP), tai kuukausi lainausmerkeissä ("2025-10"), jos lähde kertoo vain sen."""


class Lahde(Strict):
    """Lähdeasiakirja."""

    nimi: Teksti
    """Asiakirjan nimi."""
    osoite: Url | None = None
    """Verkko-osoite (https://…), jos asiakirja on verkossa."""


class Suunnitelma(Strict):
    """Alueellinen hyvinvointisuunnitelma: data/suunnitelma.yml."""

    ruotsinnos_tarkistettu: bool
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    nimi: Teksti
    """Suunnitelman nimi."""
    kausi: Kausi
    """Suunnitelmakausi; tavoitteiden määräaikojen pitää osua tälle kaudelle."""
    hyvaksynta: Hyvaksynta | None
    """Kuka hyväksyi suunnitelman ja milloin, tai null, jos lähteet eivät kerro."""
    tiivistelma: Teksti | None = None
    """Sivuston oma lyhyt selitys suunnitelmasta etusivulle (ei lähteen sanoin), tai null: silloin
    etusivulla on johdannon ensimmäinen kappale."""
    johdanto: MarkdownTeksti
    """Johdanto painopisteluetteloon asti (Markdown)."""
    johdanto_jatko: MarkdownTeksti | None = None
    """Johdannon jatko painopisteluettelon jälkeen (Markdown)."""
    painopisteet: list[Slug] = Field(min_length=1)
    """Painopisteiden tunnisteet siinä järjestyksessä, jossa ne näytetään."""
    lahteet: list[Lahde] = []
    """Lähdeasiakirjat."""


class Arvo(Strict):
    """Strategian arvo."""

    id: Slug
    """Pysyvä tunniste."""
    nimi: Teksti
    """Arvon nimi."""
    kuvaus: Teksti
    """Arvon kuvaus."""


class Arvot(Strict):
    """Strategian arvot."""

    tiivistelma: Teksti
    """Johdanto arvoihin."""
    arvot: list[Arvo] = Field(min_length=1)
    """Arvot järjestyksessä."""


class Jakso(Strict):
    """Strategian otsikollinen osa (tarina, loppusanat)."""

    otsikko: Teksti
    """Otsikko."""
    tiivistelma: Teksti
    """Lyhyt tiivistelmä."""
    kuvaus: MarkdownTeksti
    """Teksti (Markdown)."""


class Perustehtava(Strict):
    """Hyvinvointialueen perustehtävä."""

    tiivistelma: Teksti
    """Lyhyt tiivistelmä."""
    kuvaus: MarkdownTeksti
    """Teksti (Markdown)."""


class ValtuustokaudenTavoite(Strict):
    """Strategian valtuustokauden tavoite."""

    id: Slug
    """Pysyvä tunniste: pienet kirjaimet a–z, numerot ja väliviivat."""
    numero: Annotated[int, Field(ge=1, le=99)]
    """Järjestysnumero linjauksen sisällä: 1, 2, 3 …"""
    teksti: Teksti
    """Tavoitteen teksti strategiasta."""
    raportit: list[Raportti] = []
    """Edistymisraportit. Ilman raporttia tavoite näkyy tilassa ”ei raportoitu”."""


class Linjaus(Strict):
    """Strategian linjaus sitoumuksineen ja valtuustokauden tavoitteineen."""

    id: Slug
    """Pysyvä tunniste."""
    otsikko: Teksti
    """Linjauksen otsikko."""
    sitoumukset: list[Teksti] = Field(min_length=1)
    """Linjauksen sitoumukset."""
    tavoitteet: list[ValtuustokaudenTavoite] = Field(min_length=1)
    """Valtuustokauden tavoitteet numerojärjestyksessä."""
    kuvaus: MarkdownTeksti
    """Linjauksen kuvaus (Markdown)."""

    @model_validator(mode="after")
    def _numbered(self) -> Linjaus:
        numbers = [t.numero for t in self.tavoitteet]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"tavoitteiden numerot ovat {numbers}: numeroi ne järjestyksessä 1, 2, 3 …")
        return self


class Strategia(Strict):
    """Hyvinvointialueen strategia: data/strategia.yml."""

    ruotsinnos_tarkistettu: bool
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    nimi: Teksti
    """Strategian nimi."""
    kausi: Kausi
    """Strategiakausi."""
    tunnuslause: Teksti
    """Strategian tunnuslause."""
    perustehtava: Perustehtava
    """Perustehtävä."""
    arvot: Arvot
    """Arvot."""
    tarina: Jakso
    """Strategian tarina."""
    linjaukset: list[Linjaus] = Field(min_length=1)
    """Strategiset linjaukset."""
    jatko: Jakso
    """Loppusanat."""


class Yhteystiedot(Strict):
    """Yhteystiedot."""

    nimi: Teksti
    """Nimi."""
    verkkosivu: Url | None = None
    """Verkko-osoite (https://…)."""
    verkkosivu_sv: Url | None = None
    """Saman sivuston ruotsinkielinen osoite, jos sellainen on: ruotsinkieliset sivut linkittävät siihen."""
    sahkoposti: Email | None = None
    """Sähköpostiosoite."""
    puhelin: Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{6,20}$")] | None = None
    """Puhelinnumero, esim. "+358 29 123 4567"."""
    lisatieto: Teksti | None = None
    """Lisätieto, esim. aukioloajat."""


class Puute(Strict):
    """Sisältö, joka ei ole saavutettavaa, syy ja WCAG-kriteerit."""

    kuvaus: Teksti
    """Mikä ei ole saavutettavaa."""
    syy: Teksti
    """Miksi."""
    kriteerit: list[Annotated[str, StringConstraints(pattern=r"^\d\.\d{1,2}\.\d{1,2}$")]] = []
    """WCAG-onnistumiskriteerit, esim. "1.4.3"."""


class KasinTarkistettava(Strict):
    """Asia, jota automaattiset testit eivät voi todeta, ja miten ihminen sen tarkistaa."""

    asia: Teksti
    """Tarkistettava asia."""
    tapa: Teksti
    """Tarkistustapa."""


class Saavutettavuus(Strict):
    """Saavutettavuusselosteen sisältö (laki 306/2019)."""

    tila: Literal["taysin", "osittain", "ei"]
    """Vaatimustenmukaisuus: taysin, osittain tai ei."""
    laadittu: Paiva
    """Selosteen laatimispäivä."""
    paivitetty: Paiva | None = None
    """Viimeisin päivityspäivä."""
    arviointitapa: MarkdownTeksti
    """Miten saavutettavuus on arvioitu (Markdown)."""
    puutteet: list[Puute] = []
    """Tunnetut puutteet."""
    kasin_tarkistettavat: list[KasinTarkistettava] = []
    """Käsin tarkistettavat asiat."""
    palaute: Yhteystiedot
    """Mihin saavutettavuuspalaute lähetetään."""
    valvontaviranomainen: Yhteystiedot
    """Valvontaviranomaisen yhteystiedot."""


class Lisenssi(Strict):
    """Avoimen datan käyttölupa."""

    nimi: Teksti
    """Lisenssin nimi, esim. Creative Commons Nimeä 4.0 (CC BY 4.0)."""
    osoite: Url
    """Lisenssin teksti verkossa."""


class Sivusto(Strict):
    """Sivusto ja organisaatio: data/sivusto.yml."""

    ruotsinnos_tarkistettu: bool
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    organisaatio: Yhteystiedot
    """Julkaiseva organisaatio."""
    saavutettavuus: Saavutettavuus
    """Saavutettavuusseloste."""
    avoimen_datan_lisenssi: Lisenssi | None
    """Avoimen datan (plan.json, goals.csv) lisenssi, tai null, jos sitä ei ole päätetty."""
    suomenkielinen_versio_virallinen: bool = False
    """true vain, kun hyvinvointialue on päättänyt, että suomenkielinen teksti on virallinen: silloin
    ruotsinkielisten sivujen ilmoitus tarkistamattomasta käännöksestä sanoo myös sen. Oletus false."""


class Muutos(Strict):
    """Sisältömuutos Mitä uutta -sivulle ja syötteeseen."""

    paivamaara: Paiva
    """Muutoksen päivämäärä."""
    kuvaus: Teksti
    """Mitä muuttui."""
    kohde: Slug | None = None
    """Muutettu painopiste tai tavoite (tunniste), jos muutos koskee yhtä."""


class Muutokset(Strict):
    """Sivuston sisältömuutokset: data/muutokset.yml."""

    muutokset: list[Muutos] = []
    """Muutokset, uusin ensin tai missä järjestyksessä tahansa."""


class AxeTarkistus(Strict):
    """Ihmisen tarkistama kohta, jonka axe-työkalu merkitsi tarkistettavaksi käsin (testiraportti)."""

    saanto: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    """axe-säännön tunniste, esim. color-contrast (testiraportin taulukosta)."""
    sivu: Annotated[str, StringConstraints(pattern=r"^/([a-z0-9-]+/)*([a-z0-9-]+\.html)?$")]
    """Sivun osoite sivuston juuresta, esim. / tai /sv/strategia/."""
    kohde: NonEmpty | None = None
    """Elementin CSS-valitsin testiraportista; ilman sitä tulos koskee sivun kaikkia saman säännön kohtia."""
    tulos: Literal["lapaisty", "ei-lapaisty"]
    """Tarkistuksen tulos: lapaisty tai ei-lapaisty."""
    tarkistaja: NonEmpty
    """Kuka tarkisti (nimi tai rooli)."""
    paivamaara: Paiva
    """Milloin tarkistettiin."""
    huomautus: Teksti | None = None
    """Mitä havaittiin."""


class AxeTarkistukset(Strict):
    """axe-työkalun käsin tarkistettavien kohtien tulokset: data/axe-tarkistettavat.yml. Kohta, jota ei
    ole tässä, on avoin: sitä ei ole vielä tarkistettu."""

    tarkistetut: list[AxeTarkistus] = []
    """Ihmisen tarkistamat kohdat."""


AsiakirjanLaji = Literal["suunnitelma", "strategia"]


class Korvaaja(Strict):
    """Mikä korvasi asiakirjan: toinen asiakirja tässä datassa (asiakirja), tai muualla julkaistu
    asiakirja nimen, päätöspäivän ja lähteen kanssa."""

    asiakirja: Slug | None = None
    """Korvaavan asiakirjan tunniste tiedostossa asiakirjat.yml."""
    nimi: Teksti | None = None
    """Muualla julkaistun korvaavan asiakirjan nimi."""
    paatospaiva: Paiva | None = None
    """Päivä, jona korvaavasta asiakirjasta päätettiin."""
    lahde: Lahde | None = None
    """Lähde, jossa korvaavasta asiakirjasta kerrotaan (nimi ja osoite)."""

    @model_validator(mode="after")
    def _one_way(self) -> Korvaaja:
        outside = (self.nimi, self.paatospaiva, self.lahde)
        if self.asiakirja is not None and any(v is not None for v in outside):
            raise ValueError("anna joko asiakirja (tunniste) tai nimi, paatospaiva ja lahde, ei molempia")
        if self.asiakirja is None and any(v is None for v in outside):
            raise ValueError("anna korvaavan asiakirjan tunniste (asiakirja), tai sen nimi, paatospaiva ja lahde")
        return self


class Asiakirja(Strict):
    """Suunnitelma tai strategia: nimi, kausi, hyväksyntä, lähteet ja mikä sen korvasi."""

    id: Slug
    """Pysyvä tunniste, esim. hyvinvointisuunnitelma-2024-2026. Älä muuta julkaisun jälkeen."""
    laji: AsiakirjanLaji
    """suunnitelma tai strategia."""
    nimi: Teksti
    """Asiakirjan nimi."""
    kausi: Kausi
    """Kausi, jolle asiakirja on tehty: se on voimassa ensimmäisen vuoden 1.1. – viimeisen vuoden 31.12."""
    hyvaksynta: Hyvaksynta | None
    """Kuka hyväksyi asiakirjan ja milloin, tai null, jos lähteet eivät kerro."""
    lahteet: list[Lahde] = Field(min_length=1)
    """Mistä asiakirjan tiedot ovat: asiakirja itse, tiedote tai päätös."""
    osoite: Slug | None
    """Sivujen osoite: null = sivuston ensimmäiset osoitteet (/suunnitelma/, /painopisteet/…, /strategia/),
    muuten kansio, esim. strategia-2026-2029. Älä muuta julkaisun jälkeen."""
    sisalto: Annotated[str, StringConstraints(pattern=r"^([a-z0-9-]+/)?(suunnitelma|strategia)\.yml$")] | None = None
    """Tiedosto, jossa asiakirjan sisältö on (suunnitelma.yml, strategia.yml tai kansio/suunnitelma.yml),
    tai null, jos sivustolla ei ole sen tavoitteita."""
    muutoslupaukset: list[Teksti] = []
    """Strategian muutoslupaukset, jos lähteet antavat ne."""
    korvaaja: Korvaaja | None = None
    """Mikä korvasi asiakirjan, jos se tiedetään."""

    @model_validator(mode="after")
    def _content(self) -> Asiakirja:
        if self.sisalto is not None and Path(self.sisalto).stem != self.laji:
            raise ValueError(f"{self.laji}n sisältö on tiedostossa {self.laji}.yml: korjaa sisalto tai laji")
        if self.osoite is None and self.sisalto is None:
            raise ValueError("asiakirjalla, jolla ei ole sisältötiedostoa, on oltava oma osoite: lisää osoite")
        return self

    @property
    def starts(self) -> dt.date:
        return dt.date(self.kausi.alku, 1, 1)

    @property
    def ends(self) -> dt.date:
        """The last day of the period."""
        return dt.date(self.kausi.loppu, 12, 31)


class Asiakirjat(Strict):
    """Sivuston suunnitelmat ja strategiat: data/asiakirjat.yml."""

    ruotsinnos_tarkistettu: bool
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    asiakirjat: list[Asiakirja] = Field(min_length=1)
    """Asiakirjat vanhimmasta uusimpaan."""

    @property
    def earliest_start(self) -> dt.date:
        """The first day of the earliest document's period: no report can be older."""
        return min(d.starts for d in self.asiakirjat)


class Document(BaseModel):
    """One plan or strategy with its content from data/, if the site has it."""

    model_config = ConfigDict(frozen=True)

    meta: Asiakirja
    reviewed: bool  # its Swedish texts are reviewed (asiakirjat.yml and its content files)
    suunnitelma: Suunnitelma | None = None
    painopisteet: list[Painopiste] = []
    strategia: Strategia | None = None

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def goals(self) -> list[Tavoite]:
        return [g for area in self.painopisteet for g in area.tavoitteet]

    @property
    def council_goals(self) -> list[ValtuustokaudenTavoite]:
        return [g for line in self.strategia.linjaukset for g in line.tavoitteet] if self.strategia else []


class Plan(BaseModel):
    """Everything in data/, checked and cross-referenced."""

    model_config = ConfigDict(frozen=True)

    # The plan and the strategy at the site's first addresses (`osoite: null`).
    suunnitelma: Suunnitelma
    painopisteet: list[Painopiste]  # in the plan's own order
    strategia: Strategia
    sivusto: Sivusto
    muutokset: list[Muutos] = []
    asiakirjat: list[Document] = []  # every plan and strategy, as in asiakirjat.yml
    axe_tarkistukset: list[AxeTarkistus] = []  # data/axe-tarkistettavat.yml

    @property
    def documents(self) -> list[Document]:
        """Every document with its content; the first documents' content is this plan's own
        fields (so a plan changed with `model_copy`, as tests do, changes its document too)."""
        out = []
        for d in self.asiakirjat:
            if d.meta.osoite is None and d.meta.laji == "suunnitelma":
                d = d.model_copy(update={"suunnitelma": self.suunnitelma, "painopisteet": self.painopisteet})
            elif d.meta.osoite is None and d.meta.laji == "strategia":
                d = d.model_copy(update={"strategia": self.strategia})
            out.append(d)
        return out

    def document(self, doc_id: str) -> Document:
        return next(d for d in self.documents if d.id == doc_id)

    def for_document(self, doc: Document) -> Plan:
        """This plan with `doc`'s content in place of the first documents', for its pages."""
        return self.model_copy(update={
            "suunnitelma": doc.suunnitelma or self.suunnitelma,
            "painopisteet": doc.painopisteet if doc.suunnitelma else self.painopisteet,
            "strategia": doc.strategia or self.strategia,
        })

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
