"""The one record schema shared by extract, review, train, classify, export and evaluate.

A record is one exchange a release page reports: most pages report one (``item`` 0); a roundup
of messages, a "news in brief" digest or a delegation's report of several legs gives one record
per exchange with a LAC actor, all with the page's ``url`` and ``item`` 0, 1, 2 … in page order,
so a record's key is (url, item). A roundup whose headline reports the messages of senders from
several LAC countries (or several senders of one) also gets the page's own record as the codebook
codes a page (one record per page: the senders as one exchange); it is item 0 and ``collective``, its
exchanges are the page's other items, and counts of exchanges skip it. Field names follow the human codebook
(``../shared/eval/SCHEMA.md``) so output can be scored against hand coding without renaming.
Every field a rule fills carries evidence spans (char offsets into ``text``, or into
``title`` when ``where == "title"``) so a researcher can audit it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

CONTACT_KINDS = (
    "party", "government", "diplomat", "legislature", "think_tank", "media", "youth",
    "women", "trade_union", "ngo", "military", "business", "other",
)
IDCPC_EVENT_TYPES = (
    "meeting", "delegation_visit_abroad", "delegation_received", "video_call", "phone_call",
    "message", "training_course", "seminar", "forum", "dialogue", "field_trip", "briefing",
    "other",
)
MFA_EVENT_TYPES = (
    "state_visit", "official_visit", "talks", "meeting", "meeting_on_sidelines", "phone_call",
    "video_call", "message", "joint_statement", "other",
)
CONTENT_LABELS = ("daily interaction", "knowledge exchange")
CONTENT_SOURCES = ("rule", "model", "human")
MECHANISM_TAGS = ("global", "regional", "bilateral", "leftist")
PARTNERSHIP_ACTIONS = ("establish", "upgrade")
MULTILATERAL = "multilateral"


def text_sha256(text: str) -> str:
    """Hash of a body text: labels point at (url, this hash) so a changed page is noticed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """A release as extraction sees it: the offline contract of ``pipeline.py extract``."""

    url: str
    source: str = "other"  # idcpc | mfa | other
    lang: str = "en"
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, Beijing time
    text: str = ""
    key: str | None = None  # canonical document key (site:numeric id) when known

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["url"] = str(values.get("url") or "")
        values["text"] = str(values.get("text") or "")
        values["source"] = str(values.get("source") or "other")
        values["lang"] = str(values.get("lang") or "en")
        return cls(**values)


@dataclass
class Span:
    """Where in the release a value came from."""

    start: int
    end: int
    text: str
    where: str = "text"  # text | title

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data.get("text", "")),
                   str(data.get("where", "text")))


@dataclass
class Contact:
    """A counterpart named in the release."""

    name: str
    kind: str = "other"
    party_id: str | None = None
    party: str | None = None  # canonical English party name

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contact:
        return cls(name=str(data.get("name", "")), kind=str(data.get("kind") or "other"),
                   party_id=data.get("party_id"), party=data.get("party"))


@dataclass
class Record:
    """One exchange of a release (or the release coded as not relevant)."""

    url: str
    item: int = 0  # which exchange of the page: 0 = the headline's (or the first), then page order
    collective: bool = False  # the page's record over its items (a roundup of several senders)
    source: str = "other"
    lang: str = "en"
    title: str | None = None
    published: str | None = None
    key: str | None = None
    text_sha256: str | None = None
    relevant: bool = False
    event_date: str | None = None
    event_date_end: str | None = None
    country: str | None = None
    exchange_type: str | None = None  # bilateral | multilateral
    contacts: list[Contact] = field(default_factory=list)
    event_type: str | None = None
    content: str | None = None
    content_prob: float | None = None
    content_source: str | None = None  # rule | model | human
    mechanism: list[str] = field(default_factory=list)
    # foreign-ministry fields
    chinese_side: str | None = None
    counterpart: str | None = None
    head_of_state_level: bool | None = None
    partnership_action: str | None = None
    partnership_level: str | None = None
    # audit trail
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)  # extractor, gazetteer, model
    text_from: str | None = None  # "live" | "archive <capture time>": set by a run from the catalog

    def add_evidence(self, name: str, span: Span) -> None:
        self.evidence.setdefault(name, []).append(span)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["contacts"] = [Contact.from_dict(c) for c in data.get("contacts") or []]
        values["evidence"] = {
            name: [Span.from_dict(s) for s in spans]
            for name, spans in (data.get("evidence") or {}).items()
        }
        values["item"] = int(data.get("item") or 0)
        values["collective"] = bool(data.get("collective"))
        values["mechanism"] = list(data.get("mechanism") or [])
        values["notes"] = list(data.get("notes") or [])
        values["versions"] = dict(data.get("versions") or {})
        return cls(**values)
