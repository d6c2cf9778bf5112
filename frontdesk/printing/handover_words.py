"""Words for a handover: section titles, the features' state codes, tallies, shift labels.

Kept free of Qt so the printed sheet (always Chinese) and the screens (translated through Qt with
the context "handover") say the same thing. The words are the vocabularies' (the handover's own
for its states, sections, tallies and notice statuses; each kind's for its states); the phrases
here are marked with ``QT_TRANSLATE_NOOP`` so lupdate collects them. The screens pass ``tr`` to
translate, the printed sheet does not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from frontdesk.services.call_log.rows import VOCABULARY as CALL_WORDS
from frontdesk.services.callbacks.rows import VOCABULARY as CALLBACK_WORDS
from frontdesk.services.clock import to_local
from frontdesk.services.complaints.rules import VOCABULARY as COMPLAINT_WORDS
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, FeatureSet, Vocabulary
from frontdesk.services.handover.rows import HandoverDetail, ItemRow
from frontdesk.services.handover.shifts import ShiftWindow
from frontdesk.services.handover.words import VOCABULARY as HANDOVER_WORDS
from frontdesk.services.release_passes.export import VOCABULARY as PASS_WORDS
from frontdesk.services.work_orders.rules import VOCABULARY as ORDER_WORDS

Tr = Callable[[str], str]


def _same(text: str) -> str:
    return text


WORDS = HANDOVER_WORDS.labels
OTHER_SECTION = QT_TRANSLATE_NOOP("handover", "其他事项（{0}）")
#: the state words of the kinds whose items the handover lists: each kind's own vocabulary (the
#: screens word these through the registered features); the notice statuses are the handover's
RECORD_STATES: dict[str, Mapping[str, str]] = {
    "order": ORDER_WORDS.states,
    "complaint": COMPLAINT_WORDS.states,
    "call": CALL_WORDS.states,
    "pass": PASS_WORDS.states,
    "notice": WORDS["notice"],
}

TOTAL = QT_TRANSLATE_NOOP("handover", "合计 {0}")
COUNT = QT_TRANSLATE_NOOP("handover", "{0} {1}")
GROUP = QT_TRANSLATE_NOOP("handover", "{0}：")
NEXT_DAY = QT_TRANSLATE_NOOP("handover", "次日{0}")
SHIFT = QT_TRANSLATE_NOOP("handover", "{0} {1} {2}–{3}")
OVERDUE_AT = QT_TRANSLATE_NOOP("handover", "{0}（已逾期）")
OVERDUE = QT_TRANSLATE_NOOP("handover", "已逾期")


def _registered() -> dict[str, Any]:
    """Every registered kind's vocabulary by kind name (read once): a kind added later words its
    handover sections and states itself (its ``counts`` words name a flag's section)."""
    if not _VOCABULARIES:
        from frontdesk.features import load_features  # late: the features import the handover

        for feature in load_features():
            for kind in feature.all_kinds:
                _VOCABULARIES.setdefault(kind.name, feature.vocabulary)
    return _VOCABULARIES


_VOCABULARIES: dict[str, Any] = {}


def section_title(code: str, tr: Tr = _same) -> str:
    title = WORDS["section"].get(code)
    if title:
        return tr(title)
    vocabulary = _registered().get(code.partition(".")[0])
    words = vocabulary.counts.get(code, "") if vocabulary is not None else ""
    if words:  # "联系单逾期未回复 {0}" → 联系单逾期未回复
        return words.replace("{0}", "").strip()
    return tr(OTHER_SECTION).format(code)


def kind_vocabulary(features: FeatureSet | None, section: str, ref_kind: str) -> Vocabulary | None:
    """The vocabulary of the registered kind an item comes from: the kind its section names
    (``key.overdue`` → key), else the kind it refers to."""
    if features is None:
        return None
    for name in (section.split(".", 1)[0], ref_kind):
        try:
            vocabulary = features.vocabulary(Kind.named(name))
        except KeyError:
            continue
        if vocabulary is not None:
            return vocabulary
    return None


def flag_phrase(features: FeatureSet | None, code: str) -> tuple[str, str] | None:
    """For a section a record kind's flag makes (``key.overdue``), the kind's words for that
    flag as (translation context, phrase with ``{0}`` for a number); None for the handover's
    own sections and unknown ones."""
    if code in WORDS["section"]:
        return None
    vocabulary = kind_vocabulary(features, code, "")
    phrase = vocabulary.counts.get(code) if vocabulary is not None else None
    return (vocabulary.context, phrase) if vocabulary is not None and phrase else None


def handover_state(state: str, tr: Tr = _same) -> str:
    return tr(HANDOVER_WORDS.states[state]) if state in HANDOVER_WORDS.states else state


def state_text(section: str, ref_kind: str, code: str, tr: Tr = _same) -> str:
    """Words for the state code a feature put on its item (unknown codes are shown as they are)."""
    table = CALLBACK_WORDS.states if section == "callback.due" else RECORD_STATES.get(ref_kind, {})
    if code in table:
        return tr(table[code])
    vocabulary = _registered().get(ref_kind)
    return vocabulary.state(code) if vocabulary is not None else code


def fmt_time(value: datetime | None, with_date: bool = True) -> str:
    if value is None:
        return ""
    return to_local(value).strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def short_time(value: datetime | None) -> str:
    """``11-27 15:50`` (the year is implied in a handover's table)."""
    return to_local(value).strftime("%m-%d %H:%M") if value is not None else ""


def due_text(item: ItemRow, short: bool = False, tr: Tr = _same) -> str:
    """The deadline; a deadline at local midnight is a day (a follow-up "by the 28th")."""
    due = item.due_at
    if due is not None and (to_local(due).hour, to_local(due).minute) == (0, 0):
        text = to_local(due).strftime("%m-%d" if short else "%Y-%m-%d")
    else:
        text = short_time(due) if short else fmt_time(due)
    if item.overdue:
        text = tr(OVERDUE_AT).format(text) if text else tr(OVERDUE)
    return text


def item_text(item: ItemRow) -> str:
    """What the item is about: its summary, with the room and the person the feature passed in
    ``extra`` when the summary does not already say them."""
    text = item.summary
    room = (item.extra.get("room") or "").strip()
    person = (item.extra.get("person") or item.extra.get("contact") or "").strip()
    if room and room not in text:
        text = f"{room} {text}"
    if person and person not in text:
        text = f"{text}（{person}）"
    return text


def shift_label(w: ShiftWindow, tr: Tr = _same) -> str:
    """``2026-11-27 早班 08:00–16:00``; a shift ending at midnight ends at 24:00."""
    start = to_local(w.start)
    end = to_local(w.end)
    if end.date() > start.date():
        end_text = "24:00" if (end.hour, end.minute) == (0, 0) else tr(NEXT_DAY).format(end.strftime("%H:%M"))
    else:
        end_text = end.strftime("%H:%M")
    return tr(SHIFT).format(start.strftime("%Y-%m-%d"), w.name, start.strftime("%H:%M"), end_text)


def tally_lines(detail: HandoverDetail, tr: Tr = _same) -> list[str]:
    """The shift's tallies as lines: ``来电来访：来电 7 · 来访 3 · 合计 10``, ``类别：报修 2 · 咨询 5``."""
    groups: dict[str, list[str]] = {}
    totals: list[str] = []
    for item in detail.counts:
        for key, n in item.tallies():
            if key == "total":
                totals.append(tr(TOTAL).format(n))
                continue
            prefix = key.split(".", 1)[0] if "." in key else ""
            word = tr(WORDS["tally"][key]) if key in WORDS["tally"] else key.split(".", 1)[-1]
            groups.setdefault(prefix, []).append(tr(COUNT).format(word, n))
    lines = []
    for i, (prefix, parts) in enumerate(groups.items()):
        if i == 0:
            parts = parts + totals
        title = tr(WORDS["tally_group"][prefix]) if prefix in WORDS["tally_group"] else prefix
        lines.append((tr(GROUP).format(title) if title else "") + " · ".join(parts))
    if not groups and totals:
        lines.append(" · ".join(totals))
    return lines
