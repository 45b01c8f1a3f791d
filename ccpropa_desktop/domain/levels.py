"""Administrative levels. Names are data the user sees; codes are what the store keeps."""

from __future__ import annotations

LEVELS: dict[str, str] = {
    "tinh": "Tỉnh",
    "so": "Sở, ban, ngành",
    "huyen": "Huyện",
    "phong": "Phòng (cấp huyện)",
    "xa": "Xã, phường, đặc khu",
}
