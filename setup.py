"""Build-time mapping of the repository's top-level data folders into the package.

The checkout keeps ``resources/`` and ``translations/`` at the top (the layout the project asks
for); the wheel carries them as ``ccpropa_desktop/resources`` and ``ccpropa_desktop/translations``,
which is where ``ccpropa_desktop.paths`` looks in an installed package. Everything else is in
``pyproject.toml``.
"""

from setuptools import find_packages, setup

DATA_PACKAGES = {
    "ccpropa_desktop.resources": "resources",
    "ccpropa_desktop.translations": "translations",
}

setup(
    packages=find_packages(include=["ccpropa_desktop*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={
        "ccpropa_desktop.resources": ["*.txt", "fonts/*", "mappings/*.json", "reports/*.json",
                                      "templates/*.json", "samples/*", "icons/*", "revoice/*.json",
                                      "documents/*.json", "guide/*.css", "guide/*/*.html",
                                      "guide/images/*/*.png"],
        "ccpropa_desktop.translations": ["*.qm"],
    },
    include_package_data=False,
)
