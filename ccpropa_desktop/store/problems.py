"""Store failures as messages a person can act on (Vietnamese), with the way to recover."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ccpropa_desktop.errors import StoreUnavailable, UserError

from . import files

WRITE_ERRORS = {"SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE", "SQLITE_IOERR_SHMSIZE",
                "SQLITE_IOERR_SHMMAP", "SQLITE_IOERR_DIR_FSYNC"}
"""Failed writes: on a working disk, a full one (or a file-size limit), as far as SQLite can tell."""

RECOVERY_HINT = (
    "Chương trình không ghi gì vào tệp này. Cách khôi phục: «ccpropa backup list» liệt kê các bản "
    "sao lưu, «ccpropa backup restore TÊN» khôi phục một bản (tệp hỏng được giữ lại trong thư mục "
    "«hong»), «ccpropa backup salvage» cứu phần dữ liệu còn đọc được; trong cửa sổ chương trình là "
    "trang «Khôi phục dữ liệu».")


def damaged(path: Path | str, detail: str, *, problem: str = "") -> StoreUnavailable:
    detail = " ".join(detail.replace("*** in database main ***", "").split())
    problem = problem or f"Tệp dữ liệu {path} bị hỏng ({detail})."
    return StoreUnavailable("db_damaged", f"{problem} {RECOVERY_HINT}", path=path, damaged=True,
                            problem=problem)


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str) -> UserError:
    """Map SQLite failures to Vietnamese messages that say what to do."""
    text = str(exc).lower()
    folder = Path(path).parent
    if "locked" in text or "busy" in text:
        return UserError("db_locked", f"Tệp dữ liệu {path} đang bị một chương trình khác khóa. "
                         "Hãy đóng chương trình đó rồi thử lại.")
    if "not a database" in text or "file is encrypted" in text:
        return damaged(path, str(exc), problem=f"Tệp {path} không phải là tệp dữ liệu của ccpropa hoặc đã "
                       f"bị hỏng (SQLite báo: {exc}).")
    if "malformed" in text or "corrupt" in text:
        return damaged(path, "SQLite báo: " + str(exc))
    if "readonly" in text or "read-only" in text or "permission" in text:
        return UserError("db_readonly", f"Không lưu được thay đổi vào {path}: tệp dữ liệu hoặc thư mục "
                         f"{folder} chỉ đọc, hoặc không có quyền ghi. Dữ liệu cũ vẫn nguyên vẹn.")
    name = getattr(exc, "sqlite_errorname", "") or ""
    full = files.free_space_problem(folder)
    if name == "SQLITE_FULL" or files.is_disk_full(exc) or (full and ("disk" in text or "i/o" in text)):
        return UserError("disk_full", f"Không ghi được vào tệp dữ liệu {path}: ổ đĩa đầy. Thay đổi vừa "
                         "rồi không được lưu, dữ liệu cũ vẫn nguyên vẹn; hãy giải phóng dung lượng ổ đĩa "
                         "rồi thử lại. Vẫn xem và in được.")
    if name in WRITE_ERRORS:
        return UserError("disk_full", f"Không ghi được vào {path}: ổ đĩa đầy hoặc từ chối ghi thêm ({name}). "
                         "Thay đổi vừa rồi không được lưu, dữ liệu cũ vẫn nguyên vẹn; hãy giải phóng dung "
                         "lượng ổ đĩa (hoặc kiểm tra ổ đĩa) rồi thử lại. Vẫn xem và in được.")
    if "disk i/o" in text or "i/o error" in text:
        return UserError("disk_io", f"Lỗi đọc/ghi ổ đĩa với tệp dữ liệu {path}: thay đổi không được lưu. "
                         "Hãy kiểm tra ổ đĩa (còn trống không, còn cắm không); nếu lỗi lặp lại, khôi phục "
                         "từ bản sao lưu (ccpropa backup list).")
    if "unable to open" in text:
        return UserError("db_cantopen", f"Không mở được tệp dữ liệu {path} ({exc}). Hãy kiểm tra thư mục "
                         "dữ liệu còn đó và có quyền đọc.")
    return UserError("db_error", f"Lỗi tệp dữ liệu {path}: {exc}. Nếu lỗi lặp lại, khôi phục từ bản sao "
                     "lưu (ccpropa backup list).")


def user_error_for(exc: BaseException, path: Path | str) -> UserError | None:
    """A SQLite error as the `UserError` to show (None for anything else, and for integrity errors,
    which are bugs, not the environment)."""
    bugs = sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    if isinstance(exc, sqlite3.Error) and not isinstance(exc, bugs):
        return translate_sqlite_error(exc, path)
    return None
