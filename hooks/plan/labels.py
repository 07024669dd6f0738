"""Interface words in Finnish and Swedish (labels/*.yml, one file per part of the site), and
locale formatting with Babel."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import yaml
from babel.dates import format_date, format_datetime, get_timezone
from babel.numbers import format_decimal
from babel import Locale

LABELS_DIR = Path(__file__).with_name("labels")


@cache
def _all() -> dict:
    merged: dict[str, dict] = {}
    for file in sorted(LABELS_DIR.glob("*.yml")):
        for lang, words in yaml.load(file.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)).items():
            clash = merged.setdefault(lang, {}).keys() & words.keys()
            if clash:  # one word, one place
                raise ValueError(f"{file.name} repeats label keys of another file: {sorted(clash)}")
            merged[lang].update(words)
    return merged


class Labels:
    """The interface words of one language: `labels["goals_heading"]`, `labels.count("goals_count", 3)`."""

    def __init__(self, lang: str):
        self.lang = lang
        self.words: dict = _all()[lang]
        self.locale: str = self.words["locale"]
        self._plural = Locale.parse(self.locale).plural_form

    def with_status(self, **names: str) -> Labels:
        """These words with other names for some statuses (keys with _ for -), e.g. on the pages
        of a document whose period has ended."""
        other = Labels.__new__(Labels)
        other.__dict__.update(self.__dict__)
        other.words = {**self.words, "status": {**self.words["status"], **{k.replace("_", "-"): v for k, v in names.items()}}}
        return other

    def __getitem__(self, key: str):
        return self.words[key]

    def format(self, key: str, **values) -> str:
        return self.words[key].format(**values)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def count(self, key: str, n: int, *, sub: str | None = None, **values) -> str:
        forms = self.words[key] if sub is None else self.words[key][sub]
        return forms[self._plural(n)].format(n=self.number(n), **values)

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def datetime(self, value: dt.datetime) -> str:
        """A moment in Finnish time, e.g. "23. marraskuuta 2026 klo 19.05"."""
        return format_datetime(value, format=self.words["datetime_format"], tzinfo=get_timezone("Europe/Helsinki"), locale=self.locale)

    def month(self, value: dt.date) -> str:
        # Stand-alone month name with the year: "toukokuu 2025", "maj 2025".
        return format_date(value, format="LLLL y", locale=self.locale)

    def when(self, value: str) -> str:
        """A day "2025-10-07" or a month "2025-10" (model.PaivaTaiKuukausi) as it follows a verb:
        "7. lokakuuta 2025" / "den 7 oktober 2025", "lokakuussa 2025" / "i oktober 2025"."""
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 3:
            return self.format("on_day", date=self.date(dt.date(*parts)))
        day = dt.date(parts[0], parts[1], 1)
        return self.format("in_month", month=format_date(day, format="LLLL", locale=self.locale), year=parts[0])


def in_sentence(name: str) -> str:
    """A document's name inside a sentence, where it is no proper name: "Strategin för förnyelse av
    tjänster" → "strategin för förnyelse av tjänster". A name that starts as a proper name keeps its
    capital: a first word with another capital ("Länsi-Uudenmaan", "LUVN") or a capitalised second
    word ("Västra Nylands …")."""
    words = name.split(" ")
    first = words[0]
    if not first[:1].isupper() or any(c.isupper() for c in first[1:]):
        return name
    if len(words) > 1 and words[1][:1].isupper():
        return name
    return first[0].lower() + name[1:]


def all_labels() -> dict:
    """Every language's words, for the theme templates (which pick by the page language)."""
    return _all()
