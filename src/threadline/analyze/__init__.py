"""Analysis over the knowledge base: finding entities, timelines, corroboration, contradictions."""
from threadline.analyze.corroboration import ClaimGroup, claim_groups
from threadline.analyze.lookup import find_entity, spellings
from threadline.analyze.timeline import TimelineEntry, find_events, timeline

__all__ = ["find_entity", "spellings", "timeline", "TimelineEntry", "find_events", "claim_groups", "ClaimGroup"]
