"""Extraction: from a release's text to the exchange record a political scientist would write."""
