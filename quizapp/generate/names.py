"""Names of people in one article: full names, titles, and what a lone surname or first name stands for.

"Berg" may be Anton Berg or Ingrid Berg; "Orde" is Samuel Orde. A short name is resolved to
the nearest full name mentioned before it (else the only one after it); answers always use full names,
and a surname is accepted alone only when no other person of the article shares it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Words that introduce a name without being part of it ("Prime Minister Anna Lind").
TITLES = frozenset(
    {
        "president",
        "prime",
        "minister",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "emir",
        "sheikh",
        "sultan",
        "general",
        "colonel",
        "mp",
        "senator",
        "governor",
        "ambassador",
        "author",
        "leader",
        "spokesman",
        "spokeswoman",
        "chairman",
        "secretary",
        "foreign",
        "former",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "sir",
        "lord",
        "lady",
        "pope",
        "saint",
        "imam",
        "ayatollah",
        "premier",
        "chief",
        "commander",
        "mayor",
        "envoy",
        "analyst",
        "professor",
        "captain",
        "coach",
        "judge",
        "justice",
        "bishop",
        "archbishop",
        "cardinal",
        "emperor",
        "empress",
        "chancellor",
        "vice",
        "deputy",
        "speaker",
        "director",
        "founder",
        "ceo",
    }
)
# A single name after one of these is known by the pair ("King Harald").
REGNAL = frozenset(
    {"king", "queen", "emir", "sheikh", "sultan", "pope", "prince", "princess", "emperor", "empress", "saint"}
)
# Last words that make a name an organisation's ("Coastal Railway Company", "Harwell Optics").
ORG_HEADS = frozenset(
    {
        "laboratories",
        "laboratory",
        "company",
        "companies",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "limited",
        "group",
        "holdings",
        "industries",
        "works",
        "systems",
        "optics",
        "motors",
        "airlines",
        "airways",
        "railways",
        "railway",
        "trains",
        "lines",
        "bank",
        "society",
        "council",
        "committee",
        "party",
        "organization",
        "organisation",
        "authority",
        "agency",
        "ministry",
        "department",
        "office",
        "university",
        "college",
        "school",
        "institute",
        "club",
        "navy",
        "army",
        "force",
        "forces",
        "guard",
        "police",
        "association",
        "federation",
        "union",
        "league",
        "foundation",
        "trust",
        "commission",
        "government",
        "assembly",
        "parliament",
        "congress",
        "senate",
        "court",
        "movement",
        "front",
        "network",
        "cross",
        "crescent",
        "church",
        "coalition",
        "alliance",
        "service",
        "services",
        "bureau",
        "board",
        "fund",
        "press",
        "times",
        "news",
        "team",
        "brigade",
        "regiment",
        "corps",
        "faction",
        "nations",
        "ministries",
        "broadcaster",
        "channel",
        "newspaper",
        "magazine",
        "airline",
        "firm",
        "charity",
    }
)
# A "person" whose name holds one of these words is an operation, a body or a thing (NER slips).
NOT_PERSON = ORG_HEADS | frozenset({"operation", "war", "star", "republic", "project", "station", "street"})
PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "der", "la", "le"})


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Return the country names (case-folded) that make a place a country."""
    text = resources.files("quizapp.generate").joinpath("data/countries.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#")


def is_country(name: str) -> bool:
    """Say whether a place name is a country (or another name of one: "Britain", "Holland")."""
    cleaned = name.casefold().removeprefix("the ").strip()
    return cleaned in countries() or any(cleaned in names for names in _aliases().values())


def country_names(name: str) -> frozenset[str]:
    """Return a country's other names, case-folded ("united kingdom" -> "britain", "uk", "british", ...)."""
    return _aliases().get(name.casefold().removeprefix("the ").strip(), frozenset())


def nationality_words(name: str) -> frozenset[str]:
    """Return a country's other names and its nationality words, case-folded ("denmark" -> "danish", "danes")."""
    key = name.casefold().removeprefix("the ").strip()
    return country_names(name) | _table("data/nationalities.txt").get(key, frozenset())


def _aliases() -> dict[str, frozenset[str]]:
    """Read data/country_aliases.txt: each country's other names, case-folded."""
    return _table("data/country_aliases.txt")


@lru_cache(maxsize=2)
def _table(name: str) -> dict[str, frozenset[str]]:
    """Read a "Country: word, word" data file into case-folded sets, one per country."""
    text = resources.files("quizapp.generate").joinpath(name).read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if ":" in line and not line.startswith("#"):
            country, others = line.split(":", 1)
            table[country.strip().casefold()] = frozenset(o.strip().casefold() for o in others.split(",") if o.strip())
    return table


def name_words(name: str) -> set[str]:
    """Return the distinctive words of a name: case-folded, "al-" and particles stripped."""
    words = set()
    for word in name.replace("’", "'").split():
        folded = word.casefold().removesuffix("'s")
        for prefix in ("al-", "el-", "al ", "el "):
            folded = folded.removeprefix(prefix)
        if folded and folded not in PARTICLES and folded.casefold() not in TITLES:
            words.add(folded)
    return words


class NameIndex:
    """Every person mentioned in one article, in reading order."""

    def __init__(self) -> None:
        self.mentions: list[tuple[tuple[int, int], str]] = []  # (position, name as a full name or short)

    def add(self, position: tuple[int, int], name: str) -> None:
        """Record a person's name at a position (paragraph number, character offset)."""
        self.mentions.append((position, name))

    @property
    def full_names(self) -> list[str]:
        """Return the distinct full names (two words or more), in first-mention order."""
        return list(dict.fromkeys(n for _, n in self.mentions if len(n.split()) > 1))

    def candidates(self, short: str) -> list[str]:
        """Return the full names a short name could stand for."""
        wanted = name_words(short)
        return [n for n in self.full_names if wanted and wanted <= name_words(n)]

    def resolve(self, name: str, position: tuple[int, int]) -> str | None:
        """Return the full name a mention stands for; None when it cannot be told."""
        if len(name.split()) > 1:
            return name
        options = self.candidates(name)
        if not options:
            return None
        if len(options) == 1:
            return options[0]
        # Two people share the name: only an earlier mention of just one of them, in the same
        # paragraph, tells which ("Ingrid Berg, the daughter of Anton Berg ... Berg later coached" cannot).
        earlier = {n for p, n in self.mentions if p[0] == position[0] and p < position and n in options}
        return earlier.pop() if len(earlier) == 1 else None

    def shares_words(self, full: str) -> bool:
        """Say whether another person of the article shares a name word with `full`."""
        words = name_words(full)
        return any(other != full and words & name_words(other) for other in self.full_names)

    def accepts(self, full: str, written: str) -> tuple[str, ...]:
        """Return the short forms a typed answer may use: none when another person shares a name word."""
        if self.shares_words(full):
            return ()
        surname = full.split()[-1]
        return tuple(dict.fromkeys(a for a in (written, surname) if a != full and len(a) > 2))
