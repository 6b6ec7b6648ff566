"""The analyst's workbench: ``threadline serve``, a web application and JSON API over the library.

Kept free of imports so the CLI can use ``threadline.web.auth`` (password and
token hashing) without loading FastAPI; the app is built by
``threadline.web.app.create_app``.
"""
