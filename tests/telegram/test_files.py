"""Files both ways: resume uploads (with the size and type checks) and files the bot sends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.telegram_bot.app import TelegramApp
from core.chat.uploads import too_big
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.fake_chat import PNG, FakeChat

RESUMES = Path(__file__).resolve().parents[2] / ".." / "shared" / "resumes"
PDF_MIME = "application/pdf"


@pytest.fixture(scope="module")
def resume_pdf() -> tuple[str, bytes]:
    pdfs = sorted(RESUMES.glob("*.pdf"))
    assert pdfs, f"sample resumes expected in {RESUMES}"
    return pdfs[0].name, pdfs[0].read_bytes()


async def test_a_pdf_resume_is_downloaded_through_get_file(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp, resume_pdf: tuple[str, bytes]
) -> None:
    alice = tg.user(1001, "Alice")
    name, data = resume_pdf
    mark = tg.mark()
    tg.document(alice, name, data, mime=PDF_MIME)
    [reply] = await tg.expect(alice, after=mark)
    assert reply.visible_text == f"Read {name}: {len(data)} bytes"
    assert len(tg.of("getFile", after=mark)) == 1
    assert len(tg.downloads) == 1
    [received] = chat.files
    assert received.data == data
    assert (received.filename, received.mime) == (name, PDF_MIME)


async def test_an_unnamed_file_is_typed_by_its_mime_type(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.document(alice, None, b"# Alice\nNutritionist", mime="text/markdown")
    await tg.expect(alice, after=mark)
    assert chat.files[0].filename == "resume.md"
    assert chat.files[0].data == b"# Alice\nNutritionist"


@pytest.mark.parametrize("megabytes", [12, 30])
async def test_an_upload_over_the_readers_limit_is_refused_without_downloading(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp, megabytes: int
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.document(alice, "huge.pdf", None, mime=PDF_MIME, size=megabytes * 1024 * 1024)
    [reply] = await tg.expect(alice, after=mark)
    # The shared sentence (Discord says the same), from the size Telegram stated.
    assert reply.visible_text == too_big("huge.pdf", megabytes * 1024 * 1024)
    assert f"{megabytes}.0 MB" in reply.visible_text and "at most 10.0 MB" in reply.visible_text
    assert tg.of("getFile") == [] and tg.downloads == []
    assert chat.of("file") == []


@pytest.mark.parametrize(
    ("name", "mime"),
    [("setup.exe", "application/x-msdownload"), ("photo.jpg", "image/jpeg"), (None, "image/png")],
)
async def test_a_wrong_type_is_refused_without_downloading(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp, name: str | None, mime: str
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.document(alice, name, b"MZ\x90\x00", mime=mime)
    [reply] = await tg.expect(alice, after=mark)
    assert "PDF, DOCX, TXT or MD" in reply.visible_text
    if name:
        assert name in reply.visible_text
    assert tg.of("getFile") == [] and chat.of("file") == []


async def test_a_photo_gets_a_clear_answer(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.photo(alice)
    [reply] = await tg.expect(alice, after=mark)
    assert "photo" in reply.visible_text and "PDF" in reply.visible_text
    assert chat.calls == []


async def test_export_sends_text_then_the_json_document(
    tg: FakeTelegramServer, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/export")
    text, document = await tg.expect(alice, 2, after=mark)
    assert (text.method, text.visible_text) == ("sendMessage", "Everything about you")
    assert document.method == "sendDocument"
    name, data = document.upload
    assert name == "export.json"
    assert json.loads(data) == {"user": "1001", "jobs": [1, 2]}


async def test_an_image_goes_as_a_photo_with_the_buttons(
    tg: FakeTelegramServer, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/chart")
    [photo] = await tg.expect(alice, after=mark)
    assert photo.method == "sendPhoto"
    assert photo.upload == ("chart.png", PNG)
    assert photo.buttons == [[("More", "stats:more")]]
