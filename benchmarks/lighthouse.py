"""Lighthouse's performance and accessibility scores for pages of the built site (issue 12, section 4).

Lighthouse (npm, pinned in benchmarks/package.json, installed by scripts/benchmark) runs with its
default mobile preset: an emulated phone, simulated slow 4G and a 4× slower CPU. It starts
Debian's Chromium itself, once per run, with an empty profile.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
from pathlib import Path

from browser import CHROME_BIN, HEADLESS_FLAGS, QUIET_FLAGS

LIGHTHOUSE = Path(__file__).resolve().parent / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility")
METRICS = {  # our name → Lighthouse's audit id
    "fcp_ms": "first-contentful-paint",
    "lcp_ms": "largest-contentful-paint",
    "tbt_ms": "total-blocking-time",
    "cls": "cumulative-layout-shift",
}
PASS = 0.9  # the score from which Lighthouse's report shows an audit as passed
# Only loopback exists here: every other host name fails at once in Chromium's own resolver,
# so what Chromium still tries by itself (account and update checks) cannot wait on the network.
OFFLINE_FLAGS = ("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",)


def run(url: str, timeout: float = 300) -> dict:
    """One Lighthouse run of `url`: its JSON report (the "LHR")."""
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
               f"--only-categories={','.join(CATEGORIES)}", "--form-factor=mobile",
               "--no-enable-error-reporting",
               "--chrome-flags=" + " ".join(map(_quoted, (*HEADLESS_FLAGS, *QUIET_FLAGS, *OFFLINE_FLAGS)))]
    # In a session of its own, so that a timeout or Ctrl-C ends the Chromium it started too.
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CHROME_PATH": CHROME_BIN}, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except BaseException as stopped:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        if isinstance(stopped, subprocess.TimeoutExpired):
            raise SystemExit(f"Lighthouse did not finish {url} in {timeout:.0f} s") from None
        raise
    if proc.returncode:
        raise SystemExit(f"Lighthouse failed on {url}:\n{err[-2000:]}")
    return json.loads(out)


def _quoted(flag: str) -> str:
    """A Chromium flag as Lighthouse's --chrome-flags parser reads it: a value with spaces in quotes."""
    name, _, value = flag.partition("=")
    return f'{name}="{value}"' if " " in value else flag


def summary(report: dict) -> dict:
    """The scores, main metrics and failing audits of one Lighthouse report."""
    if report.get("runtimeError"):
        raise ValueError(f"Lighthouse could not test {report.get('requestedUrl')}: {report['runtimeError']['message']}")
    audits = report["audits"]
    failing = {}
    for name in CATEGORIES:
        failing[name] = [
            {"id": ref["id"], "title": audits[ref["id"]]["title"], "score": audits[ref["id"]]["score"],
             "value": audits[ref["id"]].get("displayValue", "")}
            for ref in report["categories"][name]["auditRefs"]
            if ref.get("group") != "hidden" and _fails(audits[ref["id"]])
        ]
    return {
        **{name: report["categories"][name]["score"] for name in CATEGORIES},
        **{name: audits[audit]["numericValue"] for name, audit in METRICS.items()},
        "failing": failing,
        "warnings": report.get("runWarnings", []),
    }


def _fails(audit: dict) -> bool:
    if audit["scoreDisplayMode"] == "error":  # the audit itself could not run
        return True
    return audit["scoreDisplayMode"] in ("binary", "numeric", "metricSavings") and audit["score"] < PASS


def median(runs: list[dict]) -> dict:
    """Medians of the scores and metrics over several runs' summaries; the failing audits and
    warnings are those of the run with the median performance score."""
    middle = sorted(runs, key=lambda r: r["performance"])[(len(runs) - 1) // 2]
    return {
        **{name: statistics.median(r[name] for r in runs) for name in (*CATEGORIES, *METRICS)},
        "runs": len(runs),
        "failing": middle["failing"],
        "warnings": middle["warnings"],
    }


def scores(base_url: str, pages: dict[str, str], runs: int) -> dict:
    """Per page kind: the median of `runs` Lighthouse runs, with the tool's version."""
    results, version = {}, None
    for kind, path in pages.items():
        reports = [run(base_url + path) for _ in range(runs)]
        version = reports[0]["lighthouseVersion"]
        results[kind] = median([summary(r) for r in reports])
        results[kind]["benchmark_index"] = statistics.median(r["environment"]["benchmarkIndex"] for r in reports)
    return {"lighthouse": version, "form_factor": "mobile", "throttling": "simulated", "pages": results}
