"""帮助 → 使用指南 (F1): what each tab is for, the day's flows, and every shortcut — in Chinese,
on screen, and as a one-page card to print and keep by the keyboard.

The tabs are read from the registrations (each registered kind's name and, for kinds on the
generic record tab, their actions), so a new kind appears in the guide without editing it. The
shortcuts are one table (:data:`SHORTCUTS`); ``tests/ui/test_guide.py`` checks that every key in
it is really bound in the window, so the card cannot drift from the program."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from frontdesk.printing.printable import PdfDocument
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.print_action import open_preview
from frontdesk.ui.common.screen_fit import fit_to_screen


@dataclass(frozen=True)
class Shortcut:
    #: where it works: "全局" or the tab's name (as on the tab)
    where: str
    key: str
    what: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("全局", "F1", "打开本指南"),
    Shortcut("全局", "Ctrl+K", "全局搜索：房号、姓名、电话、单号、内容，多个词用空格分开"),
    Shortcut("全局", "Alt+1", "到第 1 个页签；Alt+2 … Alt+9、Alt+0 到第 2 … 10 个，Ctrl+Tab 到下一个"),
    Shortcut("全局", "Ctrl+J", "写交接班：打开本班的交接班草稿"),
    Shortcut("全局", "Ctrl+Shift+L", "切换用户"),
    Shortcut("全局", "Ctrl+Q", "退出"),
    Shortcut("来电来访", "Ctrl+S", "保存这条来电来访"),
    Shortcut("来电来访", "Ctrl+N", "清空表单，登记下一条"),
    Shortcut("来电来访", "F4", "用查到的业主信息填写房号、来电人和电话"),
    Shortcut("来电来访", "Ctrl+G", "把选中的记录转为维修工单"),
    Shortcut("来电来访", "Ctrl+T", "把选中的记录转为投诉"),
    Shortcut("来电来访", "Ctrl+O", "打开记录已转成的工单或投诉"),
    Shortcut("来电来访", "Ctrl+L", "到列表"),
    Shortcut("来电来访", "Ctrl+F", "到搜索框"),
    Shortcut("来电来访", "Ctrl+Alt+Z", "恢复上次未保存的草稿"),
    Shortcut("维修工单", "Ctrl+N", "新建维修工单"),
    Shortcut("维修工单", "Ctrl+P", "打印选中的工单"),
    Shortcut("维修工单", "Ctrl+Shift+P", "直接打印到上次用的打印机"),
    Shortcut("维修工单", "Ctrl+F", "到搜索框"),
    Shortcut("维修工单", "Ctrl+1", "派单"),
    Shortcut("维修工单", "Ctrl+2", "开始处理"),
    Shortcut("维修工单", "Ctrl+3", "完工登记"),
    Shortcut("维修工单", "Ctrl+4", "回访"),
    Shortcut("维修工单", "Ctrl+5", "关闭工单"),
    Shortcut("投诉登记", "Ctrl+N", "受理新投诉"),
    Shortcut("投诉登记", "Ctrl+1", "修改受理信息（改完按 Ctrl+S 保存）"),
    Shortcut("投诉登记", "Ctrl+2", "提交判断"),
    Shortcut("投诉登记", "Ctrl+3", "提交调查结果"),
    Shortcut("投诉登记", "Ctrl+4", "提交主管审批；主管：批准所选方案"),
    Shortcut("投诉登记", "Ctrl+R", "主管：退回方案修改"),
    Shortcut("投诉登记", "Ctrl+5", "提交实施结果"),
    Shortcut("投诉登记", "Ctrl+6", "记录回访；回访后总结并关闭投诉"),
    Shortcut("投诉登记", "Ctrl+P", "打印投诉登记表"),
    Shortcut("回访", "Ctrl+Return", "保存回访结果"),
    Shortcut("业户档案", "Ctrl+F", "到搜索框"),
    Shortcut("放行条", "Ctrl+Return", "开具并打印放行条"),
    Shortcut("放行条", "Ctrl+N", "新开一张"),
    Shortcut("门岗核验", "Ctrl+Return", "确认放行（扫描框为空时按回车也可以）"),
    Shortcut("整改通知", "Ctrl+Return", "开具并打印整改通知单"),
    Shortcut("整改通知", "Ctrl+N", "清空表单"),
    Shortcut("整改通知", "Ctrl+R", "复查选中的整改通知"),
    Shortcut("交接班草稿", "Ctrl+S", "保存草稿"),
    Shortcut("交接班草稿", "F5", "重新汇总未结事项"),
    Shortcut("交接班草稿", "Ctrl+Return", "交班"),
    Shortcut("登记类页签", "Ctrl+S", "保存表单（新建或修改）"),
    Shortcut("登记类页签", "Ctrl+N", "新建"),
    Shortcut("登记类页签", "Ctrl+F", "到搜索框"),
    Shortcut("登记类页签", "Ctrl+P", "打印选中的记录"),
    Shortcut("对话框", "Enter / Esc", "确定 / 取消"),
    Shortcut("对话框", "Ctrl+Return", "保存 / 确定（在多行文字框里也可以）"),
    Shortcut("日期时间", "数字", "直接输入：202612031430，或 12031430（今年）；一次 Tab 到下一项"),
    Shortcut("日期时间", "← → / ↑ ↓", "选年、月、日、时、分 / 调大调小所选的一项"),
)

#: the day's flows at the counter, in the order a shift meets them
FLOWS: tuple[tuple[str, str], ...] = (
    (
        "接电话、接待来访",
        "在“来电来访”输入房号（3-2-1502、3栋2单元1502 都可以），按 Tab 看到业主和历史记录，写内容，Ctrl+S 保存。"
        "需要维修的按 Ctrl+G 转为工单，投诉按 Ctrl+T 转为投诉。",
    ),
    (
        "维修工单",
        "派单给维修人员，开始、完工时登记用料和费用，打印维修联和存根联（一张 A4 两联）。完工后进入回访队列。",
    ),
    ("投诉", "受理后按六步处理：判断、调查、提出方案、主管审批、实施、回访结案。每一步都有时限，超时在状态栏提醒。"),
    ("回访", "在“回访”里按到期先后回访，记录是否满意。满意的回访关闭对应的工单。"),
    ("放行条", "业主或其确认的搬运人办理，打印带二维码的放行条；门岗在“门岗核验”扫码核验，用过即作废。"),
    ("交接班", "下班前按 Ctrl+J 打开本班草稿，系统已汇总未结事项，补充留言后交班；接班人输入密码确认。"),
    ("状态栏", "底部的计数（逾期工单、待审批投诉等）可以点击，直接打开对应的列表。"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


def tab_lines(ctx: UiContext) -> list[tuple[str, str]]:
    """(tab name, what it is for) for every registered tab this user sees, from the registrations
    (``Feature.summary``; a kind on the generic record tab adds the actions it offers)."""
    out: list[tuple[str, str]] = []
    for feature in sorted(ctx.services.features, key=lambda f: f.tab_order):
        shown = [t for t in feature.tabs if t.view_action is None or ctx.user.can(t.view_action)]
        if not shown:
            continue
        purpose = QCoreApplication.translate("Guide", feature.summary) if feature.summary else ""
        actions = getattr(feature.record_service, "form", None)
        if actions is not None and actions.actions:
            purpose += _t("可以：") + "、".join(QCoreApplication.translate("RecordKind", a.label) for a in actions.actions)
        for n, spec in enumerate(shown):  # a feature's further tabs (a gate check) follow its first
            name = QCoreApplication.translate(spec.title_context or spec.factory.rpartition(":")[2], spec.title)
            out.append((name or feature.vocabulary.name, purpose if n == 0 else _t("（同上）")))
    return out


def guide_html(ctx: UiContext) -> str:
    parts = ["<h2>FrontDesk 客服前台 使用指南</h2>", "<h3>各页签的用途</h3><table cellpadding='3'>"]
    for name, purpose in tab_lines(ctx):
        parts.append(f"<tr><td valign='top'><b>{html.escape(name)}</b></td><td>{html.escape(purpose)}</td></tr>")
    parts.append("</table><h3>一天的工作</h3>")
    for title, text in FLOWS:
        parts.append(f"<p><b>{html.escape(title)}</b>：{html.escape(text)}</p>")
    parts.append("<h3>快捷键</h3><table cellpadding='3' border='0'>")
    for s in SHORTCUTS:
        parts.append(
            f"<tr><td>{html.escape(s.where)}</td><td><code>{html.escape(s.key)}</code></td><td>{html.escape(s.what)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def shortcut_card(centre: str) -> PdfDocument:
    """The shortcuts on one A4 page, to print and keep by the keyboard."""

    def render() -> bytes:
        from reportlab.lib.units import mm

        from frontdesk.printing.layout import Block, Column, Copy, Header, Table, render_copies
        from frontdesk.printing.layout.style import Style

        # the tab named once for its run of keys; rows as tight as they read, so one page holds them
        rows = [[s.where if i == 0 or SHORTCUTS[i - 1].where != s.where else "", s.key, s.what] for i, s in enumerate(SHORTCUTS)]
        compact = Style(size=8.2, label_size=8.2, leading=1.25, pad=0.8 * mm, row_min=4.0 * mm)
        table = Table([Column("页签", 1.2), Column("按键", 1.3), Column("作用", 4)], rows, style=compact)
        blocks: list[Block] = [Header(centre, "快捷键一览"), table]
        return render_copies([Copy("快捷键卡片", blocks)], title="快捷键一览", two_per_page=False)

    return PdfDocument("快捷键一览", "快捷键一览.pdf", render)


class GuideDialog(QDialog):
    """The guide on screen, with the card to print."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("guide")
        self.setWindowTitle(_t("使用指南"))
        fit_to_screen(self, 820, 620)
        self.text = QTextBrowser()
        self.text.setHtml(guide_html(ctx))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.card_button = QPushButton(_t("打印快捷键卡片…"))
        self.card_button.clicked.connect(self.print_card)
        buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)

    def print_card(self) -> None:
        self.preview = open_preview(self, shortcut_card(str(self.ctx.services.settings.get("centre.name"))))
