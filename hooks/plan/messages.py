"""A data error's message for editors in Finnish and Swedish (issue 26: a Swedish editor reads the
check and the preview's notice in Swedish).

A `Message` is the Finnish text, usable wherever a string is (the check prints it, tests compare
it), carrying its Swedish in `.sv`; places.py shows the one of the editor's language. Every
message the check can give is one (tests/plan/conftest.py fails a test whose data error has no
Swedish).
"""

from __future__ import annotations

from collections.abc import Iterable


class Message(str):
    """The Finnish text of a message, with its Swedish in `sv`."""

    sv: str

    def __new__(cls, fi: str, sv: str) -> Message:
        message = super().__new__(cls, fi)
        message.sv = sv
        return message

    def __reduce__(self):  # a copy (or a pickle) keeps the Swedish
        return (Message, (str(self), self.sv))


def swedish(message: str) -> str | None:
    """The Swedish of a message, or None for a message that has none."""
    return getattr(message, "sv", None)


def joined(messages: Iterable[str], separator: str = "; ") -> str:
    """Several messages as one, keeping the Swedish when every one has it."""
    messages = list(messages)
    fi = separator.join(messages)
    sv = [swedish(m) for m in messages]
    return Message(fi, separator.join(sv)) if all(sv) else fi


def prefixed(fi: str, sv: str, message: str) -> str:
    """`message` after a prefix in each language ("YAML-virhe: …")."""
    return Message(fi + message, sv + swedish(message)) if swedish(message) else fi + message
