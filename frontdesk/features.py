"""The features of FrontDesk: one line per feature. Each module named here exports ``FEATURE``
(a :class:`~frontdesk.services.core.features.Feature`), declared in the feature's own package;
nothing else in the code lists the record kinds."""

from __future__ import annotations

import importlib

from frontdesk.services.core.features import Feature, FeatureSet

FEATURE_MODULES: tuple[str, ...] = (
    "frontdesk.services.registry",
    "frontdesk.services.call_log",
    "frontdesk.services.work_orders",
    "frontdesk.services.callbacks",
    "frontdesk.services.complaints",
    "frontdesk.services.release_passes",
    "frontdesk.services.notices",
    "frontdesk.services.handover",
    "frontdesk.services.letters",
    "frontdesk.services.tips",
    "frontdesk.services.minutes",
    "frontdesk.services.documents",
    "frontdesk.services.receipts",
    "frontdesk.services.deposits",
    "frontdesk.services.arrears",
    "frontdesk.services.renovation",
    "frontdesk.services.visitors",
    "frontdesk.services.parcels",
    "frontdesk.services.keys",
    "frontdesk.services.loans",
    "frontdesk.services.archive_loans",
    "frontdesk.services.deliveries",
    "frontdesk.services.handovers_in",
    "frontdesk.services.service_levels",
    "frontdesk.services.monthly_report",
    "frontdesk.services.incidents",
)


def load_features(modules: tuple[str, ...] = FEATURE_MODULES, extra: tuple[Feature, ...] = ()) -> FeatureSet:
    found: list[Feature] = [importlib.import_module(m).FEATURE for m in modules]
    return FeatureSet([*found, *extra])
