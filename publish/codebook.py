"""The columns of the published data set, defined once.

Every export (CSV, XLSX, Parquet, Stata), the Markdown codebook and the Frictionless
``datapackage.json`` are written from this one list, so a column cannot mean one thing in the
CSV and another in the codebook. ``published`` gives the column's name in the schema the two
studies print (Number, Date, Country, Type, Contact, Type of content, Mechanism); the other
columns form the full data set with provenance.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from nlp.schema import CONTENT_LABELS, CONTENT_SOURCES, PARTNERSHIP_ACTIONS

DATASET_NAME = "dipex-exchanges"
PUBLISHED_FILE = "exchanges"  # exchanges.csv/.xlsx/.parquet/.dta
FULL_FILE = "exchanges_full"


@dataclass(frozen=True)
class Column:
    name: str  # snake_case: the full data set's column and the Stata variable
    type: str  # Table Schema type: integer | number | string | boolean | date
    label: str  # short, <= 80 chars: Stata variable label and XLSX header note
    description: str
    published: str | None = None  # name in the published schema, when the column is in it
    enum: tuple[str, ...] | None = None
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        "integer",
        "Row number (ordered by date, country, event id)",
        "Position of the exchange in the data set, 1..N, ordered by date, then country, then "
        "event id. Renumbered when rows are added; use event_id to follow a row across versions.",
        published="Number",
        required=True,
    ),
    Column(
        "date",
        "date",
        "Date of the exchange (first day)",
        "First day of the exchange as the release states it (YYYY-MM-DD); the release's "
        "publication date when the text gives none; empty when neither is known.",
        published="Date",
    ),
    Column(
        "country",
        "string",
        "LAC country of the counterpart, or multilateral",
        "Canonical English short name of the Latin American or Caribbean country, or "
        "'multilateral' when the exchange involves a regional body or several LAC countries.",
        published="Country",
    ),
    Column(
        "type",
        "string",
        "bilateral or multilateral",
        "Bilateral (China with one LAC country's actors) or multilateral (a regional body or "
        "several LAC countries), as in the published data sets.",
        published="Type",
        enum=("bilateral", "multilateral"),
    ),
    Column(
        "contact",
        "string",
        "Counterparts named in the release(s), '; '-separated",
        "The LAC counterparts in English, '; '-separated: for a foreign-ministry exchange its LAC "
        "principal ('Name, Office'); otherwise every person, party or organisation the English "
        "releases name, and for an exchange reported only in Chinese the canonical party of each "
        "counterpart (the name as written when no party is known). 'contacts_as_written' keeps "
        "every name as the releases print it.",
        published="Contact",
    ),
    Column(
        "content",
        "string",
        "Type of content: daily interaction or knowledge exchange",
        "Daily interaction (meetings, communications, condolences, courtesy calls: short, senior "
        "officials) or knowledge exchange (political dialogue, forum, seminar, cadre training, "
        "field trip: many participants, longer).",
        published="Type of content",
        enum=CONTENT_LABELS,
    ),
    Column(
        "mechanism",
        "string",
        "Mechanism: global/regional/bilateral, +leftist",
        "Platform of the exchange (global, regional or bilateral), with '+leftist' when the "
        "counterpart is a leftist or communist party or the ruling party of a socialist state; "
        "e.g. 'bilateral+leftist'.",
        published="Mechanism",
    ),
    Column(
        "event_id",
        "string",
        "Stable id of the exchange (ev- + smallest release key)",
        "Identifier that stays with the exchange across runs: 'ev-' followed by the smallest "
        "canonical key of its releases.",
        required=True,
    ),
    Column(
        "date_end",
        "date",
        "Last day of the exchange, when it spans several days",
        "Last day of a multi-day exchange (visit, course); empty for one-day exchanges.",
    ),
    Column("year", "integer", "Year of the exchange", "Calendar year of 'date'."),
    Column(
        "event_type",
        "string",
        "Form of the exchange (meeting, visit, call, seminar...)",
        "The event type as coded (meeting, delegation_visit_abroad, delegation_received, "
        "video_call, phone_call, message, training_course, seminar, forum, dialogue, field_trip, "
        "briefing for party exchanges; state_visit, official_visit, talks, meeting_on_sidelines, "
        "joint_statement for the foreign ministry's), with underscores as spaces.",
    ),
    Column(
        "contacts_as_written",
        "string",
        "Every counterpart as the releases name it",
        "All counterparts of every release of the exchange, as written (Chinese names of Chinese "
        "releases included), '; '-separated. 'Contact' gives them in English.",
    ),
    Column(
        "contact_parties",
        "string",
        "Canonical names of the counterparts' parties",
        "Canonical English names of the parties the counterparts belong to (from the "
        "gazetteer), '; '-separated.",
    ),
    Column(
        "content_prob",
        "number",
        "Probability of the content label (rule or model)",
        "Confidence of the content label: the model's probability, the rule's score, 1 for a human decision.",
    ),
    Column(
        "content_source",
        "string",
        "Who set the content label: rule, model or human",
        "rule (extraction rules), model (the active classifier) or human (a reviewed label).",
        enum=CONTENT_SOURCES,
    ),
    Column(
        "chinese_side",
        "string",
        "Chinese principal (foreign-ministry releases)",
        "Name and office of the Chinese principal, e.g. 'Xi Jinping, President'.",
    ),
    Column(
        "counterpart",
        "string",
        "LAC principal (foreign-ministry releases)",
        "Name and office of the LAC principal.",
    ),
    Column(
        "head_of_state_level",
        "boolean",
        "Both principals heads of state/government",
        "True when both principals are heads of state or government.",
    ),
    Column(
        "partnership_action",
        "string",
        "Partnership established or upgraded",
        "'establish' or 'upgrade' when the release announces a partnership; else empty.",
        enum=PARTNERSHIP_ACTIONS,
    ),
    Column(
        "partnership_level",
        "string",
        "Partnership level named",
        "e.g. 'comprehensive strategic partnership'.",
    ),
    Column(
        "sources",
        "string",
        "Sites that reported the exchange (idcpc, mfa)",
        "Sites of the releases, '; '-separated.",
    ),
    Column(
        "languages",
        "string",
        "Languages of the releases (en, zh)",
        "Languages of the releases, '; '-separated.",
    ),
    Column(
        "releases",
        "integer",
        "Number of releases merged into this row",
        "How many release pages report this exchange.",
        required=True,
    ),
    Column("title", "string", "Headline of the lead release", "Headline as printed on the lead release."),
    Column(
        "published",
        "date",
        "Publication date of the earliest release",
        "Date printed on the earliest release of the exchange (Beijing time).",
    ),
    Column(
        "keys",
        "string",
        "Canonical release keys (site:id), '; '-separated",
        "The catalog keys of the releases, lead release first; 'site:id#N' is exchange N of a page "
        "that reports several (a roundup of messages, a news-in-brief digest).",
    ),
    Column(
        "urls",
        "string",
        "Every url of every release, ' | '-separated",
        "Each release's url and all aliases under which the crawler saw it.",
    ),
    Column(
        "archive",
        "string",
        "WARC records the releases were read from (file@offset)",
        "Pointer into the append-only archive for each release: WARC file relative to corpus/ "
        "and byte offset, '; '-separated, in the order of 'keys'.",
    ),
    Column(
        "text_from",
        "string",
        "Where each release's text came from: live site or web-archive capture",
        "'live' (fetched from the site) or 'archive <capture time, UTC>' (read from an Internet Archive "
        "capture because the live site no longer lists or serves the release), one per release, "
        "'; '-separated, in the order of 'keys'.",
    ),
    Column(
        "evidence",
        "string",
        "Evidence spans per release and field (JSON)",
        "JSON object: release key -> field -> list of [start, end, text, where] character spans "
        "into the release's body text (or title) as extraction read it: the stored copy with HTML "
        "entities left as text, a mangled encoding and invisible characters undone (nlp/repair.py); "
        "the span's own text is quoted.",
    ),
    Column("extractor_version", "string", "Extractor version(s)", "Version of nlp.extract."),
    Column("gazetteer_version", "string", "Gazetteer version(s)", "Version of the gazetteer data."),
    Column(
        "model_version",
        "string",
        "Content-model version(s)",
        "Version of the active content classifier; empty when rules or humans decided.",
    ),
    Column(
        "merge_note",
        "string",
        "How the releases of this row were matched",
        "Why these releases were judged to report one exchange (see publish/merge.py).",
    ),
    Column("notes", "string", "Notes from extraction and review", "Free-text notes, '; '-separated."),
)

PUBLISHED: tuple[Column, ...] = tuple(c for c in COLUMNS if c.published)
FULL: tuple[Column, ...] = COLUMNS


def _field(column: Column, published: bool) -> dict:
    out: dict = {
        "name": column.published if published else column.name,
        "type": column.type,
        "title": column.label,
        "description": column.description,
    }
    if column.type == "date":
        out["format"] = "%Y-%m-%d"
    constraints: dict = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if column.name == "mechanism":
        constraints["pattern"] = (
            r"((global|regional|bilateral)(\+(global|regional|bilateral))*(\+leftist)?|leftist)?"
        )
    if constraints:
        out["constraints"] = constraints
    return out


def datapackage(extra_resources: list[dict] | None = None) -> dict:
    """The Frictionless Data Package descriptor (Table Schema for each CSV)."""

    def resource(name: str, path: str, published: bool) -> dict:
        cols = PUBLISHED if published else FULL
        return {
            "name": name,
            "path": path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {
                "fields": [_field(c, published) for c in cols],
                "primaryKey": "Number" if published else "event_id",
                "missingValues": [""],
            },
        }

    return {
        "profile": "tabular-data-package",
        "name": DATASET_NAME,
        "title": "China's party and state exchanges with Latin America and the Caribbean",
        "description": "Exchanges of the CPC's International Department (IDCPC) and China's foreign "
        "ministry with LAC actors, coded from official releases by dipex.",
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "resources": [
            resource("exchanges", f"{PUBLISHED_FILE}.csv", True),
            resource("exchanges-full", f"{FULL_FILE}.csv", False),
            *(extra_resources or []),
        ],
    }


def datapackage_json(extra_resources: list[dict] | None = None) -> str:
    return json.dumps(datapackage(extra_resources), ensure_ascii=False, indent=2) + "\n"


def stata_published_name(col: Column) -> str:
    """The Stata variable of a published column: its published name, non-word characters as
    ``_`` (Stata allows no spaces), at most 32 characters."""
    return re.sub(r"\W", "_", col.published or col.name)[:32]


def codebook_markdown() -> str:
    """The codebook a reader of the data set needs, in Markdown."""
    lines = [
        "# Codebook: dipex exchanges",
        "",
        "One row is one exchange between China (the CPC's International Department or the state) "
        "and actors of a Latin American or Caribbean country or a LAC regional body. Releases that "
        "report the same exchange (IDCPC and foreign ministry, English and Chinese, several pages) "
        "are merged into one row that keeps every url; `merge_note` explains each merge.",
        "",
        f"- `{PUBLISHED_FILE}.csv|.xlsx|.parquet|.dta`: the published schema "
        f"({', '.join(c.published or '' for c in PUBLISHED)}).",
        f"- `{FULL_FILE}.csv|.xlsx|.parquet|.dta`: every column below, with provenance.",
        "- `changes.csv`: rows new, changed or gone compared with the previous version of the data set "
        "(matched on `event_id`; a row whose `event_id` changed because an earlier-numbered report of "
        "the same exchange joined it is `changed`, with `event_id (was …)` among its fields).",
        "- `datapackage.json`: the same codebook as a Frictionless Data Package (Table Schema).",
        "- `tables/partnership_ladder.csv`: China's partnership ladder as of a day (default: the data's "
        "latest date; `export --as-of YYYY-MM-DD` for another): per partner (`country`) the highest "
        "`level` announced on or before that day (`partnership_level` of rows with a "
        "`partnership_action`), its `tier` (relationship, partnership, comprehensive partnership, "
        "strategic partnership, comprehensive strategic partnership, community with a shared future, "
        "all-weather), its `rank` on the gazetteer's ladder (1 = lowest), the day it was `reached`, "
        "the number of `steps` seen and the `as_of` day.",
        "",
        "Empty cells are missing values. `exchanges_full.dta` uses the snake_case names; "
        f"`{PUBLISHED_FILE}.dta` the published names with underscores for spaces ("
        + ", ".join(f"`{stata_published_name(c)}`" for c in PUBLISHED)
        + "). Both carry the short label of each column as its variable label.",
        "",
        "| column | published as | type | allowed values | description |",
        "|---|---|---|---|---|",
    ]
    for c in COLUMNS:
        enum = ", ".join(f"`{v}`" for v in c.enum) if c.enum else ""
        desc = c.description.replace("|", "\\|")
        lines.append(f"| `{c.name}` | {c.published or ''} | {c.type} | {enum} | {desc} |")
    lines += [
        "",
        "## Opening the CSV safely",
        "",
        "The CSV files keep every value exactly as extracted, including text that begins with `=`, "
        "`+`, `-` or `@` (a contact, a title). Spreadsheet programs run such a cell as a formula when "
        "a CSV is opened by double-click, which can change what you see or, in some programs, fetch "
        "or run something. Open the CSV through an import dialog with every column as Text "
        "(Excel: Data → From Text/CSV → Transform, or Get Data with column type Text; LibreOffice: "
        "File → Open, tick *Format quoted field as text* and set the columns to Text), or use the "
        "XLSX files, where such text is stored as text, never as a formula. Statistics packages "
        "(R, Stata, pandas) read the CSV as plain data.",
        "",
        "## Mechanism",
        "",
        "`global` (worldwide platforms: CPC in Dialogue with World Political Parties, BRICS party "
        "forums), `regional` (LAC-wide platforms: China-CELAC Political Parties Forum, courses for "
        "several LAC countries, São Paulo Forum), `bilateral` (one country's actors), joined with "
        "`+`, plus `+leftist` when the counterpart is a leftist or communist party or the ruling "
        "party of a socialist state.",
        "",
    ]
    return "\n".join(lines)
