"""Taking complaints through the loop: step 1 受理 (register, from a call, correct), the step
methods 2..6 (each checks its own fields; steps.StepRunner takes the step), the hooks of the
callback queue and the alerts, and the printed form's count."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.models import CallLogEntry, Complaint, Department, Room
from frontdesk.services import alerts, audit
from frontdesk.services.alerts import AlertRow
from frontdesk.services.call_log.convert import mark_converted_in
from frontdesk.services.call_log.rows import CALL
from frontdesk.services.callbacks import queue as callbacks
from frontdesk.services.callbacks.rows import CALLBACK, CallbackRow
from frontdesk.services.complaints.guess import guess_category
from frontdesk.services.complaints.rows import (
    ComplaintDetail,
    ComplaintForm,
    ComplaintInput,
    _result,
    _room_text,
)
from frontdesk.services.complaints.rules import (
    _FIELDS,
    ALERT_KIND,
    CALL_CHANNELS,
    COMPLAINT,
    FUTURE_TOLERANCE,
    MAJOR,
    MAX_PROPOSALS,
    PREFIX,
    SATISFACTIONS,
    SEVERITIES,
    UNSATISFIED,
    State,
    _clean_choice,
    _clean_person,
    _required_text,
    _setting,
)
from frontdesk.services.complaints.steps import Step, StepRunner
from frontdesk.services.core.changes import ALERT, changes, note
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import InvalidTransition, ValidationError
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import phone_for, resolve_room
from frontdesk.services.validation import (
    Collector,
    clean_name,
    clean_phone,
    clean_text,
    mask_phone,
)


class ComplaintService(StepRunner):
    # --- step 1 受理 ------------------------------------------------------------------------------

    def _clean_intake(self, s: Session, data: ComplaintInput, c: Collector, current: Complaint | None = None) -> dict[str, Any]:
        now = self._clock.now()
        out: dict[str, Any] = {}
        out["complainant"] = c.check("complainant", clean_name, data.complainant)
        out["phone"] = c.check("phone", clean_phone, data.phone, required=True, area_code=_setting(s, "centre.area_code"))
        out["channel"] = c.check("channel", _clean_choice, data.channel, _setting(s, "complaint.channels"))
        categories = list(_setting(s, "complaint.categories"))
        out["category"] = c.check("category", _clean_choice, data.category, categories)
        out["content"] = c.check("content", _required_text, data.content)
        out["severity"] = c.check("severity", _clean_choice, data.severity, SEVERITIES)
        received = data.received_at or now
        if received.tzinfo is None:
            c.add("received_at", "bad_date")
        elif received > now + FUTURE_TOLERANCE:
            c.add("received_at", "time_in_future")
        out["received_at"] = received
        room_text = (data.room or "").strip()
        out["room_id"] = None
        if room_text:
            project_id = data.project_id
            if project_id is None and current is not None and current.room is not None:
                if room_text == current.room.code:  # unchanged: the same room, whichever project
                    project_id = current.room.project_id
            try:
                out["room_id"] = resolve_room(s, room_text, project_id).id
            except ValidationError as exc:
                params = {k: v for k, v in exc.params.items() if k != "field_params"}
                c.add("room", exc.errors["room"], **{**params, "room": room_text})
        return out

    @changes(COMPLAINT, ALERT)
    def create(self, user: CurrentUser, data: ComplaintInput) -> ComplaintDetail:
        """Step 1 受理: the complaint is registered and waits to be judged. A 重大 one alerts the
        supervisor at once."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.write() as s:
            return self._create(s, user, data, call_id=None)

    def draft_from_call(self, user: CurrentUser, call_id: int) -> ComplaintInput:
        """The 受理 form filled from a call-log entry: caller, room, phone (as this user may see
        it), time, channel and what they said, and 投诉类别 guessed from their words (the form marks
        it as a guess; services.complaints.guess)."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.read() as s:
            entry = load_record(s, CallLogEntry, call_id)
            room = s.get(Room, entry.room_id) if entry.room_id else None
            channels = list(_setting(s, "complaint.channels"))
            channel = CALL_CHANNELS.get(entry.channel, "")
            return ComplaintInput(
                complainant=entry.person or "",
                room=room.code if room is not None else "",
                project_id=room.project_id if room is not None else None,
                phone=phone_for(user, entry.phone),
                received_at=entry.at,
                channel=channel if channel in channels else (channels[0] if channels else ""),
                category=guess_category(entry.content, list(_setting(s, "complaint.categories"))),
                content=entry.content,
            )

    @changes(COMPLAINT, CALL, ALERT)
    def create_from_call(self, user: CurrentUser, call_id: int, data: ComplaintInput) -> ComplaintDetail:
        """Register the complaint a call-log entry became and mark the entry 已转投诉, linked both
        ways, in one transaction: if the entry cannot be linked, nothing is saved."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.write() as s:
            entry = load_record(s, CallLogEntry, call_id)
            if entry.phone and data.phone == mask_phone(entry.phone):
                data.phone = entry.phone  # the masked number shown, sent back unchanged
            detail = self._create(s, user, data, call_id=call_id)
            mark_converted_in(s, user, call_id, "complaint", detail.id, self._clock.now())
            return detail

    def _create(self, s: Session, user: CurrentUser, data: ComplaintInput, *, call_id: int | None) -> ComplaintDetail:
        c = Collector()
        values = self._clean_intake(s, data, c)
        c.raise_if_any()
        if call_id is not None and s.scalar(select(Complaint.id).where(Complaint.call_id == call_id)):
            raise InvalidTransition("already_converted")
        now = self._clock.now()
        comp = Complaint(
            number=next_serial(s, PREFIX, now),
            state=State.JUDGE.value,
            received_by_id=user.id,
            received_by=user.name,
            call_id=call_id,
            created_at=now,
            updated_at=now,
            was_overdue=False,
            returned_count=0,
            reopened_count=0,
            **values,
        )
        comp.due_at = self._due(s, comp.severity, State.JUDGE, now)
        s.add(comp)
        s.flush()
        self._event(
            s,
            comp,
            user,
            1,
            "accept",
            note=comp.content,
            data={"severity": comp.severity, "category": comp.category, "call_id": call_id},
        )
        self._audit(s, user, comp.id, "create", after=audit.snapshot(comp, _FIELDS))
        if comp.severity == MAJOR:
            self._raise_major(s, comp, user)
        return _result(s, user, comp, now)

    def _raise_major(self, s: Session, comp: Complaint, user: CurrentUser) -> None:
        """A 重大 complaint: the supervisor's alert on every counter (seed: 重大投诉及重大事件及时
        上报各相关部门负责人), through the same alert as urgent work orders."""
        alert = alerts.raise_alert(
            s, ALERT_KIND, "complaint", comp.id, ref_number=comp.number,
            summary=f"{_room_text(comp) or comp.complainant} {comp.category}：{comp.content}",
            raised_by=user, at=self._clock.now(),
        )  # fmt: skip
        self._event(s, comp, user, 0, "alert", data={"alert_id": alert.id})

    @changes(COMPLAINT, ALERT)
    def update_intake(
        self, user: CurrentUser, complaint_id: int, data: ComplaintInput, *, expected_version: int
    ) -> ComplaintDetail:
        """Correct what was registered at step 1 while the complaint is open. Raising it to 重大
        alerts the supervisor as a new 重大 complaint would."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.write() as s:
            comp = self._checked(s, user, complaint_id, expected_version, "edit")
            # A masked phone sent back unchanged means "keep it".
            if comp.phone and data.phone == mask_phone(comp.phone):
                data.phone = comp.phone
            c = Collector()
            values = self._clean_intake(s, data, c, comp)
            c.raise_if_any()
            before = audit.snapshot(comp, _FIELDS)
            was_major = comp.severity == MAJOR
            for k, v in values.items():
                setattr(comp, k, v)
            s.flush()
            b, a = audit.diff(before, audit.snapshot(comp, _FIELDS))
            if a:
                self._event(s, comp, user, 0, "edit", data={"changed": sorted(a)})
                self._audit(s, user, comp.id, "update", before=b, after=a)
            if comp.severity == MAJOR and not was_major:
                self._event(s, comp, user, 0, "escalate")
                s.flush()
                s.refresh(comp, ["room"])
                self._raise_major(s, comp, user)
            return _result(s, user, comp, self._clock.now())

    # --- steps 2..6: each checks its own fields, then one runner takes the step ---------------------

    @changes(COMPLAINT)
    def judge(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        valid: bool | None,
        note: str = "",
        reply: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 2 判断. A valid complaint goes to investigation; an invalid one records the reply
        given to the complainant (seed: 婉转的方式答复客户) and ends here. ``None``: not decided
        yet (the form starts with neither), refused as ``valid: judgement_not_chosen``."""
        c = self._may(user, "judge")
        note_v = c.check("judge_note", clean_text, note)
        reply_v = None
        if valid is None:
            c.add("valid", "judgement_not_chosen")
        elif not valid:
            reply_v = c.check("invalid_reply", _required_text, reply)
        c.raise_if_any()

        def apply(s: Session, comp: Complaint, now: datetime) -> Step:
            comp.valid = valid
            comp.judge_note = note_v
            comp.invalid_reply = reply_v
            if valid:
                return Step("judge_valid", State.INVESTIGATE, note=note_v)
            return Step("judge_invalid", State.INVALID, note=reply_v)

        return self._run_step(user, complaint_id, expected_version, "judge", apply)

    @changes(COMPLAINT)
    def investigate(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        department_id: int | None,
        person: str,
        cause: str,
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 3 调查: the responsible department and person, and the cause found."""
        c = self._may(user, "investigate")
        person_v = c.check("responsible_person", _clean_person, person)
        cause_v = c.check("cause", _required_text, cause)
        if department_id is None:
            c.add("department", "required")
        found: list[Department] = []

        def check_department(s: Session) -> None:  # the fields are all checked before the record
            dept = s.get(Department, department_id) if department_id is not None else None
            if department_id is not None and (dept is None or not dept.active):
                c.add("department", "invalid")
            c.raise_if_any()
            if dept is not None:
                found.append(dept)

        def apply(s: Session, comp: Complaint, now: datetime) -> Step:
            dept = found[0] if found else None
            comp.department = dept
            comp.responsible_person = person_v
            comp.cause = cause_v
            return Step(note=cause_v, data={"department": dept.name if dept else "", "person": person_v})

        return self._run_step(user, complaint_id, expected_version, "investigate", apply, prepare=check_department)

    @changes(COMPLAINT)
    def propose(self, user: CurrentUser, complaint_id: int, *, proposals: list[str], expected_version: int) -> ComplaintDetail:
        """Step 4 方案: one to three solutions, submitted for the supervisor's approval."""
        c = self._may(user, "propose")
        cleaned: list[str] = []
        filled = [p for p in proposals if (p or "").strip()]
        if not filled:
            c.add("proposals", "required")
        elif len(filled) > MAX_PROPOSALS:
            c.add("proposals", "too_many", max=MAX_PROPOSALS)
        for i, p in enumerate(proposals):
            if (p or "").strip():
                v = c.check(f"proposal_{i}", _required_text, p)
                if v is not None:
                    cleaned.append(v)
        c.raise_if_any()

        def apply(s: Session, comp: Complaint, now: datetime) -> Step:
            comp.proposals = cleaned
            comp.chosen_proposal = None
            comp.approved = None
            return Step(note="\n".join(cleaned), data={"proposals": cleaned})

        return self._run_step(user, complaint_id, expected_version, "propose", apply)

    @changes(COMPLAINT)
    def approve(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        chosen: int | None = 0,
        comment: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 4 审批: only a supervisor picks the best solution (seed: 主管领导应对投诉处理方案
        一一过目，选择最佳解决方案，并及时作出批示). ``None``: none picked (``chosen: proposal_not_chosen``)."""
        c = self._may(user, "approve")
        comment_v = c.check("approval_comment", clean_text, comment)
        if chosen is None:
            c.add("chosen", "proposal_not_chosen")
        c.raise_if_any()
        assert chosen is not None

        def apply(s: Session, comp: Complaint, now: datetime) -> Step:
            if not (0 <= chosen < len(comp.proposals or [])):
                raise ValidationError({"chosen": "invalid"})
            comp.chosen_proposal = chosen
            comp.approved = True
            comp.approval_comment = comment_v
            return Step(note=comment_v, data={"chosen": chosen, "proposal": (comp.proposals or [])[chosen]})

        return self._run_step(user, complaint_id, expected_version, "approve", apply)

    @changes(COMPLAINT)
    def send_back(self, user: CurrentUser, complaint_id: int, *, comment: str, expected_version: int) -> ComplaintDetail:
        """Step 4 退回: the supervisor returns the solutions with a comment; they are proposed again."""
        c = self._may(user, "return")
        comment_v = c.check("approval_comment", _required_text, comment)
        c.raise_if_any()

        def apply(s: Session, comp: Complaint, now: datetime) -> Step:
            comp.approved = False
            comp.approval_comment = comment_v
            comp.returned_count += 1
            return Step(note=comment_v, data={"proposals": list(comp.proposals or [])})

        return self._run_step(user, complaint_id, expected_version, "return", apply)

    @changes(COMPLAINT, CALLBACK)
    def implement(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        actions: str,
        accepted: bool | None,
        opinion: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 5 实施: what was done, and whether the complainant accepts it (they sign the printed
        form). Accepted: the complaint joins the callback queue (3 days). Not accepted: the
        complainant's opinion is kept and a new solution is needed (back to step 4)."""
        c = self._may(user, "implement")
        actions_v = c.check("actions_taken", _required_text, actions)
        opinion_v = c.check("complainant_opinion", clean_text, opinion)
        if accepted is None:  # the form starts with neither: the complainant's answer is asked
            c.add("accepted", "acceptance_not_chosen")
        elif not accepted and not opinion_v and "complainant_opinion" not in c.errors:
            c.add("complainant_opinion", "required")
        c.raise_if_any()

        def schedule_callback(s: Session, comp: Complaint, now: datetime) -> None:
            callbacks.schedule(
                s, "complaint", comp.id, ref_number=comp.number,
                summary=f"{comp.category}：{comp.content}", due_at=comp.due_at or now, at=now, by=user,
                room_code=_room_text(comp) or None, contact_name=comp.complainant, phone=comp.phone,
            )  # fmt: skip

        def apply(s: Session, comp: Complaint, now: datetime) -> Step:
            comp.actions_taken = actions_v
            comp.complainant_accepted = accepted
            comp.complainant_opinion = opinion_v
            if accepted:
                return Step("implement", State.CALLBACK, note=actions_v, data={"opinion": opinion_v}, then=schedule_callback)
            comp.approved = None
            return Step("not_accepted", State.PROPOSE, note=opinion_v, data={"actions": actions_v})

        return self._run_step(user, complaint_id, expected_version, "implement", apply)

    @changes(COMPLAINT)
    def close(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        improvement: str,
        summary: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 6 总结: the improvement measures (seed: 提出改进对策) and an evaluation; closed."""
        c = self._may(user, "close")
        improvement_v = c.check("improvement", _required_text, improvement)
        summary_v = c.check("summary", clean_text, summary)
        c.raise_if_any()

        def apply(s: Session, comp: Complaint, now: datetime) -> Step:
            comp.improvement = improvement_v
            comp.summary = summary_v
            return Step(note=improvement_v)

        return self._run_step(user, complaint_id, expected_version, "close", apply)

    # --- hooks called by the callback queue and the alerts ----------------------------------------

    def on_callback_recorded(self, session: Session, user: CurrentUser, callback: CallbackRow) -> str:
        """Step 6 回访, recorded in the shared callback queue, inside its transaction.
        满意 / 基本满意: the complaint waits for its summary. 不满意: step 5 is reopened."""
        comp = load_for_change(session, Complaint, callback.ref_id, None, lock=True)
        if State(comp.state) != State.CALLBACK:
            raise InvalidTransition("invalid_transition", state=comp.state, action="callback")
        if callback.satisfaction not in SATISFACTIONS:
            raise ValidationError({"satisfaction": "invalid"})
        before = audit.snapshot(comp, _FIELDS)
        comp.callback_at = callback.done_at or self._clock.now()
        comp.callback_by = callback.done_by_name or user.name
        comp.callback_method = callback.method
        comp.satisfaction = callback.satisfaction
        comp.callback_comment = callback.comments
        data = {
            "callback_id": callback.id, "round": callback.round, "satisfaction": callback.satisfaction,
            "method": callback.method, "done_at": callback.done_at,
        }  # fmt: skip
        if callback.satisfaction == UNSATISFIED:
            comp.reopened_count += 1
            comp.complainant_accepted = None
            self._move(session, comp, user, 6, "callback", State.IMPLEMENT, note=callback.comments,
                       before=before, data=data)  # fmt: skip
            self._event(session, comp, user, 5, "reopen", note=callback.comments)
            outcome = "reopened"
        else:
            self._move(session, comp, user, 6, "callback", State.CLOSE, note=callback.comments,
                       before=before, data=data)  # fmt: skip
            outcome = "called_back"
        _result(session, user, comp, self._clock.now())
        note(COMPLAINT)  # taken in the callback queue's call: the complaint changed too
        return outcome

    def on_alert_acknowledged(self, session: Session, user: CurrentUser, alert: AlertRow) -> None:
        """The supervisor took charge of a 重大 complaint: it goes on the complaint's timeline."""
        comp = session.get(Complaint, alert.ref_id)
        if comp is not None:
            self._event(session, comp, user, 0, "alert_ack", note=alert.ack_note, data={"alert_id": alert.id})
            note(COMPLAINT)

    @changes(COMPLAINT)
    def record_print(self, user: CurrentUser, complaint_id: int, *, target: str = "printer") -> int:
        """The form went to a printer or into a PDF file: on the timeline and in the audit trail.
        Returns which printing it was. Printing is not an edit: the count lives on the
        append-only timeline, so the complaint's version does not move and a step being typed
        on another counter is not disturbed."""
        require(user, Action.COMPLAINT_VIEW)
        if target not in ("printer", "pdf"):
            raise ValidationError({"target": "invalid"})
        with self._db.write() as s:
            comp = load_for_change(s, Complaint, complaint_id, None, lock=True)
            n = sum(1 for e in comp.events if e.action in ("print", "reprint")) + 1
            action = "print" if n == 1 else "reprint"
            self._event(s, comp, user, 0, action, data={"copy": n, "target": target})
            self._audit(s, user, comp.id, action, after={"copy": n, "target": target})
            return n

    @changes(COMPLAINT)
    def print_form(self, user: CurrentUser, complaint_id: int, *, target: str = "printer") -> ComplaintForm:
        """The form's data and its printing recorded at once (printing without a preview)."""
        form = self.print_data(user, complaint_id)
        self.record_print(user, complaint_id, target=target)
        return form
