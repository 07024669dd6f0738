"""The accessibility checks the test run reports on, with the WCAG criteria each covers.

Every test in tests/a11y is marked `@pytest.mark.a11y_check("<id>")` with one of these ids;
the report (tests/helpers/a11y_evidence.py) counts passed and failed tests per check. A criterion's
version and level come from the coverage map (hooks/plan/domain/wcag_coverage.yml), which names these
checks for every criterion they claim (tests/plan/test_wcag_coverage.py): 2.4.11 is WCAG 2.2,
2.3.3 is AAA, 4.1.1 is obsolete in WCAG 2.2. An optional "note" says more about the mapping.
"""

CHECKS = {
    "axe": {
        "criteria": [],  # the axe rules' own tags: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, best-practice
        "fi": "Automaattinen tarkistus axe-core-työkalulla jokaisella sivulla, molemmilla kielillä, vaaleassa ja tummassa teemassa, 1280 ja 320 pikselin leveydellä",
        "sv": "Automatisk kontroll med axe-core på varje sida, på båda språken, i ljust och mörkt tema, i 1280 och 320 pixlars bredd",
    },
    "htmlcs": {
        "criteria": [],  # each error's code names its WCAG 2.1 criterion (Principle1.Guideline1_1.1_1_1…)
        "fi": "Automaattinen tarkistus HTML_CodeSniffer-työkalulla (WCAG2AA) jokaisella sivulla, molemmilla kielillä, vaaleassa ja tummassa teemassa, 1280 ja 320 pikselin leveydellä",
        "sv": "Automatisk kontroll med HTML_CodeSniffer (WCAG2AA) på varje sida, på båda språken, i ljust och mörkt tema, i 1280 och 320 pixlars bredd",
    },
    "reflow": {
        "criteria": ["1.4.10"],
        "fi": "Sisältö mukautuu 320 pikselin leveyteen ja 400 %:n suurennukseen ilman vaakasuuntaista vieritystä",
        "sv": "Innehållet anpassar sig till 320 pixlars bredd och 400 % förstoring utan vågrät rullning",
    },
    "text-spacing": {
        "criteria": ["1.4.12"],
        "fi": "Teksti ei leikkaudu eikä mene päällekkäin, kun riviväliä, kappaleväliä, sana- ja kirjainväliä kasvatetaan",
        "sv": "Texten klipps inte av och överlappar inte när rad-, stycke-, ord- och teckenavståndet ökas",
    },
    "keyboard": {
        "criteria": ["2.1.1", "2.1.2", "2.4.1", "2.4.3", "2.4.11"],
        "fi": "Kaikki linkit, painikkeet ja kentät saavutetaan näppäimistöllä järkevässä järjestyksessä ilman ansaa; ohituslinkki on ensimmäinen; kohdistettu kohta ei jää minkään alle, ei myöskään haun tai valikon ollessa auki",
        "sv": "Alla länkar, knappar och fält nås med tangentbordet i en logisk ordning utan fälla; överhoppningslänken är först; det fokuserade döljs inte under något, inte heller när sökningen eller menyn är öppen",
    },
    "controls": {
        "criteria": ["2.1.1", "2.4.3", "4.1.2", "4.1.3"],
        "fi": "Teemapainike, valikko ja haku saavutetaan sarkaimella ja toimivat Enterillä, välilyönnillä ja osoittimella; niiden rooli, nimi ja tila näkyvät saavutettavuuspuussa; Esc sulkee avoimen haun tai valikon kohdistuksen paikasta riippumatta ja palauttaa kohdistuksen avaajaan; hakutulosten määrä kerrotaan tilailmoituksena sivun kielellä; teemavalinta säilyy",
        "sv": "Temaknappen, menyn och sökningen nås med tabb och fungerar med Enter, mellanslag och pekare; deras roll, namn och tillstånd syns i tillgänglighetsträdet; Esc stänger en öppen sökning eller meny var fokus än är och återför fokus till det som öppnade; antalet sökträffar meddelas som statusmeddelande på sidans språk; temavalet bevaras",
    },
    "focus-visible": {
        "criteria": ["2.4.7", "1.4.11"],
        "fi": "Kohdistus näkyy kuvapisteinä mitattuna: jokainen sarkainpysähdys yhdellä kunkin tyyppisellä sivulla ja sivuston yhteiset säätimet jokaisella sivulla sekä jokainen pysähdys haun tai valikon ollessa auki, molemmilla kielillä, vaaleassa ja tummassa teemassa, 1280 ja 320 pikselin leveydellä; kohdistettu ja kohdistamaton kuvakaappaus eroavat vähintään kontrastilla 3:1",
        "sv": "Fokus syns mätt i bildpunkter: varje tabbstopp på en sida av varje typ och webbplatsens gemensamma knappar och reglage på varje sida samt varje stopp medan sökningen eller menyn är öppen, på båda språken, i ljust och mörkt tema, i 1280 och 320 pixlars bredd; skärmbilderna med och utan fokus skiljer sig med minst kontrasten 3:1",
    },
    "language": {
        "criteria": ["3.1.1", "3.1.2"],
        "fi": "Sivun kieli on merkitty oikein, ja toisenkieliset osat on merkitty omalla kielellään",
        "sv": "Sidans språk är rätt angivet och delar på ett annat språk är märkta med sitt språk",
    },
    "structure": {
        "criteria": ["1.3.1", "2.4.2", "2.4.6"],
        "fi": "Yksi pääotsikko, ei ohitettuja otsikkotasoja, yksilölliset sivuotsikot, maamerkit ja taulukoiden otsikot",
        "sv": "En huvudrubrik, inga överhoppade rubriknivåer, unika sidtitlar, landmärken och tabellrubriker",
    },
    "names": {
        "criteria": ["1.1.1", "1.4.1", "4.1.2"],
        "fi": "Tilat on kerrottu myös sanoin, ja jokaisella säätimellä ja tilalla on sivun kielinen nimi saavutettavuuspuussa",
        "sv": "Lägen anges också med ord, och varje knapp, reglage och läge har ett namn på sidans språk i tillgänglighetsträdet",
    },
    "forced-colors": {
        "criteria": ["1.4.11"],
        "fi": "Pakotetuissa väreissä (Windowsin suuri kontrasti) kohdistus näkyy kuvapisteinä mitattuna, ja reunat ja tilamerkit näkyvät",
        "sv": "Med tvingade färger (Windows hög kontrast) syns fokus mätt i bildpunkter, och kanter och lägesmarkeringar syns",
    },
    "reduced-motion": {
        "criteria": ["2.3.3"],
        "fi": "Kun käyttäjä on pyytänyt vähennettyä liikettä, mikään ei liiku",
        "sv": "När användaren har bett om minskad rörelse rör sig ingenting",
    },
    "no-js": {
        # No success criterion of its own: WCAG lets a page rely on JavaScript. It protects the
        # statement's promise that the site is usable when scripts do not run.
        "criteria": [],
        "note": {
            "fi": "Ei omaa WCAG-onnistumiskriteeriä: se varmistaa, että sisältö, valikko ja kielilinkki toimivat myös ilman JavaScriptiä",
            "sv": "Inget eget framgångskriterium i WCAG: den säkerställer att innehållet, menyn och språklänken fungerar också utan JavaScript",
        },
        "fi": "Sisältö, navigaatio ja kielivalinta toimivat ilman JavaScriptiä",
        "sv": "Innehållet, navigeringen och språkvalet fungerar utan JavaScript",
    },
    "progress": {
        "criteria": ["1.1.1", "1.3.1", "1.4.1", "1.4.10", "1.4.11", "4.1.1"],
        "fi": "Edistymistä näyttävät sivut (kaikki tilat, myöhässä olevat tavoitteet, raporttihistoria, yhteenvedot, mittarien kaaviot ja taulukot, Mitä uutta) testidatalla: axe molemmissa teemoissa ja leveyksissä, otsikot ja taulukot, tilat sanoin, 320 pikselin leveys, pakotetut värit ja HTML-validius",
        "sv": "Sidorna som visar framsteg (alla lägen, försenade mål, rapporthistorik, sammanfattningar, indikatorernas diagram och tabeller, Aktuellt) med testdata: axe i båda teman och bredderna, rubriker och tabeller, lägen med ord, 320 pixlars bredd, tvingade färger och giltig HTML",
    },
    "html": {
        "criteria": ["4.1.1"],
        "note": {
            "fi": "4.1.1 Jäsennys on poistettu WCAG 2.2 -versiosta; tarkistus on säilytetty laatutarkistuksena",
            "sv": "4.1.1 Parsning har strukits i WCAG 2.2; kontrollen har behållits som kvalitetskontroll",
        },
        "fi": "Jokainen sivu on virheetöntä HTML:ää (Nu Html Checker)",
        "sv": "Varje sida är felfri HTML (Nu Html Checker)",
    },
}
