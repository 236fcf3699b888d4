"""Pydantic models of the portal's HTTP contract: requests, responses and the job schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AliasChoices, BaseModel, ConfigDict, Field, field_validator


def _encodable(value: str) -> str:
    """Refuse lone surrogates: JSON allows them, UTF-8 and SQLite do not."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("string is not valid Unicode (lone surrogate)") from exc
    return value


Text = Annotated[str, AfterValidator(_encodable)]
Id = Annotated[str, Field(min_length=1, max_length=256), AfterValidator(_encodable)]


# --- the original protocol ----------------------------------------------------------------


class SearchRequest(BaseModel):
    query: Text = Field(max_length=2000)
    top_k: int = Field(default=20, ge=0, le=10_000)


class ApplyRequest(BaseModel):
    user_id: Id
    name: Annotated[Text, Field(min_length=1, max_length=512)]
    phone: Annotated[Text, Field(max_length=64)] | None = None
    job_id: Id
    resume: Annotated[Text, Field(min_length=1)]
    cover_letter: Text | None = None
    evidence_points: Text | None = None


class ApplyResponse(BaseModel):
    application_id: str
    status: Literal["pending"] = "pending"


Decision = Literal["accepted", "rejected", "on_process"]


class StatusRecord(BaseModel):
    application_id: str
    job_id: str
    user_id: str
    decision_at: str | None = Field(description="ISO 8601 UTC; null while on_process")
    decision: Decision


class StatusResponse(BaseModel):
    accepted: list[StatusRecord]
    rejected: list[StatusRecord]
    on_process: list[StatusRecord]


class Message(BaseModel):
    message: str


class ErrorDetail(BaseModel):
    detail: Any


class ConflictDetail(BaseModel):
    detail: str
    application_id: str = Field(description="the application already stored for this user and job")


# --- jobs -----------------------------------------------------------------------------------


class Job(BaseModel):
    """A job posting in the original schema; output uses the original spelling `is_hybride`."""

    model_config = ConfigDict(extra="allow")

    id: str
    title: str
    company: str = ""
    cities: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    is_remote: bool = False
    is_hybride: bool = Field(
        default=False, validation_alias=AliasChoices("is_hybride", "is_hybrid")
    )
    is_onsite: bool = False
    salary_offered: int | float | None = None
    visa_sponsorship_offered: bool = False
    start_date: str | None = None
    required_skills: list[str] = Field(default_factory=list)
    description: str = ""

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) and not isinstance(v, bool) else v

    @field_validator("cities", "countries", "required_skills", mode="before")
    @classmethod
    def _none_as_empty(cls, v: Any) -> Any:
        return [] if v is None else v

    def output(self) -> dict[str, Any]:
        """The JSON object served to clients (extra fields kept, `is_hybrid` never emitted)."""
        data = self.model_dump(by_alias=False)
        data.pop("is_hybrid", None)
        return data


class SearchResponse(BaseModel):
    query: str
    results: list[Job]


class JobsPage(BaseModel):
    total: int = Field(description="number of jobs matching the filters, before pagination")
    page: int
    limit: int
    results: list[Job]


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    jobs: int
    applications: int
    faults_injected: dict[str, int] = Field(
        description="faults injected since start: error (500/503), rate_limit (429), drop"
    )


# --- test support ---------------------------------------------------------------------------


class StoredApplication(BaseModel):
    application_id: str
    user_id: str
    job_id: str
    name: str
    phone: str | None
    resume: str
    cover_letter: str | None
    evidence_points: str | None
    idempotency_key: str | None
    created_at: str
    decision: Decision
    decision_at: str | None


class PairCount(BaseModel):
    user_id: str
    job_id: str
    count: int


class AdminApplications(BaseModel):
    total: int
    applications: list[StoredApplication]
    counts: list[PairCount] = Field(description="stored applications per (user_id, job_id)")
    duplicates: list[PairCount] = Field(description="the pairs stored more than once")
