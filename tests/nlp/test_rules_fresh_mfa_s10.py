# ruff: noqa: E501  (probe texts are long lines of Chinese)
"""Campaign 10J: a fresh mixed sample of foreign-ministry pages in the proportions a crawl meets
them: English and Chinese (some traditional), the ministry's own pages and copies on agency,
newspaper and embassy sites, 2009-2025, about a fifth not relevant (other regions, spokesperson's
press conferences, Chinese domestic news, ambassador-only exchanges).

Self-written releases in the sites' style; country, party and official names are facts, the wording
is invented. Each probe names the values a careful coder would give under the codebook
(shared/eval/SCHEMA.md, partnership-history.csv for the partnership action); one test per probe and
field, so the pass rate per field can be read from a run. `counterpart` is checked as a name the
record's counterpart must contain."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import mfa
from probe_harness import NO, assert_unique_ids, cases, record_of, url, value_of
from probe_harness import MfaProbe as Probe

MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx_662805/{ym}/t{ymd}_110{n:05d}.html"
MFA_EN2 = "https://www.mfa.gov.cn/eng/wjdt_665385/zyjh_665391/{ym}/t{ymd}_110{n:05d}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_110{n:05d}.shtml"
MFA_ZH_OLD = "https://www.fmprc.gov.cn/web/zyxw/t{n:06d}.shtml"
XH_EN = "http://english.news.cn/{ymd}/c{n:05d}/c.html"
XH_ZH = "http://www.news.cn/politics/{y}-{m}/{d}/c_11{n:05d}.htm"
PD_ZH = "http://paper.people.com.cn/rmrb/html/{y}-{m}/{d}/nw.D110000renmrb_{ymd}_{n}-01.htm"
PD_EN = "http://en.people.cn/n3/{y}/{m}{d}/c90000-{n:07d}.html"
HK_ZH = "https://www.wenweipo.com/a/{ym}/{d}/AP{n:05d}.html"
EMB_EN = "http://br.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_{n:06d}.htm"
EMB_ZH = "http://ar.china-embassy.gov.cn/chn/sgxw/{ym}/t{ymd}_{n:06d}.htm"

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"


def rel(country: str, date: str | None, event_type: str, hos: bool, counterpart: str | None = None,
        action: str | None = None, level: str | None = None) -> dict[str, Any]:
    """The expected fields of a relevant foreign-ministry page."""
    out: dict[str, Any] = {"relevant": True, "country": country, "event_date": date,
                           "event_type": event_type, "head_of_state_level": hos,
                           "partnership_action": action, "partnership_level": level}
    if counterpart:
        out["counterpart"] = counterpart
    return out


def P(pid: str, title: str, text: str, published: str | None, link: str, expect: dict[str, Any],
      lang: str = "en", **doubtful: str) -> Probe:
    return Probe(pid, title, text, published, link, expect, lang, doubtful=doubtful)


PROBES: list[Probe] = [
    # ======================= English: the ministry's own pages =======================
    P("en-xi-lula-talks-2023",
      "Xi Jinping Holds Talks with Brazilian President Luiz Inácio Lula da Silva",
      "On the afternoon of April 14, 2023, President Xi Jinping held talks with Brazilian President Luiz "
      "Inácio Lula da Silva, who is on a state visit to China, at the Great Hall of the People. Xi Jinping "
      "said that China and Brazil are the largest developing countries of the Eastern and Western "
      "hemispheres and that the China-Brazil comprehensive strategic partnership has a global dimension. "
      "Lula said Brazil is ready to work with China to lift the relationship to a new height.",
      "2023-04-14", url(MFA_EN, "2023-04-14", 1),
      rel("Brazil", "2023-04-14", "talks", True, "Lula")),
    P("en-xi-petro-establish-2023",
      "Xi Jinping Holds Talks with Colombian President Gustavo Petro The Two Heads of State Announce the "
      "Establishment of a Strategic Partnership between China and Colombia",
      "On the morning of October 25, 2023, President Xi Jinping held talks at the Great Hall of the People "
      "with President Gustavo Petro of Colombia, who is on a state visit to China. The two heads of state "
      "announced the establishment of a strategic partnership between China and Colombia. Xi Jinping "
      "pointed out that Colombia was among the first Latin American countries to establish diplomatic "
      "ties with the People's Republic of China.",
      "2023-10-25", url(MFA_EN, "2023-10-25", 2),
      rel("Colombia", "2023-10-25", "talks", True, "Petro", "establish", SP)),
    P("en-xi-maduro-all-weather-2023",
      "Xi Jinping Holds Talks with Venezuelan President Nicolás Maduro",
      "On the afternoon of September 13, 2023, President Xi Jinping held talks with President Nicolás "
      "Maduro of Venezuela, who is on a state visit to China, at the Great Hall of the People in Beijing. "
      "The two heads of state announced the elevation of China-Venezuela relations to an all-weather "
      "strategic partnership.",
      "2023-09-13", url(MFA_EN, "2023-09-13", 3),
      rel("Venezuela", "2023-09-13", "talks", True, "Maduro", "upgrade", "all-weather strategic partnership")),
    P("en-joint-statement-uruguay-2023",
      "Joint Statement between the People's Republic of China and the Oriental Republic of Uruguay on the "
      "Establishment of a Comprehensive Strategic Partnership",
      "1. At the invitation of President Xi Jinping of the People's Republic of China, President Luis "
      "Lacalle Pou of the Oriental Republic of Uruguay paid a state visit to China from November 20 to 24, "
      "2023. The two heads of state held talks in a cordial and friendly atmosphere.\n2. The two sides "
      "decided to elevate China-Uruguay relations to a comprehensive strategic partnership.\n3. The two "
      "sides will strengthen exchanges between governments, legislatures and political parties.",
      "2023-11-22", url(MFA_EN, "2023-11-22", 4),
      rel("Uruguay", "2023-11-20", "joint_statement", True, "Lacalle Pou", "upgrade", CSP),
      event_date="a joint statement's day: the visit's first day or the statement's own; the codebook names "
                 "no rule for statements"),
    P("en-wangyi-ebrard-meeting-2019",
      "Wang Yi Meets with Mexican Foreign Secretary Marcelo Ebrard",
      "On July 26, 2019, State Councilor and Foreign Minister Wang Yi met with Mexican Foreign Secretary "
      "Marcelo Ebrard in Beijing. Wang Yi said China stands ready to work with Mexico to push forward the "
      "comprehensive strategic partnership. Ebrard said Mexico welcomes more Chinese investment.",
      "2019-07-26", url(MFA_EN, "2019-07-26", 5),
      rel("Mexico", "2019-07-26", "meeting", False, "Ebrard")),
    P("en-li-qiang-lula-g20-2023",
      "Li Qiang Meets with Brazilian President Luiz Inácio Lula da Silva",
      "On September 10, 2023 local time, Premier Li Qiang met with Brazilian President Luiz Inácio Lula da "
      "Silva on the sidelines of the G20 Summit in New Delhi. Li Qiang said that China is willing to work "
      "with Brazil to strengthen coordination within BRICS and the G20.",
      "2023-09-11", url(MFA_EN, "2023-09-11", 6),
      rel("Brazil", "2023-09-10", "meeting_on_sidelines", True, "Lula")),
    P("en-xi-boric-apec-2022",
      "Xi Jinping Meets with Chilean President Gabriel Boric",
      "On the afternoon of November 17, 2022 local time, President Xi Jinping met with Chilean President "
      "Gabriel Boric in Bangkok, where the two leaders are attending the APEC Economic Leaders' Meeting. "
      "Xi Jinping noted that Chile was the first South American country to establish diplomatic relations "
      "with the People's Republic of China.",
      "2022-11-18", url(MFA_EN, "2022-11-18", 7),
      rel("Chile", "2022-11-17", "meeting_on_sidelines", True, "Boric")),
    P("en-xi-fernandez-phone-2020",
      "Xi Jinping Speaks with Argentine President Alberto Fernández on the Phone",
      "On the evening of July 9, 2020, President Xi Jinping spoke with Argentine President Alberto "
      "Fernández on the phone. Xi Jinping said China and Argentina have supported each other in the fight "
      "against COVID-19. Fernández thanked China for its supplies of medical materials.",
      "2020-07-09", url(MFA_EN, "2020-07-09", 8),
      rel("Argentina", "2020-07-09", "phone_call", True, "Fernández")),
    P("en-li-keqiang-marrero-video-2021",
      "Li Keqiang Holds Video Call with Cuban Prime Minister Manuel Marrero Cruz",
      "On the evening of November 24, 2021, Premier Li Keqiang held a video call with Cuban Prime Minister "
      "Manuel Marrero Cruz. Li Keqiang said China will continue to provide help to Cuba within its "
      "capacity. Marrero thanked China for its vaccines.",
      "2021-11-24", url(MFA_EN, "2021-11-24", 9),
      rel("Cuba", "2021-11-24", "video_call", True, "Marrero")),
    P("en-xi-congratulates-milei-2023",
      "Xi Jinping Sends Congratulatory Message to Javier Milei on His Election as President of Argentina",
      "On November 21, 2023, President Xi Jinping sent a congratulatory message to Javier Milei on his "
      "election as President of the Argentine Republic. Xi Jinping pointed out that China and Argentina "
      "are comprehensive strategic partners.",
      "2023-11-21", url(MFA_EN, "2023-11-21", 10),
      rel("Argentina", "2023-11-21", "message", False, "Milei")),
    P("en-xi-condolence-boric-fires-2024",
      "Xi Jinping Sends Message of Condolences to Chilean President Gabriel Boric over Forest Fires",
      "On February 5, 2024, President Xi Jinping sent a message of condolences to Chilean President "
      "Gabriel Boric over the forest fires in the region of Valparaíso, which have caused heavy casualties. "
      "On behalf of the Chinese government and people, Xi Jinping mourned the victims.",
      "2024-02-05", url(MFA_EN, "2024-02-05", 11),
      rel("Chile", "2024-02-05", "message", True, "Boric")),
    P("en-xi-amlo-50-years-2022",
      "Xi Jinping and Mexican President Andrés Manuel López Obrador Exchange Congratulatory Messages on "
      "the 50th Anniversary of the Establishment of Diplomatic Relations",
      "On February 14, 2022, President Xi Jinping and Mexican President Andrés Manuel López Obrador "
      "exchanged congratulatory messages to celebrate the 50th anniversary of the establishment of "
      "diplomatic relations between the two countries.",
      "2022-02-14", url(MFA_EN, "2022-02-14", 12),
      rel("Mexico", "2022-02-14", "message", True, "López Obrador")),
    P("en-castro-state-visit-announcement-2023",
      "Foreign Ministry Spokesperson Announces President Xiomara Castro of Honduras to Pay a State Visit "
      "to China",
      "Foreign Ministry Spokesperson Wang Wenbin announced: At the invitation of President Xi Jinping, "
      "President of the Republic of Honduras Iris Xiomara Castro Sarmiento will pay a state visit to "
      "China from June 9 to 14.",
      "2023-06-07", url(MFA_EN, "2023-06-07", 13),
      rel("Honduras", "2023-06-09", "state_visit", True, "Castro")),
    P("en-han-zheng-valdes-mesa-2023",
      "Vice President Han Zheng Meets with Cuban Vice President Salvador Valdés Mesa",
      "On the afternoon of November 3, 2023, Vice President Han Zheng met with Cuban Vice President "
      "Salvador Valdés Mesa at the Great Hall of the People. Han Zheng said China firmly supports Cuba in "
      "upholding its sovereignty.",
      "2023-11-03", url(MFA_EN, "2023-11-03", 14),
      rel("Cuba", "2023-11-03", "meeting", False, "Valdés Mesa")),
    P("en-zhao-leji-jorge-rodriguez-2024",
      "Zhao Leji Meets with President of the National Assembly of Venezuela Jorge Rodríguez",
      "Beijing, April 22 -- Zhao Leji, Chairman of the NPC Standing Committee, met here today with Jorge "
      "Rodríguez, President of the National Assembly of Venezuela. Zhao Leji said the NPC is willing to "
      "strengthen exchanges with the National Assembly of Venezuela.",
      "2024-04-22", url(MFA_EN, "2024-04-22", 15),
      rel("Venezuela", "2024-04-22", "meeting", False, "Rodríguez")),
    P("en-envoy-wang-dongming-lula-inauguration-2023",
      "President Xi Jinping's Special Envoy Wang Dongming Attends the Inauguration of Brazilian President "
      "Luiz Inácio Lula da Silva",
      "On January 1, 2023 local time, President Xi Jinping's Special Envoy and Vice Chairman of the NPC "
      "Standing Committee Wang Dongming attended the inauguration ceremony of Brazilian President Luiz "
      "Inácio Lula da Silva in Brasília.",
      "2023-01-02", url(MFA_EN, "2023-01-02", 16),
      rel("Brazil", "2023-01-01", "other", False, "Lula")),
    P("en-wangyi-cafiero-phone-2022",
      "Wang Yi Speaks with Argentine Foreign Minister Santiago Cafiero on the Phone",
      "On March 3, 2022, State Councilor and Foreign Minister Wang Yi spoke with Argentine Foreign Minister "
      "Santiago Cafiero on the phone. Wang Yi welcomed Argentina's joining of the Belt and Road "
      "Initiative.",
      "2022-03-04", url(MFA_EN, "2022-03-04", 17),
      rel("Argentina", "2022-03-03", "phone_call", False, "Cafiero")),
    P("en-wangyi-sarabia-celac-2025",
      "Wang Yi Meets with Colombian Foreign Minister Laura Sarabia",
      "On May 12, 2025, Foreign Minister Wang Yi met in Beijing with Colombian Foreign Minister Laura "
      "Sarabia, who is in China for the Fourth Ministerial Meeting of the China-CELAC Forum. Wang Yi said "
      "China appreciates Colombia's role as the rotating presidency of CELAC.",
      "2025-05-12", url(MFA_EN, "2025-05-12", 18),
      rel("Colombia", "2025-05-12", "meeting_on_sidelines", False, "Sarabia")),
    P("en-wangyi-vieira-unga-2023",
      "Wang Yi Meets with Brazilian Foreign Minister Mauro Vieira",
      "On September 22, 2023 local time, Wang Yi met with Brazilian Foreign Minister Mauro Vieira in New "
      "York on the sidelines of the 78th session of the United Nations General Assembly.",
      "2023-09-23", url(MFA_EN, "2023-09-23", 19),
      rel("Brazil", "2023-09-22", "meeting_on_sidelines", False, "Vieira")),
    P("en-xi-temer-brics-2017",
      "Xi Jinping Meets with Brazilian President Michel Temer",
      "On September 3, 2017, President Xi Jinping met in Xiamen with President Michel Temer of Brazil, who "
      "is in China to attend the Ninth BRICS Summit. Xi Jinping said China is willing to align its "
      "development strategies with Brazil.",
      "2017-09-03", url(MFA_EN, "2017-09-03", 20),
      rel("Brazil", "2017-09-03", "meeting_on_sidelines", True, "Temer")),
    P("en-xi-boluarte-talks-2024",
      "Xi Jinping Holds Talks with Peruvian President Dina Boluarte",
      "On November 14, 2024 local time, President Xi Jinping held talks with President Dina Boluarte at "
      "the Government Palace in Lima. The two heads of state agreed to deepen the China-Peru comprehensive "
      "strategic partnership and jointly attended, via video link, the opening ceremony of the Port of "
      "Chancay.",
      "2024-11-15", url(MFA_EN, "2024-11-15", 21),
      rel("Peru", "2024-11-14", "talks", True, "Boluarte")),
    P("en-li-keqiang-rousseff-2015",
      "Li Keqiang Holds Talks with Brazilian President Dilma Rousseff",
      "Brasília, May 19, 2015 -- Premier Li Keqiang held talks with President Dilma Rousseff at the "
      "Planalto Palace today. The two leaders agreed to lift the China-Brazil comprehensive strategic "
      "partnership to a higher level and witnessed the signing of 35 cooperation documents.",
      "2015-05-20", url(MFA_EN, "2015-05-20", 22),
      rel("Brazil", "2015-05-19", "talks", True, "Rousseff")),
    P("en-xi-cfk-upgrade-2014",
      "Xi Jinping Holds Talks with President Cristina Fernández de Kirchner of Argentina",
      "On July 18, 2014 local time, President Xi Jinping held talks with President Cristina Fernández de "
      "Kirchner at the Casa Rosada in Buenos Aires. The two heads of state announced the elevation of "
      "China-Argentina relations to a comprehensive strategic partnership.",
      "2014-07-19", url(MFA_EN, "2014-07-19", 23),
      rel("Argentina", "2014-07-18", "talks", True, "Kirchner", "upgrade", CSP)),
    P("en-xi-pena-nieto-upgrade-2013",
      "Xi Jinping Holds Talks with Mexican President Enrique Peña Nieto",
      "On June 4, 2013 local time, President Xi Jinping held talks with President Enrique Peña Nieto in "
      "Mexico City. The two heads of state decided to upgrade the China-Mexico relationship to a "
      "comprehensive strategic partnership.",
      "2013-06-05", url(MFA_EN, "2013-06-05", 24),
      rel("Mexico", "2013-06-04", "talks", True, "Peña Nieto", "upgrade", CSP)),
    P("en-xi-solis-establish-2015",
      "Xi Jinping Holds Talks with President Luis Guillermo Solís of Costa Rica",
      "On January 6, 2015, President Xi Jinping held talks with President Luis Guillermo Solís of Costa "
      "Rica, who is on a state visit to China. The two heads of state agreed to establish a strategic "
      "partnership between China and Costa Rica.",
      "2015-01-06", url(MFA_EN, "2015-01-06", 25),
      rel("Costa Rica", "2015-01-06", "talks", True, "Solís", "establish", SP)),
    P("en-xi-morales-establish-2018",
      "Xi Jinping Holds Talks with President Evo Morales of Bolivia",
      "On June 19, 2018, President Xi Jinping held talks with President Evo Morales of Bolivia, who is on a "
      "state visit to China. The two heads of state announced the establishment of a strategic partnership "
      "between China and Bolivia.",
      "2018-06-19", url(MFA_EN, "2018-06-19", 26),
      rel("Bolivia", "2018-06-19", "talks", True, "Morales", "establish", SP)),
    P("en-xi-bouterse-establish-2019",
      "Xi Jinping Holds Talks with President Desiré Delano Bouterse of Suriname",
      "On November 27, 2019, President Xi Jinping held talks with President Desiré Delano Bouterse of "
      "Suriname, who is on a state visit to China. The two heads of state decided to establish a strategic "
      "cooperative partnership between China and Suriname.",
      "2019-11-27", url(MFA_EN, "2019-11-27", 27),
      rel("Suriname", "2019-11-27", "talks", True, "Bouterse", "establish", "strategic cooperative partnership")),
    P("en-xi-correa-upgrade-2016",
      "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
      "On November 17, 2016 local time, President Xi Jinping held talks with President Rafael Correa in "
      "Quito. The two heads of state agreed to elevate China-Ecuador relations to a comprehensive strategic "
      "partnership.",
      "2016-11-18", url(MFA_EN, "2016-11-18", 28),
      rel("Ecuador", "2016-11-17", "talks", True, "Correa", "upgrade", CSP)),
    P("en-wangyi-moncada-nicaragua-2023",
      "Wang Yi Holds Talks with Nicaraguan Foreign Minister Denis Moncada",
      "On August 30, 2023, Wang Yi held talks in Beijing with Nicaraguan Foreign Minister Denis Moncada. "
      "The two sides agreed to elevate China-Nicaragua relations to a strategic partnership.",
      "2023-08-30", url(MFA_EN, "2023-08-30", 29),
      rel("Nicaragua", "2023-08-30", "talks", False, "Moncada", "establish", SP)),
    P("en-honduras-diplomatic-communique-2023",
      "Joint Communiqué between the People's Republic of China and the Republic of Honduras on the "
      "Establishment of Diplomatic Relations",
      "The People's Republic of China and the Republic of Honduras, in accordance with the interests and "
      "wishes of the two peoples, have decided to recognize each other and establish diplomatic relations "
      "at the ambassadorial level effective from the date of signature of this communiqué.\n"
      "Signed in Beijing on March 26, 2023.\nQin Gang, Minister of Foreign Affairs of the People's Republic "
      "of China\nEduardo Enrique Reina, Minister of Foreign Affairs of the Republic of Honduras",
      "2023-03-26", url(MFA_EN, "2023-03-26", 30),
      rel("Honduras", "2023-03-26", "joint_statement", False, "Reina")),
    P("en-xi-diaz-canel-60-years-2020",
      "Xi Jinping Exchanges Congratulatory Messages with Cuban President Miguel Díaz-Canel on the 60th "
      "Anniversary of Diplomatic Ties",
      "On September 28, 2020, President Xi Jinping and Cuban President Miguel Díaz-Canel Bermúdez exchanged "
      "congratulatory messages on the 60th anniversary of the establishment of diplomatic relations "
      "between China and Cuba.",
      "2020-09-28", url(MFA_EN, "2020-09-28", 31),
      rel("Cuba", "2020-09-28", "message", True, "Díaz-Canel")),
    P("en-wangyi-brazil-jamaica-trip-2024",
      "Foreign Ministry Spokesperson Announces Wang Yi's Visits to Brazil and Jamaica",
      "Foreign Ministry Spokesperson Mao Ning announced: At the invitation of Brazilian Foreign Minister "
      "Mauro Vieira and Jamaican Foreign Minister Kamina Johnson Smith, Foreign Minister Wang Yi will visit "
      "Brazil and Jamaica from January 18 to 21.",
      "2024-01-12", url(MFA_EN, "2024-01-12", 32),
      rel("multilateral", "2024-01-18", "official_visit", False)),
    P("en-li-keqiang-mottley-2019",
      "Li Keqiang Holds Talks with Prime Minister Mia Amor Mottley of Barbados",
      "On the afternoon of October 29, 2019, Premier Li Keqiang held talks in Beijing with Prime Minister "
      "Mia Amor Mottley of Barbados, who is paying an official visit to China.",
      "2019-10-29", url(MFA_EN, "2019-10-29", 33),
      rel("Barbados", "2019-10-29", "talks", True, "Mottley")),
    P("en-li-qiang-browne-2024",
      "Li Qiang Meets with Prime Minister of Antigua and Barbuda Gaston Browne",
      "On the morning of June 26, 2024, Premier Li Qiang met with Prime Minister of Antigua and Barbuda "
      "Gaston Browne, who is in China for the Summer Davos in Dalian.",
      "2024-06-26", url(MFA_EN, "2024-06-26", 34),
      rel("Antigua and Barbuda", "2024-06-26", "meeting", True, "Browne")),
    P("en-ding-xuexiang-chile-2023",
      "Vice Premier Ding Xuexiang Meets with Chilean Foreign Minister Alberto van Klaveren",
      "On the afternoon of June 20, 2023, Vice Premier Ding Xuexiang met with Chilean Foreign Minister "
      "Alberto van Klaveren at Zhongnanhai in Beijing.",
      "2023-06-20", url(MFA_EN, "2023-06-20", 35),
      rel("Chile", "2023-06-20", "meeting", False, "Klaveren")),
    P("en-wangyi-rodriguez-video-2021",
      "Wang Yi Holds Video Call with Cuban Foreign Minister Bruno Rodríguez",
      "On September 16, 2021, State Councilor and Foreign Minister Wang Yi held a video call with Cuban "
      "Foreign Minister Bruno Rodríguez Parrilla. Wang Yi said China opposes the blockade against Cuba.",
      "2021-09-17", url(MFA_EN, "2021-09-17", 36),
      rel("Cuba", "2021-09-16", "video_call", False, "Rodríguez")),
    P("en-xi-signed-article-peru-2024",
      "Xi Jinping Publishes a Signed Article in Peruvian Media",
      "On November 13, 2024, ahead of his state visit to Peru and the APEC Economic Leaders' Meeting, "
      "President Xi Jinping published a signed article titled \"Sailing Together Toward a Brighter Future\" "
      "in the Peruvian newspaper El Peruano.",
      "2024-11-13", url(MFA_EN, "2024-11-13", 37),
      rel("Peru", "2024-11-13", "message", False)),
    P("en-xi-condolence-amlo-otis-2023",
      "Xi Jinping Sends Message of Condolences to Mexican President Andrés Manuel López Obrador over "
      "Hurricane Otis",
      "On October 27, 2023, President Xi Jinping sent a message of condolences to Mexican President Andrés "
      "Manuel López Obrador over the heavy losses caused by Hurricane Otis in the state of Guerrero.",
      "2023-10-27", url(MFA_EN, "2023-10-27", 38),
      rel("Mexico", "2023-10-27", "message", True, "López Obrador")),
    P("en-xi-skerrit-talks-2023",
      "Xi Jinping Holds Talks with Prime Minister of Dominica Roosevelt Skerrit",
      "On the afternoon of June 16, 2023, President Xi Jinping held talks at the Great Hall of the People "
      "with Prime Minister Roosevelt Skerrit of Dominica, who is on an official visit to China.",
      "2023-06-16", url(MFA_EN2, "2023-06-16", 39),
      rel("Dominica", "2023-06-16", "talks", True, "Skerrit")),
    P("en-hu-jintao-chavez-2009",
      "Hu Jintao Holds Talks with Venezuelan President Hugo Chávez",
      "On September 10, 2009, President Hu Jintao held talks with President Hugo Chávez of Venezuela, who "
      "is on a state visit to China, at the Great Hall of the People. The two presidents agreed to deepen "
      "the strategic partnership for common development.",
      "2009-09-10", url(MFA_EN, "2009-09-10", 40),
      rel("Venezuela", "2009-09-10", "talks", True, "Chávez")),
    P("en-wen-jiabao-chile-2012",
      "Wen Jiabao Holds Talks with Chilean President Sebastián Piñera",
      "On June 26, 2012 local time, Premier Wen Jiabao held talks with President Sebastián Piñera in "
      "Santiago. The two leaders agreed to elevate China-Chile relations to a strategic partnership.",
      "2012-06-27", url(MFA_EN, "2012-06-27", 41),
      rel("Chile", "2012-06-26", "talks", True, "Piñera", "upgrade", SP)),
    P("en-xi-lula-state-visit-arrival-2024",
      "Xi Jinping Arrives in Brasília for State Visit to Brazil",
      "On November 19, 2024 local time, President Xi Jinping arrived in Brasília by special plane for a "
      "state visit to Brazil at the invitation of President Luiz Inácio Lula da Silva. Xi Jinping said he "
      "looks forward to an in-depth exchange of views with President Lula.",
      "2024-11-20", url(MFA_EN, "2024-11-20", 42),
      rel("Brazil", "2024-11-19", "state_visit", True),
      head_of_state_level="an arrival page: the host's reception is only announced, not reported"),
    P("en-xi-celac-summit-message-2021",
      "Xi Jinping Delivers Video Address to the Sixth CELAC Summit",
      "On September 18, 2021, President Xi Jinping delivered a video address to the Sixth Summit of the "
      "Community of Latin American and Caribbean States in Mexico City.",
      "2021-09-18", url(MFA_EN, "2021-09-18", 43),
      rel("multilateral", "2021-09-18", "other", False)),
    # ---- English: not relevant ----
    P("en-no-spokesperson-press-conference",
      "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 27, 2023",
      "CCTV: Honduras and China established diplomatic relations yesterday. What is your comment?\n"
      "Wang Wenbin: We welcome Honduras' joining the big family of countries that have diplomatic "
      "relations with China.\nAFP: A question on the situation in Ukraine...",
      "2023-03-27", url(MFA_EN, "2023-03-27", 44), NO),
    P("en-no-ruto-kenya",
      "Xi Jinping Holds Talks with Kenyan President William Ruto",
      "On the afternoon of October 17, 2023, President Xi Jinping held talks with Kenyan President William "
      "Ruto at the Great Hall of the People. The two heads of state agreed to deepen the China-Kenya "
      "comprehensive strategic cooperative partnership.",
      "2023-10-17", url(MFA_EN, "2023-10-17", 45), NO),
    P("en-no-li-qiang-inspects-hebei",
      "Li Qiang Inspects Hebei Province",
      "From May 8 to 9, 2024, Premier Li Qiang inspected Hebei Province, visiting factories and "
      "high-tech zones in Shijiazhuang.",
      "2024-05-10", url(MFA_EN, "2024-05-10", 46), NO),
    P("en-no-sanchez-spain",
      "Xi Jinping Meets with Spanish Prime Minister Pedro Sánchez",
      "On the afternoon of September 9, 2024, President Xi Jinping met with Spanish Prime Minister Pedro "
      "Sánchez at the Diaoyutai State Guesthouse. Xi Jinping said Spain can be a bridge between China and "
      "Latin America.",
      "2024-09-09", url(MFA_EN, "2024-09-09", 47), NO),
    P("en-no-wangyi-france-phone",
      "Wang Yi Speaks with French Foreign Minister Jean-Yves Le Drian on the Phone",
      "On April 2, 2020, Wang Yi spoke with French Foreign Minister Jean-Yves Le Drian on the phone.",
      "2020-04-02", url(MFA_EN, "2020-04-02", 48), NO),
    P("en-no-ambassador-embassy",
      "Ambassador Zhu Qingqiao Meets with President of the Brazilian Senate",
      "On March 15, 2023, Ambassador Zhu Qingqiao met with Rodrigo Pacheco, President of the Federal "
      "Senate of Brazil, in Brasília. The two sides discussed President Lula's upcoming visit to China.",
      "2023-03-16", url(EMB_EN, "2023-03-16", 49), NO),
    # ======================= English: agency and newspaper copies =======================
    P("en-xh-xi-sheinbaum-phone-2025",
      "Xi holds phone talks with Mexican president",
      " date 2025-03-06\nHome | China | World | Business\nBEIJING, March 6 (Xinhua) -- Chinese President Xi "
      "Jinping held phone talks with Mexican President Claudia Sheinbaum on Thursday. Xi said China and "
      "Mexico are both major developing countries.\nEditor: Liu",
      "2025-03-06", url(XH_EN, "2025-03-06", 50),
      rel("Mexico", "2025-03-06", "phone_call", True, "Sheinbaum")),
    P("en-xh-lacalle-arrives-2023",
      "Uruguayan president arrives in Beijing for state visit",
      " date 2023-11-21\nBEIJING, Nov. 21 (Xinhua) -- Uruguayan President Luis Lacalle Pou arrived in "
      "Beijing on Monday evening for a state visit to China at the invitation of Chinese President Xi "
      "Jinping, who will hold talks with him on Wednesday.\nEditor: Wang",
      "2023-11-21", url(XH_EN, "2023-11-21", 51),
      rel("Uruguay", "2023-11-20", "state_visit", True)),
    P("en-xh-xi-lula-brasilia-2024",
      "Xi, Lula hold talks in Brasilia, elevate ties",
      " date 2024-11-21\nBRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held talks with "
      "Brazilian President Luiz Inacio Lula da Silva here on Wednesday. The two heads of state agreed to "
      "further strengthen the China-Brazil comprehensive strategic partnership.\nEditor: Zhang",
      "2024-11-21", url(XH_EN, "2024-11-21", 52),
      rel("Brazil", "2024-11-20", "talks", True, "Lula")),
    P("en-pd-wang-yi-meets-peru-fm-2022",
      "Wang Yi meets Peruvian foreign minister",
      " date 2022-07-28\nPeople's Daily Online\nChinese State Councilor and Foreign Minister Wang Yi met "
      "with Peruvian Foreign Minister Miguel Rodríguez Mackay via video on Wednesday, July 27.\n(Web "
      "editor: Chen)",
      "2022-07-28", url(PD_EN, "2022-07-28", 53),
      rel("Peru", "2022-07-27", "video_call", False, "Rodríguez Mackay")),
    P("en-xh-zhao-leji-argentina-vp-2024",
      "China's top legislator meets Argentine Senate president",
      " date 2024-10-30\nBEIJING, Oct. 30 (Xinhua) -- Zhao Leji, chairman of the National People's "
      "Congress Standing Committee, met with Victoria Villarruel, vice president of Argentina and "
      "president of the Argentine Senate, in Beijing on Wednesday.\nEditor: Li",
      "2024-10-30", url(XH_EN, "2024-10-30", 54),
      rel("Argentina", "2024-10-30", "meeting", False, "Villarruel")),
    P("en-xh-no-bolivia-domestic",
      "Bolivia's Arce launches lithium plant",
      " date 2023-12-15\nLA PAZ, Dec. 14 (Xinhua) -- Bolivian President Luis Arce on Thursday inaugurated "
      "a lithium carbonate plant in Potosí built with support from a Chinese consortium.\nEditor: Wu",
      "2023-12-15", url(XH_EN, "2023-12-15", 55), NO),
    P("en-xh-no-embassy-reception",
      "Chinese embassy in Buenos Aires holds reception for National Day",
      " date 2019-09-26\nBUENOS AIRES, Sept. 25 (Xinhua) -- Chinese Ambassador Zou Xiaoli hosted a reception "
      "on Wednesday to celebrate the 70th anniversary of the founding of the People's Republic of China.",
      "2019-09-26", url(XH_EN, "2019-09-26", 56), NO),
]

ZH_PROBES: list[Probe] = [
    P("zh-xi-lula-talks-2023", "习近平同巴西总统卢拉举行会谈",
      "2023年4月14日下午，习近平主席在人民大会堂同正在中国国事访问的巴西总统卢拉举行会谈。习近平指出，"
      "中巴同为发展中大国和重要新兴市场国家。卢拉表示，巴方愿同中方加强各领域合作。",
      "2023-04-14", url(MFA_ZH, "2023-04-14", 101),
      rel("Brazil", "2023-04-14", "talks", True, "卢拉|Lula"), "zh"),
    P("zh-xi-petro-establish-2023", "习近平同哥伦比亚总统佩特罗举行会谈 两国元首宣布建立中哥战略伙伴关系",
      "2023年10月25日上午，国家主席习近平在人民大会堂同来华进行国事访问的哥伦比亚总统佩特罗举行会谈。两国元首共同宣布，"
      "建立中哥战略伙伴关系。",
      "2023-10-25", url(MFA_ZH, "2023-10-25", 102),
      rel("Colombia", "2023-10-25", "talks", True, "佩特罗|Petro", "establish", SP), "zh"),
    P("zh-xi-maduro-upgrade-2023", "习近平同委内瑞拉总统马杜罗举行会谈 两国元首宣布将中委关系提升为全天候战略伙伴关系",
      "2023年9月13日下午，习近平主席在人民大会堂同正在中国国事访问的委内瑞拉总统马杜罗举行会谈。两国元首宣布，"
      "将中委关系提升为全天候战略伙伴关系。",
      "2023-09-13", url(MFA_ZH, "2023-09-13", 103),
      rel("Venezuela", "2023-09-13", "talks", True, "马杜罗|Maduro", "upgrade", "all-weather strategic partnership"), "zh"),
    P("zh-xi-lacalle-upgrade-2023", "习近平同乌拉圭总统拉卡列举行会谈",
      "2023年11月22日上午，国家主席习近平在人民大会堂同来华进行国事访问的乌拉圭总统拉卡列举行会谈。两国元首宣布，"
      "将中乌关系提升为全面战略伙伴关系。",
      "2023-11-22", url(MFA_ZH, "2023-11-22", 104),
      rel("Uruguay", "2023-11-22", "talks", True, "拉卡列|Lacalle", "upgrade", CSP), "zh"),
    P("zh-wangyi-meets-vieira-2023", "王毅会见巴西外长维埃拉",
      "2023年2月17日，中共中央政治局委员、中央外办主任王毅在慕尼黑安全会议期间会见巴西外长维埃拉。王毅表示，"
      "中方期待同巴方新政府加强交往。",
      "2023-02-18", url(MFA_ZH, "2023-02-18", 105),
      rel("Brazil", "2023-02-17", "meeting_on_sidelines", False, "维埃拉|Vieira"), "zh",
      event_type="the Munich Security Conference: a multilateral conference, though not one the codebook lists"),
    P("zh-li-qiang-boric-2023", "李强会见智利总统博里奇",
      "2023年10月17日下午，国务院总理李强在北京会见来华出席第三届“一带一路”国际合作高峰论坛的智利总统博里奇。",
      "2023-10-17", url(MFA_ZH, "2023-10-17", 106),
      rel("Chile", "2023-10-17", "meeting_on_sidelines", True, "博里奇|Boric"), "zh"),
    P("zh-xi-arce-phone-2021", "习近平同玻利维亚总统阿尔塞通电话",
      "2021年5月12日晚，国家主席习近平同玻利维亚总统阿尔塞通电话。习近平指出，中玻建交40年来，两国关系经受住了"
      "国际风云变幻考验。",
      "2021-05-12", url(MFA_ZH, "2021-05-12", 107),
      rel("Bolivia", "2021-05-12", "phone_call", True, "阿尔塞|Arce"), "zh"),
    P("zh-xi-congratulates-sheinbaum-2024", "习近平致电祝贺辛鲍姆当选墨西哥总统",
      "2024年6月5日，国家主席习近平致电辛鲍姆，祝贺她当选墨西哥合众国总统。习近平指出，中墨同为发展中大国。",
      "2024-06-05", url(MFA_ZH, "2024-06-05", 108),
      rel("Mexico", "2024-06-05", "message", False, "辛鲍姆|Sheinbaum"), "zh"),
    P("zh-xi-condolence-haiti-2010", "胡锦涛就海地发生强烈地震向海地总统普雷瓦尔致慰问电",
      "2010年1月13日，国家主席胡锦涛就海地发生强烈地震向海地总统普雷瓦尔致慰问电，代表中国政府和人民对遇难者表示哀悼。",
      "2010-01-13", url(MFA_ZH_OLD, "2010-01-13", 650101),
      rel("Haiti", "2010-01-13", "message", True, "普雷瓦尔|Préval"), "zh"),
    P("zh-xi-condolence-ecuador-quake-2016", "习近平就厄瓜多尔发生强烈地震向厄总统科雷亚致慰问电",
      "2016年4月17日，国家主席习近平就厄瓜多尔发生强烈地震向厄瓜多尔总统科雷亚致慰问电。习近平表示，中方愿提供帮助。",
      "2016-04-17", url(MFA_ZH, "2016-04-17", 110),
      rel("Ecuador", "2016-04-17", "message", True, "科雷亚|Correa"), "zh"),
    P("zh-xi-national-day-cuba-2019", "习近平致电祝贺古巴当选国家主席迪亚斯-卡内尔",
      "2019年10月11日，国家主席习近平致电迪亚斯-卡内尔，祝贺他当选古巴共和国主席。",
      "2019-10-11", url(MFA_ZH, "2019-10-11", 111),
      rel("Cuba", "2019-10-11", "message", True, "迪亚斯-卡内尔|Díaz-Canel"), "zh",
      head_of_state_level="elected by the assembly and in office the same day: elected, not 'elect'"),
    P("zh-spokesperson-announces-petro-2023", "外交部发言人宣布哥伦比亚总统佩特罗将对中国进行国事访问",
      "外交部发言人华春莹宣布：应国家主席习近平邀请，哥伦比亚共和国总统古斯塔沃·佩特罗将于10月24日至26日对中国进行国事访问。",
      "2023-10-20", url(MFA_ZH, "2023-10-20", 112),
      rel("Colombia", "2023-10-24", "state_visit", True, "佩特罗|Petro"), "zh"),
    P("zh-han-zheng-meets-guyana-vp-2024", "韩正会见圭亚那副总统贾格迪奥",
      "2024年4月9日，国家副主席韩正在北京会见圭亚那副总统贾格迪奥。韩正表示，中方愿同圭方深化务实合作。",
      "2024-04-09", url(MFA_ZH, "2024-04-09", 113),
      rel("Guyana", "2024-04-09", "meeting", False, "贾格迪奥|Jagdeo"), "zh"),
    P("zh-zhao-leji-meets-cuba-lazo-2023", "赵乐际会见古巴全国人大主席拉索",
      "2023年12月5日下午，全国人大常委会委员长赵乐际在北京人民大会堂会见古巴全国人民政权代表大会主席拉索。",
      "2023-12-05", url(MFA_ZH, "2023-12-05", 114),
      rel("Cuba", "2023-12-05", "meeting", False, "拉索|Lazo"), "zh"),
    P("zh-envoy-milei-inauguration-2023", "习近平主席特使出席阿根廷总统米莱就职仪式",
      "当地时间2023年12月10日，习近平主席特使、全国政协副主席穆虹在布宜诺斯艾利斯出席阿根廷总统米莱就职仪式。",
      "2023-12-11", url(MFA_ZH, "2023-12-11", 115),
      rel("Argentina", "2023-12-10", "other", False, "米莱|Milei"), "zh"),
    P("zh-wangyi-phone-colombia-2023", "王毅同哥伦比亚外长莱瓦通电话",
      "2023年3月2日，中共中央政治局委员、中央外办主任王毅应约同哥伦比亚外长莱瓦通电话。",
      "2023-03-03", url(MFA_ZH, "2023-03-03", 116),
      rel("Colombia", "2023-03-02", "phone_call", False, "莱瓦|Leyva"), "zh"),
    P("zh-wangyi-celac-sidelines-2025", "王毅会见乌拉圭外长拉米雷斯",
      "2025年5月13日，外交部长王毅在北京出席中国－拉共体论坛第四届部长级会议期间会见乌拉圭外长拉米雷斯。",
      "2025-05-13", url(MFA_ZH, "2025-05-13", 117),
      rel("Uruguay", "2025-05-13", "meeting_on_sidelines", False, "拉米雷斯|Ramírez"), "zh"),
    P("zh-xi-lula-brics-johannesburg-2023", "习近平会见巴西总统卢拉",
      "当地时间2023年8月22日，国家主席习近平在约翰内斯堡出席金砖国家领导人第十五次会晤期间会见巴西总统卢拉。",
      "2023-08-23", url(MFA_ZH, "2023-08-23", 118),
      rel("Brazil", "2023-08-22", "meeting_on_sidelines", True, "卢拉|Lula"), "zh"),
    P("zh-xi-humala-upgrade-2013", "习近平同秘鲁总统乌马拉举行会谈",
      "2013年4月6日，国家主席习近平在海南三亚同来华进行国事访问并出席博鳌亚洲论坛年会的秘鲁总统乌马拉举行会谈。两国元首"
      "一致同意，将中秘关系提升为全面战略伙伴关系。",
      "2013-04-06", url(MFA_ZH, "2013-04-06", 119),
      rel("Peru", "2013-04-06", "talks", True, "乌马拉|Humala", "upgrade", CSP), "zh"),
    P("zh-wen-jiabao-dilma-upgrade-2012", "温家宝同巴西总统罗塞夫举行会谈",
      "当地时间2012年6月21日，国务院总理温家宝在里约热内卢同巴西总统罗塞夫举行会谈。双方宣布将中巴关系提升为全面战略"
      "伙伴关系。",
      "2012-06-22", url(MFA_ZH, "2012-06-22", 120),
      rel("Brazil", "2012-06-21", "talks", True, "罗塞夫|Rousseff", "upgrade", CSP), "zh"),
    P("zh-xi-bachelet-upgrade-2016", "习近平同智利总统巴切莱特举行会谈",
      "当地时间2016年11月22日，国家主席习近平在圣地亚哥同智利总统巴切莱特举行会谈。两国元首宣布将中智关系提升为全面"
      "战略伙伴关系。",
      "2016-11-23", url(MFA_ZH, "2016-11-23", 121),
      rel("Chile", "2016-11-22", "talks", True, "巴切莱特|Bachelet", "upgrade", CSP), "zh"),
    P("zh-xi-holness-upgrade-2019", "李克强同牙买加总理霍尔尼斯举行会谈",
      "2019年4月1日，国务院总理李克强在人民大会堂同来华进行正式访问的牙买加总理霍尔尼斯举行会谈。"
      "双方宣布建立中牙战略伙伴关系。",
      "2019-04-01", url(MFA_ZH, "2019-04-01", 122),
      rel("Jamaica", "2019-04-01", "talks", True, "霍尔尼斯|Holness", "upgrade", SP), "zh"),
    P("zh-honduras-establish-ties-2023", "中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报",
      "中华人民共和国和洪都拉斯共和国从两国人民的利益出发，决定自本公报签署之日起互相承认，建立大使级外交关系。"
      "本公报于2023年3月26日在北京签署。",
      "2023-03-26", url(MFA_ZH, "2023-03-26", 123),
      rel("Honduras", "2023-03-26", "joint_statement", False), "zh"),
    P("zh-joint-statement-colombia-2023", "中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明",
      "一、应中华人民共和国主席习近平邀请，哥伦比亚共和国总统古斯塔沃·佩特罗于2023年10月24日至26日对中国进行国事访问。"
      "二、双方决定建立中哥战略伙伴关系。三、双方将加强治国理政经验交流。",
      "2023-10-26", url(MFA_ZH, "2023-10-26", 124),
      rel("Colombia", "2023-10-24", "joint_statement", True, "佩特罗|Petro", "establish", SP), "zh",
      event_date="a joint statement's day: the visit's first day or the statement's own"),
    P("zh-wangyi-trip-several-2024", "王毅将访问巴西和牙买加",
      "外交部发言人毛宁宣布：应巴西外长维埃拉、牙买加外长约翰逊·史密斯邀请，中共中央政治局委员、外交部长王毅将于1月18日至"
      "21日访问巴西和牙买加。",
      "2024-01-12", url(MFA_ZH, "2024-01-12", 125),
      rel("multilateral", "2024-01-18", "official_visit", False), "zh"),
    P("zh-li-qiang-meets-gonsalves-2024", "李强会见圣文森特和格林纳丁斯总理冈萨维斯",
      "2024年9月10日上午，国务院总理李强在人民大会堂会见来华访问的圣文森特和格林纳丁斯总理冈萨维斯。",
      "2024-09-10", url(MFA_ZH, "2024-09-10", 126),
      rel("Saint Vincent and the Grenadines", "2024-09-10", "meeting", True, "冈萨维斯|Gonsalves"), "zh"),
    P("zh-xi-signed-article-brazil-2024", "习近平在巴西媒体发表署名文章",
      "2024年11月17日，在赴里约热内卢出席二十国集团领导人第十九次峰会并对巴西进行国事访问之际，国家主席习近平在巴西"
      "《圣保罗页报》发表题为《让中巴友好合作之船驶向更加美好的未来》的署名文章。",
      "2024-11-17", url(MFA_ZH, "2024-11-17", 127),
      rel("Brazil", "2024-11-17", "message", False), "zh"),
    P("zh-li-keqiang-video-cuba-2021", "李克强同古巴总理马雷罗举行视频会晤",
      "2021年11月24日晚，国务院总理李克强在北京同古巴总理马雷罗举行视频会晤。李克强表示，中方愿同古方加强抗疫合作。",
      "2021-11-24", url(MFA_ZH, "2021-11-24", 128),
      rel("Cuba", "2021-11-24", "video_call", True, "马雷罗|Marrero"), "zh"),
    P("zh-wangyi-video-mexico-2020", "王毅同墨西哥外长埃布拉德举行视频通话",
      "2020年7月23日，国务委员兼外长王毅同墨西哥外长埃布拉德举行视频通话。",
      "2020-07-24", url(MFA_ZH, "2020-07-24", 129),
      rel("Mexico", "2020-07-23", "video_call", False, "埃布拉德|Ebrard"), "zh"),
    P("zh-xi-messages-panama-2017", "习近平同巴拿马总统巴雷拉互致贺电",
      "6月13日，国家主席习近平同巴拿马总统巴雷拉互致贺电，庆祝两国建立外交关系。习近平指出，中巴建交是顺应时代潮流的"
      "正确选择。",
      "2017-06-13", url(MFA_ZH, "2017-06-13", 130),
      rel("Panama", "2017-06-13", "message", True, "巴雷拉|Varela"), "zh"),
    P("zh-xi-meets-ortega-envoy-2023", "王毅会见尼加拉瓜总统特使",
      "2023年8月8日，中共中央政治局委员、外交部长王毅在北京会见尼加拉瓜总统奥尔特加特使、总统投资、"
      "贸易和国际合作顾问劳雷亚诺·奥尔特加。",
      "2023-08-08", url(MFA_ZH, "2023-08-08", 131),
      rel("Nicaragua", "2023-08-08", "meeting", False, "劳雷亚诺|Laureano"), "zh"),
    P("zh-vp-wang-qishan-inauguration-2019", "王岐山出席巴拿马总统科尔蒂索就职仪式",
      "当地时间2019年7月1日，国家主席习近平特使、国家副主席王岐山在巴拿马城出席巴拿马新任总统科尔蒂索就职仪式。",
      "2019-07-02", url(MFA_ZH, "2019-07-02", 132),
      rel("Panama", "2019-07-01", "other", False, "科尔蒂索|Cortizo"), "zh"),
    P("zh-xi-state-visit-costa-rica-2013", "习近平抵达圣何塞开始对哥斯达黎加进行国事访问",
      "当地时间6月2日晚，国家主席习近平乘专机抵达圣何塞，开始对哥斯达黎加进行国事访问。哥斯达黎加总统钦奇利亚在机场"
      "为习近平举行隆重欢迎仪式。",
      "2013-06-03", url(MFA_ZH, "2013-06-03", 133),
      rel("Costa Rica", "2013-06-02", "state_visit", True), "zh"),
    P("zh-xi-li-meets-lac-ministers-2015", "习近平会见出席中拉论坛首届部长级会议的拉共体“四驾马车”外长",
      "2015年1月8日，国家主席习近平在人民大会堂会见出席中国－拉共体论坛首届部长级会议的拉共体“四驾马车”外长，"
      "哥斯达黎加外长冈萨雷斯、厄瓜多尔外长帕蒂尼奥、古巴外长罗德里格斯和巴哈马外长米切尔。",
      "2015-01-08", url(MFA_ZH, "2015-01-08", 134),
      rel("multilateral", "2015-01-08", "meeting_on_sidelines", False), "zh"),
    P("zh-vice-fm-consultations-peru-2018", "外交部副部长秦刚会见秘鲁外交部副部长",
      "2018年9月20日，外交部副部长秦刚在北京会见秘鲁外交部副部长。双方就中秘关系交换意见。",
      "2018-09-20", url(MFA_ZH, "2018-09-20", 135),
      rel("Peru", "2018-09-20", "meeting", False), "zh"),
    # ---- Chinese: not relevant ----
    P("zh-no-spokesperson", "2024年3月5日外交部发言人毛宁主持例行记者会",
      "法新社记者：据报道，巴西总统卢拉将访华，中方能否证实？\n毛宁：关于你提到的访问，我目前没有可以提供的信息。"
      "\n彭博社记者：关于菲律宾……",
      "2024-03-05", url(MFA_ZH, "2024-03-05", 136), NO, "zh"),
    P("zh-no-xi-meets-macron", "习近平同法国总统马克龙举行会谈",
      "2023年4月6日下午，习近平主席在人民大会堂同正在中国国事访问的法国总统马克龙举行会谈。",
      "2023-04-06", url(MFA_ZH, "2023-04-06", 137), NO, "zh"),
    P("zh-no-domestic-flood", "李强赴河北检查防汛救灾工作",
      "8月3日，国务院总理李强赴河北涿州检查防汛救灾工作，看望慰问受灾群众。",
      "2023-08-03", url(MFA_ZH, "2023-08-03", 138), NO, "zh"),
    P("zh-no-wangyi-phone-egypt", "王毅同埃及外长舒凯里通电话",
      "2023年10月14日，王毅应约同埃及外长舒凯里通电话，就巴以局势交换意见。",
      "2023-10-14", url(MFA_ZH, "2023-10-14", 139), NO, "zh"),
    P("zh-no-ambassador-argentina", "驻阿根廷大使王卫会见阿根廷众议长",
      "2024年5月6日，驻阿根廷大使王卫会见阿根廷众议长梅南。双方就加强两国立法机构交往交换意见。",
      "2024-05-07", url(EMB_ZH, "2024-05-07", 140), NO, "zh"),
    P("zh-no-asean", "李强出席东亚合作领导人系列会议",
      "当地时间9月6日，国务院总理李强在雅加达出席第26次中国－东盟领导人会议。",
      "2023-09-07", url(MFA_ZH, "2023-09-07", 141), NO, "zh"),
    # ---- Chinese copies: Xinhua, People's Daily, Hong Kong (traditional) ----
    P("zh-xh-xi-lula-phone-2022", "习近平同巴西当选总统卢拉通电话",
      " date 2022-11-25\n新华网 首页 时政 国际\n新华社北京11月25日电 国家主席习近平25日同巴西当选总统卢拉通电话。习近平祝贺卢拉当选，"
      "指出中巴关系具有全局性、战略性和长远影响。\n【责任编辑：王】",
      "2022-11-25", url(XH_ZH, "2022-11-25", 142),
      rel("Brazil", "2022-11-25", "phone_call", False, "卢拉|Lula"), "zh"),
    P("zh-xh-xi-meets-boluarte-apec-2023", "习近平会见秘鲁总统博鲁阿尔特",
      " date 2023-11-17\n新华社旧金山11月16日电 国家主席习近平当地时间16日在旧金山出席亚太经合组织第三十次领导人非正式会议期间"
      "会见秘鲁总统博鲁阿尔特。\n【责任编辑：李】",
      "2023-11-17", url(XH_ZH, "2023-11-17", 143),
      rel("Peru", "2023-11-16", "meeting_on_sidelines", True, "博鲁阿尔特|Boluarte"), "zh"),
    P("zh-xh-zhao-leji-meets-mexico-2024", "赵乐际会见墨西哥参议长",
      " date 2024-06-18\n新华社北京6月18日电 全国人大常委会委员长赵乐际18日在人民大会堂会见墨西哥参议长。\n【纠错】",
      "2024-06-18", url(XH_ZH, "2024-06-18", 144),
      rel("Mexico", "2024-06-18", "meeting", False), "zh"),
    P("zh-pd-xi-fernandez-talks-2023", "习近平同阿根廷总统费尔南德斯会谈",
      " date 2023-10-19\n人民日报 第01版\n本报北京10月18日电 国家主席习近平18日在人民大会堂同来华出席第三届“一带一路”国际合作"
      "高峰论坛的阿根廷总统费尔南德斯举行会谈。\n《 人民日报 》（ 2023年10月19日　 第 01 版）",
      "2023-10-19", url(PD_ZH, "2023-10-19", 145),
      rel("Argentina", "2023-10-18", "talks", True, "费尔南德斯|Fernández"), "zh"),
    P("zh-pd-wang-huning-meets-cuba-2024", "王沪宁会见古巴客人",
      " date 2024-03-22\n人民日报 第03版\n本报北京3月21日电 全国政协主席王沪宁21日在人民大会堂会见古巴国务委员会副主席、"
      "全国人大副主席巴尔德斯。\n《 人民日报 》（ 2024年03月22日　 第 03 版）",
      "2024-03-22", url(PD_ZH, "2024-03-22", 146),
      rel("Cuba", "2024-03-21", "meeting", False), "zh"),
    P("zh-pd-xi-message-ecuador-noboa-2023", "习近平致电祝贺诺沃就任厄瓜多尔总统",
      " date 2023-11-24\n人民日报 第01版\n本报北京11月23日电 11月23日，国家主席习近平致电诺沃，祝贺他就任厄瓜多尔共和国总统。"
      "\n《 人民日报 》（ 2023年11月24日　 第 01 版）",
      "2023-11-24", url(PD_ZH, "2023-11-24", 147),
      rel("Ecuador", "2023-11-23", "message", True, "诺沃|Noboa"), "zh"),
    P("zh-hk-trad-xi-petro-2023", "習近平同哥倫比亞總統佩特羅舉行會談 宣布建立戰略夥伴關係",
      " date 2023-10-25\n文匯網 首頁 > 中國\n【文匯網訊】據新華社報道，國家主席習近平10月25日上午在人民大會堂同來華進行國事訪問的"
      "哥倫比亞總統佩特羅舉行會談。兩國元首共同宣布，建立中哥戰略夥伴關係。",
      "2023-10-25", url(HK_ZH, "2023-10-25", 148),
      rel("Colombia", "2023-10-25", "talks", True, "佩特羅|Petro", "establish", SP), "zh"),
    P("zh-hk-trad-xi-maduro-2023", "習近平會見委內瑞拉總統馬杜羅",
      " date 2023-09-14\n文匯網 首頁 > 中國\n國家主席習近平9月13日在北京同委內瑞拉總統馬杜羅舉行會談。兩國元首宣布將中委關係"
      "提升為全天候戰略夥伴關係。",
      "2023-09-14", url(HK_ZH, "2023-09-14", 149),
      rel("Venezuela", "2023-09-13", "talks", True, "馬杜羅|Maduro", "upgrade", "all-weather strategic partnership"), "zh"),
    P("zh-hk-trad-xi-lula-brics-2023", "習近平會見巴西總統盧拉",
      " date 2023-08-23\n文匯網\n當地時間22日，國家主席習近平在約翰內斯堡出席金磚國家領導人會晤期間會見巴西總統盧拉。",
      "2023-08-23", url(HK_ZH, "2023-08-23", 150),
      rel("Brazil", "2023-08-22", "meeting_on_sidelines", True, "盧拉|Lula"), "zh"),
    P("zh-hk-trad-condolence-chile-2024", "習近平就智利森林火災向博里奇致慰問電",
      " date 2024-02-06\n文匯網\n國家主席習近平2月5日就智利發生嚴重森林火災向智利總統博里奇致慰問電。",
      "2024-02-06", url(HK_ZH, "2024-02-06", 151),
      rel("Chile", "2024-02-05", "message", True, "博里奇|Boric"), "zh"),
    P("zh-hk-trad-wangyi-brazil-fm-2024", "王毅同巴西外長維埃拉會談",
      " date 2024-01-20\n文匯網\n當地時間1月19日，外交部長王毅在巴西利亞同巴西外長維埃拉舉行會談。",
      "2024-01-20", url(HK_ZH, "2024-01-20", 152),
      rel("Brazil", "2024-01-19", "talks", False, "維埃拉|Vieira"), "zh"),
    P("zh-hk-trad-no-taiwan-domestic", "國台辦：堅決反對台灣地區與外國官方往來",
      " date 2023-04-12\n文匯網\n國務院台辦發言人12日表示，堅決反對任何形式的台灣地區與建交國官方往來。",
      "2023-04-12", url(HK_ZH, "2023-04-12", 153), NO, "zh"),
    P("zh-xh-no-embassy-event", "驻巴西使馆举办春节招待会",
      " date 2024-02-08\n新华社巴西利亚2月7日电 中国驻巴西大使祝青桥7日在巴西利亚举办春节招待会，巴西各界人士出席。",
      "2024-02-08", url(XH_ZH, "2024-02-08", 154), NO, "zh"),
    P("zh-2009-hu-jintao-meets-lula", "胡锦涛会见巴西总统卢拉",
      "新华社叶卡捷琳堡6月16日电 国家主席胡锦涛16日在叶卡捷琳堡出席“金砖四国”领导人会晤期间会见巴西总统卢拉。",
      "2009-06-17", url(MFA_ZH_OLD, "2009-06-17", 570101),
      rel("Brazil", "2009-06-16", "meeting_on_sidelines", True, "卢拉|Lula"), "zh"),
    P("zh-2014-xi-talks-kirchner", "习近平同阿根廷总统克里斯蒂娜举行会谈",
      "当地时间2014年7月18日，国家主席习近平在布宜诺斯艾利斯同阿根廷总统克里斯蒂娜举行会谈。两国元首一致同意将中阿关系提升为"
      "全面战略伙伴关系。",
      "2014-07-19", url(MFA_ZH_OLD, "2014-07-19", 1177101),
      rel("Argentina", "2014-07-18", "talks", True, "克里斯蒂娜|Kirchner", "upgrade", CSP), "zh"),
    P("zh-2016-xi-vazquez-establish", "习近平同乌拉圭总统巴斯克斯举行会谈",
      "2016年10月18日，国家主席习近平在人民大会堂同来华进行国事访问的乌拉圭总统巴斯克斯举行会谈。两国元首决定建立中乌"
      "战略伙伴关系。",
      "2016-10-18", url(MFA_ZH, "2016-10-18", 157),
      rel("Uruguay", "2016-10-18", "talks", True, "巴斯克斯|Vázquez", "establish", SP), "zh"),
]

# second blind batch, written after the first run's fixes: harder shapes (weekdays, departures, a
# headline "meets" over a lead "held talks", previews, several countries, a group of ministers)
BATCH2: list[Probe] = [
    P("b2-xh-meets-over-talks-weekday",
      "Xi meets Ecuadorian president",
      " date 2023-10-18\nBEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping held talks with "
      "Ecuadorian President Guillermo Lasso in Beijing on Tuesday.\nEditor: Sun",
      "2023-10-18", url(XH_EN, "2023-10-18", 301),
      rel("Ecuador", "2023-10-17", "talks", True, "Lasso")),
    P("b2-departure-page",
      "Xi Jinping Leaves Lima, Concluding State Visit to Peru",
      "On November 16, 2024 local time, President Xi Jinping left Lima for Rio de Janeiro after attending "
      "the APEC Economic Leaders' Meeting and paying a state visit to Peru from November 13.",
      "2024-11-17", url(MFA_EN, "2024-11-17", 302),
      rel("Peru", "2024-11-13", "state_visit", True),
      head_of_state_level="a departure page names no reception by the host"),
    P("b2-fm-visit-preview-zh",
      "外交部发言人宣布阿根廷外长将访华",
      "外交部发言人毛宁宣布：应外交部长王毅邀请，阿根廷外长蒙迪诺将于4月28日至5月1日访华。",
      "2024-04-25", url(MFA_ZH, "2024-04-25", 303),
      rel("Argentina", "2024-04-28", "official_visit", False), "zh"),
    P("b2-yesterday",
      "Chinese vice president meets Brazilian vice president",
      " date 2023-09-26\nBEIJING, Sept. 26 (Xinhua) -- Chinese Vice President Han Zheng met with Brazilian "
      "Vice President Geraldo Alckmin in Beijing yesterday, the foreign ministry said.",
      "2023-09-26", url(XH_EN, "2023-09-26", 304),
      rel("Brazil", "2023-09-25", "meeting", False, "Alckmin")),
    P("b2-caribbean-group-meeting",
      "Li Qiang Meets with Caribbean Leaders",
      "On the afternoon of July 3, 2024, Premier Li Qiang met with Prime Minister of Barbados Mia Mottley, "
      "Prime Minister of Grenada Dickon Mitchell and Prime Minister of Dominica Roosevelt Skerrit, who "
      "are in China to attend the Summer Davos.",
      "2024-07-03", url(MFA_EN, "2024-07-03", 305),
      rel("multilateral", "2024-07-03", "meeting", True)),
    P("b2-phone-zh-trad",
      "習近平同墨西哥總統辛鮑姆通電話",
      " date 2025-03-07\n文匯網\n國家主席習近平3月6日晚同墨西哥總統辛鮑姆通電話。",
      "2025-03-07", url(HK_ZH, "2025-03-07", 306),
      rel("Mexico", "2025-03-06", "phone_call", True, "辛鮑姆|Sheinbaum"), "zh"),
    P("b2-message-national-day-zh",
      "习近平致电祝贺多米尼加总统阿比纳德尔就任",
      "2024年8月16日，国家主席习近平致电阿比纳德尔，祝贺他就任多米尼加共和国总统。",
      "2024-08-16", url(MFA_ZH, "2024-08-16", 307),
      rel("Dominican Republic", "2024-08-16", "message", True, "阿比纳德尔|Abinader"), "zh"),
    P("b2-vice-premier-zhang-guoqing-meets-guyana",
      "Zhang Guoqing Meets with Guyanese Prime Minister Mark Phillips",
      "On the morning of April 20, 2024, Vice Premier Zhang Guoqing met with Prime Minister Mark Phillips "
      "of Guyana at the Great Hall of the People.",
      "2024-04-20", url(MFA_EN, "2024-04-20", 308),
      rel("Guyana", "2024-04-20", "meeting", False, "Phillips")),
    P("b2-celac-ministerial-opening",
      "Xi Jinping Attends the Opening Ceremony of the Fourth Ministerial Meeting of the China-CELAC Forum",
      "On the morning of May 13, 2025, President Xi Jinping attended the opening ceremony of the Fourth "
      "Ministerial Meeting of the China-CELAC Forum in Beijing and delivered a keynote speech.",
      "2025-05-13", url(MFA_EN, "2025-05-13", 309),
      rel("multilateral", "2025-05-13", "other", False)),
    P("b2-wang-yi-trip-lac-briefing",
      "Wang Yi Briefs Press on His Visit to Brazil and Jamaica",
      "On January 21, 2024, at the end of his visit, Foreign Minister Wang Yi briefed the press. Wang Yi "
      "said that from January 18 to 21 he visited Brazil and Jamaica.",
      "2024-01-22", url(MFA_EN, "2024-01-22", 310),
      rel("multilateral", "2024-01-18", "other", False)),
    P("b2-zh-li-keqiang-talks-weekday-xh",
      "李克强同智利总统皮涅拉举行会谈",
      " date 2019-04-26\n新华社北京4月25日电 国务院总理李克强25日在人民大会堂同智利总统皮涅拉举行会谈。",
      "2019-04-26", url(XH_ZH, "2019-04-26", 311),
      rel("Chile", "2019-04-25", "talks", True, "皮涅拉|Piñera"), "zh"),
    P("b2-no-xi-meets-lee-singapore",
      "习近平会见新加坡总理黄循财",
      "2024年11月15日，国家主席习近平在利马出席亚太经合组织领导人非正式会议期间会见新加坡总理黄循财。",
      "2024-11-16", url(MFA_ZH, "2024-11-16", 312), NO, "zh"),
    P("b2-no-spokesperson-en",
      "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 20, 2024",
      "Q: President Xi attended the G20 Summit in Rio. Can you share more?\nMao Ning: We have released "
      "information on President Xi's attendance.\nQ: On the Philippines ...",
      "2024-11-20", url(MFA_EN, "2024-11-20", 313), NO),
    P("b2-peoples-daily-wang-yi-cuba-zh",
      "王毅同古巴外长罗德里格斯会谈",
      " date 2024-10-15\n人民日报 第03版\n本报北京10月14日电 中共中央政治局委员、外交部长王毅14日在北京同古巴外长罗德里格斯"
      "会谈。\n《 人民日报 》（ 2024年10月15日　 第 03 版）",
      "2024-10-15", url(PD_ZH, "2024-10-15", 314),
      rel("Cuba", "2024-10-14", "talks", False, "罗德里格斯|Rodríguez"), "zh"),
    P("b2-honduras-castro-arrives-zh",
      "洪都拉斯总统卡斯特罗抵达上海开始对中国进行国事访问",
      "6月9日，洪都拉斯总统卡斯特罗抵达上海，开始对中国进行国事访问。",
      "2023-06-10", url(MFA_ZH, "2023-06-10", 315),
      rel("Honduras", "2023-06-09", "state_visit", True),
      head_of_state_level="an arrival page: the host's reception is not reported"),
]

ALL = PROBES + ZH_PROBES + BATCH2

# (probe, field) pairs the first run failed and this campaign left open, with the reason.
# the project keeps a level only recalled as partnership_level ("the relationship as it stands",
# mfa_partnership.partnership; some 130 tests of campaigns 8-9 say so); the codebook's decision rule
# reads "the new level". Nulling it raised the dev pair (action, level) accuracy, but the convention is the main
# session's to change, not this campaign's.
LEVEL_RECALLED = ("a level only recalled is kept as partnership_level by project convention; the "
                  "codebook's decision rule says the new level")
OPEN: dict[tuple[str, str], str] = {
    ("en-xi-lula-talks-2023", "partnership_level"): LEVEL_RECALLED,
    ("en-wangyi-ebrard-meeting-2019", "partnership_level"): LEVEL_RECALLED,
    ("en-xi-congratulates-milei-2023", "partnership_level"): LEVEL_RECALLED,
    ("en-xi-boluarte-talks-2024", "partnership_level"): LEVEL_RECALLED,
    ("en-li-keqiang-rousseff-2015", "partnership_level"): LEVEL_RECALLED,
    ("en-hu-jintao-chavez-2009", "partnership_level"): LEVEL_RECALLED,
    ("en-xh-xi-lula-brasilia-2024", "partnership_level"): LEVEL_RECALLED,
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(ALL, OPEN))
def test_fresh_mfa_page_field(probe: Probe, name: str, expected):
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


# ---- the rules this campaign changed, with their negatives --------------------------------------------

def test_a_relative_clause_with_will_does_not_make_an_arrival_an_announcement():
    """Codebook, "Dates of visits": an arrival page takes the visit's first day; the talks a relative
    clause announces ("…, who will hold talks with him on Friday") are not the page's exchange."""
    record = mfa("BEIJING, June 13 (Xinhua) -- Honduran President Xiomara Castro arrived in Shanghai on "
                 "Friday for a state visit to China at the invitation of Chinese President Xi Jinping, who "
                 "will hold talks with her on Wednesday.",
                 title="Honduran president arrives in Shanghai for state visit", published="2023-06-10",
                 url=url(XH_EN, "2023-06-10", 201))
    assert record.event_type == "state_visit" and record.event_date == "2023-06-09"


def test_a_main_clause_with_will_is_still_an_announcement():
    """The negative: the lead's own verb is future ("X will pay a state visit from June 9 to 14")."""
    record = mfa("Foreign Ministry Spokesperson Wang Wenbin announced that President Xiomara Castro, who "
                 "was inaugurated last year, will pay a state visit to China from June 9 to 14.",
                 title="Spokesperson Announces Honduran President's State Visit", published="2023-06-07",
                 url=url(MFA_EN, "2023-06-07", 202))
    assert record.event_date == "2023-06-09"


def test_an_envoys_aide_title_chain_is_no_office_of_a_head():
    """特使、总统…顾问 + name: the envoy is the principal; the head's office in the aide's title chain is
    not an office held by the word after it."""
    record = mfa("2023年8月8日，王毅在北京会见尼加拉瓜总统奥尔特加特使、总统投资、贸易和国际合作顾问劳雷亚诺·奥尔特加。",
                 title="王毅会见尼加拉瓜总统特使", lang="zh", published="2023-08-08",
                 url=url(MFA_ZH, "2023-08-08", 204))
    assert "劳雷亚诺" in (record.counterpart or "") and record.head_of_state_level is False


@pytest.mark.parametrize(("title", "text", "lang", "expected"), [
    ("Xi Jinping Leaves Lima, Concluding State Visit to Peru",
     "On November 16, 2024, President Xi Jinping left Lima for Rio de Janeiro after his state visit to Peru.",
     "en", "Peru"),
    ("习近平结束对秘鲁国事访问",
     "当地时间2024年11月16日，国家主席习近平结束对秘鲁的国事访问，离开利马前往里约热内卢。", "zh", "Peru"),
    # the negative: a departure for a trip the headline names in two countries is that trip
    ("Wang Yi Departs for Visits to Argentina and Chile",
     "On May 10, 2024, Foreign Minister Wang Yi left Beijing for official visits to Argentina and Chile.",
     "en", "multilateral"),
])
def test_a_departures_destination_is_the_next_leg(title, text, lang, expected):
    """Codebook: the headline picks the exchange; the place a departure sets out for ("left Lima for Rio",
    离开利马前往里约) is the trip's next leg, not a second stop of the visit the headline names
    (cue ``trip_leg``)."""
    record = mfa(text, title=title, lang=lang, published="2024-11-17",
                 url=url(MFA_ZH if lang == "zh" else MFA_EN, "2024-11-17", 401))
    assert record.country == expected
