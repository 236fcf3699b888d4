"""Resume files in, clean text out: size limits, type by magic bytes, a sandboxed extractor."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from core.errors import ResumeError
from core.models import Profile
from core.resume.parser import parse_profile
from core.resume.text import normalise_text, strip_markdown, typed_fields
from core.runtime.child_clock import kept_waiting
from core.runtime.intake_limits import extractor_slot

log = logging.getLogger(__name__)

WORKER_MODULE = "core.adapters.resume_extract"  # launched by name: core never imports pypdf
MAX_BYTES = 10 * 1024 * 1024
# What the chat adapters accept before downloading (suffix -> MIME type), and how to say it.
RESUME_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
    ".md": "text/markdown",
}
RESUME_TYPES_TEXT = "PDF, DOCX, TXT or MD"
MAX_PAGES = 20
_MIN_LETTERS = 30
_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Limits:
    """What one extraction may use; tests inject tiny ones."""

    max_bytes: int = MAX_BYTES
    max_pages: int = MAX_PAGES
    max_chars: int = 150_000  # about 20 dense pages: the ceiling for DOCX and plain text
    max_unpacked_bytes: int = 100 * 1024 * 1024  # a DOCX's declared inflated size
    timeout_s: float = 12.0  # wall clock; stretched while a busy machine keeps the child waiting
    memory_mb: int = 512
    # CPU seconds per page on top of start-up. The layout reader takes 0.3-0.6 s on a real
    # page of this 2-core machine (more when the other core's hyperthread is busy: 0.25 s
    # refused honest one-page resumes under load); a crafted page takes many seconds, and the
    # wall-clock timeout still bounds a long trap.
    cpu_per_page_s: float = 1.0
    max_stream_mb: int = 4  # one PDF stream inflated (real resume pages: ~100 KB)
    step_aside_s: float = 0.5  # CPU seconds of reading before the child drops to nice 19


DEFAULT_LIMITS = Limits()


class IntakeError(ResumeError):
    """A refused resume; `reason` is a short code for logs and tests, the message is for users."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class Kind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    TEXT = "text"
    MARKDOWN = "markdown"


SEND = "Send a PDF, a DOCX, or a TXT or Markdown file."
NO_TEXT = "No text found: send a text PDF or a DOCX (a scanned page is only a picture of text)."
TOO_BIG = "The file is larger than 10 MB. Send a smaller PDF or DOCX."
TOO_COMPLEX = (
    "The file is too large or complex to read safely. Save it again as a simple PDF or DOCX."
)
UNAVAILABLE = "I could not read the file right now. Please try again later."
MESSAGES = {
    "too_many_pages": "The resume has more than 20 pages. Send a shorter version.",
    "too_long": "The resume is too long (more than about 20 pages). Send a shorter version.",
    "encrypted": "The PDF is password-protected. Remove the password and send it again.",
    "corrupt": "The file looks damaged and could not be read. Export it again as PDF or DOCX.",
    "memory": TOO_COMPLEX,
    "too_complex": TOO_COMPLEX,
    "timeout": TOO_COMPLEX,
    "crashed": TOO_COMPLEX,
    "no_text": NO_TEXT,
}
_TEXT_SUFFIXES = {
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    ".md": Kind.MARKDOWN,
    ".markdown": Kind.MARKDOWN,
}
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF8", "a GIF image"),
    (8, b"WEBP", "a WebP image"),
    (4, b"ftypheic", "a HEIC photo"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"BM", "a bitmap image"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word (.doc) file; save it as DOCX or PDF"),
    (0, b"{\\rtf", "an RTF document; save it as DOCX or PDF"),
    (0, b"MZ", "a Windows program"),
    (0, b"\x7fELF", "a program"),
    (0, b"\x1f\x8b", "a compressed archive"),
    (0, b"Rar!", "a compressed archive"),
    (0, b"7z\xbc\xaf'\x1c", "a compressed archive"),
    (0, b"%!PS", "a PostScript file"),
)


def _refuse(what: str, filename: str) -> IntakeError:
    suffix = Path(filename).suffix.lower()
    if suffix in (".pdf", ".docx"):
        real = "a PDF" if suffix == ".pdf" else "a Word document"
        return IntakeError(
            f"This file is named {suffix} but is not {real} (it is {what}). {SEND}", "wrong_type"
        )
    return IntakeError(f"This file is {what}, not a resume I can read. {SEND}", "wrong_type")


def detect_kind(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> Kind:
    """The file's type from its first bytes; the name's extension only tells text apart."""
    if not data.strip():
        raise IntakeError(f"The file is empty. {SEND}", "empty")
    if len(data) > limits.max_bytes:
        raise IntakeError(TOO_BIG, "too_big")
    if b"%PDF-" in data[:1024]:
        return Kind.PDF
    if data.startswith(b"PK\x03\x04"):
        _check_docx(data, filename, limits)
        return Kind.DOCX
    for offset, magic, what in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            raise _refuse(what, filename)
    suffix = Path(filename).suffix.lower()
    if suffix in _TEXT_SUFFIXES or suffix == "":
        return _TEXT_SUFFIXES.get(suffix, Kind.TEXT)
    if suffix in (".pdf", ".docx"):
        raise _refuse("something else", filename)
    raise IntakeError(f"I can't read {suffix} files. {SEND}", "wrong_type")


def _check_docx(data: bytes, filename: str, limits: Limits) -> None:
    """A Word document, and one whose declared unpacked size is sane (no ZIP bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as err:
        raise IntakeError(MESSAGES["corrupt"], "corrupt") from err
    if "word/document.xml" not in names:
        what = (
            "an OpenDocument file; save it as DOCX or PDF"
            if b"opendocument" in mimetype
            else "a ZIP archive"
        )
        raise _refuse(what, filename)
    if sum(info.file_size for info in infos) > limits.max_unpacked_bytes:
        raise IntakeError(TOO_COMPLEX, "unpacked_too_big")


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text[:20_000] if ord(c) < 32 and c not in "\t\n\r\f")
        if controls <= len(text[:20_000]) // 100:
            return text
    raise IntakeError(f"This does not look like a text file. {SEND}", "not_text")


def _command(kind: Kind, limits: Limits) -> list[str]:
    return [
        sys.executable,
        "-m",
        WORKER_MODULE,
        f"--kind={kind.value}",
        f"--max-pages={limits.max_pages}",
        f"--max-chars={limits.max_chars}",
        f"--memory-mb={limits.memory_mb}",
        f"--cpu-seconds={int(limits.timeout_s) + 1}",
        f"--cpu-per-page={limits.cpu_per_page_s}",
        f"--max-stream-mb={limits.max_stream_mb}",
        f"--step-aside={limits.step_aside_s}",
    ]


_PASSED_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "SYSTEMROOT")


def _env() -> dict[str, str]:
    # the child parses untrusted files: it gets no tokens or passwords from our environment
    env = {key: value for key, value in os.environ.items() if key in _PASSED_ENV}
    paths = (str(_ROOT), os.environ.get("PYTHONPATH", ""))
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    return env


def _from_child(returncode: int | None, out: bytes) -> tuple[str, int]:
    try:
        result: Any = json.loads(out) if out else None
    except (ValueError, RecursionError):
        result = None
    if not isinstance(result, dict):
        # killed by the memory limit, a signal, or a crash in C code
        log.warning("resume extractor exited with %s and no answer", returncode)
        raise IntakeError(MESSAGES["crashed"], "crashed")
    if not result.get("ok"):
        code = str(result.get("error"))
        log.info("resume extractor refused the file: %s %s", code, result.get("detail", ""))
        raise IntakeError(MESSAGES.get(code, MESSAGES["corrupt"]), code)
    text, pages = result.get("text"), result.get("pages")
    if not isinstance(text, str) or not isinstance(pages, int):
        raise IntakeError(MESSAGES["crashed"], "crashed")
    return text, pages


def _finish(kind: Kind, raw: str, limits: Limits) -> str:
    """Clean the text; the length is checked first so clean-up never meets a huge text."""
    if len(raw) > 2 * limits.max_chars:  # raw text still has layout spaces and markup
        raise IntakeError(MESSAGES["too_long"], "too_long")
    if kind is Kind.MARKDOWN:
        raw = strip_markdown(raw)
    if kind in (Kind.TEXT, Kind.MARKDOWN):
        raw = typed_fields(raw)
    text = normalise_text(raw, soft_wraps=kind is Kind.PDF)
    if sum(c.isalpha() for c in text) < _MIN_LETTERS:
        raise IntakeError(NO_TEXT, "no_text")
    if len(text) > limits.max_chars:
        raise IntakeError(MESSAGES["too_long"], "too_long")
    return text


async def extract_text(data: bytes, filename: str, *, limits: Limits = DEFAULT_LIMITS) -> str:
    """The resume's clean text; PDF and DOCX are read in a limited child process."""
    started = time.perf_counter()
    # a DOCX's ZIP directory can hold 100,000 entries: read it off the event loop too
    kind = await asyncio.to_thread(detect_kind, data, filename, limits)
    # clean-up and decoding of up to 10 MB run in a thread: the event loop never waits on them
    if kind in (Kind.TEXT, Kind.MARKDOWN):
        raw = await asyncio.to_thread(_decode, data)
        return await asyncio.to_thread(_finish, kind, raw, limits)
    async with extractor_slot():  # a few children at once, each within `memory_mb`
        raw, pages = await _run_child(kind, data, limits)
    text = await asyncio.to_thread(_finish, kind, raw, limits)
    _log_done(kind, data, pages, started)
    return text


async def _run_child(kind: Kind, data: bytes, limits: Limits) -> tuple[str, int]:
    try:
        proc = await asyncio.create_subprocess_exec(
            *_command(kind, limits),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
            env=_env(),
        )
    except OSError as err:
        log.error("could not start the resume extractor: %s", type(err).__name__)
        raise IntakeError(UNAVAILABLE, "spawn_failed") from err
    reading = asyncio.ensure_future(proc.communicate(data))
    try:
        periods = 0
        while not (await asyncio.wait({reading}, timeout=limits.timeout_s))[0]:
            periods += 1
            if not kept_waiting(proc.pid, periods):
                log.warning("resume extractor timed out after %.1f s", periods * limits.timeout_s)
                raise IntakeError(MESSAGES["timeout"], "timeout")
            log.info("resume extractor kept waiting by a busy machine: one more period")
        out, _ = reading.result()
    finally:
        if proc.returncode is None:  # timed out or cancelled: never leave the child running
            proc.kill()
            await proc.wait()
        if not reading.done():
            reading.cancel()
        elif not reading.cancelled():
            reading.exception()  # a killed child's broken pipe is no news: retrieved, not raised
    return _from_child(proc.returncode, out)


def extract_text_sync(data: bytes, filename: str, *, limits: Limits = DEFAULT_LIMITS) -> str:
    """`extract_text` for the CLI and other code outside an event loop."""
    started = time.perf_counter()
    kind = detect_kind(data, filename, limits)
    if kind in (Kind.TEXT, Kind.MARKDOWN):
        return _finish(kind, _decode(data), limits)
    try:
        done = subprocess.run(
            _command(kind, limits),
            input=data,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_env(),
            timeout=limits.timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed and reaped the child
        log.warning("resume extractor timed out after %.1f s", limits.timeout_s)
        raise IntakeError(MESSAGES["timeout"], "timeout") from None
    except OSError as err:
        log.error("could not start the resume extractor: %s", type(err).__name__)
        raise IntakeError(UNAVAILABLE, "spawn_failed") from err
    raw, pages = _from_child(done.returncode, done.stdout)
    text = _finish(kind, raw, limits)
    _log_done(kind, data, pages, started)
    return text


def _log_done(kind: Kind, data: bytes, pages: int, started: float) -> None:
    elapsed = (time.perf_counter() - started) * 1000
    log.info("resume read: %s, %d KB, %d pages, %.0f ms", kind, len(data) // 1024, pages, elapsed)


async def read_resume(data: bytes, filename: str) -> tuple[str, Profile]:
    """Text and offline-parsed Profile of an uploaded resume (for the chat bots)."""
    text = await extract_text(data, filename)
    return text, await asyncio.to_thread(parse_profile, text)


def parse_resume_file(path: Path) -> tuple[str, Profile]:
    """Text and offline-parsed Profile of a resume on disk (for `jobbot parse-resume`)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise IntakeError(TOO_BIG, "too_big")
        data = path.read_bytes()
    except OSError as err:
        raise IntakeError(f"Could not open {path.name}.", "unreadable") from err
    text = extract_text_sync(data, path.name)
    return text, parse_profile(text)
