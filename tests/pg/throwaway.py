"""A throwaway PostgreSQL server for the test suite: initdb in a temporary folder, a unix socket only, stopped after.

Run: python -m tests.pg.throwaway COMMAND...  starts the server, runs COMMAND with QUIZAPP_TEST_DATABASE_URL
set to a database on it (each test then gets a database of its own), stops the server and exits with
COMMAND's status. Debian's `postgresql` package is installed when no server is found. As root, the server
runs as the `postgres` user (or `nobody`), which PostgreSQL requires; the folder is made theirs.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "quizapp"


def server_bin() -> Path:
    """Return the folder of initdb and pg_ctl, installing Debian's postgresql if there is none."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found and not shutil.which("initdb"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
        subprocess.run(
            [*sudo, "apt-get", "install", "-y", "-qq", "postgresql"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else Path(shutil.which("initdb")).parent


def _runner() -> tuple[list[str], int | None, int | None]:
    """Return the command prefix that runs the server as a non-root user, and that user's uid and gid."""
    if os.geteuid() != 0:
        return [], None, None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"], entry.pw_uid, entry.pw_gid
    raise RuntimeError("running as root, and neither the postgres nor the nobody user exists")


@contextlib.contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a server in a temporary folder and yield a SQLAlchemy URL of its `quizapp` database."""
    bin_dir, (prefix, uid, gid) = server_bin(), _runner()
    folder = Path(tempfile.mkdtemp(prefix="quizapp-pg-"))
    data, socket_dir = folder / "data", folder / "socket"
    socket_dir.mkdir()
    if uid is not None:
        for path in (folder, socket_dir):
            os.chown(path, uid, gid)

    def run(*args: str) -> None:
        subprocess.run([*prefix, str(bin_dir / args[0]), *args[1:]], check=True, capture_output=True, timeout=120)

    try:
        run("initdb", "-D", str(data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--locale=C")
        # No TCP at all; fsync off: a throwaway database needs no durability, and the suite runs faster.
        options = (
            f"-c listen_addresses='' -c unix_socket_directories={socket_dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        run("pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "start")
        try:
            run("createdb", "-h", str(socket_dir), "-U", SUPERUSER, "quizapp")
            yield f"postgresql+psycopg://{SUPERUSER}@/quizapp?host={socket_dir}"
        finally:
            run("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(command: list[str]) -> int:
    """Run `command` against a throwaway server; return its exit status."""
    with throwaway_server() as url:
        print(f"throwaway PostgreSQL at {url}", flush=True)
        return subprocess.run(command, env={**os.environ, "QUIZAPP_TEST_DATABASE_URL": url}).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
