"""The content model: Markdown sources, their front matter, language and translations."""
