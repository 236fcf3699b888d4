"""Command line: `python -m mock_portal --port 0 --fail-rate 0.2 ...` (flags over MOCK_PORTAL_*)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from mock_portal.catalog import JobFileError
from mock_portal.faults import FaultConfig, truthy
from mock_portal.limits import DEFAULT_MAX_BODY_BYTES
from mock_portal.server import default_db_path, run

ENV_PREFIX = "MOCK_PORTAL_"


def _env(name: str, conv: Callable[[str], Any], default: Any) -> Any:
    raw = os.environ.get(ENV_PREFIX + name)
    if raw in (None, ""):
        return default
    try:
        return conv(raw)
    except ValueError:
        raise SystemExit(f"invalid {ENV_PREFIX}{name}={raw!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m mock_portal",
        description="Local mock job portal. Every flag defaults to MOCK_PORTAL_<FLAG_NAME>.",
    )
    p.add_argument("--host", default=_env("HOST", str, "127.0.0.1"))
    p.add_argument("--port", type=int, default=_env("PORT", int, 5000), help="0: any free port")
    p.add_argument("--jobs", default=_env("JOBS", str, None), help="jobs JSON (default: shipped)")
    p.add_argument("--db", default=_env("DB", str, None), help=f"default: {default_db_path()}")
    p.add_argument("--seed", type=int, default=_env("SEED", int, 0))
    p.add_argument(
        "--decision-delay",
        type=float,
        default=_env("DECISION_DELAY", float, 30.0),
        help="seconds before an application is decided (0 allowed)",
    )
    p.add_argument("--accept-rate", type=float, default=_env("ACCEPT_RATE", float, 0.5))
    p.add_argument(
        "--ignore-idempotency",
        action="store_true",
        default=_env("IGNORE_IDEMPOTENCY", truthy, False),
        help="behave like the original: ignore Idempotency-Key, never 409",
    )
    p.add_argument(
        "--max-body-bytes", type=int, default=_env("MAX_BODY_BYTES", int, DEFAULT_MAX_BODY_BYTES)
    )
    try:
        env_faults = FaultConfig.from_env()
    except ValueError as exc:
        raise SystemExit(f"invalid MOCK_PORTAL_* fault setting: {exc}") from None
    f = p.add_argument_group("fault injection (seeded; /apply only unless --fault-all-endpoints)")
    f.add_argument("--fail-rate", type=float, default=env_faults.fail_rate, help="500/503")
    f.add_argument("--rate-limit-rate", type=float, default=env_faults.rate_limit_rate, help="429")
    f.add_argument("--retry-after", type=int, default=env_faults.retry_after, help="seconds")
    f.add_argument("--latency-ms", type=int, default=env_faults.latency_ms)
    f.add_argument(
        "--drop-rate",
        type=float,
        default=env_faults.drop_rate,
        help="commit the application, then close the connection without a response",
    )
    f.add_argument(
        "--fault-all-endpoints",
        action="store_true",
        default=env_faults.all_endpoints,
        help="also fault /search and /status",
    )
    f.add_argument("--fault-seed", type=int, default=env_faults.seed, help="default: --seed")
    p.add_argument("--log-level", default=_env("LOG_LEVEL", str, "warning"))
    p.add_argument("--access-log", action="store_true", default=_env("ACCESS_LOG", truthy, False))
    p.add_argument(
        "--exit-with-parent",
        action="store_true",
        default=_env("EXIT_WITH_PARENT", truthy, False),
        help="shut down when the parent process dies (used by mock_portal.testing)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        faults = FaultConfig(
            fail_rate=args.fail_rate,
            rate_limit_rate=args.rate_limit_rate,
            retry_after=args.retry_after,
            latency_ms=args.latency_ms,
            drop_rate=args.drop_rate,
            all_endpoints=args.fault_all_endpoints,
            seed=args.fault_seed,
        )
        run(
            args.host,
            args.port,
            args.jobs,
            args.db,
            faults,
            seed=args.seed,
            decision_delay=args.decision_delay,
            accept_rate=args.accept_rate,
            ignore_idempotency=args.ignore_idempotency,
            max_body_bytes=args.max_body_bytes,
            log_level=args.log_level.lower(),
            access_log=args.access_log,
            exit_with_parent=args.exit_with_parent,
        )
    except (ValueError, JobFileError, OSError) as exc:
        print(f"mock_portal: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
