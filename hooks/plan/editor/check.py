"""The editors' check: `./scripts/check` validates data/ without building the site.

Prints every problem in every file as `file:line:column: field: what to do`, in Finnish, and
exits 1 when there is any. The site build runs the same `load.load` first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from plan import build, config
from plan.data import load, published
from plan.editor import places

POLL_SECONDS = 0.5


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


EXPLAINED_SV = (
    "Data innehåller {errors} ({files}). Webbplatsen byggs inte förrän de har rättats:",
    "Rätta punkterna (fil:rad:kolumn: plats: anvisning) och kontrollera på nytt: ./scripts/check",
)


def explain(exc: load.DataErrors, preview: bool = False, lang: str | None = None) -> str:
    """Every problem, one per line, with what to do: for the terminal and the build log. With a
    `lang` (fi, sv: the check's --kieli, the pull request's annotations) each place is named by
    the form's labels in that language, as the editor of the browser form sees them."""
    files = {e.file for e in exc.errors}
    if lang == "sv":
        head, tail = EXPLAINED_SV
        errors = f"{len(exc.errors)} {'fel' if len(exc.errors) == 1 else 'fel'}"
        in_files = f"i {len(files)} {'fil' if len(files) == 1 else 'filer'}"
        return "\n".join([head.format(errors=errors, files=in_files), *(f"  {places.of(e, 'sv')}" for e in exc.errors), tail])
    consequence = (
        "Esikatselu näyttää viimeisimmän virheettömän version, kunnes ne on korjattu:" if preview
        else "Sivustoa ei rakenneta ennen kuin ne on korjattu:"
    )
    head = (
        f"Datassa on {_count(len(exc.errors), 'virhe', 'virhettä')} "
        f"({_count(len(files), 'tiedostossa', 'tiedostossa')}). {consequence}"
    )
    tail = "Korjaa kohdat (tiedosto:rivi:sarake: kenttä: ohje) ja tarkista uudelleen: ./scripts/check"
    lines = [str(places.of(e, lang)) if lang else str(e) for e in exc.errors]
    return "\n".join([head, *(f"  {line}" for line in lines), tail])


def untranslated_notice(untranslated: list[load.DataError]) -> list[str]:
    if not untranslated:
        return []
    n = len(untranslated)
    return [
        f"Esikatselu näyttää suomeksi {_count(n, 'tekstin', 'tekstiä')}, "
        f"{'jolta' if n == 1 else 'joilta'} puuttuu ruotsinnos (julkaisu vaatii sen):",
        *(f"  {e}" for e in untranslated),
    ]


def report(data_dir: Path, allow_untranslated: bool = False, as_of: dt.date | None = None,
           lang: str | None = None) -> tuple[bool, str]:
    """(passed, what to print) for one check of data_dir as of a date (default: the settings')."""
    started = time.perf_counter()
    try:
        loaded = build.checked(data_dir, allow_untranslated=allow_untranslated, as_of=as_of or config.read().as_of)
    except load.DataErrors as exc:
        return False, explain(exc, lang=lang)
    plan = loaded.plan
    seconds = f"{time.perf_counter() - started:.2f}".replace(".", ",")  # Finnish decimal comma
    summary = (
        f"Data on kunnossa: {_count(len(plan.painopisteet), 'painopiste', 'painopistettä')}, "
        f"{_count(len(plan.goals), 'tavoite', 'tavoitetta')}, "
        f"{_count(len(plan.council_goals), 'valtuustokauden tavoite', 'valtuustokauden tavoitetta')} "
        f"(tarkistettu {seconds} s)."
    )
    return True, "\n".join([summary, *untranslated_notice(loaded.untranslated)])


def _snapshot(data_dir: Path) -> dict[Path, float]:
    return {f: f.stat().st_mtime for f in data_dir.rglob("*") if f.is_file()}


def wait_until_valid(data_dir: Path, allow_untranslated: bool, settings: config.Settings) -> None:
    """Check, and while there are errors, check again after every saved change (as of each
    check's day: the wait may pass midnight)."""
    passed, text = report(data_dir, allow_untranslated, settings.as_of)
    while not passed:
        print(text, "\nOdotan korjausta: tarkistan uudelleen, kun tallennat tiedoston (Ctrl+C lopettaa).", sep="", flush=True)
        before = _snapshot(data_dir)
        while _snapshot(data_dir) == before:
            time.sleep(POLL_SECONDS)
        passed, text = report(data_dir, allow_untranslated, settings.as_of)
    print(text, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./scripts/check", description="Tarkistaa datan (data/*.yml) rakentamatta sivustoa.")
    parser.add_argument("data_dir", nargs="?", type=Path, help="datakansio (oletus: PLAN_DATA_DIR tai data/)")
    parser.add_argument("--esikatselu", action="store_true", help="salli puuttuvat ruotsinnokset (esikatselun tapaan)")
    parser.add_argument("--odota", action="store_true", help="virheiden jälkeen odota korjausta ja tarkista uudelleen")
    parser.add_argument("--paivita-julkaistut", action="store_true", help=(
        "tarkistuksen jälkeen lisää datan painopisteet, tavoitteet ja raportit julkaistujen luetteloon "
        f"({published.FILE}); julkaisu tekee tämän mainissa itse"
    ))
    parser.add_argument("--kieli", choices=("fi", "sv"), help="nimeä kohdat selainmuokkaimen otsikoin tällä kielellä (fi, sv)")
    args = parser.parse_args(argv)
    try:
        settings = config.read()  # first: a bad setting stops the check as it stops the build
        data_dir = args.data_dir or settings.data_dir  # the folder the build and the preview read
        if args.paivita_julkaistut:
            return update_register(data_dir, settings)
        if args.odota:
            wait_until_valid(data_dir, args.esikatselu, settings)
            return 0
        passed, text = report(data_dir, args.esikatselu, settings.as_of, args.kieli)
        print(text, file=sys.stdout if passed else sys.stderr)
        return 0 if passed else 1
    except KeyboardInterrupt:
        return 130
    except config.SettingError as exc:
        print(exc, file=sys.stderr)
        return 1
    except load.LoadBug as exc:  # a bug of ours, not the editor's: no traceback, but which file
        print(bug_message(exc), file=sys.stderr)
        return 3
    except Exception as exc:
        print(load.printable(f"Tarkistus keskeytyi odottamattomaan virheeseen ({type(exc).__name__}: {exc}). "
              "Ilmoita tästä sivuston kehittäjille."), file=sys.stderr)
        return 3


def update_register(data_dir: Path, settings: config.Settings) -> int:
    """Check, and when the data passes, add what it publishes to the register (never drop anything).
    A missing register is created (a new site): then the check has nothing to compare yet."""
    file = data_dir / published.FILE
    if not file.exists():
        file.write_text(published.text({}), encoding="utf-8")
    passed, text = report(data_dir, False, settings.as_of)
    if not passed:
        print(text, "\nJulkaistujen luetteloa ei päivitetty.", sep="\n", file=sys.stderr)
        return 1
    errors: list[load.DataError] = []
    _, old = load.read_published(data_dir, errors)
    plan = load.load(data_dir, as_of=settings.as_of).plan
    new = published.merged(old or {}, published.current(plan))
    written = published.text(new)
    changed = written != file.read_text(encoding="utf-8")
    if changed:
        file.write_text(written, encoding="utf-8")
    before, after = published.counts(old or {}), published.counts(new)
    added = ", ".join(f"{_count(b - a, one, many)}" for a, b, one, many in zip(
        before, after, ("painopiste", "tavoite", "raportti"), ("painopistettä", "tavoitetta", "raporttia")))
    print(text)
    print(f"Julkaistujen luettelo {load.shown_path(file)}: " + (f"lisättiin {added}." if changed else "ei muutoksia."))
    return 0


def bug_message(exc: load.LoadBug) -> str:
    return load.printable(
        f"Tarkistus keskeytyi odottamattomaan virheeseen tiedostoa {load.shown_path(exc.file)} luettaessa "
        f"({exc.__cause__.__class__.__name__}: {exc.__cause__}). Vika ei ole datassa: ilmoita tästä sivuston kehittäjille."
    )


if __name__ == "__main__":
    sys.exit(main())
