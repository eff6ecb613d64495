"""Verb forms for questions: the do-support auxiliary and a check that a verb's base form is real.

spaCy's rule lemmatizer guesses base forms of verbs it does not know ("graffitied" -> "graffitie");
a question built on a guessed form would be misspelt, so the base form must be listed in the
lemmatizer's own tables.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_KNOWN: dict[int, frozenset[str]] = {}  # vocabulary id -> verb base forms the lemmatizer lists


def remember_verbs(nlp: Language) -> None:
    """Keep the base forms listed in the pipeline's lemmatizer tables, for `base_form`."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]  # get_pipe is typed as any callable
    if not lookups.has_table("lemma_index"):
        return
    verbs = set(lookups.get_table("lemma_index").get("verb", []))
    if lookups.has_table("lemma_exc"):
        for forms in lookups.get_table("lemma_exc").get("verb", {}).values():
            verbs.update(forms)
    _KNOWN[id(nlp.vocab)] = frozenset(verbs)


def do_support(verb: Token) -> tuple[str, str] | None:
    """Return ("did", "sever") for "severed": the auxiliary and base form, or None when unsure."""
    auxiliary = DO_SUPPORT.get(verb.tag_)
    if auxiliary is None:
        return None
    known = _KNOWN.get(id(verb.doc.vocab))
    if known is not None and verb.lemma_ not in known:
        return None
    return auxiliary, verb.lemma_
