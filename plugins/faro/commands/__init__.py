"""The `faro` command: one entry point for building, previewing and checking.

Each sub-command is a module of this package that turns arguments into calls
to an engine and the engine's errors into exit codes; engines never import
this package. Exit codes: 0 success, 1 failed build or check, 2 bad usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from faro import __version__
from faro.commands import (
    audit,
    build,
    bundle,
    check,
    init,
    new,
    readability,
    reference,
    sources,
    translations,
)
from faro.commands.errors import UsageError

# Every sub-command, in the order `faro --help` lists them.
COMMANDS = (init, build, check, new, readability, sources, audit, translations, bundle, reference)


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
    for command in COMMANDS:
        command.register(subparsers)
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


def run() -> None:
    """The console script and `python -m faro`: `main`, then leave at once.

    Tearing the interpreter down (freeing every module of MkDocs, Material and
    Faro) takes some 0.15 s after a check, more than rendering the page did.
    By then the work is done and every file is closed, so after flushing the
    output the process exits without it."""
    try:
        code = main()
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
        code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`faro check | head`): nothing to keep
            pass
    os._exit(code)
