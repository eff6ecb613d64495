"""gunicorn settings for `quizapp serve` (read by gunicorn as `-c python:quizapp.gunicorn_conf`).

Workers default to one sync worker per CPU, not gunicorn's 2 x CPUs + 1: the app is CPU-bound (SQLite waits
little), and in issue 13h's three interleaved runs on the school (docs/benchmarks.md) 2 sync workers on
2 CPUs served 21-38% more study-mix requests per second than 5 in every run, and more than 2 gthread
workers x 2 threads in two of three. The access log goes to standard output in gunicorn's common format with the
request time. `kill -HUP <master pid>` restarts the workers gracefully: new ones start with the new code,
old ones finish the request they hold (within graceful_timeout) first.
"""

import multiprocessing
import os


def worker_count(cpus: int | None = None) -> int:
    """Return $QUIZAPP_WORKERS, else the CPU count."""
    chosen = os.environ.get("QUIZAPP_WORKERS", "").strip()
    return int(chosen) if chosen else cpus or multiprocessing.cpu_count()


bind = os.environ.get("QUIZAPP_BIND", "127.0.0.1:8000")
workers = worker_count()
accesslog = os.environ.get("QUIZAPP_ACCESS_LOG", "-")
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
errorlog = "-"
timeout = 30
graceful_timeout = 30
# No preload: each worker imports the app itself, so a HUP brings in new code.
preload_app = False
pidfile = os.environ.get("QUIZAPP_PIDFILE") or None
