"""Tell broken source text apart: a run of words said twice running, list or table debris, no verb."""

from __future__ import annotations

from spacy.tokens import Span

RUN = 3  # words: a run this long repeated at once (or within four words) marks garbled text


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
