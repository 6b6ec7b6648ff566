"""The ``threadline`` command: a thin layer over the library.

Each command parses its flags into ``Settings``, calls one library function
and prints the result (``output.py``). No logic lives here. The commands are
grouped by what they do: ``ingesting``, ``listings``, ``exporting``,
``decisions``, ``watching``; ``common`` holds what they share.

The library is imported inside each command, not at the top: ``--help`` and
``--version`` must start in well under half a second, and spaCy alone takes
seconds to import.
"""
from threadline.cli import decisions, exporting, ingesting, listings, watching  # noqa: F401 (registers commands)
from threadline.cli.common import alias_app, app, entity_app, err, out, plain_metavars, watch_app

plain_metavars(app, entity_app, alias_app, watch_app)

__all__ = ["app", "out", "err"]
