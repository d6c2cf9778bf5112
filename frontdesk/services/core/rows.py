"""Rows from records: a frozen row dataclass filled from the same-named attributes of a model.

Every feature hands the UI frozen rows (``ComplaintDetail``, ``PassDetail`` …) made from its
models, and most of a row is the model's columns under the same names, a NULL text read as "".
:func:`row_from` does that copying once; a converter names only what it computes (a masked
phone, a state word, a related record's name, the allowed actions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import MISSING, fields
from typing import Any, TypeVar

R = TypeVar("R")


def row_from(cls: type[R], record: object, **given: Any) -> R:
    """``cls(**values)``: ``given`` as passed; every other field of the dataclass ``cls`` is the
    record's attribute of the same name, a ``str`` field reading NULL as "" (a field with a
    default that the record does not have keeps its default)."""
    values = dict(given)
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in values or not f.init:
            continue
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default and not hasattr(record, f.name):
            continue
        value = getattr(record, f.name)
        if value is None and f.type in ("str", str):
            value = ""
        values[f.name] = value
    return cls(**values)


def columns_of(record: object, names: Sequence[str]) -> dict[str, Any]:
    """The named attributes of a record as they are, to make another record from it (a
    correction carries its original's content over)."""
    return {name: getattr(record, name) for name in names}
