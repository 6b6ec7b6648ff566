"""Tests of threadline.ingest."""
