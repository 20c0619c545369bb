"""Timelines: a story as dated entries, each linked to the articles it came from."""

from __future__ import annotations

from .basic import build_timeline, main_subject

__all__ = ["build_timeline", "main_subject"]
