"""One load run on the real server: N students × M cards at once, then the same again with a kill -9 mid-load."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tests.load.checks import Findings, check_database
from tests.load.client import Browser
from tests.load.server import Server, write_load_bank
from tests.load.students import Ledger, run_students


@dataclass
class LoadReport:
    """The figures of the load phase and of the crash phase."""

    load: Findings
    load_requests: int
    load_seconds: float
    crash: Findings
    crash_requests: int
    stopped_by_kill: int
    restarts: int

    def lines(self) -> list[str]:
        return [
            f"load: {self.load_requests} requests in {self.load_seconds:.1f} s; {self.load.line()}",
            f"crash: kill -9 stopped {self.stopped_by_kill} students mid-answer, {self.restarts} restart; "
            f"{self.crash_requests} requests; {self.crash.line()}",
        ]


def _killer(server: Server, ledger: Ledger, after: int):
    """Return a watcher that kill -9s the server once `after` answers are acknowledged."""

    def watch(done: threading.Event) -> None:
        deadline = time.monotonic() + 300
        while not done.is_set() and time.monotonic() < deadline:
            with ledger.lock:
                reached = len(ledger.acknowledged) >= after
            if reached:
                server.kill()
                return
            time.sleep(0.005)

    return watch


def load_and_crash(root: Path, students: int, cards: int, workers: int = 3) -> LoadReport:
    """Serve a fresh database, run the load phase, then the crash phase with a restart; check both."""
    write_load_bank(root, cards * 2)
    server = Server(root, workers=workers)
    server.prepare()
    server.start()
    try:
        ledger = Ledger()
        browsers = {f"load{n:03d}": Browser(server.base_url) for n in range(students)}
        started = time.monotonic()
        stopped = run_students(browsers, cards, ledger, new=set(browsers))
        seconds = time.monotonic() - started
        assert stopped == [], f"students stopped without a kill: {stopped}"
        load = check_database(server.database, ledger, set(browsers))

        crash = Ledger()
        crashers = {f"crash{n:03d}": Browser(server.base_url) for n in range(students)}
        stopped = run_students(
            crashers, cards, crash, new=set(crashers), watcher=_killer(server, crash, after=students * cards // 2)
        )
        server.start()  # the same port and database file
        unregistered = {name for name, browser in crashers.items() if browser.get("/settings")[0] != 200}
        assert run_students(crashers, cards, crash, new=unregistered) == []
        server.stop()
        crashed = check_database(server.database, crash, set(crashers))
        return LoadReport(load, ledger.requests, seconds, crashed, crash.requests, len(stopped), 1)
    finally:
        server.stop()
