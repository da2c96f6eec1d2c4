"""MIME types for drag and drop between pmdesk's views."""

# A JSON list of timeline event ids, e.g. "[12, 15]".
TIMELINE_EVENTS_MIME = "application/x-pmdesk-timeline-events"
