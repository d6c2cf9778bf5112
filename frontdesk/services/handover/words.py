"""The handover's words: its Vocabulary, the one set of state words for lists, detail, the
接班 dialog, the export and the status bar."""

from __future__ import annotations

from frontdesk.services.core.features import Vocabulary

#: the one set of words for a handover's states (lists, detail, ack dialog, status bar, the printed
#: sheet) and for what the sheet groups and counts: section titles, the call log's tallies and the
#: notice statuses its items carry (printing/handover_words; the screens translate them under
#: "handover"). Other kinds' states are worded by their own vocabularies.
VOCABULARY = Vocabulary(
    "handover",
    "交接班",
    states={"draft": "草稿", "submitted": "待接班", "acknowledged": "已接班"},
    labels={
        "section": {
            "order.urgent": "本班紧急工单",
            "complaint.major": "本班重大投诉",
            "alert.open": "未确认的紧急警报",
            "order.open": "未关闭工单",
            "callback.due": "待回访（到期/逾期）",
            "complaint.open": "处理中投诉",
            "call.followup": "待跟进来电来访",
            "pass.issued": "本班开具放行条",
            "notice.reinspect": "待复查整改通知",
            "receipt.cash": "本班收款（按收款方式，交接时清点现金）",
            "receipt.total": "本班收款合计",
            "receipt.void": "本班作废收据",
            "deposit.refund": "本班退还押金（从收款中支出）",
        },
        #: the notice statuses a 待复查 item carries (services/notices: rules.notice_status)
        "notice": {
            "pending": "待复查",
            "due": "今日复查",
            "overdue": "逾期未复查",
            "followup_needed": "未整改，待发二次通知",
            "followed_up": "已发二次通知",
            "rectified": "已整改",
            "not_rectified": "未整改",
        },
        #: the call log's tallies (services/call_log: channel.*, kind.*, outcome.*, total)
        "tally_group": {"channel": "来电来访", "kind": "类别", "outcome": "处理结果"},
        "tally": {
            "channel.phone": "来电", "channel.visit": "来访", "channel.online": "线上", "channel.other": "其他",
            "kind.inquiry": "咨询", "kind.repair": "报修", "kind.complaint": "投诉", "kind.help": "求助",
            "kind.suggestion": "建议", "kind.praise": "表扬", "kind.other": "其他",
            "outcome.closed": "当场办结", "outcome.follow_up": "待跟进", "outcome.followed_up": "已跟进",
            "outcome.work_order": "转工单", "outcome.complaint": "转投诉",
        },
    },
    counts={"handover.unacked": "交接班超时未接班 {0}"},
)  # fmt: skip
