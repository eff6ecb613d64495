"""`quizapp serve`: the real gunicorn with quizapp's settings, its access log, a graceful restart on HUP,
and fingerprinted static files with a year of caching. Loopback (127.0.0.1) only."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.gunicorn_conf import worker_count
from quizapp.serving import gunicorn_command
from tests.load.client import Browser
from tests.load.server import Server, write_load_bank

STYLESHEET = re.compile(r'href="(/static/css/app\.[0-9a-f]{12}\.css)"')


@pytest.fixture
def served(tmp_path):
    write_load_bank(tmp_path, 3)
    server = Server(tmp_path, workers=2, as_served=True)
    server.prepare()
    server.start()
    yield server
    server.stop()


def worker_pids(master: int) -> set[int]:
    """Return the pids of the master's children (its workers), from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                found.add(int(entry.name))
    return found


def wait_for(condition, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_worker_count_comes_from_the_cpus_unless_set(monkeypatch):
    monkeypatch.delenv("QUIZAPP_WORKERS", raising=False)
    assert worker_count(2) == 2 and worker_count(8) == 8
    monkeypatch.setenv("QUIZAPP_WORKERS", "3")
    assert worker_count(8) == 3


def test_the_serve_command_runs_gunicorn_with_quizapp_settings():
    command = gunicorn_command(bind="127.0.0.1:9000", workers=4, pidfile="/tmp/x.pid")
    assert Path(command[0]).name == "gunicorn"
    assert command[1:] == [
        "--config",
        "python:quizapp.gunicorn_conf",
        "--bind",
        "127.0.0.1:9000",
        "--workers",
        "4",
        "--pid",
        "/tmp/x.pid",
        "quizapp:create_app()",
    ]


def test_serve_answers_and_writes_an_access_log_line_per_request(served):
    status, _, body = Browser(served.base_url).get("/login")
    assert status == 200 and "Log in" in body
    assert wait_for(lambda: re.search(r'"GET /login HTTP/1\.[01]" 200 \d+ ', served.log.read_text()))


def test_a_hup_restarts_the_workers_gracefully_and_the_server_keeps_answering(served):
    master = int(served.pidfile.read_text())
    assert wait_for(lambda: len(worker_pids(master)) == 2)
    before = worker_pids(master)
    os.kill(master, signal.SIGHUP)
    assert wait_for(lambda: len(worker_pids(master)) == 2 and not worker_pids(master) & before)
    assert Browser(served.base_url).get("/login")[0] == 200
    assert served.process.poll() is None  # the master itself never stopped


def test_static_files_have_fingerprinted_names_and_a_year_of_caching(served):
    browser = Browser(served.base_url)
    page = browser.get("/login")[2]
    stylesheet = STYLESHEET.search(page)
    assert stylesheet, page[:500]
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
    try:
        connection.request("GET", stylesheet.group(1))
        response = connection.getresponse()
        css = response.read().decode()
    finally:
        connection.close()
    assert response.status == 200 and "body" in css
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_quizapp_serve_is_the_cli_command(tmp_path):
    result = subprocess.run(
        [str(Path(sys.executable).parent / "quizapp"), "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QUIZAPP_INSTANCE_PATH": str(tmp_path)},
    )
    assert result.returncode == 0 and "graceful restart" in result.stdout
