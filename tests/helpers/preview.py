"""The editors' preview (`mkdocs serve`) run in a subprocess, its log read as it is written."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import tiers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Preview:
    """`mkdocs serve` with live reload on a free port, in `project` (a copy of this repository)."""

    def __init__(self, project: Path, **env: str):
        tiers.need("build")
        port = free_port()
        self.url = f"http://127.0.0.1:{port}/"
        self.lines: list[str] = []
        self._lock = threading.Lock()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            with self._lock:
                self.lines.append(line.rstrip("\n"))

    @property
    def log(self) -> str:
        with self._lock:
            return "\n".join(self.lines)

    def wait_for(self, pattern: str, after: int = 0, timeout: float = 60) -> float:
        """Seconds until a log line from index `after` on matches `pattern`."""
        started = time.monotonic()
        regex = re.compile(pattern)
        while time.monotonic() - started < timeout:
            with self._lock:
                if any(regex.search(line) for line in self.lines[after:]):
                    return time.monotonic() - started
            if self.proc.poll() is not None:
                raise RuntimeError(f"the preview stopped:\n{self.log}")
            time.sleep(0.05)
        raise TimeoutError(f"no log line matching {pattern!r} within {timeout} s:\n{self.log}")

    def mark(self) -> int:
        with self._lock:
            return len(self.lines)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
