"""The performance benchmark: build time and the share of our own data work, the check, the preview's
refresh, bytes per page type, the search index, build cost per page at 1× and 20× data, and
Lighthouse's performance and accessibility scores (mobile) for the home, area and strategy pages.

Run: `./scripts/benchmark` (after `./scripts/test` or `./scripts/serve` has made .venv). Prints a
table and writes reports/benchmark.json. Timings are medians of several runs.
"""

from __future__ import annotations

import argparse
import copy
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

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests" / "helpers")]

import lighthouse  # noqa: E402
from browser import SiteServer, chromium  # noqa: E402
from page_weight import FIRST_VISIT_BUDGET, HTML_BUDGET, gz, visit  # noqa: E402
from preview import Preview  # noqa: E402
from progress_fixture import write_data_file  # noqa: E402
from sitebuild import SOURCE_DATE_EPOCH, copy_project  # noqa: E402

SCALE = 20
REPORTS_PER_GOAL = 8
PAGE_TYPES = {  # page type → site path (Finnish)
    "home": "",
    "area": "painopisteet/hyvinvointi-ja-terveyserot/",
    "strategy": "strategia/",
    "statement": "saavutettavuusseloste/",
    "search results": "strategia/",  # the strategy page after a search: it loads the index and worker
}
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


def synthetic_data(target: Path, scale: int) -> Path:
    """The real data × scale: every area copied `scale` times, each goal with many reports. The
    copies are spread over PERIODS plans (the real one and earlier ones, each under its own
    address), so that several periods and their notices are built too (issue 16)."""
    shutil.copytree(ROOT / "data", target)
    plan_file = target / "suunnitelma.yml"
    plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
    docs = yaml.safe_load((target / "asiakirjat.yml").read_text(encoding="utf-8"))
    real_doc = next(d for d in docs["asiakirjat"] if d["laji"] == "suunnitelma")
    periods = [None] + [(2024 - 3 * n, 2026 - 3 * n) for n in range(1, PERIODS)]  # None: the real plan's
    orders: list[list[str]] = [[] for _ in periods]
    for file in sorted((target / "painopisteet").glob("*.yml")):
        area = yaml.safe_load(file.read_text(encoding="utf-8"))
        file.unlink()
        for k in range(scale):
            p = k % len(periods)
            folder = "" if periods[p] is None else f"suunnitelma-{periods[p][0]}/"
            clone = copy.deepcopy(area)
            clone["id"] = f"{area['id']}-{k}"
            for goal in clone["tavoitteet"]:
                goal["id"] = f"{goal['id']}-{k}"
                if periods[p] is not None:  # a deadline inside the earlier period
                    goal["maaraaika"], goal["maaraaika_kauden_ulkopuolella"] = periods[p][1], False
                goal["raportit"] = [
                    {"paivamaara": dt.date(2024 + r // 4, 1 + 3 * (r % 4), 15), "tila": "käynnissä",
                     "kuvaus": {"fi": f"Raportti {r}.", "sv": f"Rapport {r}."},
                     "lahde": {"nimi": {"fi": f"Päätös {r}", "sv": f"Beslut {r}"}}}
                    for r in range(REPORTS_PER_GOAL)
                ]
            (target / folder / "painopisteet").mkdir(parents=True, exist_ok=True)
            write_data_file(target, f"{folder}painopisteet/{clone['id']}.yml", clone)
            orders[p].append(clone["id"])
    for period, order in zip(periods, orders):
        if period is None:
            write_data_file(target, "suunnitelma.yml", {**plan, "painopisteet": order})
            continue
        start, end = period
        name = {"fi": f"Synteettinen suunnitelma {start}–{end}", "sv": f"Syntetisk plan {start}–{end}"}
        kausi = {"alku": start, "loppu": end}
        write_data_file(target, f"suunnitelma-{start}/suunnitelma.yml",
                        {**plan, "nimi": name, "kausi": kausi, "hyvaksynta": None, "painopisteet": order})
        docs["asiakirjat"].insert(0, {**copy.deepcopy(real_doc), "id": f"suunnitelma-{start}", "nimi": name, "kausi": kausi,
                                      "osoite": f"suunnitelma-{start}", "sisalto": f"suunnitelma-{start}/suunnitelma.yml",
                                      "korvaaja": {"asiakirja": real_doc["id"]}})
    write_data_file(target, "asiakirjat.yml", docs)
    return target


PERIODS = 4  # plans in the synthetic data: the real one and three earlier ones


def first_visits(base_url: str, site: Path) -> dict:
    """Per page type: what a first visit loads, gzip'd (page_weight.visit, as the budget tests)."""
    driver = chromium()
    try:
        return {kind: visit(driver, base_url, site, path, search=kind == "search results")
                for kind, path in PAGE_TYPES.items()}
    finally:
        driver.quit()


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
        subprocess.run([sys.executable, "-m", "plan.check"], cwd=ROOT, env=env, check=True, capture_output=True)
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
        results["search_index_gz"] = {lang: gz((site / p).read_bytes()) for lang, p in
                                      (("fi", "search/search_index.json"), ("sv", "sv/search/search_index.json"))}
        server = SiteServer(site, like_pages=True)  # Lighthouse's load times depend on compression
        try:
            results["pages"] = first_visits(server.url, site)
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
        ("search index gz fi / sv", f"{results['search_index_gz']['fi'] / 1024:.1f} / {results['search_index_gz']['sv'] / 1024:.1f} KB", ""),
    ]
    kb = lambda n: f"{n / 1024:.1f}"  # noqa: E731
    budgets = f"budgets ≤ {kb(HTML_BUDGET)} / ≤ {kb(FIRST_VISIT_BUDGET)} KB"
    for kind, page in results["pages"].items():
        if kind == "search results":
            rows.append((f"{kind}: HTML / after opening search", f"{kb(page['html_gz'])} / {kb(page['total_gz'])} KB",
                         "not a first visit: search loads when opened"))
        else:
            rows.append((f"{kind}: HTML / first visit gz", f"{kb(page['html_gz'])} / {kb(page['total_gz'])} KB", budgets))
    width = max(len(r[0]) for r in rows)
    print(f"Benchmark, median of {args.runs} runs (timings), written to {out.relative_to(ROOT)}")
    for name, value, note in rows:
        print(f"  {name:<{width}}  {value:>16}  {note}")
    heaviest = max((k for k in results["pages"] if k != "search results"), key=lambda k: results["pages"][k]["total_gz"])
    print(f"Where the bytes of the heaviest first visit go ({heaviest}, gzip'd):")
    for name, size in sorted(results["pages"][heaviest]["files"].items(), key=lambda f: -f[1]):
        print(f"  {kb(size):>6} KB  {name}")
    print_lighthouse(results["lighthouse"], args.runs)
    return 0


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
