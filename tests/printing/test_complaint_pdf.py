"""The printed complaint documents read back with pypdf: every field there, fonts embedded."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from frontdesk.printing.complaint_pdf import complaint_form_pdf, complaint_stats_pdf
from frontdesk.services.clock import to_local
from tests.support.complaints import call_back, intake, make_estate, walk
from tests.support.printing import fonts

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def assert_fonts_embedded(pdf: bytes) -> None:
    used = fonts(pdf)
    assert used and all(f.embedded for f in used), used
    assert all("WenQuanYiMicroHei" in f.name for f in used), used  # no base-14 fallback


def test_registration_form_holds_every_field(services, clock, receptionist, supervisor, butler) -> None:
    make_estate(services)
    services.settings.set(supervisor, "centre.name", "翠湖花园物业服务中心")
    cs = services.complaints
    c = walk(services, receptionist, supervisor, until="approve")
    c = cs.send_back(supervisor, c.id, comment="请写明施工时段", expected_version=c.version)
    c = cs.propose(receptionist, c.id, proposals=["约谈装修负责人，限定 8:00-18:00 施工", "发整改通知单"],
                   expected_version=c.version)  # fmt: skip
    c = cs.approve(supervisor, c.id, chosen=0, comment="同意方案一", expected_version=c.version)
    c = cs.implement(receptionist, c.id, actions="已约谈装修负责人王师傅", accepted=True, opinion="接受，望不再发生",
                     expected_version=c.version)  # fmt: skip
    clock.advance(days=1)
    c = call_back(services, receptionist, c.id, "basic", "基本安静了")
    c = cs.close(butler, c.id, improvement="装修审批时书面告知施工时段", summary="处理及时",
                 expected_version=c.version)  # fmt: skip
    form = cs.print_form(receptionist, c.id)
    pdf = complaint_form_pdf(form)
    reader, text = read(pdf)
    assert len(reader.pages) == 1
    mediabox = reader.pages[0].mediabox
    assert (round(float(mediabox.width)), round(float(mediabox.height))) == (595, 842)  # A4 portrait
    assert_fonts_embedded(pdf)
    d = form.complaint
    expected = [
        "翠湖花园物业服务中心", "顾客投诉登记表", d.number,
        # step 1
        "投诉人", "陈美玲", "房号", "3-2-1502", "联系电话", "13812345678", "投诉时间",
        to_local(d.received_at).strftime("%Y-%m-%d %H:%M"), "投诉方式", "来电", "投诉类别", "噪音扰民",
        "严重程度", "一般", "受理人", "李前台", "投诉内容", "楼上装修每天早上七点就开始电钻",
        # the handling so far
        "是否有效", "有效（投诉成立）", "责任部门", "工程部", "责任人", "张工", "原因分析",
        "装修单位未按规定时间施工", "处理方案", "方案一（已批准）：约谈装修负责人，限定 8:00-18:00 施工",
        "方案二：发整改通知单", "主管审批意见", "同意：同意方案一", "审批人：王主管", "处理结果",
        "已约谈装修负责人王师傅", "投诉人意见", "接受处理结果　接受，望不再发生",
        # signatures and the callback
        "投诉人签字", "经办人签字", "日期", "回访记录", "基本满意", "基本安静了", "改进措施",
        "装修审批时书面告知施工时段", "关闭人：赵管家",
    ]  # fmt: skip
    missing = [s for s in expected if s not in text]
    assert missing == []
    assert "重印" not in text  # the first printing is the original


def test_reprint_says_so(services, receptionist, supervisor) -> None:
    make_estate(services)
    c = walk(services, receptionist, supervisor, until="investigate")
    services.complaints.print_form(receptionist, c.id)
    _r, text = read(complaint_form_pdf(services.complaints.print_form(receptionist, c.id)))
    assert "重印 第2次" in text and "本表为重印件（第 2 次打印" in text
    _r, text = read(complaint_form_pdf(services.complaints.print_form(receptionist, c.id)))
    assert "重印 第3次" in text


def test_invalid_complaint_form_carries_the_reply(services, receptionist, supervisor) -> None:
    make_estate(services)
    c = walk(services, receptionist, supervisor, until="invalid", data=intake(room="", category="收费"))
    _r, text = read(complaint_form_pdf(services.complaints.print_form(receptionist, c.id)))
    assert "无效（投诉不成立）" in text and "答复投诉人" in text and "已向业主解释" in text
    assert "处理方案" not in text and "房号" in text


def test_monthly_table_pdf(services, supervisor, receptionist) -> None:
    make_estate(services)
    walk(services, receptionist, supervisor, until="callback")
    walk(services, receptionist, supervisor, until="invalid", data=intake(category="收费", severity="重大"))
    stats = services.complaints.monthly_stats(supervisor, 2026, 11)
    pdf = complaint_stats_pdf(stats, centre="翠湖花园物业服务中心", made_by="王主管")
    reader, text = read(pdf)
    assert_fonts_embedded(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    for s in ("顾客投诉分类统计表", "统计期间：2026年11月", "投诉类别", "责任部门", "未定责任部门", "平均办结天数",
              "本月受理投诉 2 件，其中重大投诉 1 件", "填表人", "王主管", *stats_labels(stats)):  # fmt: skip
        assert s in text, s
    # the category rows, read back: a label followed by its 14 numbers
    tokens = text.split()
    noise = tokens.index("噪音扰民")
    assert tokens[noise + 1 : noise + 4] == ["1", "1", "0"]
    fee = tokens.index("收费")
    assert tokens[fee + 1 : fee + 7] == ["1", "0", "1", "0", "0", "1"]
    total = tokens.index("合计")
    assert tokens[total + 1 : total + 15] == [str(v) for v in (2, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0)] + ["—", "0", "—"]


def stats_labels(stats) -> list[str]:  # type: ignore[no-untyped-def]
    return [x.label for x in stats.by_category] + [x.label for x in stats.by_department if x.label]


def test_unjudged_complaint_leaves_validity_blank_and_labels_the_investigator(services, receptionist, supervisor) -> None:
    """QA: "是否有效：待判断" was printed for a complaint not judged yet, and the 调查人 sat in a
    cell labelled "调查"."""
    make_estate(services)
    c = walk(services, receptionist, supervisor, until="judge")
    assert c.valid is None
    _r, text = read(complaint_form_pdf(services.complaints.print_form(receptionist, c.id)))
    assert "是否有效" in text and "待判断" not in text  # a blank to fill in by hand
    assert "责任部门" in text and "调查人" in text and "原因分析" in text
    done = walk(services, receptionist, supervisor, until="approve")
    _r, text = read(complaint_form_pdf(services.complaints.print_form(receptionist, done.id)))
    assert "调查人：" not in text  # the label says it; the cell holds the name and time
    assert done.investigated_by and done.investigated_by in text
