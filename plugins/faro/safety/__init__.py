"""Unsafe content in Markdown sources: script, active HTML, dangerous URLs, remote resources."""

from faro.safety.markdown_html import check_markdown, check_rendered

__all__ = ["check_markdown", "check_rendered"]
