"""Tell when two words are forms of one another ("Norway"/"Norwegian", "Sweden"/"Swedish").

Used to keep answers out of prompts: a prompt that says "the Norwegian Red Cross" gives "Norway" away.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
# Words that say what kind of name it is, or a title, rather than which one.
NAME_KINDS = frozenset(
    {
        "emperor",
        "empress",
        "king",
        "queen",
        "prince",
        "princess",
        "president",
        "minister",
        "prime",
        "general",
        "pope",
        "saint",
        "sir",
        "lord",
        "league",
        "stadium",
        "union",
        "club",
        "university",
        "company",
        "corporation",
        "bank",
        "cup",
        "river",
        "lake",
        "mount",
        "island",
        "bay",
        "city",
        "point",
        "cape",
        "peninsula",
        "strait",
        "sea",
        "ocean",
        "valley",
        "gulf",
        "harbour",
        "station",
        "square",
        "street",
        "bridge",
        "tower",
        "castle",
        "palace",
        "gate",
        "park",
        "road",
        "airport",
        "museum",
        "hall",
        "theatre",
        "prize",
        "award",
        "battle",
        "treaty",
        "war",
        "agency",
        "army",
    }
)
STOP = frozenset(
    {
        "the",
        "and",
        "of",
        "for",
        "in",
        "on",
        "to",
        "a",
        "an",
        "al",
        "el",
        "bin",
        "ibn",
        "de",
        "state",
        "states",
        "united",
        "national",
        "republic",
        "organization",
        "organisation",
        "party",
        "government",
        "council",
        "committee",
        "front",
        "movement",
        "people",
    }
)


def words(text: str) -> list[str]:
    """Return the words and numbers of a text, case-folded, possessives dropped."""
    found = []
    for word in _WORD.findall(text):
        folded = word.casefold().replace("’", "'").removesuffix("'s").strip("-'")
        for prefix in ("al-", "el-"):
            folded = folded.removeprefix(prefix)
        if folded:
            found.append(folded)
    return found


def same_stem(a: str, b: str) -> bool:
    """Say whether two case-folded words are forms of one stem (a shared start of six letters, or one begins the other)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 6 and common >= 0.75 * len(short)


def key_words(text: str) -> list[str]:
    """Return the words of a text that carry its meaning (no articles, particles or generic nouns)."""
    return [w for w in words(text) if _is_key(w)]


def _is_key(word: str) -> bool:
    """Say whether a folded word carries meaning: not a stop word, and a number or longer than two letters."""
    return word not in STOP and (len(word) > 2 or word.isdigit())


def _names(text: str) -> list[str]:
    """Return the capitalised words and numbers of a text, folded: the words that name things."""
    parts = [part for raw in _WORD.findall(text) for part in raw.split("-")]  # "Norvian-Tarskian" is two names
    return [folded[0] for raw in parts if raw and (raw[0].isupper() or raw[0].isdigit()) and (folded := words(raw))]


def leaks(answer: str, text: str, person: bool = False) -> bool:
    """Say whether `text` gives the answer away: a name word of it, or a form of one, stands in the text.

    Only capitalised words count ("Norwegian" gives "Norway" away; "the line" does not give "Kessby Line
    Society" away).
    """
    answer_words = [w for w in _names(answer) if _is_key(w)]
    text_words = _names(text)
    shown = [a for a in answer_words if any(same_stem(a, t) if not a[0].isdigit() else a == t for t in text_words)]
    # One word of a long name ("Norvia" beside "the Norvian Red Cross Society") is a hint, not the answer;
    # every telling word of it ("Coastal" beside "the Coastal Union": "Union" only says what kind) gives it
    # away, and so does a person's surname shown elsewhere ("Bennelong Point" for "Woollarawarre Bennelong").
    if len(answer.split()) < 2:
        return bool(shown)
    if person and answer_words and answer_words[-1] in shown:
        return True
    key = key_words(answer)
    telling = [a for a in key if a not in NAME_KINDS]
    return len(shown) > len(key) / 2 or (bool(telling) and set(telling) <= set(shown))


def acronym(name: str) -> str:
    """Return a name's initials ("North Atlantic Treaty Organization" -> "NATO"); "" for one-word names."""
    parts = [p for p in re.split(r"[\s-]+", name) if p and p[0].isupper()]
    return "".join(p[0] for p in parts) if len(parts) > 1 else ""


def spelled_out(short: str, text: str) -> bool:
    """Say whether the text holds a name whose initials are `short` ("NATO" in "North Atlantic Treaty Organization")."""
    if not (2 <= len(short) <= 6 and short.isupper()):
        return False
    capitals = [w for w in re.split(r"[\s-]+", text) if w[:1].isupper()]
    initials = "".join(w[0] for w in capitals)
    return short in initials


def contains_word(needle: str, text: str, fold: bool = True, left: str = "") -> bool:
    """Say whether `needle` stands in `text` as a whole word (not inside a longer word or number).

    `left` lists extra characters that may not precede it (",." keeps "7" out of "1,7" and "3.7").
    """
    if fold:
        needle, text = needle.casefold(), text.casefold()
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or before in left) and not (after.isalnum() or after == "_"):
            return True
        start = text.find(needle, start + 1)
    return False
