"""Links: temporal relations between events, time expressions and the publication date."""
