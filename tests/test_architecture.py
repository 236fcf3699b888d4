"""The dependency direction in ../shared/DESIGN.md, enforced by parsing every import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
OURS = {"bot", "core", "storage", "mock_portal"}
THIRD_PARTY_BANNED_IN_CORE = {
    "telegram",
    "discord",
    "apscheduler",
    "sqlmodel",
    "sqlalchemy",
    "httpx",
    "huggingface_hub",
    "fastapi",
    "uvicorn",
    "pypdf",
    "docx",
    "alembic",
    "psycopg",
    "typer",
    "rich",
    "tenacity",
    "typst",
    "pypdfium2",
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def modules(folder: str) -> list[Path]:
    return sorted((REPO / folder).rglob("*.py"))


def test_every_package_has_modules() -> None:
    for folder in OURS:
        assert modules(folder), folder


@pytest.mark.parametrize("path", modules("core"), ids=lambda p: str(p.relative_to(REPO)))
def test_core_imports(path: Path) -> None:
    found = imports_of(path)
    is_adapter = "adapters" in path.relative_to(REPO).parts
    assert not found & {"bot", "storage", "mock_portal"}, "core never imports bot or storage"
    if not is_adapter:
        assert not found & THIRD_PARTY_BANNED_IN_CORE, "core's domain stays free of I/O libraries"


@pytest.mark.parametrize("path", modules("storage"), ids=lambda p: str(p.relative_to(REPO)))
def test_storage_never_imports_bot(path: Path) -> None:
    assert not imports_of(path) & {"bot", "mock_portal"}


@pytest.mark.parametrize("path", modules("mock_portal"), ids=lambda p: str(p.relative_to(REPO)))
def test_mock_portal_imports_nothing_of_ours(path: Path) -> None:
    assert not imports_of(path) & {"bot", "core", "storage"}


def test_only_the_composition_root_joins_storage_and_adapters() -> None:
    for path in modules("bot"):
        found = imports_of(path)
        text = path.read_text(encoding="utf-8")
        if "storage" in found and "core.adapters" in text:
            assert path.name in {"container.py"}, f"{path} wires storage and adapters"
