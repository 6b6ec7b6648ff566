"""Settings: defaults → TOML config file → THREADLINE_* environment → flags, and clear errors."""
from __future__ import annotations

import pytest

from threadline.errors import ConfigError
from threadline.settings import Settings


def _config(tmp_path, body):
    path = tmp_path / "threadline.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_when_nothing_is_given():
    s = Settings.load(env={})
    assert s == Settings()
    assert (s.db, s.batch_size, s.allow_private, s.offline) == ("threadline.db", 64, False, False)


def test_each_layer_overrides_the_one_before(tmp_path):
    cfg = _config(tmp_path, 'db = "from-file.db"\nbatch_size = 8\nfetch_timeout = 3.5\nuser_agent = "file-agent"\n')
    env = {"THREADLINE_BATCH_SIZE": "16", "THREADLINE_USER_AGENT": "env-agent", "THREADLINE_OFFLINE": "true"}
    s = Settings.load(config_file=cfg, env=env, user_agent="flag-agent", db=None)
    assert s.db == "from-file.db"           # file over default; a None flag changes nothing
    assert s.fetch_timeout == 3.5           # file
    assert s.batch_size == 16               # env over file, read as an int
    assert s.offline is True                # env, read as a bool
    assert s.user_agent == "flag-agent"     # flag over env over file


def test_config_file_can_come_from_the_environment(tmp_path):
    cfg = _config(tmp_path, "max_bytes = 1234\n")
    assert Settings.load(env={"THREADLINE_CONFIG": str(cfg)}).max_bytes == 1234


@pytest.mark.parametrize("raw, expected", [("1", True), ("yes", True), ("ON", True), ("0", False), ("off", False)])
def test_booleans_from_the_environment(raw, expected):
    assert Settings.load(env={"THREADLINE_ALLOW_PRIVATE": raw}).allow_private is expected


def test_unknown_key_in_the_config_file_is_a_config_error_naming_it(tmp_path):
    cfg = _config(tmp_path, "batch_sise = 8\n")
    with pytest.raises(ConfigError, match="batch_sise"):
        Settings.load(config_file=cfg, env={})


def test_unknown_flag_is_a_config_error():
    with pytest.raises(ConfigError, match="colour"):
        Settings.load(env={}, colour="red")


@pytest.mark.parametrize("name, raw", [("BATCH_SIZE", "many"), ("FETCH_TIMEOUT", "soon"), ("OFFLINE", "maybe")])
def test_bad_value_in_the_environment_is_a_config_error(name, raw):
    with pytest.raises(ConfigError) as info:
        Settings.load(env={f"THREADLINE_{name}": raw})
    assert name.lower() in str(info.value) and raw in str(info.value)


def test_bad_type_in_the_config_file_is_a_config_error(tmp_path):
    cfg = _config(tmp_path, 'batch_size = "many"\n')
    with pytest.raises(ConfigError, match="batch_size"):
        Settings.load(config_file=cfg, env={})


def test_unreadable_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="missing.toml"):
        Settings.load(config_file=tmp_path / "missing.toml", env={})
    cfg = _config(tmp_path, "batch_size = = 8\n")
    with pytest.raises(ConfigError, match="threadline.toml"):
        Settings.load(config_file=cfg, env={})


def test_settings_are_frozen():
    with pytest.raises(Exception):
        Settings().batch_size = 3


@pytest.mark.parametrize("body", ["batch_size = 8.5\n", "offline = 1\n", "db = 5\n", "fetch_timeout = true\n"])
def test_wrong_non_string_type_in_the_config_file_is_a_config_error(tmp_path, body):
    with pytest.raises(ConfigError):
        Settings.load(config_file=_config(tmp_path, body), env={})


def test_an_int_in_the_config_file_is_fine_for_a_float_setting(tmp_path):
    assert Settings.load(config_file=_config(tmp_path, "fetch_timeout = 7\n"), env={}).fetch_timeout == 7.0
