"""The only code that touches SQLite. Returns domain objects, never rows."""

from .database import open_database
from .repository import Store

__all__ = ["Store", "open_database"]
