"""How long a sandboxed child may take: its wall-clock limit, stretched while the machine,
not the file, keeps it waiting.

A crafted PDF burns CPU and is stopped by the child's CPU limits; an honest resume on a busy
machine spends its time waiting for a CPU. Linux says which (/proc/PID/schedstat: nanoseconds
run, nanoseconds waited on a run queue), so a child that waited at least as long as it ran is
given another period, up to `STRETCH` periods in all. Elsewhere the limit stays fixed.
"""

from __future__ import annotations

from pathlib import Path

STRETCH = 3  # periods of `timeout_s` at most, however busy the machine


def run_and_waited(pid: int) -> tuple[float, float] | None:
    """Seconds process `pid` has run and waited for a CPU; None where the kernel does not say."""
    try:
        fields = Path(f"/proc/{pid}/schedstat").read_text().split()
        return int(fields[0]) / 1e9, int(fields[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


def kept_waiting(pid: int, periods: int) -> bool:
    """After `periods` wall-clock periods: did the child wait for a CPU at least as long as it
    ran (so it deserves one more period)?"""
    if periods >= STRETCH:
        return False
    times = run_and_waited(pid)
    return times is not None and times[1] >= times[0]
