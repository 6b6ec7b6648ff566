"""The ``threadline`` command: a thin layer over the library.

Each command parses its flags into ``Settings``, calls one library function
and prints the result (``output.py``). No logic lives here. The commands are
grouped by what they do: ``ingesting``, ``listings``, ``exporting``,
``decisions``, ``watching``, ``serving`` (the workbench), ``database`` (upgrade, backup); ``common`` holds what they share.

The library is imported inside each command, not at the top: ``--help`` and
``--version`` must start in well under half a second, and spaCy alone takes
seconds to import.
"""
from threadline.cli import database, decisions, exporting, ingesting, listings, serving, watching  # noqa: F401 (registers commands)
from threadline.cli.common import (EXIT_CRASH, EXIT_ERROR, EXIT_INPUTS_FAILED, EXIT_INTERRUPTED, alias_app, app,
                                   entity_app, err, out, plain_metavars, watch_app)

plain_metavars(app, entity_app, alias_app, watch_app, serving.user_app, serving.token_app, database.db_app)

__all__ = ["app", "out", "err", "EXIT_INPUTS_FAILED", "EXIT_ERROR", "EXIT_CRASH", "EXIT_INTERRUPTED"]
