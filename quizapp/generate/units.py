"""Cut parsed paragraphs into sentence units: a sentence, where it stands, and the context it needs.

A sentence whose subject is a pronoun ("It had established ties in 1996.") cannot stand alone: its
referent is in the sentence before. Such a unit carries the preceding sentence(s) of its paragraph as
context, so every question made from it quotes the words that name the referent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from quizapp.articles import Article, Paragraph
from quizapp.generate.similarity import key_words

# Sections whose paragraphs are lists of links or references, never facts.
SKIPPED_SECTIONS = frozenset({"see also", "references", "external links", "further reading", "notes",
                              "bibliography", "sources"})
THIRD_PERSON = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers",
                          "theirs"})
DEMONSTRATIVE = frozenset({"this", "these", "those", "that"})
# Nouns that, with a bare "the", point back at something named before ("the invasion" - which one?).
ANAPHORIC_NOUNS = frozenset({"invasion", "war", "nation", "country", "countries", "conflict", "organization",
                             "organisation", "movement", "city", "agreement", "deal", "attack", "operation", "raid",
                             "monument", "plan", "talks", "visit", "company", "team", "club", "mission", "project",
                             "region", "states", "government", "group", "occupation", "campaign", "treaty",
                             "network", "party", "league", "event", "program", "programme", "firm", "band"})
MAX_CONTEXT = 2
# Openers that continue what was said before; a prompt without the sentence before leaves them out.
OPENERS = re.compile(r"^\W*(?:However|In addition|Nonetheless|Nevertheless|Instead|Meanwhile|In contrast|By contrast|"
                     r"Previously|As a result|Therefore|Thus|In response|Also|Moreover|Furthermore|Consequently|"
                     r"Overall|Similarly|Likewise|Even so|Still|Then)\b")
# Times counted from one named before ("that summer", "two years later", "the following season").
LATER = re.compile(r"\b(?:later that|that (?:year|month|summer|autumn|winter|spring|season|day|week|decade)|"
                   r"the (?:following|next|same|previous) (?:year|month|season|day|week|decade|summer|autumn)|"
                   r"\w+ (?:years?|months?|weeks?|days?|seasons?) (?:later|earlier))\b", re.IGNORECASE)
RELATIONS = re.compile(r"^\S.*[–-].*\brelations$", re.IGNORECASE)  # "Norvia–Tarsk relations"
ANSWERING = frozenset({"refuse", "agree", "accept", "reject", "respond", "retaliate", "decline", "comply",
                       "follow"})
RUN = 3  # words: a run this long repeated at once (or within four words) marks garbled text
CONTEXT_TOKENS = 70  # a quote with its context sentences stays within this many tokens  # sentences walked back to find one that names the referent
_THING = ("ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT")
PRONOUN_LABELS = {"it": _THING, "its": _THING, "he": ("PERSON",), "him": ("PERSON",), "his": ("PERSON",),
                  "she": ("PERSON",), "her": ("PERSON",), "hers": ("PERSON",),
                  "they": ("PERSON", *_THING), "them": ("PERSON", *_THING), "their": ("PERSON", *_THING)}


@dataclass(frozen=True)
class SentenceUnit:
    """One sentence of a paragraph, with the earlier sentences its pronoun needs (maybe none)."""

    article: Article
    paragraph: Paragraph
    sent: Span
    context: tuple[Span, ...] = ()
    lead: str = ""  # the article's subject, named before a sentence whose "it" stands for it

    @property
    def doc(self) -> Doc:
        """Return the parsed paragraph."""
        return self.sent.doc

    @property
    def text(self) -> str:
        """Return the paragraph's text (the parsed text; cheaper than rebuilding it from the tokens)."""
        return self.paragraph.text

    @property
    def start_char(self) -> int:
        """Return where the quoted text starts in the paragraph (context included)."""
        return self.context[0].start_char if self.context else self.sent.start_char

    @property
    def quote(self) -> str:
        """Return the verbatim text a question cites: the context sentences and the sentence."""
        return self.text[self.start_char:self.sent.end_char].strip()

    @property
    def needs_context(self) -> bool:
        """Say whether the sentence leans on an earlier one (or on the article's subject) for its referent."""
        return bool(self.context or self.lead)


def needs_referent(sent: Span) -> bool:
    """Say whether a sentence opens with, or leans on, a pronoun whose referent lies outside it."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ in THIRD_PERSON or _is_demonstrative_subject(first):
        return True
    return any((t.lower_ in THIRD_PERSON and t.tag_ in ("PRP", "PRP$") and not _antecedent_before(t))
               or _is_demonstrative_subject(t) for t in sent)


def _antecedent_before(pronoun) -> bool:  # noqa: ANN001 - a spaCy Token
    """Say whether something earlier in the sentence can be the pronoun's referent."""
    earlier = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")]
    if pronoun.lower_ in ("it", "its"):
        return any(t.tag_ in ("NN", "NNP") for t in earlier)
    if pronoun.lower_ in ("they", "them", "their", "theirs"):
        subject = pronoun.head if pronoun.dep_ in ("dobj", "pobj", "dative") else None
        own_subject = {c.i for c in subject.children if c.dep_ == "nsubj" for c in c.subtree} if subject else set()
        return any(t.tag_ in ("NNS", "NNPS") or (t.ent_type_ in ("ORG", "GPE", "NORP") and t.i not in own_subject)
                   for t in earlier)
    return bool(earlier)


def _is_demonstrative_subject(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """Say whether a token is "this"/"these"... standing alone as a subject (not a relative "that")."""
    return token.lower_ in DEMONSTRATIVE and token.tag_ == "DT" and token.dep_ in ("nsubj", "nsubjpass")


def sentence_units(article: Article, paragraph: Paragraph, doc: Doc) -> list[SentenceUnit]:
    """Return the usable sentence units of one parsed paragraph, in order."""
    if paragraph.section.strip().casefold() in SKIPPED_SECTIONS:
        return []
    sents = [s for s in doc.sents if any(t.is_alpha for t in s)]
    units = []
    for position, sent in enumerate(sents):
        if garbled(sent):
            continue
        if not needs_referent(sent):
            if not refers_back(sent):
                units.append(SentenceUnit(article, paragraph, sent))
                continue
            context = _context_for(sents, position, paragraph.line_breaks)
            if context and sum(len(c) for c in context) + len(sent) <= CONTEXT_TOKENS:
                units.append(SentenceUnit(article, paragraph, sent, context))
            elif (topic := article_topic(article)) and topic.split()[-1] not in sent.text:
                units.append(SentenceUnit(article, paragraph, sent, lead=topic))  # else "Nokia: Nokia had ..."
            elif _only_the_two_sides(sent) and RELATIONS.search(article.title):
                units.append(SentenceUnit(article, paragraph, sent, lead=article.title))  # "the two countries"
            elif position == 0 and (heading := _naming_heading(paragraph.section)):
                units.append(SentenceUnit(article, paragraph, sent, lead=heading))  # "... after the Harbour War"
            continue  # what it leans on is too far back to quote: not asked
        context = _context_for(sents, position, paragraph.line_breaks, clear=lambda c: referent_is_clear(c, sent),
                               personal=_personal(sent))
        if context:
            units.append(SentenceUnit(article, paragraph, sent, context))
        elif (topic := article_topic(article)) and _about_the_topic(sents, position, topic):
            units.append(SentenceUnit(article, paragraph, sent, lead=topic))
    return units


def _naming_heading(section: str) -> str:
    """Return a section heading that names what its first paragraph's "the war" is about, else ""."""
    words = section.split()
    return section if len(words) > 1 and any(w[:1].isupper() for w in words[1:]) else ""


def _only_the_two_sides(sent: Span) -> bool:
    """Say whether the sentence's one backward reference is "the two countries" (or states, nations, sides)."""
    pairs = [t for t in sent if t.lower_ in ("countries", "states", "nations", "sides", "governments")
             and any(c.lower_ == "two" for c in t.lefts)]
    return bool(pairs) and not LATER.search(sent.text) and not any(
        c.lower_ in ("this", "these", "those") for t in sent for c in t.lefts if c.dep_ == "det")


def article_topic(article: Article) -> str:
    """Return the one thing an article is about ("Tarsk Rowing Society" for "History of Tarsk Rowing Society"),
    or "" when its title names two ("Norvia–Tarsk relations") or its lead does not open with it."""
    title = re.sub(r"\s*\(.*?\)\s*$", "", article.title)
    title = re.sub(r"^(?:History|Timeline) of (?:the )?", "", title).strip()
    if not title or "–" in title or " relations" in title.casefold() or " and " in title:
        return ""
    paragraphs = article.paragraphs()
    lead = paragraphs[0].text if paragraphs else ""
    return title if title.split()[-1].casefold() in lead[:200].casefold() else ""


def _about_the_topic(sents: list[Span], position: int, topic: str) -> bool:
    """Say whether an "it"/"its" sentence continues a run about the article's subject.

    The pronoun is the subject (or the subject's owner), and the sentence before either names the
    subject or also speaks of "it": "Tarsk Society was founded in 1900. It won the cup in 1902."
    """
    sent = sents[position]
    pronoun = next((t for t in sent if t.lower_ in THIRD_PERSON), None)
    if pronoun is None or pronoun.lower_ not in ("it", "its"):
        return False
    if not (pronoun.dep_ in ("nsubj", "nsubjpass") or (pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass"))):
        return False
    if position == 0:
        return False
    before = sents[position - 1]
    words = set(key_words(topic))
    names_topic = bool(words) and words <= set(key_words(before.text))
    subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    return names_topic or (subject is not None and subject.lower_ in ("it", "its"))


def _personal(sent: Span) -> bool:
    """Say whether the sentence's pronoun is "he" or "she" (or "his", "her")."""
    pronoun = next((t for t in sent if t.lower_ in THIRD_PERSON), None)
    return pronoun is not None and pronoun.lower_ in ("he", "she", "him", "his", "her", "hers")


def garbled(sent: Span) -> bool:
    """Say whether a sentence is broken source text: a repeated run of words, list debris, or no verb."""
    words = [t.lower_ for t in sent if not t.is_punct]
    for i in range(len(words) - 2 * RUN + 1):
        run = words[i:i + RUN]
        if any(words[j:j + RUN] == run for j in range(i + RUN, min(len(words) - RUN, i + RUN + 4) + 1)):
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
    if LATER.search(sent.text):
        return True
    for token in sent:
        if token.ent_type_ == "EVENT":
            return False  # the sentence names its event itself ("in the Harbour Strike, ... the walk-out")
        if token.pos_ != "NOUN":
            continue
        determiner = next((c.lower_ for c in token.lefts if c.dep_ == "det"), "")
        described = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "acl",
                                                                "relcl", "appos")
                     and (c.dep_ != "amod" or c.text[:1].isupper())]
        if determiner in ("this", "these", "those") or (determiner == "that" and token.i > 0):
            return True
        subject = token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"
        if determiner == "the" and not described and (token.lower_ in ANAPHORIC_NOUNS or subject):
            return True
        if described and token.lower_ in ANAPHORIC_NOUNS:
            return False  # "the Norvia-Tarsk dispute": named here, so a later "the talks" are these
    root = sent.root
    answered = [c for c in root.children if c.dep_ in ("dobj", "xcomp", "ccomp")
                or (c.dep_ == "prep" and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree))]
    return root.lemma_ in ANSWERING and not answered  # "Tarsk followed in 2020": followed what?


def _context_for(sents: list[Span], position: int, breaks: tuple[int, ...], clear=None,  # noqa: ANN001
                 personal: bool = False) -> tuple[Span, ...]:
    """Return the earlier sentences a sentence leans on: walked back up to one that names its own subject.

    With `clear` (a test of a candidate context), the nearest context that passes it wins. If none
    does and the pronoun is "he"/"she" (`personal`), the nearest that names a subject is still quoted:
    the student reads whom the pronoun follows, as any reader does. An unclear "it" or "they" may
    stand for a country, a body or a thing alike, so such a sentence is not asked.
    """
    taken: list[Span] = []
    fallback: tuple[Span, ...] = ()
    for earlier in reversed(sents[max(0, position - MAX_CONTEXT):position]):
        if any(earlier.start_char < b < sents[position].start_char for b in breaks):
            break  # the file has a line break between them: the quote would not be verbatim
        taken.insert(0, earlier)
        if needs_referent(earlier):
            continue
        if clear is None or clear(tuple(taken)):
            return tuple(taken)
        fallback = fallback or tuple(taken)
    return fallback if personal else ()


def referent_is_clear(context: tuple[Span, ...], sent: Span) -> bool:
    """Say whether the quoted context settles what the sentence's pronoun stands for.

    "This"/"these" point at the event the context tells. For "it", "he", "they", the candidates are
    the context's entities of a fitting kind, less those the sentence names itself (a pronoun does not
    stand for a name in its own clause). One candidate settles it; so does, for a subject pronoun,
    the context's own subject ("X is a club in Y. It was founded..."). "It" and "they" with no named
    candidate refer to a thing the context names in common words; "he" or "she" then stays unknown.
    """
    pronoun = next((t for t in sent if t.lower_ in THIRD_PERSON or _is_demonstrative_subject(t)), None)
    if pronoun is None or pronoun.lower_ in DEMONSTRATIVE:
        return True
    labels = PRONOUN_LABELS.get(pronoun.lower_, ())
    own = set(key_words(" ".join(e.text for e in sent.ents)))
    candidates = {}
    for span in context:
        for ent in span.ents:
            words = set(key_words(ent.text))
            if ent.label_ in labels and words and not words <= own:
                candidates.setdefault(ent.text.casefold().removeprefix("the "), ent)
    personal = pronoun.lower_ in ("he", "she", "him", "his", "her", "hers")
    if len(candidates) == 1 or (not candidates and not personal):
        return True
    subject = next((t for t in context[-1].root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    in_subject_role = pronoun.dep_ in ("nsubj", "nsubjpass") or (pronoun.dep_ == "poss"
                                                                  and pronoun.head.dep_ in ("nsubj", "nsubjpass"))
    return bool(subject is not None and in_subject_role and any(
        ent.start <= subject.i < ent.end for ent in candidates.values()))
