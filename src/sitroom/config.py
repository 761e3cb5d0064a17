"""The sitroom configuration file (TOML), e.g. ``sitroom.toml``::

    [dictionaries]
    dir = "my_dictionaries"   # folder of PETRARCH/TABARI dictionaries, relative to this file
    mode = "extend"           # "extend": on top of the shipped ones; "replace": instead of them
    strict = true             # a malformed dictionary line is an error (false: warn and skip)

    [coder]
    classifiers = true        # the sentence classifiers' second opinions (false: dictionaries alone)

The file is found by `find_config`: an explicit path, else the ``SITROOM_CONFIG`` environment
variable, else ``sitroom.toml`` in the working directory. A missing file means the defaults.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_ENV = "SITROOM_CONFIG"
CONFIG_NAME = "sitroom.toml"
DICTIONARY_MODES = ("extend", "replace")


class ConfigError(ValueError):
    """A configuration file that cannot be used; str() names the file."""


@dataclass(slots=True)
class DictionarySettings:
    dir: Path | None = None
    mode: str = "extend"
    strict: bool = True


@dataclass(slots=True)
class CoderSettings:
    # the CAMEO and ACLED sentence classifiers (events/cameo_model.py, events/acled_model.py);
    # off, the codes come from the dictionaries and rules alone, as PETRARCH-style coders give them
    classifiers: bool = True


@dataclass(slots=True)
class SitroomConfig:
    path: Path | None = None  # the file the settings came from (None: defaults)
    dictionaries: DictionarySettings = field(default_factory=DictionarySettings)
    coder: CoderSettings = field(default_factory=CoderSettings)


def find_config(explicit: str | Path | None = None) -> Path | None:
    """The configuration file to use, or None when there is none."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        return path
    env = os.environ.get(CONFIG_ENV)
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file (from ${CONFIG_ENV})")
        return path
    local = Path.cwd() / CONFIG_NAME
    return local if local.is_file() else None


def load_config(path: str | Path | None = None) -> SitroomConfig:
    """Settings from `path` (or the file `find_config` finds); defaults when there is none."""
    found = find_config(path)
    if found is None:
        return SitroomConfig()
    try:
        raw = tomllib.loads(found.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{found}: {exc}") from None
    return SitroomConfig(found, _dictionary_settings(found, raw.get("dictionaries", {})),
                         _coder_settings(found, raw.get("coder", {})))


def _coder_settings(path: Path, table: object) -> CoderSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [coder] must be a table")
    unknown = set(table) - {"classifiers"}
    if unknown:
        raise ConfigError(f"{path}: unknown [coder] key(s): {', '.join(sorted(unknown))}")
    classifiers = table.get("classifiers", True)
    if not isinstance(classifiers, bool):
        raise ConfigError(f"{path}: [coder] classifiers must be true or false")
    return CoderSettings(classifiers)


def _dictionary_settings(path: Path, table: object) -> DictionarySettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [dictionaries] must be a table")
    unknown = set(table) - {"dir", "mode", "strict"}
    if unknown:
        raise ConfigError(f"{path}: unknown [dictionaries] key(s): {', '.join(sorted(unknown))}")
    settings = DictionarySettings()
    if "dir" in table:
        if not isinstance(table["dir"], str) or not table["dir"]:
            raise ConfigError(f"{path}: [dictionaries] dir must be a folder path")
        folder = Path(table["dir"]).expanduser()
        settings.dir = folder if folder.is_absolute() else (path.parent / folder)
    mode = table.get("mode", settings.mode)
    if mode not in DICTIONARY_MODES:
        raise ConfigError(f"{path}: [dictionaries] mode must be one of {DICTIONARY_MODES}, not {mode!r}")
    settings.mode = mode
    strict = table.get("strict", settings.strict)
    if not isinstance(strict, bool):
        raise ConfigError(f"{path}: [dictionaries] strict must be true or false")
    settings.strict = strict
    return settings


def dictionary_settings(dictionaries: Path | None = None, mode: str | None = None,
                        strict: bool | None = None, config: str | Path | None = None) -> DictionarySettings:
    """Explicit options (e.g. --dictionaries) over the configuration file over the defaults."""
    settings = load_config(config).dictionaries
    return DictionarySettings(
        dir=Path(dictionaries) if dictionaries is not None else settings.dir,
        mode=mode if mode is not None else settings.mode,
        strict=strict if strict is not None else settings.strict,
    )
