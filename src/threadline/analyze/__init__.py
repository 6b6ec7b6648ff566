"""Analysis over the knowledge base: finding entities, timelines, corroboration, contradictions."""
from threadline.analyze.contradictions import Contradiction, find_contradictions
from threadline.analyze.corroboration import ClaimGroup, claim_groups, claims_about
from threadline.analyze.by_subject import SubjectGroup, groups_by_subject
from threadline.analyze.happenings import Happening, group_happenings, run_happenings
from threadline.analyze.lookup import find_entity, spellings, suggestions
from threadline.analyze.merging import MergeRefused, merge_problem
from threadline.analyze.reports import count_reports, find_reports
from threadline.analyze.watching import WatchNews, watch_news
from threadline.analyze.timeline import COUNT_CAP, TimelineEntry, count_events, find_events, timeline

__all__ = ["find_entity", "spellings", "suggestions", "timeline", "TimelineEntry", "find_events", "count_events", "COUNT_CAP", "claim_groups", "claims_about", "Contradiction", "find_contradictions",
           "ClaimGroup", "SubjectGroup", "groups_by_subject", "Happening", "group_happenings", "run_happenings", "merge_problem", "MergeRefused", "find_reports", "count_reports", "watch_news", "WatchNews"]
