"""Dialogs opened from pages (new-plan wizard, issue plan, …)."""
