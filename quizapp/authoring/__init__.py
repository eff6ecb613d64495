"""Writing question files from the browser: safe paths, the teacher's file list, checks, preview and publishing.

Flask-free: the web layer (quizapp/web/authoring) turns these values and errors into pages.
"""

from quizapp.authoring.paths import AuthoringError, bank_file, MAX_FILE_BYTES, decode_upload

__all__ = ["AuthoringError", "MAX_FILE_BYTES", "bank_file", "decode_upload"]
