"""The readability figures (tests/helpers/readability.py, issue 27 item 4) on small texts whose
figures are counted by hand here."""

import pytest
from bs4 import BeautifulSoup

import readability as r

SENTENCES = """Palvelu alkaa 1.1. Espoossa. Se päättyy 31.12.2026 Vihdissä! Onko se hyvä?
Kunnat auttavat esim. Espoota ja mm. Lohjaa. Luku 2. kertoo lisää. Työ päättyy vuonna 2026. Sitten arvioimme sen.
Tavoitteet
Me autamme perheitä
–"""


def test_sentences_end_at_end_marks_and_units_but_not_at_abbreviations_dates_or_numbers():
    assert r.sentences(SENTENCES) == [
        "Palvelu alkaa 1.1. Espoossa.",  # a day and month: no end, even before a capital
        "Se päättyy 31.12.2026 Vihdissä!",
        "Onko se hyvä?",
        "Kunnat auttavat esim. Espoota ja mm. Lohjaa.",  # listed abbreviations: no end
        "Luku 2. kertoo lisää.",  # a small letter goes on
        "Työ päättyy vuonna 2026.",  # a year at the end of a sentence ends it
        "Sitten arvioimme sen.",
        "Tavoitteet",  # a heading, a list item: a sentence each
        "Me autamme perheitä",
    ]  # the last unit, a dash alone, has no words


def test_words_keep_compounds_case_endings_and_numbers_whole_and_count_only_letters():
    text = "Länsi-Uudenmaan hyvinvointialue ja LUVN:n sosiaali- ja terveyspalvelut 2024–2026, 31.12.2026 – 5 %."
    assert r.words(text) == ["Länsi-Uudenmaan", "hyvinvointialue", "ja", "LUVN:n", "sosiaali-", "ja",
                             "terveyspalvelut", "2024–2026", "31.12.2026", "5"]
    assert [r.letters(w) for w in ("Länsi-Uudenmaan", "LUVN:n", "sosiaali-", "2024–2026")] == [14, 5, 8, 0]


def test_lix_counts_words_of_more_than_six_letters():
    # 11 words in 2 sentences; long: Välfärdsområdet (15), hjälper (7), familjer (8); "skolan" has 6.
    text = "Vi vill att alla mår bra i skolan. Välfärdsområdet hjälper familjer."
    assert r.lix(text) == pytest.approx(11 / 2 + 100 * 3 / 11)  # 32.77


FINNISH = """Me tuemme hyvinvointia. Hyvinvointiin kuuluu terveys.
Hyvinvointialue tekee työtä kuntien ja järjestöjen kanssa joka päivä kaikkialla Länsi-Uudenmaan alueella.
Tavoitteet"""


def test_finnish_sentence_lengths_and_long_words():
    # Sentences of 3, 3, 12 and 1 words; 13 letters or more: Hyvinvointiin (13), Hyvinvointialue (15),
    # Länsi-Uudenmaan (14); hyvinvointia has 12.
    assert r.sentence_lengths(FINNISH) == [3, 3, 12, 1]
    assert r.mean_sentence_length(FINNISH) == pytest.approx(19 / 4)
    assert r.longest_sentence(FINNISH) == 12
    assert r.long_word_share(FINNISH) == pytest.approx(100 * 3 / 19)


def test_abbreviations_are_explained_only_by_their_written_out_form_on_the_page():
    text = ("LUVN tekee työtä Länsi-Uudenmaan hyvinvointialueella. THL:n ohje auttaa esim. kouluja. "
            "Sote-palvelut ovat tärkeitä. Yksi hyte-palvelu on hyvinvoinnin ja terveyden edistämisen palvelu.")
    assert r.abbreviations(text, "fi") == ["LUVN", "THL", "sote", "hyte", "esim."]
    # LUVN and hyte are written out (inflected); THL is in no table; sote and esim. are not written out.
    assert r.unexplained(text, "fi") == ["THL", "sote", "esim."]
    assert r.unexplained("Sote eli sosiaali- ja terveydenhuollon palvelut.", "fi") == []
    # The whole written-out form, in its order: "hyvinvointialue" alone does not write out LUVN.
    assert r.unexplained("LUVN on Länsi-Uudenmaan alue. Se on hyvinvointialue.", "fi") == ["LUVN"]
    swedish = "Bl.a. Lojo hjälper, t.ex. skolor. Det gör också bland annat kommunerna."
    assert r.abbreviations(swedish, "sv") == ["t.ex.", "bl.a."]
    assert r.unexplained(swedish, "sv") == ["t.ex."]


def test_passive_verb_forms_are_found_with_voikko():
    text = ("Me teemme työtä. Työtä tehdään yhdessä. Sitä seurataan. Ennen tehtiin toisin. Sitä ei tehdä enää. "
            "Selvitys on tehty. Haluamme tehdä hyvää. Työ on ollut hyvää. Tulokset ovat kuviteltuja.")
    # Not: teemme (active), tehdä after haluamme (an infinitive), on ollut (active perfect), a
    # participle in another case than the nominative.
    assert r.passive_verbs(text) == ["tehdään", "seurataan", "tehtiin", "ei tehdä", "on tehty"]


def test_figures_name_each_limit_they_exceed():
    sixteen = "Me teemme työtä " + " ".join(["paljon"] * 12) + " tänään."
    assert r.sentence_lengths(sixteen) == [16]
    # FINNISH: mean 4.75, longest 12, 15.8 % long words, no abbreviations, no passive forms.
    assert r.figures(FINNISH, "fi").over_limits() == [
        "15.8 % sanoista on 13-kirjaimisia tai pidempiä (enintään 5 %)"]
    # 3 sentences of 16, 2 and 2 words: mean 6.7; one passive form in 3 sentences.
    assert r.figures(sixteen + " Tehdään työtä. THL auttaa.", "fi").over_limits() == [
        "pisin virke 16 sanaa (enintään 15)",
        "passiivimuotoja 1 / 3 virkettä (enintään 10 %): Tehdään",
        "selittämättömät lyhenteet: THL",
    ]
    eleven = "Me teemme työtä paljon ja hyvin joka päivä tänään ja huomenna. "
    assert r.figures(eleven * 2, "fi").over_limits() == ["keskimäärin 11.0 sanaa virkkeessä (enintään 10)"]
    assert r.figures("Vi vill att alla mår bra i skolan. Välfärdsområdet hjälper familjer.", "sv").over_limits() == [
        "LIX 32.8 (högst 30)"]
    assert r.figures("Vi vill att alla mår bra. Vi hjälper dig.", "sv").over_limits() == []


PAGE = """<!doctype html><html lang="fi"><body>
<header><p>Sivuston nimi</p></header><nav><a href="/">Etusivu</a></nav>
<main><article><h1>Turval&shy;lisuus selkokielellä</h1>
<div class="admonition note"><p class="admonition-title">Huomio</p><p>Tätä tekstiä ei ole vielä
tarkistettu.</p></div>
<p>Haluamme, että kaikki ovat turvassa.
Me teemme työtä.</p><p aria-hidden="true">●●●</p>
<ul><li>Kodit</li><li>Koulut <ul><li>ala&shy;koulut</li></ul></li></ul>
<p class="extra">Lisätietoa</p>
<p><a href="../">Lue koko teksti yleiskielellä</a></p>
<svg><text>kuva</text></svg></article></main>
<footer><p>Alatunniste</p></footer></body></html>"""


def test_main_text_is_the_article_one_block_a_line_without_what_is_left_out():
    soup = BeautifulSoup(PAGE, "html5lib")
    text = r.main_text(soup, leave_out=".extra",
                       leave_out_texts=("Tätä tekstiä ei ole vielä tarkistettu.", "Lue koko teksti yleiskielellä"))
    assert text.splitlines() == [
        "Turvallisuus selkokielellä",
        "Haluamme, että kaikki ovat turvassa. Me teemme työtä.",
        "Kodit",
        "Koulut",
        "alakoulut",
    ]  # the notice goes with its title; hidden text, drawings, header, menu and footer are not read
    assert "Tätä tekstiä ei ole vielä tarkistettu." in r.main_text(soup)  # the caller's soup is whole
