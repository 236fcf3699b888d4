"""Runtime: the auto-apply cycle, the apply routine, notifications, digests, status polling,
and who we are at the job portal."""
