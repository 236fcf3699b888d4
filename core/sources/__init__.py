"""Jobs from public job boards: pure mapping helpers (HTML to text, pay, places) and the one
deduplicated feed. The HTTP adapters that fetch them live in core/adapters/sources/."""
