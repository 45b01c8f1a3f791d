"""One module per workflow screen. Each page is a `Page` (see ui/page.py)."""
