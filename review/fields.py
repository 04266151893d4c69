"""The fields a reviewer accepts or corrects, and what values each allows.

One definition serves the review page (JSON values from the form) and the review spreadsheet
(one cell per field), so a value the browser rejects is rejected in Excel with the same words.
A label's ``field`` is the record attribute name and its ``value`` the attribute's value in
the record's own JSON form, so ``learn.apply`` can set it back onto a record unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from learn.apply import canonical
from nlp.gazetteer import unlisted_name
from nlp.schema import (
    CONTACT_KINDS,
    CONTENT_LABELS,
    IDCPC_EVENT_TYPES,
    MECHANISM_TAGS,
    MFA_EVENT_TYPES,
    MULTILATERAL,
    PARTNERSHIP_ACTIONS,
    Contact,
    Record,
)
from review.vocab import PARTNERSHIP_LEVELS, Vocab, fold

EXCHANGE_TYPES = ("bilateral", "multilateral")
# Bounds on what one decision may hold: far above any real release, low enough that a
# runaway script or a pasted page cannot bloat labels/ (a precious, git-tracked store).
MAX_TEXT = 500
MAX_NAME = 200
MAX_CONTACTS = 60
YES, NO = "yes", "no"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class FieldError(ValueError):
    """A value a field does not allow; ``allowed`` says what it does allow."""

    def __init__(self, field: str, value: Any, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"{field}: {value!r} is not allowed; allowed: {allowed}")


@dataclass(frozen=True)
class ReviewField:
    """One correctable field of a record."""

    name: str
    title: str
    kind: str  # bool | choice | country | date | multi | text | contacts
    group: str = "exchange"  # exchange | idcpc | mfa
    nullable: bool = True
    help: str = ""

    def applies_to(self, source: str | None) -> bool:
        """IDCPC fields for party releases, foreign-ministry fields for mfa; both for others."""
        if self.group == "idcpc":
            return source != "mfa"
        if self.group == "mfa":
            return source != "idcpc"
        return True

    def choices(self, source: str | None) -> tuple[str, ...]:
        """The vocabulary of a choice or multi field (event types depend on the source)."""
        if self.name == "event_type":
            if source == "mfa":
                return MFA_EVENT_TYPES
            if source == "idcpc":
                return IDCPC_EVENT_TYPES
            return tuple(dict.fromkeys(IDCPC_EVENT_TYPES + MFA_EVENT_TYPES))
        return {
            "exchange_type": EXCHANGE_TYPES,
            "content": CONTENT_LABELS,
            "partnership_action": PARTNERSHIP_ACTIONS,
            "mechanism": MECHANISM_TAGS,
        }.get(self.name, ())

    # ------------------------------------------------------------------ values
    def value_of(self, record: Record) -> Any:
        """The record's value of this field in label (JSON) form."""
        value = getattr(record, self.name)
        if self.kind == "contacts":
            return [_contact_dict(c) for c in value]
        if self.kind == "multi":
            return list(value or [])
        return value

    def allowed(self, source: str | None, vocab: Vocab) -> str:
        """What this field allows, in words (for error messages and the spreadsheet)."""
        empty = " or empty" if self.nullable else ""
        if self.kind == "bool":
            return f"{YES} | {NO}{empty}"
        if self.kind == "choice":
            return " | ".join(self.choices(source)) + empty
        if self.kind == "multi":
            return "any of " + ", ".join(self.choices(source)) + " (comma-separated)" + empty
        if self.kind == "date":
            return "a date YYYY-MM-DD" + empty
        if self.kind == "country":
            if vocab.countries:
                return f"a country name of the gazetteer or {MULTILATERAL!r}{empty}"
            return f"a country name or {MULTILATERAL!r}{empty}"
        if self.kind == "contacts":
            return (
                "one contact per line: name | kind | party; kind one of "
                + ", ".join(CONTACT_KINDS)
                + f"; party a gazetteer party name or empty; at most {MAX_CONTACTS} contacts,"
                + f" names of at most {MAX_NAME} characters"
            )
        return f"text of at most {MAX_TEXT} characters" + empty

    def validate(self, value: Any, source: str | None, vocab: Vocab) -> Any:
        """Check and normalise a JSON value from the review page; raise FieldError if not allowed."""
        bad = FieldError(self.name, value, self.allowed(source, vocab))
        if isinstance(value, str) and self.kind not in ("contacts",):
            value = value.strip()
            if value == "":
                value = None
        if value is None:
            if self.kind == "multi":
                return []
            if self.kind == "contacts":
                return []
            if not self.nullable:
                raise bad
            return None
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            raise bad
        if self.kind == "choice":
            if isinstance(value, str) and value in self.choices(source):
                return value
            raise bad
        if self.kind == "multi":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise bad
            if len(value) > 4 * len(self.choices(source)):
                raise bad
            allowed = self.choices(source)
            if any(v not in allowed for v in value):
                raise bad
            return [tag for tag in allowed if tag in value]  # canonical order, no duplicates
        if self.kind == "date":
            if isinstance(value, str) and _ISO_DATE.match(value):
                try:
                    return date.fromisoformat(value).isoformat()
                except ValueError:
                    raise bad from None
            raise bad
        if self.kind == "country":
            found = vocab.country(value) if isinstance(value, str) else None
            if found is None:
                raise bad
            return found
        if self.kind == "text":
            if isinstance(value, str) and len(value) <= 4 * MAX_TEXT:
                text = " ".join(value.split())
                if len(text) <= MAX_TEXT:
                    return text or None
            raise FieldError(self.name, _short(value), self.allowed(source, vocab))
        if self.kind == "contacts":
            if not isinstance(value, list) or len(value) > MAX_CONTACTS:
                raise FieldError(self.name, _short(value), self.allowed(source, vocab))
            return [self._contact(item, source, vocab) for item in value if _has_name(item)]
        raise bad

    def _contact(self, item: Any, source: str | None, vocab: Vocab) -> dict[str, Any]:
        if not isinstance(item, dict):
            raise FieldError(self.name, item, self.allowed(source, vocab))
        for part in ("name", "kind", "party", "party_id"):
            got = item.get(part)
            if got is not None and (not isinstance(got, str) or len(got) > MAX_NAME):
                allowed = f"contact {part}: text of at most {MAX_NAME} characters"
                raise FieldError(self.name, _short(got), allowed)
        name = " ".join(str(item.get("name") or "").split())
        kind = str(item.get("kind") or "other").strip()
        if kind not in CONTACT_KINDS:
            raise FieldError(self.name, kind, "contact kind one of " + ", ".join(CONTACT_KINDS))
        party_text = str(item.get("party") or "").strip()
        party_id = item.get("party_id") or None
        party_name = None
        if party_text or party_id:
            choice = vocab.party(str(party_id)) if party_id else None
            if (
                choice is not None
                and party_text
                and fold(party_text) not in (fold(choice.name), fold(choice.label()))
            ):
                choice = None  # the page sent the old id with a newly typed party
            if choice is None and party_text:
                choice = vocab.party(party_text)
            # a party no entry lists (extraction named it, ``unlisted:<country>:<name>``) is kept as
            # it was: by its id from the page, or its id as a spreadsheet cell writes it
            unlisted = next((str(i) for i in (party_id, party_text) if unlisted_name(str(i or ""))), None)
            if choice is not None:
                party_id, party_name = choice.id, choice.name
            elif unlisted is not None and fold(party_text) in (
                    "", fold(unlisted), fold(unlisted_name(unlisted) or "")):
                party_id, party_name = unlisted, unlisted_name(unlisted)
            elif vocab.parties:
                raise FieldError(
                    self.name,
                    party_text or party_id,
                    "a party of the gazetteer (type to pick one; for a name several parties share, "
                    "'name (country)') or empty",
                )
            else:
                party_name = party_text or None
        return _contact_dict(Contact(name=name, kind=kind, party_id=party_id, party=party_name))

    # ------------------------------------------------------------------ spreadsheet cells
    def to_cell(self, value: Any) -> str | None:
        """The value as a reviewer reads and types it in a spreadsheet cell."""
        if value is None:
            return None
        if self.kind == "bool":
            return YES if value else NO
        if self.kind == "multi":
            return ", ".join(value) or None
        if self.kind == "contacts":
            lines = []
            for c in value:
                parts = [c.get("name") or "", c.get("kind") or "other"]
                if c.get("party"):  # an unlisted party by its id, so the cell reads back as it was
                    parts.append(c["party_id"] if unlisted_name(c.get("party_id")) else c["party"])
                lines.append(" | ".join(parts))
            return "\n".join(lines) or None
        return str(value)

    def from_cell(self, raw: Any, source: str | None, vocab: Vocab) -> Any:
        """Read a spreadsheet cell into a validated label value (FieldError when not allowed)."""
        if isinstance(raw, datetime):
            raw = raw.date()
        if isinstance(raw, date):
            raw = raw.isoformat()
        if isinstance(raw, bool) and self.kind == "bool":
            return raw
        text = "" if raw is None else str(raw).strip()
        if self.kind == "bool":
            if not text:
                return self.validate(None, source, vocab)
            folded = text.casefold()
            if folded in ("yes", "y", "true", "1"):
                return True
            if folded in ("no", "n", "false", "0"):
                return False
            raise FieldError(self.name, raw, self.allowed(source, vocab))
        if self.kind == "multi":
            tags = [t.strip().casefold() for t in re.split(r"[,;]", text) if t.strip()]
            try:
                return self.validate(tags, source, vocab)
            except FieldError:
                raise FieldError(self.name, raw, self.allowed(source, vocab)) from None
        if self.kind == "contacts":
            contacts = []
            for line in text.splitlines():
                if not line.strip():
                    continue
                parts = [p.strip() for p in line.split("|")]
                if len(parts) > 3 or not parts[0]:
                    raise FieldError(self.name, line, self.allowed(source, vocab))
                contacts.append(
                    {
                        "name": parts[0],
                        "kind": parts[1] if len(parts) > 1 and parts[1] else "other",
                        "party": parts[2] if len(parts) > 2 else "",
                    }
                )
            return self.validate(contacts, source, vocab)
        if self.kind == "choice":
            text = text.casefold()
        return self.validate(text, source, vocab)


# What a reviewer reads for each code of the vocabularies (labels keep the codes).
WORDS = {
    "delegation_visit_abroad": "delegation visit abroad",
    "delegation_received": "delegation received in China",
    "video_call": "video call",
    "phone_call": "phone call",
    "message": "message (letter, congratulations)",
    "training_course": "training course",
    "field_trip": "field trip",
    "state_visit": "state visit",
    "official_visit": "official visit",
    "meeting_on_sidelines": "meeting on the sidelines",
    "joint_statement": "joint statement",
    "global": "global platform",
    "regional": "regional platform (e.g. CELAC)",
    "bilateral": "bilateral",
    "leftist": "leftist party",
    "think_tank": "think tank",
    "trade_union": "trade union",
    "ngo": "NGO",
    "mfa": "foreign ministry",
    "idcpc": "IDCPC (party)",
    "establish": "establish a partnership",
    "upgrade": "upgrade a partnership",
}


def words(code: Any) -> str:
    """The words a person reads for a vocabulary code (``delegation_received`` → "delegation
    received in China"); codes stay in labels and exports, words are for the page."""
    if code is None:
        return "—"
    text = str(code)
    return WORDS.get(text, text.replace("_", " "))


def _short(value: Any) -> Any:
    """A value shortened for an error message (a 2,000-character paste is not echoed back)."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _has_name(item: Any) -> bool:
    return not isinstance(item, dict) or bool(str(item.get("name") or "").strip())


def _contact_dict(contact: Contact) -> dict[str, Any]:
    return {"name": contact.name, "kind": contact.kind, "party_id": contact.party_id, "party": contact.party}


def same(a: Any, b: Any) -> bool:
    """Two label values are the same decision."""
    return canonical(a) == canonical(b)


FIELDS: tuple[ReviewField, ...] = (
    ReviewField(
        "relevant",
        "Relevant",
        "bool",
        nullable=False,
        help="a CPC/China exchange with Latin American or Caribbean actors",
    ),
    ReviewField("country", "Country", "country", help=f"LAC country, or {MULTILATERAL}"),
    ReviewField("exchange_type", "Exchange type", "choice"),
    ReviewField("event_date", "Event date", "date", help="first day of the exchange"),
    ReviewField("event_date_end", "Event end date", "date", help="last day, for ranges"),
    ReviewField("event_type", "Event type", "choice"),
    ReviewField("contacts", "Contacts", "contacts", group="idcpc"),
    ReviewField("content", "Content", "choice"),
    ReviewField("mechanism", "Mechanism", "multi", group="idcpc"),
    ReviewField("chinese_side", "Chinese side", "text", group="mfa", help="name and office"),
    ReviewField("counterpart", "Counterpart", "text", group="mfa", help="name and office"),
    ReviewField("head_of_state_level", "Head-of-state level", "bool", group="mfa"),
    ReviewField("partnership_action", "Partnership action", "choice", group="mfa"),
    ReviewField(
        "partnership_level",
        "Partnership level",
        "text",
        group="mfa",
        help="e.g. " + "; ".join(PARTNERSHIP_LEVELS[:2]),
    ),
)
BY_NAME = {f.name: f for f in FIELDS}


def fields_for(source: str | None) -> list[ReviewField]:
    """The fields a record of this source is reviewed on, in form order."""
    return [f for f in FIELDS if f.applies_to(source)]
