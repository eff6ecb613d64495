"""Find actors: people, organisations, countries and groups that act or are acted on in a sentence.

An entity counts when the parse makes it the subject, the passive subject, the agent ("by X"), the
object, the recipient ("to X") of a verb, or the owner of the subject ("Marsh's team"). The entity
must be the whole name: "Moore" inside "Operation Harbour Moore" is not a person.

The rules it applies live beside it: personnames.py (a person's full name), wholenames.py (whether a span
is a whole name), actorkinds.py (what kind of actor it is) and roles.py (the role it plays).
"""

from __future__ import annotations

from quizapp.generate.actorkinds import LABEL_KINDS, PLACE_HEADS, is_numbered, reads_as_organisation, refine_kind
from quizapp.generate.facts import ACTOR, Fact, Gap, overlaps
from quizapp.generate.names import ORG_HEADS, NameIndex
from quizapp.generate.personnames import opens_a_name, person_name, person_text
from quizapp.generate.roles import actor_role, mention_role
from quizapp.generate.spans import HEAD_KINDS, balanced, extend_name, head_before
from quizapp.generate.units import SentenceUnit
from quizapp.generate.wholenames import is_alias, is_modifier, trim_entity, whole_name


def find_actors(unit: SentenceUnit, names: NameIndex, taken: list[tuple[int, int]]) -> list[Fact]:
    """Return the actor facts of a sentence unit, each the whole name of an entity in a clear role."""
    found: list[Fact] = []
    claimed = list(taken)
    for ent in unit.sent.ents:
        kind = LABEL_KINDS.get(ent.label_)
        if kind == "organisation" and len(ent) == 1 and names.candidates(ent.text):
            kind = "person"  # "Strand was named coach": a surname NER took for a body
        if kind == "person" and ent[-1].lower_ in ORG_HEADS:
            kind = "organisation"  # "Coastline Trains"
        if kind == "person" and ent[-1].lower_ in PLACE_HEADS:
            kind = "place"  # "Kessby Castle was surrendered": no "who"
        if kind == "person" and opens_a_name(ent):
            continue  # "a territory named Anna's Land": a place's name, not the person
        span = person_name(ent) if kind == "person" else trim_entity(ent)
        grown = head_before(span) if span is not None and kind != "person" else None
        if grown is not None:
            span, kind = grown  # "the Treaty of" + "Varna": a law, not a place
        elif span is not None and kind in ("work", "event") and HEAD_KINDS.get(span[0].lower_) == "law":
            kind = "law"  # "Treaty of Friendship, Commerce" the NER calls a work: a law, carried on below
        if span is not None and kind in ("organisation", "law"):
            span = extend_name(span)  # "the Constitution of the Empire" + "of Japan": one name
        if span is not None:
            span = balanced(span)
        if kind is None or span is None or overlaps(span.start_char, span.end_char, claimed):
            continue
        if not span.text[:1].isupper() or (kind == "organisation" and not reads_as_organisation(span)):
            continue
        if not whole_name(span, kind) or is_alias(span) or is_modifier(span):
            continue
        kind = refine_kind(kind, span)
        if kind is None or (kind == "event" and is_numbered(span)):
            continue
        role = actor_role(span) or mention_role(span, kind)
        written = person_text(span) if kind == "person" else span.text
        answer, shown, accepts = written, written, tuple[str, ...]()
        if kind == "person":
            full = names.resolve(written, (unit.paragraph.line, span.start_char))
            if full is None and len(written.split()) == 1 and names.candidates(written):
                continue  # a short name that could be two people, with nothing before it to tell which
            answer = full or written
            shown = answer  # "Under {{Anna Berg}}" for "Under Berg": a bare surname is half a name to a student
            accepts = names.accepts(answer, written)
        gap = Gap(span.start_char, span.end_char, shown)
        claimed.append((span.start_char, span.end_char))
        found.append(
            Fact(
                ACTOR,
                kind,
                answer,
                (gap,),
                unit,
                span.start,
                span.end,
                accept=accepts,
                detail={"role": role, "verb": span.root.head.i if role != "possessor" else None},
            )
        )
    return found
