"""The real server for load tests: gunicorn with several workers on a SQLite file, on 127.0.0.1 only."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

BIN = Path(sys.executable).parent
LOOPBACK = "127.0.0.1"


def write_load_bank(root: Path, cards: int) -> None:
    """Write a project root with one deck of `cards` flashcards (and an empty articles folder)."""
    (root / "questions").mkdir(parents=True)
    (root / "seeds").mkdir()
    questions = [
        {"id": f"load-{n:03d}", "type": "flashcard", "prompt": f"Card {n}?", "answer": f"Answer {n}"}
        for n in range(cards)
    ]
    (root / "questions" / "load.yaml").write_text(yaml.safe_dump({"deck": "Load", "questions": questions}))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    """A gunicorn running quizapp on a SQLite file; `kill()` is kill -9 of the master and every worker."""

    root: Path
    workers: int = 3
    port: int = 0
    process: subprocess.Popen | None = None
    # Started as `quizapp serve` does (its gunicorn settings, access log to `log`), serving `app_spec`.
    app_spec: str = "quizapp:create_app()"
    as_served: bool = False
    database_url: str | None = None

    @property
    def log(self) -> Path:
        return self.root / "gunicorn.log"

    @property
    def pidfile(self) -> Path:
        return self.root / "gunicorn.pid"

    @property
    def database(self) -> Path:
        return self.root / "instance" / "quizapp.sqlite"

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "QUIZAPP_ROOT": str(self.root),
            "QUIZAPP_INSTANCE_PATH": str(self.root / "instance"),
            "SECRET_KEY": "load-test-secret",
            "DATABASE_URL": self.database_url or f"sqlite:///{self.database}",
        }

    def prepare(self) -> None:
        """Run `quizapp db upgrade` and `quizapp sync`, as `make run` does before serving."""
        for command in (["db", "upgrade"], ["sync"]):
            subprocess.run(
                [str(BIN / "quizapp"), *command], env=self.env(), check=True, capture_output=True, timeout=120
            )

    def start(self) -> None:
        """Start gunicorn in its own process group and wait until it answers."""
        self.port = self.port or free_port()
        if self.as_served:
            from quizapp.serving import gunicorn_command

            command = gunicorn_command(
                bind=f"{LOOPBACK}:{self.port}", workers=self.workers, pidfile=str(self.pidfile), app_spec=self.app_spec
            )
            output: IO[bytes] | int = self.log.open("ab")
        else:
            command = [
                str(BIN / "gunicorn"),
                "--workers",
                str(self.workers),
                "--bind",
                f"{LOOPBACK}:{self.port}",
                "--timeout",
                "60",
                "--log-level",
                "warning",
                self.app_spec,
            ]
            output = subprocess.DEVNULL
        self.process = subprocess.Popen(
            command,
            env=self.env(),
            cwd=self.root,
            start_new_session=True,
            stdout=output,
            stderr=subprocess.PIPE if output is subprocess.DEVNULL else subprocess.STDOUT,
        )
        if not isinstance(output, int):  # a file, not subprocess.DEVNULL
            output.close()  # gunicorn holds its own copy of the file
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read() if self.process.stderr else self.log.read_bytes()
                raise RuntimeError(f"gunicorn exited: {error.decode()[-2000:]}")
            try:
                with socket.create_connection((LOOPBACK, self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start within 60 s")

    def kill(self) -> None:
        """kill -9 the master and all its workers at once, mid-request."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        if self.process.stderr:
            self.process.stderr.close()

    def stop(self) -> None:
        """Stop gracefully (SIGTERM), or kill if it hangs."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()
        else:
            if self.process.stderr:
                self.process.stderr.close()
