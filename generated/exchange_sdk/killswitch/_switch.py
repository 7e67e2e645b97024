"""The dead-man's switch: ``DeadMansSwitch`` (sync, derived in ``_switch_sync.py``) and
``AsyncDeadMansSwitch`` (``_switch_async.py``, the one written by hand), with what they share
(``_switch_common``: the targets, the proof of arming, the status)."""

from __future__ import annotations

from ._switch_async import AsyncDeadMansSwitch
from ._switch_common import (
    Miss,
    SwitchNotArmedError,
    SwitchStatus,
    TargetStatus,
    heartbeat_interval,
)
from ._switch_sync import DeadMansSwitch

__all__ = [
    "AsyncDeadMansSwitch",
    "DeadMansSwitch",
    "Miss",
    "SwitchNotArmedError",
    "SwitchStatus",
    "TargetStatus",
    "heartbeat_interval",
]
