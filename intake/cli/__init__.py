"""The ``intake`` command line. See docs/cli.md."""
