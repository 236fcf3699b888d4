"""Documents sent with an application: writing, checking, and laying them out as files.

The renderers (PDF, DOCX) are adapters in core.adapters; this package holds their port, the
layout they render from and the file names, so no rendering library reaches the rest of core.
"""
