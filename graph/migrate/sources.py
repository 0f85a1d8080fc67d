"""A corpus file (a `key: value` header, a blank line, the document's text) made into the
versioned Cypher file of its `Source` node.

The header is what the collector wrote about the document, with the reason for each value in
brackets; it is kept apart from `text`, which is exactly the bytes after the first blank line,
so a quote can never be read from the header. The rules are in docs/DATA-MODEL.md ("Where a
source's metadata goes") and docs/DATA-TEAM.md.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

REQUIRED_FIELDS = ("title", "publisher", "date", "url", "completeness")
SOURCE_VERSIONS = range(101, 200)
EXTRACTION_VERSIONS = range(201, 300)
OGL = "Open Government Licence v3.0"
OPL = "Open Parliament Licence v3.0"
DATE_BASES = ("STATED", "INFERRED")

_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]*):\s*(?P<value>.*)$")
_ISO_DATE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})\b\s*(?P<rest>.*)$", re.DOTALL)
_FILE_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_URL = re.compile(r"https?://[^\s,;)\]]+")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_REPRODUCED = re.compile(r"text seen at|mirrored by|mirror of|reproduc", re.IGNORECASE)
_PARLIAMENT = re.compile(r"\bParliament\b|House of Commons|House of Lords|Hansard")
_NOT_SHOWN = re.compile(r"^not (shown|stated|seen|given|known)\b", re.IGNORECASE)


class SourceFileError(ValueError):
    """A corpus file that cannot become a Source; the message names the file and what is wrong."""


@dataclass(frozen=True)
class SourceRecord:
    """What a `Source` node holds, read from one corpus file."""

    id: str
    title: str
    publisher: str
    url: str | None
    published_on: date | None
    published_on_basis: str | None
    published_on_note: str | None
    completeness: str
    completeness_note: str | None
    reproduced_by: str | None
    licence: str
    header: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def split_header(raw: str) -> tuple[dict[str, str], str, str]:
    """The header's fields, the header as written, and the body: exactly what follows the
    first blank line. A file whose first line is no `key: value` has no header."""
    lines = raw.split("\n")
    fields: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            head = "\n".join(lines[:index])
            return fields, head, "\n".join(lines[index + 1 :])
        match = _HEADER_LINE.match(line.rstrip("\r"))
        if match is None:
            break
        fields[match["key"].strip().lower()] = match["value"].strip()
    return {}, "", raw


def read_source_file(
    path: Path,
    *,
    source_id: str | None = None,
    licence: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    published_on_basis: str | None = None,
) -> SourceRecord:
    """Read a corpus file; refuse it, naming every missing header field, if it has none."""
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceFileError(f"{path}: not UTF-8 text ({error})") from error
    fields, head, body = split_header(raw)
    missing = [name for name in REQUIRED_FIELDS if not fields.get(name)]
    if missing:
        raise SourceFileError(
            f"{path}: the header lacks {', '.join(missing)}: a corpus file starts with "
            f"`key: value` lines ({', '.join(REQUIRED_FIELDS)}), then a blank line, then the text"
        )
    if not body.strip():
        raise SourceFileError(f"{path}: no text after the header's blank line")
    if published_on_basis is not None and published_on_basis not in DATE_BASES:
        raise SourceFileError(
            f"published-on basis must be STATED or INFERRED, not {published_on_basis!r}"
        )
    sid = source_id or path.stem
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", sid):
        raise SourceFileError(
            f"{path}: the source id {sid!r} is not a lower-case slug of letters, digits and "
            "hyphens (docs/DATA-MODEL.md, Ids); give one with --id"
        )
    on, basis, note = _published_on(path, fields["date"], body)
    if published_on_basis is not None and on is not None:
        basis = published_on_basis
    completeness, completeness_note = _completeness(path, fields["completeness"])
    publisher_value = publisher or _publisher(fields["publisher"])
    return SourceRecord(
        id=sid,
        title=title or _title(fields["title"]),
        publisher=publisher_value,
        url=url or _url(fields["url"]),
        published_on=on,
        published_on_basis=basis,
        published_on_note=note,
        completeness=completeness,
        completeness_note=completeness_note,
        reproduced_by=_reproduced_by(fields["url"], fields["publisher"]),
        licence=licence
        or (OPL if _PARLIAMENT.search(fields["publisher"] + " " + fields["title"]) else OGL),
        header=head,
        text=body,
    )


def _strip_trailing_reason(value: str) -> tuple[str, str | None]:
    """`Title (why)` → (`Title`, `why`): only a bracket that closes the value is a reason, so
    `Home Department (topical questions) – …` keeps its brackets."""
    value = value.strip()
    if not value.endswith(")"):
        return value, None
    depth = 0
    for index in range(len(value) - 1, -1, -1):
        if value[index] == ")":
            depth += 1
        elif value[index] == "(":
            depth -= 1
            if depth == 0:
                return value[:index].strip(), value[index + 1 : -1].strip()
    return value, None


def _title(value: str) -> str:
    title, reason = _strip_trailing_reason(value)
    if _NOT_SHOWN.match(title) and reason:
        # No title in the text: the reason's first clause describes the document, or gives
        # the one heading the copy carries (`miragenews.com headline: "…"`).
        clause = re.split(r";|\. ", reason, maxsplit=1)[0].strip()
        quoted = re.findall(r'"([^"]+)"', clause)
        return quoted[0] if len(quoted) == 1 else clause
    return title


def _publisher(value: str) -> str:
    name = re.split(r" \(| – | - |; |, as (?:reproduced|mirrored) by ", value, maxsplit=1)[0]
    name = re.sub(r"\s+(press release|publication|news)$", "", name.strip())
    return name.strip(" ,") or value


def _url(value: str) -> str | None:
    candidates: list[str] = _URL.findall(value)
    for candidate in candidates:
        if "[" not in candidate and "…" not in candidate:  # a truncated address is no address
            return candidate.rstrip(".")
    return None


def _hosts(text: str) -> list[str]:
    hosts = []
    for candidate in _URL.findall(text):
        host = urlsplit(candidate).hostname or ""
        host = host.removeprefix("www.")
        if host and host not in hosts:
            hosts.append(host)
    return hosts


def _reproduced_by(url_value: str, publisher_value: str) -> str | None:
    """The sites whose copy the text is: those the url line says the text was seen at, or the
    url's site when the header calls the text a mirror's or a reproduction."""
    seen = re.search(r"text seen at:?\s*(?P<rest>.*)", url_value, re.IGNORECASE | re.DOTALL)
    if seen:
        # up to the first sentence end: later sentences name paraphrases, not the text's copy
        hosts = _hosts(re.split(r"\.\s+(?=[A-Z])", seen["rest"], maxsplit=1)[0])
        if hosts:
            return ", ".join(hosts)
    if _REPRODUCED.search(publisher_value) or _REPRODUCED.search(url_value):
        hosts = _hosts(url_value)
        if hosts:
            return hosts[0]
    return None


def _completeness(path: Path, value: str) -> tuple[str, str | None]:
    match = re.match(r"^(full|partial)\b[\s–\-:]*(?P<note>.*)$", value, re.IGNORECASE | re.DOTALL)
    if match is None:
        raise SourceFileError(
            f"{path}: completeness must start with full or partial, not {value[:40]!r}"
        )
    note = match["note"].strip()
    if note.startswith("(") and note.endswith(")"):
        note = note[1:-1].strip()
    return match.group(1).upper(), note or None


def _published_on(path: Path, value: str, body: str) -> tuple[date | None, str | None, str | None]:
    """The date, STATED when the body itself writes that day out (`31 March`, `31 March 2025`,
    `2025-03-31`), otherwise INFERRED with the header's reason as the note. A header without a
    date leaves the file name's date, INFERRED, with a note that says so."""
    match = _ISO_DATE.match(value)
    if match is None:
        from_name = _FILE_DATE.match(path.name)
        if from_name is None:
            return None, None, None
        on = _parse_date(path, from_name.group(1))
        note = f"the file name's date; the header says: {value}"
        return on, "INFERRED", note
    on = _parse_date(path, match["date"])
    reason = match["rest"].strip()
    if reason.startswith("(") and reason.endswith(")"):
        reason = reason[1:-1].strip()
    return on, ("STATED" if _writes_day(body, on) else "INFERRED"), reason or None


def _parse_date(path: Path, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise SourceFileError(f"{path}: {text} is not a date ({error})") from error


def _writes_day(body: str, on: date) -> bool:
    day_month = rf"\b{on.day} {_MONTHS[on.month - 1]}\b(?!\s+\d{{4}})"
    with_year = rf"\b{on.day} {_MONTHS[on.month - 1]} {on.year}\b"
    return bool(re.search(with_year, body) or re.search(day_month, body) or on.isoformat() in body)


def cypher_string(text: str) -> str:
    """A Cypher string literal for any text, line breaks and quotes included."""
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == "'":
            out.append("\\'")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out) + "'"


def source_cypher(record: SourceRecord, corpus_name: str) -> str:
    """The cypher-shell-compatible file that MERGEs the Source and SETs what the header says."""
    props: list[tuple[str, str]] = [
        ("title", cypher_string(record.title)),
        ("publisher", cypher_string(record.publisher)),
    ]
    if record.url:
        props.append(("url", cypher_string(record.url)))
    if record.published_on is not None:
        props.append(("publishedOn", f"date('{record.published_on.isoformat()}')"))
        props.append(("publishedOnBasis", cypher_string(record.published_on_basis or "INFERRED")))
        if record.published_on_note:
            props.append(("publishedOnNote", cypher_string(record.published_on_note)))
    props.append(("completeness", cypher_string(record.completeness)))
    if record.completeness_note:
        props.append(("completenessNote", cypher_string(record.completeness_note)))
    if record.reproduced_by:
        props.append(("reproducedBy", cypher_string(record.reproduced_by)))
    props.append(("licence", cypher_string(record.licence)))
    props.append(("header", cypher_string(record.header)))
    props.append(("sha256", cypher_string(record.sha256)))
    props.append(("text", cypher_string(record.text)))
    assignments = ",\n    ".join(f"s.{name} = {value}" for name, value in props)
    return (
        f"// The Source of seed/corpus/{corpus_name}: its header's metadata and its text\n"
        f"// (sha256 {record.sha256}).\n"
        "// Written by `commitgraph sources add`; do not edit: correct the corpus file and\n"
        "// write a new version. The model is docs/DATA-MODEL.md (\"Where a source's metadata\n"
        "// goes\"); the workflow is docs/DATA-TEAM.md. `header` is the collector's header as\n"
        "// written, never quoted; `text` is exactly the bytes after its first blank line.\n"
        f"MERGE (s:Source {{id: {cypher_string(record.id)}}})\n"
        f"SET {assignments};\n"
    )


def file_name(version: int, source_id: str) -> str:
    return f"V{version:03d}__src_{source_id.replace('-', '_')}.cypher"


def _versions_used(cypher_dir: Path) -> set[int]:
    used = set()
    for path in cypher_dir.rglob("V*__*.cypher"):
        match = re.match(r"^V(\d+)__", path.name)
        if match:
            used.add(int(match.group(1)))
    return used


def extraction_path(cypher_dir: Path, source_id: str) -> Path:
    """Where the document's extraction goes (docs/DATA-TEAM.md, step 3): the version after
    the highest extraction (V2NN), so that it applies after every extraction before it."""
    taken = [v for v in _versions_used(cypher_dir) if v in EXTRACTION_VERSIONS]
    version = max(taken, default=EXTRACTION_VERSIONS.start - 1) + 1
    return cypher_dir / "seed" / f"V{version:03d}__{source_id.replace('-', '_')}.cypher"


def next_version(cypher_dir: Path) -> int:
    """The version after the highest in 101–199 used by any file under `cypher_dir`."""
    used = _versions_used(cypher_dir)
    taken = sorted(v for v in used if v in SOURCE_VERSIONS)
    candidate = taken[-1] + 1 if taken else SOURCE_VERSIONS.start
    if candidate not in SOURCE_VERSIONS or candidate in used:
        free = [v for v in SOURCE_VERSIONS if v not in used]
        if not free:
            raise SourceFileError("every source version from 101 to 199 is taken; pass --version")
        candidate = free[0]
    return candidate


def existing_source_file(seed_dir: Path, source_id: str) -> Path | None:
    suffix = f"__src_{source_id.replace('-', '_')}.cypher"
    found = sorted(p for p in seed_dir.glob("V*.cypher") if p.name.endswith(suffix))
    return found[-1] if found else None


@dataclass(frozen=True)
class Added:
    path: Path
    record: SourceRecord
    status: str  # written, unchanged
    copied_to: Path | None


def add_source(
    path: Path,
    *,
    cypher_dir: Path,
    corpus_dir: Path,
    version: int | None = None,
    **overrides: str | None,
) -> Added:
    """Write `cypher/seed/V1NN__src_<id>.cypher` for a corpus file, copying the file into
    the corpus folder first when it is not there. A source that has its file already keeps
    it (an applied file must not change) unless `version` names the file to write."""
    record = read_source_file(path, **overrides)
    seed_dir = cypher_dir / "seed"
    copied_to = None
    target_copy = corpus_dir / path.name
    if path.resolve() != target_copy.resolve():
        if target_copy.exists() and target_copy.read_bytes() != path.read_bytes():
            raise SourceFileError(
                f"{target_copy} exists and differs from {path}: give the new file another "
                "name, or replace the old one by hand if it was never loaded"
            )
        if not target_copy.exists():
            corpus_dir.mkdir(parents=True, exist_ok=True)
            target_copy.write_bytes(path.read_bytes())
            copied_to = target_copy
    content = source_cypher(record, target_copy.name)
    existing = existing_source_file(seed_dir, record.id)
    if version is None:
        if existing is not None:
            if existing.read_text(encoding="utf-8") == content:
                return Added(existing, record, "unchanged", copied_to)
            raise SourceFileError(
                f"{existing} already holds the Source {record.id!r} and differs from what "
                "the file gives now; an applied file must not change, so pass --version N "
                "to write a new file that updates it"
            )
        version = next_version(cypher_dir)
    target = seed_dir / file_name(version, record.id)
    if version not in SOURCE_VERSIONS and version != 100:
        raise SourceFileError(f"a source file's version is in 101–199, not {version}")
    for other in cypher_dir.rglob("V*__*.cypher"):
        match = re.match(r"^V(\d+)__", other.name)
        if match and int(match.group(1)) == version and other.resolve() != target.resolve():
            raise SourceFileError(f"version V{version:03d} is taken by {other}")
    if target.exists() and target.read_text(encoding="utf-8") == content:
        return Added(target, record, "unchanged", copied_to)
    seed_dir.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return Added(target, record, "written", copied_to)
