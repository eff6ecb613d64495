"""A share whose rest to 100 the sentence states is asked about its own clause only (quizapp.generate.shares)."""

from __future__ import annotations

from tests.generate.test_slips import made_for


def test_a_share_with_its_rest_in_another_clause_is_asked_without_the_rest(parse):
    read = parse("In 1901, 70 percent of the workers in Kessby struck but 30 percent stayed at work.")
    made = made_for(read, "70 percent")
    assert set(made) == {"short", "choice"}, made  # a cloze would show "30 percent": 100 - 30 is no recall
    assert made["short"]["prompt"] == "In 1901, what percentage of the workers in Kessby struck?", made["short"]
    assert made["choice"]["prompt"] == made["short"]["prompt"]
    assert all("30" not in q.get("prompt", "") for q in made.values())


def test_the_rest_itself_is_not_asked_when_no_question_can_leave_the_share_out(parse):
    read = parse("In 1901, 70 percent of the workers in Kessby struck but 30 percent stayed at work.")
    assert made_for(read, "30 percent") == {}  # "What percentage stayed?" would not say of whom
