"""Error types shared by the core and the UI.

`UserFacingError` covers expected trouble from the environment (an unreadable file,
a locked database, a missing library); its message is shown as is. Any other
exception is a bug in pmdesk.
"""

from __future__ import annotations

__all__ = ["PmdeskError", "UserFacingError"]


class PmdeskError(Exception):
    """Base class of pmdesk's own exceptions."""


class UserFacingError(PmdeskError):
    """Expected trouble, explained in plain words.

    Args:
        message: what happened and, when known, why — one or two plain sentences.
        hint: what to do next, if there is something to do.
    """

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message
