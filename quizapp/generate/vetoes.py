"""Vetoes: candidate facts no teacher would sign, whatever else their score says.

Each veto names a class of question that blind reviews rejected again and again. `veto` returns the
first that applies, so the tests (tests/generate/test_vetoes.py) can say why a fact was left out. The checks
live by what they judge: `vetoes_naming` (how an answer is named or shown), `vetoes_roles` (the role an actor
plays) and `vetoes_dates` (dates and numbers).

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
| clause as name | a "name" that holds a finite verb ("Chile fought the War of the Confederation") or runs on past "to", "against", "with" or "by" into another name ("the Nobel Prize to Banting and Macleod") | the NER took a clause or a phrase for a name |
| membership | a body named only as what others belong to ("all sovereign ____ member states", "a member of the ____") | everyone names the one body such a phrase calls for |
| example | a name given as an example ("radical groups such as the ____") | any of its kind fits |
| broken quote | a sentence whose quotation marks do not close | the shown text is cut mid-quotation |
| side clause | an actor in an aside set off by commas that describes someone: a present-tense standing or a workplace ("Tarsk Front, which governs the ____, condemned ...", "Holm, who worked at the ____, developed ...") | an aside on someone, not the deed the sentence tells |
| described | a body right after a nationality and what it is ("the Norvian network ____") | the description names it to anyone |
| natural body | the Sun, the Moon, the Solar System, the Milky Way | the words around them give them away ("heading away from the ____"), and they are no actors of the story |
| personal detail | a place or body that only says where a person in apposition comes from or works ("Anders Holm, a samurai from ____", "Lars Berg, Holm's former mentor at the ____") | a detail of who someone is, not the deed |
| event by its year | a war or games beside its year ("in the ____ in 1973", "built for the 1928 ____") | the year names the event to anyone |
| owner shown | an actor the quote also shows as a person's owner ("____'s Anna Berg") | the person names the owner, hidden or not |
| state body | a person who only owns a state's body ("the government of ____", "____'s army") | the country fits as well as its leader |
| source | a body named only as the source of a figure or claim ("according to the ____") | it vouches for the fact, it is not in it: reviews called it trivia and a guess ("the WHO" for a health figure) |
| figure's year | a year that only dates a figure the sentence states ("was worth £1.8 billion in 2023") | the figure is the fact; the year is trivia |
| decade shown | a decade the quote shows a year of ("in the ____, after Confederation in 1867") | the year gives the decade |
| half a date | a date whose day is the second of two ("held on 10 and ____", "10–____ March 2013") | the other day is half the answer, and options cannot say both |
| destination | a place someone went to ("fled to ____", "followed him to ____") when the paragraph names another place | a city and its country, or a region and its town, fit the gap alike |
| between the sides | places asked as what lies "between ____" in a relations deck | the deck's two sides fit such a gap too |
"""

from __future__ import annotations

from quizapp.generate.facts import Fact
from quizapp.generate.vetoes_dates import (
    computable,
    dated_by_its_war,
    decade_shown,
    event_by_its_year,
    figures_year,
    half_a_date,
    vague_date,
)
from quizapp.generate.vetoes_naming import (
    bracketed_acronym,
    broken_quote,
    clause_as_name,
    deck_default,
    described,
    description,
    modifier,
    natural_body,
    owner_shown,
    qualifier,
    split_name,
    state_body_owner,
)
from quizapp.generate.vetoes_roles import (
    between_the_sides,
    destination,
    example,
    home_country,
    list_item,
    membership,
    minor_voice,
    personal_detail,
    side_clause,
    side_in_its_war,
    source,
    stale,
)


def veto(fact: Fact) -> str | None:
    """Return the name of the first veto that drops the fact, or None when none does."""
    for name, applies in VETOES:
        if applies(fact):
            return name
    return None


VETOES = (
    ("description", description),
    ("deck default", deck_default),
    ("list item", list_item),
    ("minor voice", minor_voice),
    ("modifier", modifier),
    ("computable", computable),
    ("qualifier", qualifier),
    ("home country", home_country),
    ("vague date", vague_date),
    ("dated by its war", dated_by_its_war),
    ("side in its war", side_in_its_war),
    ("stale", stale),
    ("example", example),
    ("membership", membership),
    ("bracketed acronym", bracketed_acronym),
    ("split name", split_name),
    ("clause as name", clause_as_name),
    ("broken quote", broken_quote),
    ("side clause", side_clause),
    ("described", described),
    ("owner shown", owner_shown),
    ("state body", state_body_owner),
    ("natural body", natural_body),
    ("personal detail", personal_detail),
    ("event by its year", event_by_its_year),
    ("destination", destination),
    ("between the sides", between_the_sides),
    ("half a date", half_a_date),
    ("decade shown", decade_shown),
    ("figure's year", figures_year),
    ("source", source),
)
