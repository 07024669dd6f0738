"""The browser editor at /admin/: Sveltia CMS bundled with esbuild from the pinned npm packages
(package-lock.json), so that it loads nothing from another host, and written into the built site
with its configuration (cms_config.py). Not a page of the site: no link to it, `noindex`, outside
search (Pagefind indexes only articles) and the sitemap (it is not a MkDocs page). Plain Python."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from plan.outputs import cms_config

ROOT = Path(__file__).resolve().parents[3]
FOLDER = "admin"
PACKAGE = "node_modules/@sveltia/cms"
# Sveltia's fonts and images, which its code finds next to itself (`new URL("assets/…", import.meta.url)`).
ASSETS = f"{PACKAGE}/npm/assets"

PAGE = """<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="../assets/favicon.svg">
<link rel="stylesheet" href="main.css">
<script type="module" src="main.js"></script>
</head>
<body></body>
</html>
"""


class AdminBuildError(RuntimeError):
    pass


def _node_modules(root: Path) -> Path:
    return root / "node_modules"


def _key(root: Path) -> str:
    digest = hashlib.sha256((root / "package-lock.json").read_bytes())
    for source in sorted(p for p in (root / FOLDER).iterdir() if p.suffix in (".js", ".css")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


def bundle(root: Path = ROOT) -> Path:
    """The bundled editor (main.js, its chunks, main.css and assets), made once per lock and source version."""
    modules = _node_modules(root)
    esbuild = modules / ".bin" / "esbuild"
    if not esbuild.exists() or not (root / PACKAGE).is_dir():
        raise AdminBuildError(
            "Selainmuokkain (/admin/) tarvitsee npm-paketit: aja `npm ci` projektin kansiossa "
            "(Node.js ja npm: Debianissa `apt-get install nodejs npm`) / the editor at /admin/ needs `npm ci`"
        )
    out = modules / ".cache" / "sveltia-admin" / _key(root)
    if (out / "main.js").is_file():
        return out
    # A folder of its own: two builds at once (the preview and a build, or test workers) each
    # bundle into theirs, and the first to finish is kept.
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=out.name + ".", dir=out.parent))
    done = subprocess.run(
        [str(esbuild), str(root / FOLDER / "main.js"), "--bundle", "--format=esm", "--splitting", "--minify",
         "--target=es2022", "--chunk-names=chunks/[name]-[hash]", "--log-level=error",
         "--loader:.woff2=file", "--loader:.png=file", "--loader:.wasm=file", f"--outdir={tmp}"],
        cwd=root, capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise AdminBuildError(f"Selainmuokkaimen kokoaminen (esbuild) epäonnistui: {done.stderr.strip()}")
    shutil.copytree(root / ASSETS, tmp / "assets", ignore=shutil.ignore_patterns("*.map"))
    if not (out / "main.js").is_file():
        shutil.rmtree(out, ignore_errors=True)  # a bundle left half-made
    try:
        tmp.rename(out)
    except OSError:  # another build finished first: its bundle is the same
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def _link_or_copy(source: str, target: str) -> None:
    # The bundle is 18 MB in some 370 files: linked, the preview's rebuild after each save stays fast.
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def write(site: Path, repo: str, auth_url: str | None, root: Path = ROOT, today: dt.date | None = None,
          data_dir: Path | None = None) -> Path:
    """Writes /admin/ into the built `site` for the GitHub repository `repo` and the sign-in
    worker `auth_url` (config.Settings), refusing report dates after `today` (the build's date)
    and locking the ids of the goals `data_dir`'s register lists as published, and returns its folder."""
    target = site / FOLDER
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(bundle(root), target, copy_function=_link_or_copy)
    # The page's title before Sveltia runs; Sveltia then shows the interface language's app_title.
    (target / "index.html").write_text(PAGE.format(title=cms_config.words()["interface"]["app_title"]["fi"]), encoding="utf-8")
    published_ids = cms_config.published_goals(data_dir) if data_dir else {}
    (target / "config.json").write_text(cms_config.rendered(repo, auth_url, today, published_ids), encoding="utf-8")
    return target
