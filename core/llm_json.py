"""Parse, validate and repair the JSON an LLM answers with (pure: no network, no I/O)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from core.runtime.sanitize import clean_tree

T = TypeVar("T", bound=BaseModel)

Message = dict[str, str]

# Longest bad answer echoed back in a repair request: enough to correct, bounded in tokens.
_MAX_ECHO = 4000
_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)


class AnswerInvalid(ValueError):
    """The answer is not JSON, or not the expected shape; `str(err)` names what is wrong
    without quoting any of the input (it may hold resume text)."""


def extract_json_object(text: str) -> dict[str, Any]:
    """Return the first JSON object in `text`, inside ``` fences or after leading chatter."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)]
    candidates.append(text)
    decoder = json.JSONDecoder()
    for candidate in candidates:
        start = candidate.find("{")
        while start != -1:
            try:
                value, _ = decoder.raw_decode(candidate, start)
            except json.JSONDecodeError:
                start = candidate.find("{", start + 1)
                continue
            if isinstance(value, dict):
                return value
            start = candidate.find("{", start + 1)
    raise AnswerInvalid("the answer holds no JSON object")


def describe_errors(err: ValidationError) -> str:
    """Summarise a validation error by field and message only (never the input values)."""
    parts = []
    for e in err.errors(include_input=False, include_url=False, include_context=False)[:10]:
        where = ".".join(str(p) for p in e["loc"]) or "(root)"
        parts.append(f"{where}: {e['msg']}")
    return "; ".join(parts)


def parse_answer(text: str | None, model: type[T]) -> T:
    """Validate an LLM answer against `model`; raise AnswerInvalid with a safe reason."""
    if not text or not text.strip():
        raise AnswerInvalid("the answer is empty")
    # after parsing: a JSON escape (\u0000) only becomes a NUL once decoded
    data = clean_tree(extract_json_object(text))
    try:
        return model.model_validate(data)
    except ValidationError as err:
        raise AnswerInvalid(f"the JSON does not match the schema: {describe_errors(err)}") from None


def repair_messages(messages: list[Message], bad_answer: str | None, error: str) -> list[Message]:
    """The conversation extended with the bad answer and a request for corrected JSON only."""
    echoed = (bad_answer or "")[:_MAX_ECHO]
    return [
        *messages,
        {"role": "assistant", "content": echoed},
        {
            "role": "user",
            "content": f"Invalid answer: {error}. Reply with the corrected JSON object only.",
        },
    ]


@lru_cache(maxsize=64)
def schema_sketch(model: type[BaseModel]) -> str:
    """A compact one-line picture of `model`'s JSON shape, for prompts (fewer tokens than
    the full JSON schema): {"score":int 0-100,"reasons":[str],...}."""
    schema = model.model_json_schema()
    return _sketch(schema, schema.get("$defs", {}))


def _sketch(node: dict[str, Any], defs: dict[str, Any]) -> str:
    if "$ref" in node:
        return _sketch(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in node:
        options = [o for o in node["anyOf"] if o.get("type") != "null"]
        nullable = len(options) < len(node["anyOf"])
        inner = "|".join(_sketch(o, defs) for o in options)
        return f"{inner}|null" if nullable else inner
    if "enum" in node:
        return "|".join(json.dumps(v) for v in node["enum"])
    kind = node.get("type")
    if kind == "object" and "properties" in node:
        fields = ",".join(f'"{k}":{_sketch(v, defs)}' for k, v in node["properties"].items())
        return "{" + fields + "}"
    if kind == "array":
        return "[" + _sketch(node.get("items", {}), defs) + "]"
    names = {"string": "str", "integer": "int", "number": "num", "boolean": "bool"}
    text = names.get(str(kind), "any")
    if "minimum" in node and "maximum" in node:
        text += f" {node['minimum']}-{node['maximum']}"
    return text
