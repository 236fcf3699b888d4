"""The runtime: the auto-apply cycle, applying, notifying, status polling, the time budgets
(cycle deadline, circuit breaker) that keep a slow service from stalling them, and the rule
that nothing is sent before the person confirmed who they are."""
