"""The interface glossary (hooks/plan/labels/GLOSSARY.md, issue 24): the labels and the data use
its chosen terms, not the rejected ones."""

import re
from pathlib import Path

import pytest
import yaml

from checks import CHECKS

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "hooks" / "plan" / "labels" / "GLOSSARY.md"


def _rows() -> list[dict]:
    lines = [line for line in GLOSSARY.read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    head = [c.strip() for c in lines[0].strip("|").split("|")]
    return [dict(zip(head, (c.strip() for c in line.strip("|").split("|")))) for line in lines[1:] if not line.startswith("| ---")]


def _texts(lang: str) -> dict[str, str]:
    """Every text in `lang` of the labels and the data, by file name."""
    def strings(node, in_lang: bool):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from strings(v, in_lang or k == lang)
        elif isinstance(node, list):
            for v in node:
                yield from strings(v, in_lang)
        elif isinstance(node, str) and in_lang:
            yield node
    files = [*(ROOT / "hooks" / "plan" / "labels").glob("*.yml"), *(ROOT / "data").rglob("*.yml"), ROOT / "hooks" / "plan" / "domain" / "wcag_coverage.yml"]
    texts = {f.name: "\n".join(strings(yaml.safe_load(f.read_text(encoding="utf-8")), False)) for f in files}
    texts["checks.py"] = "\n".join(strings(CHECKS, False))  # the check names the report and the statement show
    return texts


CASES = [(row["term"], lang, form.strip(), row["not yet checked in"])
         for row in _rows() for lang in ("fi", "sv") for form in row[f"rejected {lang}"].split(",") if form.strip()]


def test_the_glossary_reads():
    assert len(_rows()) >= 10 and CASES


@pytest.mark.parametrize("term, lang, rejected, pending", CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_labels_and_data_do_not_use_a_rejected_term(term, lang, rejected, pending):
    skip = {name.strip() for name in pending.split(",") if name.strip()}
    found = [name for name, text in _texts(lang).items()
             if name not in skip and re.search(rf"(?<!\w){re.escape(rejected)}", text, flags=re.IGNORECASE)]
    assert not found, f"{lang} '{rejected}' ({term}): use the glossary's term in {found}"
