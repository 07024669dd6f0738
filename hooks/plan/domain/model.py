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

import ast
import calendar
import datetime as dt
import inspect
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StringConstraints, ValidationInfo,
    WithJsonSchema, field_validator, model_validator,
)
from pydantic_core import PydanticCustomError

from plan.markup import data_markdown
from plan.messages import Message, joined

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

    Each field of a data class has a Finnish `title` (its label in the CMS form and the editors'
    hover) and, in the attribute docstring below it, its Finnish help text: `_describe_fields` at
    the end of this module makes that the field's `description`, so both are in the fields and in
    `model_json_schema()` (pydantic's own `use_attribute_docstrings` parses this file once per
    class and would cost the editors' check a tenth of a second; one parse does the same).
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

    fi: Annotated[NonEmpty, Field(json_schema_extra=_NO_HTML_SCHEMA)] = Field(title="suomeksi")
    """Suomenkielinen teksti."""
    # Absent only in the preview; the schema editors see asks for it like `fi`.
    sv: Annotated[NonEmpty | None, WithJsonSchema(_TEXT_SCHEMA)] = Field(default=None, validate_default=True, title="på svenska")
    """Ruotsinkielinen teksti."""

    @field_validator("fi", "sv")
    @classmethod
    def _no_markup(cls, value: str | None) -> str | None:
        if value is not None and RAW_HTML.search(value):
            raise ValueError(Message("HTML-merkintä ei ole sallittu tekstissä: poista < >-merkinnät",
                                     "HTML-markering är inte tillåten i texten: ta bort markeringarna < >"))
        return value

    @field_validator("sv")
    @classmethod
    def _translated(cls, value: str | None, info: ValidationInfo) -> str | None:
        # Only the preview may lack Swedish; a published page never does.
        if value is None and not (info.context or {}).get(ALLOW_UNTRANSLATED):
            raise PydanticCustomError(  # its Swedish in the context: load._message reads it there
                "translation_missing", "ruotsinkielinen käännös puuttuu: kirjoita se kenttään sv",
                {"sv": "den svenska översättningen saknas: skriv den i fältet på svenska"},
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
            raise ValueError(joined(problems))
        return value


Vuosi = Annotated[int, Field(ge=2000, le=2100, strict=True, description="Vuosi, esim. 2026.")]
MONTH_PATTERN = r"^(20\d\d)-(0[1-9]|1[0-2])$"
Paiva = Annotated[dt.date, Field(strict=True, description="Päivämäärä muodossa VVVV-KK-PP, esim. 2025-12-31.")]


class Kausi(Strict):
    """Kokonaisten vuosien kausi, esim. 2024–2026."""

    alku: Vuosi = Field(title="Alkuvuosi")
    """Ensimmäinen vuosi."""
    loppu: Vuosi = Field(title="Loppuvuosi")
    """Viimeinen vuosi."""

    @model_validator(mode="after")
    def _order(self) -> Kausi:
        if self.loppu < self.alku:
            raise ValueError(Message("kauden loppuvuosi on ennen alkuvuotta", "periodens slutår är före startåret"))
        return self


class Maaraaika:
    """A deadline normalised from the goal's fields (see `maaraaika_of`)."""

    def __init__(self, kind: str, last_day: dt.date | None, text: Teksti | None = None):
        self.kind = kind  # "vuosi" | "kuukausi" | "paiva" | "jakso"
        self.last_day = last_day  # the last day on which the deadline is still met
        self.text = text  # only for a named period

    def __repr__(self) -> str:
        return f"Maaraaika({self.kind}, {self.last_day}, {self.text})"


def maaraaika_of(value: str | None, name: Teksti | None = None) -> Maaraaika:
    """A deadline from its time ("2026", "2025-05" or "2025-12-31") or its named period."""
    if value is None:
        return Maaraaika("jakso", None, name)
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        return Maaraaika("paiva", dt.date(*parts))
    if len(parts) == 1:
        return Maaraaika("vuosi", dt.date(parts[0], 12, 31))
    year, month = parts
    return Maaraaika("kuukausi", dt.date(year, month, calendar.monthrange(year, month)[1]))


def _yaml_date_as_text(value: object) -> object:
    # YAML 1.1 (PyYAML) reads an unquoted 2025-12-31 as a date, YAML 1.2 (the editors' schema
    # tools, the CMS) as text: both mean the same day, so both are the one string type.
    return value.isoformat() if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else value


def _no_bare_year(field: str):
    def check(value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool):
            raise ValueError(Message(f'vuosi kirjoitetaan lainausmerkeissä: {field}: "{value}"',
                                     f'ett år skrivs inom citattecken: {field}: "{value}"'))
        return value
    return BeforeValidator(check)


def _deadline_not_named(value: object) -> object:
    if isinstance(value, dict):
        raise ValueError(Message(
            "nimetty jakso kirjoitetaan kenttään maaraaika_nimi (sen alle fi: … ja sv: …); "
            "poista kenttä maaraaika tai jätä se tyhjäksi (null)",
            "en namngiven period skrivs i fältet maaraaika_nimi (under det fi: … och sv: …); "
            "ta bort fältet maaraaika eller lämna det tomt (null)",
        ))
    return value


def no_such_date(value: str) -> Message:
    return Message(f"päivämäärää {value} ei ole olemassa: tarkista päivä ja kuukausi (VVVV-KK-PP)",
                   f"datumet {value} finns inte: kontrollera dagen och månaden (ÅÅÅÅ-MM-DD)")


def _real_day(value: str) -> str:
    if value.count("-") == 2:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(no_such_date(value)) from None
    return value


DEADLINE_PATTERN = r"^(20\d\d)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
AikaArvo = Annotated[
    # The pattern first, so that the schema shows it; the before-validators run last one first.
    str, StringConstraints(pattern=DEADLINE_PATTERN), AfterValidator(_real_day),
    BeforeValidator(_deadline_not_named), _no_bare_year("maaraaika"), BeforeValidator(_yaml_date_as_text),
]
"""A deadline's time, one string: a year "2026", a month "2025-05" or a day "2025-12-31"."""

APPROVAL_PATTERN = r"^(20\d\d)-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$"
PaivaTaiKuukausi = Annotated[
    str, StringConstraints(pattern=APPROVAL_PATTERN), AfterValidator(_real_day), BeforeValidator(_yaml_date_as_text)
]
"""A day "2025-10-06", or a month "2025-10" where the source gives only that: one string."""


# A report's status: the data may use Finnish or English words; pages use the reader's language.
TILAT: dict[str, str] = {
    "ei raportoitu": "ei-raportoitu", "not reported": "ei-raportoitu",
    "ei aloitettu": "ei-aloitettu", "not started": "ei-aloitettu",
    "käynnissä": "kaynnissa", "in progress": "kaynnissa",
    "saavutettu": "saavutettu", "achieved": "saavutettu",
    "ei saavutettu": "ei-saavutettu", "not achieved": "ei-saavutettu",
}
Tila = Literal[tuple(TILAT)]  # type: ignore[valid-type]
# The Finnish word of each status, the one the form offers (JSON Schema `examples`).
TILAT_SUOMEKSI = [next(word for word, key in TILAT.items() if key == status) for status in dict.fromkeys(TILAT.values())]


PERIOD_PATTERN = r"^(20\d\d)(-(0[1-9]|1[0-2]))?$"
Ajanjakso = Annotated[str, StringConstraints(pattern=PERIOD_PATTERN), _no_bare_year("jakso")]
"""The period an indicator value covers, one string: a year "2025" or a month "2025-05"."""

MittarinLaji = Literal["prosentti", "lukumaara", "per-1000", "kylla-ei"]


def _number_not_yes_no(value: object) -> object:
    if isinstance(value, bool):
        shown = str(value).lower()
        raise ValueError(Message(f"kyllä/ei-arvo kirjoitetaan kenttään kylla_ei: kylla_ei: {shown} (ja kenttä arvo pois)",
                                 f"ett ja/nej-värde skrivs i fältet kylla_ei: kylla_ei: {shown} (och fältet arvo bort)"))
    return value


Luku = Annotated[float, BeforeValidator(_number_not_yes_no)]


def period_value(period: str) -> int | str:
    """A period as the pages and open data have always shown it: a year as a number, a month as "2025-05"."""
    return int(period) if "-" not in period else period


class Taso(Strict):
    """Mittarin lähtö- tai tavoitetaso, jos suunnitelma antaa sen."""

    arvo: Luku | None = Field(default=None, title="Arvo")
    """Luku (desimaalierotin piste, esim. 12.5). Kyllä/ei-mittarilla jätä tyhjäksi ja täytä kylla_ei."""
    kylla_ei: StrictBool | None = Field(default=None, title="Kyllä/ei")
    """Vain kyllä/ei-mittarilla: true (kyllä) tai false (ei)."""
    jakso: Ajanjakso = Field(title="Ajanjakso")
    """Vuosi ("2025") tai kuukausi ("2025-05"), jota arvo koskee."""

    @model_validator(mode="after")
    def _one(self) -> Taso:
        if (self.arvo is None) == (self.kylla_ei is None):
            raise ValueError(Message("anna joko arvo (luku, esim. 12.5) tai kylla_ei (true tai false), ei molempia",
                                     "ange antingen arvo (ett tal, t.ex. 12.5) eller kylla_ei (true eller false), inte båda"))
        return self

    @property
    def value(self) -> float | bool:
        return self.kylla_ei if self.arvo is None else self.arvo

    @property
    def period(self) -> int | str:
        return period_value(self.jakso)


class Mittari(Strict):
    """Mittari tai seurantatapa. Pelkkä nimi riittää; tunniste ja laji tarvitaan, jos mittarille raportoidaan arvoja."""

    nimi: Teksti = Field(title="Nimi")
    """Mittarin nimi tai seurantatapa suunnitelman sanoin."""
    id: Slug | None = Field(default=None, title="Tunniste")
    """Vain jos mittarille raportoidaan arvoja: tunniste, jolla raportin arvot viittaavat siihen (esim. ohjatut-asiakkaat)."""
    laji: MittarinLaji | None = Field(default=None, title="Laji")
    """Vain tunnisteen kanssa: prosentti, lukumaara, per-1000 (tapausta tuhatta kohden) tai kylla-ei."""
    yksikko: Teksti | None = Field(default=None, title="Yksikkö")
    """Lukumäärän yksikkö, esim. fi: asiakasta, sv: klienter."""
    lahtotaso: Taso | None = Field(default=None, title="Lähtötaso")
    """Lähtötaso, jos suunnitelma antaa sen."""
    tavoitetaso: Taso | None = Field(default=None, title="Tavoitetaso")
    """Tavoitetaso, jos suunnitelma antaa sen."""
    parempi: Literal["suurempi", "pienempi"] | None = Field(default=None, title="Parempi arvo")
    """Kumpi arvo on parempi: suurempi tai pienempi (esim. kaatumisvammat: pienempi). Vain jos
    suunnitelma sanoo sen; kaavio ja sivu kertovat sen lukijalle."""

    @model_validator(mode="before")
    @classmethod
    def _not_bare_text(cls, data: object) -> object:
        if isinstance(data, dict) and "nimi" not in data and ("fi" in data or "sv" in data):
            raise ValueError(Message("mittarin teksti kirjoitetaan kentän nimi alle: - nimi: ja sen alle fi: … ja sv: …",
                                     "indikatorns text skrivs under fältet nimi: - nimi: och under det fi: … och sv: …"))
        return data

    @model_validator(mode="after")
    def _reported_or_not(self) -> Mittari:
        if self.id is None:
            given = [k for k in ("laji", "yksikko", "lahtotaso", "tavoitetaso", "parempi") if getattr(self, k) is not None]
            if given:
                listed = ", ".join(given)
                raise ValueError(Message(f"mittarilla on {listed} mutta ei tunnistetta: lisää id tai poista {listed}",
                                         f"indikatorn har {listed} men ingen beteckning: lägg till id eller ta bort {listed}"))
        elif self.laji is None:
            raise ValueError(Message(
                "mittarilla, jolle raportoidaan arvoja (id), on oltava laji: prosentti, lukumaara, per-1000 tai kylla-ei",
                "en indikator som det rapporteras värden för (id) ska ha en typ: prosentti, lukumaara, per-1000 eller kylla-ei"))
        return self

    @property
    def reported(self) -> bool:
        """Values are reported for it (it has an id and a kind)."""
        return self.id is not None


class MittarinArvo(Taso):
    """Raportoitu mittarin arvo: arvo (tai kylla_ei), ajanjakso ja mittari, jota se koskee."""

    mittari: Slug = Field(title="Mittari")
    """Mittarin tunniste (saman tavoitteen mittareista)."""


class Raportti(Strict):
    """Päivätty edistymisraportti: tilanne, selitys ja lähde."""

    paivamaara: Paiva = Field(title="Päivämäärä")
    """Raportin päivämäärä (VVVV-KK-PP)."""
    tila: Tila = Field(title="Tila", examples=TILAT_SUOMEKSI)
    """Tilanne raportin päivänä: ei aloitettu, käynnissä, saavutettu tai ei saavutettu."""
    kuvaus: Teksti = Field(title="Kuvaus")
    """Mitä on tehty tai todettu."""
    lahde: Lahde = Field(title="Lähde")
    """Mihin raportti perustuu: asiakirjan nimi tai päätöksen numero, ja osoite, jos se on verkossa."""
    arvot: list[MittarinArvo] = Field(default=[], title="Mittarien arvot")
    """Mittarien arvot, jos raportti antaa niitä."""

    @property
    def status_key(self) -> str:
        return TILAT[self.tila]


class Poisto(Strict):
    """Milloin ja miksi julkaistu painopiste, tavoite tai raportti poistettiin. Julkaistu ei katoa
    huomaamatta: sen osoitteessa kerrotaan poistosta (issue 26)."""

    paivamaara: Paiva = Field(title="Poistopäivä")
    """Päivä, jona poistosta päätettiin tai se tehtiin (VVVV-KK-PP)."""
    syy: Teksti = Field(title="Syy")
    """Miksi se poistettiin, esim. "Tavoite yhdistettiin tavoitteeseen X" tai "Raportti kirjattiin väärälle tavoitteelle"."""


class PoistettuRaportti(Strict):
    """Julkaistu raportti, joka on poistettu tavoitteelta: sen päivämäärä ja poiston syy."""

    raportin_paivamaara: Paiva = Field(title="Raportin päivämäärä")
    """Poistetun raportin päivämäärä (VVVV-KK-PP), sellaisena kuin se julkaistiin."""
    poistettu: Poisto = Field(title="Poistettu")
    """Milloin ja miksi raportti poistettiin."""


class PoistettuTavoite(Strict):
    """Julkaistu tavoite, joka on poistettu suunnitelmasta: sen tunniste, teksti ja poiston syy.
    Painopisteen sivu kertoo poistosta tavoitteen vanhassa osoitteessa (#tunniste)."""

    id: Slug = Field(title="Tunniste")
    """Poistetun tavoitteen tunniste, sellaisena kuin se julkaistiin."""
    tavoite: Teksti = Field(title="Tavoite")
    """Poistetun tavoitteen teksti."""
    poistettu: Poisto = Field(title="Poistettu")
    """Milloin ja miksi tavoite poistettiin."""


class PoistettuPainopiste(Strict):
    """Julkaistu painopiste, joka on poistettu suunnitelmasta: sen tunniste, otsikko ja poiston syy.
    Painopisteen vanha osoite kertoo poistosta."""

    id: Slug = Field(title="Tunniste")
    """Poistetun painopisteen tunniste (tiedoston nimi ilman .yml-päätettä), sellaisena kuin se julkaistiin."""
    otsikko: Teksti = Field(title="Otsikko")
    """Poistetun painopisteen otsikko."""
    poistettu: Poisto = Field(title="Poistettu")
    """Milloin ja miksi painopiste poistettiin."""


class SelkoTavoite(Strict):
    """Tavoite selkokielellä: mitä halutaan saada aikaan, mitä tehdään ja kuka tekee. Vain suunnitelman
    omaa sisältöä, selkokielen ohjeiden mukaan (Selkokeskus, LL-Center): yleiset sanat, yksi asia virkkeessä."""

    tavoite: Teksti = Field(title="Mitä haluamme")
    """Tavoite selkokielellä, esim. ”Haluamme, että …”."""
    teot: Teksti = Field(title="Mitä teemme")
    """Toimenpiteet selkokielellä."""
    tekijat: Teksti = Field(title="Kuka tekee")
    """Vastuutahot selkokielellä, lyhenteet auki kirjoitettuina."""


class Tavoite(Strict):
    """Hyvinvointisuunnitelman tavoite toimenpiteineen, vastuutahoineen ja mittareineen."""

    id: Slug = Field(title="Tunniste")
    """Pysyvä tunniste, osa tavoitteen osoitetta: pienet kirjaimet a–z, numerot ja väliviivat.
    Julkaistun tavoitteen tunnistetta ei voi muuttaa."""
    tavoite: Teksti = Field(title="Tavoite")
    """Tavoitteen teksti suunnitelmasta."""
    toimenpiteet: list[Teksti] = Field(min_length=1, title="Toimenpiteet")
    """Toimenpiteet, joilla tavoitteeseen pyritään."""
    vastuutahot: list[Teksti] = Field(min_length=1, title="Vastuutahot")
    """Tavoitteesta vastaavat tahot."""
    mittarit: list[Mittari] = Field(min_length=1, title="Mittarit")
    """Mittarit tai seurantatavat: nimi, ja tunniste ja laji, jos mittarille raportoidaan arvoja."""
    maaraaika: AikaArvo | None = Field(default=None, title="Määräaika")
    """Vuosi ("2026"), kuukausi ("2025-05") tai päivä ("2025-12-31"), jona tavoitteen pitää olla saavutettu.
    Tyhjä, jos suunnitelma ei anna määräaikaa tai antaa sen vain nimettynä jaksona."""
    maaraaika_nimi: Teksti | None = Field(default=None, title="Nimetty määräaika")
    """Määräaika suunnitelman sanoin, jos suunnitelma ei anna päivää, kuukautta tai vuotta
    (esim. valtuustokauden loppuun mennessä). Silloin määräaika jää tyhjäksi."""
    maaraaika_kauden_ulkopuolella: bool = Field(default=False, title="Määräaika kauden ulkopuolella")
    """true, jos määräaika on tarkoituksella suunnitelmakauden ulkopuolella."""
    raportit: list[Raportti] = Field(default=[], title="Raportit")
    """Edistymisraportit. Ilman raporttia tavoite näkyy tilassa ”ei raportoitu”."""
    poistetut_raportit: list[PoistettuRaportti] = Field(default=[], title="Poistetut raportit")
    """Julkaistut raportit, jotka on poistettu: raportin päivämäärä ja poiston päivä ja syy. Tavoitteen kohdalla kerrotaan poistosta."""
    selkokieli: SelkoTavoite | None = Field(default=None, title="Selkokielellä")
    """Tavoite selkokielisellä sivulla: mitä haluamme, mitä teemme, kuka tekee."""

    @model_validator(mode="after")
    def _one_deadline(self) -> Tavoite:
        if self.maaraaika is not None and self.maaraaika_nimi is not None:
            raise ValueError(Message(
                "tavoitteella on sekä maaraaika että maaraaika_nimi: anna vain toinen "
                "(nimetty määräaika vain, jos suunnitelma ei anna vuotta, kuukautta tai päivää)",
                "målet har både maaraaika och maaraaika_nimi: ange bara den ena "
                "(en namngiven tidsfrist bara om planen inte anger ett år, en månad eller en dag)",
            ))
        return self

    @property
    def indicators(self) -> list[Mittari]:
        """The indicators values are reported for."""
        return [m for m in self.mittarit if m.reported]

    @property
    def deadline(self) -> Maaraaika | None:
        if self.maaraaika is None and self.maaraaika_nimi is None:
            return None
        return maaraaika_of(self.maaraaika, self.maaraaika_nimi)


class SelkoPainopiste(Strict):
    """Painopisteen selkokielinen sivu: otsikko ja lyhyt johdanto selkokielellä."""

    tarkistettu: bool = Field(title="Selkokieli tarkistettu")
    """true vasta, kun selkokieleen perehtynyt ihminen on tarkistanut tämän tiedoston selkokieliset tekstit.
    Siihen asti selkokielinen sivu kertoo, että tekstiä ei ole vielä tarkistettu."""
    otsikko: Teksti = Field(title="Otsikko selkokielellä")
    """Lyhyt otsikko yleisin sanoin, esim. ”Turvallisuus”."""
    johdanto: MarkdownTeksti = Field(title="Johdanto selkokielellä")
    """Mitä painopisteessä halutaan ja miksi: muutama lyhyt kappale."""


class Painopiste(Strict):
    """Hyvinvointisuunnitelman painopiste: yksi tiedosto kansiossa data/painopisteet/."""

    ruotsinnos_tarkistettu: bool = Field(title="Ruotsinnos tarkistettu")
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    id: Slug = Field(title="Tunniste")
    """Pysyvä tunniste, sama kuin tiedoston nimi ilman .yml-päätettä."""
    luku: Annotated[int, Field(ge=1, le=99)] | None = Field(title="Luku")
    """Luvun numero suunnitelmassa, tai null."""
    otsikko: Teksti = Field(title="Otsikko")
    """Painopisteen otsikko."""
    nimi_luettelossa: Teksti | None = Field(default=None, title="Nimi luettelossa")
    """Nimi, jolla suunnitelman painopisteluettelo mainitsee painopisteen, jos se eroaa otsikosta."""
    tiivistelma: Teksti | None = Field(title="Tiivistelmä")
    """Lyhyt tiivistelmä etusivulle ja hakukoneille."""
    kuvaus: MarkdownTeksti | None = Field(title="Kuvaus")
    """Painopisteen kuvaus suunnitelmasta (Markdown)."""
    tavoitteet_julkaistu: bool = Field(title="Tavoitteet julkaistu")
    """true, kun suunnitelma antaa painopisteelle tavoitteet."""
    alaviitteet: list[Teksti] = Field(default=[], title="Alaviitteet")
    """Suunnitelman alaviitteet tällä sivulla."""
    tavoitteet: list[Tavoite] = Field(title="Tavoitteet")
    """Painopisteen tavoitteet suunnitelman järjestyksessä."""
    poistetut_tavoitteet: list[PoistettuTavoite] = Field(default=[], title="Poistetut tavoitteet")
    """Julkaistut tavoitteet, jotka on poistettu: tunniste, teksti ja poiston päivä ja syy. Sivu kertoo poistosta tavoitteen vanhassa osoitteessa."""
    selkokieli: SelkoPainopiste | None = Field(default=None, title="Selkokielellä")
    """Painopisteen selkokielinen sivu. Kun tämä on annettu, jokaisella tavoitteella on oltava selkokielinen teksti."""

    @model_validator(mode="after")
    def _easy_goals(self) -> Painopiste:
        if self.selkokieli is not None:
            missing = [g.id for g in self.tavoitteet if g.selkokieli is None]
            if missing:
                listed = ", ".join(missing)
                raise ValueError(Message(
                    f"painopisteellä on selkokielinen sivu, mutta näiltä tavoitteilta puuttuu selkokieli-kohta: {listed}: "
                    "kirjoita jokaiselle tavoitteelle tavoite, teot ja tekijat selkokielellä",
                    f"fokusområdet har en sida på lättläst språk, men de här målen saknar punkten selkokieli: {listed}: "
                    "skriv tavoite, teot och tekijat på lättläst språk för varje mål",
                ))
        return self

    @model_validator(mode="after")
    def _published(self) -> Painopiste:
        if self.tavoitteet_julkaistu:
            missing = [k for k in ("luku", "tiivistelma", "kuvaus") if getattr(self, k) is None]
            if missing or not self.tavoitteet:
                raise ValueError(Message(
                    "painopisteellä, jonka tavoitteet on julkaistu (tavoitteet_julkaistu: true), "
                    "on oltava luku, tiivistelma, kuvaus ja vähintään yksi tavoite",
                    "ett fokusområde vars mål har publicerats (tavoitteet_julkaistu: true) "
                    "ska ha luku, tiivistelma, kuvaus och minst ett mål",
                ))
        elif self.tavoitteet:
            raise ValueError(Message(
                "tavoitteet_julkaistu on false, mutta tavoitteita on annettu: "
                "muuta arvoksi true tai poista tavoitteet",
                "tavoitteet_julkaistu är false, men mål har angetts: "
                "ändra värdet till true eller ta bort målen",
            ))
        return self


class Hyvaksynta(Strict):
    """Suunnitelman tai strategian hyväksyminen."""

    elin: Teksti = Field(title="Toimielin")
    """Hyväksynyt toimielin, esim. aluevaltuusto."""
    paivamaara: PaivaTaiKuukausi = Field(title="Hyväksymispäivä")
    """Hyväksymispäivä (2025-10-06), tai kuukausi lainausmerkeissä ("2025-10"), jos lähde kertoo vain sen."""


class Lahde(Strict):
    """Lähdeasiakirja."""

    nimi: Teksti = Field(title="Nimi")
    """Asiakirjan nimi."""
    osoite: Url | None = Field(default=None, title="Verkko-osoite")
    """Verkko-osoite (https://…), jos asiakirja on verkossa."""


class Suunnitelma(Strict):
    """Alueellinen hyvinvointisuunnitelma: data/suunnitelma.yml."""

    ruotsinnos_tarkistettu: bool = Field(title="Ruotsinnos tarkistettu")
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    nimi: Teksti = Field(title="Nimi")
    """Suunnitelman nimi."""
    kausi: Kausi = Field(title="Suunnitelmakausi")
    """Suunnitelmakausi; tavoitteiden määräaikojen pitää osua tälle kaudelle."""
    hyvaksynta: Hyvaksynta | None = Field(title="Hyväksyntä")
    """Kuka hyväksyi suunnitelman ja milloin, tai null, jos lähteet eivät kerro."""
    tiivistelma: Teksti | None = Field(default=None, title="Tiivistelmä")
    """Sivuston oma lyhyt selitys suunnitelmasta etusivulle (ei lähteen sanoin), tai null: silloin
    etusivulla on johdannon ensimmäinen kappale."""
    johdanto: MarkdownTeksti = Field(title="Johdanto")
    """Johdanto painopisteluetteloon asti (Markdown)."""
    johdanto_jatko: MarkdownTeksti | None = Field(default=None, title="Johdannon jatko")
    """Johdannon jatko painopisteluettelon jälkeen (Markdown)."""
    painopisteet: list[Slug] = Field(min_length=1, title="Painopisteet")
    """Painopisteiden tunnisteet siinä järjestyksessä, jossa ne näytetään."""
    poistetut_painopisteet: list[PoistettuPainopiste] = Field(default=[], title="Poistetut painopisteet")
    """Julkaistut painopisteet, jotka on poistettu: tunniste, otsikko ja poiston päivä ja syy. Painopisteen vanha osoite kertoo poistosta."""
    lahteet: list[Lahde] = Field(default=[], title="Lähteet")
    """Lähdeasiakirjat."""


class Arvo(Strict):
    """Strategian arvo."""

    id: Slug = Field(title="Tunniste")
    """Pysyvä tunniste."""
    nimi: Teksti = Field(title="Nimi")
    """Arvon nimi."""
    kuvaus: Teksti = Field(title="Kuvaus")
    """Arvon kuvaus."""


class Arvot(Strict):
    """Strategian arvot."""

    tiivistelma: Teksti = Field(title="Johdanto")
    """Johdanto arvoihin."""
    arvot: list[Arvo] = Field(min_length=1, title="Arvot")
    """Arvot järjestyksessä."""


class Jakso(Strict):
    """Strategian otsikollinen osa (tarina, loppusanat)."""

    otsikko: Teksti = Field(title="Otsikko")
    """Otsikko."""
    tiivistelma: Teksti = Field(title="Tiivistelmä")
    """Lyhyt tiivistelmä."""
    kuvaus: MarkdownTeksti = Field(title="Teksti")
    """Teksti (Markdown)."""


class Perustehtava(Strict):
    """Hyvinvointialueen perustehtävä."""

    tiivistelma: Teksti = Field(title="Tiivistelmä")
    """Lyhyt tiivistelmä."""
    kuvaus: MarkdownTeksti = Field(title="Teksti")
    """Teksti (Markdown)."""


class ValtuustokaudenTavoite(Strict):
    """Strategian valtuustokauden tavoite."""

    id: Slug = Field(title="Tunniste")
    """Pysyvä tunniste: pienet kirjaimet a–z, numerot ja väliviivat."""
    numero: Annotated[int, Field(ge=1, le=99)] = Field(title="Numero")
    """Järjestysnumero linjauksen sisällä: 1, 2, 3 …"""
    teksti: Teksti = Field(title="Tavoite")
    """Tavoitteen teksti strategiasta."""
    raportit: list[Raportti] = Field(default=[], title="Raportit")
    """Edistymisraportit. Ilman raporttia tavoite näkyy tilassa ”ei raportoitu”."""


class Linjaus(Strict):
    """Strategian linjaus sitoumuksineen ja valtuustokauden tavoitteineen."""

    id: Slug = Field(title="Tunniste")
    """Pysyvä tunniste."""
    otsikko: Teksti = Field(title="Otsikko")
    """Linjauksen otsikko."""
    sitoumukset: list[Teksti] = Field(min_length=1, title="Sitoumukset")
    """Linjauksen sitoumukset."""
    tavoitteet: list[ValtuustokaudenTavoite] = Field(min_length=1, title="Valtuustokauden tavoitteet")
    """Valtuustokauden tavoitteet numerojärjestyksessä."""
    kuvaus: MarkdownTeksti = Field(title="Kuvaus")
    """Linjauksen kuvaus (Markdown)."""

    @model_validator(mode="after")
    def _numbered(self) -> Linjaus:
        numbers = [t.numero for t in self.tavoitteet]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(Message(f"tavoitteiden numerot ovat {numbers}: numeroi ne järjestyksessä 1, 2, 3 …",
                                     f"målens nummer är {numbers}: numrera dem i ordning 1, 2, 3 …"))
        return self


class Strategia(Strict):
    """Hyvinvointialueen strategia: data/strategia.yml."""

    ruotsinnos_tarkistettu: bool = Field(title="Ruotsinnos tarkistettu")
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    nimi: Teksti = Field(title="Nimi")
    """Strategian nimi."""
    kausi: Kausi = Field(title="Strategiakausi")
    """Strategiakausi."""
    tunnuslause: Teksti = Field(title="Tunnuslause")
    """Strategian tunnuslause."""
    perustehtava: Perustehtava = Field(title="Perustehtävä")
    """Perustehtävä."""
    arvot: Arvot = Field(title="Arvot")
    """Arvot."""
    tarina: Jakso = Field(title="Tarina")
    """Strategian tarina."""
    linjaukset: list[Linjaus] = Field(min_length=1, title="Linjaukset")
    """Strategiset linjaukset."""
    jatko: Jakso = Field(title="Loppusanat")
    """Loppusanat."""


class Yhteystiedot(Strict):
    """Yhteystiedot."""

    nimi: Teksti = Field(title="Nimi")
    """Nimi."""
    verkkosivu: Url | None = Field(default=None, title="Verkkosivu")
    """Verkko-osoite (https://…)."""
    verkkosivu_sv: Url | None = Field(default=None, title="Ruotsinkielinen verkkosivu")
    """Saman sivuston ruotsinkielinen osoite, jos sellainen on: ruotsinkieliset sivut linkittävät siihen."""
    palautelomake: Url | None = Field(default=None, title="Palautelomake")
    """Palautelomakkeen osoite (https://…), jos organisaatiolla on sellainen."""
    palautelomake_sv: Url | None = Field(default=None, title="Ruotsinkielinen palautelomake")
    """Ruotsinkielisen palautelomakkeen osoite, jos sellainen on."""
    sahkoposti: Email | None = Field(default=None, title="Sähköposti")
    """Sähköpostiosoite."""
    puhelin: Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{6,20}$")] | None = Field(default=None, title="Puhelin")
    """Puhelinnumero, esim. "+358 29 123 4567"."""
    postiosoite: Teksti | None = Field(default=None, title="Postiosoite")
    """Postiosoite suomeksi ja ruotsiksi, rivit pilkuin erotettuina."""
    lisatieto: Teksti | None = Field(default=None, title="Lisätieto")
    """Lisätieto, esim. aukioloajat."""


Kriteeri = Annotated[str, StringConstraints(pattern=r"^[1-4]\.\d{1,2}\.\d{1,2}$")]
"""WCAG-onnistumiskriteerin numero, esim. "1.4.3"."""
# A page of the site as its address from the site's root: "/", "/painopisteet/turvallisuus/", "/sv/".
SivunOsoite = Annotated[str, StringConstraints(pattern=r"^/([a-z0-9-]+/)*$")]


class Puute(Strict):
    """Sisältö, joka ei ole saavutettavaa: mikä, mitä WCAG-kriteeriä se rikkoo, missä, miten sen voi
    kiertää ja milloin se korjataan."""

    kuvaus: Teksti = Field(title="Ongelma")
    """Ongelma selkokielellä: mitä käyttäjä kohtaa, esim. "Kaavioiden värit erottuvat huonosti"."""
    kriteerit: list[Kriteeri] = Field(min_length=1, title="WCAG-kriteerit")
    """WCAG-onnistumiskriteerit, joita ongelma rikkoo, esim. ["1.4.11"]."""
    missa: Teksti = Field(title="Missä")
    """Missä ongelma on, esim. "Painopisteiden sivujen mittarikaaviot"."""
    ketka: Teksti | None = Field(default=None, title="Keitä ongelma haittaa")
    """Ketä ongelma haittaa, esim. "Ruudunlukijan käyttäjiä", tai null."""
    kiertotie: Teksti | None = Field(default=None, title="Kiertotie")
    """Miten saman tiedon saa toisin, esim. "Samat luvut ovat kaavion alla taulukkona", tai null."""
    korjataan: Paiva | None = Field(default=None, title="Korjataan viimeistään")
    """Päivä, johon mennessä puute on tarkoitus korjata, tai null, jos sitä ei ole päätetty."""


class Poikkeus(Strict):
    """Sisältö, jota saavutettavuusvaatimukset eivät koske, tai kohtuuttoman rasitteen perusteella
    tehty poikkeus, ja sen perustelu."""

    sisalto: Teksti = Field(title="Sisältö")
    """Mitä sisältöä poikkeus koskee."""
    perustelu: Teksti = Field(title="Perustelu")
    """Miksi, esim. lain 306/2019 kohta tai arvio rasitteesta."""


class KasinTarkistettava(Strict):
    """Asia, jota automaattiset testit eivät voi todeta, ja miten ihminen sen tarkistaa."""

    asia: Teksti = Field(title="Asia")
    """Tarkistettava asia."""
    tapa: Teksti = Field(title="Tarkistustapa")
    """Tarkistustapa."""


VAHVISTETTAVAT = (
    "laadittu", "paivitetty", "seuraava_tarkistus", "vastausaika_paivaa", "palaute.nimi", "palaute.verkkosivu",
    "palaute.palautelomake", "palaute.sahkoposti", "palaute.puhelin", "palaute.postiosoite",
    "valvontaviranomainen.verkkosivu", "valvontaviranomainen.sahkoposti", "valvontaviranomainen.puhelin",
)


class Saavutettavuus(Strict):
    """Saavutettavuusselosteen sisältö (laki 306/2019 ja EU:n malliseloste, päätös (EU) 2018/1523)."""

    tila: Literal["taysin", "osittain", "ei"] = Field(title="Vaatimustenmukaisuus")
    """Vaatimustenmukaisuus: taysin, osittain tai ei. taysin vain, kun puutteita ei tiedetä ja käsin
    tehty arviointi on kirjattu tiedostoon kasiarviointi.yml."""
    laadittu: Paiva = Field(title="Laadittu")
    """Selosteen laatimispäivä."""
    paivitetty: Paiva | None = Field(default=None, title="Päivitetty")
    """Viimeisin päivityspäivä: muuta aina, kun selosteen sisältö muuttuu."""
    seuraava_tarkistus: Paiva = Field(title="Seuraava tarkistus")
    """Päivä, johon mennessä seloste tarkistetaan seuraavan kerran (vähintään kerran vuodessa)."""
    laatija: Teksti = Field(title="Laatija")
    """Kuka selosteen laati ja miten, kokonaisina lauseina. Esimerkki: Seloste perustuu itsearvioon. Sen
    laativat sivuston kehittäjät."""
    arviointitapa: MarkdownTeksti | None = Field(default=None, title="Lisätietoa arvioinnista")
    """Lisätietoa arvioinnista (Markdown), jos tarpeen. Testit, käsin tehty arviointi ja apuvälineet
    kerrotaan selosteessa automaattisesti testiraportista ja tiedostosta kasiarviointi.yml."""
    puutteet: list[Puute] = Field(default=[], title="Puutteet")
    """Tunnetut sisällöt, jotka eivät ole saavutettavia. Automaattisten testien ja käsin tehdyn
    arvioinnin löytämät puutteet lisätään selosteeseen itsestään: kirjoita tähän muut."""
    kohtuuton_rasite: list[Poikkeus] = Field(default=[], title="Kohtuuton rasite")
    """Kohtuuttoman rasitteen perusteella tehdyt poikkeukset, tai [], jos niitä ei ole."""
    lain_ulkopuolella: list[Poikkeus] = Field(default=[], title="Lain ulkopuolella")
    """Sisältö, jota laki ei koske (laki 306/2019, 3 §), tai [], jos sellaista ei ole."""
    koneluettavat: Teksti | None = Field(default=None, title="Syötteet ja avoin data")
    """Mitä syötteistä ja avoimen datan tiedostoista sanotaan."""
    kasin_tarkistettavat: list[KasinTarkistettava] = Field(default=[], title="Käsin tarkistettavat")
    """Käsin tarkistettavat asiat."""
    palaute: Yhteystiedot = Field(title="Palaute")
    """Mihin saavutettavuuspalaute lähetetään."""
    vastausaika_paivaa: Annotated[int, Field(strict=True, ge=1, le=14)] = Field(default=14, title="Vastausaika (päivää)")
    """Monessako päivässä palautteeseen vastataan (laki: viimeistään 14 päivässä)."""
    valvontaviranomainen: Yhteystiedot = Field(title="Valvontaviranomainen")
    """Valvontaviranomaisen yhteystiedot. verkkosivu ja verkkosivu_sv: sivu, jolla ilmoitus tehdään."""
    vahvistamatta: list[Literal[VAHVISTETTAVAT]] = Field(default=[], title="Vahvistamatta")  # type: ignore[valid-type]
    """Tiedot, joita viestintä ei ole vielä vahvistanut, esim. ["palaute.sahkoposti"]: ne näytetään
    sellaisinaan, ja merkintä poistetaan, kun ne on tarkistettu."""

    @model_validator(mode="after")
    def _dates_and_status(self) -> Saavutettavuus:
        latest = self.paivitetty or self.laadittu
        if self.paivitetty and self.paivitetty < self.laadittu:
            raise ValueError(Message("paivitetty on ennen laadittua päivää: korjaa paivitetty",
                                     "paivitetty är före dagen då utlåtandet utarbetades: rätta paivitetty"))
        if self.seuraava_tarkistus <= latest:
            raise ValueError(Message("seuraava_tarkistus pitää olla viimeisimmän päivityksen jälkeen: korjaa seuraava_tarkistus",
                                     "seuraava_tarkistus ska vara efter den senaste uppdateringen: rätta seuraava_tarkistus"))
        if self.seuraava_tarkistus > latest + dt.timedelta(days=366):
            raise ValueError(Message("seloste tarkistetaan vähintään kerran vuodessa: seuraava_tarkistus enintään vuoden päähän",
                                     "utlåtandet granskas minst en gång om året: seuraava_tarkistus högst ett år framåt"))
        if self.tila == "taysin" and self.puutteet:
            raise ValueError(Message("tila ei voi olla taysin, kun puutteita on lueteltu: kirjoita tila: osittain",
                                     "tila kan inte vara taysin när brister har räknats upp: skriv tila: osittain"))
        for path in self.vahvistamatta:
            value = self
            for part in path.split("."):
                value = getattr(value, part)
            if value is None:
                raise ValueError(Message(f"vahvistamatta nimeää tiedon {path}, jota ei ole annettu: poista se luettelosta",
                                         f"vahvistamatta nämner uppgiften {path}, som inte har angetts: ta bort den ur listan"))
        return self


class Lisenssi(Strict):
    """Avoimen datan käyttölupa."""

    nimi: Teksti = Field(title="Nimi")
    """Lisenssin nimi, esim. Creative Commons Nimeä 4.0 (CC BY 4.0)."""
    osoite: Url = Field(title="Verkko-osoite")
    """Lisenssin teksti verkossa."""


class Sivusto(Strict):
    """Sivusto ja organisaatio: data/sivusto.yml."""

    ruotsinnos_tarkistettu: bool = Field(title="Ruotsinnos tarkistettu")
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    organisaatio: Yhteystiedot = Field(title="Organisaatio")
    """Julkaiseva organisaatio."""
    saavutettavuus: Saavutettavuus = Field(title="Saavutettavuusseloste")
    """Saavutettavuusseloste."""
    avoimen_datan_lisenssi: Lisenssi | None = Field(title="Avoimen datan lisenssi")
    """Avoimen datan (plan.json, goals.csv) lisenssi, tai null, jos sitä ei ole päätetty."""
    suomenkielinen_versio_virallinen: bool = Field(default=False, title="Suomenkielinen versio virallinen")
    """true vain, kun hyvinvointialue on päättänyt, että suomenkielinen teksti on virallinen: silloin
    ruotsinkielisten sivujen ilmoitus tarkistamattomasta käännöksestä sanoo myös sen. Oletus false."""


class Selkokieli(Strict):
    """Sivuston selkokieliset tekstit: data/selkokieli.yml. Painopisteiden selkokieliset tekstit ovat
    painopisteiden tiedostoissa."""

    tarkistettu: bool = Field(title="Selkokieli tarkistettu")
    """true vasta, kun selkokieleen perehtynyt ihminen on tarkistanut tämän tiedoston tekstit."""
    etusivu: MarkdownTeksti = Field(title="Selkokielinen etusivu")
    """Mikä tämä sivusto on, mikä hyvinvointisuunnitelma ja strategiat ovat: muutama lyhyt kappale."""
    strategia: str = Field(title="Strategia")
    """Sen strategian tunniste (asiakirjat.yml), jonka muutoslupaukset ovat alla selkokielellä."""
    strategia_johdanto: MarkdownTeksti = Field(title="Strategia selkokielellä")
    """Mikä strategia on ja mitä se lupaa: lyhyt johdanto."""
    lupaukset: list[Teksti] = Field(min_length=1, title="Lupaukset selkokielellä")
    """Strategian muutoslupaukset selkokielellä, samassa järjestyksessä kuin asiakirjat.yml:ssä."""
    seuranta: MarkdownTeksti = Field(title="Miten seuraamme")
    """Miten tavoitteiden edistymistä seurataan ja mistä sen näkee."""
    palaute: MarkdownTeksti = Field(title="Palaute")
    """Miten voi antaa palautetta."""


class Muutos(Strict):
    """Sisältömuutos Mitä uutta -sivulle ja syötteeseen."""

    paivamaara: Paiva = Field(title="Päivämäärä")
    """Muutoksen päivämäärä."""
    kuvaus: Teksti = Field(title="Kuvaus")
    """Mitä muuttui."""
    kohde: Slug | None = Field(default=None, title="Kohde")
    """Muutettu painopiste tai tavoite (tunniste), jos muutos koskee yhtä."""


class Muutokset(Strict):
    """Sivuston sisältömuutokset: data/muutokset.yml."""

    muutokset: list[Muutos] = Field(default=[], title="Muutokset")
    """Muutokset, uusin ensin tai missä järjestyksessä tahansa."""


class ArvioituSivu(Strict):
    """Arvioinnin otokseen kuuluva sivu (WCAG-EM, vaihe 3)."""

    osoite: SivunOsoite = Field(title="Osoite")
    """Sivun osoite sivuston juuresta, esim. "/painopisteet/turvallisuus/" tai "/sv/"."""
    peruste: Teksti = Field(title="Peruste")
    """Miksi sivu on otoksessa, esim. "Etusivu" tai "Sivu, jolla on mittarikaavio"."""


KriteerinArvio = Literal["hyvaksytty", "hylatty", "ei-sovellu", "ei-tarkistettu"]


class KriteerinTulos(Strict):
    """Yhden WCAG-onnistumiskriteerin tulos käsin tehdyssä arvioinnissa."""

    kriteeri: Kriteeri = Field(title="Kriteeri")
    """WCAG-onnistumiskriteeri, esim. "1.4.3"."""
    tulos: KriteerinArvio = Field(title="Tulos")
    """hyvaksytty, hylatty, ei-sovellu (otoksessa ei ole sisältöä, jota kriteeri koskee) tai ei-tarkistettu."""
    sivut: list[SivunOsoite] = Field(default=[], title="Sivut")
    """Otoksen sivut, joilla kriteeri ei täyttynyt; [] = koko otos."""
    havainto: Teksti | None = Field(default=None, title="Havainto")
    """Mitä arvioija havaitsi: pakollinen, kun tulos on hylatty. Näkyy selosteessa puutteena."""
    kiertotie: Teksti | None = Field(default=None, title="Kiertotie")
    """Miten saman tiedon saa toisin, jos kriteeri ei täyty."""
    korjataan: Paiva | None = Field(default=None, title="Korjataan viimeistään")
    """Päivä, johon mennessä puute on tarkoitus korjata, jos se on päätetty."""

    @model_validator(mode="after")
    def _finding(self) -> KriteerinTulos:
        if self.tulos == "hylatty" and self.havainto is None:
            raise ValueError(Message("kerro hylätyn kriteerin havainto: lisää havainto (fi ja sv)",
                                     "berätta vad som iakttogs för ett underkänt kriterium: lägg till havainto (fi och sv)"))
        if self.tulos != "hylatty" and (self.sivut or self.kiertotie or self.korjataan):
            raise ValueError(Message("sivut, kiertotie ja korjataan kuuluvat vain hylättyyn kriteeriin: poista ne tai muuta tulos",
                                     "sivut, kiertotie och korjataan hör bara till ett underkänt kriterium: ta bort dem eller ändra tulos"))
        return self


class Kasiarviointi(Strict):
    """Ihmisen tekemä saavutettavuusarviointi WCAG-EM-menetelmällä (W3C): laajuus, otos, tulos
    kriteereittäin, arvioija, päivä ja apuvälineet."""

    paivamaara: Paiva = Field(title="Päivämäärä")
    """Päivä, jona arviointi valmistui."""
    arvioija: NonEmpty = Field(title="Arvioija")
    """Arvioijan nimi."""
    organisaatio: Teksti | None = Field(default=None, title="Organisaatio")
    """Arvioijan organisaatio, esim. järjestö tai yritys, jos arvioija ei ole hyvinvointialueelta."""
    laajuus: Teksti = Field(title="Laajuus")
    """Mitä arvioitiin (WCAG-EM, vaihe 1), esim. "Koko sivusto suomeksi ja ruotsiksi"."""
    tavoitetaso: Literal["WCAG 2.1 AA", "WCAG 2.2 AA"] = Field(default="WCAG 2.1 AA", title="Tavoitetaso")
    """Taso, jota vasten arvioitiin."""
    apuvalineet: list[NonEmpty] = Field(default=[], title="Apuvälineet")
    """Käytetyt apuvälineet selaimineen, esim. "NVDA 2024.4 ja Firefox 133", "VoiceOver ja Safari (iOS 18)"."""
    otos: list[ArvioituSivu] = Field(min_length=1, title="Otos")
    """Arvioidut sivut ja miksi ne valittiin (WCAG-EM, vaihe 3)."""
    tulokset: list[KriteerinTulos] = Field(min_length=1, title="Tulokset")
    """Tulos kriteereittäin; kriteeri, jota ei ole luettelossa, on tarkistamatta."""

    @model_validator(mode="after")
    def _consistent(self) -> Kasiarviointi:
        seen: set[str] = set()
        sampled = {page.osoite for page in self.otos}
        for result in self.tulokset:
            if result.kriteeri in seen:
                raise ValueError(Message(f"kriteeri {result.kriteeri} on tuloksissa kahdesti: yhdistä tulokset",
                                         f"kriteriet {result.kriteeri} finns två gånger bland resultaten: slå ihop resultaten"))
            seen.add(result.kriteeri)
            for page in result.sivut:
                if page not in sampled:
                    raise ValueError(Message(f"sivu {page} ei ole otoksessa: lisää se otokseen tai korjaa osoite",
                                             f"sidan {page} finns inte i urvalet: lägg till den i urvalet eller rätta adressen"))
        return self

    def result(self, criterion: str) -> KriteerinArvio:
        return next((r.tulos for r in self.tulokset if r.kriteeri == criterion), "ei-tarkistettu")


class Kasiarvioinnit(Strict):
    """Käsin tehdyt saavutettavuusarvioinnit: data/kasiarviointi.yml."""

    arvioinnit: list[Kasiarviointi] = Field(default=[], title="Arvioinnit")
    """Arvioinnit; seloste ja testiraportti käyttävät uusinta. [] = arviointia ei ole tehty."""

    @property
    def latest(self) -> Kasiarviointi | None:
        return max(self.arvioinnit, key=lambda a: a.paivamaara, default=None)


class AxeTarkistus(Strict):
    """Ihmisen tarkistama kohta, jonka axe-työkalu merkitsi tarkistettavaksi käsin (testiraportti)."""

    saanto: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")] = Field(title="axe-sääntö")
    """axe-säännön tunniste, esim. color-contrast (testiraportin taulukosta)."""
    sivu: Annotated[str, StringConstraints(pattern=r"^/([a-z0-9-]+/)*([a-z0-9-]+\.html)?$")] = Field(title="Sivu")
    """Sivun osoite sivuston juuresta, esim. / tai /sv/strategia/."""
    kohde: NonEmpty | None = Field(default=None, title="Kohde")
    """Elementin CSS-valitsin testiraportista; ilman sitä tulos koskee sivun kaikkia saman säännön kohtia."""
    tulos: Literal["lapaisty", "ei-lapaisty"] = Field(title="Tulos")
    """Tarkistuksen tulos: lapaisty tai ei-lapaisty."""
    tarkistaja: NonEmpty = Field(title="Tarkistaja")
    """Kuka tarkisti (nimi tai rooli)."""
    paivamaara: Paiva = Field(title="Päivämäärä")
    """Milloin tarkistettiin."""
    huomautus: Teksti | None = Field(default=None, title="Huomautus")
    """Mitä havaittiin."""


class AxeTarkistukset(Strict):
    """axe-työkalun käsin tarkistettavien kohtien tulokset: data/axe-tarkistettavat.yml. Kohta, jota ei
    ole tässä, on avoin: sitä ei ole vielä tarkistettu."""

    tarkistetut: list[AxeTarkistus] = Field(default=[], title="Tarkistetut")
    """Ihmisen tarkistamat kohdat."""


AsiakirjanLaji = Literal["suunnitelma", "strategia"]


class Korvaaja(Strict):
    """Mikä korvasi asiakirjan: toinen asiakirja tässä datassa (asiakirja), tai muualla julkaistu
    asiakirja nimen, päätöspäivän ja lähteen kanssa."""

    asiakirja: Slug | None = Field(default=None, title="Korvaava asiakirja")
    """Korvaavan asiakirjan tunniste tiedostossa asiakirjat.yml."""
    nimi: Teksti | None = Field(default=None, title="Nimi")
    """Muualla julkaistun korvaavan asiakirjan nimi."""
    paatospaiva: PaivaTaiKuukausi | None = Field(default=None, title="Päätöspäivä")
    """Päivä, jona korvaavasta asiakirjasta päätettiin (2025-10-06), tai kuukausi lainausmerkeissä ("2025-10"), jos lähde kertoo vain sen."""
    lahde: Lahde | None = Field(default=None, title="Lähde")
    """Lähde, jossa korvaavasta asiakirjasta kerrotaan (nimi ja osoite)."""

    @model_validator(mode="after")
    def _one_way(self) -> Korvaaja:
        outside = (self.nimi, self.paatospaiva, self.lahde)
        if self.asiakirja is not None and any(v is not None for v in outside):
            raise ValueError(Message("anna joko asiakirja (tunniste) tai nimi, paatospaiva ja lahde, ei molempia",
                                     "ange antingen asiakirja (beteckning) eller nimi, paatospaiva och lahde, inte båda"))
        if self.asiakirja is None and any(v is None for v in outside):
            raise ValueError(Message("anna korvaavan asiakirjan tunniste (asiakirja), tai sen nimi, paatospaiva ja lahde",
                                     "ange beteckningen för det dokument som ersatte detta (asiakirja), eller dess nimi, paatospaiva och lahde"))
        return self


class Asiakirja(Strict):
    """Suunnitelma tai strategia: nimi, kausi, hyväksyntä, lähteet ja mikä sen korvasi."""

    id: Slug = Field(title="Tunniste")
    """Pysyvä tunniste, esim. hyvinvointisuunnitelma-2024-2026. Älä muuta julkaisun jälkeen."""
    laji: AsiakirjanLaji = Field(title="Laji")
    """suunnitelma tai strategia."""
    nimi: Teksti = Field(title="Nimi")
    """Asiakirjan nimi."""
    kausi: Kausi = Field(title="Kausi")
    """Kausi, jolle asiakirja on tehty: se on voimassa ensimmäisen vuoden 1.1. – viimeisen vuoden 31.12."""
    hyvaksynta: Hyvaksynta | None = Field(title="Hyväksyntä")
    """Kuka hyväksyi asiakirjan ja milloin, tai null, jos lähteet eivät kerro."""
    lahteet: list[Lahde] = Field(min_length=1, title="Lähteet")
    """Mistä asiakirjan tiedot ovat: asiakirja itse, tiedote tai päätös."""
    osoite: Slug | None = Field(title="Osoite")
    """Sivujen osoite: null = sivuston ensimmäiset osoitteet (/suunnitelma/, /painopisteet/…, /strategia/),
    muuten kansio, esim. strategia-2026-2029. Älä muuta julkaisun jälkeen."""
    sisalto: Annotated[str, StringConstraints(pattern=r"^([a-z0-9-]+/)?(suunnitelma|strategia)\.yml$")] | None = Field(default=None, title="Sisältötiedosto")
    """Tiedosto, jossa asiakirjan sisältö on (suunnitelma.yml, strategia.yml tai kansio/suunnitelma.yml),
    tai null, jos sivustolla ei ole sen tavoitteita."""
    muutoslupaukset: list[Teksti] = Field(default=[], title="Muutoslupaukset")
    """Strategian muutoslupaukset, jos lähteet antavat ne."""
    korvaaja: Korvaaja | None = Field(default=None, title="Korvaaja")
    """Mikä korvasi asiakirjan, jos se tiedetään."""

    @model_validator(mode="after")
    def _content(self) -> Asiakirja:
        if self.sisalto is not None and Path(self.sisalto).stem != self.laji:
            raise ValueError(Message(f"{self.laji}n sisältö on tiedostossa {self.laji}.yml: korjaa sisalto tai laji",
                                     f"innehållet för laji: {self.laji} finns i filen {self.laji}.yml: rätta sisalto eller laji"))
        if self.osoite is None and self.sisalto is None:
            raise ValueError(Message("asiakirjalla, jolla ei ole sisältötiedostoa, on oltava oma osoite: lisää osoite",
                                     "ett dokument som saknar innehållsfil ska ha en egen adress: lägg till osoite"))
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

    ruotsinnos_tarkistettu: bool = Field(title="Ruotsinnos tarkistettu")
    """true, kun ihminen on tarkistanut tiedoston ruotsinkieliset tekstit."""
    asiakirjat: list[Asiakirja] = Field(min_length=1, title="Asiakirjat")
    """Asiakirjat vanhimmasta uusimpaan."""

    @property
    def earliest_start(self) -> dt.date:
        """The first day of the earliest document's period: no report can be older."""
        return min(d.starts for d in self.asiakirjat)


class Julkaistut(Strict):
    """Sivustolla julkaistut painopisteet, tavoitteet ja raportit: data/julkaistut.yml. Julkaisu
    päivittää tiedoston; sitä ei muokata käsin."""

    asiakirjat: dict[Slug, dict[Slug, dict[Slug, list[Paiva]]]] = Field(default={}, title="Asiakirjat")
    """Suunnitelman tunniste → painopisteen tunniste → tavoitteen tunniste → julkaistujen raporttien päivämäärät."""


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
    kasiarviointi: Kasiarviointi | None = None  # the newest manual accessibility evaluation
    axe_tarkistukset: list[AxeTarkistus] = []  # data/axe-tarkistettavat.yml
    selkokieli: Selkokieli | None = None  # data/selkokieli.yml: the easy-language pages' own texts

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




def _describe_fields() -> None:
    """Every data class field's description is the string literal right below it (inherited ones too)."""
    written: dict[str, dict[str, str]] = {}
    for node in ast.parse(Path(__file__).read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            written[node.name] = {
                field.target.id: inspect.cleandoc(doc.value.value)
                for field, doc in zip(node.body, node.body[1:])
                if isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
                and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str)
            }
    for cls in list(globals().values()):
        if isinstance(cls, type) and issubclass(cls, Strict):
            for name, field in cls.__pydantic_fields__.items():
                docs = [written[base.__name__][name] for base in cls.__mro__ if name in written.get(base.__name__, {})]
                if docs and field.description is None:
                    field.description = docs[0]


_describe_fields()
