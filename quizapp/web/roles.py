"""Who may see a page: `teacher_required` lets teachers through and answers 403 to students."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from flask import abort
from flask_login import current_user, login_required

P = ParamSpec("P")
R = TypeVar("R")

FOR_TEACHERS = "This page is for teachers. A teacher's account is made with `quizapp promote NAME`."


def teacher_required(view: Callable[P, R]) -> Callable[P, R]:
    """Send visitors to the login, answer 403 to students, and run the view for teachers."""

    @functools.wraps(view)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        if not current_user.is_teacher:
            abort(403, description=FOR_TEACHERS)
        return view(*args, **kwargs)

    return login_required(checked)
