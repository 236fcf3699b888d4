"""Extension routes (clients must not depend on them): /jobs, /health, /admin/applications."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse

from mock_portal.models import AdminApplications, ErrorDetail, Health, Job, JobsPage
from mock_portal.service import Portal, PortalError

Text = Annotated[str | None, Query(max_length=200)]


def extension_router(portal: Portal) -> APIRouter:
    """Build the router; handlers close over one Portal instance."""
    router = APIRouter()

    @router.get("/jobs", response_model=JobsPage, tags=["extensions"])
    async def list_jobs(
        q: Annotated[str | None, Query(max_length=2000, description="BM25 query; ranks")] = None,
        remote: Annotated[bool | None, Query(description="true: remote jobs only")] = None,
        city: Text = None,
        country: Text = None,
        min_salary: Annotated[
            float | None, Query(ge=0, description="raw number, no currency conversion")
        ] = None,
        skill: Annotated[
            list[str] | None, Query(max_length=20, description="repeatable; all must match")
        ] = None,
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> JSONResponse:
        """Filter and paginate the catalogue; `total` counts matches before pagination."""
        matches = portal.catalog.filter(q, remote, city, country, min_salary, skill or ())
        start = (page - 1) * limit
        return JSONResponse(
            {
                "total": len(matches),
                "page": page,
                "limit": limit,
                "results": matches[start : start + limit],
            }
        )

    @router.get(
        "/jobs/{job_id}",
        response_model=Job,
        tags=["extensions"],
        responses={404: {"model": ErrorDetail, "description": "Unknown job id."}},
    )
    async def get_job(job_id: Annotated[str, Path(max_length=256)]) -> JSONResponse:
        job = portal.catalog.get(job_id)
        if job is None:
            raise PortalError(404, f"unknown job_id {job_id!r}")
        return JSONResponse(job)

    @router.get("/health", response_model=Health, tags=["extensions"])
    async def health() -> JSONResponse:
        """Liveness: answers once the jobs are loaded and the database is open."""
        return JSONResponse(portal.health())

    @router.get(
        "/admin/applications",
        response_model=AdminApplications,
        tags=["test-only"],
        summary="TEST ONLY: every stored application, with counts per (user_id, job_id)",
    )
    async def admin_applications(
        user_id: Annotated[str | None, Query(min_length=1, max_length=256)] = None,
    ) -> JSONResponse:
        """For tests: count what the portal really stored (duplicates included).

        Not part of the portal protocol; a real portal has no such endpoint.
        """
        return JSONResponse(portal.admin_applications(user_id))

    return router
