"""Events: find the events an article reports and code each ACLED-style, with provenance."""
