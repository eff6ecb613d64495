"""Tell when a sentence leans on text before it: a pronoun, a bare "the war", "that summer", "Tarsk followed".

A question quotes only its sentence (and the context `units` adds), so a sentence that needs what came
before must bring it along, get a lead, or not be asked.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizapp.generate.similarity import key_words
from quizapp.vocabulary import MONTHS

THIRD_PERSON = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs"})
DEMONSTRATIVE = frozenset({"this", "these", "those", "that"})
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
    }
)
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
# Times counted from one named before ("that summer", "two years later", "the following season").
LATER = re.compile(
    r"\b(?:later that|by then|by that time|at the time(?! of)|that (?:year|month|summer|autumn|winter|spring|season|day|week|decade)|"
    r"the (?:following|next|same|previous) (?:year|month|season|day|week|decade|summer|autumn)|"
    r"\w+ (?:years?|months?|weeks?|days?|seasons?) (?:later|earlier))\b",
    re.IGNORECASE,
)
# Openers that place a sentence before or after the one told before it ("Previously, X had refused").
EARLIER_OPENER = re.compile(r"^\W*(?:Previously|Earlier|Before that|Before then|Afterwards|Later on)\b")
# Nouns for a position taken before ("their stance", "its decision"): only the sentence before says which.
# Describing words that make a noun the outcome of something told before ("the resulting GPEI").
RESULTING = frozenset({"resulting", "ensuing", "aforementioned"})
STANCES = frozenset(
    {
        "stance",
        "position",
        "decision",
        "move",
        "response",
        "efforts",
        "effort",
        "role",
        "view",
        "policy",
        "support",
        "action",
        "actions",
    }
)
# Nouns that count or describe people of a place: a nationality alone does not say which place.
PLACE_BOUND = frozenset({"population", "community", "presence", "diaspora", "minority", "exodus"})
# Prepositions that name what an answering verb answers ("retaliated against", "agreed to", "responded with").
ANSWERED_BY = frozenset({"against", "with", "to", "on", "by", "for"})
REASONS = frozenset({"ground", "grounds", "basis", "reason", "pretext"})  # "on the grounds that": why, not what
# Common nouns for bodies that can refuse ("the board declined"): their "declined" is an answer, not a fall.
DECIDERS = frozenset(
    {
        "government",
        "board",
        "council",
        "committee",
        "club",
        "company",
        "team",
        "party",
        "court",
        "authority",
        "official",
    }
)
ANSWERING = frozenset({"refuse", "agree", "accept", "reject", "respond", "retaliate", "decline", "comply", "follow"})
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final"})
TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
RUN = 3  # words: a run this long repeated at once (or within four words) marks garbled text
_THING = ("ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT")
PRONOUN_LABELS = {
    "it": _THING,
    "its": _THING,
    "he": ("PERSON",),
    "him": ("PERSON",),
    "his": ("PERSON",),
    "she": ("PERSON",),
    "her": ("PERSON",),
    "hers": ("PERSON",),
    "they": ("PERSON", *_THING),
    "them": ("PERSON", *_THING),
    "their": ("PERSON", *_THING),
}


def needs_referent(sent: Span) -> bool:
    """Say whether a sentence opens with, or leans on, a pronoun whose referent lies outside it."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ in THIRD_PERSON or _is_demonstrative_subject(first):
        return True
    return any(
        (t.lower_ in THIRD_PERSON and t.tag_ in ("PRP", "PRP$") and not _antecedent_before(t) and not _named_after(t))
        or _is_demonstrative_subject(t)
        for t in sent
    )


def _named_after(pronoun: Token) -> bool:
    """Say whether the pronoun, in a clause before the main one, stands for the main clause's subject
    ("As it travelled out, the probe was put into hibernation")."""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "advcl"), None)
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        clause is not None
        and clause.head == root
        and subject is not None
        and subject.i > pronoun.i
        and subject.pos_ in ("NOUN", "PROPN")
    )


def _antecedent_before(pronoun: Token) -> bool:
    """Say whether something earlier in the sentence can be the pronoun's referent."""
    earlier = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")]
    main_subject = (pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.dep_ == "ROOT") or (
        pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass") and pronoun.head.head.dep_ == "ROOT"
    )
    if pronoun.lower_ in ("it", "its") and main_subject:
        return False  # "Designed by Jørn Utzon, it is ...": the main clause's "it" stands for what came before
    if pronoun.lower_ in ("it", "its"):
        # "Launched on 2 March 2004, it reached ...": a date's "March" is no referent for "it"
        return any(t.tag_ in ("NN", "NNP") and t.ent_type_ not in TIMES for t in earlier)
    if pronoun.lower_ in ("they", "them", "their", "theirs"):
        subject = pronoun.head if pronoun.dep_ in ("dobj", "pobj", "dative") else None
        own_subject = {c.i for c in subject.children if c.dep_ == "nsubj" for c in c.subtree} if subject else set()
        return any(
            t.tag_ in ("NNS", "NNPS") or (t.ent_type_ in ("ORG", "GPE", "NORP") and t.i not in own_subject)
            for t in earlier
        )
    return any(t.ent_type_ not in TIMES for t in earlier)  # "On 31 May 1891 his son ...": May is no one


def _is_demonstrative_subject(token: Token) -> bool:
    """Say whether a token is "this"/"these"... standing alone as a subject (not a relative "that")."""
    return token.lower_ in DEMONSTRATIVE and token.tag_ == "DT" and token.dep_ in ("nsubj", "nsubjpass")


def personal(sent: Span) -> bool:
    """Say whether the sentence's pronoun is "he" or "she" (or "his", "her")."""
    pronoun = next((t for t in sent if t.lower_ in THIRD_PERSON), None)
    return pronoun is not None and pronoun.lower_ in ("he", "she", "him", "his", "her", "hers")


def garbled(sent: Span) -> bool:
    """Say whether a sentence is broken source text: a repeated run of words, list debris, or no verb."""
    words = [t.lower_ for t in sent if not t.is_punct]
    for i in range(len(words) - 2 * RUN + 1):
        run = words[i : i + RUN]
        if any(words[j : j + RUN] == run for j in range(i + RUN, min(len(words) - RUN, i + RUN + 4) + 1)):
            return True  # "the town gained its the town gained its charter": a run said twice running
    if sent.text.lstrip().startswith(("-", "*", "|")) or any(t.text in ("|", "[", "]") for t in sent):
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


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
        determiner = _determiner(token)
        described = _describers(token)
        subject = token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" and not _ranked(token)
        if determiner == "the" and not described and ((token.lower_ in ANAPHORIC_NOUNS - named_here) or subject):
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


def _ranked(token: Token) -> bool:
    """Say whether a noun is ranked and described apart from its rank ("the first effective vaccine", "the
    largest oil field"): one of a kind, named by the words themselves. "The first group" is one part of a
    division told before."""
    ranks = [c for c in token.lefts if c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ORDINALS)]
    return bool(ranks) and any(c.dep_ in ("amod", "compound") and c.i > ranks[0].i for c in token.lefts)


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
        and _determiner(token) == "the"
        and not any(c.dep_ in ("compound", "amod", "poss", "nmod", "prep") for c in token.children)
        and not (
            token.i + 1 < len(token.doc) and (token.doc[token.i + 1].pos_ == "PROPN" or token.doc[token.i + 1].like_num)
        )
    )


def bare_anaphors(sent: Span) -> list[Token]:
    """Return the sentence's bare "the X" nouns that point back at an X named before ("the war", "the lake",
    "the Legion")."""
    return [t for t in sent if _short_name(t)] + [
        t
        for t in sent
        if t.pos_ == "NOUN"
        and t.lower_ in ANAPHORIC_NOUNS
        and _determiner(t) == "the"
        and not _describers(t)
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


def leans_on_a_time_or_deed(sent: Span) -> bool:
    """Say whether a sentence counts from a time or answers a deed told before: "that summer", "two years
    later", "at the time", an undated "Previously," or "Afterwards,", "this position", "of these", "the resulting treaty", "Tarsk followed in 2020".
    Only the sentence before can say which; a lead cannot.
    """
    later = LATER.search(sent.text)
    if later and not _dated_before(sent, sent.start_char + later.start()) and not _restated(sent, later):
        return True
    if EARLIER_OPENER.match(sent.text) and not any(t.ent_type_ == "DATE" for t in sent):
        return True  # "Previously, X had refused": before what? Dropping the word tells a different story
    for token in sent:
        determiner = _determiner(token) if token.pos_ == "NOUN" else ""
        if determiner in ("this", "these", "those") or (determiner == "that" and token.i > sent.start):
            return True
        if token.lower_ in ("this", "these", "those") and token.tag_ == "DT" and token.dep_ in ("pobj", "dobj"):
            return True  # "Of these, 2,000 died": these what?
        if token.lower_ in RESULTING and token.dep_ == "amod" and _determiner(token.head) == "the":
            return True  # "The resulting agreement": resulting from what?
        owner = next((c.lower_ for c in token.children if c.dep_ == "poss"), "")
        described = any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl") for c in token.children)
        if token.lemma_ in STANCES and owner in ("its", "their", "his", "her") and not described:
            return True  # "Tarsk praised Norvia for their stance": which stance? ("its anti-war stance" says)
    root = sent.root
    answered = [
        c
        for c in root.children
        if (c.dep_ in ("dobj", "xcomp", "ccomp", "agent", "nsubjpass") and not _after_a_phrase_of_the_verb(c))
        or (
            c.dep_ == "prep"
            and c.lower_ in ANSWERED_BY
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            and not any(t.dep_ == "pobj" and t.lemma_ in REASONS for t in c.children)  # "refused on the grounds that"
        )
    ]
    if root.lemma_ == "decline" and _thing_as_subject(root):
        return False  # "Trade declined in the 1990s": it fell, it refused nothing
    return root.lemma_ in ANSWERING and not answered  # "Tarsk followed in 2020": followed what?


def _after_a_phrase_of_the_verb(child: Token) -> bool:
    """Say whether a verb's object stands after a prepositional phrase of that verb: English puts the object
    first ("refused the offer on the grounds that ..."), so the parse has taken a word of the phrase's clause
    for the object ("refused on the grounds that ... could build bunkers and positions")."""
    verb = child.head
    return child.dep_ == "dobj" and any(c.dep_ == "prep" and verb.i < c.i < child.left_edge.i for c in verb.children)


def _thing_as_subject(verb: Token) -> bool:
    """Say whether a verb's subject is a common noun that names no one ("relations", "trade", "the number")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == "" and subject.lemma_ not in DECIDERS


# ", on 2 June 1971," or ", in March 1860,": the date a "two years later" stands for, said outright.
RESTATED = re.compile(rf"^,? (?:on|in) (?:\d{{1,2}} )?(?:{'|'.join(MONTHS)}) (?:\d{{1,2}}, )?\d{{4}}\b")


def _restated(sent: Span, later: re.Match[str]) -> bool:
    """Say whether the relative time is followed at once by the full date it stands for ("Two years later,
    on 2 June 1971, ..."): the sentence says when without the one before."""
    return RESTATED.match(sent.text[later.end() :]) is not None


def _dated_before(sent: Span, at: int) -> bool:
    """Say whether the sentence names a year before character `at`, from which its "two years earlier" counts
    ("renamed in 2012 ..., who had died two years earlier"); "Two years later, on 2 June 1971" counts from
    a time told before."""
    return any(t.ent_type_ == "DATE" and re.fullmatch(r"1\d{3}|20\d{2}", t.text) and t.idx < at for t in sent)


def referent_is_clear(context: tuple[Span, ...], sent: Span, sides: frozenset[str] = frozenset()) -> bool:
    """Say whether the quoted context settles what the sentence's pronoun stands for.

    "This"/"these" point at the event the context tells. For "it", "he", "they", the candidates are
    the context's entities of a fitting kind, less those the sentence names itself (a pronoun does not
    stand for a name in its own clause). One candidate settles it; so does, for a subject pronoun,
    the context's own subject ("X is a club in Y. It was founded..."), when for "it" or "they" that subject
    is what the article is about (`sides`: its subject, or the two sides of a relations article), or when
    that subject is a thing in common words the pronoun agrees with ("The town's first railway ... opened
    in 1872. It had been built ..."), or, for "it", when the subject is a person and one candidate is a side; "Tarsk opened an office in Norvia. It pays ..." leaves open who pays. "It" and "they" with no named candidate
    refer to a thing the context names in common words; "he" or "she" then stays unknown.
    """
    pronoun = next((t for t in sent if t.lower_ in THIRD_PERSON or _is_demonstrative_subject(t)), None)
    if pronoun is None or pronoun.lower_ in DEMONSTRATIVE:
        return True
    labels = PRONOUN_LABELS.get(pronoun.lower_, ())
    own = set(key_words(" ".join(e.text for e in sent.ents)))
    candidates: dict[str, Span] = {}
    for span in context:
        for ent in span.ents:
            words = set(key_words(ent.text))
            if ent.label_ in labels and words and not words <= own:
                candidates.setdefault(ent.text.casefold().removeprefix("the "), ent)
    personal = pronoun.lower_ in ("he", "she", "him", "his", "her", "hers")
    if len(candidates) == 1 or (not candidates and not personal):
        return True
    subject = next((t for t in context[-1].root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    in_subject_role = pronoun.dep_ in ("nsubj", "nsubjpass") or (
        pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass")
    )
    if not in_subject_role or subject is None:
        return False
    if _goes_on_as_subject(subject, pronoun):
        return True  # "The town's first railway ... opened in 1872. It had been built ...": the subject goes on
    named = next((ent for ent in candidates.values() if ent.start <= subject.i < ent.end), None)
    if named is None:
        # "Anna Berg, Queen of Tarsk, visited Kessby. It pays ...": "it" is no person, so a reader takes the
        # one candidate that is what the article is about.
        sided = [ent for ent in candidates.values() if set(key_words(ent.text)) & sides]
        return pronoun.lower_ in ("it", "its") and subject.ent_type_ == "PERSON" and len(sided) == 1
    return personal or bool(set(key_words(named.text)) & sides)


def _goes_on_as_subject(subject: Token, pronoun: Token) -> bool:
    """Say whether the context's subject is a thing in common words that the pronoun, a subject too, agrees
    with in number ("the delegation ... Its leaders", "the interiors ... They"): a reader takes it so."""
    if subject.pos_ != "NOUN" or subject.ent_type_ != "":
        return False
    plural = pronoun.lower_ in ("they", "their")
    return subject.tag_ == ("NNS" if plural else "NN") and pronoun.lower_ in ("it", "its", "they", "their")


# Prizes and rounds a club or a country wins: "won the cup again" says which cup only with the sentence
# before, whatever subject a lead names.
CONTESTS = frozenset({"cup", "trophy", "title", "final", "tournament", "championship", "league"})


def names_a_contest_before(sent: Span) -> bool:
    """Say whether the sentence wins or reaches "the cup" (or title, final...) that only an earlier one names."""
    return any(
        t.lower_ in CONTESTS and _determiner(t) == "the" and not _describers(t) and t.dep_ not in ("nsubj", "nsubjpass")
        for t in sent
    )


def bare_definites(sent: Span, skip: range) -> list[Token]:
    """Return the sentence's "the" + common noun phrases that nothing in them describes ("the scaffolding",
    "the disease"), outside the `skip` token range: a question that keeps them must say what they belong to."""
    found = []
    for token in sent:
        if token.i in skip or token.pos_ != "NOUN":
            continue
        if _determiner(token) == "the" and not _describers(token, also=("nummod",)):
            found.append(token)
    return found


def _determiner(token: Token) -> str:
    """Return the noun's determiner ("the", "this", ...), lower case, or ""."""
    return next((c.lower_ for c in token.lefts if c.dep_ == "det"), "")


def _describers(token: Token, also: tuple[str, ...] = ()) -> list[Token]:
    """Return the words that say which one a noun is: a name before it, an "of" phrase, a clause after it
    (a lower-case adjective does not: "the new government" is still the one named before; nor does a
    clause set off by a comma: "The transfer, which took effect in 1870," only adds to a transfer told before)."""
    deps = ("amod", "compound", "poss", "nmod", "prep", "acl", "relcl", "appos", *also)
    doc = token.doc
    return [
        c
        for c in token.children
        if c.dep_ in deps
        and (c.dep_ != "amod" or c.text[:1].isupper())
        and not (c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
    ]
