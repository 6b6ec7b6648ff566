"""Resolution: every mention to one canonical entity, stable across documents and runs."""
from threadline.resolve.entities import Resolution, Resolver

__all__ = ["Resolver", "Resolution"]
