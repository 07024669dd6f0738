"""What the build refuses or escapes, shown on copies of the project."""

import pytest

from sitebuild import copy_project


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def test_page_missing_in_one_language_fails_the_build_naming_it(build, project, tmp_path):
    (project / "docs" / "sv" / "seuranta.md").unlink()
    built = build(project, tmp_path / "out")
    assert built.returncode != 0
    assert "sv/seuranta.md" in built.log
    assert "Traceback" not in built.log


# Data errors: every reject case goes through the check and the build in test_data_errors.py.


def test_text_from_data_is_escaped_in_the_built_page(build, project, tmp_path):
    file = project / "data" / "painopisteet" / "turvallisuus.yml"
    title = "Turvallisuus *ei korostusta* & [ei linkkiä](x) # < 5 % {: .x }"
    text = file.read_text(encoding="utf-8").replace("fi: Turvallisuuden edistäminen", f'fi: "{title}"', 1)
    file.write_text(text, encoding="utf-8")
    built = build(project, tmp_path / "out", PLAN_DATA_DIR=str(project / "data"))
    assert built.returncode == 0, built.log
    soup = built.soup("painopisteet/turvallisuus/")
    h1 = soup.find("article").h1
    assert " ".join(h1.get_text().replace("\u00ad", "").split()) == title  # without soft hyphens
    assert h1.find(["em", "a"]) is None


def test_without_a_report_the_statement_says_so(build, project, tmp_path):
    built = build(project, tmp_path / "out", A11Y_REPORT_FILE=str(tmp_path / "no-report.json"))
    assert built.returncode == 0, built.log
    assert not (built.dir / "saavutettavuusseloste" / "testiraportti").exists()
    text = built.soup("saavutettavuusseloste/").find("article").get_text(" ")
    assert "Tätä sivuston versiota ei ole testattu automaattisesti" in " ".join(text.split())
