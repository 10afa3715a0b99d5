"""Accessibility fix-ups for markup of the Material theme that no override can reach."""
