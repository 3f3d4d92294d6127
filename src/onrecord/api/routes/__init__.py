"""The views, one module per kind of thing the record holds."""

from onrecord.api.routes import articles, home, speakers, statements

ROUTERS = (home.router, statements.router, speakers.router, articles.router)

__all__ = ["ROUTERS"]
