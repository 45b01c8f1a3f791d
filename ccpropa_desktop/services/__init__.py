"""Workflows (W1–W7). The CLI and the GUI call these, never the store directly."""
