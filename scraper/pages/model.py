"""What a parsed release page is (the contract between the parsers and the crawler)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class ParsedPage:
    """Title, publication date, body and language of one release page, or why they are missing."""

    url: str
    title: str | None
    published: str | None  # YYYY-MM-DD (Beijing)
    published_time: str | None  # "HH:MM" when printed
    text: str  # body text, paragraphs joined with "\n\n", no boilerplate
    lang: str  # en | zh (from the text, not the url)
    template: str  # idcpc_en_old ... mfa_en_2025, or generic
    problems: list[str] = field(default_factory=list)  # "layout_change: body empty (...)" etc.
    # Repairs that leave the page good ("encoding: charset label 'idna' ... ignored", control
    # characters replaced): kept with the release so a reader knows, never a parse failure.
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {**asdict(self), "ok": self.ok}
