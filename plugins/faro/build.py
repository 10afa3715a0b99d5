"""`faro build` and `faro serve`: every language, built safely.

The site is built into a staging folder beside `site/` and swapped in only when
every language built without error, so a failed build leaves the published
site exactly as it was. Languages are independent builds and run in parallel
processes when the machine has more than one core.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from faro.build_warnings import warning_findings

log = logging.getLogger("faro.build")

DEFAULT_CONFIG = "mkdocs.yml"


@dataclass(frozen=True)
class LanguageResult:
    lang: str
    ok: bool
    error: str = ""
    findings: tuple = ()  # with report_only: every plugin's findings and MkDocs' warnings


class _WarningCollector(logging.Handler):
    """Keeps MkDocs' warnings (broken links, missing anchors, ...) for `faro check`."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def configure_logging(verbose: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s - %(message)s"))
    for name in ("mkdocs", "faro"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.DEBUG if verbose else logging.INFO)
        logger.propagate = False


def build_language(config_file: str, lang: str, site_dir: str, *, strict: bool = False,
                   report_only: bool = False) -> list:
    """One complete MkDocs build of one language into `site_dir`.

    With `report_only`, Faro's plugins collect their findings instead of
    failing; the findings are returned.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(config_file, site_dir=site_dir, strict=strict or None)
    i18n = config.plugins.get("faro/i18n")
    if i18n is None:
        raise RuntimeError(f"{config_file}: the 'faro/i18n' plugin is not enabled")
    i18n.language = lang
    i18n.orchestrated = True
    collectors = [p for p in config.plugins.values() if hasattr(p, "collected_findings")]
    for plugin in collectors:
        plugin.report_only = report_only
    build(config)
    return [f for plugin in collectors for f in plugin.collected_findings()]


def _build_one(config_file: str, lang: str, site_dir: str, strict: bool,
               report_only: bool = False) -> LanguageResult:
    handlers = logging.getLogger("mkdocs").handlers
    formatters = [handler.formatter for handler in handlers]
    for handler in handlers:
        handler.formatter = logging.Formatter(f"%(levelname)-7s - [{lang}] %(message)s")
    collector = _WarningCollector()
    logging.getLogger("mkdocs").addHandler(collector)
    try:
        findings = build_language(config_file, lang, site_dir, strict=strict, report_only=report_only)
        ok, error = True, ""
    except SystemExit as exc:  # MkDocs' Abort is a SystemExit; its message says why
        findings, ok, error = [], False, str(exc) or f"build stopped ({exc.code})"
    except Exception as exc:  # any failure means: do not publish
        findings, ok, error = [], False, str(exc) or type(exc).__name__
    finally:
        logging.getLogger("mkdocs").removeHandler(collector)
        for handler, formatter in zip(handlers, formatters, strict=False):
            handler.formatter = formatter
    root = Path(config_file).resolve().parent
    findings += warning_findings(collector.messages, lang, root)
    return LanguageResult(lang, ok, error, tuple(findings))


class ConfigError(Exception):
    """mkdocs.yml cannot be loaded; the message names every problem MkDocs found."""


def load_checked_config(config_file: str, **overrides):
    """MkDocs' config, or a ConfigError with MkDocs' own messages (never a bare exit)."""
    from mkdocs.config import load_config

    collector = _WarningCollector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        return load_config(config_file, **overrides)
    except (SystemExit, Exception) as exc:  # MkDocs' Abort is a SystemExit
        problems = collector.messages or [str(exc)]
        raise ConfigError(f"{config_file}: " + "; ".join(problems)) from None
    finally:
        logger.removeHandler(collector)


def read_languages(config_file: str) -> tuple[list[str], str]:
    """The configured language codes (default first) and the default language."""
    config = load_checked_config(config_file)
    i18n = config.plugins.get("faro/i18n")
    if i18n is None:
        raise ConfigError(f"{config_file}: the 'faro/i18n' plugin is not enabled")
    default = i18n.config.default_language
    codes = [lang.code for lang in i18n.config.languages]
    return [default] + [c for c in codes if c != default], default


def run_builds(config_file: str, languages: list[str], stage: Path, strict: bool,
               jobs: int, report_only: bool = False) -> list[LanguageResult]:
    """Build each language into `stage/lang-<code>`, side by side when `jobs` > 1."""
    targets = {lang: str(stage / f"lang-{lang}") for lang in languages}
    if jobs <= 1 or len(languages) == 1:
        return [_build_one(config_file, lang, targets[lang], strict, report_only)
                for lang in languages]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_build_one, config_file, lang, targets[lang], strict, report_only)
                   for lang in languages]
        return [f.result() for f in futures]


def _assemble(stage: Path, languages: list[str], default: str) -> Path:
    """Default language at the root, every other language in `/<code>/`."""
    root = stage / f"lang-{default}"
    for lang in languages:
        if lang != default:
            os.replace(stage / f"lang-{lang}", root / lang)
    return root


def swap_in(new_site: Path, site_dir: Path) -> None:
    """Replace `site_dir` by `new_site`; the old tree is removed only after the swap."""
    old = None
    if site_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=".faro-old-", dir=site_dir.parent))
        os.replace(site_dir, old / "site")
    try:
        os.replace(new_site, site_dir)
    except OSError:
        if old is not None:
            os.replace(old / "site", site_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class UnsafeTarget(ValueError):
    """The output folder would replace the project or its sources."""


def check_target(target: Path, project: Path) -> None:
    """Replacing `target` must never delete the project, its sources or its theme."""
    sources = [project / name for name in ("content", "theme", "translations", "snippets")]
    for folder in [project, *sources]:
        if folder.is_relative_to(target):
            raise UnsafeTarget(f"refusing to build into {target}: it would replace {folder}")
    for folder in sources:
        if target.is_relative_to(folder):
            raise UnsafeTarget(f"refusing to build into {target}: it is inside {folder}")


def build_site(config_file: str = DEFAULT_CONFIG, site_dir: str | None = None, *,
               strict: bool = False, jobs: int | None = None) -> int:
    """Build every language; publish atomically. Returns the exit code."""
    config_path = Path(config_file).resolve()
    languages, default = read_languages(str(config_path))
    target = Path(site_dir).resolve() if site_dir else config_path.parent / "site"
    check_target(target, config_path.parent)
    target.parent.mkdir(parents=True, exist_ok=True)
    jobs = jobs or min(len(languages), os.cpu_count() or 1)
    stage = Path(tempfile.mkdtemp(prefix=".faro-build-", dir=target.parent))
    try:
        results = run_builds(str(config_path), languages, stage, strict, jobs)
        failed = [r for r in results if not r.ok]
        if failed:
            for result in failed:
                log.error("Build of language '%s' failed: %s", result.lang, result.error)
            log.error("Nothing was published: %s is unchanged.", target)
            return 1
        swap_in(_assemble(stage, languages, default), target)
        log.info("Published %s (%s)", target, ", ".join(languages))
        return 0
    finally:
        shutil.rmtree(stage, ignore_errors=True)


# -- command line -----------------------------------------------------------

def _cmd_build(args) -> int:
    from faro.cli import UsageError

    if not Path(args.config_file).is_file():
        raise UsageError(f"config file not found: {args.config_file}")
    configure_logging(args.verbose)
    try:
        return build_site(args.config_file, args.site_dir, strict=args.strict, jobs=args.jobs)
    except UnsafeTarget as exc:
        raise UsageError(str(exc)) from None
    except Exception as exc:
        log.error("%s", exc)
        return 1


def _cmd_serve(args) -> int:
    from faro.cli import UsageError

    if not Path(args.config_file).is_file():
        raise UsageError(f"config file not found: {args.config_file}")
    configure_logging(args.verbose)
    from mkdocs.commands.serve import serve

    root = Path(args.config_file).resolve().parent
    watch = [str(root / name) for name in ("content", "theme", "translations", "snippets")
             if (root / name).exists()]
    try:
        serve(config_file=args.config_file, livereload=True, watch=watch, dev_addr=args.dev_addr)
    except OSError as exc:  # e.g. the address is already in use
        raise UsageError(f"cannot serve: {exc}") from None
    return 0


def register(subparsers) -> None:
    build = subparsers.add_parser("build", help="build every language into site/ (atomically)")
    build.add_argument("-f", "--config-file", default=DEFAULT_CONFIG)
    build.add_argument("-d", "--site-dir", default=None, help="output folder (default: site/)")
    build.add_argument("--strict", action="store_true", help="fail on warnings too")
    build.add_argument("-j", "--jobs", type=int, default=None, help="parallel language builds")
    build.add_argument("-v", "--verbose", action="store_true")
    build.set_defaults(func=_cmd_build)

    serve = subparsers.add_parser("serve", help="preview with live reload")
    serve.add_argument("-f", "--config-file", default=DEFAULT_CONFIG)
    serve.add_argument("-a", "--dev-addr", default=None, help="IP:PORT (default 127.0.0.1:8000)")
    serve.add_argument("-v", "--verbose", action="store_true")
    serve.set_defaults(func=_cmd_serve)
