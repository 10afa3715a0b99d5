"""The one error a command raises for bad usage: exit code 2, message on stderr."""


class UsageError(Exception):
    """Bad usage that argparse cannot see (a missing file, an unknown language)."""
