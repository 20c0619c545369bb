"""Scorers that reproduce the field's metrics (here: timeline summarization, as tilse scores it)."""
