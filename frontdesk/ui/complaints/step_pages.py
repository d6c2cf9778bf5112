"""The six step pages of a complaint: each shows what its step recorded and, when the step is
due and this user may take it, its form. The service decides; the pages only offer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from frontdesk.services.complaints import MAX_PROPOSALS, ComplaintDetail, State
from frontdesk.services.errors import ValidationError
from frontdesk.ui.common.conflict import FieldDiff, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import error_banner, row, stack
from frontdesk.ui.common.form_parts import button, combo, form_grid, label, line_edit, numbered_choices, radio, uncheck
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import add_messages
from frontdesk.ui.complaints.forms import IntakeForm
from frontdesk.ui.complaints.step_base import StepPage, _t, _text_edit, keyed, satisfaction_names, when

# the choices a step's form starts without, each said beside its field when not made
add_messages(
    "complaints",
    {
        "judgement_not_chosen": str(QT_TRANSLATE_NOOP("complaints", "请选择投诉是否成立")),
        "acceptance_not_chosen": str(QT_TRANSLATE_NOOP("complaints", "请选择投诉人是否接受处理结果")),
        "proposal_not_chosen": str(QT_TRANSLATE_NOOP("complaints", "请选择要批准的方案")),
    },
)


class AcceptPage(StepPage):
    """1 受理: every field registered; correctable while the complaint is open."""

    def __init__(self, ctx: UiContext, run) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, 1, run)
        self.form = IntakeForm(ctx)
        self.errors = self.form.errors
        self.save = keyed(button(self.tr("保存修改"), "save_intake", self.on_save_clicked))
        self.edit = keyed(button(self.tr("修改受理信息"), "edit_intake", self.on_edit_clicked))
        self.cancel = keyed(button(self.tr("放弃修改"), "cancel_intake", self.on_cancel_clicked))
        stack(self.form_box, self.form, row(None, self.cancel, self.save), margins=(0, 0, 0, 0))
        self.body_lay.insertWidget(3, self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        self._editing = False
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self.on_status_linkActivated)

    def fill(self, d: ComplaintDetail) -> None:
        self.record.set_rows(
            [
                (_t("编号"), d.number),
                (_t("投诉人"), d.complainant),
                (_t("房号"), f"{d.project} {d.room}".strip()),
                (_t("联系电话"), d.phone),
                (_t("投诉时间"), when(d.received_at)),
                (_t("投诉方式"), data_word(d.channel)),
                (_t("投诉类别"), data_word(d.category)),
                (_t("严重程度"), data_word(d.severity)),
                (_t("投诉内容"), d.content),
            ],
            _t("受理人：{0}　登记时间：{1}").format(d.received_by, when(d.created_at)),
        )
        can_edit = "edit" in self.allowed()
        self.edit.setVisible(can_edit and not self._editing)
        self.form_box.setVisible(can_edit and self._editing)
        self.record.setVisible(not self._editing)
        self.status.setVisible(d.call_id is not None)
        self.status.setText(f"<a href='call:{d.call_id}'>{_t('由来电来访登记转入（点击查看登记）')}</a>")

    def on_status_linkActivated(self, link: str) -> None:
        kind, _, ident = link.partition(":")
        if ident.isdigit():
            self.ctx.bus.open_requested.emit(kind, int(ident))

    def on_edit_clicked(self) -> None:
        if self.detail is None:
            return
        self._editing = True
        self.form.load(self.detail)
        self.fill(self.detail)

    def on_cancel_clicked(self) -> None:
        self._editing = False
        if self.detail is not None:
            self.fill(self.detail)

    def clear_form(self) -> None:
        self._editing = False

    def on_save_clicked(self) -> None:
        self.take(self.ctx.services.complaints.update_intake, self.form.to_input())

    def describe(self, theirs: ComplaintDetail) -> list[FieldDiff]:
        """The intake as typed beside the intake as they saved it."""
        labels = [
            ("complainant", _t("投诉人")),
            ("room", _t("房号")),
            ("phone", _t("联系电话")),
            ("channel", _t("投诉方式")),
            ("category", _t("投诉类别")),
            ("severity", _t("严重程度")),
            ("content", _t("投诉内容")),
        ]
        return field_diffs(labels, self.form.to_input(), theirs)


class JudgePage(StepPage):
    """2 判断: valid or not; an invalid complaint records the reply given and ends."""

    action = "judge"

    def __init__(self, ctx: UiContext, run) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, 2, run)
        self.valid = radio(self.tr("投诉成立，转入调查"), "judge_valid")
        self.invalid = radio(self.tr("投诉不成立，已婉转答复投诉人"), "judge_invalid")
        self.verdict, box = numbered_choices(self, [self.valid, self.invalid], keys=True)  # neither until chosen
        self.note = _text_edit("judge_note", self.tr("判断依据（可不填）"), 50)
        self.reply = _text_edit("invalid_reply", self.tr("给投诉人的答复内容（投诉不成立时必填）"))
        self.go = keyed(button(self.tr("提交判断"), "submit_judge", self.on_go_clicked))
        self.invalid.toggled.connect(self._update_reply)  # (from neither chosen, only 不成立 toggles)
        self.form_rows(
            [
                (self.tr("结论"), "valid", box),
                (self.tr("判断说明"), "judge_note", self.note),
                (self.tr("答复内容"), "invalid_reply", self.reply),
            ],
            self.go,
        )
        self.clear_form()

    def clear_form(self) -> None:
        uncheck(self.verdict)
        self.note.clear()
        self.reply.clear()
        self._update_reply()

    def _update_reply(self) -> None:
        self.reply.setEnabled(self.invalid.isChecked())

    def fill(self, d: ComplaintDetail) -> None:
        if d.valid is None:
            self.record.set_rows([])
        else:
            rows = [(_t("是否有效"), _t("有效") if d.valid else _t("无效（投诉不成立）"))]
            if d.judge_note:
                rows.append((_t("判断说明"), d.judge_note))
            if not d.valid:
                rows.append((_t("答复投诉人"), d.invalid_reply))
            self.record.set_rows(rows, _t("判断人：{0}　时间：{1}").format(d.judged_by, when(d.judged_at)))
        due = d.state == State.JUDGE
        self.form_box.setVisible(due and "judge" in self.allowed())
        self.status.setText(_t("等待判断。") if due and not self.form_box.isVisible() else "")

    fields = {"note": "note", "reply": "reply"}

    def values(self) -> dict[str, Any]:
        """The verdict is None until one of the two is chosen."""
        valid = None if self.verdict.checkedId() < 0 else self.valid.isChecked()
        return {"valid": valid, **super().values()}


class InvestigatePage(StepPage):
    """3 调查: responsible department and person, the cause found."""

    action = "investigate"

    def __init__(self, ctx: UiContext, run) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, 3, run)
        self.department = combo("department")
        self.person = line_edit("responsible_person", self.tr("责任人姓名或班组"))
        self.cause = _text_edit("cause", self.tr("调查查明的原因（产品/维修质量问题，或服务问题）"))
        self.go = keyed(button(self.tr("提交调查结果"), "submit_investigate", self.on_go_clicked))
        self.form_rows(
            [
                (self.tr("责任部门"), "department", self.department),
                (self.tr("责任人"), "responsible_person", self.person),
                (self.tr("原因分析"), "cause", self.cause),
            ],
            self.go,
        )
        self._load_departments()

    def _load_departments(self) -> None:
        self.department.clear()
        self.department.addItem(self.tr("（请选择）"), None)
        for dept_id, name in self.ctx.services.complaints.departments():
            self.department.addItem(data_word(name), dept_id)

    def clear_form(self) -> None:
        self.department.setCurrentIndex(0)
        self.person.clear()
        self.cause.clear()

    def fill(self, d: ComplaintDetail) -> None:
        if d.investigated_at is None:
            self.record.set_rows([])
        else:
            self.record.set_rows(
                [
                    (_t("责任部门"), data_word(d.department)),
                    (_t("责任人"), d.responsible_person),
                    (_t("原因分析"), d.cause),
                ],
                _t("调查人：{0}　时间：{1}").format(d.investigated_by, when(d.investigated_at)),
            )
        due = d.state == State.INVESTIGATE
        self.form_box.setVisible(due and "investigate" in self.allowed())
        self.status.setText(_t("投诉不成立，无需调查。") if d.state == State.INVALID else "")

    fields = {"department_id": "department", "person": "person", "cause": "cause"}


class ProposePage(StepPage):
    """4 方案: up to three solutions; only a supervisor approves one or sends them back."""

    action = "propose"

    def __init__(self, ctx: UiContext, run) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, 4, run)
        self.returned = label("returned_comment", "color:#b9770e; background:#fef5e7; padding:6px; border-radius:3px;", wrap=True)
        self.proposals = [
            _text_edit(
                f"proposal_{i}",
                self.tr("方案{0}").format("一二三"[i]) + ("" if i == 0 else self.tr("（可选）")),
                50,
            )
            for i in range(MAX_PROPOSALS)
        ]
        self.go = keyed(button(self.tr("提交主管审批"), "submit_propose", self.on_go_clicked))
        self.proposals_error = error_banner("error_proposals", wrap=False)
        self.form_rows(
            [(self.tr("方案{0}").format("一二三"[i]), f"proposal_{i}", w) for i, w in enumerate(self.proposals)],
            self.proposals_error,
            self.go,
            above=self.returned,
        )
        # the supervisor's part
        self.approval_box = QWidget()
        self.approval_box.setObjectName("approval_box")
        self.choice_group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        choices_box = QWidget()
        self.choice_lay = QVBoxLayout(choices_box)
        self.choice_lay.setContentsMargins(0, 0, 0, 0)
        self.comment = _text_edit("approval_comment", self.tr("审批意见（退回时必填）"), 50)
        self.approve = keyed(button(self.tr("批准所选方案"), "approve", self.on_approve_clicked))
        self.send_back = keyed(button(self.tr("退回修改"), "send_back", self.on_send_back_clicked))
        ap_form = form_grid(self.approval_box)
        ap_form.addRow(QLabel(self.tr("主管审批：请选择最佳方案")))
        self.errors.add_row(ap_form, self.tr("方案"), "chosen", choices_box)
        self.errors.add_row(ap_form, self.tr("审批意见"), "approval_comment", self.comment)
        self.pin(self.approval_box, row(self.send_back, self.approve, None))
        self.body_lay.insertWidget(4, self.approval_box)

    def clear_form(self) -> None:
        for w in self.proposals:
            w.clear()
        self.comment.clear()
        self.proposals_error.clear()

    def fill(self, d: ComplaintDetail) -> None:
        rows: list[tuple[str, str]] = []
        for i, p in enumerate(d.proposals):
            mark = _t("（已批准）") if d.approved and d.chosen_proposal == i else ""
            rows.append((_t("方案{0}").format("一二三"[i]) + mark, p))
        footer = ""
        if d.proposed_at is not None:
            footer = _t("提出人：{0}　时间：{1}").format(d.proposed_by, when(d.proposed_at))
        if d.approved_at is not None:
            rows.append(
                (
                    _t("主管审批意见"),
                    (_t("批准") if d.approved else _t("退回")) + ("：" + d.approval_comment if d.approval_comment else ""),
                )
            )
            footer += "\n" + _t("审批人：{0}　时间：{1}").format(d.approved_by, when(d.approved_at))
        if d.returned_count:
            rows.append((_t("退回次数"), str(d.returned_count)))
        self.record.set_rows(rows if d.proposals else [], footer.strip() if d.proposals else "")
        acts = self.allowed()
        proposing = d.state == State.PROPOSE and "propose" in acts
        self.form_box.setVisible(proposing)
        self.returned.setVisible(proposing and d.approved is False)
        self.returned.setText(_t("主管退回意见：{0}").format(d.approval_comment))
        if proposing and d.approved is False and not any(w.toPlainText() for w in self.proposals):
            for w, p in zip(self.proposals, d.proposals, strict=False):
                w.setPlainText(p)  # start from the returned solutions
        self._fill_choices(d)
        approving = d.state == State.APPROVE and "approve" in acts
        self.approval_box.setVisible(approving)
        if d.state == State.APPROVE and not approving:
            self.status.setText(_t("方案已提交，等待客服主管审批。"))
        elif d.state == State.INVALID:
            self.status.setText(_t("投诉不成立，无需处理方案。"))
        else:
            self.status.setText("")

    def _fill_choices(self, d: ComplaintDetail) -> None:
        # a reload (another counter's change, the poller) keeps the supervisor's pick of the same solutions
        same = [b.property("proposal") for b in self.choices] == list(d.proposals)
        keep = self.choice_group.checkedId() if same else -1
        for b in self.choices:
            self.choice_group.removeButton(b)
            self.choice_lay.removeWidget(b)
            b.setParent(None)
            b.deleteLater()
        self.choices = []
        for i, p in enumerate(d.proposals):
            b = QRadioButton(self.tr("方案{0}：{1}").format("一二三"[i], p))
            b.setObjectName(f"choose_{i}")
            b.setProperty("proposal", p)
            self.choice_group.addButton(b, i)
            self.choice_lay.addWidget(b)
            self.choices.append(b)
        if 0 <= keep < len(self.choices):
            self.choices[keep].setChecked(True)
        elif len(self.choices) == 1:  # one solution: nothing to choose between; several: the supervisor picks
            self.choices[0].setChecked(True)

    def values(self) -> dict[str, Any]:
        return {"proposals": [w.toPlainText() for w in self.proposals]}

    def on_approve_clicked(self) -> None:
        self.take(
            self.ctx.services.complaints.approve,
            chosen=None if self.choice_group.checkedId() < 0 else self.choice_group.checkedId(),
            comment=self.comment.toPlainText(),
        )

    def on_send_back_clicked(self) -> None:
        self.take(self.ctx.services.complaints.send_back, comment=self.comment.toPlainText())

    def show_errors(self, exc: ValidationError) -> list[str]:
        unknown = self.errors.show(exc)
        if "proposals" in exc.errors:
            from frontdesk.ui.common.messages import field_message

            self.proposals_error.setText(field_message(exc.errors["proposals"], {"max": MAX_PROPOSALS}))
            unknown = [u for u in unknown if u != "proposals"]
        return unknown


class ImplementPage(StepPage):
    """5 实施: the actions taken; the complainant accepts (and signs the printed form) or not."""

    action = "implement"

    print_requested = Signal()

    def __init__(self, ctx: UiContext, run) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, 5, run)
        self.plan = label("approved_plan", "background:#eaf2f8; padding:6px; border-radius:3px;", wrap=True)
        self.actions_taken = _text_edit("actions_taken", self.tr("实际采取的处理措施、对责任人的处理等"))
        self.accepted = radio(self.tr("投诉人接受处理结果（请其在登记表上签字）"), "accepted")
        self.not_accepted = radio(self.tr("投诉人不接受，需重新制定方案"), "not_accepted")
        self.answer, box = numbered_choices(self, [self.accepted, self.not_accepted], keys=True)  # neither until asked
        self.opinion = _text_edit("complainant_opinion", self.tr("投诉人意见（不接受时必填）"), 50)
        # its key is the detail view's 打印登记表 (Ctrl+P), which prints the same form
        self.print_button = button(self.tr("打印登记表供签字（Ctrl+P）"), "print_for_signature", self.print_requested.emit)
        self.go = keyed(button(self.tr("提交实施结果"), "submit_implement", self.on_go_clicked))
        self.form_rows(
            [
                (self.tr("处理结果"), "actions_taken", self.actions_taken),
                (self.tr("投诉人确认"), "accepted", box),
                (self.tr("投诉人意见"), "complainant_opinion", self.opinion),
            ],
            row(self.print_button, self.go, None),
            above=self.plan,
        )
        self.clear_form()

    def clear_form(self) -> None:
        self.actions_taken.clear()
        self.opinion.clear()
        uncheck(self.answer)

    def fill(self, d: ComplaintDetail) -> None:
        if d.implemented_at is None:
            self.record.set_rows([])
        else:
            accepted = {True: _t("接受"), False: _t("不接受"), None: _t("回访不满意，待重新实施")}
            self.record.set_rows(
                [
                    (_t("处理结果"), d.actions_taken),
                    (_t("投诉人确认"), accepted[d.complainant_accepted]),
                    (_t("投诉人意见"), d.complainant_opinion),
                    (_t("重新实施次数"), str(d.reopened_count) if d.reopened_count else ""),
                ],
                _t("实施人：{0}　时间：{1}").format(d.implemented_by, when(d.implemented_at)),
            )
        due = d.state == State.IMPLEMENT
        self.form_box.setVisible(due and "implement" in self.allowed())
        self.plan.setText(_t("已批准的方案：{0}").format(d.approved_proposal))
        if due and d.reopened_count and d.satisfaction == "unsatisfied":
            self.status.setText(_t("回访不满意（{0}），请重新实施。").format(d.callback_comment))
        else:
            self.status.setText("")

    fields = {"actions": "actions_taken", "opinion": "opinion"}

    def values(self) -> dict[str, Any]:
        """The complainant's answer is None until one of the two is chosen."""
        accepted = None if self.answer.checkedId() < 0 else self.accepted.isChecked()
        return {"accepted": accepted, **super().values()}


class CallbackClosePage(StepPage):
    """6 回访与总结: the callback (in the shared callback queue), then the improvement measures."""

    action = "close"

    callback_requested = Signal()

    def __init__(self, ctx: UiContext, run) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, 6, run)
        self.callback_button = keyed(button(self.tr("记录回访…"), "record_callback", self.callback_requested.emit))
        self.improvement = _text_edit("improvement", self.tr("针对投诉原因提出的改进对策"))
        self.summary = _text_edit("summary", self.tr("对处理过程的总结与评价（可不填）"), 50)
        self.go = keyed(button(self.tr("总结并关闭投诉"), "submit_close", self.on_go_clicked))
        self.form_rows(
            [
                (self.tr("改进措施"), "improvement", self.improvement),
                (self.tr("总结评价"), "summary", self.summary),
            ],
            self.go,
        )
        self.body_lay.insertWidget(3, self.callback_button, 0, Qt.AlignmentFlag.AlignLeft)

    def clear_form(self) -> None:
        self.improvement.clear()
        self.summary.clear()

    def fill(self, d: ComplaintDetail) -> None:
        rows: list[tuple[str, str]] = []
        footer = ""
        if d.callback_at is not None:
            rows += [
                (_t("回访时间"), when(d.callback_at)),
                (_t("满意度"), satisfaction_names().get(d.satisfaction, d.satisfaction)),
                (_t("回访意见"), d.callback_comment),
            ]
            footer = _t("回访人：{0}").format(d.callback_by)
        if d.closed_at is not None:
            rows += [(_t("改进措施"), d.improvement), (_t("总结评价"), d.summary)]
            footer += "\n" + _t("关闭人：{0}　时间：{1}").format(d.closed_by, when(d.closed_at))
        self.record.set_rows(rows, footer.strip())
        self.callback_button.setVisible(d.state == State.CALLBACK)
        self.form_box.setVisible(d.state == State.CLOSE and "close" in self.allowed())
        if d.state == State.CALLBACK:
            self.status.setText(_t("已进入回访队列，请于 {0} 前回访投诉人。").format(when(d.due_at)))
        elif d.state == State.CLOSE and not self.form_box.isVisible():
            self.status.setText(_t("回访已完成，等待客服管家或主管总结关闭。"))
        elif d.state == State.CLOSED:
            self.status.setText(_t("投诉已关闭。"))
        else:
            self.status.setText("")

    fields = {"improvement": "improvement", "summary": "summary"}
