"""UI language. Source strings are Vietnamese, so Vietnamese needs no catalog of ours.

- "vi": our own `translations/qtbase_vi.qm` puts Qt's standard buttons, wizard buttons and the
  text-field context menu into Vietnamese (PySide6 ships no qtbase_vi).
- "en": `translations/ccpropa_en.qm` translates our strings; Qt's own are English already.
Keep references to the translators, or Python collects them and the text falls back silently.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ccpropa_desktop import paths

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


def catalogs(language: str) -> list[str]:
    return ["qtbase_vi"] if language == "vi" else [f"ccpropa_{language}"]


def install(app: QApplication, language: str) -> str:
    """Load the catalogs for `language` ("vi" or "en"; anything else → "vi"). Returns the language used."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = paths.translations_dir()
    for name in catalogs(language):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language
