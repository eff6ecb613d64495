"""Writing question files from the browser: safe paths, the teachers' file list, check, preview, publish, the
template, picking a sentence and overruling the generator.

Flask-free: the web layer (quizapp/web/authoring) turns these values and errors into pages.
"""

from quizapp.authoring.paths import MAX_FILE_BYTES, AuthoringError, bank_file, decode_upload

__all__ = ["MAX_FILE_BYTES", "AuthoringError", "bank_file", "decode_upload"]
