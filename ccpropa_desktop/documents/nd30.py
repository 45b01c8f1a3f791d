"""Nghị định 30/2020/NĐ-CP layout numbers, in one place (spec nd30-format.md §1–§10).

Lengths are points unless the name says otherwise. 1 mm = 72 / 25.4 pt; 1 pt = 20 twips.
"""

from __future__ import annotations

MM = 72.0 / 25.4

# §1 Page: A4, default margins top 20, bottom 20, left 30, right 15 mm.
PAGE_W = 210 * MM
PAGE_H = 297 * MM
MARGIN_TOP = 20 * MM
MARGIN_BOTTOM = 20 * MM
MARGIN_LEFT = 30 * MM
MARGIN_RIGHT = 15 * MM
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
LANDSCAPE_TEXT_W = PAGE_H - MARGIN_LEFT - MARGIN_RIGHT  # 252 mm
PAGE_NUMBER_SIZE = 14
PAGE_NUMBER_BASELINE_FROM_TOP = 14 * MM
HEADER_DISTANCE_MM = 10

# §2 Header and signature tables: 65 mm | 100 mm.
LEFT_COL_W = 65 * MM
RIGHT_COL_W = 100 * MM

# §3 Element sizes.
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
QUOC_HIEU_SIZE = 13
QUOC_HIEU_MIN_SIZE = 12
TIEU_NGU_SIZE = 14
AGENCY_SIZE = 13
NUMBER_SIZE = 13
DATE_SIZE = 14
TITLE_SIZE = 14
BODY_SIZE = 14
BODY_LEADING = 18  # exact line height, PDF and DOCX (§7 default)
BODY_INDENT = 10 * MM  # first-line indent 1 cm = 567 twips
PARA_SPACE_BEFORE = 6
SIGN_SIZE = 14
SIGN_GAP = 30 * MM  # room for signature and seal
NOI_NHAN_LABEL_SIZE = 12
NOI_NHAN_ITEM_SIZE = 11
APPENDIX_LABEL_SIZE = 14
TABLE_SIZE = 13
TABLE_HEADER_SIZE = 13
RULE_WIDTH = 0.5
ISSUER_RULE_RATIO = 0.40  # rule under issuer / trích yếu: 40 % of the widest line (1/3–1/2)
ROW_GAP = 6  # vertical gap before the Số/date row
DRAFT_LABEL = "DỰ THẢO"

# §12 type abbreviations used here.
TYPE_ABBR = {"KẾ HOẠCH": "KH", "QUYẾT ĐỊNH": "QĐ", "BÁO CÁO": "BC"}
AUTHORITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")
