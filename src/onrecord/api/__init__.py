"""The web face of the record: HTML views, their JSON twins, and ``serve``."""

from onrecord.api.app import create_app
from onrecord.api.server import serve

__all__ = ["create_app", "serve"]
