"""Domain packs: data about the subject, not code paths.

``load_pack()`` gives the bundled gazetteer, organizations and facilities
(:mod:`threadline.domain.pack`); ``threadline.domain.rules`` loads the outlet,
boilerplate and event-trigger rules.
"""
from threadline.domain.pack import DomainPack, load_pack

__all__ = ["DomainPack", "load_pack"]
