"""Argument types shared by the commands, so a value no command can use is refused by the parser
(exit 2, "bad configuration", before anything is done) instead of being taken as some default."""

from __future__ import annotations

import argparse


def seconds(text: str) -> float:
    """A pause in seconds: a number, 0 or more (``--delay``, ``--archive-delay``)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value >= 0 or value == float("inf"):  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r}: seconds must be 0 or more")
    return value


def count(text: str) -> int:
    """A whole number, 1 or more (``--processes``, ``--max-pages``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: must be 1 or more")
    return value
