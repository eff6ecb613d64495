"""Mend the source's slips around names that a prompt would copy: a "the" left out ("donated US$4 million to
Coastal Rowing Society", "Norvian Harbour Union rejected"), and a place said twice ("the Tarsk Society for the
Rebuilding of Kessby of Tarsk").

Wikipedia's translated articles make both often, and reviews failed prompts that copied them. The quote a
question cites stays verbatim; only the prompt reads "the Coastal Rowing Society".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# Last words of a body's name that English says with "the" ("the Tarsk Rowing Society", "the Norvian Harbour
# Union"), folded; company forms ("Tarskola Corporation") and one-word names ("Kessbyna") go without.
BODY_HEADS = frozenset(
    {
        "agency",
        "army",
        "assembly",
        "association",
        "authority",
        "bureau",
        "coalition",
        "commission",
        "committee",
        "conference",
        "council",
        "federation",
        "foundation",
        "front",
        "fund",
        "initiative",
        "institute",
        "league",
        "ministry",
        "movement",
        "navy",
        "organisation",
        "organization",
        "parliament",
        "programme",
        "society",
        "union",
    }
)
# First words of an "X of Y" name said with "the" ("the Kingdom of Norvia", "the Bank of Tarsk"), folded.
OF_HEADS = frozenset(
    {
        "bank",
        "church",
        "commission",
        "committee",
        "council",
        "court",
        "department",
        "embassy",
        "emirate",
        "federation",
        "government",
        "institute",
        "kingdom",
        "league",
        "ministry",
        "museum",
        "office",
        "organisation",
        "organization",
        "republic",
        "state",
        "union",
        "university",
    }
)
# Words before a name that already say which one (or make it part of a longer phrase).
SAYS_WHICH = frozenset({"DT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS", "NNP", "NNPS"})


def name_mends(doc: Doc) -> list[tuple[int, int, str]]:
    """Return the parsed paragraph's names to write otherwise, as (first token, end token, text): with the
    "the" they need, or without an "of" phrase that repeats a place the name holds."""
    mends = [(ent.start, ent.end, f"the {ent.text}") for ent in doc.ents if _needs_the(ent)]
    for match in REPEATED_PLACE.finditer(doc.text):
        name, place = match.group(1), match.group(2)
        whole = doc.char_span(match.start(), match.end())
        if (
            place in name.split()
            and whole is not None
            and not any(s < whole.end and whole.start < e for s, e, _ in mends)
        ):
            mends.append((whole.start, whole.end, name))
    return mends


# A capitalised name ("Tarsk Society for the Rebuilding of Kessby") and an "of" phrase after it.
REPEATED_PLACE = re.compile(r"\b([A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’-]*)+) of ([A-Z][\w'’-]*)\b")


def _needs_the(ent: Span) -> bool:
    """Say whether a name is a body's that English says with "the", standing with no word that says which."""
    words = ent.text.split()
    if not words or words[0].casefold() == "the" or ent.label_ not in ("ORG", "GPE", "NORP"):
        return False
    of_name = len(words) >= 3 and words[0][:1].isupper() and words[0].casefold() in OF_HEADS and words[1] == "of"
    headed = ent.label_ == "ORG" and len(words) >= 2 and words[-1][:1].isupper() and words[-1].casefold() in BODY_HEADS
    if not (of_name or headed):
        return False
    if ent.start == ent.sent.start:
        return True
    before = ent.doc[ent.start - 1]
    if before.tag_ in SAYS_WHICH or before.dep_ in ("det", "poss", "amod"):
        return False
    # "the Tarsk Rowing Society and Kessby Rowing Society": one "the" for both
    return not (ent.root.dep_ == "conj" and any(c.dep_ == "det" for c in ent.root.head.children))
