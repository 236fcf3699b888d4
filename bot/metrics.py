"""The Prometheus adapter of `core.metrics.Metrics`, and the gauges read from the database."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from core.models import AppState
from storage.stats_store import StatsStore

# Seconds: a cycle runs from a second to the deadline (10 min by default).
CYCLE_BUCKETS = (0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800)
LLM_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
LAG_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)


class PrometheusMetrics:
    """`core.metrics.Metrics` on prometheus_client, in a registry of its own."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.cycles = Counter(
            "jobbot_cycles", "Auto-apply cycles finished, by outcome", ["outcome"], registry=r
        )
        self.cycle_seconds = Histogram(
            "jobbot_cycle_duration_seconds",
            "Auto-apply cycle duration",
            buckets=CYCLE_BUCKETS,
            registry=r,
        )
        self.llm_calls = Counter(
            "jobbot_llm_calls",
            "LLM calls, by engine, task and outcome",
            ["engine", "task", "outcome"],
            registry=r,
        )
        self.llm_seconds = Histogram(
            "jobbot_llm_call_duration_seconds",
            "LLM call latency, by engine",
            ["engine"],
            buckets=LLM_BUCKETS,
            registry=r,
        )
        self.portal_errors = Counter(
            "jobbot_portal_errors", "Job portal errors, by kind", ["kind"], registry=r
        )
        self.lag = Histogram(
            "jobbot_notification_lag_seconds",
            "From a notification's creation (or due time) to its delivery",
            buckets=LAG_BUCKETS,
            registry=r,
        )

    def cycle_finished(self, outcome: str, seconds: float) -> None:
        self.cycles.labels(outcome).inc()
        self.cycle_seconds.observe(seconds)

    def llm_call(self, engine: str, task: str, outcome: str, seconds: float) -> None:
        self.llm_calls.labels(engine, task, outcome).inc()
        self.llm_seconds.labels(engine).observe(seconds)

    def portal_error(self, kind: str) -> None:
        self.portal_errors.labels(kind).inc()

    def notification_delivered(self, lag_seconds: float) -> None:
        self.lag.observe(lag_seconds)

    def watch(self, store: StatsStore) -> None:
        """Add the database gauges, read at each scrape."""
        self.registry.register(StoreGauges(store))


class StoreGauges(Collector):
    """Applications by state and the outbox backlog, from one scrape-time read."""

    def __init__(self, store: StatsStore) -> None:
        self.store = store

    def collect(self) -> Iterator[GaugeMetricFamily]:
        figures = self.store.figures()
        states = GaugeMetricFamily(
            "jobbot_applications", "Applications by state (all users)", labels=["state"]
        )
        for state in AppState:  # every state, 0 included, so a series never vanishes
            states.add_metric([state.value], figures.applications.get(state.value, 0))
        yield states
        yield GaugeMetricFamily(
            "jobbot_outbox_depth", "Notifications not yet delivered", value=figures.outbox_depth
        )
        yield GaugeMetricFamily(
            "jobbot_outbox_oldest_due_seconds",
            "Age of the oldest due notification not yet delivered",
            value=figures.oldest_undelivered_s,
        )

    def describe(self) -> Iterator[GaugeMetricFamily]:
        return iter(())  # no read at registration time
