"""Command-line actions that need no window: ``python app.py --demo-data``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO


def _describe(exc: object, backup_dir: Path) -> str:
    from frontdesk.schema import head_revision

    code = getattr(exc, "code", "")
    if code == "newer":
        return (
            f"这个数据库由更新版本的 FrontDesk 创建（数据库版本 {getattr(exc, 'revision', '')}，"
            f"本程序支持到 {head_revision()}）。为保护数据，本程序没有做任何修改。"
        )
    path = getattr(exc, "path", None)
    other = _OTHER_FAULTS.get(code)
    if other is not None:
        return other.format(path=path, detail=getattr(exc, "detail", ""), backup=getattr(exc, "latest_backup", None))
    text = f"数据库文件已损坏或不是 FrontDesk 数据库，程序没有写入任何内容。原因：{getattr(exc, 'detail', '')}\n"
    latest = getattr(exc, "latest_backup", None)
    if latest is not None:
        return text + f"最近的自动备份：{latest}"
    return text + f"没有找到自动备份（备份目录：{backup_dir}）。"


#: the start-up faults other than a damaged or newer database (schema.DatabaseStartError codes);
#: the window words them in ui/shell/startup.py
_OTHER_FAULTS = {
    "folder_missing": "找不到数据库所在的文件夹：{path}。程序没有写入任何内容。",
    "readonly_folder": "数据库所在的文件夹是只读的：{path}。数据库没有问题，程序没有写入任何内容。",
    "readonly_file": "数据库文件是只读的：{path}。文件本身没有问题，程序没有写入任何内容。",
    "disk_full": "磁盘空间不足（{path}）。数据库没有问题，程序没有写入任何内容。请腾出磁盘空间后再试。",
    "unreadable": "无法读取数据库文件 {path}（{detail}）。这不表示文件已损坏，程序没有写入任何内容。",
    "empty_file": "数据库文件 {path} 是空的（0 字节）。程序没有把它当作新数据库。最近的有效备份：{backup}",
    "backup_failed": "升级前的备份没有成功（{detail}），程序没有升级，也没有修改数据库。",
}


def load_demo_command(
    url: str, data_dir: Path, *, out: TextIO | None = None, err: TextIO | None = None, history_days: int | None = None
) -> int:
    """Check (and if needed back up and upgrade) the database, then fill an empty estate with
    demo data. Returns the process exit code: 0 done, 1 the estate is not empty, 2 the database
    cannot be opened."""
    out = out or sys.stdout
    err = err or sys.stderr
    from frontdesk.db import Database
    from frontdesk.schema import DatabaseStartError, prepare_database

    backup_dir = Path(data_dir) / "backups"
    db = Database(url)
    try:
        try:
            prepared = prepare_database(db, backup_dir)
        except DatabaseStartError as exc:
            print(_describe(exc, backup_dir), file=err)
            return 2
        if prepared.backup is not None:
            print(f"已备份数据库：{prepared.backup}", file=out)
        from frontdesk.services.container import build_services
        from frontdesk.services.demo import DEMO_PASSWORD

        services = build_services(db)
        if not services.demo.estate_is_empty():
            print(f"数据库 {db.describe()} 中已有楼盘数据，没有写入演示数据。", file=err)
            return 1
        last = [-1]

        def progress(done: int, total: int) -> None:
            pct = done * 100 // max(total, 1)
            if pct // 25 != last[0] // 25:
                print(f"正在写入演示数据 … {pct}%", file=out, flush=True)
            last[0] = pct

        result = services.demo.load(None, progress=progress, history_days=history_days)
        print(
            f"已写入演示数据：{result.projects} 个项目，{result.buildings} 栋楼，{result.rooms} 个房间，"
            f"{result.occupants} 位业户，{result.staff} 名员工。\n数据库：{db.describe()}",
            file=out,
        )
        if result.logins:
            logins = "、".join(f"{u}（{_ROLE_NAMES.get(r, r)}）" for u, r in result.logins)
            print(f"演示账号（密码均为 {DEMO_PASSWORD}）：{logins}", file=out)
        return 0
    finally:
        db.dispose()


_ROLE_NAMES = {
    "receptionist": "前台客服",
    "butler": "客服管家",
    "supervisor": "客服主管",
    "admin": "系统管理员",
    "guard": "门岗",
}
