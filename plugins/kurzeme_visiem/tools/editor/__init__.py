"""The browser editor (Decap CMS) of the preview: ``/admin/`` and its write backend, never in a public build."""

from .handlers import editor_routes

__all__ = ["editor_routes"]
