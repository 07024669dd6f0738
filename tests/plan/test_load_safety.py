"""load.py against what editors realistically produce and what a hostile file could contain:
every file answered quickly, every problem a Finnish error with file and line, never a traceback."""

import datetime as dt
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from plan.data import load
from plan.domain import model, progress
from plan.editor import check

ROOT = Path(__file__).resolve().parents[2]
AREA = "painopisteet/turvallisuus.yml"
REAL = (ROOT / "data" / AREA).read_text(encoding="utf-8")

# Fixed seed, bounded examples: the fast tier stays fast and gives the same result every run.
PROPERTY = settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """A copy of the real data whose area file each example replaces."""
    target = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _checked(errors: list[load.DataError]) -> list[load.DataError]:
    for error in errors:
        assert error.file.name and error.line >= 1 and error.column >= 1, error
        assert "Traceback" not in str(error) and error.message
    return errors


def _answer(data: Path, content: bytes) -> list[load.DataError]:
    """The errors for `content` as the area file, read and checked on its own (the path where
    files fail); [] when it passes. Any exception but DataErrors fails the test."""
    file = data / AREA
    file.write_bytes(content)
    try:
        source = load.read_yaml(file)
    except load.DataErrors as exc:
        return _checked(exc.errors)
    _, errors, _ = load.validate(source, model.Painopiste)
    return _checked(errors)


def _answer_whole(data: Path, content: bytes) -> list[load.DataError]:
    """The same through the whole load, with the cross-file checks (slower: fewer examples)."""
    (data / AREA).write_bytes(content)
    try:
        load.load(data)
    except load.DataErrors as exc:
        return _checked(exc.errors)
    return []


@PROPERTY
@given(st.binary(max_size=400))
def test_random_bytes(data, content):
    _answer(data, content)


_CONTROL = st.sampled_from(["\x00", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x96", "\ufffe", "\U0001ffff", "\u202e", "\u2066", "\u2028", "\ufeff", "\t", "\r"])


@PROPERTY
@given(st.integers(0, len(REAL)), _CONTROL)
def test_a_control_character_anywhere_is_an_error_at_its_place(data, at, char):
    errors = _answer(data, (REAL[:at] + char + REAL[at:]).encode("utf-8"))
    if char not in "\r\ufeff" or (char == "\ufeff" and at > 0):
        line = REAL[:at].count("\n") + 1
        assert errors and any(e.line == line for e in errors), errors


@PROPERTY
@given(st.integers(1, 3000), st.sampled_from(["[", "{", "- ", "? ", "  a:\n", "[[", "{a: "]))
def test_deep_nesting(data, depth, opener):
    _answer(data, (REAL + "x: " + opener * depth + "\n").encode("utf-8"))


@settings(PROPERTY, max_examples=25)
@given(st.lists(st.tuples(st.integers(0, REAL.count("\n")), st.sampled_from(["indent", "dedent", "delete", "duplicate", "colon", "quote", "dash"])), min_size=1, max_size=4))
def test_mutations_of_the_real_file(data, mutations):
    lines = REAL.split("\n")
    for index, kind in mutations:
        index = min(index, len(lines) - 1)
        row = lines[index]
        lines[index:index + 1] = {
            "indent": [" " + row], "dedent": [row[1:]], "delete": [], "duplicate": [row, row],
            "colon": [row.replace(":", "", 1)], "quote": [row.replace(": ", ': "', 1)], "dash": ["- " + row],
        }[kind]
    _answer_whole(data, "\n".join(lines).encode("utf-8"))


@settings(PROPERTY, max_examples=30)
@given(st.text(max_size=120))
def test_any_text_as_a_markdown_field(data, text):
    quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    _answer(data, REAL.replace("kuvaus:\n  fi: |\n", f'kuvaus:\n  fi: "{quoted}"\n  fi_x: |\n', 1).encode("utf-8"))


@pytest.mark.parametrize("content", [
    "x: " + "[" * 250_000, "x: " + "[" * 20_000 + "]" * 20_000, "x: " + "- " * 100_000 + "a", "x: " + "{a: " * 60_000,
    ('x: "' + '#"' * 100_000), "a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 700)),
], ids=["unclosed-brackets", "nested-brackets", "nested-dashes", "nested-braces", "quotes-and-hashes", "deep-indent"])
def test_pathological_file_is_answered_well_under_a_second(data, content):
    body = f"{load.modeline_of(AREA)}\n{content}\n".encode("utf-8")
    assert len(body) <= load.MAX_FILE_BYTES
    started = time.process_time()  # CPU time: the machine's other work does not count
    _answer(data, body)
    assert time.process_time() - started < 0.5


def test_size_is_checked_before_reading(data, monkeypatch):
    (data / AREA).write_bytes(b"x" * (load.MAX_FILE_BYTES + 1))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read before its size was known"))
    with pytest.raises(load.DataErrors, match="suurin sallittu koko"):
        load.read_yaml(data / AREA)


def test_messages_show_control_characters_as_escapes():
    error = load.DataError(Path("data/x.yml"), 3, 1, "tuntematon\x1b[2J\u202ekenttä", "viesti\x0b")
    assert str(error) == "data/x.yml:3:1: tuntematon\\x1b[2J\\u202ekenttä: viesti\\x0b"


def test_a_bug_while_reading_exits_3_naming_the_file(data, monkeypatch, capsys):
    (data / AREA).write_text(REAL, encoding="utf-8")
    real_validate = load.validate

    def broken(source, schema, allow_untranslated=False):
        if source.file.name == "turvallisuus.yml":
            raise KeyError("oops")
        return real_validate(source, schema, allow_untranslated)

    monkeypatch.setattr(load, "validate", broken)
    assert check.main([str(data)]) == 3
    err = capsys.readouterr().err
    assert "painopisteet/turvallisuus.yml luettaessa" in err and "Vika ei ole datassa" in err and "Traceback" not in err


@pytest.mark.parametrize("utc, helsinki", [
    ("2026-01-01T21:59:59", dt.date(2026, 1, 1)),  # 23.59.59 in Helsinki (UTC+2)
    ("2026-01-01T22:00:00", dt.date(2026, 1, 2)),  # midnight in Helsinki
    ("2026-06-30T23:30:00", dt.date(2026, 7, 1)),  # 02.30 in summer (UTC+3)
])
def test_today_is_the_date_in_helsinki(monkeypatch, utc, helsinki):
    epoch = int(dt.datetime.fromisoformat(utc).replace(tzinfo=dt.timezone.utc).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    assert progress.today() == helsinki


def test_a_report_written_at_0130_in_helsinki_is_not_in_the_future(data, monkeypatch):
    # 2025-03-01 01.30 in Helsinki is 2025-02-28 23.30 UTC.
    epoch = int(dt.datetime(2025, 2, 28, 23, 30, tzinfo=dt.timezone.utc).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    report = (
        "    maaraaika: 2024-12-31\n    raportit:\n      - paivamaara: 2025-03-01\n        tila: käynnissä\n"
        "        kuvaus:\n          fi: Selvitys on käynnissä.\n          sv: Utredningen pågår.\n"
        "        lahde:\n          nimi:\n            fi: Aluehallitus\n            sv: Regionstyrelsen\n"
    )
    (data / AREA).write_text(REAL.replace("    maaraaika: 2024-12-31\n", report, 1), encoding="utf-8")
    load.load(data)


def test_a_deadline_day_ends_at_midnight_in_helsinki(real_plan, monkeypatch):
    goal = next(g for g in real_plan.goals if g.deadline and g.deadline.kind == "paiva")
    last = goal.deadline.last_day
    before = dt.datetime.combine(last, dt.time(21, 59), dt.timezone.utc)  # 23.59 in Helsinki (winter)
    for moment, passed in ((before, False), (before + dt.timedelta(minutes=2), True)):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(moment.timestamp())))
        assert progress.goal_progress(goal, progress.today()).deadline_passed is passed
