"""Application documents: the offline writer, the fact check, the guard, the linter and review."""
