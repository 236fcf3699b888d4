"""The runtime: the auto-apply cycle, applying, notifying, status polling and the time budgets
(cycle deadline, circuit breaker) that keep a slow outside service from stalling them."""
