"""The class forms: a class's name, a join code, a deck to assign, a student to remove, and bare buttons."""

from __future__ import annotations

from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, ValidationError

from quizapp.classes.codes import CODE_LENGTH, read_code
from quizapp.classes.rooms import MAX_NAME
from quizapp.web.forms import Form, strip


class ClassNameForm(Form):
    """The name of a new class, or a class's new name."""

    # DataRequired, not InputRequired: it reads the value after strip, so a name of spaces is refused.
    name = StringField(
        "Class name",
        filters=[strip],
        validators=[DataRequired(), Length(max=MAX_NAME, message=f"Use at most {MAX_NAME} characters.")],
        render_kw={"autocomplete": "off", "maxlength": MAX_NAME},
    )


class JoinForm(Form):
    """A join code as the teacher gave it; spaces, dashes and lower case are fine."""

    code = StringField(
        "Class code",
        filters=[strip],
        validators=[InputRequired(), Length(max=40)],
        render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false", "maxlength": 40},
    )

    def validate_code(self, field: StringField) -> None:
        """Read the code as the class code it should be, or say what is wrong with it."""
        code = read_code(field.data)
        if code is None:
            raise ValidationError(f"A class code has {CODE_LENGTH} letters and digits, such as QATA-R234.")
        field.data = code


class DeckForm(Form):
    """One deck, to assign to the class or to take off it."""

    deck = SelectField("Deck", validators=[InputRequired()])


class StudentForm(Form):
    """One student of the class, by account id (a hidden field of the Remove button)."""

    student_id = IntegerField("Student", validators=[InputRequired()])


class ButtonForm(Form):
    """A form that is only its button (and its CSRF token): new code, leave."""
