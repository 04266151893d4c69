"""A small self-written corpus for the review tests: records, catalog rows and a WARC.

All release wording is invented for these tests (party and country names are facts)."""

from __future__ import annotations

from dataclasses import dataclass

from dipex.workspace import Workspace
from learn.labels import LabelStore
from nlp.records_db import RecordStore
from nlp.schema import Contact, Record, Span, text_sha256
from review.vocab import PartyChoice, Vocab
from scraper.archive import WarcArchive
from scraper.catalog import Catalog, Release
from scraper.http import Exchange

CUBA_TITLE = "Liu Jianchao Meets Delegation of the Communist Party of Cuba"
CUBA_TEXT = (
    "Beijing, March 5th -- IDCPC head Liu Jianchao met here today with a group from the Communist "
    "Party of Cuba led by Roberto Morales Ojeda.\n\nThe two sides exchanged views on party building. "
    "Liu said that 2 < 3 & the friendship "
    "<b>grows</b> <script>window.pwned = 1</script> year after year. Enditem"
)
BRAZIL_TITLE = "Seminar on Governance Experience Held with Workers' Party of Brazil"
BRAZIL_TEXT = (
    "Sao Paulo, June 12th -- A two-day theoretical seminar on governance experience was held by the "
    "IDCPC and the Workers' Party of Brazil. More than 60 party cadres took part in the seminar and "
    "visited a rural cooperative. Enditem"
)
MFA_TITLE = "Xi Jinping Holds Talks with President of Brazil"
MFA_TEXT = (
    "On November 20, President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva "
    "in Brasilia. The two heads of state agreed to upgrade relations to a community with a shared "
    "future and a comprehensive strategic partnership."
)
OTHER_TITLE = "IDCPC Delegation Visits Kenya"
OTHER_TEXT = "Nairobi, May 2nd -- An IDCPC delegation met leaders of a Kenyan party. Enditem"

ARCHIVED_PAGE = (
    "<html><head><title>{title}</title><script>window.parent.pwned = 2</script>"
    "<link rel='stylesheet' href='https://www.idcpc.org.cn/style.css'>"
    "<meta http-equiv='refresh' content='0;url=https://example.org/'></head>"
    "<body onload=\"alert('x')\"><div class='content'><h1>{title}</h1>"
    "<img src='https://www.idcpc.org.cn/logo.png' onerror='alert(1)'>"
    "<p>{text}</p><a href='javascript:alert(3)'>more</a>"
    "<iframe src='https://example.org/'></iframe></div></body></html>"
)

VOCAB = Vocab(
    countries=["Argentina", "Brazil", "Chile", "Cuba", "Mexico", "Venezuela"],
    parties=[
        PartyChoice("cu-pcc", "Communist Party of Cuba", "Cuba", ("PCC", "Partido Comunista de Cuba")),
        PartyChoice("br-pt", "Workers' Party", "Brazil", ("PT", "Partido dos Trabalhadores")),
        PartyChoice("br-pcdob", "Communist Party of Brazil", "Brazil", ("PCdoB",)),
        PartyChoice("mx-morena", "National Regeneration Movement", "Mexico", ("Morena",)),
    ],
)


def span_of(text: str, part: str, where: str = "text") -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part, where)


@dataclass
class Corpus:
    ws: Workspace
    keys: list[str]

    @property
    def labels(self) -> LabelStore:
        return LabelStore(self.ws.labels_dir)


def build_records() -> list[Record]:
    cuba = Record(
        url="http://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html",
        source="idcpc",
        title=CUBA_TITLE,
        published="2024-03-05",
        key="idcpc:1001",
        text_sha256=text_sha256(CUBA_TEXT),
        relevant=True,
        event_date="2024-03-05",
        country="Cuba",
        exchange_type="bilateral",
        contacts=[Contact("Roberto Morales Ojeda", "party", "cu-pcc", "Communist Party of Cuba")],
        event_type="meeting",
        content="daily interaction",
        content_prob=0.52,
        content_source="rule",
        mechanism=["bilateral", "leftist"],
        versions={"extractor": "test"},
    )
    cuba.add_evidence("country", span_of(CUBA_TEXT, "Communist Party of Cuba"))
    cuba.add_evidence("contacts", span_of(CUBA_TEXT, "Roberto Morales Ojeda"))
    cuba.add_evidence("contacts", span_of(CUBA_TEXT, "Communist Party of Cuba"))
    cuba.add_evidence("event_type", span_of(CUBA_TEXT, "met here today"))
    cuba.add_evidence("event_date", span_of(CUBA_TEXT, "March 5th"))
    cuba.add_evidence("country", span_of(CUBA_TITLE, "Cuba", "title"))
    brazil = Record(
        url="http://www.idcpc.org.cn/english2023/news/202406/t20240612_1002.html",
        source="idcpc",
        title=BRAZIL_TITLE,
        published="2024-06-13",
        key="idcpc:1002",
        text_sha256=text_sha256(BRAZIL_TEXT),
        relevant=True,
        event_date="2024-06-12",
        country="Brazil",
        exchange_type="bilateral",
        contacts=[Contact("Workers' Party of Brazil", "party", "br-pt", "Workers' Party")],
        event_type="seminar",
        content="knowledge exchange",
        content_prob=0.93,
        content_source="rule",
        mechanism=["bilateral", "leftist"],
    )
    brazil.add_evidence("event_type", span_of(BRAZIL_TEXT, "theoretical seminar"))
    brazil.add_evidence("content", span_of(BRAZIL_TEXT, "theoretical seminar on governance experience"))
    mfa = Record(
        url="https://www.mfa.gov.cn/eng/xw/zyxw/202411/t20241120_2001.html",
        source="mfa",
        title=MFA_TITLE,
        published="2024-11-20",
        key="mfa:2001",
        text_sha256=text_sha256(MFA_TEXT),
        relevant=True,
        event_date="2024-11-20",
        country="Brazil",
        exchange_type="bilateral",
        event_type="talks",
        content="daily interaction",  # the rules' tag: talks are daily interaction
        content_source="rule",
        chinese_side="Xi Jinping, President",
        counterpart="Luiz Inacio Lula da Silva, President",
        head_of_state_level=True,
        partnership_action="upgrade",
        partnership_level="comprehensive strategic partnership",
    )
    mfa.add_evidence("partnership_level", span_of(MFA_TEXT, "comprehensive strategic partnership"))
    other = Record(
        url="http://www.idcpc.org.cn/english2023/news/202305/t20230502_1003.html",
        source="idcpc",
        title=OTHER_TITLE,
        published="2023-05-02",
        key="idcpc:1003",
        text_sha256=text_sha256(OTHER_TEXT),
        relevant=False,
        content_prob=0.75,
    )
    return [cuba, brazil, mfa, other]


def build_corpus(ws: Workspace) -> Corpus:
    """Records in the records store, their releases in the catalog, their pages in a WARC."""
    ws.ensure()
    records = build_records()
    texts = {
        "idcpc:1001": CUBA_TEXT,
        "idcpc:1002": BRAZIL_TEXT,
        "mfa:2001": MFA_TEXT,
        "idcpc:1003": OTHER_TEXT,
    }
    archive = WarcArchive(ws.warc_dir, "test-run")
    catalog = Catalog(ws.catalog_path)
    for record in records:
        body = ARCHIVED_PAGE.format(title=record.title, text=texts[record.key]).encode("utf-8")
        offset = archive.append(
            Exchange(
                url=record.url,
                status=200,
                reason="OK",
                headers=[("Content-Type", "text/html; charset=utf-8")],
                body=body,
                request_headers={},
            ),
            real_url=record.url,
            role="article",
            source=record.source,
        )
        catalog.put(
            Release(
                key=record.key,
                url=record.url,
                status="ok",
                source=record.source,
                site=record.source,
                lang="en",
                fetched_at="2024-12-01T00:00:00Z",
                http_status=200,
                warc_file=catalog.warc_relpath(archive.path),
                warc_offset=offset,
                title=record.title,
                published=record.published,
                text=texts[record.key],
            )
        )
    archive.close()
    catalog.close()
    store = RecordStore(ws.records_path)
    store.put_many(records)
    store.close()
    return Corpus(ws, [r.key for r in records])
