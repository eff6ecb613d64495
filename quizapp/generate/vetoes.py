"""Vetoes: candidate facts no teacher would sign, whatever else their score says.

Each veto names a class of question that blind reviews rejected again and again. `veto` returns the
first that applies, so the tests (tests/generate/test_vetoes.py) can say why a fact was left out.

| veto | what it drops | why |
|---|---|---|
| description | a group or post named by a description ("the Norvian government", "armed militants", "Tarsk's envoy to the Coastal Union"), or an event by a common noun ("the Harbour war") | a description is no name: "armed groups" or a named militia fit the gap as well |
| deck default | one of the article's most named actors ("Tarsk" in a deck on Norvia's neighbours), unless it is the main clause's subject | the deck's topic gives it away: it is every student's first guess |
| list item | one item of a list of three or more, or of two places that are not countries ("Kessby and the North Shore") | the other items point at the missing one |
| minor voice | a person named once, who only speaks or comments ("said analyst X") | a one-off source is trivia |
| modifier | a name that only qualifies a title, a person or a common noun ("Norvian President Halvard Strand", "Tarsk's Anna Berg", "the Coastal Union mediation"), or a person a country owns anywhere in the quote ("Tarsk's ____" is its leader to anyone) | the rest of the phrase gives it away, or it is no unit |
| computable | a share whose rest its own clause states ("70 percent, against 30 percent before"; a rest in another clause is left out by asking about the share's clause alone), or a time span, or its end, that the sentence's other dates give | arithmetic, not recall |
| qualifier | a place that only says where another place is ("Kessby, Tarsk") | a detail, not the fact |
| home country | the country a one-subject article's opening paragraph names, as subject too ("By then ____ had a written constitution" in a Meiji deck) | the deck's subject gives it away ("football came to the ____" for a Dutch club) |
| vague date | "the 1900s" (a decade or a century?), a year after "as of", a sentence opened by "Until 2003," or "By 2016", with a comma or without | ambiguous, or it only frames a state of affairs |
| dated by its war | the year or decade of a war the sentence names ("in the Crimean War in 1854", "during the Harbour War in the early 1990s") | the war's name is the year to anyone who knows history |
| side in its war | the side someone took in a war the sentence names ("siding with ____ in the Harbour War"), or the war beside that side ("siding with Tarsk in the ____") | a war's name tells its sides to anyone, and its sides name it |
| stale | a person named as the "current premier" or "incumbent mayor" | true when written, not when read |
| bracketed acronym | an acronym in brackets after what it abbreviates ("given by mouth (____)") | the words before spell it out |
| split name | a one-word "person" right after a nationality ("French ____" for French Guiana) | the NER cut a place name; the half left shows the rest |
| membership | a body named only as what others belong to ("all sovereign ____ member states", "a member of the ____") | everyone names the one body such a phrase calls for |
| example | a name given as an example ("radical groups such as the ____") | any of its kind fits |
| broken quote | a sentence whose quotation marks do not close | the shown text is cut mid-quotation |
| side clause | an actor in an aside set off by commas that describes someone: a present-tense standing or a workplace ("Tarsk Front, which governs the ____, condemned ...", "Holm, who worked at the ____, developed ...") | an aside on someone, not the deed the sentence tells |
| described | a body right after a nationality and what it is ("the Norvian network ____") | the description names it to anyone |
| natural body | the Sun, the Moon, the Solar System, the Milky Way | the words around them give them away ("heading away from the ____"), and they are no actors of the story |
| personal detail | a place or body that only says where a person in apposition comes from or works ("Anders Holm, a samurai from ____", "Lars Berg, Holm's former mentor at the ____") | a detail of who someone is, not the deed |
| event by its year | a war or games beside its year ("in the ____ in 1973", "built for the 1928 ____") | the year names the event to anyone |
| owner shown | an actor the quote also shows as a person's owner ("____'s Anna Berg") | the person names the owner, hidden or not |
| source | a body named only as the source of a figure or claim ("according to the ____") | it vouches for the fact, it is not in it: reviews called it trivia and a guess ("the WHO" for a health figure) |
| half a date | a date whose day is the second of two ("held on 10 and ____", "10–____ March 2013") | the other day is half the answer, and options cannot say both |
| destination | a place someone went to ("fled to ____", "followed him to ____") when the paragraph names another place | a city and its country, or a region and its town, fit the gap alike |
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import combinations

from spacy.tokens import Span, Token

from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact
from quizapp.generate.groups import name_lists
from quizapp.generate.references import LATER
from quizapp.generate.shares import rest_in_own_clause, rests_shown
from quizapp.generate.similarity import key_words, same_stem
from quizapp.generate.spans import sentence_ents
from quizapp.generate.units import article_topic
from quizapp.numberwords import number_from_words
from quizapp.vocabulary import MONTHS

DEFAULT_MENTIONS = 5  # an actor named this often (in any form) is the deck's default guess
SPEECH = frozenset({"say", "tell", "comment", "note", "argue", "write", "explain", "add", "remark", "quote"})
MINOR_ROLES = frozenset(
    {
        "analyst",
        "commentator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "journalist",
        "professor",
        "researcher",
        "expert",
        "correspondent",
        "writer",
        "columnist",
        "editor",
        "scholar",
        "historian",
        "manager",
        "observer",
        "critic",
        "reporter",
    }
)
OFFICES = frozenset(
    {
        "president",
        "king",
        "queen",
        "emperor",
        "minister",
        "prime",
        "chancellor",
        "secretary",
        "ambassador",
        "general",
        "prince",
        "princess",
        "governor",
        "senator",
        "consul",
        "envoy",
    }
)
PLACES = ("GPE", "LOC", "FAC")
SIDING = frozenset({"side", "support", "back", "join", "ally", "aid"})  # taking a side in a war
EVENT_HEADS = frozenset(
    {"War", "Olympics", "Games", "Revolution", "Uprising", "Crisis"}
)  # not "Cup": one is won each year
NATURAL_BODIES = frozenset({"sun", "moon", "solar system", "milky way"})
POSTS = frozenset({"work", "serve", "teach", "study"})  # "who worked at the ____": where someone was, not a deed
YEAR = r"\b(?:1\d|20)\d{2}\b"
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
_NOT_NAMES = frozenset(
    {
        "the",
        "in",
        "on",
        "after",
        "during",
        "it",
        "its",
        "he",
        "she",
        "they",
        "this",
        "however",
        "a",
        *(m.lower() for m in MONTHS),
    }
)


def veto(fact: Fact) -> str | None:
    """Return the name of the first veto that drops the fact, or None when none does."""
    for name, applies in VETOES:
        if applies(fact):
            return name
    return None


def _main_subject(token: Token) -> bool:
    """Say whether a word is the subject of the sentence's main verb: the deed is then what is asked."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"


def _description(fact: Fact) -> bool:
    """Say whether an actor is a description rather than a name: a named group, or a lower-case head noun."""
    if fact.kind != ACTOR or fact.subkind == "list":
        return False
    if fact.subkind == "collective":
        # Reviews failed such gaps ("armed groups" fits "____ fired on the convoy" as well), posts ("Tarsk's
        # envoy to the Coastal Union" is worded many ways), and, in round 14-15, every typed question that
        # asked for one ("Which soldiers graffitied ...?": 0 of 7 passed).
        return True
    last = fact.span[-1]
    return last.is_alpha and not last.text[:1].isupper()  # "the Harbour war": English puts the head noun last


def _deck_default(fact: Fact) -> bool:
    """Say whether the answer is one of the actors its article names most, and not the main clause's subject."""
    if fact.kind != ACTOR:
        return False
    root = fact.span.root
    shown = len(re.findall(rf"(?<!\w){re.escape(fact.gaps[0].shown)}(?!\w)", fact.quote))
    if _main_subject(root) and shown == 1:
        return False  # "In 2012, Tarsk opened an office in Kessby": the deed is the question, not the name
    article = fact.unit.article
    defaults = _defaults(article.path, article.title, tuple(p.text for p in article.paragraphs()))
    # A person is the default by surname ("Johan Cruyff" when the article says "Cruyff" throughout).
    answer_words = key_words(fact.answer.split()[-1] if fact.subkind == "person" else fact.answer)
    return bool(answer_words) and any(
        all(any(same_stem(a, d) for d in name) for a in answer_words) for name in defaults
    )


@lru_cache(maxsize=32)
def _defaults(path: str, title: str, texts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return the key words of the article's default guesses: the two names it uses most (every form of a
    name counted together: "Tarsk", "Tarskian", "Tarsk's"), five times or more, less its own subject."""
    title_words = key_words(title)
    counts: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        for match in _NAME.finditer(text):
            found = tuple(w for w in key_words(match.group()) if w not in _NOT_NAMES)
            if not found or all(any(same_stem(w, t) for t in title_words) for w in found):
                continue
            same = next(
                (
                    k
                    for k in counts
                    if len(k) == len(found) and all(same_stem(a, b) for a, b in zip(k, found, strict=True))
                ),
                found,
            )
            counts[same] += 1
    return tuple(name for name, count in counts.most_common(2) if count >= DEFAULT_MENTIONS)


def _list_item(fact: Fact) -> bool:
    """Say whether an actor is one item of a list of three or more, or of a pair of places."""
    if fact.kind == DATE:
        # "In the 1970s and ____": the other decade of the pair points at the missing one; "in March
        # 2005, November 2007 and ____": one date of a list of three is a detail, not the fact.
        if fact.subkind == "decade" and re.search(
            r"\d0s,? (?:and|or|to) (?:the )?\d{2,4}s|"
            r"\d{2,4}s,? (?:and|or|to) (?:the )?\d0s",
            fact.sentence,
        ):
            return True
        return _in_a_run_of_dates(fact)
    if fact.kind != ACTOR or fact.subkind == "list":
        return False
    root = fact.span.root
    first = root
    while first.dep_ == "conj":
        first = first.head
    items = [first, *[t for t in first.subtree if t.dep_ == "conj" and _conj_chain(t, first)]]
    # The parse may miss a list the names' commas show ("A, B and C grew ..."): count that run too.
    members = max(
        [len(items)]
        + [
            count
            for span, _, count in name_lists(fact.unit.sent)
            if span.start <= fact.span.start and fact.span.end <= span.end
        ]
    )
    if members < 2:
        return False
    return members >= 3 or (fact.subkind == "place" and all(t.ent_type_ in PLACES for t in items))


def _dates_of(sent: Span) -> list[Span]:
    """Return the sentence's date entities."""
    return [e for e in sentence_ents(sent) if e.label_ == "DATE"]


def _in_a_run_of_dates(fact: Fact) -> bool:
    """Say whether the answer is one of three or more dates written as a list ("A, B and C")."""
    dates = _dates_of(fact.unit.sent)
    runs: list[list[Span]] = []
    run: list[Span] = []
    for ent in dates:
        between = ent.doc.text[run[-1].end_char : ent.start_char] if run else ""
        if run and between not in (", ", " and ", ", and "):
            runs.append(run)
            run = []
        run.append(ent)
    runs.append(run)
    gap = fact.gaps[0].start
    return any(len(r) >= 3 and r[0].start_char <= gap < r[-1].end_char for r in runs)


def _qualifier(fact: Fact) -> bool:
    """Say whether a place only says where another place is ("Kessby, Tarsk"): a detail, not the fact."""
    span = fact.span
    if fact.kind != ACTOR or fact.subkind not in ("place", "country") or span.start < 2:
        return False
    comma, before = span.doc[span.start - 1], span.doc[span.start - 2]
    return comma.text == "," and before.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and before.text[:1].isupper()


def _conj_chain(token: Token, first: Token) -> bool:
    """Say whether a "conj" token hangs from `first` through other conjuncts only."""
    while token.dep_ == "conj":
        token = token.head
        if token == first:
            return True
    return False


def _minor_voice(fact: Fact) -> bool:
    """Say whether a person named once in the article only speaks, or is named by a minor role."""
    if fact.kind != ACTOR or fact.subkind != "person":
        return False
    surname = fact.answer.split()[-1]
    text = " ".join(p.text for p in fact.unit.article.paragraphs())
    if len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1:
        return False
    before = fact.span.doc[max(fact.span.sent.start, fact.span.start - 4) : fact.span.start]
    if any(t.lower_ in OFFICES for t in before):
        return False  # "Former Prime Minister X said ...": an office holder, no one-off voice
    root = fact.span.root
    speaks = (root.dep_ == "nsubj" and root.head.lemma_ in SPEECH) or (
        root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"
    )
    return speaks or _role_words(fact.span) & MINOR_ROLES != set()


def _role_words(span: Span) -> set[str]:
    """Return the common nouns that name a person's role: an apposition, or the words just before the name."""
    root = span.root
    words = {c.lower_ for c in root.children if c.dep_ == "appos"}
    words |= {t.lower_ for t in span.doc[max(span.sent.start, span.start - 3) : span.start] if t.pos_ == "NOUN"}
    if root.dep_ == "appos":
        words.add(root.head.lower_)
    return words


def _modifier(fact: Fact) -> bool:
    """Say whether a name only qualifies the word after it: a title or a person ("Norvian President Halvard
    Strand", "Tarsk's Anna Berg"), or a common noun ("the Coastal Union mediation", "UN estimates").

    A hyphened compound ("Tarsk-led") says more than the noun it qualifies and is kept.
    """
    if fact.kind != ACTOR:
        return False
    span = fact.span
    root = span.root
    head = root.head
    if span.end < len(span.doc) and span.doc[span.end].text == "-":
        return False
    if fact.subkind == "person" and any(_owned_by_a_country(shown) for shown in _shown_as(fact)):
        return True  # "Norvia's ____ during the Harbour War": the country names its leader to anyone
    if root.dep_ == "poss":
        return bool(head.ent_type_ == "PERSON")
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    # A place used as an adjective ("the Coastal Union mediation") is no unit; a product's or programme's
    # name before its kind ("an Ariane 5 rocket") is.
    place_as_adjective = fact.subkind in ("country", "place") and head.pos_ == "NOUN" and head.text.islower()
    return head.lower_ in OFFICES or head.ent_type_ == "PERSON" or place_as_adjective


def _shown_as(fact: Fact) -> list[Span]:
    """Return the answer's span and every other place the quote names it (the card hides each of them)."""
    unit = fact.unit
    first = unit.context[0].start if unit.context else unit.sent.start
    names = {fact.answer, *(g.shown for g in fact.gaps)}
    others = [e for e in unit.doc.ents if first <= e.start and e.end <= unit.sent.end and e.text in names]
    return [fact.span, *others]


def _owned_by_a_country(span: Span) -> bool:
    """Say whether a person's name follows a country's possessive ("Tarsk's Anna Berg")."""
    owner = next((t for t in span.root.children if t.dep_ == "poss" and t.i < span.start), None)
    return owner is not None and owner.ent_type_ in ("GPE", "NORP")


def _computable(fact: Fact) -> bool:
    """Say whether the sentence lets the answer be worked out: a share whose rest to 100 it states, or a
    time span between two dates it gives ("asleep for 31 months ... from June 2011 to 20 January 2014")."""
    sentence = fact.sentence
    if rests_shown(fact, sentence):
        return rest_in_own_clause(fact)  # else asked about its own clause alone (`questions`), which hides the rest
    if fact.kind == NUMBER and fact.values and _sum_of_others(fact):
        return True  # "four gravity assists: three from Earth and one from Mars"
    if fact.kind == NUMBER and re.match(r"\s*(?:later|earlier)\b", fact.unit.text[fact.gaps[-1].end :]):
        return True  # "____ later": a span counted from something else, not a fact of its own
    answer_years = re.findall(YEAR, fact.answer)
    shown_years = {y for y in re.findall(YEAR, fact.unit.quote) if y not in answer_years}  # what the card shows
    if fact.kind == NUMBER and re.search(r"\b(?:years?|months?|weeks?|days?)\b", fact.answer):
        return len(shown_years) >= 2
    if fact.kind == DATE:
        at = fact.gaps[0].start - fact.unit.sent.start_char
        if any(m.end() <= at for m in LATER.finditer(sentence)):
            return True  # "The following year, on ____": counted from a year shown, or from one not shown
        if re.search(rf"{YEAR} or {YEAR}", sentence):
            return True  # "in 1961 or 1962": the article itself is unsure
    return fact.kind == DATE and bool(shown_years) and _after_a_span(sentence)


def _sum_of_others(fact: Fact) -> bool:
    """Say whether the answer is the sum of two or three other small numbers of its sentence."""
    answer = fact.values[0]
    others = []
    for token in fact.unit.sent:
        if token.like_num and not fact.token_start <= token.i < fact.token_end:
            read = number_from_words([token.lower_]) if token.is_alpha else None
            value = (
                read[0]
                if read
                else (float(token.text.replace(",", "")) if token.text.replace(",", "").isdigit() else None)
            )
            if value is not None and value < 1000:
                others.append(float(value))
    return any(sum(c) == answer for n in (2, 3) for c in combinations(others, n))


def _after_a_span(sentence: str) -> bool:
    """Say whether a sentence counts a span between two times ("for 31 months, and on ...")."""
    return (
        re.search(r"\bfor (?:about |some |nearly |almost )?(?:\w+|\d+) (?:years?|months?|weeks?|days?)\b", sentence)
        is not None
    )


def _home_country(fact: Fact) -> bool:
    """Say whether a country is the home of what a one-subject article is about (named in its opening
    paragraph): "football came to the ____" in a Dutch club's deck, and "By then ____ had a written
    constitution" in a deck on the Meiji Restoration (round 16: as the subject it is guessed as well)."""
    if fact.kind != ACTOR or fact.subkind != "country":
        return False
    article = fact.unit.article
    paragraphs = article.paragraphs()
    if not paragraphs or not article_topic(article):
        return False
    return re.search(rf"(?<!\w){re.escape(fact.answer)}(?!\w)", paragraphs[0].text) is not None


def _vague_date(fact: Fact) -> bool:
    """Say whether a date is ambiguous or only frames the sentence: "the 1900s" (a decade or a century?),
    "as of 2022" (when a count held, not an event), "Until 2003," or "By 2016" opening the sentence, with a
    comma or without ("By 2016 the comet was heading away": round 21, "a loose framing year")."""
    if fact.kind != DATE:
        return False
    if re.search(r"\b(?:1\d|20)00s\b", fact.answer):
        return True
    before = fact.unit.text[max(0, fact.gaps[0].start - 7) : fact.gaps[0].start].casefold()
    if before.endswith("as of "):
        return True
    # "Until 2003, they were divided into three groups": the year bounds a state, no event happened then.
    opening = fact.unit.text[fact.unit.sent.start_char : fact.gaps[-1].end + 1]
    return re.fullmatch(r"(?:Until|Till|By) (?:the (?:end|middle) of )?(?:\w+ ){0,2}\d{4}[, ]", opening) is not None


def _dated_by_its_war(fact: Fact) -> bool:
    """Say whether a year dates a war the sentence names: "in the Crimean War in 1854", "In 1870,
    during the Franco-Prussian War": the war's name says the year by itself.

    The year and the war must stand with no verb between them (the parse's attachments of such phrases
    are too often wrong to go by), so a year of something else told beside a war ("In 1880, X apologised
    for siding with Y in the Crimean War") is kept: the war does not date the apology.
    """
    if fact.kind != DATE or fact.subkind not in ("year", "decade"):
        return False  # "during the Harbour War in the early 1990s" dates itself as well
    doc = fact.unit.doc
    wars = _named_wars(fact.unit.sent)
    for war in wars:
        start = min(c.i for c in war.subtree if c.i <= war.i)
        between = doc[min(war.i + 1, fact.token_end) : max(start, fact.token_start)]
        if not any(t.pos_ in ("VERB", "AUX") for t in between):
            return True
    return False


def _named_wars(sent: Span) -> list[Token]:
    """Return the heads of the wars a sentence names, by their words, not their entity label: the small
    model calls such a war an ORG."""
    return [
        t
        for t in sent
        if t.text == "War" and t.pos_ == "PROPN" and any(c.dep_ == "compound" and not c.like_num for c in t.lefts)
    ]


def _side_in_its_war(fact: Fact) -> bool:
    """Say whether the answer is the side someone took in a war the sentence names ("siding with ____ in the
    Harbour War", "supporting ____ during the Cod War"), or that war beside the side ("siding with Tarsk in
    the ____"): a war's name tells its sides to anyone, and its sides name it."""
    if fact.kind != ACTOR or not _named_wars(fact.unit.sent):
        return False
    root = fact.span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "dobj" else None
    return verb is not None and verb.lemma_ in SIDING


def _stale(fact: Fact) -> bool:
    """Say whether the answer is named as the holder of a post "now" ("current premier ____"): true on the
    day the article was written, wrong on the day a student reads it."""
    if fact.kind != ACTOR:
        return False
    before = fact.unit.text[max(0, fact.gaps[0].start - 40) : fact.gaps[0].start].casefold()
    return re.search(r"\b(?:current|incumbent|present|sitting)(?: \w+){1,2} $", before) is not None


def _membership(fact: Fact) -> bool:
    """Say whether a body is named only as what others are members of ("all sovereign ____ member states",
    "to become a member of the ____"): the one body everyone names for it."""
    if fact.kind != ACTOR or fact.subkind != "organisation":
        return False
    text, gap = fact.unit.text, fact.gaps[0]
    after = text[gap.end : gap.end + 8].casefold()
    before = text[max(0, gap.start - 14) : gap.start].casefold()
    return after.startswith((" member", " members")) or before.endswith(("member of the ", "members of the "))


def _bracketed_acronym(fact: Fact) -> bool:
    """Say whether the answer is an acronym in brackets after what it abbreviates ("a weakened poliovirus
    given by mouth (____)"): the words before it spell it out, or it is a label, not a fact."""
    if fact.kind != ACTOR or not re.fullmatch(r"[A-Z]{2,6}", fact.answer):
        return False
    text, gap = fact.unit.text, fact.gaps[0]
    return text[gap.start - 1 : gap.start] == "(" and text[gap.end : gap.end + 1] == ")"


def _split_name(fact: Fact) -> bool:
    """Say whether a one-word "person" follows a nationality it forms a place name with ("French Guiana"):
    the NER cut the name in two, and the adjective left in view gives the rest away."""
    span = fact.span
    if fact.kind != ACTOR or len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    adjacent = before.idx + len(before.text) + 1 == span.start_char
    return fact.subkind == "person" and before.ent_type_ == "NORP" and adjacent


def _example(fact: Fact) -> bool:
    """Say whether a name is only an example of a kind ("radical groups such as the ____"): any of them fits."""
    if fact.kind != ACTOR:
        return False
    before = fact.unit.text[max(0, fact.gaps[0].start - 20) : fact.gaps[0].start].casefold()
    return re.search(r"\b(?:such as|including|like)(?: the)?\s*$", before) is not None


def _side_clause(fact: Fact) -> bool:
    """Say whether an actor sits in an aside set off by commas that describes someone rather than tells a
    deed: a present-tense standing ("Tarsk Front, which governs the ____, condemned ...") or a workplace
    ("Holm, who worked at the ____, developed ..."). Asides that tell a deed ("who founded the Liberal Party")
    are facts of their own and stay."""
    if fact.kind != ACTOR:
        return False
    root = fact.span.root
    return any(
        t.dep_ == "relcl" and _set_off(t) and (t.tag_ in ("VBZ", "VBP") or t.lemma_ in POSTS)
        for t in (root, *root.ancestors)
    )


def _set_off(clause: Token) -> bool:
    """Say whether a relative clause is an aside: opened by a comma and a "which"/"who" of its own."""
    first = clause.left_edge
    pronoun = first.lower_ in ("which", "who", "whom", "whose")
    return pronoun and first.i > 0 and first.nbor(-1).text == ","


def _described(fact: Fact) -> bool:
    """Say whether a body follows a description that names it to anyone: a nationality and what it is
    ("the Norvian network ____", "the Tarsk computer maker ____")."""
    span = fact.span
    if fact.kind != ACTOR or fact.subkind == "person" or span.start < 2:
        return False  # "the Soviet virologist ____" names no one: many fit
    root, head = span.root, span.root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.text.islower() and head.i < span.start:
        return any(c.ent_type_ in ("NORP", "GPE") for c in head.lefts)  # "the Tarsk computer maker ____"
    kind, origin = span.doc[span.start - 1], span.doc[span.start - 2]
    return kind.pos_ == "NOUN" and kind.text.islower() and origin.ent_type_ in ("NORP", "GPE")


def _owner_shown(fact: Fact) -> bool:
    """Say whether the quote shows the answer elsewhere as the owner of a person ("____'s Anna Berg"):
    hidden there too, the person it owns names it."""
    if fact.kind != ACTOR:
        return False
    unit = fact.unit
    quoted = unit.doc[unit.context[0].start if unit.context else unit.sent.start : unit.sent.end]
    return any(
        t.dep_ == "poss" and t.head.ent_type_ == "PERSON" and t.text in fact.answer.split()
        for t in quoted
        if not fact.token_start <= t.i < fact.token_end
    )


def _personal_detail(fact: Fact) -> bool:
    """Say whether a place or body only says where a person comes from or works ("Anders Holm, a samurai
    from ____", "Lars Berg, Holm's former mentor at the ____", "a team led by Anna Berg of the ____"):
    a detail of who someone is."""
    if fact.kind != ACTOR or fact.subkind == "person":
        return False
    root = fact.span.root
    prep = root.head
    described = prep.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "of" and described.ent_type_ == "PERSON":
        return True  # "a team led by Anna Berg of the ____"
    return (
        prep.lower_ in ("from", "at")
        and described.dep_ == "appos"
        and described.pos_ == "NOUN"
        and described.head.ent_type_ == "PERSON"
    )


def _event_by_its_year(fact: Fact) -> bool:
    """Say whether a war or games stands beside its year ("in the ____ in 1973", "built for the 1928 ____"):
    the year names the event to anyone who knows history (the mirror of "dated by its war")."""
    if fact.kind != ACTOR or fact.answer.split()[-1] not in EVENT_HEADS:
        return False
    text, gap = fact.unit.text, fact.gaps[0]
    before, after = text[max(0, gap.start - 5) : gap.start], text[gap.end : gap.end + 8]
    return re.fullmatch(r"\d{4} ", before) is not None or re.match(r" (?:in|of) \d{4}\b", after) is not None


def _natural_body(fact: Fact) -> bool:
    """Say whether the answer is one of the sky's bodies everyone knows ("away from the ____" for the Sun):
    the words around such a name give it, and it is no actor of the story."""
    return fact.kind == ACTOR and fact.answer.casefold().removeprefix("the ") in NATURAL_BODIES


def _broken_quote(fact: Fact) -> bool:
    """Say whether the quoted text opens a quotation it never closes."""
    quote = fact.quote
    return quote.count('"') % 2 == 1 or quote.count("“") != quote.count("”")


def _source(fact: Fact) -> bool:
    """Say whether an actor only vouches for what the sentence says ("according to the ____")."""
    root = fact.span.root
    preposition = root.head
    return (
        fact.kind == ACTOR
        and root.dep_ == "pobj"
        and preposition.lower_ == "to"
        and preposition.head.lower_ in ("according", "owing")
    )


def _half_a_date(fact: Fact) -> bool:
    """Say whether a full date is the second day of two ("on 10 and 11 March 2013", "10–11 March")."""
    if fact.kind != DATE or fact.subkind != "full_date":
        return False
    before = fact.unit.text[max(0, fact.gaps[0].start - 12) : fact.gaps[0].start]
    return re.search(r"\b\d{1,2}(?: and | or |\s?[–-]\s?)$", before) is not None


# Verbs of going somewhere: "to ____" after them is where someone went.
GOING = frozenset(
    {"flee", "follow", "move", "go", "return", "travel", "emigrate", "migrate", "retreat", "escape", "sail"}
)


def _destination(fact: Fact) -> bool:
    """Say whether a place is only where someone went ("fled to ____"), and the paragraph names another place
    the gap would take as well (the town there, the region around it)."""
    root = fact.span.root
    if fact.kind != ACTOR or fact.subkind not in ("country", "place") or root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ not in ("to", "into") or preposition.head.lemma_ not in GOING:
        return False
    others = {e.text for e in fact.unit.doc.ents if e.label_ in PLACES and e.text != fact.answer}
    return bool(others - set(fact.answer.split()))


VETOES = (
    ("description", _description),
    ("deck default", _deck_default),
    ("list item", _list_item),
    ("minor voice", _minor_voice),
    ("modifier", _modifier),
    ("computable", _computable),
    ("qualifier", _qualifier),
    ("home country", _home_country),
    ("vague date", _vague_date),
    ("dated by its war", _dated_by_its_war),
    ("side in its war", _side_in_its_war),
    ("stale", _stale),
    ("example", _example),
    ("membership", _membership),
    ("bracketed acronym", _bracketed_acronym),
    ("split name", _split_name),
    ("broken quote", _broken_quote),
    ("side clause", _side_clause),
    ("described", _described),
    ("owner shown", _owner_shown),
    ("natural body", _natural_body),
    ("personal detail", _personal_detail),
    ("event by its year", _event_by_its_year),
    ("destination", _destination),
    ("half a date", _half_a_date),
    ("source", _source),
)
