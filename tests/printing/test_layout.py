"""Layout helpers: Chinese line breaking, capital-numeral amounts, copies on a sheet, embedded fonts."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from frontdesk.printing.layout import (
    Cell,
    Column,
    Copy,
    Grid,
    Header,
    Note,
    Signatures,
    Table,
    TextBox,
    render_copies,
    rmb_upper,
    text_width,
    wrap,
)
from tests.support.printing import fonts, page_count, pdf_text


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "零元整"),
        ("85", "捌拾伍元整"),
        ("85.00", "捌拾伍元整"),
        ("100.5", "壹佰元伍角"),
        ("1005.07", "壹仟零伍元零柒分"),
        ("10000", "壹万元整"),
        ("100010", "壹拾万零壹拾元整"),
        ("120.3", "壹佰贰拾元叁角"),
        ("0.07", "柒分"),
        ("1000000", "壹佰万元整"),
        ("20001.1", "贰万零壹元壹角"),
        ("350", "叁佰伍拾元整"),
        ("-5", "负伍元整"),
    ],
)
def test_amounts_in_capital_numerals(amount: str, words: str) -> None:
    assert rmb_upper(Decimal(amount)) == words


def test_wrap_breaks_chinese_keeps_numbers_whole_and_respects_punctuation() -> None:
    text = "厨房水槽下水管漏水，地面有积水，房号3-2-1502，业主电话13812345678，请尽快上门处理。"
    width = text_width("厨房水槽下水管漏水", 9)
    lines = wrap(text, width, 9)
    assert "".join(lines) == text
    assert all(text_width(ln.rstrip("，。"), 9) <= width + 0.01 for ln in lines)
    assert not any(ln[0] in "，。" for ln in lines)
    assert any("3-2-1502" in ln for ln in lines) and any("13812345678" in ln for ln in lines)
    assert wrap("（备注）说明", text_width("（备注）说", 9), 9)[0] == "（备注）说"
    # a token longer than the line is cut rather than overflowing
    long = "A" * 80
    assert all(text_width(ln, 9) <= 50 + 0.01 for ln in wrap(long, 50, 9))
    assert wrap("第一行\n第二行", 200, 9) == ["第一行", "第二行"]
    assert wrap("", 100, 9) == [""]


def _blocks(n_rows: int) -> list:  # type: ignore[type-arg]
    return [
        Header("测试物业服务中心", "测试表", serial="CS20261127001", left="项目：测试"),
        Grid([[Cell("房号", "3-2-1502"), Cell("电话", "13812345678")], [Cell("车牌", "粤B12345", 2)]]),
        TextBox("内容", "很长的内容。" * 5, min_lines=2),
        Table(
            [Column("名称", 3), Column("数量", 1, "right")],
            [[f"物品{i}", str(i)] for i in range(n_rows)],
            label="物品",
            min_rows=2,
            footer=["合计 3 件"],
        ),
        Signatures([("经办人", ""), ("日期", "2026-11-27")]),
    ]


def test_two_copies_share_a_sheet_when_they_fit() -> None:
    blocks = _blocks(3)
    pdf = render_copies(
        [Copy("第一联 存根联", blocks, [Note("存根")]), Copy("第二联 门岗联", blocks, [Note("门岗")])],
        title="测试表 CS20261127001",
    )
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    for needle in (
        "测试物业服务中心",
        "CS20261127001",
        "3-2-1502",
        "13812345678",
        "粤B12345",
        "物品2",
        "合计 3 件",
        "2026-11-27",
        "存根",
        "门岗",
        "沿虚线剪开",
    ):
        assert needle in text, needle
    assert text.count("3-2-1502") == 2
    assert all(f.embedded for f in fonts(pdf)) and fonts(pdf)
    assert not any("Helvetica" in f.name for f in fonts(pdf))


def test_copies_too_long_for_half_a_sheet_get_their_own_pages() -> None:
    more = Header("测试物业服务中心", "测试表（续）")
    blocks = _blocks(25)
    pdf = render_copies([Copy("第一联", blocks, continued=more), Copy("第二联", blocks, continued=more)], title="t")
    assert page_count(pdf) == 2
    assert "测试表（续）" not in pdf_text(pdf)


def test_a_table_longer_than_a_page_continues_with_its_header_and_ends_with_its_footer() -> None:
    more = Header("测试物业服务中心", "测试表（续）")
    pdf = render_copies([Copy("第一联", _blocks(120), continued=more)], title="t")
    pages = page_count(pdf)
    assert pages >= 3
    text = pdf_text(pdf)
    assert text.count("测试表（续）") == pages - 1
    assert text.count("名称") == pages  # the header row again on every page
    assert text.count("合计 3 件") == 1 and text.index("物品119") < text.index("合计 3 件")
    assert all(re.search(rf"物品{i}\D", text) for i in range(120))


def test_text_longer_than_a_page_is_split_by_lines() -> None:
    more = Header("测试物业服务中心", "测试表（续）")
    body = "".join(f"第{i}句话。" for i in range(1200))
    pdf = render_copies([Copy("第一联", [Header("中心", "表"), TextBox("内容", body)], continued=more)], title="t")
    assert page_count(pdf) >= 2
    assert pdf_text(pdf).replace("\n", "").count("第1199句话。") == 1


def test_short_values_are_never_broken_mid_word_in_narrow_columns() -> None:
    from frontdesk.printing.layout.text import MIN_SHRINK, fit_cell

    width = text_width("逾期未复", 8.8) + 0.5  # the handover's 状态 column, where 逾期未复/查 used to break
    lines, size = fit_cell("逾期未复查", width, 8.8)
    assert lines == ("逾期未复查",) and 8.8 * MIN_SHRINK <= size < 8.8
    lines, size = fit_cell("待回访（到期逾期）", text_width("待回访（到期", 8.8), 8.8)
    assert lines == ("待回访", "（到期逾期）") and size == 8.8  # too long to shrink: broken before the bracket
    prose = "厨房水槽下水管漏水，地面有积水，业主要求尽快处理"
    assert len(fit_cell(prose, width, 8.8)[0]) > 1  # prose wraps as before


def test_a_row_taller_than_a_page_splits_between_its_lines_and_says_it_goes_on() -> None:
    long = "厨房水槽下水管漏水，地面有积水，业主要求尽快处理。" * 120
    rows = [["1", "WX1", long, "待派单"], ["2", "WX2", "短", "处理中"]]
    table = Table([Column("序号", 0.6, "center"), Column("编号", 1), Column("内容", 3), Column("状态", 0.9)], rows)
    pdf = render_copies([Copy("存档", [Header("测试中心", "测试表", serial="CS1"), table])], title="t", two_per_page=False)
    pages = pdf_text(pdf).split("测试表（续）")
    assert page_count(pdf) >= 2 and len(pages) == page_count(pdf)
    assert "1（续）" in "".join(pages[1].split()) and "WX2" in pdf_text(pdf)
    assert all("第" in p and "共" in p for p in pages)
