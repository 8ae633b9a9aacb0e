"""Errors the CLI prints as one line (no traceback)."""


class UserError(Exception):
    """A problem the user can fix (bad flag values, missing files)."""
