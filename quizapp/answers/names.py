"""Names compared as a reader would: other romanisations of one Arabic name, and acronyms an article defines.

Arabic names reach English in several spellings (Mahmoud/Mahmud, Yasser/Yasir, Gaddafi/Qaddafi,
Hussein/Husayn, Mashal/Meshaal). Their `skeleton` keeps the consonants in order, with each run of
vowels as one mark, after folding the letters that romanisations swap (q/g/k, double letters): the
spellings of one name share it, while Mahmoud and Mohammed (a vowel more between h and m) do not.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import DamerauLevenshtein

VOWELS = set("aeiou")
SWAPPED = str.maketrans({"q": "k", "g": "k", "c": "k", "j": "k"})
ACRONYM_DEFINITION = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|the|for|and|de|al|el)\s+)*){1,8})\(([A-Z][A-Z.&]{1,9})\)"
)
LINKING_WORDS = {"of", "the", "for", "and", "de", "al", "el"}
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i", "e", "n")


def skeleton(word: str) -> str:
    """Return a word's consonant skeleton, vowel runs as "v": "mahmoud" and "mahmud" are both "mvhmvd"."""
    word = re.sub(r"(.)\1+", r"\1", word.translate(SWAPPED))
    out: list[str] = []
    for i, letter in enumerate(word):
        # y is a vowel except before a vowel ("iyad" keeps it, "husayn" does not).
        vowel = letter in VOWELS or (letter == "y" and (i + 1 == len(word) or word[i + 1] not in VOWELS))
        mark = "v" if vowel else letter
        if not (mark == "v" and out and out[-1] == "v"):
            out.append(mark)
    return "".join(out)


def same_name_spelled_otherwise(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """Tell whether two names differ only as romanisations do, word for word, in either word order."""
    if len(given) != len(expected) or not given:
        return False
    return sorted(map(skeleton, given)) == sorted(map(skeleton, expected))


def acronyms_in(text: str) -> dict[str, str]:
    """Return the acronyms a text defines, "Palestinian Liberation Organization (PLO)", as {"plo": expansion}."""
    found = {}
    for match in ACRONYM_DEFINITION.finditer(text):
        words, letters = match.group(1).split(), match.group(2).replace(".", "")
        initials = [w for w in words if w.lower() not in LINKING_WORDS]
        for start in range(len(initials)):
            if "".join(w[0] for w in initials[start:]).upper() == letters.upper():
                first = words.index(initials[start])
                found[letters.lower()] = " ".join(words[first:])
                break
    return found


def spells_out(given: tuple[str, ...], acronym: str, expansion: tuple[str, ...]) -> bool:
    """Tell whether the words spell out the acronym as the article does; "Palestine" or "Organisation" will do."""
    given = tuple(w for w in given if w not in LINKING_WORDS)
    expansion = tuple(w for w in expansion if w not in LINKING_WORDS)
    return (
        "".join(w[0] for w in given) == acronym
        and len(given) == len(expansion)
        and all(
            _stem(a) == _stem(b) or (len(b) >= 8 and DamerauLevenshtein.distance(a, b) <= 1)
            for a, b in zip(given, expansion, strict=True)
        )
    )


def _stem(word: str) -> str:
    """Return a word without a demonym ending: "palestinian" and "palestine" are both "palestin"."""
    for ending in DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
