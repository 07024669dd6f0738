"""Reading Lighthouse's JSON report (benchmarks/lighthouse.py), on a small report of the same shape."""

import pytest

import lighthouse


def audit(title, mode, score, value=None, display=""):
    return {"title": title, "scoreDisplayMode": mode, "score": score, "numericValue": value, "displayValue": display}


def report(performance=0.95, tbt=120.0):
    audits = {
        "first-contentful-paint": audit("First Contentful Paint", "numeric", 0.97, 1500.0, "1.5 s"),
        "largest-contentful-paint": audit("Largest Contentful Paint", "numeric", 0.91, 2100.0, "2.1 s"),
        "total-blocking-time": audit("Total Blocking Time", "numeric", 0.8, tbt, f"{tbt:.0f} ms"),
        "cumulative-layout-shift": audit("Cumulative Layout Shift", "numeric", 1, 0.002, "0.002"),
        "render-blocking-resources": audit("Eliminate render-blocking resources", "metricSavings", 0, None,
                                           "Est savings of 300 ms"),
        "uses-long-cache-ttl": audit("Serve static assets with an efficient cache policy", "metricSavings", 0.5),
        "unused-javascript": audit("Reduce unused JavaScript", "metricSavings", 1),
        "render-blocking-insight": audit("Render blocking requests", "metricSavings", 0),  # hidden: not listed
        "network-requests": audit("Network Requests", "informative", None),
        "color-contrast": audit("Background and foreground colors have sufficient contrast", "binary", 0),
        "target-size": audit("Touch targets have sufficient size and spacing", "binary", 1),
        "video-caption": audit("Videos have captions", "notApplicable", None),
        "bypass": audit("The page has a skip link", "error", None),
    }
    refs = {
        "performance": [("first-contentful-paint", "metrics"), ("largest-contentful-paint", "metrics"),
                        ("total-blocking-time", "metrics"), ("cumulative-layout-shift", "metrics"),
                        ("render-blocking-resources", "diagnostics"), ("uses-long-cache-ttl", "diagnostics"),
                        ("unused-javascript", "diagnostics"), ("render-blocking-insight", "hidden"),
                        ("network-requests", "hidden")],
        "accessibility": [("color-contrast", "a11y-color-contrast"), ("target-size", "a11y-best-practices"),
                          ("video-caption", "a11y-audio-video"), ("bypass", "a11y-navigation")],
    }
    return {
        "lighthouseVersion": "12.8.2",
        "requestedUrl": "http://127.0.0.1:1/",
        "runWarnings": [],
        "audits": audits,
        "categories": {
            name: {"score": score, "auditRefs": [{"id": i, "group": g, "weight": 1} for i, g in refs[name]]}
            for name, score in (("performance", performance), ("accessibility", 0.93))
        },
    }


def test_summary_has_scores_metrics_and_the_audits_the_report_shows_as_not_passed():
    s = lighthouse.summary(report())
    assert (s["performance"], s["accessibility"]) == (0.95, 0.93)
    assert (s["fcp_ms"], s["lcp_ms"], s["tbt_ms"], s["cls"]) == (1500.0, 2100.0, 120.0, 0.002)
    assert [a["id"] for a in s["failing"]["performance"]] == [
        "total-blocking-time", "render-blocking-resources", "uses-long-cache-ttl"]
    assert s["failing"]["performance"][1] == {"id": "render-blocking-resources",
                                              "title": "Eliminate render-blocking resources",
                                              "score": 0, "value": "Est savings of 300 ms"}
    # an audit that could not run counts as failing; not applicable ones do not
    assert [a["id"] for a in s["failing"]["accessibility"]] == ["color-contrast", "bypass"]


def test_median_of_runs_takes_each_figure_median_and_the_middle_runs_audits():
    runs = [lighthouse.summary(report(performance=p, tbt=t)) for p, t in ((0.99, 10.0), (0.90, 300.0), (0.95, 120.0))]
    runs[2]["warnings"] = ["the middle run's warning"]
    m = lighthouse.median(runs)
    assert (m["performance"], m["tbt_ms"], m["runs"]) == (0.95, 120.0, 3)
    assert m["warnings"] == ["the middle run's warning"]


def test_a_report_of_a_page_that_could_not_load_is_an_error_not_a_score():
    broken = {**report(), "runtimeError": {"code": "ERRORED_DOCUMENT_REQUEST", "message": "Status code: 404"}}
    with pytest.raises(ValueError, match="Status code: 404"):
        lighthouse.summary(broken)


def test_a_chromium_flag_with_spaces_reaches_lighthouse_quoted():
    assert lighthouse._quoted("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1") == \
        '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"'
    assert lighthouse._quoted("--headless=new") == "--headless=new"
