"""event_date, seventh round: forms of the exchange's day that pages write and the finder missed
(codebook, ../shared/eval/SCHEMA.md: decision rules -> event_date, "Dates of visits and briefings").
Self-written releases in the sites' and the agencies' styles; names of people and parties are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

IDCPC_EN = "https://www.idcpc.org.cn/english2023/news/{ym}/t{ymd}_1.html"
IDCPC_ZH = "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{ymd}_1.html"
MFA_EN = "https://www.mfa.gov.cn/eng/xw/zyxw/{ym}/t{ymd}_1.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_1.shtml"


def _url(pattern: str, published: str) -> str:
    ymd = published.replace("-", "")
    return pattern.format(ym=ymd[:6], ymd=ymd)


# ------------------------------------------------------ "on the 10th": an English day without its month

@pytest.mark.parametrize("source,title,text,published,expected", [
    ("idcpc", "Liu Jianchao Meets with President of Broad Front of Uruguay",
     "Beijing, June 11th (IDCPC) -- On the morning of the 10th, Liu Jianchao, head of the IDCPC, met with "
     "Fernando Pereira, president of the Broad Front of Uruguay. Liu briefed the guest on the CPC's work.",
     "2023-06-11", "2023-06-10"),
    ("mfa", "Xi Jinping Speaks with Cuban President Miguel Diaz-Canel on the Phone",
     "The two presidents spoke by phone on the 10th. President Xi Jinping said China and Cuba are good "
     "friends, good comrades and good brothers.", "2023-05-11", "2023-05-10"),
    # the day after the printed day is the month before's (a report follows its exchange)
    ("idcpc", "Sun Haiyan Meets with Delegation of Communist Party of Chile",
     "On the 30th, Sun Haiyan, vice minister of the IDCPC, met with a delegation of the Communist Party of "
     "Chile in Beijing.", "2023-06-02", "2023-05-30"),
    ("idcpc", "Delegation of PCdoB Visits Fujian",
     "From the 14th to the 16th, a delegation of the Communist Party of Brazil visited Fujian Province at "
     "the invitation of the CPC, touring villages and companies.", "2024-08-19", "2024-08-14"),
])
def test_an_ordinal_day_without_its_month_dates_the_exchange(source, title, text, published, expected):
    make, pattern = (idcpc, IDCPC_EN) if source == "idcpc" else (mfa, MFA_EN)
    record = make(text, title=title, published=published, url=_url(pattern, published))
    assert record.event_date == expected


@pytest.mark.parametrize("text", [
    # an ordinal before a noun is no day: the congress, an anniversary, a forum's edition
    "Beijing, May 12th (IDCPC) -- Liu Jianchao, head of the IDCPC, briefed a delegation of the Communist "
    "Party of Cuba on the 20th National Congress of the CPC here today.",
    "Beijing, May 12th (IDCPC) -- On the 10th anniversary of the two parties' theory seminar, Liu Jianchao, "
    "head of the IDCPC, met with a delegation of the Communist Party of Cuba here today.",
    "Beijing, May 12th (IDCPC) -- Speaking of the 8th China-CELAC Political Parties Forum, Liu Jianchao, "
    "head of the IDCPC, met with a delegation of the Communist Party of Cuba here today.",
])
def test_an_ordinal_before_a_noun_is_no_day(text):
    record = idcpc(text, title="Liu Jianchao Meets with PCC Delegation", published="2023-05-12",
                   url=_url(IDCPC_EN, "2023-05-12"))
    assert record.event_date == "2023-05-12"
