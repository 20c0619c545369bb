"""Scorers that reproduce the field's metrics (geoparsing, ACLED locations, ...)."""
