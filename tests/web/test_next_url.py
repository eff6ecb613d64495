"""Only local paths are followed after logging in."""

from __future__ import annotations

import pytest

from quizapp.web.auth.next_url import safe_next_url


@pytest.mark.parametrize("target", ["/", "/stats", "/decks/generated/kuwait?tag=date", "/articles/x#history-p2"])
def test_local_paths_are_kept(target):
    assert safe_next_url(target) == target


@pytest.mark.parametrize(
    "target",
    [
        None,
        "",
        "stats",
        "//evil.example",
        "/\\evil.example",
        "/\t/evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "http:/evil",
        " /stats",
    ],
)
def test_other_targets_are_dropped(target):
    assert safe_next_url(target) is None
