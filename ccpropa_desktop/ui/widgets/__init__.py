"""Reusable widgets (agency picker, Vietnamese date edit, …)."""
