"""Review history files: Anki's revlog fields as CSV, and the fsrs package's ReviewLog as JSON; both ways.

CSV columns are Anki's revlog table (id = answer time in ms, cid, usn, ease 1–4, ivl and lastIvl in days, or
negative seconds while learning, factor, time in ms, type 0 learn / 1 review / 2 relearn / 3 filtered /
4 manual) plus `guid`, the note's GUID (Anki's notes.guid, which quizapp's Anki export sets), because a
revlog row alone names only a card id of one collection. `factor` carries FSRS difficulty × 1000 on export
and is not read on import: the schedule is rebuilt by replaying the grades. JSON is
{"format": "fsrs-review-logs", "cards": [{"card_id", "guid"}], "review_logs": [ReviewLog.to_dict(), ...]}.
A file that cannot be read raises HistoryFileError naming the line (CSV) or entry (JSON); nothing is half-read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

from fsrs import ReviewLog

from quizapp.export.guids import stable_id

__all__ = ["REVLOG_FIELDS", "HistoryEntry", "HistoryFileError", "fsrs_json", "read_history", "revlog_csv"]

REVLOG_FIELDS = ("id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type", "guid")
JSON_FORMAT = "fsrs-review-logs"
MANUAL = 4
MAX_BYTES = 20_000_000


class HistoryFileError(ValueError):
    """A review history file that cannot be imported; the message says where and why."""


@dataclass(frozen=True)
class HistoryEntry:
    """One answer in a portable form: the note's GUID, when, the grade, and what Anki's revlog also keeps."""

    guid: str
    reviewed_at: dt.datetime
    rating: int
    duration_ms: int | None = None
    kind: int = 1
    interval: int = 0
    last_interval: int = 0
    factor: int = 0

    @property
    def revlog_id(self) -> int:
        """Return Anki's revlog id: the answer time in milliseconds since 1970."""
        return int(self.reviewed_at.timestamp() * 1000)


def card_id(guid: str) -> int:
    """Return the stable card id a note's only card gets in these files."""
    return stable_id("card", guid)


def revlog_csv(entries: list[HistoryEntry]) -> str:
    """Write the entries as a CSV of Anki's revlog fields plus the note GUID."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(REVLOG_FIELDS)
    for e in entries:
        writer.writerow(
            [
                e.revlog_id,
                card_id(e.guid),
                -1,
                e.rating,
                e.interval,
                e.last_interval,
                e.factor,
                e.duration_ms or 0,
                e.kind,
                e.guid,
            ]
        )
    return buffer.getvalue()


def fsrs_json(entries: list[HistoryEntry]) -> str:
    """Write the entries as fsrs ReviewLog dicts, with the GUID of each card id."""
    cards = sorted({e.guid for e in entries})
    logs = [
        {
            "card_id": card_id(e.guid),
            "rating": e.rating,
            "review_datetime": e.reviewed_at.isoformat(),
            "review_duration": e.duration_ms,
        }
        for e in entries
    ]
    return json.dumps(
        {"format": JSON_FORMAT, "cards": [{"card_id": card_id(g), "guid": g} for g in cards], "review_logs": logs},
        ensure_ascii=False,
        indent=1,
    )


def read_history(data: bytes) -> list[HistoryEntry]:
    """Read a revlog CSV or an fsrs JSON file (told apart by its first character); skip manual entries."""
    if len(data) > MAX_BYTES:
        raise HistoryFileError(f"the file is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise HistoryFileError(f"the file is not UTF-8 text (byte {error.start})") from None
    if not text.strip():
        raise HistoryFileError("the file is empty")
    return _read_json(text) if text.lstrip().startswith("{") else _read_csv(text)


def _read_csv(text: str) -> list[HistoryEntry]:
    rows = csv.DictReader(io.StringIO(text))
    missing = [name for name in ("id", "ease", "guid") if name not in (rows.fieldnames or [])]
    if missing:
        raise HistoryFileError(f"line 1: the header lacks {', '.join(missing)} (expected {','.join(REVLOG_FIELDS)})")
    entries = []
    for row in rows:
        where = f"line {rows.line_num}"
        try:
            ms, ease, kind = int(row["id"]), int(row["ease"]), int(row.get("type") or 1)
            duration = int(row.get("time") or 0)
        except (TypeError, ValueError):
            raise HistoryFileError(f"{where}: id, ease, type and time must be whole numbers") from None
        if ease == 0 or kind == MANUAL:
            continue  # Anki's manual rescheduling entries are no answer
        guid = (row["guid"] or "").strip()
        entries.append(_entry(where, guid, _moment(where, ms), ease, duration if duration > 0 else None, kind))
    return entries


def _read_json(text: str) -> list[HistoryEntry]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise HistoryFileError(f"line {error.lineno}: not valid JSON ({error.msg})") from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise HistoryFileError(f'not an fsrs review log file (its "format" must be "{JSON_FORMAT}")')
    try:
        guids = {int(card["card_id"]): str(card["guid"]) for card in document.get("cards", [])}
    except (KeyError, TypeError, ValueError):
        raise HistoryFileError('"cards": each needs a whole card_id and a guid') from None
    entries = []
    for n, raw in enumerate(document.get("review_logs") or [], start=1):
        where = f"review_logs entry {n}"
        try:
            log = ReviewLog.from_dict(raw)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise HistoryFileError(f"{where}: {error}") from None
        if log.card_id not in guids:
            raise HistoryFileError(f'{where}: card_id {log.card_id} is not in "cards"')
        when = log.review_datetime
        if when.tzinfo is None:
            raise HistoryFileError(f"{where}: review_datetime needs a time zone")
        entries.append(
            _entry(where, guids[log.card_id], when.astimezone(dt.UTC), int(log.rating), log.review_duration, 1)
        )
    return entries


def _moment(where: str, ms: int) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(ms / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        raise HistoryFileError(f"{where}: id {ms} is no time in milliseconds") from None


def _entry(where: str, guid: str, when: dt.datetime, rating: int, duration: int | None, kind: int) -> HistoryEntry:
    if not guid:
        raise HistoryFileError(f"{where}: no note GUID")
    if rating not in (1, 2, 3, 4):
        raise HistoryFileError(f"{where}: the grade must be 1 to 4, not {rating}")
    if not dt.datetime(2006, 1, 1, tzinfo=dt.UTC) <= when <= dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        raise HistoryFileError(f"{where}: the review time {when:%Y-%m-%d} is before Anki existed or in the future")
    return HistoryEntry(guid, when, rating, duration, kind)
