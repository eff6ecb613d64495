"""Loading the spaCy pipeline by name, and the message when none is installed."""

from __future__ import annotations

import pytest

from quizapp import create_app
from quizapp.generate.nlp import DEFAULT_MODELS, PipelineMissing, load_pipeline


def test_default_names_match_the_app_setting(tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/t.db"})
    assert tuple(app.config["SPACY_MODELS"]) == DEFAULT_MODELS


def test_loads_the_first_installed_pipeline(nlp):
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert load_pipeline() is nlp  # cached: loaded once


def test_missing_pipelines_raise_a_clear_error():
    with pytest.raises(PipelineMissing) as caught:
        load_pipeline(("no_such_pipeline_a", "no_such_pipeline_b"))
    message = str(caught.value)
    assert "no_such_pipeline_a, no_such_pipeline_b" in message
    assert "pip install" in message and "SPACY_MODELS" in message


def test_falls_back_to_the_next_name(nlp):
    fallback = load_pipeline(("no_such_pipeline", *DEFAULT_MODELS))
    assert fallback.meta["name"] == nlp.meta["name"]
