from __future__ import annotations

import pytest

from dateline.errors import SettingsError
from dateline.settings import SETTINGS, Settings


def test_defaults_environment_and_overrides() -> None:
    assert Settings(environ={})["batch_size"] == 200
    assert Settings(environ={"DATELINE_BATCH_SIZE": "7"})["batch_size"] == 7
    assert Settings({"batch_size": "9"}, environ={"DATELINE_BATCH_SIZE": "7"})["batch_size"] == 9


def test_unknown_and_badly_typed_settings_are_rejected() -> None:
    with pytest.raises(SettingsError, match="unknown setting 'batchsize'"):
        Settings(batchsize=3)
    with pytest.raises(SettingsError, match="expects int"):
        Settings(batch_size="many")


def test_every_setting_has_help() -> None:
    assert all(s.help and s.name.islower() for s in SETTINGS)
