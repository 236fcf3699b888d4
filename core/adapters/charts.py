"""`ChartRenderer` on matplotlib: applications per day and the funnel, as one PNG."""

from __future__ import annotations

import io
import threading

import matplotlib

matplotlib.use("Agg")  # no display: render to memory only

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from core.chat.charts import ChartData

_BLUE = "#3b6ea5"
_GREEN = "#4c9a6a"


class MatplotlibCharts:
    """Draws with the object API (no pyplot global state); a lock keeps one drawing at a time,
    since matplotlib's font and text caches are not made for threads."""

    def __init__(self, *, dpi: int = 110) -> None:
        self.dpi = dpi
        self._lock = threading.Lock()

    def render(self, data: ChartData) -> bytes:
        with self._lock:
            return self._draw(data)

    def _draw(self, data: ChartData) -> bytes:
        figure = Figure(figsize=(7.0, 6.0), dpi=self.dpi, layout="constrained")
        FigureCanvasAgg(figure)
        per_day, funnel = figure.subplots(2, 1, height_ratios=[3, 2])
        figure.suptitle(data.title, fontsize=13)

        labels = [day[5:] for day, _ in data.per_day]  # MM-DD
        counts = [count for _, count in data.per_day]
        positions = list(range(len(labels)))
        per_day.bar(positions, counts, color=_BLUE)
        per_day.set_xticks(positions, labels, rotation=45, ha="right", fontsize=8)
        per_day.set_ylabel("applied")
        per_day.set_title("Applications per day", fontsize=10)
        per_day.yaxis.get_major_locator().set_params(integer=True)
        per_day.spines[["top", "right"]].set_visible(False)

        stages = [stage for stage, _ in data.funnel][::-1]
        values = [value for _, value in data.funnel][::-1]
        bars = funnel.barh(stages, values, color=_GREEN)
        funnel.bar_label(bars, padding=3, fontsize=9)
        funnel.set_title("From found to accepted", fontsize=10)
        funnel.set_xlim(0, max([*values, 1]) * 1.15)
        funnel.spines[["top", "right"]].set_visible(False)

        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
