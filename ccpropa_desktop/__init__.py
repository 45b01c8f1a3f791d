"""ccpropa-desktop: yearly CCHC propaganda plans and reports for Vietnamese government offices."""

__version__ = "0.1.0"
