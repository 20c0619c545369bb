"""Scorers that reproduce the field's metrics (TE3, tilse timeline ROUGE, geoparsing, ACLED locations)."""
