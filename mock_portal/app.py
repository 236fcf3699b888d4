"""Build the FastAPI application: routes, error handlers and the ASGI middleware stack."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from mock_portal.catalog import Catalog, load_jobs, parse_jobs
from mock_portal.config import PortalConfig
from mock_portal.extensions import extension_router
from mock_portal.faults import FaultMiddleware
from mock_portal.limits import BodyLimitMiddleware
from mock_portal.models import Job
from mock_portal.routes import protocol_router
from mock_portal.service import Clock, Portal, PortalError
from mock_portal.store import ApplicationStore

logger = logging.getLogger(__name__)

DESCRIPTION = """
A local job portal for safe testing and demos.

**Protocol** (the original portal's, kept exactly): `GET /`, `POST /search`, `POST /apply`,
`GET /status`.

**Extensions** (clients must not depend on them): `GET /jobs`, `GET /jobs/{id}`, `GET /health`,
the `Idempotency-Key` header and 409 on `/apply`, decisions that move from `on_process` to
`accepted`/`rejected` after `--decision-delay` seconds, and seeded fault injection
(500/503, 429 with Retry-After, latency, commit-then-drop) set by flags or `MOCK_PORTAL_*`
environment variables.

**Test only**: `GET /admin/applications`.
"""


def _clean_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    # Leave out the offending input (could be a megabyte resume, or undecodable bytes).
    return [
        {"type": e.get("type"), "loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in errors
    ]


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"detail": _clean_errors(exc.errors())}, status_code=422)


async def _portal_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, PortalError)
    return JSONResponse({"detail": exc.detail, **exc.extra}, status_code=exc.status)


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": "internal server error"}, status_code=500)


def create_app(
    config: PortalConfig | None = None,
    *,
    jobs: Sequence[Job | dict[str, Any]] | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    """Return a ready portal app (database opened now, closed on lifespan shutdown).

    `jobs` overrides `config.jobs_path`; `clock` (Unix seconds) drives decisions in tests.
    Works in-process with httpx.ASGITransport (no lifespan needed) and under uvicorn.
    """
    config = config or PortalConfig()
    if jobs is not None:
        raw = [j.model_dump(by_alias=True) if isinstance(j, Job) else j for j in jobs]
        job_list = parse_jobs(raw, "<jobs argument>")
    else:
        job_list = load_jobs(config.jobs_path)
    store = ApplicationStore(config.db_path if config.db_path is not None else ":memory:")
    portal = Portal(config, Catalog(job_list), store, clock or time.time)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="Job Apply Bot mock portal",
        description=DESCRIPTION,
        version="1.0.0",
        lifespan=lifespan,
        openapi_tags=[
            {"name": "protocol", "description": "The original portal protocol."},
            {"name": "extensions", "description": "Extensions; clients must not depend on them."},
            {"name": "test-only", "description": "Test support; not part of any real portal."},
        ],
    )
    app.state.portal = portal
    app.include_router(protocol_router(portal))
    app.include_router(extension_router(portal))
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(PortalError, _portal_error)
    app.add_exception_handler(Exception, _unexpected_error)
    # Added last = outermost: faults (latency, 5xx, 429, drop) wrap the size limit.
    app.add_middleware(BodyLimitMiddleware, max_bytes=config.max_body_bytes)
    app.add_middleware(
        FaultMiddleware,
        config=config.faults,
        seed=config.seed,
        injected=portal.faults_injected,
    )
    return app
