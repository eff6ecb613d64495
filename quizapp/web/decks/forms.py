"""The deck page's search and tag filter, read from GET parameters."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SearchField, SelectField
from wtforms.fields import SelectChoice


class QuestionFilterForm(FlaskForm):
    """Search words and one tag; a GET form, so no CSRF token."""

    class Meta:
        csrf = False

    q = SearchField(
        "Search questions", render_kw={"placeholder": "Search prompts, answers, explanations, sources", "dir": "auto"}
    )
    tag = SelectField("Tag", choices=[SelectChoice("", "All tags")], validate_choice=False)

    def offer_tags(self, tags: list[str]) -> None:
        """Offer these tags in the tag menu, after "All tags"."""
        self.tag.choices = [SelectChoice("", "All tags"), *(SelectChoice(tag, tag) for tag in tags)]
