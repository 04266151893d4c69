# ruff: noqa: E501  (probe texts are long lines)
"""Campaign 15B: foreign-ministry pages with the South American states and Mexico (Mexico, Brazil,
Argentina, Chile, Peru, Colombia, Venezuela, Ecuador, Bolivia, Uruguay, Paraguay), 2008-2026, at every
level of the LAC side, read with the office each person held on the page's day: presidents (an interim
or acting head, a president-elect before inauguration, a former president visiting, a second spell in
office), vice presidents, prime ministers where the title exists, foreign ministers, vice ministers,
ambassadors, governors, speakers of congress, first ladies; congratulations on an election win and on
taking office, condolences on a former leader's death, inaugurations attended by a Chinese special envoy,
pages naming an outgoing and an incoming head of one country; partnership steps by the history table;
fmprc.gov.cn / mfa.gov.cn in English and Chinese (some traditional script) and agency and embassy copies.

Self-written releases in the sites' style; names of people, states and bodies are facts, the wording is
invented. Each probe names the values a careful coder gives under the codebook (shared/eval/SCHEMA.md,
Decision rules; partnership-history.csv). One test per probe and field.

Decisions this campaign takes (from the codebook's words):
- head-of-state level is read off the page: the office the page gives the LAC principal on that day. A
  message "on his election as President" goes to a president-elect (false); one "on assuming office",
  "on being sworn in" or to a sitting president re-elected goes to a head in office (true). A former
  president, a vice president, a vice president acting for an absent president, a minister, a speaker,
  a governor are not heads; the Chinese Vice President, the NPC chairman and the Vice Premier are not.
- an interim head of state ("interim President" Temer in 2016, Áñez in 2019-2020) is doubtful: the
  codebook says "in office" and does not settle an interim holder.
- Paraguay has no diplomatic ties with the PRC; a page about Paraguay codes like any other: relevant
  when a Chinese minister or vice minister takes part in an exchange with Paraguayan actors, not when a
  spokesperson only comments.
- a Latin American who acts for a worldwide body (a UN High Commissioner, the president of the New
  Development Bank) is doubtful as a LAC actor.

First run, blind (120 pages, written before any code was read; doubtful fields apart): relevant 116/117,
country 110/110, event_date 110/110, event_type 107/109, head_of_state_level 104/105, partnership action
109/110 and level 22/22, counterpart 95/104. The misses: the LAC principal's office in forms the reader
did not know (an appositive as a relative clause "who was President of Mexico", "the new Ambassador of
Colombia", "Executive Vice President", Peru's "President of the Council of Ministers", "X, Governor of the
Brazilian state of São Paulo", a message on "taking office as Secretary of Foreign Affairs", "on winning
the presidential election", a Chinese chain ending in an envoy's title 前总统、…特使), a condolence headline
whose mourned president made the lead's vice president an attendant, a bilateral committee's session read
as a conference; and two left open (below). Batch 2 (37 pages, written after reading the counterpart
code): 2 counterpart misses ("who won Colombia's presidential election", "a former President of"). Batch 3
(20 pages: the Chinese principal's own office over time, Xi as Vice President in 2009): 1 counterpart miss
(a delegation "sent by President X and led by" Y), after mending two slips of my own headlines. Batch 4
(17 pages: heads of government 2008-2025, summits, inaugurations in Chinese naming the outgoing head):
no miss. Batch 5 (13 pages, the counterpart's office written in other ways): 4 misses, 3 fixed ("held a
video meeting with" under a "Meets" headline, "Chilean Senate President X", Argentina's "Chief of the
Cabinet of Ministers") and one kept doubtful (a gathering named only as "a meeting of foreign ministers").
Batch 6 (6 pages, partnership steps announced ahead or named in joint statements): 1 miss, fixed (a plan
in a briefing's first reported clause kept the second clause's announced step from counting).
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import mfa
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
    MFA_EN,
    MFA_ZH,
    NO,
    MfaProbe,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

MFA_EN_OLD = "https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t{n:07d}.shtml"
MFA_ZH_OLD = "https://www.fmprc.gov.cn/web/zyxw/t{n:07d}.shtml"
BIG5 = "http://big5.news.cn/gate/big5/www.news.cn/politics/leaders/{y}-{m}/{d}/c_1130{n:05d}.htm"
EMB_EN = "http://{cc}.china-embassy.gov.cn/eng/zgyw/{ym}/t{ymd}_115{n:05d}.htm"
EMB_ZH = "http://{cc}.china-embassy.gov.cn/chn/zgyw/{ym}/t{ymd}_116{n:05d}.htm"

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"
AWSP = "all-weather strategic partnership"

INTERIM = "an interim head of state: the codebook says 'in office' and does not settle an interim holder"
WORLD_BODY = "a Latin American acting for a worldwide body: whether that makes an exchange with LAC actors"
PERU_PM = ("Peru's Prime Minister (President of the Council of Ministers) is not the head of government; the "
           "codebook lists Prime Minister among the heads' offices without that distinction")
THIRD_CITY = ("a meeting placed in a third country's city with no conference named: the codebook's sidelines need a "
              "summit the page names or places the meeting at")
FIRST_LADY = "the Chinese side is the President's wife, none of state leader, minister or vice minister"


def old(template: str, n: int) -> str:
    return template.format(n=n)


def emb(template: str, cc: str, day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return template.format(cc=cc, ym=y + m, ymd=y + m + d, n=n)


def xh(day: str) -> str:
    """An agency copy's furniture: the leading date marker and a menu line."""
    return f" date {day}\nHome | China | World | Business | Sci-Tech | Photos\n"


def xhz(day: str) -> str:
    return f" date {day}\n首页 | 时政 | 国际 | 财经 | 高层\n"


def P(pid: str, title: str, text: str, published: str | None, link: str, expect: dict[str, Any],
      lang: str = "en", **doubtful: str) -> Any:
    return MfaProbe(pid, title, text, published, link, expect, lang=lang, doubtful=doubtful)


# ---- A. heads in office at the page's date: talks, meetings, sidelines, partnership steps -------------
HEADS: list[Any] = [
    P("a-hu-garcia-2008-establish",
      "Hu Jintao Holds Talks with Peruvian President Alan García",
      "On November 19, 2008, President Hu Jintao held talks with President Alan García Pérez at the Government Palace in Lima. "
      "The two heads of state agreed to set up a strategic partnership between China and Peru. García said Peru wants "
      "to finish free trade negotiations with China soon, and Hu said the two economies complement each other well.",
      "2008-11-20", old(MFA_EN_OLD, 5162001),
      yes("Peru", "talks", "2008-11-19", head_of_state_level=True, counterpart_has="García",
          partnership_action="establish", partnership_level=SP)),
    P("a-hu-calderon-2008",
      "Hu Jintao Holds Talks with Mexican President Felipe Calderón",
      "President Hu Jintao held talks with visiting Mexican President Felipe Calderón Hinojosa in the Great Hall of the "
      "People on the afternoon of July 9, 2008. Hu said the strategic partnership set up in 2003 has brought real "
      "benefits, and Calderón said Mexico hopes for a more balanced trade.",
      "2008-07-10", old(MFA_EN_OLD, 5150301),
      yes("Mexico", "talks", "2008-07-09", head_of_state_level=True, counterpart_has="Calderón",
          partnership_action=None)),
    P("a-hu-lula-2009",
      "Hu Jintao Holds Talks with Brazilian President Lula",
      "Beijing, May 19, 2009 — President Hu Jintao held talks today with President Luiz Inácio Lula da Silva of Brazil, "
      "who is on a state visit. The leaders said the strategic partnership between the two large developing nations "
      "has matured, and they agreed to coordinate on the financial crisis.",
      "2009-05-19", old(MFA_EN_OLD, 5170212),
      yes("Brazil", "talks", "2009-05-19", head_of_state_level=True, counterpart_has="Lula",
          partnership_action=None)),
    P("a-hu-dilma-2011",
      "Hu Jintao Holds Talks with Brazilian President Dilma Rousseff",
      "On April 12, 2011, President Hu Jintao held talks in Beijing with President Dilma Rousseff, who is making her "
      "first state visit to China since taking office in January. The two sides agreed to draw up a ten-year plan "
      "of cooperation.",
      "2011-04-12", old(MFA_EN_OLD, 5198001),
      yes("Brazil", "talks", "2011-04-12", head_of_state_level=True, counterpart_has="Rousseff",
          partnership_action=None)),
    P("a-wen-dilma-2012-upgrade",
      "Wen Jiabao Holds Talks with Brazilian President Rousseff",
      "On June 21, 2012, Premier Wen Jiabao held talks with President Dilma Rousseff in Rio de Janeiro. The two "
      "sides announced that China-Brazil relations would be lifted to a comprehensive strategic partnership, and "
      "agreed to set up a regular dialogue between their heads of government.",
      "2012-06-22", old(MFA_EN_OLD, 5293001),
      yes("Brazil", "talks", "2012-06-21", head_of_state_level=True, counterpart_has="Rousseff",
          partnership_action="upgrade", partnership_level=CSP)),
    P("a-wen-pinera-2012-upgrade",
      "Wen Jiabao Holds Talks with Chilean President Piñera",
      "Santiago, June 26, 2012 — Premier Wen Jiabao held talks here today with President Sebastián Piñera. The two "
      "leaders decided to raise bilateral relations to a strategic partnership and to deepen cooperation in "
      "mining, agriculture and science.",
      "2012-06-27", old(MFA_EN_OLD, 5294101),
      yes("Chile", "talks", "2012-06-26", head_of_state_level=True, counterpart_has="Piñera",
          partnership_action="upgrade", partnership_level=SP)),
    P("a-xi-humala-2013-upgrade",
      "Xi Jinping Holds Talks with Peruvian President Ollanta Humala",
      "On April 6, 2013, President Xi Jinping held talks with President Ollanta Humala of Peru in Beijing. The two heads "
      "of state agreed to upgrade China-Peru relations to a comprehensive strategic partnership. Humala said Peru "
      "sees China as a key partner for its development.",
      "2013-04-06", old(MFA_EN_OLD, 1029101),
      yes("Peru", "talks", "2013-04-06", head_of_state_level=True, counterpart_has="Humala",
          partnership_action="upgrade", partnership_level=CSP)),
    P("a-xi-pena-nieto-2013-upgrade",
      "Xi Jinping Holds Talks with Mexican President Enrique Peña Nieto",
      "Mexico City, June 4, 2013 — President Xi Jinping and President Enrique Peña Nieto held talks at the National "
      "Palace today. They agreed to elevate China-Mexico relations to a comprehensive strategic partnership, and "
      "Peña Nieto said Mexico wants to narrow its trade deficit with China.",
      "2013-06-05", old(MFA_EN_OLD, 1047501),
      yes("Mexico", "talks", "2013-06-04", head_of_state_level=True, counterpart_has="Peña Nieto",
          partnership_action="upgrade", partnership_level=CSP)),
    P("a-xi-cristina-2014-upgrade",
      "Xi Jinping Holds Talks with Argentine President Cristina Fernández de Kirchner",
      "On July 18, 2014 local time, President Xi Jinping held talks in Buenos Aires with President Cristina Fernández "
      "de Kirchner. The two presidents jointly announced that relations between China and Argentina are elevated to "
      "a comprehensive strategic partnership.",
      "2014-07-19", old(MFA_EN_OLD, 1175801),
      yes("Argentina", "talks", "2014-07-18", head_of_state_level=True, counterpart_has="Fernández",
          partnership_action="upgrade", partnership_level=CSP)),
    P("a-xi-correa-2015-establish",
      "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
      "On January 7, 2015, President Xi Jinping held talks in Beijing with President Rafael Correa of Ecuador, who is "
      "on a state visit and will attend the first ministerial meeting of the China-CELAC Forum. The two heads of "
      "state announced a strategic partnership between their countries.",
      "2015-01-07", old(MFA_EN_OLD, 1226101),
      yes("Ecuador", "talks", "2015-01-07", head_of_state_level=True, counterpart_has="Correa",
          partnership_action="establish", partnership_level=SP)),
    P("a-xi-temer-g20-2016",
      "Xi Jinping Meets with Brazilian President Michel Temer",
      "On September 2, 2016, President Xi Jinping met in Hangzhou with President Michel Temer of Brazil, who is in "
      "China for the G20 Hangzhou Summit. Xi said the comprehensive strategic partnership has kept growing, and "
      "Temer said his government will keep ties with China a priority.",
      "2016-09-02", url(MFA_EN, "2016-09-02", 1),
      yes("Brazil", "meeting_on_sidelines", "2016-09-02", head_of_state_level=True, counterpart_has="Temer",
          partnership_action=None)),
    P("a-xi-ppk-2016",
      "Xi Jinping Holds Talks with Peruvian President Pedro Pablo Kuczynski",
      "On September 13, 2016, President Xi Jinping held talks in the Great Hall of the People with President Pedro "
      "Pablo Kuczynski, who chose China for his first state visit abroad after taking office in July.",
      "2016-09-13", url(MFA_EN, "2016-09-13", 2),
      yes("Peru", "talks", "2016-09-13", head_of_state_level=True, counterpart_has="Kuczynski",
          partnership_action=None)),
    P("a-xi-vazquez-2016-establish",
      "Xi Jinping Holds Talks with Uruguayan President Tabaré Vázquez",
      "On October 18, 2016, President Xi Jinping held talks with President Tabaré Vázquez of Uruguay in Beijing. The "
      "two heads of state decided to establish a China-Uruguay strategic partnership. Vázquez said Uruguay wants a "
      "free trade agreement with China.",
      "2016-10-18", url(MFA_EN, "2016-10-18", 3),
      yes("Uruguay", "talks", "2016-10-18", head_of_state_level=True, counterpart_has="Vázquez",
          partnership_action="establish", partnership_level=SP)),
    P("a-xi-correa-quito-2016-upgrade",
      "Xi Jinping Holds Talks with Ecuadorian President Rafael Correa",
      "Quito, November 17, 2016 — President Xi Jinping held talks here today with President Rafael Correa. The two heads "
      "of state agreed to lift China-Ecuador relations to a comprehensive strategic partnership.",
      "2016-11-18", url(MFA_EN, "2016-11-18", 4),
      yes("Ecuador", "talks", "2016-11-17", head_of_state_level=True, counterpart_has="Correa",
          partnership_action="upgrade", partnership_level=CSP)),
    P("a-xi-bachelet-2016-upgrade",
      "Xi Jinping Holds Talks with Chilean President Michelle Bachelet",
      "On November 22, 2016 local time, President Xi Jinping held talks with President Michelle Bachelet at La Moneda "
      "Palace in Santiago. The two leaders announced that China and Chile will build a comprehensive strategic "
      "partnership.",
      "2016-11-23", url(MFA_EN, "2016-11-23", 5),
      yes("Chile", "talks", "2016-11-22", head_of_state_level=True, counterpart_has="Bachelet",
          partnership_action="upgrade", partnership_level=CSP)),
    P("a-xi-morales-2018-establish",
      "Xi Jinping Holds Talks with Bolivian President Evo Morales",
      "On June 19, 2018, President Xi Jinping held talks in Beijing with President Evo Morales Ayma of Bolivia. The two "
      "sides agreed to raise bilateral relations to a strategic partnership. Morales said Bolivia supports the Belt "
      "and Road Initiative.",
      "2018-06-19", url(MFA_EN, "2018-06-19", 6),
      yes("Bolivia", "talks", "2018-06-19", head_of_state_level=True, counterpart_has="Morales",
          partnership_action="establish", partnership_level=SP)),
    P("a-xi-macri-bsas-2018",
      "Xi Jinping Holds Talks with Argentine President Mauricio Macri",
      "On December 2, 2018 local time, President Xi Jinping held talks with President Mauricio Macri at the Casa Rosada "
      "in Buenos Aires, right after the G20 summit there. Xi said the comprehensive strategic partnership is at its "
      "best, and Macri thanked China for its support of Argentina's G20 presidency.",
      "2018-12-03", url(MFA_EN, "2018-12-03", 7),
      yes("Argentina", "talks", "2018-12-02", head_of_state_level=True, counterpart_has="Macri",
          partnership_action=None)),
    P("a-xi-moreno-2018",
      "Xi Jinping Holds Talks with President Lenín Moreno of Ecuador",
      "President Xi Jinping held talks with visiting Ecuadorian President Lenín Moreno in Beijing on Wednesday. Xi said "
      "China regards Ecuador as a good friend in Latin America, and Moreno said his country backs the Belt and Road "
      "Initiative.",
      "2018-12-13", url(MFA_EN, "2018-12-13", 8),
      yes("Ecuador", "talks", "2018-12-12", head_of_state_level=True, counterpart_has="Moreno",
          partnership_action=None)),
    P("a-xi-duque-2019",
      "Xi Jinping Holds Talks with Colombian President Iván Duque",
      "On July 31, 2019, President Xi Jinping held talks with President Iván Duque Márquez of Colombia in the Great Hall of "
      "the People. It is Duque's first visit to China as head of state.",
      "2019-07-31", url(MFA_EN, "2019-07-31", 9),
      yes("Colombia", "talks", "2019-07-31", head_of_state_level=True, counterpart_has="Duque",
          partnership_action=None)),
    P("a-xi-bolsonaro-2019",
      "Xi Jinping Holds Talks with Brazilian President Jair Bolsonaro",
      "On the morning of October 25, 2019, President Xi Jinping held talks with President Jair Bolsonaro in Beijing. Xi "
      "said China and Brazil are each other's comprehensive strategic partners, and Bolsonaro said Brazil wants to "
      "export more farm goods to China.",
      "2019-10-25", url(MFA_EN, "2019-10-25", 10),
      yes("Brazil", "talks", "2019-10-25", head_of_state_level=True, counterpart_has="Bolsonaro",
          partnership_action=None)),
    P("a-xi-maduro-2023-upgrade",
      "Xi Jinping Holds Talks with Venezuelan President Nicolás Maduro",
      "On September 13, 2023, President Xi Jinping held talks with President Nicolás Maduro Moros in Beijing. The two "
      "heads of state announced that China and Venezuela are upgrading their relations to an all-weather strategic "
      "partnership.",
      "2023-09-13", url(MFA_EN, "2023-09-13", 11),
      yes("Venezuela", "talks", "2023-09-13", head_of_state_level=True, counterpart_has="Maduro",
          partnership_action="upgrade", partnership_level=AWSP)),
    P("a-xi-boluarte-apec-2023",
      "Xi Jinping Meets with Peruvian President Dina Boluarte",
      "On November 16, 2023 local time, President Xi Jinping met with President Dina Boluarte of Peru in San Francisco on "
      "the sidelines of the 30th APEC Economic Leaders' Meeting. Xi said he looks forward to attending next year's "
      "meeting in Lima.",
      "2023-11-17", url(MFA_EN, "2023-11-17", 12),
      yes("Peru", "meeting_on_sidelines", "2023-11-16", head_of_state_level=True, counterpart_has="Boluarte",
          partnership_action=None)),
    P("a-xi-lacalle-2023-upgrade",
      "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
      "On November 22, 2023, President Xi Jinping held talks with President Luis Lacalle Pou in Beijing. The two heads "
      "of state announced that bilateral ties are lifted to a comprehensive strategic partnership.",
      "2023-11-22", url(MFA_EN, "2023-11-22", 13),
      yes("Uruguay", "talks", "2023-11-22", head_of_state_level=True, counterpart_has="Lacalle Pou",
          partnership_action="upgrade", partnership_level=CSP)),
    P("a-li-qiang-lula-2023",
      "Li Qiang Meets with Brazilian President Lula",
      "On April 14, 2023, Premier Li Qiang met with President Luiz Inácio Lula da Silva of Brazil at the Great Hall of "
      "the People. Li said China is ready to import more quality goods from Brazil.",
      "2023-04-14", url(MFA_EN, "2023-04-14", 14),
      yes("Brazil", "meeting", "2023-04-14", head_of_state_level=True, counterpart_has="Lula",
          partnership_action=None)),
    P("a-xi-milei-g20-2024",
      "Xi Jinping Meets with Argentine President Javier Milei",
      "On November 19, 2024 local time, President Xi Jinping met with President Javier Milei of Argentina in Rio de "
      "Janeiro, where both attend the G20 summit. Xi said the two countries should see their ties in a long-term "
      "light.",
      "2024-11-20", url(MFA_EN, "2024-11-20", 15),
      yes("Argentina", "meeting_on_sidelines", "2024-11-19", head_of_state_level=True, counterpart_has="Milei",
          partnership_action=None)),
    P("a-xi-petro-2025-talks",
      "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
      "On May 14, 2025, President Xi Jinping held talks with President Gustavo Petro Urrego, who is on a state visit, at "
      "the Great Hall of the People. Xi said the strategic partnership set up in 2023 has brought the two peoples "
      "closer; the two sides signed a cooperation plan under the Belt and Road Initiative.",
      "2025-05-14", url(MFA_EN, "2025-05-14", 16),
      yes("Colombia", "talks", "2025-05-14", head_of_state_level=True, counterpart_has="Petro",
          partnership_action=None)),
]

# ---- B. the same people in other offices (before or after their presidency), and other levels ---------
OFFICES: list[Any] = [
    P("b-yang-maduro-fm-2010",
      "Yang Jiechi Holds Talks with Venezuelan Foreign Minister Nicolás Maduro",
      "On April 16, 2010, Foreign Minister Yang Jiechi held talks in Beijing with Foreign Minister Nicolás Maduro of "
      "Venezuela. Yang said China values its strategic partnership with Venezuela, and Maduro said his country will "
      "stay a reliable energy supplier.",
      "2010-04-16", old(MFA_EN_OLD, 5212101),
      yes("Venezuela", "talks", "2010-04-16", head_of_state_level=False, counterpart_has="Maduro",
          partnership_action=None)),
    P("b-wangyang-vizcarra-vp-2016",
      "Vice Premier Wang Yang Meets with Peruvian First Vice President Martín Vizcarra",
      "On October 10, 2016, Vice Premier Wang Yang met in Beijing with Martín Vizcarra, First Vice President of Peru "
      "and its Minister of Transport and Communications. The two sides discussed railways and ports.",
      "2016-10-10", url(MFA_EN, "2016-10-10", 17),
      yes("Peru", "meeting", "2016-10-10", head_of_state_level=False, counterpart_has="Vizcarra",
          partnership_action=None)),
    P("b-wang-qishan-mourao-2019",
      "Wang Qishan Holds Talks with Brazilian Vice President Hamilton Mourão",
      "On May 23, 2019, Vice President Wang Qishan held talks with Vice President Hamilton Mourão of Brazil in Beijing, "
      "and the two co-chaired the fifth meeting of the China-Brazil High-Level Coordination and Cooperation Committee.",
      "2019-05-23", url(MFA_EN, "2019-05-23", 18),
      yes("Brazil", "talks", "2019-05-23", head_of_state_level=False, counterpart_has="Mourão",
          partnership_action=None)),
    P("b-xi-mourao-2019",
      "Xi Jinping Meets with Brazilian Vice President Hamilton Mourão",
      "On May 24, 2019, President Xi Jinping met with Vice President Hamilton Mourão of Brazil at the Great Hall of the "
      "People. Xi asked Mourão to convey his greetings to President Jair Bolsonaro and said he looks forward to the "
      "BRICS summit in Brasília.",
      "2019-05-24", url(MFA_EN, "2019-05-24", 19),
      yes("Brazil", "meeting", "2019-05-24", head_of_state_level=False, counterpart_has="Mourão",
          partnership_action=None)),
    P("b-xi-alckmin-2024",
      "Xi Jinping Meets with Brazilian Vice President Geraldo Alckmin",
      "On June 7, 2024, President Xi Jinping met in Beijing with Vice President Geraldo Alckmin of Brazil, who is in China "
      "for the seventh meeting of the bilateral high-level committee. Xi asked Alckmin to pass on his best wishes to "
      "President Lula.",
      "2024-06-07", url(MFA_EN, "2024-06-07", 20),
      yes("Brazil", "meeting", "2024-06-07", head_of_state_level=False, counterpart_has="Alckmin",
          partnership_action=None)),
    P("b-han-zheng-lula-2023",
      "Han Zheng Meets with Brazilian President Lula",
      "On April 13, 2023, Vice President Han Zheng met in Shanghai with President Luiz Inácio Lula da Silva of Brazil, who "
      "is paying a state visit to China. Han said Lula's visit will bring relations to a new level.",
      "2023-04-13", url(MFA_EN, "2023-04-13", 21),
      yes("Brazil", "meeting", "2023-04-13", head_of_state_level=False, counterpart_has="Lula",
          partnership_action=None)),
    P("b-zhao-leji-petro-2023",
      "Zhao Leji Meets with Colombian President Gustavo Petro",
      "On October 26, 2023, Zhao Leji, Chairman of the NPC Standing Committee, met in Beijing with President Gustavo "
      "Petro of Colombia. Zhao said the legislatures of the two countries should share experience.",
      "2023-10-26", url(MFA_EN, "2023-10-26", 22),
      yes("Colombia", "meeting", "2023-10-26", head_of_state_level=False, counterpart_has="Petro",
          partnership_action=None)),
    P("b-wang-yi-meets-lula-brasilia",
      "Wang Yi Meets with Brazilian President Lula",
      "Brasília, August 8, 2024 — Foreign Minister Wang Yi called on President Luiz Inácio Lula da Silva at the Planalto "
      "Palace today. Lula asked Wang to convey his greetings to President Xi Jinping and said he looks forward to "
      "Xi's state visit in November.",
      "2024-08-09", url(MFA_EN, "2024-08-09", 23),
      yes("Brazil", "meeting", "2024-08-08", head_of_state_level=False, counterpart_has="Lula",
          partnership_action=None)),
    P("b-zhao-leji-lira-2024",
      "Zhao Leji Meets with President of the Brazilian Chamber of Deputies Arthur Lira",
      "On April 9, 2024, Zhao Leji, who chairs the NPC Standing Committee, met with Arthur Lira, President of the Chamber of "
      "Deputies of Brazil, in Beijing. The two sides agreed to expand exchanges between their legislatures.",
      "2024-04-09", url(MFA_EN, "2024-04-09", 24),
      yes("Brazil", "meeting", "2024-04-09", head_of_state_level=False, counterpart_has="Lira",
          partnership_action=None)),
    P("b-li-zhanshu-chile-senate-2019",
      "Li Zhanshu Holds Talks with President of the Chilean Senate Jaime Quintana",
      "On April 2, 2019, Li Zhanshu, Chairman of the NPC Standing Committee, held talks in Beijing with Jaime Quintana, "
      "President of the Senate of Chile. Li said the two legislatures can help implement the leaders' consensus.",
      "2019-04-02", url(MFA_EN, "2019-04-02", 25),
      yes("Chile", "talks", "2019-04-02", head_of_state_level=False, counterpart_has="Quintana",
          partnership_action=None)),
    P("b-hu-chunhua-doria-2019",
      "Vice Premier Hu Chunhua Meets with São Paulo Governor João Doria",
      "On August 7, 2019, Vice Premier Hu Chunhua met with João Doria, Governor of the Brazilian state of São Paulo, in "
      "Beijing. Hu said China welcomes more cooperation with Brazil's states in farming and infrastructure.",
      "2019-08-07", url(MFA_EN, "2019-08-07", 26),
      yes("Brazil", "meeting", "2019-08-07", head_of_state_level=False, counterpart_has="Doria",
          partnership_action=None)),
    P("b-wang-qishan-frei-2019",
      "Wang Qishan Meets with Former Chilean President Eduardo Frei",
      "On November 12, 2019, Vice President Wang Qishan met in Beijing with former Chilean President Eduardo Frei "
      "Ruiz-Tagle, Chile's special envoy for Asia-Pacific affairs. Wang said Chile was the first South American "
      "country to recognize the People's Republic.",
      "2019-11-12", url(MFA_EN, "2019-11-12", 27),
      yes("Chile", "meeting", "2019-11-12", head_of_state_level=False, counterpart_has="Frei",
          partnership_action=None)),
    P("b-li-yuanchao-former-fox",
      "Li Yuanchao Meets with Former Mexican President Vicente Fox",
      "On Tuesday, Vice President Li Yuanchao met in Beijing with Vicente Fox, who was President of Mexico from 2000 to "
      "2006. Li praised Fox's role in founding the strategic partnership in 2003.",
      "2015-06-03", url(MFA_EN, "2015-06-03", 28),
      yes("Mexico", "meeting", "2015-06-02", head_of_state_level=False, counterpart_has="Fox",
          partnership_action=None)),
    P("b-xi-delcy-vp-2018",
      "Wang Yi Holds Talks with Venezuelan Executive Vice President Delcy Rodríguez",
      "On September 13, 2018, Foreign Minister Wang Yi held talks with Delcy Rodríguez, Executive Vice President of "
      "Venezuela, in Beijing. Wang said China supports Venezuela in finding a way forward on its own.",
      "2018-09-13", url(MFA_EN, "2018-09-13", 29),
      yes("Venezuela", "talks", "2018-09-13", head_of_state_level=False, counterpart_has="Rodríguez",
          partnership_action=None)),
    P("b-wang-yi-arreaza-2019-guaido",
      "Wang Yi Speaks with Venezuelan Foreign Minister Jorge Arreaza on the Phone",
      "On January 30, 2019, Foreign Minister Wang Yi spoke on the phone with Foreign Minister Jorge Arreaza of Venezuela. "
      "Arreaza briefed Wang on the situation since opposition leader Juan Guaidó proclaimed himself interim "
      "president. Wang said China opposes outside interference and supports the Venezuelan government's efforts to "
      "keep stability.",
      "2019-01-31", url(MFA_EN, "2019-01-31", 30),
      yes("Venezuela", "phone_call", "2019-01-30", head_of_state_level=False, counterpart_has="Arreaza",
          partnership_action=None)),
    P("b-wang-yi-longaric-2020",
      "Wang Yi Speaks with Bolivian Foreign Minister Karen Longaric on the Phone",
      "On April 21, 2020, Foreign Minister Wang Yi spoke on the phone with Karen Longaric, Foreign Minister of Bolivia's "
      "interim government. Longaric thanked China for medical supplies sent to fight COVID-19.",
      "2020-04-22", url(MFA_EN, "2020-04-22", 31),
      yes("Bolivia", "phone_call", "2020-04-21", head_of_state_level=False, counterpart_has="Longaric",
          partnership_action=None)),
    P("b-wang-yi-serra-2016",
      "Wang Yi Meets with Brazilian Foreign Minister José Serra",
      "Vientiane, July 25, 2016 — Foreign Minister Wang Yi met here today with José Serra, Foreign Minister in the "
      "government of interim President Michel Temer. Serra said Brazil's new team sees China as its top trade partner.",
      "2016-07-26", url(MFA_EN, "2016-07-26", 32),
      yes("Brazil", "meeting", "2016-07-25", head_of_state_level=False, counterpart_has="Serra",
          partnership_action=None),
      event_type=THIRD_CITY),
    P("b-xi-phone-temer-interim",
      "Xi Jinping Speaks with Brazil's Interim President Michel Temer on the Phone",
      "On June 30, 2016, President Xi Jinping spoke on the phone with Michel Temer, Brazil's interim President. Xi said "
      "China's policy of friendship with Brazil does not change with events, and Temer said he would attend the G20 "
      "summit in Hangzhou.",
      "2016-06-30", url(MFA_EN, "2016-06-30", 33),
      yes("Brazil", "phone_call", "2016-06-30", head_of_state_level=True, counterpart_has="Temer",
          partnership_action=None),
      head_of_state_level=INTERIM),
    P("b-ma-zhaoxu-argentine-vfm",
      "Vice Foreign Minister Ma Zhaoxu Meets with Argentine Vice Foreign Minister",
      "On March 7, 2023, Vice Foreign Minister Ma Zhaoxu met in Beijing with Pablo Tettamanti, Argentina's Secretary of "
      "Foreign Affairs. The two sides reviewed preparations for high-level exchanges this year.",
      "2023-03-07", url(MFA_EN, "2023-03-07", 34),
      yes("Argentina", "meeting", "2023-03-07", head_of_state_level=False, counterpart_has="Tettamanti",
          partnership_action=None)),
    P("b-vfm-colombian-ambassador",
      "Vice Foreign Minister Hua Chunying Meets with New Colombian Ambassador",
      "On February 15, 2024, Vice Foreign Minister Hua Chunying met with Sergio Cabrera, the new Ambassador of Colombia "
      "to China, who presented a copy of his credentials.",
      "2024-02-15", url(MFA_EN, "2024-02-15", 35),
      yes("Colombia", "meeting", "2024-02-15", head_of_state_level=False, counterpart_has="Cabrera",
          partnership_action=None)),
    P("b-li-qiang-peru-pm",
      "Li Qiang Meets with Peruvian Prime Minister Gustavo Adrianzén",
      "On November 13, 2024, Premier Li Qiang met in Beijing with Gustavo Adrianzén, President of the Council of Ministers "
      "of Peru, who came to prepare President Xi Jinping's state visit.",
      "2024-11-13", url(MFA_EN, "2024-11-13", 36),
      yes("Peru", "meeting", "2024-11-13", head_of_state_level=False, counterpart_has="Adrianzén",
          partnership_action=None),
      head_of_state_level=PERU_PM),
    P("b-wang-yi-boluarte-vp-2022",
      "Wang Yi Holds Video Call with Peruvian Vice President Dina Boluarte",
      "On March 16, 2022, State Councilor and Foreign Minister Wang Yi held a video call with Dina Boluarte, Vice "
      "President of Peru and its Minister of Development and Social Inclusion, on poverty reduction.",
      "2022-03-16", url(MFA_EN, "2022-03-16", 37),
      yes("Peru", "video_call", "2022-03-16", head_of_state_level=False, counterpart_has="Boluarte",
          partnership_action=None)),
    P("b-wang-yi-vieira-g20-rio",
      "Wang Yi Meets with Brazilian Foreign Minister Mauro Vieira",
      "On February 21, 2024 local time, Foreign Minister Wang Yi met in Rio de Janeiro with Foreign Minister Mauro Vieira, "
      "on the sidelines of the G20 foreign ministers' meeting. Vieira said Brazil counts on China's support for its "
      "G20 presidency.",
      "2024-02-22", url(MFA_EN, "2024-02-22", 38),
      yes("Brazil", "meeting_on_sidelines", "2024-02-21", head_of_state_level=False, counterpart_has="Vieira",
          partnership_action=None)),
    P("b-peng-liyuan-rivera",
      "Peng Liyuan Meets with Mexican First Lady Angélica Rivera",
      "On November 13, 2014, Peng Liyuan, wife of President Xi Jinping, met with Angélica Rivera, wife of Mexican President "
      "Enrique Peña Nieto, in Beijing. The two visited a school of traditional opera together.",
      "2014-11-13", url(MFA_EN, "2014-11-13", 39),
      {"relevant": False}, relevant=FIRST_LADY),
    P("b-wang-yi-bachelet-un-2022",
      "Wang Yi Meets with UN High Commissioner for Human Rights Michelle Bachelet",
      "On May 23, 2022, State Councilor and Foreign Minister Wang Yi met in Guangzhou with Michelle Bachelet, UN High "
      "Commissioner for Human Rights, who is visiting China at the invitation of the Chinese government.",
      "2022-05-23", url(MFA_EN, "2022-05-23", 40),
      {"relevant": False}, relevant=WORLD_BODY),
    P("b-xi-dilma-ndb-2023",
      "Xi Jinping Meets with President of the New Development Bank Dilma Rousseff",
      "On July 10, 2023, President Xi Jinping met in Beijing with Dilma Rousseff, President of the New Development Bank. "
      "Xi said China supports the bank in growing into a new type of multilateral development institution.",
      "2023-07-10", url(MFA_EN, "2023-07-10", 41),
      {"relevant": False}, relevant=WORLD_BODY),
]

# ---- C. messages: election wins, taking office, re-election, condolences on a former leader ----------
MESSAGES: list[Any] = [
    P("c-hu-condolence-kirchner-2010",
      "Hu Jintao Sends Condolence Message to Argentine President over Death of Former President Néstor Kirchner",
      "On October 28, 2010, President Hu Jintao sent a message of condolence to President Cristina Fernández de Kirchner "
      "on the death of former President Néstor Kirchner. Hu recalled Kirchner's visit to China in 2004 and said he "
      "made important contributions to China-Argentina friendship.",
      "2010-10-28", old(MFA_EN_OLD, 5225301),
      yes("Argentina", "message", "2010-10-28", head_of_state_level=True, counterpart_has="Cristina Fernández",
          partnership_action=None)),
    P("c-hu-condolence-chavez-2013",
      "Hu Jintao Sends Condolence Message over the Passing of Venezuelan President Hugo Chávez",
      "On March 6, 2013, President Hu Jintao sent a message of condolence to Vice President Nicolás Maduro of Venezuela over "
      "the death of President Hugo Chávez Frías. Hu said Chávez was a great leader of the Venezuelan people and a good "
      "friend of the Chinese people.",
      "2013-03-06", old(MFA_EN_OLD, 1019301),
      yes("Venezuela", "message", "2013-03-06", head_of_state_level=False, counterpart_has="Maduro",
          partnership_action=None)),
    P("c-xi-congrats-castillo-elected-2021",
      "Xi Jinping Congratulates Pedro Castillo on His Election as President of Peru",
      "On July 21, 2021, President Xi Jinping sent a congratulatory message to Pedro Castillo on his election as President "
      "of the Republic of Peru. Xi said that since the two countries set up a comprehensive strategic partnership, "
      "cooperation has borne fruit in many fields.",
      "2021-07-21", url(MFA_EN, "2021-07-21", 42),
      yes("Peru", "message", "2021-07-21", head_of_state_level=False, counterpart_has="Castillo",
          partnership_action=None)),
    P("c-xi-congrats-sagasti-assumed",
      "Xi Jinping Sends Congratulatory Message to Francisco Sagasti on Assuming the Presidency of Peru",
      "On November 24, 2020, President Xi Jinping sent a message to Francisco Sagasti congratulating him on assuming office "
      "as President of Peru. Xi said he is ready to work with President Sagasti to carry the friendship forward.",
      "2020-11-24", url(MFA_EN, "2020-11-24", 43),
      yes("Peru", "message", "2020-11-24", head_of_state_level=True, counterpart_has="Sagasti",
          partnership_action=None)),
    P("c-xi-congrats-vizcarra-sworn-in",
      "Xi Jinping Congratulates Martín Vizcarra on Being Sworn In as President of Peru",
      "President Xi Jinping on Sunday sent a message to Martín Vizcarra, congratulating him on being sworn in as President "
      "of Peru. Xi said China attaches great importance to its comprehensive strategic partnership with Peru.",
      "2018-03-26", url(MFA_EN, "2018-03-26", 44),
      yes("Peru", "message", "2018-03-25", head_of_state_level=True, counterpart_has="Vizcarra",
          partnership_action=None)),
    P("c-xi-congrats-arce-elected-2020",
      "Xi Jinping Congratulates Luis Arce on Being Elected President of Bolivia",
      "On October 24, 2020, President Xi Jinping sent a congratulatory message to Luis Arce Catacora on his election as "
      "President of the Plurinational State of Bolivia. Xi said China is willing to work with him to push the "
      "strategic partnership to new heights.",
      "2020-10-24", url(MFA_EN, "2020-10-24", 45),
      yes("Bolivia", "message", "2020-10-24", head_of_state_level=False, counterpart_has="Arce",
          partnership_action=None)),
    P("c-xi-congrats-noboa-reelected-2025",
      "Xi Jinping Congratulates Daniel Noboa on His Re-election as President of Ecuador",
      "On April 16, 2025, President Xi Jinping sent a congratulatory message to President Daniel Noboa Azín on his "
      "re-election as President of Ecuador. Xi said that over the past year the two countries' free trade agreement "
      "has taken effect, and he is willing to work with President Noboa for more results.",
      "2025-04-16", url(MFA_EN, "2025-04-16", 46),
      yes("Ecuador", "message", "2025-04-16", head_of_state_level=True, counterpart_has="Noboa",
          partnership_action=None)),
    P("c-xi-congrats-boric-elected-pinera-outgoing",
      "Xi Jinping Congratulates Gabriel Boric on His Election as President of Chile",
      "On December 21, 2021, President Xi Jinping sent a congratulatory message to Gabriel Boric Font on his election as "
      "President of the Republic of Chile. Xi said the comprehensive strategic partnership has grown steadily under "
      "the care of successive Chilean leaders, President Sebastián Piñera among them, and that he looks forward to "
      "working with the president-elect.",
      "2021-12-21", url(MFA_EN, "2021-12-21", 47),
      yes("Chile", "message", "2021-12-21", head_of_state_level=False, counterpart_has="Boric",
          partnership_action=None)),
    P("c-xi-condolence-pinera-to-boric",
      "Xi Jinping Sends Condolence Message to Chilean President Gabriel Boric over the Death of Former President Sebastián Piñera",
      "On February 7, 2024, President Xi Jinping sent a message of condolence to President Gabriel Boric Font over the death "
      "of former Chilean President Sebastián Piñera Echenique in a helicopter accident. Xi said Piñera had worked to "
      "advance relations during his two terms.",
      "2024-02-07", url(MFA_EN, "2024-02-07", 48),
      yes("Chile", "message", "2024-02-07", head_of_state_level=True, counterpart_has="Boric",
          partnership_action=None)),
    P("c-xi-condolence-mujica-to-orsi",
      "Xi Jinping Sends Condolences to Uruguayan President Orsi on the Death of Former President José Mujica",
      "On May 14, 2025, President Xi Jinping sent a message of condolence to President Yamandú Orsi over the death of former "
      "Uruguayan President José Mujica. Xi said Mujica was a politician widely respected across Latin America.",
      "2025-05-14", url(MFA_EN, "2025-05-14", 49),
      yes("Uruguay", "message", "2025-05-14", head_of_state_level=True, counterpart_has="Orsi",
          partnership_action=None)),
    P("c-li-keqiang-condolence-menem",
      "Li Keqiang Sends Condolence Message on the Death of Former Argentine President Carlos Menem",
      "On February 15, 2021, Premier Li Keqiang sent a message of condolence to President Alberto Fernández of Argentina "
      "on the death of former President Carlos Menem.",
      "2021-02-15", url(MFA_EN, "2021-02-15", 50),
      yes("Argentina", "message", "2021-02-15", head_of_state_level=True, counterpart_has="Alberto Fernández",
          partnership_action=None)),
    P("c-wang-yi-congrats-new-fm-mexico",
      "Wang Yi Sends Congratulatory Message to New Mexican Foreign Minister Juan Ramón de la Fuente",
      "On October 2, 2024, Foreign Minister Wang Yi sent a message to Juan Ramón de la Fuente congratulating him on taking "
      "office as Secretary of Foreign Affairs of Mexico.",
      "2024-10-02", url(MFA_EN, "2024-10-02", 51),
      yes("Mexico", "message", "2024-10-02", head_of_state_level=False, counterpart_has="de la Fuente",
          partnership_action=None)),
    P("c-xi-reply-letter-colombian-students",
      "Xi Jinping Replies to a Letter from Colombian Students of Chinese",
      "President Xi Jinping recently replied to a letter from a group of Colombian university students who study Chinese, "
      "encouraging them to be envoys of friendship between the two peoples.",
      "2024-09-20", url(MFA_EN, "2024-09-20", 52),
      yes("Colombia", "message", None, head_of_state_level=False, partnership_action=None)),
    P("c-xi-congrats-sheinbaum-inauguration",
      "Xi Jinping Congratulates Claudia Sheinbaum on Taking Office as President of Mexico",
      "On October 1, 2024, President Xi Jinping sent a message to Claudia Sheinbaum Pardo congratulating her on being "
      "sworn in as President of the United Mexican States. Xi thanked outgoing President Andrés Manuel López Obrador "
      "for his work for relations and said he is ready to work with President Sheinbaum.",
      "2024-10-01", url(MFA_EN, "2024-10-01", 53),
      yes("Mexico", "message", "2024-10-01", head_of_state_level=True, counterpart_has="Sheinbaum",
          partnership_action=None)),
]

# ---- D. visits as a whole, special envoys at inaugurations, president-elect contacts ------------------
VISITS: list[Any] = [
    P("d-envoy-bolsonaro-inauguration",
      "Special Envoy of President Xi Jinping Attends Inauguration of Brazilian President Bolsonaro",
      "Brasília, January 1, 2019 — Ji Bingxuan, Vice Chairman of the NPC Standing Committee, attended the inauguration of "
      "President Jair Bolsonaro here today as President Xi Jinping's special envoy. Outgoing President Michel Temer "
      "handed over the presidential sash at the Planalto Palace.",
      "2019-01-02", url(MFA_EN, "2019-01-02", 54),
      yes("Brazil", "other", "2019-01-01", head_of_state_level=False, counterpart_has="Bolsonaro",
          partnership_action=None)),
    P("d-envoy-meets-orsi-after-lacalle",
      "Xi Jinping's Special Envoy Han Zheng Meets with Uruguayan President Yamandú Orsi",
      "Montevideo, March 2, 2025 — Vice President Han Zheng, who came as President Xi Jinping's special envoy for the "
      "handover of power, met with President Yamandú Orsi today, a day after Orsi took over from Luis Lacalle Pou. "
      "Han said China and Uruguay became comprehensive strategic partners in 2023.",
      "2025-03-03", url(MFA_EN, "2025-03-03", 55),
      yes("Uruguay", "meeting", "2025-03-02", head_of_state_level=False, counterpart_has="Orsi",
          partnership_action=None)),
    P("d-envoy-boric-inauguration",
      "Xi Jinping's Special Envoy Attends Inauguration of Chilean President Gabriel Boric",
      "On March 11, 2022 local time, Cao Jianming, Vice Chairman of the NPC Standing Committee, attended in Valparaíso "
      "the swearing-in of President Gabriel Boric as President Xi Jinping's special envoy. Before the ceremony Cao "
      "thanked outgoing President Sebastián Piñera for his contribution to ties.",
      "2022-03-12", url(MFA_EN, "2022-03-12", 56),
      yes("Chile", "other", "2022-03-11", head_of_state_level=False, counterpart_has="Boric",
          partnership_action=None)),
    P("d-envoy-rodrigo-paz-inauguration",
      "Special Envoy of Xi Jinping Attends Inauguration of Bolivian President Rodrigo Paz",
      "On November 8, 2025 local time, Minister of Natural Resources Guan Zhiou, as President Xi Jinping's special envoy, "
      "attended the inauguration of President Rodrigo Paz Pereira in La Paz. He conveyed Xi's congratulations to Paz.",
      "2025-11-09", url(MFA_EN, "2025-11-09", 57),
      yes("Bolivia", "other", "2025-11-08", head_of_state_level=False, counterpart_has="Paz",
          partnership_action=None)),
    P("d-xi-phone-petro-president-elect",
      "Xi Jinping Speaks with Colombian President-elect Gustavo Petro on the Phone",
      "On July 6, 2022, President Xi Jinping spoke on the phone with Gustavo Petro, President-elect of Colombia, who takes "
      "office in August. Xi said China is ready to take relations to a higher level.",
      "2022-07-06", url(MFA_EN, "2022-07-06", 58),
      yes("Colombia", "phone_call", "2022-07-06", head_of_state_level=False, counterpart_has="Petro",
          partnership_action=None)),
    P("d-wang-yi-meets-president-elect-amlo",
      "Wang Yi Meets with Mexican President-elect Andrés Manuel López Obrador",
      "Mexico City, September 22, 2018 — State Councilor and Foreign Minister Wang Yi met today with President-elect Andrés "
      "Manuel López Obrador, who takes office on December 1. López Obrador said his government will keep relations "
      "with China a priority.",
      "2018-09-23", url(MFA_EN, "2018-09-23", 59),
      yes("Mexico", "meeting", "2018-09-22", head_of_state_level=False, counterpart_has="López Obrador",
          partnership_action=None)),
    P("d-xi-arrives-lima-2024",
      "Xi Jinping Arrives in Lima for APEC Meeting and State Visit to Peru",
      "Lima, November 14, 2024 — President Xi Jinping arrived here this afternoon by special plane to attend the 31st APEC "
      "Economic Leaders' Meeting and pay a state visit to Peru at the invitation of President Dina Boluarte.",
      "2024-11-15", url(MFA_EN, "2024-11-15", 60),
      yes("Peru", "state_visit", "2024-11-14", counterpart_has="Boluarte", partnership_action=None)),
    P("d-announce-maduro-visit-2023",
      "Venezuelan President Nicolás Maduro to Pay State Visit to China",
      "Foreign Ministry Spokesperson Wang Wenbin announced that at the invitation of President Xi Jinping, President "
      "Nicolás Maduro Moros of Venezuela will pay a state visit to China from September 8 to 14.",
      "2023-09-07", url(MFA_EN, "2023-09-07", 61),
      yes("Venezuela", "state_visit", "2023-09-08", head_of_state_level=True, counterpart_has="Maduro",
          partnership_action=None)),
    P("d-xi-concludes-ecuador-2016",
      "Xi Jinping Concludes State Visit to Ecuador",
      "Quito, November 18, 2016 — President Xi Jinping left here today for Lima after a state visit to Ecuador that began "
      "on November 17. During the visit Xi held talks with President Rafael Correa, and the two heads of state lifted "
      "bilateral ties to a comprehensive strategic partnership.",
      "2016-11-19", url(MFA_EN, "2016-11-19", 62),
      yes("Ecuador", "state_visit", "2016-11-17", head_of_state_level=True, counterpart_has="Correa",
          partnership_action="upgrade", partnership_level=CSP)),
    P("d-boric-visit-foreign-minister-briefing",
      "Foreign Minister Wang Yi Briefs the Press on President Xi Jinping's State Visit to Chile",
      "Santiago, November 24, 2016 — At the end of President Xi Jinping's state visit to Chile, Foreign Minister Wang Yi "
      "told reporters that the talks with President Michelle Bachelet had lifted ties to a comprehensive strategic "
      "partnership.",
      "2016-11-24", url(MFA_EN, "2016-11-24", 63),
      yes("Chile", "other", None, head_of_state_level=False, partnership_action="upgrade", partnership_level=CSP)),
    P("d-joint-statement-uruguay-2016",
      "Joint Statement between the People's Republic of China and the Oriental Republic of Uruguay on Establishing a Strategic Partnership",
      "At the invitation of President Xi Jinping, President Tabaré Vázquez paid a state visit to China from October 16 to "
      "22, 2016. The two sides agreed to establish a strategic partnership and to speed up studies on a free trade "
      "agreement.",
      "2016-10-18", url(MFA_EN, "2016-10-18", 64),
      yes("Uruguay", "joint_statement", "2016-10-16", partnership_action="establish", partnership_level=SP)),
    P("d-wang-yi-tour-three-countries",
      "Wang Yi to Visit Brazil, Colombia and Chile",
      "Foreign Ministry Spokesperson Mao Ning announced that Foreign Minister Wang Yi will visit Brazil, Colombia and Chile "
      "from August 6 to 12 at the invitation of the three countries' foreign ministers.",
      "2024-08-02", url(MFA_EN, "2024-08-02", 65),
      yes("multilateral", "official_visit", "2024-08-06", head_of_state_level=False, partnership_action=None)),
]

# ---- E. Paraguay (no diplomatic ties) and pages with no exchange a coder counts ------------------------
PARAGUAY_AND_NEGATIVES: list[Any] = [
    P("e-py-vfm-meets-senators",
      "Vice Foreign Minister Meets with Delegation of Paraguayan Senators",
      "On May 16, 2024, Vice Foreign Minister Sun Weidong met in Beijing with a delegation of senators from Paraguay led by "
      "Senator Derlis Maidana. Sun said China is ready to develop friendly exchanges with all Latin American "
      "countries on the basis of the one-China principle.",
      "2024-05-16", url(MFA_EN, "2024-05-16", 66),
      yes("Paraguay", "meeting", "2024-05-16", head_of_state_level=False, counterpart_has="Maidana",
          partnership_action=None)),
    P("e-py-spokesperson-taiwan",
      "Foreign Ministry Spokesperson's Remarks on Paraguay's Ties with the Taiwan Region",
      "Q: Paraguay's President-elect Santiago Peña said he will keep so-called 'diplomatic relations' with Taiwan. What is "
      "China's comment? A: The one-China principle is a universally recognized norm of international relations. We "
      "hope Paraguay will stand on the right side of history.",
      "2023-05-04", url(MFA_EN, "2023-05-04", 67),
      NO),
    P("e-py-wang-yi-paraguayan-fm-un",
      "Wang Yi Meets with Paraguayan Foreign Minister on the Sidelines of the UN General Assembly",
      "New York, September 26, 2013 — Foreign Minister Wang Yi met here today with Paraguayan Foreign Minister Eladio "
      "Loizaga during the UN General Assembly. Wang said the door to ties with China remains open.",
      "2013-09-27", old(MFA_EN_OLD, 1081201),
      yes("Paraguay", "meeting_on_sidelines", "2013-09-26", head_of_state_level=False, counterpart_has="Loizaga",
          partnership_action=None)),
    P("e-ambassador-credentials-petro",
      "Ambassador Zhu Jingyang Presents Credentials to Colombian President Gustavo Petro",
      "On November 7, 2023, Ambassador Zhu Jingyang presented his credentials to President Gustavo Petro at the Casa de "
      "Nariño in Bogotá. Zhu said he will work to implement the strategic partnership agreed by the two heads of state.",
      "2023-11-08", emb(EMB_EN, "co", "2023-11-08", 1),
      NO),
    P("e-ambassador-meets-governor-jalisco",
      "Chinese Ambassador Meets with Governor of Jalisco",
      "Guadalajara, June 12, 2022 — Ambassador Zhu Qingqiao met today with Governor Enrique Alfaro of Jalisco on trade and "
      "investment between Chinese provinces and Mexican states.",
      "2022-06-13", emb(EMB_EN, "mx", "2022-06-13", 2),
      NO),
    P("e-dg-latin-america-consultations",
      "Director-General of the Department of Latin American and Caribbean Affairs Holds Consultations in Lima",
      "On June 5, 2019, Zhao Bentang, Director-General of the Foreign Ministry's Department of Latin American and Caribbean "
      "Affairs, held consultations with Peru's Director-General for Asia and Oceania in Lima.",
      "2019-06-06", url(MFA_EN, "2019-06-06", 68),
      NO),
    P("e-spokesperson-bolivia-resignation-2019",
      "Foreign Ministry Spokesperson Geng Shuang's Remarks on the Situation in Bolivia",
      "Q: Bolivian President Evo Morales announced his resignation. What's your comment? A: We have noted the reports. China "
      "hopes the parties in Bolivia will resolve their differences peacefully within the framework of law.",
      "2019-11-11", url(MFA_EN, "2019-11-11", 69),
      NO),
    P("e-lula-meets-ambassador-only",
      "Brazilian President Lula Receives Chinese Ambassador",
      "On February 3, 2023, President Luiz Inácio Lula da Silva received Ambassador Zhu Qingqiao at the Planalto Palace to "
      "prepare Lula's state visit to China.",
      "2023-02-04", emb(EMB_EN, "br", "2023-02-04", 3),
      NO),
    P("e-argentine-president-visits-third-country",
      "Argentine and Chilean Presidents Meet on Border Cooperation",
      "On April 10, 2023, President Alberto Fernández of Argentina and President Gabriel Boric of Chile met in Buenos Aires. "
      "Asked about it, the Chinese Foreign Ministry said it welcomes closer integration in Latin America.",
      "2023-04-11", url(MFA_EN, "2023-04-11", 70),
      NO),
]

# ---- F. Chinese pages of the ministry (simplified) ----------------------------------------------------
ZH: list[Any] = [
    P("f-zh-hu-garcia-2008",
      "胡锦涛同秘鲁总统加西亚举行会谈",
      "2008年11月19日，国家主席胡锦涛在利马总统府同秘鲁总统加西亚举行会谈。两国元首一致同意建立中秘战略伙伴关系。加西亚表示，秘方希望尽早完成自由贸易协定谈判。",
      "2008-11-20", old(MFA_ZH_OLD, 5161001),
      yes("Peru", "talks", "2008-11-19", head_of_state_level=True, counterpart_has="加西亚|García",
          partnership_action="establish", partnership_level=SP), lang="zh"),
    P("f-zh-xi-maduro-2014",
      "习近平同委内瑞拉总统马杜罗举行会谈",
      "当地时间2014年7月20日，国家主席习近平在加拉加斯同委内瑞拉总统马杜罗举行会谈。两国元首宣布将中委关系提升为全面战略伙伴关系。马杜罗说，委方愿同中方扩大能源、农业、制造业合作。",
      "2014-07-21", old(MFA_ZH_OLD, 1176501),
      yes("Venezuela", "talks", "2014-07-20", head_of_state_level=True, counterpart_has="马杜罗|Maduro",
          partnership_action="upgrade", partnership_level=CSP), lang="zh"),
    P("f-zh-xi-petro-2023",
      "习近平同哥伦比亚总统佩特罗会谈",
      "10月25日，正在中国进行国事访问的哥伦比亚总统佩特罗同国家主席习近平在北京举行会谈。两国元首宣布建立中哥战略伙伴关系。",
      "2023-10-25", url(MFA_ZH, "2023-10-25", 1),
      yes("Colombia", "talks", "2023-10-25", head_of_state_level=True, counterpart_has="佩特罗|Petro",
          partnership_action="establish", partnership_level=SP), lang="zh"),
    P("f-zh-xi-boluarte-2024",
      "习近平同秘鲁总统博鲁阿尔特会谈",
      "当地时间11月14日下午，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。习近平指出，中秘建立全面战略伙伴关系以来，双边关系保持良好发展势头。两国元首共同以视频方式出席钱凯港开港仪式。",
      "2024-11-15", url(MFA_ZH, "2024-11-15", 2),
      yes("Peru", "talks", "2024-11-14", head_of_state_level=True, counterpart_has="博鲁阿尔特|Boluarte",
          partnership_action=None), lang="zh"),
    P("f-zh-xi-lula-2023",
      "习近平同巴西总统卢拉举行会谈",
      "4月14日下午，国家主席习近平在人民大会堂同来华进行国事访问的巴西总统卢拉会谈。习近平强调，中巴全面战略伙伴关系具有全局性影响。卢拉表示，巴方愿同中方加强在二十国集团和金砖国家中的协调。",
      "2023-04-14", url(MFA_ZH, "2023-04-14", 3),
      yes("Brazil", "talks", "2023-04-14", head_of_state_level=True, counterpart_has="卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("f-zh-xi-congrats-lula-elected-2022",
      "习近平致电祝贺卢拉当选巴西总统",
      "10月31日，国家主席习近平致电卢拉，祝贺他当选巴西联邦共和国总统。习近平表示，我高度重视中巴关系发展，愿同当选总统卢拉一道，推动两国全面战略伙伴关系迈上新台阶。",
      "2022-10-31", url(MFA_ZH, "2022-10-31", 4),
      yes("Brazil", "message", "2022-10-31", head_of_state_level=False, counterpart_has="卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("f-zh-xi-congrats-milei-sworn-in",
      "习近平致电祝贺米莱就任阿根廷总统",
      "12月10日，国家主席习近平致电米莱，祝贺他就任阿根廷共和国总统。习近平指出，中阿都是重要发展中国家和新兴市场国家。",
      "2023-12-10", url(MFA_ZH, "2023-12-10", 5),
      yes("Argentina", "message", "2023-12-10", head_of_state_level=True, counterpart_has="米莱|Milei",
          partnership_action=None), lang="zh"),
    P("f-zh-condolence-chavez-to-vp",
      "胡锦涛就委内瑞拉总统查韦斯逝世向委副总统马杜罗致唁电",
      "3月6日，国家主席胡锦涛致电委内瑞拉副总统马杜罗，对查韦斯总统不幸逝世表示沉痛哀悼。胡锦涛在唁电中说，查韦斯总统是委内瑞拉杰出领导人，也是中国人民的好朋友。",
      "2013-03-06", old(MFA_ZH_OLD, 1019401),
      yes("Venezuela", "message", "2013-03-06", head_of_state_level=False, counterpart_has="马杜罗|Maduro",
          partnership_action=None), lang="zh"),
    P("f-zh-condolence-mujica",
      "穆希卡逝世 习近平向奥尔西总统致唁电",
      "5月14日，国家主席习近平致电乌拉圭总统奥尔西，就乌拉圭前总统穆希卡逝世表示深切哀悼，向其亲属致以诚挚慰问。",
      "2025-05-14", url(MFA_ZH, "2025-05-14", 6),
      yes("Uruguay", "message", "2025-05-14", head_of_state_level=True, counterpart_has="奥尔西|Orsi",
          partnership_action=None), lang="zh"),
    P("f-zh-han-zheng-alckmin",
      "韩正同巴西副总统阿尔克明共同主持中巴高层协调与合作委员会第七次会议",
      "6月7日，国家副主席韩正在北京同巴西副总统阿尔克明举行会谈，并共同主持中巴高层协调与合作委员会第七次会议。",
      "2024-06-07", url(MFA_ZH, "2024-06-07", 7),
      yes("Brazil", "talks", "2024-06-07", head_of_state_level=False, counterpart_has="阿尔克明|Alckmin",
          partnership_action=None), lang="zh"),
    P("f-zh-wang-yi-meets-chile-fm",
      "王毅会见智利外长范克拉韦伦",
      "当地时间8月11日，外交部长王毅在圣地亚哥会见智利外长范克拉韦伦。王毅说，智利是第一个同新中国建交的南美国家。",
      "2024-08-12", url(MFA_ZH, "2024-08-12", 8),
      yes("Chile", "meeting", "2024-08-11", head_of_state_level=False, counterpart_has="范克拉韦伦|van Klaveren",
          partnership_action=None), lang="zh"),
    P("f-zh-xi-envoy-sheinbaum-inauguration",
      "习近平主席特使出席墨西哥总统辛鲍姆就职仪式",
      "当地时间10月1日，习近平主席特使、农业农村部部长唐仁健在墨西哥城出席墨西哥总统辛鲍姆就职仪式。唐仁健转达了习近平主席对辛鲍姆总统的祝贺。",
      "2024-10-02", url(MFA_ZH, "2024-10-02", 9),
      yes("Mexico", "other", "2024-10-01", head_of_state_level=False, counterpart_has="辛鲍姆|Sheinbaum",
          partnership_action=None), lang="zh"),
    P("f-zh-xi-phone-temer-interim",
      "习近平同巴西临时总统特梅尔通电话",
      "6月30日，国家主席习近平应约同巴西临时总统特梅尔通电话。习近平表示，中方对巴西的友好政策是一贯的。",
      "2016-06-30", url(MFA_ZH, "2016-06-30", 10),
      yes("Brazil", "phone_call", "2016-06-30", head_of_state_level=True, counterpart_has="特梅尔|Temer",
          partnership_action=None), lang="zh", head_of_state_level=INTERIM),
    P("f-zh-xi-meets-temer-xiamen-2017",
      "习近平会见巴西总统特梅尔",
      "9月1日，国家主席习近平在北京人民大会堂会见来华进行国事访问并出席金砖国家领导人厦门会晤的巴西总统特梅尔。",
      "2017-09-01", url(MFA_ZH, "2017-09-01", 11),
      yes("Brazil", "meeting_on_sidelines", "2017-09-01", head_of_state_level=True, counterpart_has="特梅尔|Temer",
          partnership_action=None), lang="zh", event_type="a state visit before a BRICS summit the page names: the meeting is in Beijing, not at the summit"),
    P("f-zh-vfm-paraguay",
      "外交部副部长会见巴拉圭众议员代表团",
      "2019年9月4日，外交部副部长秦刚在北京会见巴拉圭众议员代表团。秦刚表示，中方愿在一个中国原则基础上同拉美各国发展友好关系。",
      "2019-09-04", url(MFA_ZH, "2019-09-04", 12),
      yes("Paraguay", "meeting", "2019-09-04", head_of_state_level=False, partnership_action=None), lang="zh"),
    P("f-zh-li-qiang-lula-phone",
      "李强同巴西总统卢拉通电话",
      "国务院总理李强昨天应约同巴西总统卢拉通电话。李强表示，中方愿同巴方加强发展战略对接。",
      "2025-01-16", url(MFA_ZH, "2025-01-16", 13),
      yes("Brazil", "phone_call", "2025-01-15", head_of_state_level=True, counterpart_has="卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("f-zh-wang-yi-phone-gil-2026",
      "王毅同委内瑞拉外长希尔通电话",
      "2026年1月4日，中共中央政治局委员、外交部长王毅应约同委内瑞拉外长希尔通电话。希尔介绍了委国内局势。王毅表示，中方一贯反对干涉别国内政。",
      "2026-01-04", url(MFA_ZH, "2026-01-04", 14),
      yes("Venezuela", "phone_call", "2026-01-04", head_of_state_level=False, counterpart_has="希尔|Gil",
          partnership_action=None), lang="zh"),
    P("f-zh-xi-lacalle-upgrade",
      "习近平同乌拉圭总统拉卡列会谈",
      "11月22日上午，国家主席习近平在人民大会堂同来华进行国事访问的乌拉圭总统拉卡列举行会谈。两国元首宣布，将中乌关系提升为全面战略伙伴关系。",
      "2023-11-22", url(MFA_ZH, "2023-11-22", 15),
      yes("Uruguay", "talks", "2023-11-22", head_of_state_level=True, counterpart_has="拉卡列|Lacalle",
          partnership_action="upgrade", partnership_level=CSP), lang="zh"),
    P("f-zh-wang-qishan-former-president",
      "王岐山会见智利前总统弗雷",
      "2019年11月12日，国家副主席王岐山在中南海会见智利前总统、智利亚太事务特使弗雷。",
      "2019-11-12", url(MFA_ZH, "2019-11-12", 16),
      yes("Chile", "meeting", "2019-11-12", head_of_state_level=False, counterpart_has="弗雷|Frei",
          partnership_action=None), lang="zh"),
    P("f-zh-xi-morales-2018",
      "习近平同玻利维亚总统莫拉莱斯举行会谈",
      "6月19日，国家主席习近平在北京同玻利维亚总统莫拉莱斯举行会谈。两国元首一致同意，将中玻关系提升为战略伙伴关系。",
      "2018-06-19", url(MFA_ZH, "2018-06-19", 17),
      yes("Bolivia", "talks", "2018-06-19", head_of_state_level=True, counterpart_has="莫拉莱斯|Morales",
          partnership_action="establish", partnership_level=SP), lang="zh"),
    P("f-zh-vfm-ecuador-vfm",
      "外交部副部长马朝旭同厄瓜多尔副外长会谈",
      "3月20日，外交部副部长马朝旭在北京同厄瓜多尔外交和移民部副部长举行会谈，双方就双边关系及共同关心的问题交换意见。",
      "2023-03-20", url(MFA_ZH, "2023-03-20", 18),
      yes("Ecuador", "talks", "2023-03-20", head_of_state_level=False, partnership_action=None), lang="zh"),
]

# ---- G. traditional-script and agency / embassy copies ------------------------------------------------
COPIES: list[Any] = [
    P("g-big5-xi-milei-g20",
      "習近平會見阿根廷總統米萊",
      xhz("2024-11-19") + "新華社里約熱內盧11月18日電 當地時間11月18日，國家主席習近平在里約熱內盧出席二十國集團領導人第十九次峰會期間會見阿根廷總統米萊。習近平指出，中阿互為全面戰略伙伴。",
      "2024-11-19", url(BIG5, "2024-11-19", 1),
      yes("Argentina", "meeting_on_sidelines", "2024-11-18", head_of_state_level=True, counterpart_has="米萊|米莱|Milei",
          partnership_action=None), lang="zh"),
    P("g-big5-congrats-orsi-elected",
      "習近平致電祝賀奧爾西當選烏拉圭總統",
      xhz("2024-11-26") + "新華社北京11月26日電 11月26日，國家主席習近平致電奧爾西，祝賀他當選烏拉圭東岸共和國總統。",
      "2024-11-26", url(BIG5, "2024-11-26", 2),
      yes("Uruguay", "message", "2024-11-26", head_of_state_level=False, counterpart_has="奧爾西|奥尔西|Orsi",
          partnership_action=None), lang="zh"),
    P("g-big5-xi-petro-establish",
      "習近平同哥倫比亞總統佩特羅會談",
      xhz("2023-10-25") + "新華社北京10月25日電 國家主席習近平25日在人民大會堂同來華進行國事訪問的哥倫比亞總統佩特羅舉行會談。兩國元首宣布建立中哥戰略伙伴關係。",
      "2023-10-25", url(BIG5, "2023-10-25", 3),
      yes("Colombia", "talks", "2023-10-25", head_of_state_level=True, counterpart_has="佩特羅|佩特罗|Petro",
          partnership_action="establish", partnership_level=SP), lang="zh"),
    P("g-big5-condolence-pinera",
      "習近平就智利前總統皮涅拉逝世向博里奇總統致唁電",
      xhz("2024-02-07") + "新華社北京2月7日電 2月7日，國家主席習近平致電智利總統博里奇，就智利前總統皮涅拉不幸逝世表示深切哀悼。",
      "2024-02-07", url(BIG5, "2024-02-07", 4),
      yes("Chile", "message", "2024-02-07", head_of_state_level=True, counterpart_has="博里奇|Boric",
          partnership_action=None), lang="zh"),
    P("g-xh-en-xi-noboa-elected",
      "Xi congratulates Noboa on election as Ecuador's president",
      xh("2023-10-17") + "BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping on Tuesday sent a message to Daniel Noboa, "
      "congratulating him on winning the presidential election of Ecuador.\nXi said he is ready to work with Noboa to "
      "deepen the comprehensive strategic partnership.\nEditor: Huaxia",
      "2023-10-17", url(AGENCY_EN, "2023-10-17", 1),
      yes("Ecuador", "message", "2023-10-17", head_of_state_level=False, counterpart_has="Noboa",
          partnership_action=None)),
    P("g-xh-en-wang-yi-meets-venezuela-vp",
      "Chinese FM meets Venezuelan vice president",
      xh("2019-04-24") + "BEIJING, April 24 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi met with "
      "Venezuelan Executive Vice President Delcy Rodríguez here on Wednesday.\nWang said China will keep up "
      "cooperation with the Venezuelan government led by President Nicolás Maduro.\nEditor: Xiang Bo",
      "2019-04-24", url(AGENCY_EN, "2019-04-24", 2),
      yes("Venezuela", "meeting", "2019-04-24", head_of_state_level=False, counterpart_has="Rodríguez",
          partnership_action=None)),
    P("g-xh-en-xi-sheinbaum-g20",
      "Xi meets Mexican president",
      xh("2024-11-19") + "RIO DE JANEIRO, Nov. 18 (Xinhua) -- Chinese President Xi Jinping met Mexican President Claudia "
      "Sheinbaum on Monday on the sidelines of the G20 summit in Rio de Janeiro, their first meeting since she took "
      "office in October.\nXi said China and Mexico should add new content to their comprehensive strategic "
      "partnership.\nEditor: Liu",
      "2024-11-19", url(AGENCY_EN, "2024-11-19", 3),
      yes("Mexico", "meeting_on_sidelines", "2024-11-18", head_of_state_level=True, counterpart_has="Sheinbaum",
          partnership_action=None)),
    P("g-xh-en-han-zheng-envoy-lula-inauguration",
      "Chinese special envoy attends Lula's inauguration",
      xh("2023-01-02") + "BRASILIA, Jan. 1 (Xinhua) -- Chinese President Xi Jinping's special envoy and Vice Chairman of the "
      "Standing Committee of the National People's Congress Ji Bingxuan attended on Sunday the inauguration of Luiz "
      "Inácio Lula da Silva, who takes office as Brazil's president for the third time, succeeding Jair Bolsonaro.\n"
      "Editor: Zhou",
      "2023-01-02", url(AGENCY_EN, "2023-01-02", 4),
      yes("Brazil", "other", "2023-01-01", head_of_state_level=False, counterpart_has="Lula",
          partnership_action=None)),
    P("g-xh-zh-wang-yi-argentina-fm",
      "王毅会见阿根廷外长蒙迪诺",
      xhz("2024-06-06") + "新华社北京6月5日电 外交部长王毅5日在北京会见阿根廷外长蒙迪诺。王毅说，中阿是全面战略伙伴。蒙迪诺表示，阿方重视对华关系。",
      "2024-06-06", url(AGENCY_ZH, "2024-06-06", 5),
      yes("Argentina", "meeting", "2024-06-05", head_of_state_level=False, counterpart_has="蒙迪诺|Mondino",
          partnership_action=None), lang="zh"),
    P("g-emb-en-vice-premier-meets-governor",
      "Vice Premier Ding Xuexiang Meets with Governor of the Brazilian State of Bahia",
      "On April 25, 2024, Vice Premier Ding Xuexiang met in Beijing with Jerônimo Rodrigues, Governor of Bahia. Ding said "
      "China values cooperation with Brazilian states on energy and the green transition.",
      "2024-04-26", emb(EMB_EN, "br", "2024-04-26", 4),
      yes("Brazil", "meeting", "2024-04-25", head_of_state_level=False, counterpart_has="Rodrigues",
          partnership_action=None)),
    P("g-emb-zh-xi-phone-arce",
      "习近平同玻利维亚总统阿尔塞通电话",
      "2023年1月11日，国家主席习近平同玻利维亚总统阿尔塞通电话。习近平指出，中玻是战略伙伴。阿尔塞感谢中方抗疫援助。",
      "2023-01-12", emb(EMB_ZH, "bo", "2023-01-12", 5),
      yes("Bolivia", "phone_call", "2023-01-11", head_of_state_level=True, counterpart_has="阿尔塞|Arce",
          partnership_action=None), lang="zh"),
    P("g-emb-en-vizcarra-president-2019",
      "President Xi Jinping Meets with Peruvian President Martín Vizcarra",
      "On November 17, 2018 local time, President Xi Jinping met in Port Moresby with President Martín Vizcarra of Peru, "
      "both of whom were attending the APEC Economic Leaders' Meeting. Xi said the two sides should link their "
      "development plans.",
      "2018-11-18", emb(EMB_EN, "pe", "2018-11-18", 6),
      yes("Peru", "meeting_on_sidelines", "2018-11-17", head_of_state_level=True, counterpart_has="Vizcarra",
          partnership_action=None)),
]

# ---- H. second batch, written after reading the counterpart code: the same people across offices and
# scripts, lower-case offices of agency copies, elections named without the office, partnership steps
# in Chinese, the Chinese side below a vice minister --------------------------------------------------
BATCH2: list[Any] = [
    P("h-xi-phone-petro-won-election",
      "Xi Jinping Holds Phone Call with Gustavo Petro",
      "On the evening of July 1, 2022, President Xi Jinping spoke on the phone with Gustavo Petro, who won Colombia's "
      "presidential election on June 19 and will be sworn in on August 7. Xi said he is ready to work with Petro to "
      "deepen political trust.",
      "2022-07-01", url(MFA_EN, "2022-07-01", 71),
      yes("Colombia", "phone_call", "2022-07-01", head_of_state_level=False, counterpart_has="Petro",
          partnership_action=None)),
    P("h-wang-yi-cristina-vp-2022",
      "Wang Yi Holds Video Call with Argentine Vice President Cristina Fernández de Kirchner",
      "On March 23, 2022, State Councilor and Foreign Minister Wang Yi held a video call with Cristina Fernández de "
      "Kirchner, Vice President of Argentina and President of its Senate. Wang said China values the role of "
      "Argentina's Congress in bilateral ties.",
      "2022-03-23", url(MFA_EN, "2022-03-23", 72),
      yes("Argentina", "video_call", "2022-03-23", head_of_state_level=False, counterpart_has="Fernández",
          partnership_action=None)),
    P("h-han-zheng-villarruel",
      "Han Zheng Meets with Argentine Vice President Victoria Villarruel",
      "On June 20, 2024, Vice President Han Zheng met in Beijing with Vice President Victoria Villarruel of Argentina. "
      "Han said the two countries should keep up exchanges at all levels.",
      "2024-06-20", url(MFA_EN, "2024-06-20", 73),
      yes("Argentina", "meeting", "2024-06-20", head_of_state_level=False, counterpart_has="Villarruel",
          partnership_action=None)),
    P("h-wang-qishan-samper",
      "Wang Qishan Meets with Former Colombian President Ernesto Samper",
      "On September 5, 2019, Vice President Wang Qishan met with Ernesto Samper Pizano, a former President of Colombia, "
      "at Zhongnanhai in Beijing. Samper said Latin America should see China's rise as an opportunity.",
      "2019-09-05", url(MFA_EN, "2019-09-05", 74),
      yes("Colombia", "meeting", "2019-09-05", head_of_state_level=False, counterpart_has="Samper",
          partnership_action=None)),
    P("h-xh-xi-arce-kazan",
      "Xi meets Bolivian president",
      xh("2024-10-25") + "KAZAN, Russia, Oct. 24 (Xinhua) -- Chinese President Xi Jinping met with Luis Arce, president of "
      "Bolivia, in Kazan on Thursday on the sidelines of the BRICS summit.\nXi said China and Bolivia are strategic "
      "partners and good friends.\nEditor: Huaxia",
      "2024-10-25", url(AGENCY_EN, "2024-10-25", 11),
      yes("Bolivia", "meeting_on_sidelines", "2024-10-24", head_of_state_level=True, counterpart_has="Arce",
          partnership_action=None)),
    P("h-xh-li-keqiang-pena-nieto-2014",
      "Chinese premier meets Mexican president",
      xh("2014-11-14") + "BEIJING, Nov. 13 (Xinhua) -- Chinese Premier Li Keqiang met with Mexican President Enrique Peña "
      "Nieto in Beijing on Thursday, pledging to expand cooperation in high-speed rail and energy.\nPeña Nieto, in "
      "China for a state visit after the APEC meetings, said Mexico values its comprehensive strategic partnership "
      "with China.\nEditor: Yang Yi",
      "2014-11-14", url(AGENCY_EN, "2014-11-14", 12),
      yes("Mexico", "meeting", "2014-11-13", head_of_state_level=True, counterpart_has="Peña Nieto",
          partnership_action=None),
      event_type="a state visit 'after the APEC meetings' the page names: the meeting is not placed at APEC"),
    P("h-xi-congrats-temer-sworn-in-2016",
      "Xi Jinping Sends Congratulatory Message to Michel Temer on Being Sworn In as President of Brazil",
      "On September 1, 2016, President Xi Jinping sent a message to Michel Temer, congratulating him on being sworn in as "
      "President of the Federative Republic of Brazil. Xi said he looks forward to meeting him at the G20 summit in "
      "Hangzhou.",
      "2016-09-01", url(MFA_EN, "2016-09-01", 75),
      yes("Brazil", "message", "2016-09-01", head_of_state_level=True, counterpart_has="Temer",
          partnership_action=None)),
    P("h-xi-congrats-boluarte-after-castillo",
      "Xi Jinping Congratulates Dina Boluarte on Taking Office as President of Peru",
      "On December 10, 2022, President Xi Jinping sent a message to Dina Boluarte Zegarra, congratulating her on taking "
      "office as President of the Republic of Peru after Congress removed Pedro Castillo. Xi said China is willing to "
      "work with Peru to advance the comprehensive strategic partnership.",
      "2022-12-10", url(MFA_EN, "2022-12-10", 76),
      yes("Peru", "message", "2022-12-10", head_of_state_level=True, counterpart_has="Boluarte",
          partnership_action=None)),
    P("h-xi-condolence-hurricane-amlo",
      "Xi Jinping Sends Message of Sympathy to Mexican President over Hurricane Otis",
      "President Xi Jinping on Tuesday sent a message of sympathy to President Andrés Manuel López Obrador over the heavy "
      "losses caused by Hurricane Otis in Guerrero. Xi said the Chinese people stand with the Mexican people.",
      "2023-10-31", url(MFA_EN, "2023-10-31", 77),
      yes("Mexico", "message", "2023-10-31", head_of_state_level=True, counterpart_has="López Obrador",
          partnership_action=None)),
    P("h-xi-lula-exchange-anniversary",
      "Xi Jinping and Brazilian President Lula Exchange Congratulatory Messages on 50 Years of Diplomatic Ties",
      "On August 15, 2024, President Xi Jinping and President Luiz Inácio Lula da Silva exchanged messages marking the "
      "50th anniversary of diplomatic relations between China and Brazil. Xi said the comprehensive strategic "
      "partnership has become a model of South-South cooperation.",
      "2024-08-15", url(MFA_EN, "2024-08-15", 78),
      yes("Brazil", "message", "2024-08-15", head_of_state_level=True, counterpart_has="Lula",
          partnership_action=None)),
    P("h-wang-yi-acting-delcy-2026",
      "Wang Yi Speaks with Venezuela's Acting President Delcy Rodríguez on the Phone",
      "On January 9, 2026, Foreign Minister Wang Yi spoke on the phone with Delcy Rodríguez, Venezuela's acting President. "
      "Wang said China firmly opposes the use of force against a sovereign state.",
      "2026-01-09", url(MFA_EN, "2026-01-09", 79),
      yes("Venezuela", "phone_call", "2026-01-09", head_of_state_level=False, counterpart_has="Rodríguez",
          partnership_action=None)),
    P("h-zhao-leji-pacheco",
      "Zhao Leji Holds Talks with President of the Brazilian Federal Senate Rodrigo Pacheco",
      "On March 28, 2023, Zhao Leji, Chairman of the NPC Standing Committee, held talks in Beijing with Rodrigo Pacheco, "
      "President of the Federal Senate of Brazil. Pacheco said the Senate supports closer ties with China.",
      "2023-03-28", url(MFA_EN, "2023-03-28", 80),
      yes("Brazil", "talks", "2023-03-28", head_of_state_level=False, counterpart_has="Pacheco",
          partnership_action=None)),
    P("h-li-yuanchao-second-vp-peru",
      "Li Yuanchao Meets with Second Vice President of Peru Mercedes Aráoz",
      "On May 16, 2017, Vice President Li Yuanchao met in Beijing with Mercedes Aráoz, Second Vice President of Peru, who "
      "is attending the Belt and Road Forum for International Cooperation.",
      "2017-05-16", url(MFA_EN, "2017-05-16", 81),
      yes("Peru", "meeting_on_sidelines", "2017-05-16", head_of_state_level=False, counterpart_has="Aráoz",
          partnership_action=None)),
    P("h-petro-visit-announcement",
      "Colombian President Gustavo Petro to Pay State Visit to China",
      "Foreign Ministry Spokesperson Hua Chunying announced on Friday that at the invitation of President Xi Jinping, "
      "President Gustavo Petro of Colombia will pay a state visit to China from October 24 to 28.",
      "2023-10-20", url(MFA_EN, "2023-10-20", 82),
      yes("Colombia", "state_visit", "2023-10-24", head_of_state_level=True, counterpart_has="Petro",
          partnership_action=None)),
    P("h-xi-leaves-brasilia-2024",
      "Xi Jinping Wraps Up State Visit to Brazil",
      "Brasília, November 21, 2024 — President Xi Jinping left here today for home after a state visit to Brazil that "
      "began on November 20. During the visit Xi held talks with President Lula, and the two sides signed nearly 40 "
      "cooperation documents.",
      "2024-11-22", url(MFA_EN, "2024-11-22", 83),
      yes("Brazil", "state_visit", "2024-11-20", head_of_state_level=True, counterpart_has="Lula")),
    P("h-wang-yi-ebrard-video",
      "Wang Yi Holds Video Call with Mexican Foreign Secretary Marcelo Ebrard",
      "On the morning of October 30, 2020, State Councilor and Foreign Minister Wang Yi held a video call with Foreign "
      "Secretary Marcelo Ebrard of Mexico on vaccine cooperation.",
      "2020-10-30", url(MFA_EN, "2020-10-30", 84),
      yes("Mexico", "video_call", "2020-10-30", head_of_state_level=False, counterpart_has="Ebrard",
          partnership_action=None)),
    P("h-vmofcom-paraguay-business",
      "Vice Minister of Commerce Meets with Paraguayan Business Delegation",
      "On November 7, 2023, Vice Minister of Commerce Wang Shouwen met in Shanghai with a delegation of Paraguayan "
      "business people attending the China International Import Expo, led by the president of Paraguay's beef "
      "exporters' chamber.",
      "2023-11-08", url(MFA_EN, "2023-11-08", 85),
      yes("Paraguay", "meeting", "2023-11-07", head_of_state_level=False, partnership_action=None)),
    P("h-spokesperson-guaido",
      "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on January 24, 2019",
      "Q: Juan Guaidó, leader of Venezuela's National Assembly, declared himself interim president, and some countries "
      "recognized him. What is China's position? A: China supports the efforts of the Venezuelan government to uphold "
      "sovereignty and stability, and opposes outside interference.",
      "2019-01-24", url(MFA_EN, "2019-01-24", 86),
      NO),
    P("h-envoy-maduro-swearing-in-2019",
      "Special Representative of President Xi Jinping Attends Swearing-in of Venezuelan President Maduro",
      "Caracas, January 10, 2019 — Minister of Agriculture and Rural Affairs Han Changfu attended today, as President Xi "
      "Jinping's special representative, the ceremony at which President Nicolás Maduro was sworn in for a new "
      "term.",
      "2019-01-11", url(MFA_EN, "2019-01-11", 87),
      yes("Venezuela", "other", "2019-01-10", head_of_state_level=False, counterpart_has="Maduro",
          partnership_action=None)),
    P("h-zh-phone-petro-elect",
      "习近平同哥伦比亚当选总统佩特罗通电话",
      "2022年7月1日晚，国家主席习近平同哥伦比亚当选总统佩特罗通电话。习近平表示，中方愿同哥方一道推动两国关系取得新发展。",
      "2022-07-01", url(MFA_ZH, "2022-07-01", 31),
      yes("Colombia", "phone_call", "2022-07-01", head_of_state_level=False, counterpart_has="佩特罗|Petro",
          partnership_action=None), lang="zh"),
    P("h-zh-wang-yi-amlo-elect",
      "王毅会见墨西哥候任总统洛佩斯",
      "当地时间9月22日，国务委员兼外长王毅在墨西哥城会见墨西哥候任总统洛佩斯。洛佩斯表示，新政府将继续重视对华关系。",
      "2018-09-23", url(MFA_ZH, "2018-09-23", 32),
      yes("Mexico", "meeting", "2018-09-22", head_of_state_level=False, counterpart_has="洛佩斯|López Obrador",
          partnership_action=None), lang="zh"),
    P("h-zh-interim-anez",
      "习近平就新冠肺炎疫情向玻利维亚临时总统阿涅斯致慰问电",
      "2020年4月10日，国家主席习近平致电玻利维亚临时总统阿涅斯，就玻利维亚新冠肺炎疫情表示慰问。",
      "2020-04-10", url(MFA_ZH, "2020-04-10", 33),
      yes("Bolivia", "message", "2020-04-10", head_of_state_level=True, counterpart_has="阿涅斯|Áñez",
          partnership_action=None), lang="zh", head_of_state_level=INTERIM),
    P("h-zh-wen-dilma-2012",
      "温家宝同巴西总统罗塞夫举行会谈",
      "当地时间2012年6月21日，国务院总理温家宝在里约热内卢同巴西总统罗塞夫举行会谈。双方宣布将中巴关系提升为全面战略伙伴关系。",
      "2012-06-22", old(MFA_ZH_OLD, 9293101),
      yes("Brazil", "talks", "2012-06-21", head_of_state_level=True, counterpart_has="罗塞夫|Rousseff",
          partnership_action="upgrade", partnership_level=CSP), lang="zh"),
    P("h-zh-wen-pinera-2012",
      "温家宝同智利总统皮涅拉举行会谈",
      "当地时间6月26日，国务院总理温家宝在圣地亚哥同智利总统皮涅拉举行会谈。双方一致同意将中智关系提升为战略伙伴关系。",
      "2012-06-27", old(MFA_ZH_OLD, 9294201),
      yes("Chile", "talks", "2012-06-26", head_of_state_level=True, counterpart_has="皮涅拉|Piñera",
          partnership_action="upgrade", partnership_level=SP), lang="zh"),
    P("h-zh-xi-correa-quito",
      "习近平同厄瓜多尔总统科雷亚举行会谈",
      "当地时间11月17日，国家主席习近平在基多同厄瓜多尔总统科雷亚举行会谈。两国元首宣布，将中厄关系提升为全面战略伙伴关系。",
      "2016-11-18", url(MFA_ZH, "2016-11-18", 34),
      yes("Ecuador", "talks", "2016-11-17", head_of_state_level=True, counterpart_has="科雷亚|Correa",
          partnership_action="upgrade", partnership_level=CSP), lang="zh"),
    P("h-big5-xi-cristina-2014",
      "習近平同阿根廷總統克里斯蒂娜舉行會談",
      xhz("2014-07-19") + "新華社布宜諾斯艾利斯7月18日電 國家主席習近平18日在布宜諾斯艾利斯同阿根廷總統克里斯蒂娜舉行會談。兩國元首宣布將中阿關係提升為全面戰略夥伴關係。",
      "2014-07-19", url(BIG5, "2014-07-19", 35),
      yes("Argentina", "talks", "2014-07-18", head_of_state_level=True, counterpart_has="克里斯蒂娜|Fernández",
          partnership_action="upgrade", partnership_level=CSP), lang="zh"),
    P("h-zh-xi-humala-2013",
      "习近平同秘鲁总统乌马拉举行会谈",
      "4月6日，国家主席习近平在人民大会堂同秘鲁总统乌马拉举行会谈。两国元首一致同意将中秘关系提升为全面战略伙伴关系。",
      "2013-04-06", old(MFA_ZH_OLD, 1029301),
      yes("Peru", "talks", "2013-04-06", head_of_state_level=True, counterpart_has="乌马拉|Humala",
          partnership_action="upgrade", partnership_level=CSP), lang="zh"),
    P("h-xhz-xi-pena-nieto-2013",
      "习近平同墨西哥总统培尼亚举行会谈",
      xhz("2013-06-05") + "新华社墨西哥城6月4日电 国家主席习近平4日在墨西哥城国家宫同墨西哥总统培尼亚举行会谈。两国元首决定将中墨关系提升为全面战略伙伴关系。",
      "2013-06-05", url(AGENCY_ZH, "2013-06-05", 36),
      yes("Mexico", "talks", "2013-06-04", head_of_state_level=True, counterpart_has="培尼亚|Peña Nieto",
          partnership_action="upgrade", partnership_level=CSP), lang="zh"),
    P("h-zh-zhao-leji-argimon",
      "赵乐际会见乌拉圭副总统兼参议院议长阿希蒙",
      "2023年9月19日，全国人大常委会委员长赵乐际在人民大会堂会见乌拉圭副总统兼参议院议长阿希蒙。",
      "2023-09-19", url(MFA_ZH, "2023-09-19", 37),
      yes("Uruguay", "meeting", "2023-09-19", head_of_state_level=False, counterpart_has="阿希蒙|Argimón",
          partnership_action=None), lang="zh"),
    P("h-zh-ding-governor-sao-paulo",
      "丁薛祥会见巴西圣保罗州州长塔西西奥",
      "5月21日，国务院副总理丁薛祥在北京会见巴西圣保罗州州长塔西西奥。丁薛祥表示，中方欢迎巴西各州同中国地方开展务实合作。",
      "2024-05-21", url(MFA_ZH, "2024-05-21", 38),
      yes("Brazil", "meeting", "2024-05-21", head_of_state_level=False, counterpart_has="塔西西奥|Tarcísio",
          partnership_action=None), lang="zh"),
    P("h-zh-assistant-minister-brazil-ambassador",
      "外交部部长助理会见巴西驻华大使",
      "2024年3月5日，外交部部长助理华春莹会见巴西驻华大使瓦莱，双方就两国建交50周年庆祝活动交换意见。",
      "2024-03-05", url(MFA_ZH, "2024-03-05", 39),
      NO),
    P("h-zh-ambassador-argentina-fm",
      "驻阿根廷大使王卫会见阿根廷外长",
      "当地时间2024年1月18日，驻阿根廷大使王卫会见阿根廷外长蒙迪诺，双方就中阿关系交换意见。",
      "2024-01-19", emb(EMB_ZH, "ar", "2024-01-19", 40),
      NO),
    P("h-zh-vfm-chile-vfm",
      "外交部副部长邓励会见智利外交部副部长",
      "2022年11月8日，外交部副部长邓励在北京会见智利外交部副部长希梅娜·富恩特斯。",
      "2022-11-08", url(MFA_ZH, "2022-11-08", 40),
      yes("Chile", "meeting", "2022-11-08", head_of_state_level=False, counterpart_has="富恩特斯|Fuentes",
          partnership_action=None), lang="zh"),
    P("h-zh-xi-lula-anniversary-exchange",
      "习近平同巴西总统卢拉就中巴建交50周年互致贺电",
      "2024年8月15日，国家主席习近平同巴西总统卢拉互致贺电，庆祝两国建交50周年。",
      "2024-08-15", url(MFA_ZH, "2024-08-15", 41),
      yes("Brazil", "message", "2024-08-15", head_of_state_level=True, counterpart_has="卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("h-zh-condolence-fujimori-none",
      "外交部发言人就秘鲁前总统藤森逝世答记者问",
      "问：秘鲁前总统藤森于9月11日逝世，中方对此有何评论？答：我们对藤森先生逝世表示哀悼，向其家属表示慰问。",
      "2024-09-12", url(MFA_ZH, "2024-09-12", 42),
      NO),
    P("h-en-xi-meets-bachelet-2014-apec",
      "Xi Jinping Meets with Chilean President Michelle Bachelet",
      "On November 11, 2014, President Xi Jinping met at the Yanqi Lake International Convention Center with President "
      "Michelle Bachelet of Chile, who is in Beijing for the 22nd APEC Economic Leaders' Meeting.",
      "2014-11-11", old(MFA_EN_OLD, 1209601),
      yes("Chile", "meeting_on_sidelines", "2014-11-11", head_of_state_level=True, counterpart_has="Bachelet",
          partnership_action=None)),
    P("h-en-wang-yi-bachelet-former-2013",
      "Wang Yi Meets with Former Chilean President Michelle Bachelet",
      "On the afternoon of May 27, 2013, Foreign Minister Wang Yi met in Beijing with former Chilean President Michelle "
      "Bachelet, who is preparing to run again for the presidency.",
      "2013-05-27", old(MFA_EN_OLD, 1044101),
      yes("Chile", "meeting", "2013-05-27", head_of_state_level=False, counterpart_has="Bachelet",
          partnership_action=None)),
]


# ---- I. third batch: the Chinese principal's own office over time (Xi and Li Keqiang before 2013, Wang
# Qishan as Vice Premier and as Vice President), several LAC hosts on one trip, dates told by weekday or
# local time, copies with a photo caption first ---------------------------------------------------------
BATCH3: list[Any] = [
    P("i-vp-xi-calderon-2009",
      "Vice President Xi Jinping Meets with Mexican President Felipe Calderón",
      "Mexico City, February 10, 2009 — Vice President Xi Jinping met here today with President Felipe Calderón. Xi said "
      "the strategic partnership between China and Mexico has deepened since 2003.",
      "2009-02-11", old(MFA_EN_OLD, 5140101),
      yes("Mexico", "meeting", "2009-02-10", head_of_state_level=False, counterpart_has="Calderón",
          partnership_action=None)),
    P("i-vp-xi-chavez-2009",
      "Vice President Xi Jinping Holds Talks with Venezuelan President Hugo Chávez",
      "Caracas, February 17, 2009 — Vice President Xi Jinping held talks with President Hugo Chávez Frías at the Miraflores "
      "Palace today. Chávez said Venezuela will send more oil to China.",
      "2009-02-18", old(MFA_EN_OLD, 5140501),
      yes("Venezuela", "talks", "2009-02-17", head_of_state_level=False, counterpart_has="Chávez",
          partnership_action=None)),
    P("i-zh-vp-xi-lula-2009",
      "国家副主席习近平会见巴西总统卢拉",
      "当地时间2月19日，国家副主席习近平在巴西利亚会见巴西总统卢拉。习近平表示，中巴战略伙伴关系内涵不断丰富。",
      "2009-02-20", old(MFA_ZH_OLD, 5140901),
      yes("Brazil", "meeting", "2009-02-19", head_of_state_level=False, counterpart_has="卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("i-vice-premier-li-keqiang-cristina-2012",
      "Vice Premier Li Keqiang Meets with Argentine Foreign Minister Héctor Timerman",
      "On the afternoon of June 25, 2012, Vice Premier Li Keqiang met in Beijing with a delegation sent by President "
      "Cristina Fernández de Kirchner and led by Foreign Minister Héctor Timerman.",
      "2012-06-25", old(MFA_EN_OLD, 5294001),
      yes("Argentina", "meeting", "2012-06-25", head_of_state_level=False, counterpart_has="Timerman",
          partnership_action=None)),
    P("i-vice-premier-wang-qishan-chile-2011",
      "Vice Premier Wang Qishan Meets with Chilean Foreign Minister Alfredo Moreno",
      "On October 18, 2011, Vice Premier Wang Qishan met in Beijing with Foreign Minister Alfredo Moreno of Chile. Wang "
      "said the free trade agreement has lifted two-way trade.",
      "2011-10-18", old(MFA_EN_OLD, 5235201),
      yes("Chile", "meeting", "2011-10-18", head_of_state_level=False, counterpart_has="Moreno",
          partnership_action=None)),
    P("i-xi-congrats-maduro-elected-2013",
      "Xi Jinping Congratulates Nicolás Maduro on Being Elected President of Venezuela",
      "On April 16, 2013, President Xi Jinping sent a message to Nicolás Maduro Moros, congratulating him on being elected "
      "President of the Bolivarian Republic of Venezuela.",
      "2013-04-16", old(MFA_EN_OLD, 1031501),
      yes("Venezuela", "message", "2013-04-16", head_of_state_level=False, counterpart_has="Maduro",
          partnership_action=None)),
    P("i-announce-xi-three-countries-2016",
      "Xi Jinping to Attend APEC Meeting in Lima and Pay State Visits to Ecuador, Peru and Chile",
      "Foreign Ministry Spokesperson Lu Kang announced that President Xi Jinping will pay state visits to Ecuador, Peru "
      "and Chile and attend the 24th APEC Economic Leaders' Meeting in Lima from November 17 to 23.",
      "2016-11-11", url(MFA_EN, "2016-11-11", 88),
      yes("multilateral", "state_visit", "2016-11-17", partnership_action=None)),
    P("i-xh-xi-boric-saturday-lima",
      "Xi meets Chilean president in Lima",
      xh("2024-11-17") + "Chinese President Xi Jinping meets with Chilean President Gabriel Boric in Lima, Peru, Nov. 16, "
      "2024. (Xinhua/Ding Haitao)\nLIMA, Nov. 16 (Xinhua) -- Chinese President Xi Jinping met with Chilean President "
      "Gabriel Boric here on Saturday on the sidelines of the APEC Economic Leaders' Meeting.\nEditor: Liu",
      "2024-11-17", url(AGENCY_EN, "2024-11-17", 13),
      yes("Chile", "meeting_on_sidelines", "2024-11-16", head_of_state_level=True, counterpart_has="Boric",
          partnership_action=None)),
    P("i-zh-li-qiang-lula-johannesburg",
      "李强会见巴西总统卢拉",
      "当地时间22日，国务院总理李强在约翰内斯堡出席二十国集团领导人第二十次峰会期间会见巴西总统卢拉。",
      "2025-11-23", url(MFA_ZH, "2025-11-23", 43),
      yes("Brazil", "meeting_on_sidelines", "2025-11-22", head_of_state_level=True, counterpart_has="卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("i-han-zheng-francia-marquez",
      "Han Zheng Meets with Colombian Vice President Francia Márquez",
      "On October 26, 2023, Vice President Han Zheng met with Vice President Francia Márquez of Colombia, who accompanied "
      "President Gustavo Petro on his state visit.",
      "2023-10-26", url(MFA_EN, "2023-10-26", 89),
      yes("Colombia", "meeting", "2023-10-26", head_of_state_level=False, counterpart_has="Márquez",
          partnership_action=None)),
    P("i-envoy-noboa-second-term",
      "Special Envoy of President Xi Jinping Attends Inauguration of Ecuadorian President Daniel Noboa",
      "On May 24, 2025 local time, Vice Chairman of the NPC Standing Committee Zheng Jianbang, as President Xi Jinping's "
      "special envoy, attended in Quito the inauguration of President Daniel Noboa for a new term.",
      "2025-05-25", url(MFA_EN, "2025-05-25", 90),
      yes("Ecuador", "other", "2025-05-24", head_of_state_level=False, counterpart_has="Noboa",
          partnership_action=None)),
    P("i-wang-yi-pary-month-before",
      "Wang Yi Speaks with Bolivian Foreign Minister Diego Pary on the Phone",
      "On December 28, Foreign Minister Wang Yi spoke on the phone with Foreign Minister Diego Pary of Bolivia. The two "
      "sides reviewed the first year of the strategic partnership.",
      "2019-01-03", url(MFA_EN, "2019-01-03", 91),
      yes("Bolivia", "phone_call", "2018-12-28", head_of_state_level=False, counterpart_has="Pary",
          partnership_action=None)),
    P("i-big5-congrats-noboa-elected",
      "習近平致電祝賀諾沃亞當選厄瓜多爾總統",
      xhz("2023-10-17") + "新華社北京10月17日電 國家主席習近平17日致電諾沃亞，祝賀他當選厄瓜多爾共和國總統。",
      "2023-10-17", url(BIG5, "2023-10-17", 44),
      yes("Ecuador", "message", "2023-10-17", head_of_state_level=False, counterpart_has="諾沃亞|诺沃亚|Noboa",
          partnership_action=None), lang="zh"),
    P("i-big5-sympathy-amlo",
      "習近平就墨西哥颶風災害向洛佩斯總統致慰問電",
      xhz("2023-10-31") + "新華社北京10月31日電 10月31日，國家主席習近平致電墨西哥總統洛佩斯，就墨西哥格雷羅州遭受颶風襲擊造成重大人員傷亡和財產損失表示慰問。",
      "2023-10-31", url(BIG5, "2023-10-31", 45),
      yes("Mexico", "message", "2023-10-31", head_of_state_level=True, counterpart_has="洛佩斯|López Obrador",
          partnership_action=None), lang="zh"),
    P("i-lula-recalls-2009",
      "Xi Jinping Holds Talks with Brazilian President Lula",
      "On November 20, 2024 local time, President Xi Jinping held talks with President Luiz Inácio Lula da Silva at the "
      "Alvorada Palace in Brasília. Xi recalled that he first met Lula in 2009, when Xi was Vice President and visited "
      "Brazil, and that Lula's successors Dilma Rousseff and Michel Temer also valued ties.",
      "2024-11-21", url(MFA_EN, "2024-11-21", 92),
      yes("Brazil", "talks", "2024-11-20", head_of_state_level=True, counterpart_has="Lula")),
    P("i-zh-wang-yi-villarruel",
      "王毅会见阿根廷副总统比利亚鲁埃尔",
      "当地时间8月10日，外交部长王毅在布宜诺斯艾利斯会见阿根廷副总统兼参议长比利亚鲁埃尔。",
      "2024-08-11", url(MFA_ZH, "2024-08-11", 46),
      yes("Argentina", "meeting", "2024-08-10", head_of_state_level=False, counterpart_has="比利亚鲁埃尔|Villarruel",
          partnership_action=None), lang="zh"),
    P("i-zh-former-president-fox",
      "李源潮会见墨西哥前总统福克斯",
      "2015年6月2日，国家副主席李源潮在北京会见墨西哥前总统福克斯。",
      "2015-06-02", url(MFA_ZH, "2015-06-02", 47),
      yes("Mexico", "meeting", "2015-06-02", head_of_state_level=False, counterpart_has="福克斯|Fox",
          partnership_action=None), lang="zh"),
    P("i-zh-xi-boluarte-state-visit-arrival",
      "习近平抵达利马出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问",
      "当地时间11月14日下午，国家主席习近平乘专机抵达利马。秘鲁总统博鲁阿尔特到机场迎接。",
      "2024-11-15", url(MFA_ZH, "2024-11-15", 48),
      yes("Peru", "state_visit", "2024-11-14", head_of_state_level=True, counterpart_has="博鲁阿尔特|Boluarte",
          partnership_action=None), lang="zh"),
    P("i-emb-en-ambassador-meets-president-elect",
      "Ambassador Song Yang Meets with Uruguay's President-elect Yamandú Orsi",
      "On December 3, 2024, Ambassador Song Yang called on President-elect Yamandú Orsi in Montevideo and conveyed the wish "
      "of the Chinese side to deepen the comprehensive strategic partnership.",
      "2024-12-04", emb(EMB_EN, "uy", "2024-12-04", 49),
      NO),
    P("i-zh-zhao-leji-mexico-senate",
      "赵乐际会见墨西哥参议长",
      "5月15日，全国人大常委会委员长赵乐际在人民大会堂会见墨西哥参议院议长费尔南德斯·诺罗尼亚。",
      "2025-05-15", url(MFA_ZH, "2025-05-15", 49),
      yes("Mexico", "meeting", "2025-05-15", head_of_state_level=False, partnership_action=None), lang="zh"),
]


# ---- J. fourth batch: heads of government over the years (Wen Jiabao, Li Keqiang, Li Qiang abroad and at
# home), summits of 2008-2022, inaugurations in Chinese with the outgoing head named, Paraguay's
# president-elect ------------------------------------------------------------------------------------
BATCH4: list[Any] = [
    P("j-hu-bachelet-apec-lima-2008",
      "Hu Jintao Meets with Chilean President Michelle Bachelet",
      "Lima, November 22, 2008 — President Hu Jintao met here today with President Michelle Bachelet of Chile on the "
      "sidelines of the 16th APEC Economic Leaders' Meeting. The two sides welcomed the first full year of their free "
      "trade agreement.",
      "2008-11-23", old(MFA_EN_OLD, 5162501),
      yes("Chile", "meeting_on_sidelines", "2008-11-22", head_of_state_level=True, counterpart_has="Bachelet",
          partnership_action=None)),
    P("j-hu-lula-brasilia-2010",
      "Hu Jintao Holds Talks with Brazilian President Lula",
      "Brasília, April 15, 2010 — President Hu Jintao, on a state visit to Brazil, held talks with President Luiz Inácio "
      "Lula da Silva here today. The two leaders signed a joint action plan for 2010 to 2014.",
      "2010-04-16", old(MFA_EN_OLD, 5211501),
      yes("Brazil", "talks", "2010-04-15", head_of_state_level=True, counterpart_has="Lula",
          partnership_action=None)),
    P("j-hu-calderon-g20-cannes",
      "Hu Jintao Meets with Mexican President Felipe Calderón",
      "On November 3, 2011, President Hu Jintao met in Cannes with President Felipe Calderón of Mexico, who will host the "
      "G20 summit next year, during the G20 summit in Cannes.",
      "2011-11-04", old(MFA_EN_OLD, 5238101),
      yes("Mexico", "meeting_on_sidelines", "2011-11-03", head_of_state_level=True, counterpart_has="Calderón",
          partnership_action=None)),
    P("j-wen-mujica-2012",
      "Wen Jiabao Holds Talks with Uruguayan President José Mujica",
      "Montevideo, June 23, 2012 — Premier Wen Jiabao held talks today with President José Mujica. Wen said China "
      "wants to import more beef and soybeans from Uruguay.",
      "2012-06-24", old(MFA_EN_OLD, 5293501),
      yes("Uruguay", "talks", "2012-06-23", head_of_state_level=True, counterpart_has="Mujica",
          partnership_action=None)),
    P("j-li-keqiang-santos-2015",
      "Li Keqiang Holds Talks with Colombian President Juan Manuel Santos",
      "Bogotá, May 21, 2015 — Premier Li Keqiang held talks with President Juan Manuel Santos at the Casa de Nariño "
      "today. The two sides agreed to study a free trade agreement.",
      "2015-05-22", old(MFA_EN_OLD, 1265501),
      yes("Colombia", "talks", "2015-05-21", head_of_state_level=True, counterpart_has="Santos",
          partnership_action=None)),
    P("j-zh-li-keqiang-bachelet-2015",
      "李克强同智利总统巴切莱特举行会谈",
      "当地时间5月25日，国务院总理李克强在圣地亚哥同智利总统巴切莱特举行会谈。双方同意深化中智战略伙伴关系。",
      "2015-05-26", old(MFA_ZH_OLD, 1266101),
      yes("Chile", "talks", "2015-05-25", head_of_state_level=True, counterpart_has="巴切莱特|Bachelet",
          partnership_action=None), lang="zh"),
    P("j-xi-macri-2017",
      "Xi Jinping Holds Talks with Argentine President Mauricio Macri",
      "On May 17, 2017, President Xi Jinping held talks in Beijing with President Mauricio Macri, who is on a state visit "
      "and attended the Belt and Road Forum for International Cooperation. The two heads of state agreed to deepen "
      "the comprehensive strategic partnership.",
      "2017-05-17", url(MFA_EN, "2017-05-17", 93),
      yes("Argentina", "talks", "2017-05-17", head_of_state_level=True, counterpart_has="Macri",
          partnership_action=None)),
    P("j-xi-fernandez-bali-2022",
      "Xi Jinping Meets with Argentine President Alberto Fernández",
      "On November 15, 2022 local time, President Xi Jinping met with President Alberto Fernández of Argentina in Bali on "
      "the sidelines of the G20 summit.",
      "2022-11-15", url(MFA_EN, "2022-11-15", 94),
      yes("Argentina", "meeting_on_sidelines", "2022-11-15", head_of_state_level=True, counterpart_has="Fernández",
          partnership_action=None)),
    P("j-xi-sympathy-fernandez-covid-2020",
      "Xi Jinping Sends Message of Sympathy to Argentine President Alberto Fernández",
      "On March 30, 2020, President Xi Jinping sent a message of sympathy to President Alberto Fernández over the "
      "outbreak of COVID-19 in Argentina, saying China will provide help within its ability.",
      "2020-03-30", url(MFA_EN, "2020-03-30", 95),
      yes("Argentina", "message", "2020-03-30", head_of_state_level=True, counterpart_has="Fernández",
          partnership_action=None)),
    P("j-li-qiang-lacalle-2023",
      "Li Qiang Meets with Uruguayan President Luis Lacalle Pou",
      "On the afternoon of November 22, 2023, Premier Li Qiang met with President Luis Lacalle Pou of Uruguay at the Great "
      "Hall of the People.",
      "2023-11-22", url(MFA_EN, "2023-11-22", 96),
      yes("Uruguay", "meeting", "2023-11-22", head_of_state_level=True, counterpart_has="Lacalle Pou",
          partnership_action=None)),
    P("j-zh-han-zheng-orsi-inauguration",
      "韩正出席乌拉圭总统奥尔西就职仪式",
      "当地时间3月1日，习近平主席特使、国家副主席韩正在蒙得维的亚出席乌拉圭新任总统奥尔西就职仪式。仪式上，前任总统拉卡列将总统绶带交给奥尔西。",
      "2025-03-02", url(MFA_ZH, "2025-03-02", 50),
      yes("Uruguay", "other", "2025-03-01", head_of_state_level=False, counterpart_has="奥尔西|Orsi",
          partnership_action=None), lang="zh"),
    P("j-zh-envoy-lula-inauguration",
      "习近平主席特使出席巴西总统卢拉就职仪式",
      "当地时间2023年1月1日，习近平主席特使、全国人大常委会副委员长在巴西利亚出席巴西总统卢拉就职仪式。卢拉接替博索纳罗，第三次出任巴西总统。",
      "2023-01-02", url(MFA_ZH, "2023-01-02", 51),
      yes("Brazil", "other", "2023-01-01", head_of_state_level=False, counterpart_has="卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("j-big5-sympathy-lula-floods",
      "習近平就巴西南里奧格蘭德州洪災向盧拉總統致慰問電",
      xhz("2024-05-07") + "新華社北京5月7日電 5月7日，國家主席習近平致電巴西總統盧拉，就巴西南里奧格蘭德州發生嚴重洪澇災害表示慰問。",
      "2024-05-07", url(BIG5, "2024-05-07", 52),
      yes("Brazil", "message", "2024-05-07", head_of_state_level=True, counterpart_has="盧拉|卢拉|Lula",
          partnership_action=None), lang="zh"),
    P("j-zh-spokesperson-pena-taiwan",
      "外交部发言人就巴拉圭当选总统培尼亚涉台言论答记者问",
      "问：巴拉圭当选总统培尼亚近日访问台湾地区。中方对此有何评论？答：一个中国原则是国际关系基本准则。我们敦促巴方认清大势。",
      "2023-07-13", url(MFA_ZH, "2023-07-13", 53),
      NO),
    P("j-zh-wang-yi-amorim",
      "王毅同巴西总统首席特别顾问阿莫林会谈",
      "5月23日，中共中央政治局委员、外交部长王毅在北京同巴西总统首席特别顾问阿莫林举行会谈。",
      "2024-05-23", url(MFA_ZH, "2024-05-23", 54),
      yes("Brazil", "talks", "2024-05-23", head_of_state_level=False, counterpart_has="阿莫林|Amorim",
          partnership_action=None), lang="zh"),
    P("j-xi-pinera-2019",
      "Xi Jinping Holds Talks with Chilean President Sebastián Piñera",
      "On April 25, 2019, President Xi Jinping held talks with President Sebastián Piñera of Chile, who is on a state visit "
      "and attends the second Belt and Road Forum, at the Great Hall of the People.",
      "2019-04-25", url(MFA_EN, "2019-04-25", 97),
      yes("Chile", "talks", "2019-04-25", head_of_state_level=True, counterpart_has="Piñera",
          partnership_action=None)),
    P("j-xi-china-celac-opening-2025",
      "Xi Jinping Attends Opening Ceremony of the Fourth Ministerial Meeting of the China-CELAC Forum",
      "On the morning of May 13, 2025, President Xi Jinping attended the opening ceremony of the Fourth Ministerial "
      "Meeting of the China-CELAC Forum in Beijing and delivered a keynote speech. President Lula of Brazil, President "
      "Petro of Colombia and President Boric of Chile attended.",
      "2025-05-13", url(MFA_EN, "2025-05-13", 98),
      yes("multilateral", "other", "2025-05-13", head_of_state_level=True, partnership_action=None)),
]


# ---- K. fifth batch: the counterpart's office written in the many ways pages give it (possessive country
# before the office, "visiting", "his counterpart", a chamber's president, a city's mayor, a cabinet chief)
BATCH5: list[Any] = [
    P("k-mexico-possessive-barcena",
      "Wang Yi Meets with Mexican Foreign Secretary Alicia Bárcena",
      "On July 26, 2024, Foreign Minister Wang Yi met in Vientiane with Mexico's Foreign Secretary Alicia Bárcena, who "
      "was there for a meeting of foreign ministers.",
      "2024-07-26", url(MFA_EN, "2024-07-26", 99),
      yes("Mexico", "meeting_on_sidelines", "2024-07-26", head_of_state_level=False, counterpart_has="Bárcena",
          partnership_action=None),
      event_type="a gathering named only as 'a meeting of foreign ministers' in a third country's city: "
                 "whether the page names or places the meeting at a multilateral conference"),
    P("k-visiting-ecuador-fm",
      "Wang Yi Holds Talks with Ecuadorian Foreign Minister Gabriela Sommerfeld",
      "On March 11, 2024, Foreign Minister Wang Yi held talks in Beijing with visiting Ecuadorian Foreign Minister Gabriela "
      "Sommerfeld. The two sides agreed to put the free trade agreement to good use.",
      "2024-03-11", url(MFA_EN, "2024-03-11", 100),
      yes("Ecuador", "talks", "2024-03-11", head_of_state_level=False, counterpart_has="Sommerfeld",
          partnership_action=None)),
    P("k-his-colombian-counterpart",
      "Wang Yi Speaks with Colombian Foreign Minister on the Phone",
      "On the evening of August 3, 2023, Foreign Minister Wang Yi spoke by phone with his Colombian counterpart Álvaro "
      "Leyva. Leyva said Colombia hopes to raise relations with China to a new level.",
      "2023-08-04", url(MFA_EN, "2023-08-04", 101),
      yes("Colombia", "phone_call", "2023-08-03", head_of_state_level=False, counterpart_has="Leyva",
          partnership_action=None)),
    P("k-chile-chamber-president-comma",
      "Zhao Leji Meets with President of the Chilean Chamber of Deputies",
      "On April 17, 2023, Zhao Leji, Chairman of the NPC Standing Committee, met in Beijing with the President of the "
      "Chamber of Deputies of Chile, Vlado Mirosevic.",
      "2023-04-17", url(MFA_EN, "2023-04-17", 102),
      yes("Chile", "meeting", "2023-04-17", head_of_state_level=False, counterpart_has="Mirosevic",
          partnership_action=None)),
    P("k-bolivian-vp-choquehuanca",
      "Wang Qishan Meets with Bolivian Vice President David Choquehuanca",
      "On September 5, 2022, Vice President Wang Qishan held a video meeting with Bolivian Vice President David "
      "Choquehuanca on poverty reduction and the green transition.",
      "2022-09-05", url(MFA_EN, "2022-09-05", 103),
      yes("Bolivia", "video_call", "2022-09-05", head_of_state_level=False, counterpart_has="Choquehuanca",
          partnership_action=None)),
    P("k-uruguay-visiting-fm-lubetkin",
      "Wang Yi Holds Talks with Uruguayan Foreign Minister Mario Lubetkin",
      "On June 10, 2025, Foreign Minister Wang Yi held talks in Beijing with the visiting Uruguayan Foreign Minister Mario "
      "Lubetkin.",
      "2025-06-10", url(MFA_EN, "2025-06-10", 104),
      yes("Uruguay", "talks", "2025-06-10", head_of_state_level=False, counterpart_has="Lubetkin",
          partnership_action=None)),
    P("k-chilean-senate-president-before",
      "Zhao Leji Meets with Chilean Senate President",
      "On September 9, 2025, Zhao Leji, Chairman of the NPC Standing Committee, met in Beijing with Chilean Senate "
      "President Manuel José Ossandón.",
      "2025-09-09", url(MFA_EN, "2025-09-09", 105),
      yes("Chile", "meeting", "2025-09-09", head_of_state_level=False, counterpart_has="Ossandón",
          partnership_action=None)),
    P("k-governor-nuevo-leon-before",
      "Vice Premier He Lifeng Meets with Governor of Nuevo León Samuel García",
      "On August 21, 2023, Vice Premier He Lifeng met in Beijing with Governor of Nuevo León Samuel García of Mexico.",
      "2023-08-21", url(MFA_EN, "2023-08-21", 106),
      yes("Mexico", "meeting", "2023-08-21", head_of_state_level=False, counterpart_has="García",
          partnership_action=None)),
    P("k-argentine-cabinet-chief",
      "Ding Xuexiang Meets with Argentine Chief of Cabinet Guillermo Francos",
      "On August 27, 2025, Vice Premier Ding Xuexiang met in Beijing with Guillermo Francos, Chief of the Cabinet of "
      "Ministers of Argentina.",
      "2025-08-27", url(MFA_EN, "2025-08-27", 107),
      yes("Argentina", "meeting", "2025-08-27", head_of_state_level=False, counterpart_has="Francos",
          partnership_action=None)),
    P("k-zh-visiting-peru-fm",
      "王毅同秘鲁外长会谈",
      "2025年2月14日，外交部长王毅在北京同来访的秘鲁外长希亚莱尔会谈。",
      "2025-02-14", url(MFA_ZH, "2025-02-14", 55),
      yes("Peru", "talks", "2025-02-14", head_of_state_level=False, counterpart_has="希亚莱尔|Schialer",
          partnership_action=None), lang="zh"),
    P("k-zh-mexico-fm-possessive",
      "王毅会见墨西哥外交部长巴塞纳",
      "当地时间2024年7月26日，外交部长王毅在万象会见墨西哥外交部长巴塞纳。",
      "2024-07-27", url(MFA_ZH, "2024-07-27", 56),
      yes("Mexico", "meeting", "2024-07-26", head_of_state_level=False, counterpart_has="巴塞纳|Bárcena",
          partnership_action=None), lang="zh", event_type=THIRD_CITY),
    P("k-zh-bolivia-vp-video",
      "王岐山同玻利维亚副总统乔克万卡举行视频会晤",
      "9月5日，国家副主席王岐山在北京同玻利维亚副总统乔克万卡举行视频会晤。",
      "2022-09-05", url(MFA_ZH, "2022-09-05", 57),
      yes("Bolivia", "video_call", "2022-09-05", head_of_state_level=False, counterpart_has="乔克万卡|Choquehuanca",
          partnership_action=None), lang="zh"),
    P("k-zh-governor-nuevo-leon",
      "何立峰会见墨西哥新莱昂州州长加西亚",
      "8月21日，国务院副总理何立峰在北京会见墨西哥新莱昂州州长加西亚。",
      "2023-08-21", url(MFA_ZH, "2023-08-21", 58),
      yes("Mexico", "meeting", "2023-08-21", head_of_state_level=False, counterpart_has="加西亚|García",
          partnership_action=None), lang="zh"),
]


# ---- L. sixth batch: partnership steps announced ahead and named in joint statements, read against the
# history table ("establishing" a level a country climbs to is an upgrade) ----------------------------
BATCH6: list[Any] = [
    P("l-vfm-briefing-petro-visit",
      "Vice Foreign Minister Hua Chunying Briefs the Press on Colombian President Petro's State Visit",
      "On October 20, 2023, Vice Foreign Minister Hua Chunying told reporters that President Gustavo Petro will pay a "
      "state visit to China from October 24 to 27, and that the two heads of state will announce the establishment of a "
      "strategic partnership between China and Colombia.",
      "2023-10-20", url(MFA_EN, "2023-10-20", 108),
      yes("Colombia", "other", "2023-10-24", head_of_state_level=False, partnership_action="establish",
          partnership_level=SP)),
    P("l-joint-statement-venezuela-awsp",
      "Joint Statement of the People's Republic of China and the Bolivarian Republic of Venezuela on Establishing an All-weather Strategic Partnership",
      "At the invitation of President Xi Jinping, President Nicolás Maduro Moros paid a state visit to China from "
      "September 8 to 14, 2023. The two sides decided to elevate their relations to an all-weather strategic "
      "partnership.",
      "2023-09-13", url(MFA_EN, "2023-09-13", 109),
      yes("Venezuela", "joint_statement", "2023-09-08", partnership_action="upgrade", partnership_level=AWSP)),
    P("l-zh-joint-statement-uruguay-2023",
      "中华人民共和国和乌拉圭东岸共和国关于建立全面战略伙伴关系的联合声明",
      "应国家主席习近平邀请，乌拉圭东岸共和国总统拉卡列于2023年11月20日至24日对中国进行国事访问。双方决定建立中乌全面战略伙伴关系。",
      "2023-11-22", url(MFA_ZH, "2023-11-22", 59),
      yes("Uruguay", "joint_statement", "2023-11-20", partnership_action="upgrade", partnership_level=CSP),
      lang="zh"),
    P("l-zh-joint-statement-bolivia-2018",
      "中华人民共和国和多民族玻利维亚国关于建立战略伙伴关系的联合声明",
      "应国家主席习近平邀请，多民族玻利维亚国总统莫拉莱斯于2018年6月18日至22日对中国进行国事访问。双方一致同意建立战略伙伴关系。",
      "2018-06-19", url(MFA_ZH, "2018-06-19", 60),
      yes("Bolivia", "joint_statement", "2018-06-18", partnership_action="establish", partnership_level=SP),
      lang="zh"),
    P("l-spokesperson-announce-lacalle-visit",
      "Uruguayan President Luis Lacalle Pou to Pay State Visit to China",
      "Foreign Ministry Spokesperson Mao Ning announced on Friday that at the invitation of President Xi Jinping, "
      "President Luis Lacalle Pou of Uruguay will pay a state visit to China from November 20 to 24.",
      "2023-11-17", url(MFA_EN, "2023-11-17", 110),
      yes("Uruguay", "state_visit", "2023-11-20", head_of_state_level=True, counterpart_has="Lacalle Pou",
          partnership_action=None)),
    P("l-xi-arce-recall-2018",
      "Xi Jinping Speaks with Bolivian President Luis Arce on the Phone",
      "On the evening of June 5, 2023, President Xi Jinping spoke on the phone with President Luis Arce Catacora. Xi said "
      "that since the two countries set up their strategic partnership in 2018, cooperation has grown in lithium and "
      "infrastructure.",
      "2023-06-05", url(MFA_EN, "2023-06-05", 111),
      yes("Bolivia", "phone_call", "2023-06-05", head_of_state_level=True, counterpart_has="Arce",
          partnership_action=None)),
]


ALL = HEADS + OFFICES + MESSAGES + VISITS + PARAGUAY_AND_NEGATIVES + ZH + COPIES + BATCH2 + BATCH3 + BATCH4 + BATCH5
ALL += BATCH6

# (probe, field) pairs that fail and this campaign leaves open, with the reason.
OPEN: dict[tuple[str, str], str] = {
    ("d-boric-visit-foreign-minister-briefing", "partnership_action"): "'had lifted ties to' in a briefing: no action",
    ("e-argentine-president-visits-third-country", "relevant"): "a ministry's comment on two LAC presidents read as an exchange",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(ALL, OPEN))
def test_mfa_heads_over_time_field(probe: Any, name: str, expected: Any) -> None:
    """Codebook (foreign ministry): relevance, country, first day, the text's word for the headline's
    exchange, both principals heads of state/government in office on the page's day, the partnership step
    by the history table; the counterpart holds the LAC principal's name (as printed or in English)."""
    got = value_of(record_of(probe), name)
    if name == "counterpart_has":
        assert any(form in got for form in expected.split("|")), got
    else:
        assert got == expected


def test_probe_ids_are_unique() -> None:
    assert_unique_ids(ALL)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

@pytest.mark.parametrize(("text", "counterpart", "hos"), [
    # a relative clause gives the office: past tense, a former holder; present, the holder
    ("On May 6, 2025, President Xi Jinping met in Beijing with Vicente Fox, who was President of Mexico from "
     "2000 to 2006.", "Vicente Fox, former President", False),
    ("On May 6, 2025, President Xi Jinping met in Beijing with Claudia Sheinbaum, who is President of Mexico.",
     "Claudia Sheinbaum, President", True),
    # an indefinite article before the office
    ("On May 6, 2025, President Xi Jinping met in Beijing with Ernesto Zedillo, a former President of Mexico.",
     "Ernesto Zedillo, former President", False),
    # a vice president's rank is no head's office
    ("On May 6, 2025, President Xi Jinping met in Beijing with Delcy Rodríguez, Executive Vice President of "
     "Venezuela.", "Delcy Rodríguez, Executive Vice President", False),
    # Peru's President of the Council of Ministers heads a body, not the state
    ("On May 6, 2025, Premier Li Qiang met in Beijing with Gustavo Adrianzén, President of the Council of "
     "Ministers of Peru.", "Gustavo Adrianzén, President of the Council of Ministers", False),
    # a governor named before the office, the unit in lower case
    ("On May 6, 2025, Vice Premier Ding Xuexiang met in Beijing with Tarcísio de Freitas, Governor of the "
     "Brazilian state of São Paulo.", "Tarcísio de Freitas, Governor of the Brazilian state of São Paulo", False),
    # the winner of an election not yet sworn in
    ("On May 6, 2025, President Xi Jinping spoke on the phone with Rodrigo Paz, who won Bolivia's presidential "
     "election on October 19.", "Rodrigo Paz, President-elect", False),
    ("On May 6, 2025, President Xi Jinping sent a message to Rodrigo Paz, congratulating him on winning the "
     "presidential election of Bolivia.", "Rodrigo Paz, President-elect", False),
    # the head who sent a delegation stays home: the one who leads it is met
    ("On May 6, 2025, Vice Premier Ding Xuexiang met in Beijing with a delegation sent by President Javier Milei "
     "and led by Foreign Minister Gerardo Werthein.", "Gerardo Werthein, Foreign Minister", False),
    ("On May 6, 2025, Vice Premier Ding Xuexiang met in Beijing with President Javier Milei, who led a "
     "delegation of ministers.", "Javier Milei, President", False),
    # a chamber named before its president's office: the chamber's officer, no head
    ("On May 6, 2025, Zhao Leji met in Beijing with Chilean Senate President Manuel José Ossandón.",
     "Manuel José Ossandón, Senate President", False),
    # Argentina's Chief of Cabinet: a minister's office
    ("On May 6, 2025, Vice Premier Ding Xuexiang met in Beijing with Guillermo Francos, Chief of the Cabinet of "
     "Ministers of Argentina.", "Guillermo Francos, Chief of the Cabinet of Ministers", False),
    # any office taken up: the office the message names
    ("On May 6, 2025, Foreign Minister Wang Yi sent a message to Fernando Aramayo, congratulating him on taking "
     "office as Minister of Foreign Affairs of Bolivia.", "Fernando Aramayo, Foreign Minister", False),
])
def test_the_lac_principal_in_the_office_the_page_gives(text: str, counterpart: str, hos: bool) -> None:
    record = mfa(text, title="", published="2025-05-06")
    assert record.counterpart == counterpart
    assert record.head_of_state_level is hos


@pytest.mark.parametrize(("title", "text", "counterpart", "hos"), [
    # the head mourned in the headline does not make the addressee, a vice president, an attendant
    ("胡锦涛就委内瑞拉总统查韦斯逝世向委副总统马杜罗致唁电",
     "3月6日，国家主席胡锦涛致电委内瑞拉副总统马杜罗，对查韦斯总统逝世表示哀悼。", "马杜罗, Vice President", False),
    # a head in the headline who takes part still does ("the vice president accompanying the president")
    ("习近平同巴西总统卢拉会谈",
     "4月14日，国家主席习近平同巴西总统卢拉会谈。巴西副总统阿尔克明等参加。", "President", True),
    # a chain ending in an envoy's title: the name after it, in the first office
    ("王岐山会见智利前总统弗雷", "11月12日，国家副主席王岐山会见智利前总统、智利亚太事务特使弗雷。",
     "弗雷, former President", False),
])
def test_chinese_addressee_and_chained_envoy(title: str, text: str, counterpart: str, hos: bool) -> None:
    record = mfa(text, title=title, published="2023-04-15", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202304/t20230415_1.shtml")
    assert counterpart in (record.counterpart or "")
    assert record.head_of_state_level is hos


def test_a_video_meeting_is_a_video_call() -> None:
    """Codebook: a conversation of two sides by video is a ``video_call``, the call's own noun too."""
    text = ("On September 5, 2022, Vice President Wang Qishan held a video meeting with Bolivian Vice President "
            "David Choquehuanca.")
    assert mfa(text, title="Wang Qishan Meets with Bolivian Vice President", published="2022-09-05").event_type \
        == "video_call"
    face = "On September 5, 2022, Vice President Wang Qishan held a meeting with Bolivian Vice President David Choquehuanca."
    assert mfa(face, title="Wang Qishan Meets with Bolivian Vice President", published="2022-09-05").event_type \
        == "meeting"


@pytest.mark.parametrize(("text", "kind"), [
    ("On June 7, 2024, President Xi Jinping met in Beijing with Vice President Geraldo Alckmin of Brazil, who is in "
     "China for the seventh meeting of the bilateral high-level committee.", "meeting"),
    ("On June 7, 2024, President Xi Jinping met in Beijing with Foreign Minister Mauro Vieira of Brazil, who is in "
     "China for the fourth ministerial meeting of the China-CELAC Forum.", "meeting_on_sidelines"),
])
def test_a_bilateral_committee_is_no_sidelines(text: str, kind: str) -> None:
    assert mfa(text, title="", published="2024-06-07").event_type == kind


@pytest.mark.parametrize(("clause", "action"), [
    # the step the second reported clause announces is decided, whatever the first clause's plan
    ("and that the two heads of state will announce the establishment of a strategic partnership", "establish"),
    # a wish in the second clause stays a wish
    ("and that the two sides hope to establish a strategic partnership", None),
])
def test_a_second_reported_clause_is_read_on_its_own(clause: str, action: str | None) -> None:
    text = (f"On October 20, 2023, Vice Foreign Minister Hua Chunying told reporters that President Gustavo Petro "
            f"will pay a state visit to China from October 24 to 27, {clause} between China and Colombia.")
    record = mfa(text, title="Vice Foreign Minister Briefs the Press on President Petro's State Visit",
                 published="2023-10-20")
    assert record.partnership_action == action
