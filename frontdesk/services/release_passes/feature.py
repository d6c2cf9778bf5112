"""The registration of release passes (frontdesk.features)."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.permissions import Action
from frontdesk.services.release_passes.export import VOCABULARY
from frontdesk.services.release_passes.rules import PASS, PREFIX
from frontdesk.services.release_passes.service import ReleasePassService
from frontdesk.services.release_passes.signing import PassSigner, default_key_path


def _build(env: FeatureEnv) -> ReleasePassService:
    return ReleasePassService(env.db, env.clock, PassSigner(default_key_path(env.db.sqlite_path, env.data_dir)))


FEATURE = Feature(
    kind=PASS,
    key="release_passes",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(
        TabSpec("frontdesk.ui.release_passes.tab:ReleasePassTab", 60, Action.PASS_ISSUE, title="放行条"),
        TabSpec("frontdesk.ui.release_passes.gate_check:GateCheckTab", 70, Action.PASS_VERIFY, title="门岗核验"),
    ),
    prefix=PREFIX,
    export=ReleasePassService.export_default,
    summary="大件物品放行条：核实业主后开具带二维码的放行条；门岗扫码核验。",
)
