"""Records written by hand for the publish tests (no extractor involved)."""

from __future__ import annotations

from nlp.schema import Contact, Record, Span


def record(
    key: str,
    *,
    source: str = "idcpc",
    lang: str = "en",
    date: str | None = "2024-04-03",
    country: str | None = "Cuba",
    event_type: str | None = "meeting",
    contacts=(),
    content: str | None = "daily interaction",
    content_source: str = "rule",
    prob: float = 0.8,
    mechanism=("bilateral",),
    relevant: bool = True,
    **extra,
) -> Record:
    site, _, num = key.partition(":")
    url = extra.pop("url", f"https://www.{'idcpc.org.cn' if site == 'idcpc' else 'mfa.gov.cn'}/t{num}.html")
    rec = Record(
        url=url,
        source=source,
        lang=lang,
        title=extra.pop("title", f"Release {key}"),
        published=extra.pop("published", date),
        key=key,
        relevant=relevant,
        event_date=date,
        country=country,
        exchange_type="multilateral" if country == "multilateral" else "bilateral",
        contacts=[Contact(**c) if isinstance(c, dict) else Contact(name=c) for c in contacts],
        event_type=event_type,
        content=content,
        content_prob=prob,
        content_source=content_source,
        mechanism=list(mechanism),
        versions={"extractor": "x1", "gazetteer": "g1"},
        **extra,
    )
    rec.add_evidence("country", Span(0, 4, country or "", "text"))
    return rec


def sample_records() -> list[Record]:
    """Nine releases, eight exchanges: one exchange is reported by the IDCPC in English and Chinese."""
    return [
        record(
            "idcpc:101",
            date="2023-03-02",
            country="Cuba",
            contacts=[
                {
                    "name": "Roberto Morales Ojeda",
                    "kind": "party",
                    "party_id": "cu-pcc",
                    "party": "Communist Party of Cuba",
                }
            ],
            mechanism=("bilateral", "leftist"),
        ),
        record(
            "idcpc:102",
            lang="zh",
            date="2023-03-03",
            country="Cuba",
            contacts=[
                {
                    "name": "莫拉莱斯",
                    "kind": "party",
                    "party_id": "cu-pcc",
                    "party": "Communist Party of Cuba",
                }
            ],
            mechanism=("leftist", "bilateral"),
        ),
        record(
            "idcpc:103",
            date="2023-05-10",
            country="Brazil",
            event_type="seminar",
            contacts=["Workers' Party delegation"],
            content="knowledge exchange",
            prob=0.9,
        ),
        record(
            "idcpc:104",
            date="2024-06-01",
            country="multilateral",
            event_type="forum",
            contacts=["China-CELAC Political Parties Forum"],
            content="knowledge exchange",
            mechanism=("regional",),
        ),
        record("idcpc:105", date="2024-07-15", country="Mexico", contacts=["Morena"]),
        record(
            "idcpc:106", date="2024-07-16", country="Mexico", contacts=["Institutional Revolutionary Party"]
        ),
        record(
            "mfa:201",
            source="mfa",
            date="2024-11-20",
            country="Brazil",
            event_type="state_visit",
            contacts=["Luiz Inácio Lula da Silva"],
            chinese_side="Xi Jinping, President",
            counterpart="Luiz Inácio Lula da Silva, President",
            head_of_state_level=True,
            partnership_action="upgrade",
            partnership_level="community with a shared future",
        ),
        record(
            "mfa:202",
            source="mfa",
            date="2025-02-10",
            country="Peru",
            event_type="phone_call",
            contacts=["Dina Boluarte"],
            head_of_state_level=True,
        ),
        record("idcpc:107", date="2025-03-01", country="Chile", relevant=False),
        record("idcpc:108", date=None, published=None, country="Venezuela", contacts=["PSUV"]),
    ]
