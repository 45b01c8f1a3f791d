"""What every command runs inside (cli/main.py): notes on stderr when the store opened read-only or
characters were removed from the input, SQLite and other environment failures as Vietnamese messages
(exit 2), and, for a bug, one line saying so instead of a traceback (the details go to a log)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path

from ccpropa_desktop import paths
from ccpropa_desktop.domain.text import noting_removals, removal_note
from ccpropa_desktop.errors import UserError

CRASH_LOG = "ccpropa-loi.log"
BUG_EXIT = 1


def _store_path(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None)) / paths.DB_FILENAME


@contextlib.contextmanager
def guarded(args: argparse.Namespace) -> Iterator[None]:
    from ccpropa_desktop.services import session
    from ccpropa_desktop.store.problems import user_error_for

    shown: set[str] = set()

    def notes(_store: object, lines: list[str]) -> None:
        for line in lines:
            if line not in shown:
                shown.add(line)
                sys.stderr.write(f"Lưu ý: {line}\n")

    session.set_open_listener(notes)
    try:
        with noting_removals() as removed:
            try:
                yield
            except UserError:
                raise
            except RecursionError as exc:
                raise UserError("input_too_deep", "Dữ liệu nhập lồng nhau quá sâu (quá nhiều cấp […] hoặc "
                                "{…}): không phải một tệp của chương trình.") from exc
            except MemoryError as exc:
                raise UserError("input_too_big", "Dữ liệu nhập quá lớn để xử lý.") from exc
            except Exception as exc:
                error = user_error_for(exc, _store_path(args))
                if error is not None:
                    raise error from exc
                raise
            finally:
                if removed:
                    sys.stderr.write(f"Lưu ý: {removal_note(removed.names)}\n")
    finally:
        session.set_open_listener(None)


def crashed(exc: BaseException, args: argparse.Namespace) -> int:
    """A bug: one line for the officer, the traceback in a log beside the data (or in the temp folder)."""
    text = f"{dt.datetime.now().isoformat(timespec='seconds')} ccpropa {' '.join(sys.argv[1:])}\n"
    text += "".join(traceback.format_exception(exc))
    where = None
    for folder in (paths.data_dir(getattr(args, "data_dir", None)) / "logs", Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with (folder / CRASH_LOG).open("a", encoding="utf-8") as log:
                log.write(text + "\n")
            where = folder / CRASH_LOG
            break
        except OSError:
            continue
    sys.stderr.write(f"Lỗi không mong đợi trong chương trình ({type(exc).__name__}: {exc}); dữ liệu đã lưu "
                     "không bị ảnh hưởng." + (f" Chi tiết ghi ở {where}; hãy gửi tệp đó cho bộ phận hỗ trợ."
                                               if where else "") + "\n")
    return BUG_EXIT
