"""BM25 ranking: tokenizer, field weights, and sanity on the shipped corpus."""

from __future__ import annotations

import httpx
import pytest

from mock_portal.catalog import Catalog, load_jobs
from mock_portal.models import Job
from mock_portal.search import BM25Index, tokenize
from tests.mock_portal.conftest import ClientFactory


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(load_jobs())


def categories(catalog: Catalog, query: str, k: int) -> list[str]:
    return [catalog.outputs[pos]["category"] for pos in catalog.ranked(query)[:k]]


def test_tokenize_folds_case_accents_plurals_and_stop_words() -> None:
    assert tokenize("The Trainers of Zoë MÜLLER") == ["trainer", "zoe", "muller"]
    assert tokenize("C++ and C# developers, 3 roles") == ["c++", "c#", "developer", "3", "role"]
    assert tokenize("Nutrition-counseling; meal_planning!") == [
        "nutrition",
        "counseling",
        "meal",
        "planning",
    ]
    assert tokenize("") == []


def job(id_: str, title: str, description: str = "", skills: list[str] | None = None) -> Job:
    return Job(id=id_, title=title, description=description, required_skills=skills or [])


def test_title_outweighs_description() -> None:
    jobs = [
        job("a", "Receptionist", "Greet members; the personal trainer team works next door."),
        job("b", "Personal Trainer", "Coach members on the gym floor."),
    ]
    ranked = BM25Index(jobs).search("personal trainer")
    assert [pos for pos, _ in ranked] == [1, 0]
    assert ranked[0][1] > ranked[1][1] > 0


def test_rare_terms_count_more_than_common_ones() -> None:
    jobs = [job(str(i), "Assistant", "customer service") for i in range(5)]
    jobs.append(job("amadeus", "Assistant", "customer service with Amadeus"))
    index = BM25Index(jobs)
    scores = index.scores("customer amadeus")
    assert max(scores, key=lambda d: scores[d]) == 5
    assert index.idf["amadeus"] > index.idf["customer"]  # "-us" is not a plural


def test_ties_keep_corpus_order_and_missing_terms_score_nothing() -> None:
    jobs = [job("a", "Chef"), job("b", "Chef"), job("c", "Baker")]
    index = BM25Index(jobs)
    assert [pos for pos, _ in index.search("chef")] == [0, 1]
    assert index.search("astronaut") == []
    assert index.search("chef", top_k=1) == [(0, index.search("chef")[0][1])]


@pytest.mark.parametrize(
    ("query", "category", "k"),
    [
        ("personal trainer strength", "fitness", 10),
        ("travel agent amadeus itinerary", "travel", 10),
        ("nutrition consultant meal planning", "nutrition", 10),
        ("python backend engineer", "software", 5),  # then data engineers: fair
        ("registered nurse patient care", "healthcare", 8),  # then registered dietitians
        ("electrician wiring", "trades", 8),
    ],
)
def test_corpus_queries_rank_the_right_profession_first(
    catalog: Catalog, query: str, category: str, k: int
) -> None:
    assert categories(catalog, query, k) == [category] * k


async def test_search_endpoint_on_the_corpus_honours_top_k(make_client: ClientFactory) -> None:
    client: httpx.AsyncClient = await make_client(jobs=None)
    r = await client.post("/search", json={"query": "personal trainer strength", "top_k": 7})
    results = r.json()["results"]
    assert len(results) == 7
    assert all(j["category"] == "fitness" for j in results)
    default = await client.post("/search", json={"query": "customer service"})
    assert len(default.json()["results"]) == 20
