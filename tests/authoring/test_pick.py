"""Pick the sentence instead of typing it: from an article page a teacher starts a question file citing it."""

from __future__ import annotations

import re
from html import unescape

from tests.authoring.conftest import editor_fields, post_editor
from tests.security.conftest import registered

ARTICLE = "/articles/kuwait-palestine-relations"
PICK = "/teach/questions/pick/kuwait-palestine-relations/apology-and-restoration-of-ties-p2"


def test_teachers_get_a_write_a_question_link_per_paragraph_and_students_do_not(bank_app, teacher):
    student, _ = registered(bank_app, "student")
    page = teacher.get(ARTICLE).get_data(as_text=True)
    assert f'href="{PICK}"' in page
    assert page.count(">Write a question<") == page.count('class="paragraph"') > 5
    assert "data-pick=" in page and "js/pick." in page
    plain = student.get(ARTICLE).get_data(as_text=True)
    assert "Write a question" not in plain and "data-pick" not in plain and "js/pick." not in plain
    assert student.get(PICK).status_code == 403


def test_a_picked_sentence_fills_article_section_paragraph_and_quote_into_the_template(teacher):
    page = teacher.get(PICK).get_data(as_text=True)
    forms = re.findall(r'<form method="get" action="/teach/questions/new".*?</form>', page, re.S)
    assert len(forms) == 1  # the paragraph holds one sentence
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', forms[0]))
    assert {k: unescape(v) for k, v in fields.items()} == {
        "article": "seeds/000_239a2713105e4f37.txt",
        "section": "Apology and restoration of ties",
        "paragraph": "2",
        "quote": "In 2013, the Embassy of Palestine in Kuwait was reopened.",
    }
    editor = editor_fields(teacher.get("/teach/questions/new", query_string=fields).get_data(as_text=True))
    text = editor["content"]
    assert text.count("      article: seeds/000_239a2713105e4f37.txt\n") == 4
    assert text.count("      section: Apology and restoration of ties\n      paragraph: 2\n") == 4
    assert text.count('      quote: "In 2013, the Embassy of Palestine in Kuwait was reopened."\n') == 4
    assert 'text: "In 2013, the Embassy of Palestine in Kuwait was {{reopened}}."' in text
    assert "No problems" in post_editor(teacher, "check", **editor).get_data(as_text=True)


def test_a_paragraph_of_several_sentences_offers_each(teacher):
    page = teacher.get(PICK.replace("-p2", "-p1")).get_data(as_text=True)
    quotes = [unescape(q) for q in re.findall(r'name="quote" value="([^"]*)"', page)]
    assert quotes == [
        "In 2004, Mahmoud Abbas made formal apology to Kuwait for siding with Iraq in the Gulf War.",
        "Previously, Al Tayeb Abdul Rahim, had refused to apologize and stated Kuwait made the Palestinians suffer.",
    ]


def test_a_missing_paragraph_is_404_and_odd_arguments_fall_back_to_the_plain_template(teacher):
    assert teacher.get("/teach/questions/pick/kuwait-palestine-relations/no-such-p9").status_code == 404
    assert teacher.get("/teach/questions/pick/no-such-article/history-p1").status_code == 404
    odd = teacher.get(
        "/teach/questions/new", query_string={"article": "x", "section": "y", "paragraph": "two", "quote": "z"}
    )
    assert odd.status_code == 200 and "In {{2013}}, the Embassy" in unescape(odd.get_data(as_text=True))
