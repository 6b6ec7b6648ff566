"""Threadline: an evidence-backed knowledge base built from reports on North Korea's defense industry."""
__version__ = "0.1.0"
