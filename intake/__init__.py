"""intake: secure, anonymising interview intake for human-rights field research."""

__version__ = "0.1.0"
