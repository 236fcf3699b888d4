"""Documents sent with an application: the offline writer, the fact check, the guard, the
linter and the review that decides what may be sent, and the layout, file names and renderer
port for PDF and DOCX (the renderers are adapters in core.adapters, so no rendering library
reaches the rest of core)."""
