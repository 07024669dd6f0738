"""config.py: every environment variable read once; a bad value is one Finnish line, and the
check stops on it with status 1 (the build, the preview and the scripts: tests/site/test_settings.py)."""

import datetime as dt
import json
import os

import pytest

from plan import config
from plan.editor import check
from plan.postbuild import page_words

ROOT = config.ROOT


# name → values the project cannot use; {tmp} is a folder that exists, {file} a plain text file in it
BAD = {
    "SOURCE_DATE_EPOCH": ["abc", "-1", "1.5", " 1767225600", "99999999999999999999"],
    "SITE_URL": ["abc", "esimerkki.fi/hyvinvointi/", "ftp://esimerkki.fi/", "https://", "http://[::1", "https://a b.fi/"],
    "PLAN_DATA_DIR": ["{tmp}/ei-ole", "{file}"],
    "A11Y_REPORT_FILE": ["{tmp}"],
    "PLAN_TIMINGS_FILE": ["{tmp}", "{tmp}/ei-ole/ajat.json"],
    "PLAN_COMPOUND_CACHE": ["{tmp}", "{tmp}/ei-ole/yhdyssanat.json"],
    "CMS_GITHUB_REPO": ["hyvinvointi", "a/b/c", "-a/b", "a/..", "https://github.com/a/b"],
    "GITHUB_REPOSITORY": ["hyvinvointi"],
    "CMS_AUTH_URL": ["kirjautuminen.example.dev", "javascript:alert(1)"],
    "CHROME_BIN": ["{tmp}/ei-ole/chromium", "{file}", "{tmp}"],
    "CHROMEDRIVER_BIN": ["ei-tallaista-ohjelmaa-ole", "{file}"],
    "A11Y_REPORT_OUT": ["{tmp}"],
    "GITHUB_SERVER_URL": ["github.com"],
}
CASES = [(name, value) for name, values in BAD.items() for value in values]


def test_every_variable_has_bad_values_tested():
    assert set(BAD) == set(config.NAMES)


def _bad(value: str, tmp_path) -> str:
    file = tmp_path / "tiedosto.txt"
    file.write_text("x", encoding="utf-8")
    return value.format(tmp=tmp_path, file=file)


@pytest.mark.parametrize("name, value", CASES)
def test_a_bad_value_is_one_finnish_line_naming_it(name, value, tmp_path):
    value = _bad(value, tmp_path)
    with pytest.raises(config.SettingError) as caught:
        config.read({name: value})
    line = str(caught.value)
    assert "\n" not in line
    assert line.startswith(f"Asetus {name}={json.dumps(value, ensure_ascii=False)} ei kelpaa: odotetaan ")
    assert "Korjaa arvo tai poista muuttuja (oletus: " in line


@pytest.mark.parametrize("name, value", CASES)
def test_the_check_stops_with_that_line(name, value, tmp_path, monkeypatch, capsys):
    value = _bad(value, tmp_path)
    monkeypatch.setenv(name, value)
    assert check.main([str(ROOT / "data")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"Asetus {name}=") and err.count("\n") == 1, err
    assert "Traceback" not in err and "odottamatto" not in err


def test_the_value_is_shown_escaped():
    with pytest.raises(config.SettingError) as caught:
        config.read({"SITE_URL": "https://a.fi/\n\x1b[31m"})
    assert str(caught.value).startswith('Asetus SITE_URL="https://a.fi/\\n\\u001b[31m" ei kelpaa')


def test_unset_and_empty_give_the_defaults():
    for environ in ({}, {name: "" for name in config.NAMES}):
        settings = config.read(environ)
        assert settings.data_dir == ROOT / "data"
        assert settings.a11y_report_file == settings.a11y_report_out == ROOT / "reports" / "accessibility" / "report.json"
        assert settings.timings_file is settings.site_url is settings.source_date_epoch is None
        assert settings.cms_repo == "omistaja/repositorio" and settings.cms_auth_url is None
        assert settings.compound_cache is None and settings.repository_url == ""
        assert (settings.chrome_bin, settings.chromedriver_bin) == ("/usr/bin/chromium", "/usr/bin/chromedriver")


def test_good_values(tmp_path):
    program = tmp_path / "chromium"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    settings = config.read({
        "SOURCE_DATE_EPOCH": "1767225600", "SITE_URL": "https://esimerkki.github.io/hyvinvointi",
        "PLAN_DATA_DIR": str(tmp_path), "A11Y_REPORT_FILE": str(tmp_path / "ei-raporttia.json"),
        "PLAN_TIMINGS_FILE": str(tmp_path / "ajat.json"), "PLAN_COMPOUND_CACHE": str(tmp_path / "y.json"),
        "GITHUB_REPOSITORY": "lansi-uusimaa/hyvinvointi", "CMS_AUTH_URL": "https://auth.example.dev",
        "CHROME_BIN": str(program), "CHROMEDRIVER_BIN": "sh", "GITHUB_SERVER_URL": "https://github.com",
    })
    assert settings.source_date_epoch == 1767225600 and settings.as_of == dt.date(2026, 1, 1)
    assert settings.site_url == "https://esimerkki.github.io/hyvinvointi/"  # as MkDocs made it
    assert settings.data_dir == tmp_path and settings.timings_file == tmp_path / "ajat.json"
    assert settings.cms_repo == "lansi-uusimaa/hyvinvointi"  # GitHub Actions' own, without CMS_GITHUB_REPO
    assert settings.cms_auth_url == "https://auth.example.dev"  # as written
    assert settings.chrome_bin == str(program) and os.path.isabs(settings.chromedriver_bin)
    assert settings.repository_url == "https://github.com/lansi-uusimaa/hyvinvointi"
    assert config.read({"CMS_GITHUB_REPO": "a/b.c", "GITHUB_REPOSITORY": "x/y"}).cms_repo == "a/b.c"
    assert config.read({"GITHUB_SERVER_URL": "http://github.com", "GITHUB_REPOSITORY": "x/y"}).repository_url == ""


def test_the_check_reads_the_data_dir_the_build_reads(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PLAN_DATA_DIR", str(tmp_path))  # an empty folder: every file is missing
    assert check.main([]) == 1
    assert "suunnitelma.yml:1:1: tiedosto puuttuu" in capsys.readouterr().err  # data/ has it


def test_the_compound_cache_is_the_setting(tmp_path):
    cache = tmp_path / "yhdyssanat.json"
    cache.write_text(json.dumps({"kokeilusana": [7]}), encoding="utf-8")
    try:
        page_words.use_cache(cache)
        assert page_words._compound_cuts("kokeilusana") == [7]  # read from the file, not from Voikko
    finally:
        page_words.use_cache(None)
