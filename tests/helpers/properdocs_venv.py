"""ProperDocs, the maintained fork of MkDocs 1.6.1, in its own virtualenv `.venv-properdocs` without
MkDocs, from requirements-properdocs.txt; made again only when that file changes, as scripts/setup
does for .venv."""

import hashlib
import re
import subprocess
import sys
from importlib import metadata

from filelock import FileLock

from sitebuild import ROOT

REQUIREMENTS = ROOT / "requirements-properdocs.txt"
VENV = ROOT / ".venv-properdocs"
PYTHON = VENV / "bin" / "python"
PIP_VERSION = "26.3"  # as scripts/setup


def pins() -> dict[str, str]:
    """requirements-properdocs.txt as {normalised name: version}."""
    found = {}
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            found[normalised(name)] = version
    return found


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def python() -> str:
    """The virtualenv's Python, installed first when the pins changed (by one test worker: the
    others wait for it)."""
    stamp = VENV / f".installed-{hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()[:16]}"
    with FileLock(ROOT / ".venv-properdocs.lock"):
        if not stamp.exists():
            _install(stamp)
    return str(PYTHON)


def _install(stamp) -> None:
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, f"pip=={PIP_VERSION}"], check=True, timeout=600)
    subprocess.run([*pip, "--no-deps", "-r", str(REQUIREMENTS)], check=True, timeout=600)
    for old in VENV.glob(".installed-*"):
        old.unlink()
    stamp.touch()


def installed(python_exe: str) -> dict[str, str]:
    """Every distribution in the environment of `python_exe` as {normalised name: version}."""
    listing = subprocess.run(
        [python_exe, "-c", "from importlib import metadata\n"
                           "for d in metadata.distributions(): print(d.metadata['Name'], d.version)"],
        capture_output=True, text=True, check=True,
    ).stdout
    return {normalised(name): version for name, version in (line.split() for line in listing.splitlines())}


def differing_from_test_env() -> list[str]:
    """Pins that are not what the MkDocs build's environment (.venv, this process) has installed."""
    here = {normalised(d.metadata["Name"]): d.version for d in metadata.distributions()}
    return [f"{name}=={version} (.venv: {here.get(name, 'not installed')})"
            for name, version in pins().items() if name != "properdocs" and here.get(name) != version]
