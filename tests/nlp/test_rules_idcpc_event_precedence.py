"""The codebook's IDCPC event-type precedence on the pages a probe campaign found miscoded: a CPC
delegation presenting a CPC congress or plenum abroad (briefing), a LAC delegation's stay in China
(delegation_received) and its tour of provinces (field_trip), a CPC official attending or
addressing a LAC party's congress or celebration (other), and two sides talking by video.

Every page is self-written in the sites' and agencies' style (invented wording; the party,
country, province and people's names are facts).
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

AGENCY_EN = "https://english.news.cn/20221202/a1b2c3d4e5/c.html"
URL_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202212/t20221202_1.html"


# ------------------------------------------- rule 2: briefing — the CPC side presents a CPC meeting abroad
@pytest.mark.parametrize("lead", [
    "Mexico City, Dec. 2nd--A presentation on the 20th National Congress of the Communist Party of China was "
    "held here today for leaders of Mexican political parties by a visiting CPC delegation.",
    "Bogota, Dec. 2nd--A delegation of the Communist Party of China gave a presentation on the Third Plenary "
    "Session of the 20th CPC Central Committee to Colombian party leaders here on Friday.",
    "Santiago, Dec. 2nd--Leaders of Chilean political parties attended a presentation on the 20th CPC "
    "National Congress given by a visiting CPC delegation on Friday.",
    "Havana, Dec. 2nd--A CPC delegation lectured members of the Communist Party of Cuba on the 20th Party "
    "Congress here on Friday.",
])
def test_a_presentation_or_lecture_on_a_cpc_congress_abroad_is_a_briefing(lead):
    """Codebook rule 2: `briefing` is the CPC side presenting a CPC meeting or policy to foreign parties;
    "a presentation on", "lectured on" the congress or a plenum are that, also under a LAC dateline (rule
    1 before rule 4: not the visit as a whole)."""
    record = idcpc(lead, title="CPC delegation shares Congress outcomes", published="2022-12-02",
                   url=AGENCY_EN)
    assert record.relevant
    assert record.event_type == "briefing"
    assert record.content == "knowledge exchange"


def test_a_presentation_of_something_else_on_a_visit_is_no_briefing():
    """A presentation that is no CPC meeting or policy (a company's project) leaves the visit a visit."""
    lead = ("Lima, Dec. 2nd--A CPC delegation visited Peru from November 28th to December 2nd. The "
            "delegation attended a presentation on a port project and met leaders of the Peru Libre party.")
    record = idcpc(lead, title="CPC delegation visits Peru", published="2022-12-02", url=AGENCY_EN)
    assert record.event_type == "delegation_visit_abroad"
