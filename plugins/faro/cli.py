"""The `faro` command: one entry point for building, previewing and checking.

Each sub-command lives in the module that owns its work; this file only wires
them into argparse. Exit codes: 0 success, 1 failed build or check, 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from faro import __version__

# Modules that add their own sub-commands through `register(subparsers)`.
COMMAND_MODULES = (
    "faro.build",
    "faro.check",
    "faro.scaffold.command",
    "faro.offline.command",
    "faro.readability.command",
    "faro.i18n.command",
    "faro.audit.command",
)


class UsageError(Exception):
    """Bad usage that argparse cannot see (a missing file, an unknown language)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors too
        self.print_usage(sys.stderr)
        print(f"faro: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="faro", description="Build and check accessible, bilingual guidance.")
    parser.add_argument("--version", action="version", version=f"faro {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Material prints an end-of-life banner on every build; our logs stay readable.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"faro: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
