"""Self-written releases for the extraction tests (invented wording in the sites' style; the
party, country and official names are facts)."""

from __future__ import annotations

from pathlib import Path

from nlp.extract import extract
from nlp.schema import Record

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "eval" / "dev"


def idcpc(text: str, title: str = "", published: str | None = "2019-05-10", lang: str = "en",
          url: str = "https://www.idcpc.org.cn/english/news/201905/t20190510_1.html") -> Record:
    return extract({"url": url, "source": "idcpc", "lang": lang, "title": title, "published": published,
                    "text": text})


def mfa(text: str, title: str = "", published: str | None = "2023-04-15", lang: str = "en",
        url: str = "https://www.fmprc.gov.cn/eng/zxxx/202304/t20230415_1.html") -> Record:
    return extract({"url": url, "source": "mfa", "lang": lang, "title": title, "published": published,
                    "text": text})


def parties(record: Record) -> set[str]:
    return {c.party for c in record.contacts if c.party}
