"""labels.py, languages.py."""

import datetime as dt

from plan import languages
from plan.labels import Labels, all_labels


def test_labels_exist_in_both_languages_with_same_keys():
    words = all_labels()

    def keys(d, prefix=""):
        return {prefix + k for k in d} | {x for k, v in d.items() if isinstance(v, dict) for x in keys(v, prefix + k + ".")}

    assert keys(words["fi"]) == keys(words["sv"])


def test_counts_and_numbers_in_locale():
    assert Labels("fi").count("goals_count", 1) == "1 tavoite"
    assert Labels("fi").count("goals_count", 6) == "6 tavoitetta"
    assert Labels("sv").count("category_counts", 2, sub="ei-raportoitu") == "2 inte rapporterade"
    assert Labels("fi").number(12.5) == "12,5"
    assert Labels("sv").number(1234.5) == "1\xa0234,5"


def test_missing_counterparts():
    uris = ["fi/index.md", "sv/index.md", "fi/a/b.md", "sv/c.md"]
    assert languages.missing_counterparts(uris, ["fi", "sv"]) == ["fi/c.md", "sv/a/b.md"]
    assert languages.missing_counterparts(uris[:2], ["fi", "sv"]) == []


def test_home_alternates_for_the_error_pages():
    alternates = [{"name": "Suomi", "lang": "fi", "link": "/x/"}, {"name": "Svenska", "lang": "sv", "link": "/sv/x/"}]
    homes = languages.home_alternates(alternates, all_labels())
    assert [a["link"] for a in homes] == ["/", "/sv/"] and homes[1]["name"] == "Svenska"
