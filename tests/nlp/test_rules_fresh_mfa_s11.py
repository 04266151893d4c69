# ruff: noqa: E501  (probe texts are long lines of Chinese)
"""Campaign 11G: a fresh mixed sample of foreign-ministry pages in the proportions a crawl meets
them (fmprc.gov.cn / mfa.gov.cn in English and Chinese, embassy and agency copies), 2012-2025:
leaders' meetings, talks, calls and messages with LAC heads; the foreign minister's and vice
ministers' meetings; state and official visit pages (announcement, arrival, overview); joint
statements; partnership establishment and upgrades; congratulations and condolences; about a fifth
not relevant (other regions, lookalike names, spokesperson's remarks, ambassador-only exchanges).

Self-written releases in the sites' style; country and official names are facts, the wording is
invented. Each probe names the values a careful coder would give under the codebook
(shared/eval/SCHEMA.md, partnership-history.csv for the partnership action); one test per probe and
field, so the pass rate per field can be read from a run. Where a page only recalls a level, the
level is not checked (the project keeps a recalled level by convention; see campaign 10J)."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import mfa
from probe_harness import NO, assert_unique_ids, cases, record_of, url, value_of
from probe_harness import MfaProbe as Probe

MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx_662805/{ym}/t{ymd}_112{n:05d}.html"
MFA_EN2 = "https://www.mfa.gov.cn/eng/xw/zyxw/{ym}/t{ymd}_112{n:05d}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_112{n:05d}.shtml"
MFA_ZH_OLD = "https://www.fmprc.gov.cn/web/zyxw/t{n:07d}.shtml"
MFA_EN_OLD = "https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t{n:07d}.shtml"
XH_EN = "http://english.news.cn/{ymd}/c{n:05d}/c.html"
XH_ZH = "http://www.news.cn/world/{y}-{m}/{d}/c_12{n:05d}.htm"
EMB_EN = "http://mx.china-embassy.gov.cn/eng/zgxw/{ym}/t{ymd}_{n:06d}.htm"
EMB_ZH = "http://pe.china-embassy.gov.cn/chn/zgyw/{ym}/t{ymd}_{n:06d}.htm"
HK_ZH = "https://www.takungpao.com/news/232109/{y}/{m}{d}/{n:06d}.html"

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"
# the level Brazil's relations were raised to in November 2024, as the evaluation set codes it
BRAZIL_2024 = ("China-Brazil community with a shared future for a more just world and a more sustainable "
               "planet")
SKIP = object()  # a level only recalled: not checked


def rel(country: str, date: str | None, event_type: str, hos: bool, counterpart: str | None = None,
        action: str | None = None, level: Any = None) -> dict[str, Any]:
    """The expected fields of a relevant foreign-ministry page (level=SKIP: a level only recalled)."""
    out: dict[str, Any] = {"relevant": True, "country": country, "event_date": date,
                           "event_type": event_type, "head_of_state_level": hos,
                           "partnership_action": action}
    if level is not SKIP:
        out["partnership_level"] = level
    if counterpart:
        out["counterpart"] = counterpart
    return out


DAVOS = ("the Summer Davos is a conference the page names but not one between states; the codebook's "
         "examples are intergovernmental summits")


def P(pid: str, title: str, text: str, published: str | None, link: str, expect: dict[str, Any],
      lang: str = "en", **doubtful: str) -> Probe:
    return Probe(pid, title, text, published, link, expect, lang, doubtful=doubtful)


PROBES: list[Probe] = [
    # ======================= English: the ministry's own pages =======================
    P("en-xi-ortega-establish-sp-2023",
      "Xi Jinping Holds Video Call with Nicaraguan President Daniel Ortega",
      "On the evening of August 31, 2023, President Xi Jinping held a video call with President Daniel "
      "Ortega Saavedra of Nicaragua. The two heads of state jointly announced that China and Nicaragua "
      "would lift their relations to a strategic partnership. Xi Jinping said that since the resumption "
      "of diplomatic ties, the two sides have moved quickly and a free trade agreement has been signed.",
      "2023-09-01", url(MFA_EN, "2023-09-01", 1),
      rel("Nicaragua", "2023-08-31", "video_call", True, "Ortega", "establish", SP)),
    P("en-xi-humala-csp-2013",
      "Xi Jinping Holds Talks with President Ollanta Humala of Peru",
      "On April 6, 2013, President Xi Jinping held talks with visiting Peruvian President Ollanta Humala "
      "Tasso in Beijing. The two heads of state agreed to raise the China-Peru strategic partnership to a "
      "comprehensive strategic partnership. Xi said Peru was a good friend and partner of China in Latin "
      "America, and Humala said his country valued its ties with China above all in Asia.",
      "2013-04-07", url(MFA_EN, "2013-04-07", 2),
      rel("Peru", "2013-04-06", "talks", True, "Humala", "upgrade", CSP)),
    P("en-xi-correa-sp-2015",
      "Xi Jinping Holds Talks with President Rafael Correa of Ecuador, Stressing to Build a Strategic "
      "Partnership",
      "On January 7, 2015, President Xi Jinping held talks with President Rafael Correa of Ecuador, who "
      "was in Beijing for a state visit and for the first ministerial meeting of the China-CELAC Forum. "
      "The two heads of state decided to set up a China-Ecuador strategic partnership.",
      "2015-01-07", url(MFA_EN_OLD, "2015-01-07", 1226754),
      rel("Ecuador", "2015-01-07", "talks", True, "Correa", "establish", SP)),
    P("en-xi-bachelet-csp-santiago-2016",
      "Xi Jinping Holds Talks with President Michelle Bachelet of Chile",
      "On November 22, 2016 local time, President Xi Jinping held talks with President Michelle Bachelet "
      "at La Moneda Palace in Santiago. The two heads of state agreed to elevate China-Chile ties to a "
      "comprehensive strategic partnership, making Chile one of the first countries in the region to do so.",
      "2016-11-23", url(MFA_EN_OLD, "2016-11-23", 1418620),
      rel("Chile", "2016-11-22", "talks", True, "Bachelet", "upgrade", CSP)),
    P("en-xi-morales-sp-2018",
      "Xi Jinping Holds Talks with President Evo Morales of Bolivia Two Heads of State Agree to Establish "
      "China-Bolivia Strategic Partnership",
      "On the afternoon of June 19, 2018, President Xi Jinping held talks with President Evo Morales of "
      "Bolivia at the Great Hall of the People. The two heads of state agreed to establish a strategic "
      "partnership between the two countries.",
      "2018-06-19", url(MFA_EN_OLD, "2018-06-19", 1569969),
      rel("Bolivia", "2018-06-19", "talks", True, "Morales", "establish", SP)),
    P("en-xi-bouterse-scp-2019",
      "Xi Jinping Holds Talks with President Desiré Delano Bouterse of Suriname",
      "On the afternoon of November 27, 2019, President Xi Jinping held talks with President Desiré "
      "Delano Bouterse of Suriname, who is in China for a state visit, at the Great Hall of the People. "
      "The two heads of state announced the establishment of a strategic cooperative partnership between "
      "China and Suriname.",
      "2019-11-27", url(MFA_EN, "2019-11-27", 6),
      rel("Suriname", "2019-11-27", "talks", True, "Bouterse", "establish", "strategic cooperative partnership")),
    P("en-xi-vazquez-sp-2016",
      "Xi Jinping Holds Talks with President Tabaré Vázquez of Uruguay",
      "On October 18, 2016, President Xi Jinping held talks with President Tabaré Vázquez of Uruguay in "
      "Beijing. The two heads of state decided to set up a strategic partnership between China and "
      "Uruguay and witnessed the signing of cooperation documents.",
      "2016-10-18", url(MFA_EN_OLD, "2016-10-18", 1406812),
      rel("Uruguay", "2016-10-18", "talks", True, "Vázquez", "establish", SP)),
    P("en-xi-lacalle-pou-meeting-2023",
      "Xi Jinping Meets with Uruguayan President Luis Lacalle Pou",
      "On the afternoon of November 22, 2023, President Xi Jinping met with President Luis Lacalle Pou of "
      "Uruguay, who is in China for a state visit. The two heads of state announced that China-Uruguay "
      "relations would be elevated to a comprehensive strategic partnership.",
      "2023-11-22", url(MFA_EN, "2023-11-22", 8),
      rel("Uruguay", "2023-11-22", "meeting", True, "Lacalle Pou", "upgrade", CSP)),
    P("en-li-qiang-mottley-meeting-2023",
      "Li Qiang Meets with Prime Minister of Barbados Mia Amor Mottley",
      "On the afternoon of June 27, 2023, Premier Li Qiang met with Prime Minister Mia Amor Mottley of "
      "Barbados, who is in Tianjin for the Summer Davos forum. Li Qiang said China and Barbados are good "
      "friends who treat each other as equals.",
      "2023-06-27", url(MFA_EN, "2023-06-27", 9),
      rel("Barbados", "2023-06-27", "meeting", True, "Mottley"),
      event_type=DAVOS),
    P("en-li-qiang-marrero-talks-2023",
      "Li Qiang Holds Talks with Cuban Prime Minister Manuel Marrero Cruz",
      "On the morning of December 4, 2023, Premier Li Qiang held talks with Prime Minister Manuel Marrero "
      "Cruz of Cuba at the Great Hall of the People. Li Qiang said China will continue to support Cuba in "
      "defending its sovereignty and opposing external interference.",
      "2023-12-04", url(MFA_EN, "2023-12-04", 10),
      rel("Cuba", "2023-12-04", "talks", True, "Marrero")),
    P("en-wang-yi-vieira-phone-2023",
      "Wang Yi Speaks with Brazilian Foreign Minister Mauro Vieira on the Phone",
      "On February 14, 2023, Member of the Political Bureau and Director of the Office of the Central "
      "Foreign Affairs Commission Wang Yi had a phone conversation with Brazilian Foreign Minister Mauro "
      "Vieira at the latter's request. Wang Yi said China is ready to work with the new Brazilian "
      "government to carry forward the comprehensive strategic partnership.",
      "2023-02-15", url(MFA_EN, "2023-02-15", 11),
      rel("Brazil", "2023-02-14", "phone_call", False, "Vieira", level=SKIP)),
    P("en-wang-yi-mondino-meeting-2024",
      "Wang Yi Meets with Argentine Foreign Minister Diana Mondino",
      "On April 26, 2024, Minister of Foreign Affairs Wang Yi met in Beijing with Argentine Foreign "
      "Minister Diana Mondino. Wang Yi said that mutual respect is the foundation of relations between "
      "countries of different systems. Mondino said Argentina adheres to the one-China policy.",
      "2024-04-27", url(MFA_EN, "2024-04-27", 12),
      rel("Argentina", "2024-04-26", "meeting", False, "Mondino")),
    P("en-ma-zhaoxu-vice-minister-colombia-2024",
      "Vice Foreign Minister Ma Zhaoxu Meets with Colombian Vice Foreign Minister",
      "On March 12, 2024, Executive Vice Foreign Minister Ma Zhaoxu met with Colombian Vice Minister of "
      "Foreign Affairs Elizabeth Taylor Jay in Beijing. The two sides exchanged views on implementing "
      "the consensus of the two heads of state.",
      "2024-03-12", url(MFA_EN, "2024-03-12", 13),
      rel("Colombia", "2024-03-12", "meeting", False)),
    P("en-xie-feng-consultations-mexico-2022",
      "Vice Foreign Minister Xie Feng Co-chairs Political Consultations with Mexico",
      "On the morning of July 7, 2022, Vice Foreign Minister Xie Feng and Mexican Undersecretary for Foreign "
      "Affairs Carmen Moreno held the 11th round of political consultations between the two foreign "
      "ministries via video link. The two sides reviewed the progress of bilateral relations.",
      "2022-07-07", url(MFA_EN, "2022-07-07", 14),
      rel("Mexico", "2022-07-07", "other", False),
      event_type="consultations by video link: video_call by format, or other (a mechanism meeting)"),
    P("en-state-visit-announcement-lula-2023",
      "Foreign Ministry Spokesperson Announces Brazilian President Lula's State Visit to China",
      "At the invitation of President Xi Jinping, President Luiz Inácio Lula da Silva of the Federative "
      "Republic of Brazil will pay a state visit to China from March 26 to 31.",
      "2023-03-20", url(MFA_EN, "2023-03-20", 15),
      rel("Brazil", "2023-03-26", "state_visit", True, "Lula")),
    P("en-xi-arrives-lima-2024",
      "Xi Jinping Arrives in Lima for APEC Meeting and State Visit to Peru",
      "On the afternoon of November 14, 2024 local time, President Xi Jinping arrived in Lima by special "
      "plane to attend the 31st APEC Economic Leaders' Meeting and pay a state visit to Peru at the "
      "invitation of President Dina Boluarte. Boluarte greeted Xi Jinping at the airport.",
      "2024-11-15", url(MFA_EN, "2024-11-15", 16),
      rel("Peru", "2024-11-14", "state_visit", True, "Boluarte")),
    P("en-li-keqiang-official-visit-colombia-2015",
      "Li Keqiang Arrives in Bogota for Official Visit to Colombia",
      "On the evening of May 21, 2015 local time, Premier Li Keqiang arrived in Bogota by special plane "
      "to begin an official visit to Colombia, the second leg of his Latin American tour. Li was welcomed "
      "at the airport by senior Colombian officials, and will hold talks with President Juan Manuel Santos.",
      "2015-05-22", url(MFA_EN_OLD, "2015-05-22", 1266001),
      rel("Colombia", "2015-05-21", "official_visit", True),
      head_of_state_level="an arrival page: the meeting with the president is only announced"),
    P("en-xi-three-nation-tour-overview-2013",
      "Xi Jinping Concludes Visits to Trinidad and Tobago, Costa Rica and Mexico",
      "From May 31 to June 6, 2013, President Xi Jinping paid state visits to Trinidad and Tobago, Costa "
      "Rica and Mexico and then went on to the United States. During the tour, he held talks with the "
      "leaders of the three countries and met with leaders of eight Caribbean countries in Port of Spain.",
      "2013-06-07", url(MFA_EN_OLD, "2013-06-07", 1048850),
      rel("multilateral", "2013-05-31", "state_visit", True)),
    P("en-wang-yi-to-visit-two-countries-2024",
      "Wang Yi to Visit Brazil and Jamaica",
      "Foreign Ministry Spokesperson Wang Wenbin announced that at the invitation of the governments of "
      "the two countries, Foreign Minister Wang Yi will visit Brazil and Jamaica from January 18 to 21.",
      "2024-01-16", url(MFA_EN, "2024-01-16", 18),
      rel("multilateral", "2024-01-18", "official_visit", False)),
    P("en-joint-statement-argentina-2022",
      "Joint Statement between the People's Republic of China and the Argentine Republic on Deepening "
      "the Comprehensive Strategic Partnership",
      "At the invitation of President Xi Jinping, President Alberto Fernández of Argentina visited China "
      "from February 3 to 6, 2022 and attended the opening of the Beijing Winter Olympics. The two heads "
      "of state held talks on February 6. The two sides agreed to further deepen the comprehensive "
      "strategic partnership and to mark 2022 as the year of friendship and cooperation.",
      "2022-02-06", url(MFA_EN, "2022-02-06", 19),
      rel("Argentina", "2022-02-03", "joint_statement", True, "Fernández", level=SKIP),
      event_date="a joint statement's day: the visit's first day or the statement's own"),
    P("en-joint-press-communique-dominican-2018",
      "Joint Press Communique between the People's Republic of China and the Dominican Republic",
      "1. At the invitation of President Xi Jinping, President Danilo Medina Sánchez of the Dominican "
      "Republic paid a state visit to China from October 31 to November 6, 2018.\n2. The two heads of state "
      "held talks in Beijing on November 1 and agreed to deepen cooperation in all fields.",
      "2018-11-02", url(MFA_EN_OLD, "2018-11-02", 1610003),
      rel("Dominican Republic", "2018-10-31", "joint_statement", True, "Medina"),
      event_date="a joint statement's day: the visit's first day or the statement's own"),
    P("en-xi-congratulates-sheinbaum-elect-2024",
      "Xi Jinping Congratulates Claudia Sheinbaum on Her Election as Mexican President",
      "On June 5, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum Pardo on "
      "her election as President of the United Mexican States. Xi said that China and Mexico are both "
      "major developing countries and important emerging markets.",
      "2024-06-05", url(MFA_EN, "2024-06-05", 21),
      rel("Mexico", "2024-06-05", "message", False, "Sheinbaum")),
    P("en-xi-condolence-boric-wildfire-2024",
      "Xi Jinping Sends Message of Condolences to Chilean President Gabriel Boric Font over Forest Fires",
      "On February 5, 2024, President Xi Jinping sent a message of condolences to President Gabriel Boric "
      "Font of Chile over the severe forest fires in the region of Valparaíso, which have caused heavy "
      "casualties and property losses.",
      "2024-02-05", url(MFA_EN, "2024-02-05", 22),
      rel("Chile", "2024-02-05", "message", True, "Boric")),
    P("en-xi-national-day-jamaica-2022",
      "Xi Jinping Exchanges Congratulatory Messages with Jamaican Governor-General on the 50th "
      "Anniversary of Diplomatic Ties",
      "On November 21, 2022, President Xi Jinping and Governor-General Patrick Allen of Jamaica exchanged "
      "congratulatory messages to celebrate the 50th anniversary of the establishment of diplomatic "
      "relations. On the same day, Premier Li Keqiang exchanged messages with Prime Minister Andrew Holness.",
      "2022-11-21", url(MFA_EN, "2022-11-21", 23),
      rel("Jamaica", "2022-11-21", "message", False, "Allen"),
      head_of_state_level="a governor-general represents the head of state; the codebook lists presidents and "
                          "prime ministers"),
    P("en-han-zheng-attends-inauguration-brazil-2023",
      "Vice President Han Zheng Attends the Inauguration Ceremony of Brazilian President Lula",
      "On January 1, 2023 local time, President Xi Jinping's Special Envoy and Vice President Han Zheng "
      "attended the inauguration ceremony of President Luiz Inácio Lula da Silva in Brasilia. After the "
      "ceremony, Han Zheng met briefly with Lula and conveyed President Xi's greetings.",
      "2023-01-02", url(MFA_EN, "2023-01-02", 24),
      rel("Brazil", "2023-01-01", "other", False, "Lula")),
    P("en-wang-yi-celac-quartet-2015",
      "Wang Yi Meets with Foreign Ministers of CELAC Quartet",
      "On January 8, 2015, Foreign Minister Wang Yi met in Beijing with the foreign ministers of the "
      "Community of Latin American and Caribbean States (CELAC) Quartet, who are in China for the first "
      "ministerial meeting of the China-CELAC Forum.",
      "2015-01-08", url(MFA_EN_OLD, "2015-01-08", 1227000),
      rel("multilateral", "2015-01-08", "meeting_on_sidelines", False)),
    P("en-xi-caribbean-leaders-port-of-spain-2013",
      "Xi Jinping Meets Leaders of Caribbean Countries in Port of Spain",
      "On June 2, 2013 local time, President Xi Jinping met in Port of Spain, one after another, with the "
      "leaders of Antigua and Barbuda, Barbados, the Bahamas, Dominica, Grenada, Guyana, Jamaica and "
      "Suriname, who came to Trinidad and Tobago to meet him.",
      "2013-06-03", url(MFA_EN_OLD, "2013-06-03", 1046500),
      rel("multilateral", "2013-06-02", "meeting", True)),
    P("en-xi-milei-g20-rio-2024",
      "Xi Jinping Meets with Argentine President Javier Milei",
      "On the afternoon of November 19, 2024 local time, President Xi Jinping met with President Javier "
      "Milei of Argentina on the margins of the G20 Summit in Rio de Janeiro. Xi said China and Argentina "
      "are both important developing countries and emerging economies.",
      "2024-11-20", url(MFA_EN, "2024-11-20", 27),
      rel("Argentina", "2024-11-19", "meeting_on_sidelines", True, "Milei")),
    P("en-li-qiang-noboa-davos-2024",
      "Li Qiang Meets with Ecuadorian President Daniel Noboa",
      "On June 26, 2024, Premier Li Qiang met with President Daniel Noboa of Ecuador, who is in Dalian for "
      "the Summer Davos, at the Dalian International Conference Center. Li Qiang said that the free trade "
      "agreement between the two countries has taken effect.",
      "2024-06-26", url(MFA_EN, "2024-06-26", 28),
      rel("Ecuador", "2024-06-26", "meeting", True, "Noboa"),
      event_type=DAVOS),
    P("en-xi-message-celac-summit-2021",
      "Xi Jinping Delivers Video Address to CELAC Summit",
      "On September 18, 2021, President Xi Jinping delivered a video address to the Sixth Summit of the "
      "Community of Latin American and Caribbean States (CELAC) held in Mexico City. Xi said that China "
      "is ready to work with LAC countries to build a China-LAC community with a shared future.",
      "2021-09-19", url(MFA_EN, "2021-09-19", 29),
      rel("multilateral", "2021-09-18", "other", False),
      event_type="a video address to a summit: other (a speech at a summit) or message",
      head_of_state_level="an address to a summit has no single counterpart head"),
    P("en-xi-ali-guyana-talks-weekday",
      "Xi Jinping Holds Talks with Guyanese President Mohamed Irfaan Ali",
      "President Xi Jinping held talks with President Mohamed Irfaan Ali of the Co-operative Republic of "
      "Guyana at the Great Hall of the People on Tuesday. The two leaders agreed "
      "to work for new progress in practical cooperation in agriculture and infrastructure.",
      "2025-05-14", url(MFA_EN, "2025-05-14", 30),
      rel("Guyana", "2025-05-13", "talks", True, "Ali")),
    P("en-zhao-leji-lazo-legislature-2023",
      "Zhao Leji Meets with President of Cuba's National Assembly Esteban Lazo",
      "On May 26, 2023, Chairman of the NPC Standing Committee Zhao Leji met with Esteban Lazo Hernández, "
      "President of the National Assembly of People's Power of Cuba, in Beijing.",
      "2023-05-26", url(MFA_EN, "2023-05-26", 31),
      rel("Cuba", "2023-05-26", "meeting", False, "Lazo")),
    P("en-wang-yi-trip-cuba-official-2023",
      "Wang Yi Concludes Official Visit to Brazil",
      "From July 27 to 29, 2023, Wang Yi, Director of the Office of the Central Foreign Affairs "
      "Commission, paid an official visit to Brazil. During the visit he met with President Lula and with "
      "Chief Advisor Celso Amorim and held the strategic dialogue between the two countries.",
      "2023-07-30", url(MFA_EN, "2023-07-30", 32),
      rel("Brazil", "2023-07-27", "official_visit", False)),
    P("en-xi-lula-message-anniv-2024",
      "Xi Jinping and Brazilian President Lula Exchange Congratulatory Messages on 50th Anniversary of "
      "Diplomatic Relations",
      "On August 15, 2024, President Xi Jinping and President Luiz Inácio Lula da Silva of Brazil exchanged "
      "congratulatory messages marking the 50th anniversary of the establishment of diplomatic ties. Xi "
      "said that over the past half-century the relationship has grown into a model of solidarity among "
      "developing countries.",
      "2024-08-15", url(MFA_EN, "2024-08-15", 33),
      rel("Brazil", "2024-08-15", "message", True, "Lula")),
    P("en-wen-jiabao-rio-upgrade-2012",
      "Wen Jiabao Holds Talks with Brazilian President Dilma Rousseff",
      "On June 21, 2012 local time, Premier Wen Jiabao held talks in Rio de Janeiro with President Dilma "
      "Rousseff. The two leaders announced that China-Brazil relations would be upgraded to a "
      "comprehensive strategic partnership, and signed a ten-year plan of cooperation.",
      "2012-06-22", url(MFA_EN_OLD, "2012-06-22", 944000),
      rel("Brazil", "2012-06-21", "talks", True, "Rousseff", "upgrade", CSP)),
    P("en-wen-jiabao-chile-sp-2012",
      "Wen Jiabao Holds Talks with Chilean President Sebastián Piñera",
      "On June 26, 2012, Premier Wen Jiabao held talks with President Sebastián Piñera in Santiago. The two "
      "sides agreed to establish a strategic partnership between China and Chile.",
      "2012-06-27", url(MFA_EN_OLD, "2012-06-27", 945300),
      rel("Chile", "2012-06-26", "talks", True, "Piñera", "upgrade", SP)),
    P("en-xi-celac-forum-brasilia-2014",
      "Xi Jinping Attends China-Latin America and Caribbean Leaders' Meeting",
      "On July 17, 2014 local time, President Xi Jinping attended the China-Latin America and Caribbean "
      "Leaders' Meeting in Brasilia with leaders of Latin American and Caribbean countries. The leaders "
      "agreed to establish a China-LAC comprehensive cooperative partnership of equality and mutual benefit.",
      "2014-07-18", url(MFA_EN_OLD, "2014-07-18", 1176000),
      rel("multilateral", "2014-07-17", "other", True, None, "establish", "comprehensive cooperative partnership"),
      head_of_state_level="a summit of many leaders: no single counterpart head"),
    P("en-xi-fernandez-kirchner-2014",
      "Xi Jinping Holds Talks with Argentine President Cristina Fernández de Kirchner",
      "On July 18, 2014 local time, President Xi Jinping held talks with President Cristina Fernández de "
      "Kirchner in Buenos Aires. The two heads of state agreed to lift bilateral relations to a "
      "comprehensive strategic partnership.",
      "2014-07-19", url(MFA_EN_OLD, "2014-07-19", 1176500),
      rel("Argentina", "2014-07-18", "talks", True, "Kirchner", "upgrade", CSP)),
    # ---- not relevant (English) ----
    P("no-en-xi-ruto-kenya",
      "Xi Jinping Holds Talks with Kenyan President William Ruto",
      "On October 17, 2023, President Xi Jinping held talks with President William Ruto of Kenya, who is "
      "in Beijing for the Belt and Road Forum. The two heads of state agreed to deepen cooperation.",
      "2023-10-17", url(MFA_EN, "2023-10-17", 40), NO),
    P("no-en-wang-yi-albares-spain",
      "Wang Yi Holds Talks with Spanish Foreign Minister José Manuel Albares",
      "On November 28, 2024, Wang Yi held talks in Beijing with Spanish Foreign Minister José Manuel "
      "Albares. Wang Yi said Spain can play a bridging role in China's ties with Spanish-speaking nations "
      "and with the EU.",
      "2024-11-28", url(MFA_EN, "2024-11-28", 41), NO),
    P("no-en-xi-rebelo-portugal",
      "Xi Jinping Holds Talks with Portuguese President Marcelo Rebelo de Sousa",
      "On April 28, 2019, President Xi Jinping held talks in Beijing with President Marcelo Rebelo de "
      "Sousa of Portugal. The two heads of state agreed to deepen the comprehensive strategic partnership.",
      "2019-04-28", url(MFA_EN_OLD, "2019-04-28", 1659000), NO),
    P("no-en-ambassador-argentina",
      "Ambassador Wang Wei Meets with Argentine Foreign Minister Gerardo Werthein",
      "On November 5, 2024, Ambassador Wang Wei paid a courtesy call on Argentine Foreign Minister Gerardo "
      "Werthein at the Palacio San Martín. The two sides exchanged views on bilateral relations.",
      "2024-11-06", url(EMB_EN, "2024-11-06", 43), NO),
    P("no-en-spokesperson-philippines",
      "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 18, 2024",
      "Q: The Philippine side said its vessels were blocked near Ren'ai Jiao. What is your response?\nLin "
      "Jian: China's Coast Guard took necessary measures in accordance with law.\nQ: On the EU's tariffs "
      "on Chinese electric vehicles ...",
      "2024-06-18", url(MFA_EN, "2024-06-18", 44), NO),
    P("no-en-wang-yi-guinea",
      "Wang Yi Meets with Foreign Minister of Guinea Morissanda Kouyaté",
      "On September 4, 2024, Wang Yi met in Beijing with Guinean Foreign Minister Morissanda Kouyaté, who "
      "is in China for the FOCAC summit. Wang Yi said China supports Guinea in its political transition.",
      "2024-09-04", url(MFA_EN, "2024-09-04", 45), NO),
    P("no-en-dg-latin-america-dept",
      "Director-General of the Department of Latin American and Caribbean Affairs Meets Peruvian Ambassador",
      "On March 3, 2021, Director-General Cai Wei of the Department of Latin American and Caribbean "
      "Affairs met with Peruvian Ambassador Luis Quesada in Beijing to discuss preparations for the "
      "anniversary of diplomatic ties.",
      "2021-03-03", url(MFA_EN, "2021-03-03", 46), NO),
    P("no-en-xi-governor-new-mexico",
      "Vice President Han Zheng Meets with US Governors Delegation",
      "On October 27, 2023, Vice President Han Zheng met with Governor Michelle Lujan Grisham of New "
      "Mexico and other US state officials in Beijing, saying that sub-national cooperation is an "
      "important part of China-US relations.",
      "2023-10-27", url(MFA_EN, "2023-10-27", 47), NO),
]

ZH_PROBES: list[Probe] = [
    # ======================= Chinese: the ministry's own pages =======================
    P("zh-xi-lula-talks-2023",
      "习近平同巴西总统卢拉举行会谈",
      "2023年4月14日下午，国家主席习近平在北京同正在中国国事访问的巴西总统卢拉会谈。习近平指出，中巴同为发展中大国和重要新兴市场国家。卢拉表示，巴方愿同中方加强各领域合作。",
      "2023-04-14", url(MFA_ZH, "2023-04-14", 101),
      rel("Brazil", "2023-04-14", "talks", True, "卢拉|Lula", level=SKIP), "zh"),
    P("zh-xi-maduro-all-weather-2023",
      "习近平同委内瑞拉总统马杜罗举行会谈 两国元首宣布将中委关系提升为全天候战略伙伴关系",
      "9月13日下午，国家主席习近平在人民大会堂同来华进行国事访问的委内瑞拉总统马杜罗举行会谈。两国元首宣布，将中委关系提升为全天候战略伙伴关系。",
      "2023-09-13", url(MFA_ZH, "2023-09-13", 102),
      rel("Venezuela", "2023-09-13", "talks", True, "马杜罗|Maduro", "upgrade", "all-weather strategic partnership"), "zh"),
    P("zh-xi-petro-establish-2023",
      "习近平同哥伦比亚总统佩特罗会谈",
      "10月25日上午，国家主席习近平在人民大会堂同来华进行国事访问的哥伦比亚总统佩特罗举行会谈。两国元首共同宣布，建立中哥战略伙伴关系。",
      "2023-10-25", url(MFA_ZH, "2023-10-25", 103),
      rel("Colombia", "2023-10-25", "talks", True, "佩特罗|Petro", "establish", SP), "zh"),
    P("zh-xi-pena-nieto-csp-2013",
      "习近平同墨西哥总统培尼亚举行会谈 双方决定建立中墨全面战略伙伴关系",
      "当地时间6月4日，国家主席习近平在墨西哥城国家宫同墨西哥总统培尼亚举行会谈。两国元首一致同意，将中墨关系提升为全面战略伙伴关系。",
      "2013-06-05", url(MFA_ZH_OLD, "2013-06-05", 1047000),
      rel("Mexico", "2013-06-04", "talks", True, "培尼亚|Peña", "upgrade", CSP), "zh"),
    P("zh-xi-persad-bissessar-2013",
      "习近平同特立尼达和多巴哥总理珀塞德-比塞萨尔举行会谈",
      "当地时间6月1日，国家主席习近平在西班牙港同特立尼达和多巴哥总理珀塞德-比塞萨尔举行会谈。双方同意建立相互尊重、共同发展的全面合作伙伴关系。",
      "2013-06-02", url(MFA_ZH_OLD, "2013-06-02", 1046200),
      rel("Trinidad and Tobago", "2013-06-01", "talks", True, None, "upgrade", "comprehensive cooperative partnership"), "zh"),
    P("zh-xi-solis-costa-rica-2015",
      "习近平同哥斯达黎加总统索利斯举行会谈 两国元首决定建立中哥战略伙伴关系",
      "2015年1月6日，国家主席习近平在人民大会堂同哥斯达黎加总统索利斯举行会谈。两国元首决定，建立平等互利、共同发展的中哥战略伙伴关系。",
      "2015-01-06", url(MFA_ZH_OLD, "2015-01-06", 1226500),
      rel("Costa Rica", "2015-01-06", "talks", True, "索利斯|Solís", "establish", SP), "zh"),
    P("zh-xi-correa-quito-csp-2016",
      "习近平同厄瓜多尔总统科雷亚举行会谈",
      "当地时间11月17日，国家主席习近平在基多同厄瓜多尔总统科雷亚举行会谈。两国元首一致决定，将中厄关系提升为全面战略伙伴关系。",
      "2016-11-18", url(MFA_ZH_OLD, "2016-11-18", 1416900),
      rel("Ecuador", "2016-11-17", "talks", True, "科雷亚|Correa", "upgrade", CSP), "zh"),
    P("zh-xi-diaz-canel-meeting-2022",
      "习近平会见古巴共产党中央委员会第一书记、国家主席迪亚斯-卡内尔",
      "11月25日下午，中共中央总书记、国家主席习近平在人民大会堂会见来华进行国事访问的古共中央第一书记、国家主席迪亚斯-卡内尔。",
      "2022-11-25", url(MFA_ZH, "2022-11-25", 108),
      rel("Cuba", "2022-11-25", "meeting", True, "迪亚斯-卡内尔|Díaz-Canel"), "zh"),
    P("zh-xi-boric-apec-sf-2023",
      "习近平会见智利总统博里奇",
      "当地时间11月16日，国家主席习近平在旧金山出席亚太经合组织第三十次领导人非正式会议期间会见智利总统博里奇。",
      "2023-11-17", url(MFA_ZH, "2023-11-17", 109),
      rel("Chile", "2023-11-16", "meeting_on_sidelines", True, "博里奇|Boric"), "zh"),
    P("zh-xi-arce-phone-2022",
      "习近平同玻利维亚总统阿尔塞通电话",
      "2022年2月24日晚，国家主席习近平应约同玻利维亚总统阿尔塞通电话。习近平指出，中玻战略伙伴关系稳步发展。",
      "2022-02-24", url(MFA_ZH, "2022-02-24", 110),
      rel("Bolivia", "2022-02-24", "phone_call", True, "阿尔塞|Arce", level=SKIP), "zh"),
    P("zh-xi-milei-elect-congratulate-2023",
      "习近平向阿根廷当选总统米莱致贺电",
      "2023年11月21日，国家主席习近平致电哈维尔·米莱，祝贺他当选阿根廷共和国总统。习近平指出，中阿友好合作符合两国共同利益。",
      "2023-11-21", url(MFA_ZH, "2023-11-21", 111),
      rel("Argentina", "2023-11-21", "message", False, "米莱|Milei"), "zh"),
    P("zh-xi-maduro-reelected-2024",
      "习近平致电祝贺马杜罗当选连任委内瑞拉总统",
      "2024年7月29日，国家主席习近平致电尼古拉斯·马杜罗，祝贺他当选连任委内瑞拉玻利瓦尔共和国总统。习近平指出，中委是全天候战略伙伴。",
      "2024-07-29", url(MFA_ZH, "2024-07-29", 112),
      rel("Venezuela", "2024-07-29", "message", True, "马杜罗|Maduro", level=SKIP), "zh"),
    P("zh-xi-condolence-cuba-hotel-2022",
      "习近平就古巴哈瓦那萨拉托加酒店爆炸事件向古巴国家主席迪亚斯-卡内尔致慰问电",
      "2022年5月7日，国家主席习近平就古巴首都哈瓦那萨拉托加酒店发生爆炸事件，向古巴国家主席迪亚斯-卡内尔致慰问电。",
      "2022-05-07", url(MFA_ZH, "2022-05-07", 113),
      rel("Cuba", "2022-05-07", "message", True, "迪亚斯-卡内尔|Díaz-Canel"), "zh"),
    P("zh-li-qiang-condolence-rowley-weekday",
      "李强就特立尼达和多巴哥洪灾向罗利总理致慰问电",
      "国务院总理李强周二致电特立尼达和多巴哥总理罗利，就该国近日遭受严重洪涝灾害表示深切慰问。",
      "2023-11-23", url(MFA_ZH, "2023-11-23", 114),
      rel("Trinidad and Tobago", "2023-11-21", "message", True, "罗利|Rowley"), "zh"),
    P("zh-wang-yi-vieira-talks-2024",
      "王毅同巴西外长维埃拉会谈",
      "当地时间2024年1月19日，中共中央政治局委员、外交部长王毅在巴西利亚同巴西外长维埃拉举行会谈。",
      "2024-01-20", url(MFA_ZH, "2024-01-20", 115),
      rel("Brazil", "2024-01-19", "talks", False, "维埃拉|Vieira"), "zh"),
    P("zh-wang-yi-meets-lula-brasilia-2024",
      "巴西总统卢拉会见王毅",
      "当地时间1月19日，巴西总统卢拉在巴西利亚总统府会见中共中央政治局委员、外交部长王毅。",
      "2024-01-20", url(MFA_ZH, "2024-01-20", 116),
      rel("Brazil", "2024-01-19", "meeting", False, "卢拉|Lula"), "zh"),
    P("zh-sun-weidong-vice-minister-honduras-2023",
      "外交部副部长孙卫东会见洪都拉斯外交部副部长",
      "2023年8月15日，外交部副部长孙卫东在北京会见洪都拉斯外交部副部长雷纳，双方就落实两国建交共识交换意见。",
      "2023-08-15", url(MFA_ZH, "2023-08-15", 117),
      rel("Honduras", "2023-08-15", "meeting", False), "zh"),
    P("zh-state-visit-announce-boric-2023",
      "外交部发言人宣布智利总统博里奇将对中国进行国事访问",
      "应国家主席习近平邀请，智利共和国总统加夫列尔·博里奇·丰特将于10月16日至19日对中国进行国事访问，并出席第三届“一带一路”国际合作高峰论坛。",
      "2023-10-11", url(MFA_ZH, "2023-10-11", 118),
      rel("Chile", "2023-10-16", "state_visit", True, "博里奇|Boric"), "zh"),
    P("zh-xi-arrives-brasilia-state-visit-2024",
      "习近平抵达巴西利亚开始对巴西进行国事访问",
      "当地时间11月19日晚，国家主席习近平乘专机抵达巴西利亚，开始对巴西进行国事访问。巴西政府高级官员在机场热情迎接。",
      "2024-11-20", url(MFA_ZH, "2024-11-20", 119),
      rel("Brazil", "2024-11-19", "state_visit", True), "zh",
      head_of_state_level="an arrival page: the host head's reception is not reported"),
    P("zh-wang-yi-visit-overview-three-nations-2025",
      "王毅结束访问巴西、哥伦比亚",
      "2025年5月9日至12日，外交部长王毅应邀访问巴西、哥伦比亚。访问期间，王毅分别会见两国领导人，同两国外长举行会谈。",
      "2025-05-13", url(MFA_ZH, "2025-05-13", 120),
      rel("multilateral", "2025-05-09", "official_visit", False), "zh"),
    P("zh-joint-statement-venezuela-2023",
      "中华人民共和国和委内瑞拉玻利瓦尔共和国关于建立全天候战略伙伴关系的联合声明",
      "一、应中华人民共和国主席习近平邀请，委内瑞拉玻利瓦尔共和国总统尼古拉斯·马杜罗于2023年9月8日至14日对中国进行国事访问。\n二、双方决定，将中委关系提升为全天候战略伙伴关系。",
      "2023-09-13", url(MFA_ZH, "2023-09-13", 121),
      rel("Venezuela", "2023-09-08", "joint_statement", True, "马杜罗|Maduro", "upgrade", "all-weather strategic partnership"), "zh",
      event_date="a joint statement's day: the visit's first day or the statement's own"),
    P("zh-li-qiang-pm-dominica-2024",
      "李强会见多米尼克总理斯凯里特",
      "5月24日上午，国务院总理李强在人民大会堂会见来华访问的多米尼克总理斯凯里特。",
      "2024-05-24", url(MFA_ZH, "2024-05-24", 122),
      rel("Dominica", "2024-05-24", "meeting", True, "斯凯里特|Skerrit"), "zh"),
    P("zh-xi-abinader-dominican-message-2024",
      "习近平致电祝贺阿比纳德尔就任多米尼加总统",
      "2024年8月16日，国家主席习近平致电路易斯·阿比纳德尔，祝贺他就任多米尼加共和国总统。",
      "2024-08-16", url(MFA_ZH, "2024-08-16", 123),
      rel("Dominican Republic", "2024-08-16", "message", True, "阿比纳德尔|Abinader"), "zh"),
    P("zh-xi-santokhi-video-suriname",
      "习近平同苏里南总统单多吉举行视频会晤",
      "3月18日晚，国家主席习近平在北京同苏里南总统单多吉举行视频会晤。",
      "2021-03-19", url(MFA_ZH, "2021-03-19", 124),
      rel("Suriname", "2021-03-18", "video_call", True, "单多吉|Santokhi"), "zh"),
    P("zh-han-zheng-vp-alckmin-2024",
      "韩正会见巴西副总统阿尔克明",
      "6月7日，国家副主席韩正在北京会见巴西副总统阿尔克明，并共同主持中巴高层协调与合作委员会第七次会议。",
      "2024-06-07", url(MFA_ZH, "2024-06-07", 125),
      rel("Brazil", "2024-06-07", "meeting", False, "阿尔克明|Alckmin"), "zh"),
    P("zh-xh-xi-boric-lima-relative",
      "习近平会见智利总统",
      "新华社利马11月17日电 国家主席习近平昨日在利马出席亚太经合组织领导人非正式会议期间会见智利总统博里奇。",
      "2024-11-17", url(XH_ZH, "2024-11-17", 126),
      rel("Chile", "2024-11-16", "meeting_on_sidelines", True, "博里奇|Boric"), "zh"),
    P("zh-wang-yi-celac-ministers-2021",
      "王毅出席中国－拉共体论坛第三届部长会议",
      "2021年12月3日，国务委员兼外长王毅以视频方式出席中国－拉美和加勒比国家共同体论坛第三届部长会议，并发表讲话。",
      "2021-12-03", url(MFA_ZH, "2021-12-03", 127),
      rel("multilateral", "2021-12-03", "other", False), "zh"),
    # ---- traditional Chinese copies ----
    P("zh-hant-xi-petro-hk",
      "習近平同哥倫比亞總統佩特羅舉行會談",
      "【大公報訊】據新華社報道：國家主席習近平10月25日在人民大會堂同來華進行國事訪問的哥倫比亞總統佩特羅舉行會談。兩國元首宣佈建立中哥戰略夥伴關係。",
      "2023-10-26", url(HK_ZH, "2023-10-26", 130),
      rel("Colombia", "2023-10-25", "talks", True, None, "establish", SP), "zh"),
    P("zh-hant-xi-lula-condolence-rain",
      "習近平就巴西南部洪災向盧拉總統致慰問電",
      "【大公報訊】國家主席習近平5月6日就巴西南里奧格蘭德州發生嚴重洪災，向巴西總統盧拉致慰問電。",
      "2024-05-07", url(HK_ZH, "2024-05-07", 131),
      rel("Brazil", "2024-05-06", "message", True), "zh"),
    # ---- not relevant (Chinese) ----
    P("no-zh-xi-spain-king",
      "习近平同西班牙国王费利佩六世举行会谈",
      "2018年11月28日，国家主席习近平在马德里同西班牙国王费利佩六世举行会谈。",
      "2018-11-29", url(MFA_ZH_OLD, "2018-11-29", 1617000), NO, "zh"),
    P("no-zh-wang-yi-guinea-bissau",
      "王毅会见几内亚比绍外长",
      "9月3日，外交部长王毅在北京会见来华出席中非合作论坛峰会的几内亚比绍外长。",
      "2024-09-03", url(MFA_ZH, "2024-09-03", 141), NO, "zh"),
    P("no-zh-spokesperson-japan",
      "2024年8月26日外交部发言人毛宁主持例行记者会",
      "问：日本方面称中方军机进入其领空，中方有何回应？\n毛宁：我们正在了解有关情况。\n问：关于加沙局势……",
      "2024-08-26", url(MFA_ZH, "2024-08-26", 142), NO, "zh"),
    P("no-zh-ambassador-peru",
      "宋扬大使会见秘鲁外长",
      "2024年3月5日，驻秘鲁大使宋扬拜会秘鲁外长冈萨雷斯，双方就两国关系交换意见。",
      "2024-03-06", url(EMB_ZH, "2024-03-06", 143), NO, "zh"),
    P("no-zh-li-qiang-papua-new-guinea",
      "李强会见巴布亚新几内亚总理马拉佩",
      "7月9日上午，国务院总理李强在人民大会堂会见来华访问的巴布亚新几内亚总理马拉佩。",
      "2024-07-09", url(MFA_ZH, "2024-07-09", 144), NO, "zh"),
    P("no-zh-xi-vietnam-general-secretary",
      "习近平同越共中央总书记苏林会谈",
      "8月19日下午，中共中央总书记、国家主席习近平在人民大会堂同越共中央总书记、国家主席苏林举行会谈。",
      "2024-08-19", url(MFA_ZH, "2024-08-19", 145), NO, "zh"),
]

COPIES: list[Probe] = [
    # ======================= agency and embassy copies, longer and odd pages =======================
    P("xh-en-xi-lula-state-visit-talks",
      "Xi, Lula hold talks, agree to lift ties",
      " date 2024-11-21\nHome | World | China\nBRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held "
      "talks with his Brazilian counterpart Luiz Inácio Lula da Silva here on Wednesday, with the two "
      "sides agreeing to build a China-Brazil community with a shared future.\nXi said the two countries "
      "have become partners that share weal and woe.\nEditor: Liu",
      "2024-11-21", url(XH_EN, "2024-11-21", 201),
      rel("Brazil", "2024-11-20", "talks", True, "Lula", "upgrade", BRAZIL_2024)),
    P("xh-en-xi-message-orsi-elect",
      "Xi congratulates Orsi on election as Uruguayan president",
      " date 2024-11-26\nBEIJING, Nov. 25 (Xinhua) -- Chinese President Xi Jinping on Monday sent a "
      "congratulatory message to Yamandú Orsi on his election as president of Uruguay.",
      "2024-11-26", url(XH_EN, "2024-11-26", 202),
      rel("Uruguay", "2024-11-25", "message", False, "Orsi")),
    P("xh-en-wang-yi-meets-cuban-fm",
      "Chinese FM meets Cuban counterpart",
      " date 2023-04-21\nBEIJING, April 20 (Xinhua) -- Chinese Foreign Minister Qin Gang met with Cuban "
      "Foreign Minister Bruno Rodríguez Parrilla in Beijing on Thursday.\nQin said China firmly supports "
      "Cuba in safeguarding national sovereignty.",
      "2023-04-21", url(XH_EN, "2023-04-21", 203),
      rel("Cuba", "2023-04-20", "meeting", False, "Rodríguez")),
    P("xh-en-xi-holness-jamaica-2019",
      "Xi meets Jamaican prime minister",
      " date 2019-04-26\nBEIJING, April 25 (Xinhua) -- Chinese President Xi Jinping on Thursday met with "
      "Jamaican Prime Minister Andrew Holness, who is in Beijing for the second Belt and Road Forum for "
      "International Cooperation.",
      "2019-04-26", url(XH_EN, "2019-04-26", 204),
      rel("Jamaica", "2019-04-25", "meeting_on_sidelines", True, "Holness"),
      event_type="the Belt and Road Forum: a multilateral conference the page names"),
    P("xh-zh-li-qiang-lula-g20",
      "李强会见巴西总统卢拉",
      " date 2023-09-11\n新华社新德里9月10日电 当地时间10日，国务院总理李强在新德里出席二十国集团领导人峰会期间会见巴西总统卢拉。\n【纠错】 责任编辑：王",
      "2023-09-11", url(XH_ZH, "2023-09-11", 205),
      rel("Brazil", "2023-09-10", "meeting_on_sidelines", True, "卢拉|Lula"), "zh"),
    P("xh-zh-xi-sheinbaum-phone",
      "习近平同墨西哥总统辛鲍姆通电话",
      " date 2025-02-14\n新华社北京2月13日电 国家主席习近平13日同墨西哥总统辛鲍姆通电话。",
      "2025-02-14", url(XH_ZH, "2025-02-14", 206),
      rel("Mexico", "2025-02-13", "phone_call", True, "辛鲍姆|Sheinbaum"), "zh"),
    P("emb-en-wang-yi-meets-mexican-sre",
      "Wang Yi Meets with Mexican Foreign Secretary Alicia Bárcena",
      "Embassy of the People's Republic of China in the United Mexican States\n2024/07/26\nOn July 25, 2024, "
      "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with "
      "Mexican Foreign Secretary Alicia Bárcena in Vientiane on the sidelines of the East Asia "
      "cooperation foreign ministers' meetings.\nSuggest To A Friend Print",
      "2024-07-26", url(EMB_EN, "2024-07-26", 207),
      rel("Mexico", "2024-07-25", "meeting_on_sidelines", False, "Bárcena")),
    P("emb-zh-xi-boluarte-talks-lima",
      "习近平同秘鲁总统博鲁阿尔特会谈",
      "驻秘鲁使馆\n2024-11-15\n当地时间2024年11月14日，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。两国元首共同见证钱凯港开港。\n【打印本页】【关闭窗口】",
      "2024-11-15", url(EMB_ZH, "2024-11-15", 208),
      rel("Peru", "2024-11-14", "talks", True, "博鲁阿尔特|Boluarte", level=SKIP), "zh"),
    P("en-long-page-xi-maduro-2018",
      "Xi Jinping Holds Talks with Venezuelan President Nicolás Maduro",
      "On the afternoon of September 14, 2018, President Xi Jinping held talks with President Nicolás "
      "Maduro of Venezuela, who is on a state visit to China, at the Great Hall of the People.\n"
      "Xi Jinping said that China and Venezuela are good friends who share weal and woe. Since the "
      "establishment of the comprehensive strategic partnership in 2014, bilateral ties have kept a good "
      "momentum. The Chinese side supports the efforts of the Venezuelan government and people to "
      "uphold stability.\nXi stressed that the two sides should carry forward cooperation in energy, "
      "finance and infrastructure, and strengthen coordination in the United Nations and other "
      "multilateral fora.\nMaduro said that Venezuela values its ties with China and firmly adheres to "
      "the one-China principle. Venezuela wishes to learn from China's experience in development.\n"
      "Before the talks, Xi held a welcome ceremony for Maduro at the North Hall. After the talks, the two "
      "heads of state witnessed the signing of some 28 cooperation documents.\nWang Huning, Yang Jiechi and "
      "Wang Yi attended the events.",
      "2018-09-14", url(MFA_EN_OLD, "2018-09-14", 1595000),
      rel("Venezuela", "2018-09-14", "talks", True, "Maduro", level=SKIP)),
    P("en-he-excellency-honorifics-grenada",
      "Wang Yi Holds Talks with Grenadian Foreign Minister",
      "Beijing, 12 April 2024 — H.E. Mr. Wang Yi, Minister of Foreign Affairs, held talks with H.E. Mr. "
      "Joseph Andall, Minister for Foreign Affairs of Grenada, at the Diaoyutai State Guesthouse. The two "
      "ministers agreed to mark the anniversary of diplomatic relations with more exchanges.",
      "2024-04-12", url(MFA_EN2, "2024-04-12", 210),
      rel("Grenada", "2024-04-12", "talks", False, "Andall")),
    P("en-xi-message-national-day-mexico-ddmm",
      "President Xi Sends Message of Greetings on Mexico's National Day",
      "President Xi Jinping on 16 September sent a message to President Andrés Manuel López Obrador, "
      "extending warm congratulations on the 213th anniversary of Mexico's independence.",
      "2023-09-16", url(MFA_EN2, "2023-09-16", 211),
      rel("Mexico", "2023-09-16", "message", True, "López Obrador")),
    P("en-vice-premier-ding-xuexiang-caribbean-mult",
      "Ding Xuexiang Attends China-Caribbean Economic and Trade Forum",
      "On October 20, 2023, Vice Premier Ding Xuexiang attended the opening of the China-Caribbean "
      "Economic and Trade Cooperation Forum in Beijing and met with the ministers of Barbados, Dominica, "
      "Grenada, Guyana and Jamaica attending the forum.",
      "2023-10-20", url(MFA_EN, "2023-10-20", 212),
      rel("multilateral", "2023-10-20", "other", False)),
    P("en-chinese-short-names-mixed",
      "Xi Jinping Meets with Peruvian President Boluarte",
      "On the afternoon of June 28, 2024, President Xi Jinping met with President Dina Ercilia Boluarte "
      "Zegarra of Peru, who is in China for a state visit, at the Diaoyutai State Guesthouse. Xi Jinping "
      "said that the two countries should jointly build the Chancay port into a landmark of cooperation.",
      "2024-06-28", url(MFA_EN, "2024-06-28", 213),
      rel("Peru", "2024-06-28", "meeting", True, "Boluarte")),
    P("no-xh-en-xi-message-uzbek",
      "Xi congratulates Mirziyoyev on re-election",
      " date 2023-07-11\nBEIJING, July 10 (Xinhua) -- Chinese President Xi Jinping on Monday sent a "
      "congratulatory message to Shavkat Mirziyoyev on his re-election as president of Uzbekistan.",
      "2023-07-11", url(XH_EN, "2023-07-11", 214), NO),
    P("no-en-spokesperson-ukraine",
      "Foreign Ministry Spokesperson Mao Ning's Remarks on the Ukraine Crisis",
      "Q: Some countries have criticised China's position on the Ukraine crisis. What is your comment?\n"
      "A: China's position is objective and consistent. We call on all parties to create conditions for "
      "peace talks.",
      "2023-03-02", url(MFA_EN, "2023-03-02", 215), NO),
    P("no-en-cuba-name-in-domestic",
      "Wang Yi Meets with Nigerien Prime Minister",
      "On May 27, 2024, Foreign Minister Wang Yi met in Beijing with Prime Minister Ali Lamine Zeine of "
      "Niger. Wang said China respects the choice of the people of Niger.",
      "2024-05-27", url(MFA_EN, "2024-05-27", 216), NO),
]

BATCH2: list[Probe] = [
    # ======================= batch 2: harder writing, written blind like the first =======================
    P("b2-en-xi-signed-article-peru-2024",
      "Xi Jinping Publishes Signed Article in Peruvian Media",
      "On November 13, 2024, ahead of his state visit to Peru, President Xi Jinping published a signed "
      "article in the Peruvian newspaper El Peruano, entitled \"Friendship sailing across the Pacific\". "
      "In it Xi recalled the long history of exchanges between the two peoples.",
      "2024-11-13", url(MFA_EN, "2024-11-13", 301),
      rel("Peru", "2024-11-13", "message", False)),
    P("b2-en-hua-chunying-briefing-trip-2024",
      "Vice Foreign Minister Hua Chunying Briefs Media on President Xi's Trip to Peru and Brazil",
      "On November 12, 2024, Vice Foreign Minister Hua Chunying briefed the press on President Xi "
      "Jinping's upcoming trip. From November 13 to 21, Xi will attend the APEC meeting in Lima and the G20 "
      "Summit in Rio de Janeiro and pay state visits to Peru and Brazil.",
      "2024-11-12", url(MFA_EN, "2024-11-12", 302),
      rel("multilateral", "2024-11-13", "other", False)),
    P("b2-en-xi-condolence-fidel-2016",
      "Xi Jinping Sends Message of Condolence to Raúl Castro on the Passing of Fidel Castro",
      "On November 26, 2016, President Xi Jinping sent a message of condolence to Raúl Castro Ruz, "
      "President of the Council of State and the Council of Ministers of Cuba, on the death of Comrade "
      "Fidel Castro Ruz, leader of the Cuban revolution, who died on November 25.",
      "2016-11-26", url(MFA_EN_OLD, "2016-11-26", 1419300),
      rel("Cuba", "2016-11-26", "message", True, "Raúl Castro")),
    P("b2-en-xi-condolence-ecuador-quake-2016",
      "Xi Jinping Sends Message of Condolence to Ecuadorian President Rafael Correa over Strong Earthquake",
      "On April 17, 2016, President Xi Jinping sent a message to President Rafael Correa of Ecuador to "
      "express deep condolences over the heavy casualties caused by the strong earthquake that struck the "
      "country's coast.",
      "2016-04-17", url(MFA_EN_OLD, "2016-04-17", 1355200),
      rel("Ecuador", "2016-04-17", "message", True, "Correa")),
    P("b2-en-li-qiang-holness-hurricane-2025",
      "Li Qiang Sends Message of Sympathy to Jamaican Prime Minister Andrew Holness",
      "Premier Li Qiang on Thursday sent a message of sympathy to Prime Minister Andrew Holness of Jamaica "
      "over the heavy losses caused by Hurricane Melissa.",
      "2025-10-30", url(MFA_EN, "2025-10-30", 305),
      rel("Jamaica", "2025-10-30", "message", True, "Holness")),
    P("b2-en-wang-qishan-bolsonaro-inauguration-2019",
      "Chinese President's Special Envoy Wang Qishan Attends Inauguration of Brazilian President Bolsonaro",
      "On January 1, 2019 local time, Vice President Wang Qishan, as special envoy of President Xi Jinping, "
      "attended the inauguration ceremony of President Jair Bolsonaro in Brasilia.",
      "2019-01-02", url(MFA_EN_OLD, "2019-01-02", 1626000),
      rel("Brazil", "2019-01-01", "other", False)),
    P("b2-en-wang-yi-lac-envoys-group-2020",
      "Wang Yi Meets with Envoys of Latin American and Caribbean Countries in China",
      "On September 30, 2022, State Councilor and Foreign Minister Wang Yi met in Beijing with the heads of "
      "mission of Latin American and Caribbean countries to China. Wang Yi briefed them on China's view "
      "of the international situation.",
      "2022-09-30", url(MFA_EN, "2022-09-30", 307),
      rel("multilateral", "2022-09-30", "meeting", False)),
    P("b2-en-wang-yi-gil-venezuela-phone",
      "Wang Yi Holds Phone Talks with Venezuelan Foreign Minister Yván Gil",
      "On the evening of January 10, 2025, Foreign Minister Wang Yi held a telephone conversation with "
      "Venezuelan Minister of Popular Power for Foreign Affairs Yván Gil Pinto. Gil briefed Wang on the "
      "inauguration of President Maduro.",
      "2025-01-11", url(MFA_EN, "2025-01-11", 308),
      rel("Venezuela", "2025-01-10", "phone_call", False, "Gil")),
    P("b2-en-xi-pena-nieto-quake-2017",
      "Xi Jinping Sends Message of Condolence to Mexican President Enrique Peña Nieto",
      "President Xi Jinping on Wednesday sent a message of condolence to Mexican President Enrique Peña "
      "Nieto over the strong earthquake that hit central Mexico on Tuesday.",
      "2017-09-20", url(MFA_EN_OLD, "2017-09-20", 1495600),
      rel("Mexico", "2017-09-20", "message", True, "Peña Nieto")),
    P("b2-en-jamaica-sp-2019",
      "Wang Qishan Meets with Jamaican Prime Minister Andrew Holness",
      "On April 26, 2019, Vice President Wang Qishan met with Prime Minister Andrew Holness of Jamaica, "
      "who is in China for the Belt and Road Forum. Wang said that since the two countries agreed to lift "
      "ties to a strategic partnership this year, cooperation has expanded.",
      "2019-04-26", url(MFA_EN_OLD, "2019-04-26", 1658600),
      rel("Jamaica", "2019-04-26", "meeting_on_sidelines", False, "Holness", level=SKIP),
      event_type="the Belt and Road Forum: a multilateral conference the page names"),
    P("b2-en-joint-statement-jamaica-future-2019",
      "China and Jamaica Agree to Lift Ties",
      "On April 25, 2019, Premier Li Keqiang held talks with Prime Minister Andrew Holness of Jamaica in "
      "Beijing. The two sides agreed that the friendly partnership for common development would be "
      "elevated to a strategic partnership.",
      "2019-04-25", url(MFA_EN_OLD, "2019-04-25", 1658300),
      rel("Jamaica", "2019-04-25", "talks", True, "Holness", "upgrade", SP)),
    P("b2-en-li-keqiang-rousseff-overview-2015",
      "Li Keqiang Wraps Up Latin America Tour",
      "From May 18 to 26, 2015, Premier Li Keqiang paid official visits to Brazil, Colombia, Peru and "
      "Chile. In each country he held talks with the president and attended business forums.",
      "2015-05-27", url(MFA_EN_OLD, "2015-05-27", 1267800),
      rel("multilateral", "2015-05-18", "official_visit", True)),
    P("b2-en-xinhua-on-friday-lima",
      "Xi, Boluarte witness opening of Chancay port",
      " date 2024-11-15\nLIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping and Peruvian President Dina "
      "Boluarte on Thursday attended via video link the inauguration of the Chancay port, after the two "
      "heads of state held talks at the Government Palace.",
      "2024-11-15", url(XH_EN, "2024-11-15", 313),
      rel("Peru", "2024-11-14", "other", True, "Boluarte"),
      event_type="a ceremony both attend (other), though talks are reported in the same sentence"),
    P("b2-en-vice-premier-liu-he-argentina-2020",
      "Vice Premier Hu Chunhua Meets with Argentine Foreign Minister Santiago Cafiero",
      "On February 3, 2022, Vice Premier Hu Chunhua met with Argentine Foreign Minister Santiago Cafiero in "
      "Beijing. The two sides discussed cooperation in agriculture and trade.",
      "2022-02-03", url(MFA_EN, "2022-02-03", 314),
      rel("Argentina", "2022-02-03", "meeting", False, "Cafiero")),
    P("b2-en-xi-piñera-sp-recalled-2019",
      "Xi Jinping Holds Talks with Chilean President Sebastián Piñera",
      "On April 25, 2019, President Xi Jinping held talks with President Sebastián Piñera of Chile at the "
      "Great Hall of the People. Xi said that since the two countries established the comprehensive "
      "strategic partnership in 2016, cooperation has grown rapidly.",
      "2019-04-25", url(MFA_EN_OLD, "2019-04-25", 1658400),
      rel("Chile", "2019-04-25", "talks", True, "Piñera", level=SKIP)),
    P("b2-en-no-accents-names",
      "Xi Jinping Meets with Colombian President Ivan Duque",
      "On July 31, 2019, President Xi Jinping met with President Ivan Duque Marquez of Colombia at the Great "
      "Hall of the People. Xi said China and Colombia should deepen political trust.",
      "2019-07-31", url(MFA_EN_OLD, "2019-07-31", 1685000),
      rel("Colombia", "2019-07-31", "meeting", True, "Duque")),
    P("b2-en-abbrev-datelines-dd-month",
      "Premier Li Qiang Holds Talks with Prime Minister Gaston Browne of Antigua and Barbuda",
      "Beijing, 12 May 2025 — Premier Li Qiang held talks today with Prime Minister Gaston Browne of "
      "Antigua and Barbuda, who is visiting China. The two sides signed documents on the Belt and Road.",
      "2025-05-12", url(MFA_EN2, "2025-05-12", 317),
      rel("Antigua and Barbuda", "2025-05-12", "talks", True, "Browne")),
    P("b2-en-no-spokesperson-panama-canal",
      "Foreign Ministry Spokesperson's Remarks on the Panama Canal",
      "Q: US officials have claimed that China controls the Panama Canal. What is China's comment?\nA: China "
      "has always respected Panama's sovereignty over the canal and its permanent neutrality.",
      "2025-02-03", url(MFA_EN, "2025-02-03", 318), NO),
    P("b2-no-en-xi-sanchez-spain",
      "Xi Jinping Meets with Spanish Prime Minister Pedro Sánchez",
      "On April 11, 2025, President Xi Jinping met with Prime Minister Pedro Sánchez of Spain at the Great "
      "Hall of the People. Sánchez said Spain wants to be a bridge to Latin America and Europe.",
      "2025-04-11", url(MFA_EN, "2025-04-11", 319), NO),
    P("b2-no-en-equatorial-guinea",
      "Xi Jinping Holds Talks with President Teodoro Obiang Nguema Mbasogo of Equatorial Guinea",
      "On May 28, 2024, President Xi Jinping held talks with President Teodoro Obiang Nguema Mbasogo of "
      "Equatorial Guinea, who is on a state visit. The two heads of state announced a comprehensive "
      "strategic cooperative partnership.",
      "2024-05-28", url(MFA_EN, "2024-05-28", 320), NO),
    P("b2-no-en-wang-yi-portugal",
      "Wang Yi Holds Talks with Portuguese Foreign Minister Paulo Rangel",
      "On September 13, 2024, Wang Yi held talks with Portuguese Foreign Minister Paulo Rangel in Beijing. "
      "Rangel said Portugal is ready to deepen cooperation including in Portuguese-speaking countries such "
      "as Brazil.",
      "2024-09-13", url(MFA_EN, "2024-09-13", 321), NO),
    # ---- Chinese, batch 2 ----
    P("b2-zh-xi-diaz-canel-65-anniv-2025",
      "习近平同古巴国家主席迪亚斯-卡内尔就中古建交65周年互致贺电",
      "9月28日，为庆祝两国建交65周年，国家主席习近平和古巴国家主席迪亚斯-卡内尔互致贺电。",
      "2025-09-28", url(MFA_ZH, "2025-09-28", 401),
      rel("Cuba", "2025-09-28", "message", True, "迪亚斯-卡内尔|Díaz-Canel"), "zh"),
    P("b2-zh-year-crossing-wang-yi-gil",
      "王毅同委内瑞拉外长希尔通电话",
      "12月28日，外交部长王毅应约同委内瑞拉外长希尔通电话。",
      "2024-01-03", url(MFA_ZH, "2024-01-03", 402),
      rel("Venezuela", "2023-12-28", "phone_call", False, "希尔|Gil"), "zh"),
    P("b2-zh-ma-zhaoxu-uruguay-vice",
      "马朝旭副部长会见乌拉圭外交部副部长",
      "2024年6月14日，外交部常务副部长马朝旭在京会见乌拉圭外交部副部长哈恩，就中乌关系及共同关心的问题交换意见。",
      "2024-06-14", url(MFA_ZH, "2024-06-14", 403),
      rel("Uruguay", "2024-06-14", "meeting", False), "zh"),
    P("b2-zh-li-qiang-lula-mid-month",
      "李强同巴西总统卢拉会谈",
      "本月14日下午，国务院总理李强在人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。",
      "2023-04-16", url(MFA_ZH, "2023-04-16", 404),
      rel("Brazil", "2023-04-14", "talks", True, "卢拉|Lula"), "zh"),
    P("b2-zh-xi-noboa-meeting-thursday",
      "习近平会见厄瓜多尔总统诺沃亚",
      "新华社北京6月28日电 国家主席习近平当地时间周四在人民大会堂会见来华出席活动的厄瓜多尔总统诺沃亚。",
      "2024-06-28", url(XH_ZH, "2024-06-28", 405),
      rel("Ecuador", "2024-06-27", "meeting", True, "诺沃亚|Noboa"), "zh"),
    P("b2-zh-han-zheng-attends-sheinbaum-inauguration",
      "习近平主席特使韩正出席墨西哥总统就职仪式",
      "当地时间10月1日，国家主席习近平特使、国家副主席韩正在墨西哥城出席墨西哥总统辛鲍姆就职仪式，并会见辛鲍姆。",
      "2024-10-02", url(MFA_ZH, "2024-10-02", 406),
      rel("Mexico", "2024-10-01", "other", False, "辛鲍姆|Sheinbaum"), "zh"),
    P("b2-zh-xi-bolsonaro-brics-2019",
      "习近平会见巴西总统博索纳罗",
      "当地时间11月13日，国家主席习近平在巴西利亚出席金砖国家领导人第十一次会晤期间会见巴西总统博索纳罗。",
      "2019-11-14", url(MFA_ZH_OLD, "2019-11-14", 1715800),
      rel("Brazil", "2019-11-13", "meeting_on_sidelines", True, "博索纳罗|Bolsonaro"), "zh"),
    P("b2-zh-wang-yi-caribbean-fms-2025",
      "王毅会见加勒比国家外长",
      "5月12日，外交部长王毅在北京会见来华出席中拉论坛第四届部长级会议的巴巴多斯、格林纳达、苏里南等加勒比国家外长。",
      "2025-05-12", url(MFA_ZH, "2025-05-12", 408),
      rel("multilateral", "2025-05-12", "meeting_on_sidelines", False), "zh"),
    P("b2-zh-wang-yi-arrival-official-cuba",
      "王毅抵达哈瓦那开始对古巴进行正式访问",
      "当地时间2018年12月3日，国务委员兼外长王毅抵达哈瓦那，开始对古巴进行正式访问。",
      "2018-12-04", url(MFA_ZH_OLD, "2018-12-04", 1619000),
      rel("Cuba", "2018-12-03", "official_visit", False), "zh"),
    P("b2-zh-xi-lacalle-sp-recalled-message",
      "习近平致电祝贺乌拉圭当选总统奥尔西",
      "2024年11月25日，国家主席习近平致电奥尔西，祝贺他当选为乌拉圭总统。习近平指出，中乌全面战略伙伴关系持续深化。",
      "2024-11-25", url(MFA_ZH, "2024-11-25", 410),
      rel("Uruguay", "2024-11-25", "message", False, "奥尔西|Orsi", level=SKIP), "zh"),
    P("b2-zh-xi-medina-establish-ties-2018",
      "习近平同多米尼加总统梅迪纳举行会谈",
      "11月2日上午，国家主席习近平在人民大会堂同来华进行国事访问的多米尼加总统梅迪纳举行会谈。两国元首一致同意开启中多关系新篇章。",
      "2018-11-02", url(MFA_ZH_OLD, "2018-11-02", 1610100),
      rel("Dominican Republic", "2018-11-02", "talks", True, "梅迪纳|Medina"), "zh"),
    P("b2-zh-xi-ali-guyana-visit-announce",
      "圭亚那总统阿里将对中国进行国事访问",
      "外交部发言人宣布：应国家主席习近平邀请，圭亚那合作共和国总统伊尔法恩·阿里将于下周对中国进行国事访问。",
      "2024-03-01", url(MFA_ZH, "2024-03-01", 412),
      rel("Guyana", None, "state_visit", True, "阿里|Ali"), "zh"),
    P("b2-zh-hant-wang-yi-vieira-phone",
      "王毅同巴西外長維埃拉通電話",
      "【大公報訊】中共中央政治局委員、外交部長王毅3月6日應約同巴西外長維埃拉通電話。",
      "2025-03-07", url(HK_ZH, "2025-03-07", 413),
      rel("Brazil", "2025-03-06", "phone_call", False), "zh"),
    P("b2-zh-hant-xi-boric-state-visit",
      "智利總統博里奇抵京開始國事訪問",
      "【大公報訊】智利總統博里奇10月16日抵達北京，開始對中國進行國事訪問，並出席第三屆「一帶一路」國際合作高峰論壇。",
      "2023-10-17", url(HK_ZH, "2023-10-17", 414),
      rel("Chile", "2023-10-16", "state_visit", True), "zh",
      head_of_state_level="an arrival page: the host head's reception is not reported"),
    P("b2-no-zh-xi-dominica-vs-nothing-africa",
      "习近平同赤道几内亚总统奥比昂会谈",
      "5月28日下午，国家主席习近平在人民大会堂同来华进行国事访问的赤道几内亚总统奥比昂举行会谈。",
      "2024-05-28", url(MFA_ZH, "2024-05-28", 415), NO, "zh"),
    P("b2-no-zh-spokesperson-panama",
      "外交部发言人就巴拿马运河问题答记者问",
      "问：美方称中方控制巴拿马运河，中方有何评论？\n答：中方一贯尊重巴拿马对运河的主权。",
      "2025-02-05", url(MFA_ZH, "2025-02-05", 416), NO, "zh"),
    P("b2-no-zh-wang-yi-spain-albares",
      "王毅同西班牙外交大臣阿尔瓦雷斯会谈",
      "11月28日，外交部长王毅在北京同西班牙外交大臣阿尔瓦雷斯举行会谈，阿尔瓦雷斯表示西方愿在拉美事务上加强沟通。",
      "2024-11-28", url(MFA_ZH, "2024-11-28", 417), NO, "zh"),
    P("b2-no-zh-ambassador-chile-embassy",
      "牛清报大使会见智利外长",
      "驻智利使馆\n2024年4月2日，牛清报大使会见智利外长范克拉韦伦，双方就两国关系交换意见。",
      "2024-04-03", url(EMB_ZH, "2024-04-03", 418), NO, "zh"),
]

BATCH3: list[Probe] = [
    # ======================= batch 3: written after reading nlp/steps/mfa.py (not blind) =======================
    P("b3-zh-xi-petro-elect-2022",
      "习近平致电祝贺佩特罗当选哥伦比亚总统",
      "2022年6月21日，国家主席习近平致电古斯塔沃·佩特罗，祝贺他当选哥伦比亚共和国总统。",
      "2022-06-21", url(MFA_ZH, "2022-06-21", 501),
      rel("Colombia", "2022-06-21", "message", False, "佩特罗|Petro"), "zh"),
    P("b3-en-xi-boric-inauguration-message-2022",
      "Xi Jinping Sends Congratulatory Message to Gabriel Boric on His Inauguration as President of Chile",
      "On March 11, 2022, President Xi Jinping sent a message to Gabriel Boric Font, congratulating him on "
      "taking office as President of the Republic of Chile.",
      "2022-03-11", url(MFA_EN, "2022-03-11", 502),
      rel("Chile", "2022-03-11", "message", True, "Boric")),
    P("b3-zh-xh-dateline-mexico-city",
      "习近平同墨西哥总统培尼亚共同会见记者",
      "新华社墨西哥城6月5日电 国家主席习近平5日在墨西哥城同墨西哥总统培尼亚共同会见记者，介绍会谈成果。",
      "2013-06-06", url(XH_ZH, "2013-06-06", 503),
      rel("Mexico", "2013-06-05", "other", True, "培尼亚|Peña"), "zh"),
    P("b3-zh-yesterday-wang-yi-bolivia",
      "王毅会见玻利维亚外长",
      "新华社北京5月9日电 外交部长王毅昨天在北京会见玻利维亚外长苏克雷。",
      "2024-05-09", url(XH_ZH, "2024-05-09", 504),
      rel("Bolivia", "2024-05-08", "meeting", False, "苏克雷|Sucre"), "zh"),
    P("b3-zh-recently-no-day",
      "王毅同巴拿马外长通电话",
      "近日，外交部长王毅应约同巴拿马外长马丁内斯-阿查通电话，双方就两国关系交换意见。",
      "2024-09-20", url(MFA_ZH, "2024-09-20", 505),
      rel("Panama", None, "phone_call", False), "zh"),
    P("b3-en-lac-envoy-meets-wang-yi",
      "Wang Yi Meets with Special Envoy of Brazilian President Celso Amorim",
      "On May 23, 2024, Foreign Minister Wang Yi met in Beijing with Celso Amorim, special envoy and chief "
      "adviser on international affairs of Brazilian President Lula.",
      "2024-05-23", url(MFA_EN, "2024-05-23", 506),
      rel("Brazil", "2024-05-23", "meeting", False, "Amorim")),
    P("b3-zh-xi-meets-vice-president-cuba",
      "习近平会见古巴副主席巴尔德斯",
      "2024年6月12日，国家主席习近平在人民大会堂会见古巴副主席巴尔德斯。",
      "2024-06-12", url(MFA_ZH, "2024-06-12", 507),
      rel("Cuba", "2024-06-12", "meeting", False, "巴尔德斯|Valdés"), "zh"),
    P("b3-zh-joint-press-communique-honduras",
      "中华人民共和国和洪都拉斯共和国联合新闻公报",
      "一、应国家主席习近平邀请，洪都拉斯共和国总统希奥马拉·卡斯特罗于2023年6月9日至14日对中国进行国事访问。\n二、两国元首在友好气氛中举行会谈。",
      "2023-06-12", url(MFA_ZH, "2023-06-12", 508),
      rel("Honduras", "2023-06-09", "joint_statement", True, "卡斯特罗|Castro"), "zh",
      event_date="a joint statement's day: the visit's first day or the statement's own"),
    P("b3-zh-honorific-gexia",
      "李强同乌拉圭总统拉卡列会见",
      "2023年11月21日，国务院总理李强在人民大会堂会见乌拉圭东岸共和国总统路易斯·拉卡列·波乌阁下。",
      "2023-11-21", url(MFA_ZH, "2023-11-21", 509),
      rel("Uruguay", "2023-11-21", "meeting", True, "拉卡列|Lacalle"), "zh"),
    P("b3-en-condolence-former-president-peru",
      "Xi Jinping Sends Message of Condolence to Peruvian President Dina Boluarte on the Death of Former "
      "President Alberto Fujimori",
      "On September 12, 2024, President Xi Jinping sent a message of condolence to President Dina Boluarte "
      "over the passing of former Peruvian President Alberto Fujimori.",
      "2024-09-12", url(MFA_EN, "2024-09-12", 510),
      rel("Peru", "2024-09-12", "message", True, "Boluarte")),
    P("b3-en-wang-yi-meets-lac-head-abroad",
      "Wang Yi Calls on Cuban President Miguel Díaz-Canel in Havana",
      "On the afternoon of August 9, 2025 local time, Wang Yi, Member of the Political Bureau and Foreign "
      "Minister, called on President Miguel Díaz-Canel Bermúdez in Havana.",
      "2025-08-10", url(MFA_EN, "2025-08-10", 511),
      rel("Cuba", "2025-08-09", "meeting", False, "Díaz-Canel")),
    P("b3-en-premier-li-video-rowley",
      "Li Keqiang Holds Video Meeting with Prime Minister Keith Rowley of Trinidad and Tobago",
      "On the evening of May 30, 2019, Premier Li Keqiang held a video meeting with Prime Minister Keith "
      "Rowley of Trinidad and Tobago. The two leaders agreed to deepen the comprehensive cooperative "
      "partnership.",
      "2019-05-30", url(MFA_EN_OLD, "2019-05-30", 1668000),
      rel("Trinidad and Tobago", "2019-05-30", "video_call", True, "Rowley", level=SKIP)),
    P("b3-zh-hant-xi-castillo-inauguration",
      "習近平主席特使出席秘魯總統就職儀式",
      "【大公報訊】當地時間7月28日，國家主席習近平特使、文化和旅遊部部長胡和平在利馬出席秘魯總統卡斯蒂略就職儀式。",
      "2021-07-29", url(HK_ZH, "2021-07-29", 513),
      rel("Peru", "2021-07-28", "other", False), "zh"),
    P("b3-no-en-wang-yi-celac-mention-other",
      "Wang Yi Meets with Foreign Minister of Fiji",
      "On May 28, 2024, Wang Yi met with Fijian Foreign Minister in Beijing. Wang Yi said China treats small "
      "island states in the Pacific, Africa and the Caribbean as equals.",
      "2024-05-28", url(MFA_EN, "2024-05-28", 514), NO),
    P("b3-no-zh-guinea-vs-guyana",
      "王毅同几内亚外长会谈",
      "2024年9月2日，外交部长王毅在北京同几内亚外长库亚特举行会谈。",
      "2024-09-02", url(MFA_ZH, "2024-09-02", 515), NO, "zh"),
    P("b3-no-en-embassy-reception",
      "Chinese Embassy in Mexico Holds Reception for the Spring Festival",
      "On February 5, 2024, the Chinese Embassy in Mexico held a reception to celebrate the Spring Festival. "
      "Ambassador Zhang Run and Mexican officials attended.",
      "2024-02-06", url(EMB_EN, "2024-02-06", 516), NO),
    P("b3-no-zh-domestic",
      "习近平在湖南考察",
      "3月18日至21日，中共中央总书记、国家主席习近平在湖南考察，强调奋力谱写中国式现代化湖南篇章。",
      "2024-03-22", url(MFA_ZH, "2024-03-22", 517), NO, "zh"),
]

BATCH4: list[Probe] = [
    # ======================= batch 4: dates and visit pages (written after reading mfa.py) =======================
    P("b4-en-xi-departs-brasilia-home",
      "Xi Jinping Returns to Beijing after Concluding Trip to Peru and Brazil",
      "On the morning of November 23, 2024, President Xi Jinping returned to Beijing after attending the APEC "
      "meeting in Lima and the G20 Summit in Rio de Janeiro and paying state visits to Peru and Brazil "
      "from November 13 to 21.",
      "2024-11-23", url(MFA_EN, "2024-11-23", 601),
      rel("multilateral", "2024-11-13", "state_visit", True),
      head_of_state_level="a return page: the hosts' reception is not reported on it"),
    P("b4-zh-lula-arrives-shanghai-year-missing",
      "巴西总统卢拉抵达上海开始对中国进行国事访问",
      "当地时间4月12日晚，巴西总统卢拉乘专机抵达上海，开始对中国进行国事访问。",
      "2023-04-13", url(MFA_ZH, "2023-04-13", 602),
      rel("Brazil", "2023-04-12", "state_visit", True, "卢拉|Lula"), "zh",
      head_of_state_level="an arrival page: the host head's reception is not reported"),
    P("b4-en-month-before-published-year",
      "Wang Yi Holds Talks with Colombian Foreign Minister Luis Gilberto Murillo",
      "Wang Yi held talks with Colombian Foreign Minister Luis Gilberto Murillo in Beijing on December 28. "
      "The two sides agreed to implement the consensus reached by the two heads of state.",
      "2024-01-02", url(MFA_EN, "2024-01-02", 603),
      rel("Colombia", "2023-12-28", "talks", False, "Murillo")),
    P("b4-zh-wang-yi-visit-preview-dates",
      "外交部发言人宣布王毅将访问巴西",
      "外交部发言人宣布：应巴西外长维埃拉邀请，中共中央政治局委员、外交部长王毅将于1月18日至19日访问巴西。",
      "2024-01-15", url(MFA_ZH, "2024-01-15", 604),
      rel("Brazil", "2024-01-18", "official_visit", False), "zh"),
    P("b4-en-xi-phone-weekday-xh",
      "Xi, Lula hold phone talks",
      " date 2025-05-14\nBEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping held a phone conversation "
      "with Brazilian President Luiz Inácio Lula da Silva on Tuesday evening.",
      "2025-05-14", url(XH_EN, "2025-05-14", 605),
      rel("Brazil", "2025-05-13", "phone_call", True, "Lula")),
    P("b4-zh-xi-boric-from-to-state-visit-overview",
      "智利总统博里奇结束对华国事访问",
      "应国家主席习近平邀请，智利总统博里奇于10月16日至19日对中国进行国事访问。访问期间，习近平同博里奇举行会谈。",
      "2023-10-20", url(MFA_ZH, "2023-10-20", 606),
      rel("Chile", "2023-10-16", "state_visit", True, "博里奇|Boric"), "zh"),
    P("b4-en-li-qiang-new-year-message",
      "Li Qiang Exchanges New Year Greetings with Cuban Prime Minister Manuel Marrero Cruz",
      "On January 1, 2024, Premier Li Qiang and Prime Minister Manuel Marrero Cruz of Cuba exchanged "
      "messages of greeting on the New Year and the 65th anniversary of the triumph of the Cuban "
      "revolution.",
      "2024-01-01", url(MFA_EN, "2024-01-01", 607),
      rel("Cuba", "2024-01-01", "message", True, "Marrero")),
    P("b4-zh-vice-minister-miao-deyu-caribbean",
      "外交部副部长苗得雨会见牙买加外交部常务秘书",
      "2024年3月20日，外交部副部长苗得雨在北京会见牙买加外交和外贸部常务秘书约翰逊，双方就两国关系交换意见。",
      "2024-03-20", url(MFA_ZH, "2024-03-20", 608),
      rel("Jamaica", "2024-03-20", "meeting", False), "zh"),
    P("b4-no-en-xi-meets-us-president",
      "Xi Jinping Meets with U.S. President Joe Biden in Lima",
      "On November 16, 2024 local time, President Xi Jinping met with U.S. President Joe Biden in Lima, "
      "Peru, on the sidelines of the APEC Economic Leaders' Meeting.",
      "2024-11-17", url(MFA_EN, "2024-11-17", 609), NO),
    P("b4-no-zh-xi-meets-korea-in-lima",
      "习近平会见韩国总统尹锡悦",
      "当地时间11月15日，国家主席习近平在秘鲁利马出席亚太经合组织领导人非正式会议期间会见韩国总统尹锡悦。",
      "2024-11-16", url(MFA_ZH, "2024-11-16", 610), NO, "zh"),
]

ALL = PROBES + ZH_PROBES + COPIES + BATCH2 + BATCH3 + BATCH4

# (probe, field) pairs the first run failed and this campaign left open, with the reason.
OPEN: dict[tuple[str, str], str] = {
    ("b3-zh-xi-meets-vice-president-cuba", "counterpart"):
        "国名+副主席 (a state's vice president) is no office the Chinese counterpart patterns know; 副主席 "
        "alone is as often a party's or a legislature's vice chair (head-of-state level is right: false)",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(ALL, OPEN))
def test_fresh_mfa_s11_page_field(probe: Probe, name: str, expected):
    """Codebook (foreign ministry): relevance, country, the exchange's first day, the headline's
    exchange typed by the text's own word, both principals heads of state/government, the partnership
    action read against the history table; the counterpart names the LAC principal."""
    got = value_of(record_of(probe), name)
    if name == "counterpart":  # the name as printed or in the gazetteer's English form
        assert any(form in got for form in expected.split("|"))
    else:
        assert got == expected


def test_probe_ids_are_unique():
    assert_unique_ids(ALL)


@pytest.mark.parametrize(("text", "action"), [
    # a participle clause reports the exchange's own step as the finite verb does
    ("On June 21, 2012, Premier Wen Jiabao held talks with President Dilma Rousseff in Rio de Janeiro, "
     "announcing the elevation of bilateral relations to a comprehensive strategic partnership.", "upgrade"),
    # a participle that keeps the level held is no step
    ("On June 21, 2012, Premier Wen Jiabao held talks with President Dilma Rousseff in Rio de Janeiro, "
     "agreeing to deepen the comprehensive strategic partnership.", None),
])
def test_a_participle_clause_takes_the_step(text, action):
    """Codebook, partnership: "agreed to establish", "announced that relations will be elevated" count;
    "…, agreeing to / announcing …" is the same decision told as a participle after the main verb."""
    record = mfa(text, title="Wen Jiabao Holds Talks with Brazilian President Dilma Rousseff",
                 published="2012-06-22", url=url(MFA_EN_OLD, "2012-06-22", 944001))
    assert record.partnership_action == action


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Li Keqiang Concludes Official Visits to Four Latin American Countries",
     "From May 18 to 26, 2015, Premier Li Keqiang paid official visits to Brazil, Colombia, Peru and Chile, "
     "holding talks with the presidents of the four countries.", True),
    ("李克强结束对拉美四国的正式访问", "2015年5月18日至26日，国务院总理李克强对巴西、哥伦比亚、秘鲁、智利进行正式访问，分别同四国总统会谈。", True),
    # a minister's tour: received by heads, but the Chinese principal is no head
    ("Wang Yi Concludes Visits to Brazil and Jamaica",
     "From January 18 to 21, 2024, Foreign Minister Wang Yi visited Brazil and Jamaica and in each country "
     "met with the head of state.", False),
])
def test_a_tours_host_heads_named_together(title, text, expected):
    """Codebook, head_of_state_level for a visit page: the visiting head received by the host heads; a
    tour page may name them together ("the presidents of the four countries", 分别同四国总统会谈)."""
    zh = not text.isascii()
    record = mfa(text, title=title,
                 lang="zh" if zh else "en", published="2015-05-27",
                 url=url(MFA_ZH if zh else MFA_EN, "2015-05-27", 900))
    assert record.event_type in ("official_visit", "state_visit")
    assert record.head_of_state_level is expected
