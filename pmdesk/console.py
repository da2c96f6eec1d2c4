"""Text for the terminal: user content must not drive it.

A title or an imported log line may hold escape sequences (colours, cursor moves, a
changed window title, OSC 8 links) or a carriage return that overwrites what was
printed. Every command that prints user text for people prints it through `echo`;
JSON output needs nothing, json escapes control characters.
"""

from __future__ import annotations

import re
from typing import TextIO

__all__ = ["echo", "for_terminal"]

# C0 controls but tab and line feed, DEL, and the C1 controls (0x9b starts a sequence
# on its own in some terminals).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def for_terminal(text: str) -> str:
    """`text` without control characters, tab and line feed kept."""
    return _CONTROL.sub("", text)


def echo(out: TextIO, text: str = "") -> None:
    """Print one line of `text` to `out` for a person to read."""
    out.write(for_terminal(text) + "\n")
