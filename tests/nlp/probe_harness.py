"""One harness for the probe campaigns: a self-written release with the values a careful coder
gives it under the codebook, run through extraction once, one test per probe and field.

Every campaign file used to carry its own copy of this scaffolding; they differ only in their
probes, so the probe's shape, its url, how a field is read off a record and how doubtful or open
fields are marked live here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pytest
from nlp_helpers import idcpc, mfa, parties

from nlp.schema import Record

# Addresses in the sites' own patterns (``../shared/sites/README.md``); ``url()`` fills them in.
IDCPC_EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
IDCPC_EN_OLD = "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_16{n:04d}.html"
IDCPC_ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_13{n:04d}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_13{n:04d}.shtml"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_13{n:04d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_13{n:04d}.htm"


def url(template: str, day: str, n: int = 0, **more: str) -> str:
    """A page address in one of the templates above for the page's day ("2023-03-14").

    ``more`` fills the fields a campaign's own template adds (an embassy's country code, a host).
    """
    y, m, d = day.split("-")
    return template.format(ym=y + m, ymd=y + m + d, n=n, y=y, m=m, d=d, **more)


@dataclass(frozen=True, eq=False)
class Probe:
    """One self-written page and the coder's values (``expect``: field name → value).

    ``doubtful`` names fields where the codebook leaves a careful coder unsure (field → why):
    their tests may fail without failing the suite.
    """

    pid: str
    title: str
    text: str
    published: str | None
    url: str
    expect: dict[str, Any]
    lang: str = "en"
    source: str = "idcpc"
    doubtful: dict[str, str] = field(default_factory=dict)


# Campaigns of one site or one language write their probes without the field: these fill it in.
MfaProbe = partial(Probe, source="mfa")
ZhProbe = partial(Probe, lang="zh")

NO: dict[str, Any] = {"relevant": False}

# The codebook's values as probes write them, named once (content labels; mechanism sets; country).
DI = "daily interaction"
KE = "knowledge exchange"
B = {"bilateral"}
BL = {"bilateral", "leftist"}
R = {"regional"}
RL = {"regional", "leftist"}
G = {"global"}
GL = {"global", "leftist"}
M = "multilateral"


def yes(country: str, event_type: str, date: str | None, **more: Any) -> dict[str, Any]:
    """The expected values of a relevant page: the three fields every relevant probe checks, and more."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date, **more}


# Keyed by the probe itself (hashed by identity: ``eq=False``), which the dict keeps alive: an
# ``id()`` key could be reused by a later probe once a throwaway one is collected.
_RECORDS: dict[Probe, Record] = {}


def record_of(probe: Probe) -> Record:
    """The probe's record, extracted once per test session however many fields it checks."""
    if probe not in _RECORDS:
        extract = mfa if probe.source == "mfa" else idcpc
        _RECORDS[probe] = extract(probe.text, title=probe.title, published=probe.published,
                                  lang=probe.lang, url=probe.url)
    return _RECORDS[probe]


def value_of(record: Record, name: str) -> Any:
    """A field as a coder writes it: parties and mechanism as sets, a missing counterpart or Chinese
    side as ''. ``counterpart_has`` is the counterpart a probe expects to hold a given name."""
    if name == "parties":
        return parties(record)
    if name == "mechanism":
        return set(record.mechanism)
    if name in ("counterpart", "chinese_side"):
        return getattr(record, name) or ""
    if name == "counterpart_has":
        return record.counterpart or ""
    return getattr(record, name)


def cases(probes: Iterable[Probe], open_: Mapping[tuple[str, str], str] | None = None,
          doubtful: Mapping[tuple[str, str], str] | None = None,
          doubt_prefix: str = "doubtful: ") -> list[Any]:
    """One pytest param per probe and field, id ``<pid>-<field>``.

    A doubtful field, or one listed in ``open_`` ((pid, field) → the reason it still fails), is a
    non-strict xfail: it reports when it starts passing and never hides a crash elsewhere.
    ``doubtful`` ((pid, field) → why) holds the doubts of campaigns that list them beside their
    probes rather than on them. ``doubt_prefix`` opens a doubt's reason: campaigns whose reasons say
    it in their own words pass "".
    """
    return list(_cases(probes, open_ or {}, doubtful or {}, doubt_prefix))


def _cases(probes: Iterable[Probe], open_: Mapping[tuple[str, str], str],
           doubtful: Mapping[tuple[str, str], str], doubt_prefix: str) -> Iterator[Any]:
    for probe in probes:
        for name, expected in probe.expect.items():
            marks = []
            if name in probe.doubtful or (probe.pid, name) in doubtful:
                doubt = probe.doubtful[name] if name in probe.doubtful else doubtful[(probe.pid, name)]
                marks.append(pytest.mark.xfail(strict=False, reason=doubt_prefix + doubt))
            elif (probe.pid, name) in open_:
                marks.append(pytest.mark.xfail(strict=False, reason=open_[(probe.pid, name)]))
            yield pytest.param(probe, name, expected, id=f"{probe.pid}-{name}", marks=marks)


def page_cases(probes: Iterable[Any], open_: Mapping[str, str] | None = None) -> list[Any]:
    """One pytest param per probe, id ``<pid>``, for campaigns that check all of a page's fields in one
    test: a probe listed in ``open_`` (pid → the reason it still fails) is a non-strict xfail."""
    open_ = open_ or {}
    return [pytest.param(probe, id=probe.pid, marks=[pytest.mark.xfail(strict=False, reason=open_[probe.pid])]
                         if probe.pid in open_ else [])
            for probe in probes]


def assert_unique_ids(probes: Iterable[Any]) -> None:
    """Two probes with one id would share a record and hide each other's failures."""
    seen: set[str] = set()
    for probe in probes:
        assert probe.pid not in seen, f"duplicate probe id {probe.pid}"
        seen.add(probe.pid)
