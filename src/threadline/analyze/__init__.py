"""Analysis over the knowledge base: finding entities, timelines, corroboration, contradictions."""
from threadline.analyze.corroboration import ClaimGroup, claim_groups
from threadline.analyze.lookup import find_entity, spellings
from threadline.analyze.timeline import TimelineEntry, timeline

__all__ = ["find_entity", "spellings", "timeline", "TimelineEntry", "claim_groups", "ClaimGroup"]
