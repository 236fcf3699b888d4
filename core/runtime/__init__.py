"""The runtime: the auto-apply cycle, applying, notifying, status polling, who we are at the
job portal, the time budgets (cycle deadline, circuit breaker) that keep a slow service from
stalling them, and the rule that nothing is sent before the person confirmed who they are."""
