"""Runtime: the auto-apply cycle, the apply routine, notifications, digests, status polling,
and the rule that nothing is sent before the person confirmed who they are."""
