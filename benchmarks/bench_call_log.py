"""The call and visit log at a million entries: opening the newest page, and the newest 200
matches of a two-character Chinese term, through the same service the tab uses.

    python benchmarks/bench_call_log.py [--rows N] [--db FILE] [--keep] [--url POSTGRESQL_URL]

Fills a fresh SQLite database (migrated like the app's) with N realistic entries using bulk
Core inserts — the entries and their text index in the same transactions — then prints:

    rows: N
    fill_s: …                 seconds to fill (not a target)
    newest_page_ms: X         first page of the unfiltered list (100 rows)
    search_2char_ms: X        newest 200 matches of a rare / absent two-character term (the worse)
    search_common_ms: X       the same for a common term (漏水)
    search_1char_ms: X        a one-character term
    filtered_page_ms: X       a page filtered by kind and date range
    baseline_like_ms: X       LIKE '%term%' newest 200 for the absent term, same database
    like_ratio: X             baseline_like_ms / search_2char_ms

Times are medians of repeated warm runs. ``--db FILE --keep`` reuses a filled file. ``--url``
fills a PostgreSQL database instead (wiping it), to see the portable bigram table at work.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import column, func, insert, select, table, text  # noqa: E402

from frontdesk.db import Database  # noqa: E402
from frontdesk.models import Building, CallLogEntry, Department, Project, Room, Staff, Unit  # noqa: E402
from frontdesk.models.call_log import CALL_TEXT, key_base, search_text  # noqa: E402
from frontdesk.schema import prepare_database  # noqa: E402
from frontdesk.services.call_log import CallFilter, CallLogService  # noqa: E402
from frontdesk.services.clock import FixedClock, to_local  # noqa: E402
from frontdesk.services.permissions import CurrentUser, Role  # noqa: E402

RARE = "古筝"  # appears in a handful of entries
ABSENT = "鲸鱼"  # appears in none
COMMON = "漏水"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌海波宇浩凯欣怡晨阳雪梅"
PLACES = [
    "卫生间",
    "厨房",
    "阳台",
    "客厅",
    "主卧",
    "次卧",
    "书房",
    "楼道",
    "电梯厅",
    "地下车库",
    "单元门口",
    "露台",
]
THINGS = [
    "水龙头",
    "下水道",
    "马桶",
    "吸顶灯",
    "插座",
    "入户门锁",
    "窗户",
    "墙面",
    "天花板",
    "暖气片",
    "地漏",
    "燃气表",
    "电表箱",
    "门禁",
    "对讲机",
    "排风扇",
    "热水器",
    "水管",
]
PROBLEMS = [
    "漏水",
    "堵塞",
    "不亮",
    "松动",
    "损坏",
    "渗水",
    "开裂",
    "有异响",
    "打不开",
    "跳闸",
    "返味",
    "脱落",
]
INQUIRIES = [
    "物业费缴纳方式",
    "停车月卡办理",
    "装修申请流程",
    "门禁卡补办",
    "快递代收时间",
    "水电费怎么交",
    "房屋出租备案",
    "充电桩安装",
    "宠物登记",
    "小区开放时间",
    "发票开具",
    "车位租赁价格",
    "入住手续",
]
COMPLAINTS = [
    "楼上装修噪音扰民",
    "邻居占用消防通道",
    "保洁不及时楼道有垃圾",
    "保安态度差",
    "草坪有宠物粪便",
    "有人高空抛物",
    "地库车位被占",
    "电梯经常停运",
    "夜间广场舞音响太大",
    "垃圾站异味大",
]
HELPS = [
    "钥匙锁在家里",
    "老人在家摔倒需要帮助",
    "车辆被堵无法出库",
    "家中停电不知原因",
    "孩子找不到了",
    "快递被误领",
    "手机掉进电梯井",
]
SUGGESTIONS = [
    "增加儿童游乐设施",
    "延长健身房开放时间",
    "在单元门口加装雨棚",
    "增设非机动车充电点",
    "公告栏信息更新及时一些",
]
PRAISES = ["维修师傅上门及时态度好", "保安帮忙搬运重物", "前台接待耐心细致", "保洁阿姨工作认真"]
WHEN = ["今天上午", "今天下午", "昨晚", "从上周开始", "刚才", "最近几天", "周末"]
HANDLING = [
    "已通知工程部上门查看",
    "已解答",
    "已登记并转维修",
    "已联系秩序维护部处理",
    "已告知办理流程和所需材料",
    "已安排保洁清理",
    "已电话告知业主处理结果",
    "已转客服管家跟进",
    "已致歉并说明情况",
    "已记录，月底汇总上报",
]
KINDS = (
    ["inquiry"] * 35 + ["repair"] * 30 + ["complaint"] * 10 + ["help"] * 10 + ["suggestion"] * 5 + ["praise"] * 4 + ["other"] * 6
)
CHANNELS = ["phone"] * 60 + ["visit"] * 30 + ["online"] * 8 + ["other"] * 2


def content_for(rng: random.Random, kind: str) -> str:
    when = rng.choice(WHEN)
    if kind == "repair":
        return f"{when}{rng.choice(PLACES)}{rng.choice(THINGS)}{rng.choice(PROBLEMS)}，请尽快安排师傅上门"
    if kind == "inquiry":
        return f"咨询{rng.choice(INQUIRIES)}"
    if kind == "complaint":
        return f"{when}{rng.choice(COMPLAINTS)}，要求物业处理"
    if kind == "help":
        return f"{rng.choice(HELPS)}，{when}来电求助"
    if kind == "suggestion":
        return f"建议{rng.choice(SUGGESTIONS)}"
    if kind == "praise":
        return f"表扬{rng.choice(PRAISES)}"
    return f"{when}询问{rng.choice(INQUIRIES)}，另反映{rng.choice(PLACES)}{rng.choice(PROBLEMS)}"


def fill(db: Database, rows: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        conn.execute(insert(Department.__table__), [{"name": "客服部", "active": True, "version": 1}])
        dept = conn.scalar(select(Department.id))
        now = datetime.now(timezone.utc)
        conn.execute(
            insert(Staff.__table__),
            [
                {
                    "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                    "department_id": dept,
                    "role": "receptionist",
                    "username": f"u{i}",
                    "active": True,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(12)
            ],
        )
        staff_ids = list(conn.scalars(select(Staff.id)))
        conn.execute(
            insert(Project.__table__),
            [{"name": "锦绣花园", "version": 1, "created_at": now, "updated_at": now}],
        )
        pid = conn.scalar(select(Project.id))
        conn.execute(
            insert(Building.__table__),
            [{"project_id": pid, "number": str(b), "version": 1} for b in range(1, 21)],
        )
        bids = list(conn.scalars(select(Building.id).order_by(Building.id)))
        conn.execute(
            insert(Unit.__table__),
            [{"building_id": b, "number": str(u), "version": 1} for b in bids for u in (1, 2, 3)],
        )
        units = conn.execute(select(Unit.id, Unit.number, Building.number).join(Building)).all()
        conn.execute(
            insert(Room.__table__),
            [
                {
                    "project_id": pid,
                    "unit_id": uid,
                    "number": f"{f}{r:02d}",
                    "code": f"{bn}-{un}-{f}{r:02d}",
                    "floor": f,
                    "status": "已入住",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for uid, un, bn in units
                for f in range(1, 26)
                for r in (1, 2)
            ],
        )
        room_ids = list(conn.scalars(select(Room.id)))
    # contacts spread over the three years before now, oldest first, one per millisecond or more
    end = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
    start = end - timedelta(days=3 * 365)
    span_ms = int((end - start).total_seconds() * 1000)
    stamps = sorted(rng.sample(range(span_ms), rows))
    rare_at = set(rng.sample(range(rows), 8))
    batch = 50_000
    # Typeless Core insert: values are given as SQLAlchemy's SQLite types store them (UTC text
    # timestamps), which skips per-value conversion; check_fill() reads rows back through the model.
    cols = (
        "sort_key",
        "at",
        "channel",
        "kind",
        "room_id",
        "person",
        "phone",
        "content",
        "handling",
        "outcome",
        "due_date",
        "follow_up_done_at",
        "handled_by_id",
        "version",
        "created_at",
        "updated_at",
    )
    entry_table = table("call_log", *(column(c) for c in cols))
    sqlite = db.is_sqlite
    stored = _stored if sqlite else (lambda at: at)  # PostgreSQL takes the datetimes as they are
    created = stored(datetime.now(timezone.utc))
    contents = {k: [content_for(rng, k) for _ in range(4000)] for k in set(KINDS)}
    people = [rng.choice(SURNAMES) + rng.choice(("先生", "女士", rng.choice(GIVEN) + rng.choice(GIVEN))) for _ in range(20_000)]
    outcomes = ["closed", "followed_up", "work_order", "complaint"]
    if sqlite:
        raw = db.engine.raw_connection()  # a data load: durability per batch is not needed here
        raw.driver_connection.execute("PRAGMA synchronous = OFF")
        raw.driver_connection.execute("PRAGMA cache_size = -262144")  # 256 MB while loading
        raw.close()
    for lo in range(0, rows, batch):
        entries = []
        docs = []
        for i in range(lo, min(rows, lo + batch)):
            at = start + timedelta(milliseconds=stamps[i])
            kind = rng.choice(KINDS)
            content = f"楼上每晚弹{RARE}到十一点，影响休息" if i in rare_at else rng.choice(contents[kind])
            # the last few days still have open follow-ups; older ones were followed up
            outcome = rng.choices(outcomes, (70, 14, 12, 4))[0]
            if outcome == "followed_up" and i > rows - 3000 and rng.random() < 0.3:
                outcome = "follow_up"
            due = to_local(at).date() + timedelta(days=1 + i % 3) if outcome.startswith("follow") else None
            person = rng.choice(people)
            handling = rng.choice(HANDLING)
            key = key_base(at)
            entries.append(
                {
                    "sort_key": key,
                    "at": stored(at),
                    "channel": rng.choice(CHANNELS),
                    "kind": kind,
                    "room_id": rng.choice(room_ids) if rng.random() < 0.8 else None,
                    "person": person,
                    "phone": f"13{rng.randrange(10**9):09d}" if rng.random() < 0.9 else None,
                    "content": content,
                    "handling": handling,
                    "outcome": outcome,
                    "due_date": due.isoformat() if due else None,
                    "follow_up_done_at": stored(at + timedelta(days=1)) if outcome == "followed_up" else None,
                    "handled_by_id": rng.choice(staff_ids),
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            docs.append((key, search_text(person, content, handling, None)))
        with db.engine.begin() as conn:
            conn.execute(insert(entry_table), entries)
            CALL_TEXT.add_many(conn, docs)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.engine.dispose()  # the pooled connection goes back to the app's settings (synchronous FULL)
    return time.perf_counter() - t0


def _stored(at: datetime) -> str:
    """A timestamp as SQLAlchemy's SQLite DateTime stores it (naive UTC)."""
    return at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def check_fill(svc: CallLogService, user: CurrentUser) -> None:
    """The loaded rows read back through the model and service like any other entry."""
    newest = svc.list_entries(user, CallFilter(), limit=1).rows[0]
    assert newest.at.tzinfo is not None and newest.at <= datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
    assert newest.sort_key == key_base(newest.at), "sort key and time disagree"
    hit = svc.list_entries(user, CallFilter(text=RARE), limit=1).rows[0]
    assert RARE in hit.content


def median_ms(fn, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--keep", action="store_true", help="reuse --db if it is already filled")
    ap.add_argument("--url", help="an empty PostgreSQL database to fill instead (it is wiped)")
    args = ap.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench_call_log.db"
    if args.url:
        db = Database(args.url)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        reuse = False
    else:
        reuse = args.keep and path.exists()
        if not reuse and path.exists():
            path.unlink()
        db = Database(f"sqlite:///{path.as_posix()}")
    prepare_database(db, path.parent / "backups")
    fill_s = 0.0
    if not reuse:
        fill_s = fill(db, args.rows)
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(CallLogEntry))
        staff_id = s.scalar(select(Staff.id))
    svc = CallLogService(db, FixedClock(datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc)))
    user = CurrentUser(staff_id, "bench", Role.RECEPTIONIST, "u0")

    check_fill(svc, user)
    newest = median_ms(lambda: svc.list_entries(user, CallFilter(), limit=100))
    rare = median_ms(lambda: svc.list_entries(user, CallFilter(text=RARE), limit=200))
    absent = median_ms(lambda: svc.list_entries(user, CallFilter(text=ABSENT), limit=200))
    common = median_ms(lambda: svc.list_entries(user, CallFilter(text=COMMON), limit=200))
    one = median_ms(lambda: svc.list_entries(user, CallFilter(text="筝"), limit=200))
    filtered = median_ms(
        lambda: svc.list_entries(
            user, CallFilter(kind="praise", date_from=date(2026, 1, 1), date_to=date(2026, 11, 27)), limit=100
        )
    )
    found = len(svc.list_entries(user, CallFilter(text=RARE), limit=200).rows)
    like_sql = text(
        "SELECT id FROM call_log WHERE content LIKE :p OR handling LIKE :p OR person LIKE :p ORDER BY sort_key DESC LIMIT 200"
    )
    with db.read() as s:
        like = median_ms(lambda: s.execute(like_sql, {"p": f"%{ABSENT}%"}).all(), runs=3)
    worst = max(rare, absent)
    print(f"rows: {n}")
    if fill_s:
        print(f"fill_s: {fill_s:.1f}")
    print(f"newest_page_ms: {newest:.2f}")
    print(f"search_2char_ms: {worst:.2f}")
    print(f"search_rare_ms: {rare:.2f}  (matches: {found})")
    print(f"search_absent_ms: {absent:.2f}")
    print(f"search_common_ms: {common:.2f}")
    print(f"search_1char_ms: {one:.2f}")
    print(f"filtered_page_ms: {filtered:.2f}")
    print(f"baseline_like_ms: {like:.1f}")
    print(f"like_ratio: {like / worst:.0f}")
    if db.is_sqlite:
        print(f"db_mb: {path.stat().st_size / 1e6:.0f}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
