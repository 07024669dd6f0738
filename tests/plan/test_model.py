import datetime as dt

import pytest
from pydantic import ValidationError

from plan.domain import model


def test_deadline_forms():
    assert model.maaraaika_of("2026").last_day == dt.date(2026, 12, 31)
    assert model.maaraaika_of("2025-02").last_day == dt.date(2025, 2, 28)
    assert model.maaraaika_of("2024-06-01").kind == "paiva"
    named = model.maaraaika_of(None, model.Teksti(fi="valtuustokauden loppuun mennessä", sv="x"))
    assert named.kind == "jakso" and named.last_day is None


def test_text_needs_both_languages_and_content():
    with pytest.raises(ValidationError):
        model.Teksti(fi="x")
    with pytest.raises(ValidationError):
        model.Teksti(fi="x", sv="  ")
    with pytest.raises(ValidationError):
        model.Teksti(fi="x", sv="y", en="z")


def test_area_without_goals_must_say_so():
    base = dict(ruotsinnos_tarkistettu=False, id="x", luku=None, otsikko={"fi": "a", "sv": "b"},
                tiivistelma=None, kuvaus=None, alaviitteet=[], tavoitteet=[])
    model.Painopiste(**base, tavoitteet_julkaistu=False)
    with pytest.raises(ValidationError):
        model.Painopiste(**base, tavoitteet_julkaistu=True)


def test_slug_ids():
    with pytest.raises(ValidationError):
        model.Arvo(id="Ei Slug", nimi={"fi": "a", "sv": "b"}, kuvaus={"fi": "a", "sv": "b"})


def test_all_texts_walks_the_model(real_plan):
    texts = model.all_texts(real_plan)
    assert len(texts) > 200
    assert all(t.fi.strip() and t.sv.strip() for t in texts)
