"""Every text a resident reads on the built site is spelt right in its own language (Finnish with
Voikko, Swedish with Hunspell sv_FI); unknown words pass only through tests/spelling-allowlist.txt."""

import pytest
from bs4 import BeautifulSoup

import spelling



@pytest.fixture(autouse=True, scope="module")
def dictionaries():
    # Not a skip: a spelling gate that silently does not run is no gate.
    missing = spelling.missing_tools()
    if missing:
        pytest.fail("the spelling test needs Debian packages " + " ".join(missing) + " (./scripts/test installs them)")

SAMPLE = """<!doctype html><html lang="fi"><head><title>Näyte</title></head><body>
<p>Hyvinvointialue julkaisee suunnitelman. Tässä on kirjoitusvirhe: hyvinvontialue.</p>
<p lang="sv">Välfärdsområdet publicerar planen. Här finns ett stavfel: välfärdsområdde.</p>
<p>Ruotsiksi nimi on <span lang="sv">Västra Nylands välfärdsområde</span>.</p>
<p><code>ei-raportoitu</code> <span translate="no">kaynnissa</span></p>
</body></html>"""


def report(failed: dict) -> str:
    return "\n".join(f"{lang} {word}  ({', '.join('/' + p for p in pages[:3])})" for (lang, word), pages in sorted(failed.items()))


def test_the_allowlist_is_well_formed():
    allow = spelling.read_allowlist()
    assert not allow.problems, "\n".join(allow.problems)


def test_every_text_of_the_built_site_is_spelt_right_in_its_language(site):
    pages = {path: spelling.texts(site.soup(path)) for path in site.pages()}
    failed = spelling.unknown_words(pages, spelling.read_allowlist())
    assert not failed, (
        "Tuntemattomia sanoja / unknown words (fix the text, or add a line '<fi|sv|en> <word> <reason>' to "
        "tests/spelling-allowlist.txt):\n" + report(failed)
    )


def test_a_planted_misspelling_fails_in_each_language():
    sample = {"sample.html": spelling.texts(BeautifulSoup(SAMPLE, "html5lib"))}
    failed = spelling.unknown_words(sample, spelling.Allowlist())
    # Each misspelling is found in its own language, the Swedish name inside Finnish is checked as
    # Swedish (so it passes), and identifiers are not checked.
    assert set(failed) == {("fi", "hyvinvontialue"), ("sv", "välfärdsområdde")}


def test_an_allowlisted_word_passes_only_in_its_language():
    sample = {"sample.html": [("fi", "LUVN:n työntekijät"), ("sv", "LUVN:s anställda")]}
    allow = spelling.Allowlist()
    allow.words["fi"].add("LUVN")
    assert set(spelling.unknown_words(sample, allow)) == {("sv", "LUVN:s")}
