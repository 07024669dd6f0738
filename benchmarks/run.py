"""The performance benchmark: build time and the share of our own data work, the check, the preview's
refresh, bytes per page type, Pagefind's search index and what opening search and a first query load,
build cost per page at 1× and 20× data, and Lighthouse's performance and accessibility scores
(mobile) for the home, area and strategy pages.

Run: `./scripts/benchmark` (after `./scripts/test` or `./scripts/serve` has made .venv). Prints a
table and writes reports/benchmark.json. Timings are medians of several runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests" / "helpers")]

import lighthouse  # noqa: E402
from browser import SiteServer, chromium  # noqa: E402
from page_weight import FIRST_VISIT_BUDGET, HTML_BUDGET, gz, visit  # noqa: E402
from preview import Preview  # noqa: E402
from progress_fixture import write_data_file  # noqa: E402
from sitebuild import SOURCE_DATE_EPOCH, copy_project  # noqa: E402

from plan.data import load, published  # noqa: E402
from plan.domain import model
from plan.postbuild import search

M = TypeVar("M", bound=BaseModel)

SCALE = 20
REPORTS_PER_GOAL = 8
PERIODS = 4  # plans in the synthetic data: the real one and three earlier ones
PAGE_TYPES = {  # page type → site path (Finnish)
    "home": "",
    "area": "painopisteet/hyvinvointi-ja-terveyserot/",
    "strategy": "strategia/",
    "statement": "saavutettavuusseloste/",
}
SEARCH_PAGE = "strategia/"  # where search is opened and queried
SEARCH_QUERY = "hyvinvointi"  # a common word: it finds most Finnish pages
LIGHTHOUSE_PAGES = ("home", "area", "strategy")


def build(project: Path, data: Path, out: Path) -> tuple[float, float, int]:
    """(wall seconds, seconds of our data work, pages built) for one strict build."""
    timings = out.parent / f"{out.name}-timings.json"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
           "PLAN_DATA_DIR": str(data), "PLAN_TIMINGS_FILE": str(timings)}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                          cwd=project, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"build failed:\n{proc.stdout}{proc.stderr}")
    pages = sum(1 for _ in out.rglob("*.html"))
    return wall, json.loads(timings.read_text())["data_work_s"], pages


def revised(value: M, **changes) -> M:
    """`value` with `changes`, checked by its own model (model_copy would check nothing)."""
    return type(value).model_validate({**value.model_dump(), **changes})


def write_model(target: Path, name: str, value: BaseModel) -> None:
    # The model's own dump: dates stay dates and deadlines strings, the shapes the loader reads back.
    write_data_file(target, name, value.model_dump(exclude_defaults=True))


def synthetic_data(target: Path, scale: int) -> Path:
    """The real data × scale: every area copied `scale` times, each goal with many reports. The
    copies are spread over up to PERIODS plans (the real one and earlier ones, each under its own
    address), so that several periods and their notices are built too (issue 16). Derived from the
    checked model of the real data, so that the copies have the shapes the model accepts."""
    shutil.copytree(ROOT / "data", target)
    real = load.load_plan(ROOT / "data")
    docs = model.Asiakirjat.model_validate(load.read_yaml(target / load.DOCUMENTS_FILE).data)
    real_doc = next(d for d in docs.asiakirjat if d.laji == "suunnitelma" and d.osoite is None)
    periods = [None] + [(2024 - 3 * n, 2026 - 3 * n) for n in range(1, min(PERIODS, scale))]  # None: the real plan's
    orders: list[list[str]] = [[] for _ in periods]
    reports = [
        model.Raportti(paivamaara=dt.date(2024 + r // 4, 1 + 3 * (r % 4), 15), tila="käynnissä",
                       kuvaus=model.Teksti(fi=f"Raportti {r}.", sv=f"Rapport {r}."),
                       lahde=model.Lahde(nimi=model.Teksti(fi=f"Päätös {r}", sv=f"Beslut {r}")))
        for r in range(REPORTS_PER_GOAL)
    ]
    for file in (target / load.AREA_DIR).glob("*.yml"):
        file.unlink()
    for area in real.painopisteet:
        for k in range(scale):
            p = k % len(periods)
            folder = "" if periods[p] is None else f"suunnitelma-{periods[p][0]}/"
            # An earlier plan's goals have a deadline inside its period.
            deadline = {} if periods[p] is None else {"maaraaika": str(periods[p][1]), "maaraaika_nimi": None,
                                                      "maaraaika_kauden_ulkopuolella": False}
            goals = [revised(goal, id=f"{goal.id}-{k}", raportit=reports, **deadline) for goal in area.tavoitteet]
            clone = revised(area, id=f"{area.id}-{k}", tavoitteet=goals)
            (target / folder / load.AREA_DIR).mkdir(parents=True, exist_ok=True)
            write_model(target, f"{folder}{load.AREA_DIR}/{clone.id}.yml", clone)
            orders[p].append(clone.id)
    earlier = []
    for period, order in zip(periods, orders):
        if period is None:
            write_model(target, "suunnitelma.yml", revised(real.suunnitelma, painopisteet=order))
            continue
        start, end = period
        name = model.Teksti(fi=f"Synteettinen suunnitelma {start}–{end}", sv=f"Syntetisk plan {start}–{end}")
        kausi = model.Kausi(alku=start, loppu=end)
        write_model(target, f"suunnitelma-{start}/suunnitelma.yml",
                    revised(real.suunnitelma, nimi=name, kausi=kausi, hyvaksynta=None, painopisteet=order))
        earlier.insert(0, revised(real_doc, id=f"suunnitelma-{start}", nimi=name, kausi=kausi,
                                  osoite=f"suunnitelma-{start}", sisalto=f"suunnitelma-{start}/suunnitelma.yml",
                                  korvaaja=model.Korvaaja(asiakirja=real_doc.id)))
    write_model(target, load.DOCUMENTS_FILE, revised(docs, asiakirjat=earlier + docs.asiakirjat))
    # A new site: the real areas it replaced were never published here (plan/published.py).
    (target / published.FILE).write_text(published.text({}), encoding="utf-8")
    return target



def first_visits(base_url: str, site: Path) -> dict:
    """Per page type: what a first visit loads, gzip'd (page_weight.visit, as the budget tests)."""
    driver = chromium()
    try:
        return {kind: visit(driver, base_url, site, path) for kind, path in PAGE_TYPES.items()}
    finally:
        driver.quit()


def sent(file: Path) -> int:
    """A file's bytes as sent, gzip'd: Pagefind writes its index, fragments and wasm gzip'd already."""
    data = file.read_bytes()
    return len(data) if data[:2] == b"\x1f\x8b" else gz(data)


def pagefind_bundle(site: Path) -> dict:
    """What Pagefind's bundle holds: the shared files, and per language its metadata, wasm, index
    chunks and fragments (one per page), in bytes as sent."""
    bundle = site / search.BUNDLE
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    files = lambda pattern: [sent(f) for f in sorted(bundle.glob(pattern))]  # noqa: E731
    return {
        "entry_gz": sent(bundle / "pagefind-entry.json"),
        "script_gz": sent(bundle / "pagefind.js"),
        "worker_gz": sent(bundle / "pagefind-worker.js"),
        "languages": {lang: {"pages": info["page_count"],
                             "meta_gz": sent(bundle / f"pagefind.{info['hash']}.pf_meta"),
                             "wasm_gz": sent(bundle / f"wasm.{info['wasm']}.pagefind"),
                             "index_chunks_gz": files(f"index/{lang}_*.pf_index"),
                             "fragments_gz": files(f"fragment/{lang}_*.pf_fragment")}
                      for lang, info in entry["languages"].items()},
    }


def _server_quiet(server: SiteServer, quiet: float = 0.5, limit: float = 15) -> None:
    """Waits until no request has reached the server for `quiet` seconds."""
    count, since, started = len(server.requested), time.monotonic(), time.monotonic()
    while time.monotonic() - since < quiet and time.monotonic() - started < limit:
        time.sleep(0.05)
        if len(server.requested) != count:
            count, since = len(server.requested), time.monotonic()


def first_query(server: SiteServer, site: Path) -> dict:
    """What the strategy page, opening search and a first query load, from the server's log (the
    page's resource list misses what Pagefind's worker fetches), each file gzip'd as sent."""
    driver = chromium()
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    steps, mark = {}, 0

    def step(name: str) -> None:
        nonlocal mark
        _server_quiet(server)
        paths = [p.split("?")[0] for p, status in server.requested[mark:] if status == 200]
        files = [site / (p.lstrip("/") + "index.html" if p.endswith("/") else p.lstrip("/")) for p in dict.fromkeys(paths)]
        steps[name] = {f.relative_to(site).as_posix(): sent(f) for f in files if f.is_file()}
        mark = len(server.requested)

    try:
        mark = len(server.requested)
        driver.get(server.url + SEARCH_PAGE)
        step("visit")
        driver.execute_script("document.querySelector('.search-toggle').click()")
        step("open")
        driver.find_element(By.CSS_SELECTOR, ".site-search__input").send_keys(SEARCH_QUERY)
        status = WebDriverWait(driver, 15).until(lambda d: d.find_element(By.CSS_SELECTOR, ".site-search__status").text)
        step("query")
    finally:
        driver.quit()
    return {"path": SEARCH_PAGE, "word": SEARCH_QUERY, "status": status, **steps}


def preview_refresh(runs: int) -> list[float]:
    """Seconds from saving a data file to the rebuilt page being served by `mkdocs serve`."""
    work = Path(tempfile.mkdtemp(prefix="luvn-bench-preview-"))
    project = copy_project(work / "project")
    running = Preview(project)
    times = []
    try:
        running.wait_for(r"Serving on ")
        area = project / "data" / "painopisteet" / "turvallisuus.yml"
        original = area.read_text(encoding="utf-8")
        for n in range(runs):
            marker = f"Turvallisuuden edistäminen {n}"
            area.write_text(original.replace("  fi: Turvallisuuden edistäminen\n", f"  fi: {marker}\n", 1), encoding="utf-8")
            saved = time.perf_counter()
            while True:
                try:
                    with urllib.request.urlopen(running.url + "painopisteet/turvallisuus/", timeout=30) as r:
                        if marker in r.read().decode("utf-8"):
                            break
                except OSError:
                    pass
                time.sleep(0.02)
            times.append(time.perf_counter() - saved)
            time.sleep(1)
    finally:
        running.close()
        shutil.rmtree(work, ignore_errors=True)
    return times


def check_times(runs: int) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "plan.editor.check"], cwd=ROOT, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (the median is reported)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="luvn-bench-"))
    results: dict = {"runs": args.runs, "scale": SCALE}
    try:
        for label, data in (("1x", ROOT / "data"), (f"{SCALE}x", synthetic_data(work / "data20", SCALE))):
            runs = [build(ROOT, data, work / f"site-{label}-{i}") for i in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            own = statistics.median(r[1] for r in runs)
            pages = runs[0][2]
            results[label] = {"build_s": wall, "data_work_s": own, "data_work_share": own / wall,
                              "pages": pages, "per_page_ms": 1000 * wall / pages}
        results["growth_per_page"] = results[f"{SCALE}x"]["per_page_ms"] / results["1x"]["per_page_ms"]
        results["check_s"] = statistics.median(check_times(max(5, args.runs)))
        results["preview_refresh_s"] = statistics.median(preview_refresh(args.runs))
        site = work / "site-1x-0"
        results["search_bundle"] = pagefind_bundle(site)
        server = SiteServer(site, like_pages=True)  # Lighthouse's load times depend on compression
        try:
            results["pages"] = first_visits(server.url, site)
            results["search"] = first_query(server, site)
            results["lighthouse"] = lighthouse.scores(server.url, {k: PAGE_TYPES[k] for k in LIGHTHOUSE_PAGES}, args.runs)
        finally:
            server.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    out = ROOT / "reports" / "benchmark.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = [
        ("build, real data (1×)", f"{results['1x']['build_s']:.2f} s", f"{results['1x']['pages']} pages"),
        ("  own data work", f"{results['1x']['data_work_s']:.2f} s", f"{100 * results['1x']['data_work_share']:.1f} % (budget ≤ 10 %)"),
        (f"build, {SCALE}× data", f"{results[f'{SCALE}x']['build_s']:.2f} s", f"{results[f'{SCALE}x']['pages']} pages"),
        ("  own data work", f"{results[f'{SCALE}x']['data_work_s']:.2f} s", f"{100 * results[f'{SCALE}x']['data_work_share']:.1f} %"),
        ("per page, 1× / 20×", f"{results['1x']['per_page_ms']:.1f} / {results[f'{SCALE}x']['per_page_ms']:.1f} ms",
         f"growth {results['growth_per_page']:.2f}× (budget ≤ 1.5×)"),
        ("check", f"{results['check_s']:.2f} s", "budget < 0.5 s"),
        ("preview refresh", f"{results['preview_refresh_s']:.2f} s", "budget ≤ 2 s"),
    ]
    kb = lambda n: f"{n / 1024:.1f}"  # noqa: E731
    budgets = f"budgets ≤ {kb(HTML_BUDGET)} / ≤ {kb(FIRST_VISIT_BUDGET)} KB"
    for kind, page in results["pages"].items():
        rows.append((f"{kind}: HTML / first visit gz", f"{kb(page['html_gz'])} / {kb(page['total_gz'])} KB", budgets))
    rows.extend(search_rows(results["search_bundle"], results["search"], kb))
    width = max(len(r[0]) for r in rows)
    print(f"Benchmark, median of {args.runs} runs (timings), written to {out.relative_to(ROOT)}")
    for name, value, note in rows:
        print(f"  {name:<{width}}  {value:>16}  {note}")
    heaviest = max(results["pages"], key=lambda k: results["pages"][k]["total_gz"])
    print(f"Where the bytes of the heaviest first visit go ({heaviest}, gzip'd):")
    for name, size in sorted(results["pages"][heaviest]["files"].items(), key=lambda f: -f[1]):
        print(f"  {kb(size):>6} KB  {name}")
    print_lighthouse(results["lighthouse"], args.runs)
    return 0


def search_rows(bundle: dict, measured: dict, kb) -> list[tuple[str, str, str]]:
    total = lambda files: sum(files.values())  # noqa: E731
    rows = [("Pagefind entry / script / worker gz", f"{kb(bundle['entry_gz'])} / {kb(bundle['script_gz'])} / "
             f"{kb(bundle['worker_gz'])} KB", "shared by both languages")]
    for lang, index in bundle["languages"].items():
        chunks, fragments = index["index_chunks_gz"], index["fragments_gz"]
        rows.append((f"Pagefind {lang}: meta + wasm / index / fragments",
                     f"{kb(index['meta_gz'])} + {kb(index['wasm_gz'])} / {kb(sum(chunks))} / {kb(sum(fragments))} KB",
                     f"{index['pages']} pages; index chunks {len(chunks)}, fragments {len(fragments)}"))
    opened, query = measured["open"], measured["query"]
    rows.append((f"opening search ({measured['path']})", f"+ {kb(total(opened))} KB",
                 f"{len(opened)} files; with the page {kb(total(measured['visit']) + total(opened))} KB"))
    chunks = [size for name, size in query.items() if name.endswith(".pf_index")]
    fragments = [size for name, size in query.items() if name.endswith(".pf_fragment")]
    rows.append((f"first query \"{measured['word']}\"", f"+ {kb(total(query))} KB",
                 f"index chunks {len(chunks)} ({kb(sum(chunks))} KB), fragments {len(fragments)} ({kb(sum(fragments))} KB),"
                 f" other files {len(query) - len(chunks) - len(fragments)}; shows \"{measured['status']}\""))
    return rows


def print_lighthouse(scores: dict, runs: int) -> None:
    print(f"Lighthouse {scores['lighthouse']}, mobile, simulated throttling, median of {runs} runs"
          " (aim: performance ≥ 0.99, accessibility 1.00):")
    # The CPU index is Lighthouse's measure of this machine while it ran: a busy machine scores low and
    # makes the simulated TBT and FCP longer than on a quiet one.
    print(f"  {'page':<10} {'performance':>11} {'accessibility':>13} {'FCP':>8} {'LCP':>8} {'TBT':>8} {'CLS':>6}"
          f" {'CPU index':>9}")
    for kind, page in scores["pages"].items():
        print(f"  {kind:<10} {page['performance']:>11.2f} {page['accessibility']:>13.2f} {page['fcp_ms'] / 1000:>6.2f} s"
              f" {page['lcp_ms'] / 1000:>6.2f} s {page['tbt_ms']:>5.0f} ms {page['cls']:>6.3f} {page['benchmark_index']:>9.0f}")
    print("Failing audits (of the run with the median performance score):")
    for kind, page in scores["pages"].items():
        for category, audits in page["failing"].items():
            listed = ", ".join(f"{a['id']} ({a['value']})" if a["value"] else a["id"] for a in audits)
            print(f"  {kind}, {category}: {listed.replace(chr(0xA0), ' ') or 'none'}")
        for warning in page["warnings"]:
            print(f"  {kind}, warning: {warning}")


if __name__ == "__main__":
    sys.exit(main())
