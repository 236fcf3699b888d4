"""Routes of the original protocol: GET /, POST /search, POST /apply, GET /status."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import JSONResponse

from mock_portal.models import (
    ApplyRequest,
    ApplyResponse,
    ConflictDetail,
    ErrorDetail,
    Message,
    SearchRequest,
    SearchResponse,
    StatusResponse,
)
from mock_portal.service import Portal

ROOT_MESSAGE = "Mock job portal is running. See /docs for the API."

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        description=(
            "Extension. The same key returns the same application (200, nothing new stored); "
            "reusing a key for another user_id or job_id is a 422. Ignored with "
            "--ignore-idempotency."
        ),
    ),
]

FAULTS_DOC: dict[int | str, dict[str, Any]] = {
    429: {"model": ErrorDetail, "description": "Injected rate limit (fault flags), Retry-After."},
    500: {"model": ErrorDetail, "description": "Injected server error (fault flags)."},
    503: {"model": ErrorDetail, "description": "Injected unavailability (fault flags)."},
}


def protocol_router(portal: Portal) -> APIRouter:
    """Build the router; handlers close over one Portal instance."""
    router = APIRouter(tags=["protocol"])

    @router.get("/", response_model=Message)
    async def root() -> dict[str, str]:
        return {"message": ROOT_MESSAGE}

    @router.post("/search", response_model=SearchResponse, responses=FAULTS_DOC)
    async def search(body: SearchRequest) -> JSONResponse:
        """Rank jobs by BM25 relevance to `query`; return at most `top_k`.

        A blank query lists jobs in corpus order; jobs sharing no word with the query
        are left out.
        """
        results = portal.catalog.search(body.query, body.top_k)
        return JSONResponse({"query": body.query, "results": results})

    @router.post(
        "/apply",
        response_model=ApplyResponse,
        responses={
            400: {"model": ErrorDetail, "description": "Unknown job_id."},
            409: {
                "model": ConflictDetail,
                "description": "Extension: this user already applied to this job.",
            },
            413: {"model": ErrorDetail, "description": "Body over the size limit."},
            **FAULTS_DOC,
        },
    )
    async def apply(body: ApplyRequest, idempotency_key: IdempotencyKey = None) -> JSONResponse:
        """Submit an application; it starts `on_process` and is decided later."""
        app, _created = portal.apply(body, idempotency_key)
        return JSONResponse({"application_id": app.application_id, "status": "pending"})

    @router.get("/status", response_model=StatusResponse, responses=FAULTS_DOC)
    async def status(
        user_id: Annotated[str, Query(min_length=1, max_length=256)],
    ) -> JSONResponse:
        """Every application of a user, by decision."""
        return JSONResponse(portal.status(user_id))

    return router
