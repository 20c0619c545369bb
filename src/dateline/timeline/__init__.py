"""Timelines: a story as dated entries, each linked to the articles it came from."""

from __future__ import annotations

from .basic import build_timeline, main_subject
from .events import event_timeline
from .summarize import TimelineConfig, summarize

__all__ = ["TimelineConfig", "build_timeline", "event_timeline", "main_subject", "summarize"]
