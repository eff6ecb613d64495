"""Make the sibling questions of one fact: a cloze card, a wh-question and a multiple-choice variant.

Every question cites the fact's sentence (with the context its pronoun needs), explains the fact in
full, and is dropped when its prompt would give the answer away.

The card's text is written by gaps.py, its lead chosen by leads.py, and giveaways.py says when a prompt
shows the answer.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from quizapp.generate.anaphors import bare_definites
from quizapp.generate.distractors import Pool, distractors_for
from quizapp.generate.facts import ACTOR, DATE, Fact
from quizapp.generate.frames import time_frame
from quizapp.generate.gaps import core_gap, left_out_acronym, quote_with_gaps
from quizapp.generate.giveaways import gives_away, named_inside_another_name
from quizapp.generate.ids import fact_id
from quizapp.generate.leads import display_lead, framed_lead, plain_lead
from quizapp.generate.optionvalues import order_choices
from quizapp.generate.shares import rests_shown
from quizapp.generate.similarity import acronym, contains_word
from quizapp.generate.wh import wh_question

BLANK = "____"
QUALIFIED_DECADE = re.compile(r"\b(?:early|mid|late)[- ]?(?:\d{4}s|\d0s)", re.IGNORECASE)  # "the early 1990s"


def questions_for(fact: Fact, pool: Pool, swaps: dict[str, Any], source: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the fact's questions (cloze, short, choice) as YAML-ready mappings, best first."""
    fid = fact_id(fact)
    if fact.kind == ACTOR and named_inside_another_name(fact):
        return []  # blanking "Tarsk" in "the Council for Tarsk ... in ____" shows where the answer goes
    common = {
        "explanation": quote_with_gaps(fact, swaps["chars"], lambda g: None),
        "fact": fid,
        "source": source,
        "tags": [fact.kind],
    }
    display = display_lead(fact)
    if display is None:
        return []
    frame = time_frame(fact.unit) if fact.kind != DATE else ""  # a date question's frame would hint its answer
    lead = framed_lead(display or (plain_lead(fact) if frame else ""), frame)
    core = core_gap(fact)
    cloze = quote_with_gaps(core, swaps["chars"] + left_out_acronym(fact, core), lambda g: "{{" + g + "}}", lead=lead)
    blanked = quote_with_gaps(fact, swaps["chars"], lambda g: BLANK, whole_span=True, lead=lead)
    questions: list[dict[str, Any]] = []
    # "____ of workers" begs "hundreds", and nobody recalls "the second half of the 20th century" word for
    # word: such answers are asked only against options (a ladder, other centuries).
    vague = fact.subkind in ("vague", "period") or QUALIFIED_DECADE.search(fact.answer) is not None
    listed = fact.subkind == "list"  # a gap of several names is no unit: asked only as "Which two ...?"
    gaps = re.findall(r"\{\{(.*?)\}\}", cloze)
    bracketed = any("(" in g for g in gaps)  # "{{Kessby Line (Tarsk)}}": a name and a note on it, no unit
    rest_shown = rests_shown(fact, fact.unit.quote)  # "70 percent ... but 30 percent continued": only its clause
    again = _told_again(fact)  # "Tarsk sent troops in 1948 and 1967 ... Tarsk also sent troops in 1973"
    if (
        not vague
        and not again
        and not rest_shown
        and not listed
        and len(gaps) <= 2  # a name said twice is hidden twice, on one card (Anki's c1 for both)
        and not bracketed
        and not _reads_as_a_topic(fact)
        and not gives_away(core, re.sub(r"\{\{.*?\}\}", " ", cloze))
    ):
        questions.append({"id": f"{fid}-cloze", "type": "cloze", "text": cloze, **common})
    wh = None if vague or again else wh_question(fact, swaps["tokens"])
    if wh is not None and (gives_away(fact, wh) or _second_which(wh) or rests_shown(fact, wh)):
        wh = None
    if wh is not None and lead:
        wh = f"{lead}: {wh}"
    elif wh is not None and bare_definites(fact.unit.sent, range(fact.token_start, fact.token_end)):
        wh = None  # "Who climbed the scaffolding in 1960?" with nothing to say whose scaffolding
    if wh is not None:
        short: dict[str, Any] = {"id": f"{fid}-short", "type": "short", "prompt": wh, "answer": fact.answer}
        accept = [*fact.accept, *_acronym_accept(fact)]
        if core.answer != fact.answer and core.answer not in accept:
            accept.append(core.answer)  # "Anna Berg" is right for "Anna Berg of Tarsk"
        if accept:
            short["accept"] = accept
        questions.append({**short, **common})
    if wh is None and rest_shown:
        return questions
    prompt = wh if wh is not None else blanked
    if listed or gives_away(fact, prompt.replace(BLANK, " ")) or prompt.count(BLANK) > 1:
        return questions  # two blanks and one answer per option: no option fits either blank
    if fact.kind == DATE and len(fact.values) > 1 and " and " in fact.answer:
        return questions  # "1948 and 1967": options of two shifted years look alike and miss the story's third
    distractors = distractors_for(fact, pool, f"{fid}-choice")
    if distractors is not None:
        choices = order_choices(fact, distractors)
        questions.append(
            {
                "id": f"{fid}-choice",
                "type": "choice",
                "prompt": prompt,
                "answer": fact.answer,
                "choices": choices,
                **common,
            }
        )
    return questions


def _told_again(fact: Fact) -> bool:
    """Say whether the paragraph tells the date's deed again at another time ("sent armies in 1948 and 1967 ...
    also sent troops in 1973"): a cloze or typed answer then has a second right answer (rounds 27-28 failed
    "in ____" for 1948 and 1967); options leave out the other dates of the same verb. A deed whose object is a
    name says which time it means ("also won the Intercontinental Cup in 1972")."""
    if fact.kind != DATE:
        return False
    verbs = []
    token = fact.span.root
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            verbs.append(token)
    deeds = {
        v.lemma_.casefold() for v in verbs if v.lemma_.casefold() not in ("be", "have") and not _names_its_object(v)
    }
    for sent in fact.unit.doc.sents:
        if sent.start == fact.unit.sent.start or not any(t.ent_type_ == "DATE" for t in sent):
            continue
        if any(
            t.lower_ in ("also", "again") and t.head.lemma_.casefold() in deeds and not _names_its_object(t.head)
            for t in sent
        ):
            return True
    return False


def _names_its_object(verb: Token) -> bool:
    """Say whether a verb's object is a name ("won the Intercontinental Cup"): the deed says which one it is."""
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)


def _reads_as_a_topic(fact: Fact) -> bool:
    """Say whether a date's gap follows a noun's "on" ("his experiments on ____", "the talks on ____"): the
    blank reads as what they were about (round 27: "dogs", "the pancreas"), so only options can say a date."""
    if fact.kind != DATE or fact.token_start == 0:
        return False
    before = fact.unit.doc[fact.token_start - 1]
    return before.lower_ == "on" and before.head.pos_ == "NOUN"


def _second_which(wh: str) -> bool:
    """Say whether a which-question holds a relative "which" with no comma before it: "Which organisation
    supported X which harmed Y?" reads as if X harmed Y (", which made it possible" refers to the deed)."""
    return wh.casefold().count("which ") > 1 and re.search(r"[^,] which\b", wh) is not None


def _acronym_accept(fact: Fact) -> list[str]:
    """Accept an organisation's acronym when the article itself uses it ("PLO"), and the name an acronym
    answer stands for when the article spells it out ("European Space Agency" for "ESA")."""
    article_text = " ".join(p.text for p in fact.unit.article.paragraphs())
    if fact.kind == ACTOR and re.fullmatch(r"[A-Z]{2,6}", fact.answer):
        spelled = re.search(rf"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)*){{2,8}})\({fact.answer}\)", article_text)
        name = spelled.group(1).strip() if spelled else ""
        return [name] if name and acronym(name) == fact.answer else []
    short = acronym(fact.answer)
    if fact.subkind != "organisation" or len(short) < 2:
        return []
    return [short] if contains_word(short, article_text, fold=False) else []
