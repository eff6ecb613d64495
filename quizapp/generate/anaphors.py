"""Tell when a sentence leans on an earlier one without a pronoun: a bare "the war", "the Legion", "the
three companies", "the cup", and whether the quoted context names what such a noun stands for.

A question quotes only its sentence (and the context `units` adds), so a sentence that needs what came
before must bring it along, get a lead, or not be asked.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizapp.generate.determiners import describers_of, determiner_of
from quizapp.generate.similarity import words
from quizapp.generate.times_and_deeds import leans_on_a_time_or_deed

# Bare nouns for a deed, a pact or a place, which only an earlier mention of the same word can settle.
STORY_NOUNS = frozenset(
    {
        "war",
        "conflict",
        "invasion",
        "attack",
        "operation",
        "raid",
        "occupation",
        "campaign",
        "agreement",
        "deal",
        "treaty",
        "talks",
        "dispute",
        "ceasefire",
        "truce",
        "blockade",
        "embargo",
        "referendum",
        "ruling",
        "transfer",
        "merger",
        "sale",
        "purchase",
        "takeover",
        "confederation",
        "federation",
        "alliance",
        "lake",
        "river",
        "island",
        "crossing",
        "rivalry",
        "feud",
        "strike",
        "rebellion",
        "uprising",
        "revolt",
        "siege",
        "battle",
        "crisis",
        "scandal",
        "election",
    }
)


# What a firm or a body undergoes itself: in an article about it, "the sale" is its own sale. "The transfer"
# is not one: round 28 failed it (a transfer of what, to whom?).
DEALS_OF_A_BODY = frozenset({"merger", "sale", "purchase", "takeover"})


# Nouns that, with a bare "the", point back at something named before ("the invasion" - which one?).
ANAPHORIC_NOUNS = (
    frozenset(
        {
            "nation",
            "country",
            "countries",
            "organization",
            "organisation",
            "movement",
            "city",
            "monument",
            "plan",
            "visit",
            "company",
            "team",
            "club",
            "mission",
            "project",
            "region",
            "area",  # round 28: "the area" (which?) was asked with nothing to say
            "territory",
            "zone",
            "states",
            "government",
            "group",
            "network",
            "party",
            "league",
            "event",
            "program",
            "programme",
            "firm",
            "band",
            "cup",
            "trophy",
            "title",
            "final",
            "tournament",
        }
    )
    | STORY_NOUNS
)


# Deeds and their talks: one named here ("the Norvia-Tarsk dispute") is what a later "the talks" means.
DEED_NOUNS = frozenset(
    {"war", "conflict", "invasion", "attack", "operation", "raid", "talks", "agreement", "deal", "treaty", "dispute"}
)


# Nouns that count or describe people of a place: a nationality alone does not say which place.
PLACE_BOUND = frozenset({"population", "community", "presence", "diaspora", "minority", "exodus"})


ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final"})


def refers_back(sent: Span) -> bool:
    """Say whether a sentence leans on an earlier one without a pronoun.

    Through a bare "the war", "the nation", "the two countries" (or a bare "the spacecraft" as its
    subject), "this position", "that summer", "two years later", or a verb of answering with nothing to
    answer ("Norvia refused."). An opening "However," or "In addition," alone does not: prompts drop it.
    """
    if leans_on_a_time_or_deed(sent):
        return True
    named_here: set[str] = set()  # anaphoric nouns the sentence describes itself ("the Norvia-Tarsk dispute")
    for token in sent:
        if token.ent_type_ == "EVENT":
            return False  # the sentence names its event itself ("in the Harbour Strike, ... the walk-out")
        if _short_name(token):
            return True  # "The Legion later handed ...": the short form of a name given before
        if token.pos_ != "NOUN":
            continue
        determiner = determiner_of(token)
        described = describers_of(token)
        subject = _bare_subject(token)
        anaphoric = token.lower_ in ANAPHORIC_NOUNS - named_here and not _ranked(token)  # "the first general election"
        if determiner == "the" and not described and (anaphoric or subject):
            return True
        if (
            determiner == "the"
            and not described
            and any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in token.children)
        ):
            return True  # "the three companies": which three?
        if determiner == "the" and token.lower_ in PLACE_BOUND and _by_nationality(token) and not _placed(token):
            return True  # "the Norvian population shrank": of which country, and when?
        if described and token.lower_ in ANAPHORIC_NOUNS:
            # "the Norvia-Tarsk dispute ... the talks": named here, so a later "the talks" are these; but "the
            # Norvian government" says nothing of "the two companies" or "the agreement" after it.
            named_here |= DEED_NOUNS if token.lower_ in DEED_NOUNS else {token.lower_}
    return False


def unsettled_by_subject(anaphors: list[Token], topic: str) -> list[Token]:
    """Return the bare references (`bare_anaphors` of a sentence) that naming the article's subject before it does
    not settle: a short name ("the Legion") or a deed ("the rivalry", "the war") told before. "The club" or "the
    line" in an article about a club or a railway is the subject itself, which the lead names, and "the sale" its
    sale."""
    own = set(words(topic))
    return [
        t
        for t in anaphors
        if (t.pos_ == "PROPN" or t.lower_ in STORY_NOUNS - DEALS_OF_A_BODY)  # a proper noun here is a short name
        and t.lemma_.casefold() not in own
        and t.lower_ not in own
    ]


def _bare_subject(token: Token) -> bool:
    """Say whether a noun is the main clause's subject, not ranked nor named right after it ("The rivalry grew")."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.head.dep_ == "ROOT"
        and not _ranked(token)
        and not _named_right_after(token)
    )


def _ranked(token: Token) -> bool:
    """Say whether a noun is ranked and described apart from its rank ("the first effective vaccine", "the
    largest oil field"): one of a kind, named by the words themselves. "The first group" is one part of a
    division told before."""
    ranks = [c for c in token.lefts if c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ORDINALS)]
    return bool(ranks) and any(c.dep_ in ("amod", "compound") and c.i > ranks[0].i for c in token.lefts)


def _named_right_after(token: Token) -> bool:
    """Say whether a common noun is followed by the name it stands for ("the ketch Vega", "the liner Aurora"),
    however the parser attached the name: the words say which one it is."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper()


def _by_nationality(token: Token) -> bool:
    """Say whether a population word is named by a nationality ("the Norvian population"), not by a common
    word ("the international community")."""
    return any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in token.children)


def _short_name(token: Token) -> bool:
    """Say whether a word is the capitalised short form of a name given before ("the Legion" for "the
    Czechoslovak Legion"): "the" and one proper noun that no entity covers and nothing describes."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ == ""
        and token.text[:1].isupper()
        and determiner_of(token) == "the"
        and not any(c.dep_ in ("compound", "amod", "poss", "nmod", "prep") for c in token.children)
        and not (
            token.i + 1 < len(token.doc) and (token.doc[token.i + 1].pos_ == "PROPN" or token.doc[token.i + 1].like_num)
        )
        and not _owns_a_name(token)
    )


def _owns_a_name(token: Token) -> bool:
    """Say whether a word is the possessor inside a longer name ("the Kessby's Land Act")."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "POS" and doc[token.i + 2].pos_ == "PROPN"


def bare_anaphors(sent: Span) -> list[Token]:
    """Return the sentence's bare "the X" nouns that point back at an X named before ("the war", "the lake",
    "the Legion")."""
    return [t for t in sent if _short_name(t)] + [
        t
        for t in sent
        if t.pos_ == "NOUN"
        and t.lower_ in ANAPHORIC_NOUNS
        and determiner_of(t) == "the"
        and not describers_of(t)
        and not _ranked(t)
        and not any(c.ent_type_ in ("DATE", "EVENT") or c.like_num for c in t.children)  # "the 1967 war" says which
    ]


def names_again(context: tuple[Span, ...], nouns: list[Token]) -> bool:
    """Say whether the context names each bare deed, pact or place with the noun itself ("the Russo-Japanese
    War" for "the war", "Lake Baikal" for "the lake"): a context that does not leaves the reader asking
    which. A bare body ("the team", "the company") may be the article's own subject, which a lead names."""
    lemmas = {t.lemma_.casefold() for span in context for t in span if t.pos_ in ("NOUN", "PROPN", "VERB")}
    return all(
        any(_same_root(noun.lemma_.casefold(), w) for w in lemmas)
        for noun in nouns
        if noun.lower_ in STORY_NOUNS or noun.pos_ == "PROPN"
    )


def _same_root(noun: str, word: str) -> bool:
    """Say whether a word is the noun or its verb ("invaded Tarsk" names "the invasion", "merged" "the merger")."""
    shared = next((i for i, (a, b) in enumerate(zip(noun, word, strict=False)) if a != b), min(len(noun), len(word)))
    return noun == word or (shared >= 4 and shared >= 0.6 * min(len(noun), len(word)))


def _placed(token: Token) -> bool:
    """Say whether a population word is placed: by its own "in"/"of" phrase, or by a place named after it in the
    sentence ("their influence in the Norvian community in Tarsk")."""
    if any(c.dep_ == "prep" for c in token.children):
        return True
    return any(t.ent_type_ in ("GPE", "LOC") and t.i > token.i for t in token.sent)


# Prizes and rounds a club or a country wins: "won the cup again" says which cup only with the sentence
# before, whatever subject a lead names.
CONTESTS = frozenset({"cup", "trophy", "title", "final", "tournament", "championship", "league"})


def names_a_contest_before(sent: Span) -> bool:
    """Say whether the sentence wins or reaches "the cup" (or title, final...) that only an earlier one names."""
    return any(
        t.lower_ in CONTESTS
        and determiner_of(t) == "the"
        and not describers_of(t)
        and t.dep_ not in ("nsubj", "nsubjpass")
        for t in sent
    )


def bare_definites(sent: Span, skip: range) -> list[Token]:
    """Return the sentence's "the" + common noun phrases that nothing in them describes ("the scaffolding",
    "the disease"), outside the `skip` token range: a question that keeps them must say what they belong to."""
    found = []
    for token in sent:
        if token.i in skip or token.pos_ != "NOUN":
            continue
        if determiner_of(token) == "the" and not describers_of(token, also=("nummod",)):
            found.append(token)
    return found
