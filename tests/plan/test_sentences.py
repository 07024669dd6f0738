"""Sentences built from parts (issue 24): an ended document's notice (what replaced it: a document
here, one published elsewhere decided on a day or in a month, or nothing; its goals reported or
not), the lines that say when a document is in force, the notices of its last months and before it
begins, a day or a month after a verb, and counts of one and many: every combination the data
allows, in both languages, against sentences written out by hand."""

import datetime as dt
import re

import pytest

from plan.domain import model, progress
from plan.outputs import render
from plan.site import urls
from plan.labels import Labels

AFTER_ALL = dt.date(2030, 1, 1)  # both the plan 2024–2026 and the strategy 2023–2025 have ended
PLAN, STRATEGY, NEW_STRATEGY = "hyvinvointisuunnitelma-2024-2026", "hyvinvointialuestrategia-2023-2025", "palvelujen-uudistamisen-strategia-2026-2029"


def _text(md: str) -> str:
    """The notice's words as a reader sees them: no admonition line, links as their text, no escapes."""
    body = " ".join(line.strip() for line in md.splitlines() if line.strip() and not line.startswith("!!!"))
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    return re.sub(r"\\(.)", r"\1", body)


ENDED = {
    ("fi", "suunnitelma"): "Tämä suunnitelma oli voimassa vuosina 2024–2026.",
    ("fi", "strategia"): "Tämä strategia oli voimassa vuosina 2023–2025.",
    ("sv", "suunnitelma"): "Den här planen gällde 2024–2026.",
    ("sv", "strategia"): "Den här strategin gällde 2023–2025.",
}
OUTSIDE = model.Teksti(fi="Alueellinen hyvinvointisuunnitelma 2027–2030", sv="Regional välfärdsplan 2027–2030")
SUCCESSOR = {
    ("fi", "suunnitelma", "here"): "Suunnitelman tilalle on tullut palvelujen uudistamisen strategia 2026–2029.",
    ("fi", "strategia", "here"): "Strategian tilalle on tullut palvelujen uudistamisen strategia 2026–2029.",
    ("sv", "suunnitelma", "here"): "Planen har ersatts av strategin för förnyelse av tjänster 2026–2029.",
    ("sv", "strategia", "here"): "Strategin har ersatts av strategin för förnyelse av tjänster 2026–2029.",
    ("fi", "suunnitelma", "day"): "Suunnitelman tilalle on tullut alueellinen hyvinvointisuunnitelma 2027–2030, joka hyväksyttiin 7. lokakuuta 2025. Lähde: Tiedote.",
    ("fi", "strategia", "day"): "Strategian tilalle on tullut alueellinen hyvinvointisuunnitelma 2027–2030, joka hyväksyttiin 7. lokakuuta 2025. Lähde: Tiedote.",
    ("sv", "suunnitelma", "day"): "Planen har ersatts av regional välfärdsplan 2027–2030, som godkändes den 7 oktober 2025. Källa: Pressmeddelande.",
    ("sv", "strategia", "day"): "Strategin har ersatts av regional välfärdsplan 2027–2030, som godkändes den 7 oktober 2025. Källa: Pressmeddelande.",
    ("fi", "suunnitelma", "month"): "Suunnitelman tilalle on tullut alueellinen hyvinvointisuunnitelma 2027–2030, joka hyväksyttiin lokakuussa 2025. Lähde: Tiedote.",
    ("fi", "strategia", "month"): "Strategian tilalle on tullut alueellinen hyvinvointisuunnitelma 2027–2030, joka hyväksyttiin lokakuussa 2025. Lähde: Tiedote.",
    ("sv", "suunnitelma", "month"): "Planen har ersatts av regional välfärdsplan 2027–2030, som godkändes i oktober 2025. Källa: Pressmeddelande.",
    ("sv", "strategia", "month"): "Strategin har ersatts av regional välfärdsplan 2027–2030, som godkändes i oktober 2025. Källa: Pressmeddelande.",
    ("fi", "suunnitelma", "none"): "Tällä sivustolla ei ole vielä tietoa seuraavasta suunnitelmasta. Alueellinen hyvinvointisuunnitelma laaditaan valtuustokausittain, ja sen tavoitteista ja toimenpiteistä raportoidaan vuosittain.",
    ("fi", "strategia", "none"): "Tällä sivustolla ei ole vielä tietoa seuraavasta strategiasta.",
    ("sv", "suunnitelma", "none"): "Webbplatsen har ännu inga uppgifter om nästa plan. Den regionala välfärdsplanen utarbetas för varje fullmäktigeperiod, och målen och åtgärderna rapporteras årligen.",
    ("sv", "strategia", "none"): "Webbplatsen har ännu inga uppgifter om nästa strategi.",
}
GOALS = {
    ("fi", "suunnitelma", False): "Tämän suunnitelman tavoitteista ei julkaistu raportteja tällä sivustolla.",
    ("fi", "strategia", False): "Tämän strategian tavoitteista ei julkaistu raportteja tällä sivustolla.",
    ("sv", "suunnitelma", False): "Inga rapporter om målen i den här planen publicerades på webbplatsen.",
    ("sv", "strategia", False): "Inga rapporter om målen i den här strategin publicerades på webbplatsen.",
    ("fi", "suunnitelma", True): "Jokaisesta tavoitteesta näytetään viimeisin raportoitu tilanne.",
    ("fi", "strategia", True): "Jokaisesta tavoitteesta näytetään viimeisin raportoitu tilanne.",
    ("sv", "suunnitelma", True): "För varje mål visas det senast rapporterade läget.",
    ("sv", "strategia", True): "För varje mål visas det senast rapporterade läget.",
}


def _replaced(plan: model.Plan, doc_id: str, successor: str) -> model.Plan:
    """The plan with document `doc_id` replaced as `successor` says."""
    korvaaja = {
        "here": model.Korvaaja(asiakirja=NEW_STRATEGY),
        "day": model.Korvaaja(nimi=OUTSIDE, paatospaiva="2025-10-07", lahde=model.Lahde(nimi=model.Teksti(fi="Tiedote", sv="Pressmeddelande"))),
        "month": model.Korvaaja(nimi=OUTSIDE, paatospaiva="2025-10", lahde=model.Lahde(nimi=model.Teksti(fi="Tiedote", sv="Pressmeddelande"))),
        "none": None,
    }[successor]
    docs = [d.model_copy(update={"meta": d.meta.model_copy(update={"korvaaja": korvaaja})}) if d.id == doc_id else d
            for d in plan.asiakirjat]
    return plan.model_copy(update={"asiakirjat": docs})



def _notice(renderer, plan, doc, lang: str) -> str:
    """The notice on top of a document's page at the top of the site (links as written)."""
    return render.PageViews(renderer, "index.md", lang, reviewed=True, plan=plan, doc=doc, paths=urls.Paths(doc.meta)).doc_notice

@pytest.mark.parametrize("reported", [False, True], ids=["no-reports", "reports"])
@pytest.mark.parametrize("successor", ["here", "day", "month", "none"])
@pytest.mark.parametrize("laji", ["suunnitelma", "strategia"])
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_ended_notice(real_plan, progress_plan, lang, laji, successor, reported):
    plan = _replaced(progress_plan if reported else real_plan, PLAN if laji == "suunnitelma" else STRATEGY, successor)
    doc = plan.document(PLAN if laji == "suunnitelma" else STRATEGY)
    assert any(g.raportit for g in [*doc.goals, *doc.council_goals]) is reported
    said = _text(_notice(render.Renderer(plan, AFTER_ALL), plan, doc, lang))
    assert said == " ".join([ENDED[lang, laji], SUCCESSOR[lang, laji, successor], GOALS[lang, laji, reported]])


def test_ended_notice_in_the_feed_and_on_the_earlier_page_matches(real_plan):
    from plan.outputs import feeds

    for successor in ("here", "day", "month", "none"):
        plan = _replaced(real_plan, STRATEGY, successor)
        for lang in ("fi", "sv"):
            note = feeds._period_note(plan, plan.document(STRATEGY), Labels(lang))
            assert note == f"{ENDED[lang, 'strategia']} {SUCCESSOR[lang, 'strategia', successor]}", (lang, successor)


# When a document is in force, on the home page: after its name and a dash, and as a sentence.
LINES = {
    # (lang, as_of): (line of the strategy 2026–2029, sentence of the plan 2024–2026)
    ("fi", dt.date(2025, 6, 1)): ("tulee voimaan 1. tammikuuta 2026.", "Alueellinen hyvinvointisuunnitelma 2024–2026 on voimassa 31. joulukuuta 2026 asti."),
    ("sv", dt.date(2025, 6, 1)): ("börjar gälla den 1 januari 2026.", "Regional välfärdsplan 2024–2026 gäller till och med den 31 december 2026."),
    ("fi", dt.date(2026, 11, 23)): ("voimassa 31. joulukuuta 2029 asti.", "Alueellinen hyvinvointisuunnitelma 2024–2026 on voimassa 31. joulukuuta 2026 asti."),
    ("sv", dt.date(2026, 11, 23)): ("gäller till och med den 31 december 2029.", "Regional välfärdsplan 2024–2026 gäller till och med den 31 december 2026."),
    ("fi", dt.date(2030, 1, 1)): ("oli voimassa 31. joulukuuta 2029 asti.", "Alueellinen hyvinvointisuunnitelma 2024–2026 oli voimassa 31. joulukuuta 2026 asti."),
    ("sv", dt.date(2030, 1, 1)): ("gällde till och med den 31 december 2029.", "Regional välfärdsplan 2024–2026 gällde till och med den 31 december 2026."),
}


@pytest.mark.parametrize("lang, as_of", list(LINES), ids=[f"{k[0]}-{k[1]}" for k in LINES])
def test_document_lines(real_plan, lang, as_of):
    r, labels = render.Renderer(real_plan, as_of), Labels(lang)
    strategy, plan_doc = real_plan.document(NEW_STRATEGY), real_plan.document(PLAN)
    line = r._doc_line(strategy, labels)
    said = r._doc_line(plan_doc, labels, name=render.plain(plan_doc.meta.nimi, lang))
    assert (_text(line), _text(said)) == LINES[lang, as_of]


# The notice of the last months, and before a document begins.
NOTICES = {
    ("fi", dt.date(2026, 11, 23), PLAN): "Tämä suunnitelma on voimassa 31. joulukuuta 2026 asti.",
    ("sv", dt.date(2026, 11, 23), PLAN): "Den här planen gäller till och med den 31 december 2026.",
    ("fi", dt.date(2029, 8, 1), NEW_STRATEGY): "Tämä strategia on voimassa 31. joulukuuta 2029 asti.",
    ("sv", dt.date(2029, 8, 1), NEW_STRATEGY): "Den här strategin gäller till och med den 31 december 2029.",
    ("fi", dt.date(2025, 6, 1), NEW_STRATEGY): "Tämä strategia tulee voimaan 1. tammikuuta 2026.",
    ("sv", dt.date(2025, 6, 1), NEW_STRATEGY): "Den här strategin börjar gälla den 1 januari 2026.",
    ("fi", dt.date(2023, 6, 1), PLAN): "Tämä suunnitelma tulee voimaan 1. tammikuuta 2024.",
    ("sv", dt.date(2023, 6, 1), PLAN): "Den här planen börjar gälla den 1 januari 2024.",
}


@pytest.mark.parametrize("lang, as_of, doc_id", list(NOTICES), ids=[f"{k[0]}-{k[1]}-{k[2][:12]}" for k in NOTICES])
def test_notices_before_and_at_the_end(real_plan, lang, as_of, doc_id):
    doc = real_plan.document(doc_id)
    said = _text(_notice(render.Renderer(real_plan, as_of), real_plan, doc, lang))
    assert said == NOTICES[lang, as_of, doc_id]


@pytest.mark.parametrize("lang, value, said", [
    ("fi", "2025-10-07", "7. lokakuuta 2025"), ("sv", "2025-10-07", "den 7 oktober 2025"),
    ("fi", "2025-10", "lokakuussa 2025"), ("sv", "2025-10", "i oktober 2025"),
    ("fi", "2026-01", "tammikuussa 2026"), ("sv", "2026-01", "i januari 2026"),
    ("fi", "2026-07", "heinäkuussa 2026"), ("sv", "2026-07", "i juli 2026"),
])
def test_a_day_or_a_month_after_a_verb(lang, value, said):
    assert Labels(lang).when(value) == said


@pytest.mark.parametrize("name, said", [
    ("Strategin för förnyelse av tjänster 2026–2029", "strategin för förnyelse av tjänster 2026–2029"),
    ("Palvelujen uudistamisen strategia 2026–2029", "palvelujen uudistamisen strategia 2026–2029"),
    ("Regional välfärdsplan 2027–2030", "regional välfärdsplan 2027–2030"),
    ("Länsi-Uudenmaan hyvinvointialueen strategia", "Länsi-Uudenmaan hyvinvointialueen strategia"),
    ("Västra Nylands välfärdsområdes strategi", "Västra Nylands välfärdsområdes strategi"),
    ("LUVN-strategia", "LUVN-strategia"),
])
def test_a_name_inside_a_sentence(name, said):
    from plan.labels import in_sentence

    assert in_sentence(name) == said


# Summaries: one goal and many, none reported (one sentence) or some (the counts).
SUMMARIES = {
    ("fi", 1, False): "1 tavoite. Siitä ei ole julkaistu raporttia.",
    ("fi", 19, False): "19 tavoitetta. Niistä ei ole julkaistu yhtään raporttia.",
    ("sv", 1, False): "1 mål. Ingen rapport om det har publicerats.",
    ("sv", 19, False): "19 mål. Ingen rapport om dem har publicerats.",
    ("fi", 1, True): "1 tavoite: 1 käynnissä",
    ("fi", 19, True): "19 tavoitetta: 1 käynnissä, 18 ei raportoitu",
    ("sv", 1, True): "1 mål: 1 pågår",
    ("sv", 19, True): "19 mål: 1 pågår, 18 inte rapporterade",
}


@pytest.mark.parametrize("lang, n, reported", list(SUMMARIES), ids=[f"{k[0]}-{k[1]}-{'some' if k[2] else 'none'}-reported" for k in SUMMARIES])
def test_summary(real_plan, lang, n, reported):
    goals = real_plan.goals[:n]
    if reported:
        report = model.Raportti.model_validate({"paivamaara": dt.date(2026, 1, 1), "tila": "käynnissä",
                                                "kuvaus": {"fi": "x", "sv": "x"}, "lahde": {"nimi": {"fi": "x", "sv": "x"}}})
        goals = [goals[0].model_copy(update={"raportit": [report], "maaraaika": "2029"}), *goals[1:]]
    html = render.Renderer(real_plan, dt.date(2026, 11, 23))._summary(goals, Labels(lang))
    text = re.sub(r"\s+", " ", re.sub(r"<p class=\"summary__visual\".*?</p>|<[^>]+>", " ", html, flags=re.S)).strip()
    assert text == SUMMARIES[lang, n, reported]
    assert progress.summary(goals, dt.date(2026, 11, 23)).total == n
