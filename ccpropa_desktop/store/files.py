"""Files beside the store: temporary names that say whose they are, sweeping what a killed process
left, setting a damaged store aside, and telling a full disk from other write failures."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sys
import time
from collections.abc import Iterable
from pathlib import Path

TEMP_MARK = ".tmp-"
"""Every temporary file the store layer writes is named ``<final name>.tmp-<pid>`` next to it."""

STALE_SECONDS = 3600
"""Where a process cannot be asked whether it is alive (Windows), a temp file this old is stale."""

SIDECARS = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database; they belong to it and move or go with it."""

DAMAGED_DIR = "hong"
"""``<data folder>/hong/``: damaged store files set aside by a restore, never deleted."""

MIN_FREE_BYTES = 1024 * 1024
"""Below this much free space the disk counts as full: the store opens read-only."""

DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG} if hasattr(errno, "EDQUOT") else {
    errno.ENOSPC, errno.EFBIG}


def temp_path(final: Path) -> Path:
    return final.with_name(f"{final.name}{TEMP_MARK}{os.getpid()}")


def remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDECARS)):
        with contextlib.suppress(OSError):
            candidate.unlink()


def _pid_alive(pid: int) -> bool | None:
    """True/False where the OS can say (POSIX), None where it cannot."""
    if sys.platform == "win32":
        return None
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return None
    return True


def is_stale(path: Path) -> bool:
    """A temp file of a process that is gone (or, where that cannot be asked, an old one)."""
    base, _, pid_text = path.name.rpartition(TEMP_MARK)
    pid_text = pid_text.split("-", 1)[0]  # "…tmp-123-wal"
    if not base or not pid_text.isdigit():
        return False
    alive = _pid_alive(int(pid_text))
    if alive is not None:
        return not alive
    try:
        return time.time() - path.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def sweep(folders: Iterable[Path]) -> list[Path]:
    """Remove the temp files (``*.tmp-<pid>`` and their sidecars) of processes that are gone, and the
    ``*.tmp`` files older versions left; returns what was removed."""
    removed = []
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            name = path.name
            legacy = name.endswith(".tmp") and name.startswith("ccpropa-")
            if not (legacy or (TEMP_MARK in name and is_stale(path))):
                continue
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def set_aside(path: Path, *, keep: bool = False) -> Path | None:
    """Move the store file and its -wal/-shm into ``hong/`` under a dated name; never deletes.
    ``keep``: the main file stays where it is too (a hard link, else a copy), for a caller that then
    renames a new file over it, so that a store file is there at every moment. Returns the new path
    of the file (None when there was no file)."""
    if not path.exists():
        return None
    folder = path.parent / DAMAGED_DIR
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"ccpropa-{stamp()}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"ccpropa-{stamp()}-{n}.sqlite3"
    # The -wal first: it belongs to the old file and must never be read with the new one.
    for suffix in SIDECARS:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    if not keep:
        os.replace(path, target)
        return target
    try:
        os.link(path, target)
    except OSError:
        shutil.copyfile(path, target)
    return target


def free_space_problem(folder: Path) -> str | None:
    """A Vietnamese sentence when the disk holding ``folder`` is full (bytes or, on POSIX, inodes)."""
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return None
    if usage.free < MIN_FREE_BYTES:
        return (f"ổ đĩa chứa thư mục dữ liệu {folder} đã đầy (còn {usage.free // 1024} KB trống)")
    if hasattr(os, "statvfs"):
        try:
            st = os.statvfs(folder)
        except OSError:
            return None
        if st.f_files and st.f_favail == 0:
            return f"ổ đĩa chứa thư mục dữ liệu {folder} đã hết chỗ cho tệp mới (hết inode)"
    return None


def is_disk_full(exc: BaseException) -> bool:
    """An OSError or SQLite error that means: no room left to write."""
    if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
        return True
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text or "file too large" in text


def writable_problem(folder: Path, path: Path | None = None) -> str | None:
    """A Vietnamese sentence when the folder (or the store file) cannot be written."""
    if not os.access(folder, os.W_OK):
        return f"thư mục dữ liệu {folder} chỉ đọc hoặc không có quyền ghi"
    if path is not None and path.exists() and not os.access(path, os.W_OK):
        return f"tệp dữ liệu {path} chỉ đọc"
    return None


OS_REASONS = {
    errno.ENOSPC: "ổ đĩa đầy", errno.EFBIG: "tệp vượt cỡ cho phép", errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.EACCES: "không có quyền ghi", errno.EPERM: "không có quyền ghi",
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
    errno.EISDIR: "đó là một thư mục", errno.ENOTDIR: "đường dẫn không phải thư mục",
}
if hasattr(errno, "EDQUOT"):
    OS_REASONS[errno.EDQUOT] = "hết hạn mức dung lượng"


def os_reason(exc: BaseException) -> str:
    """An OSError in Vietnamese ("ổ đĩa đầy"), else its own text."""
    if isinstance(exc, OSError):
        return OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return str(exc)
