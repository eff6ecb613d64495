"""The source-paragraph highlight: quote in <mark>, answer in <strong>, everything else escaped."""

from __future__ import annotations

from quizapp.web.study.source import highlight

PARAGRAPH = "Before. In 2013, the Embassy of Palestine in Kuwait was reopened. After <b>2013</b> & more."
QUOTE = "In 2013, the Embassy of Palestine in Kuwait was reopened."


def test_quote_and_answer_are_marked_and_the_rest_escaped():
    html = str(highlight(PARAGRAPH, QUOTE, ["2013"]))
    assert html == (
        'Before. <mark class="source-quote">In <strong class="source-answer">2013</strong>, the Embassy'
        " of Palestine in Kuwait was reopened.</mark> After &lt;b&gt;2013&lt;/b&gt; &amp; more."
    )


def test_quote_is_found_across_other_whitespace_and_case():
    html = str(highlight("A  long\nsentence here.", "a long sentence", []))
    assert html == '<mark class="source-quote">A  long\nsentence</mark> here.'


def test_answer_outside_the_quote_is_marked_when_the_quote_lacks_it():
    html = str(highlight("Abbas spoke. He apologised.", "He apologised.", ["Abbas"]))
    assert html == (
        '<strong class="source-answer">Abbas</strong> spoke. <mark class="source-quote">He apologised.</mark>'
    )


def test_accepted_forms_are_tried_only_when_the_answer_is_absent():
    html = str(highlight("In 2013 it opened.", "", ["2013"], ["in 2013"]))
    assert html == 'In <strong class="source-answer">2013</strong> it opened.'
    html = str(highlight("It cost two million dollars.", "", ["US$2 million"], ["two million dollars"]))
    assert '<strong class="source-answer">two million dollars</strong>' in html


def test_answers_match_whole_words_only():
    assert "<strong" not in str(highlight("In 20134 nothing happened.", "", ["2013"]))


def test_a_quote_missing_from_the_paragraph_still_shows_the_paragraph():
    assert str(highlight("Plain <i>text</i>.", "not there", [])) == "Plain &lt;i&gt;text&lt;/i&gt;."
