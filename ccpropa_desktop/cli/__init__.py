"""Command-line entry: every document operation without the GUI."""
