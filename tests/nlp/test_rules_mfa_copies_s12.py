# ruff: noqa: E501  (probe texts are long lines)
"""Campaign 12F: English copies of foreign-ministry releases on agency, newspaper and embassy sites
(Xinhua English, China Daily, CGTN, People's Daily English, Global Times, a Chinese embassy in a LAC
country, a LAC government's or newspaper's English page): leaders' and ministers' meetings, talks,
calls, messages, visits as a whole (announcement, arrival, departure, preview, briefing), sidelines
of APEC/G20/BRICS/UN/China-CELAC, joint statements, partnership steps read against the history
table; with the furniture of such pages (leading date marker, datelines in other cities and
local-time days, photo captions before the lead, bylines, "Editor:" lines, tickers, related-news
lists, background paragraphs recalling earlier exchanges and older partnership steps, analysts'
quotes, weekday-only dates, feature leads that give the day later); and negatives (ambassador-only
exchanges, LAC-LAC meetings, analysts' comments, trade figures).

Self-written releases in the sites' style; country and official names are facts, the wording is
invented. Each probe names the values a careful coder would give under the codebook
(shared/eval/SCHEMA.md, partnership-history.csv for the partnership action); one test per probe and
field, so the pass rate per field can be read from a run. A level only recalled is not checked
(the project keeps a recalled level by convention; see campaign 10J)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pytest
from nlp_helpers import mfa

XH = "https://english.news.cn/{ymd}/{n:06d}a1b2c3/c.html"
XH_OLD = "http://www.xinhuanet.com/english/{y}-{m}/{d}/c_13{n:07d}.htm"
CD = "https://www.chinadaily.com.cn/a/{ym}/{d}/WS6{n:06d}a310.html"
CGTN = "https://news.cgtn.com/news/{y}-{m}-{d}/story-{n:04d}/index.html"
PD = "http://en.people.cn/n3/{y}/{m}{d}/c90000-2{n:07d}.html"
GT = "https://www.globaltimes.cn/page/{ym}/13{n:05d}.shtml"
EMB = "http://{cc}.china-embassy.gov.cn/eng/zgyw/{ym}/t{ymd}_11{n:06d}.htm"
LAC = "https://{host}/news/{y}/{m}/{d}/china-{n:04d}"

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"
SKIP = object()  # a level only recalled: not checked


def url(template: str, day: str, n: int = 1, **kw: str) -> str:
    y, m, d = day.split("-")
    return template.format(ym=y + m, ymd=y + m + d, n=n, y=y, m=m, d=d, **kw)


def emb(cc: str, day: str, n: int = 1) -> str:
    return url(EMB, day, n, cc=cc)


def lac(host: str, day: str, n: int = 1) -> str:
    return url(LAC, day, n, host=host)


@dataclass(frozen=True)
class Probe:
    pid: str
    title: str
    text: str
    published: str | None
    url: str
    expect: dict[str, Any]
    doubtful: dict[str, str] = field(default_factory=dict)


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


NO = {"relevant": False}


def P(pid: str, title: str, text: str, published: str | None, link: str, expect: dict[str, Any],
      **doubtful: str) -> Probe:
    return Probe(pid, title, text, published, link, expect, doubtful)


PROBES: list[Probe] = [
    # ======================= A. Xinhua English: talks, meetings, datelines, weekdays =======================
    P("xh-xi-lula-brasilia-wednesday",
      "Xi, Lula agree to chart new course for China-Brazil ties",
      " date 2024-11-21\nHome | China | World | Business | Photos\nChinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva attend a welcome ceremony at the Alvorada Palace in Brasilia, Brazil, Nov. 20, 2024. (Xinhua/Yan Yan)\nBRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva here on Wednesday, the two heads of state deciding to lift bilateral relations to a China-Brazil community with a shared future for a more just world and a more sustainable planet.\nXi noted that this year marks the 50th anniversary of diplomatic ties, and that the relationship had become one of mutual trust.\nLula said Brazil welcomed more Chinese investment in infrastructure and energy.\nEditor: Huaxia",
      "2024-11-21", url(XH, "2024-11-21", 1),
      rel("Brazil", "2024-11-20", "talks", True, "Lula", "upgrade",
          "China-Brazil community with a shared future for a more just world and a more sustainable planet"),
      partnership_action="Brazil's 2024 step is not in the history table; earlier campaigns code it as the evaluation set does (upgrade)",
      partnership_level="the level words follow the evaluation set's convention for Brazil 2024"),
    P("xh-xi-boluarte-lima-thursday-recall",
      "Xi holds talks with Peruvian president in Lima",
      " date 2024-11-15\nLIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping held talks with Peruvian President Dina Boluarte at the Government Palace in Lima on Thursday.\nXi said China and Peru are good friends across the Pacific and that the Chancay port marks a new start for connectivity between Asia and Latin America.\nBoluarte said Peru stands ready to deepen cooperation in mining, agriculture and the digital economy.\nChina and Peru established diplomatic ties in 1971. The two countries set up a strategic partnership in 2008 and raised it to a comprehensive strategic partnership in 2013.\nEditor: Zhang Long",
      "2024-11-15", url(XH, "2024-11-15", 2),
      rel("Peru", "2024-11-14", "talks", True, "Boluarte", None, SKIP)),
    P("xh-xi-sheinbaum-rio-monday-local",
      "Xi meets Mexican president in Rio",
      " date 2024-11-19\nRIO DE JANEIRO, Nov. 18 (Xinhua) -- Chinese President Xi Jinping met with Mexican President Claudia Sheinbaum on Monday local time on the sidelines of the 19th G20 Leaders' Summit.\nXi said China and Mexico are both major developing countries and important emerging markets, and the two sides should keep up high-level exchanges.\nSheinbaum said Mexico attaches importance to its comprehensive strategic partnership with China.",
      "2024-11-19", url(XH, "2024-11-19", 3),
      rel("Mexico", "2024-11-18", "meeting_on_sidelines", True, "Sheinbaum", None, SKIP)),
    P("xh-xi-milei-beijing-dateline-monday-local",
      "Xi meets Argentine president",
      " date 2024-11-19\nBEIJING, Nov. 19 (Xinhua) -- Chinese President Xi Jinping met with Argentine President Javier Milei on Monday local time in Rio de Janeiro, Brazil, where both leaders were attending the Group of 20 summit.\nXi said China and Argentina should view their ties from a strategic and long-term perspective.\nMilei said Argentina hopes to expand trade with China.",
      "2024-11-19", url(XH, "2024-11-19", 4),
      rel("Argentina", "2024-11-18", "meeting_on_sidelines", True, "Milei")),
    P("xh-xi-boric-lima-apec-saturday",
      "Xi meets Chilean president on sidelines of APEC meeting",
      " date 2024-11-17\nLIMA, Nov. 16 (Xinhua) -- Chinese President Xi Jinping met with Chilean President Gabriel Boric Font here on Saturday on the sidelines of the 31st APEC Economic Leaders' Meeting.\nXi said Chile was the first South American country to establish diplomatic relations with the People's Republic of China.\nBoric said Chile would continue to be a bridge between Asia and Latin America.\nEditor: Li Yan",
      "2024-11-17", url(XH, "2024-11-17", 5),
      rel("Chile", "2024-11-16", "meeting_on_sidelines", True, "Boric")),
    P("xh-xi-petro-establish-sp-wednesday",
      "China, Colombia lift ties to strategic partnership",
      " date 2023-10-26\nBEIJING, Oct. 25 (Xinhua) -- Chinese President Xi Jinping held talks with Colombian President Gustavo Petro, who is on a state visit to China, at the Great Hall of the People on Wednesday. The two heads of state announced the establishment of a strategic partnership between China and Colombia.\nXi said the two countries are good partners who share development aspirations.\nPetro said Colombia would like to join in the Belt and Road cooperation.\nEditor: Huaxia",
      "2023-10-26", url(XH, "2023-10-26", 6),
      rel("Colombia", "2023-10-25", "talks", True, "Petro", "establish", SP)),
    P("xh-xi-lacalle-pou-upgrade-csp",
      "Xi, Uruguayan president agree to elevate ties",
      " date 2023-11-23\nBEIJING, Nov. 22 (Xinhua) -- Chinese President Xi Jinping held talks on Wednesday in Beijing with Uruguayan President Luis Lacalle Pou, who is paying a state visit to China. The two leaders agreed to elevate the bilateral relationship to a comprehensive strategic partnership.\nXi said China appreciates Uruguay's adherence to the one-China principle.\nLacalle Pou said Uruguay hopes to conclude a free trade agreement with China at an early date.",
      "2023-11-23", url(XH, "2023-11-23", 7),
      rel("Uruguay", "2023-11-22", "talks", True, "Lacalle", "upgrade", CSP)),
    P("xh-xi-maduro-all-weather",
      "China, Venezuela upgrade ties to all-weather strategic partnership",
      " date 2023-09-14\nBEIJING, Sept. 13 (Xinhua) -- Chinese President Xi Jinping on Wednesday held talks with Venezuelan President Nicolás Maduro Moros, who is on a state visit to China, and the two heads of state jointly announced that China-Venezuela relations would be upgraded to an all-weather strategic partnership.\nXi said the decision reflects the high level of trust between the two countries.\nMaduro said Venezuela firmly supports the Global Development Initiative.\nEditor: Wu Xiaohui",
      "2023-09-14", url(XH, "2023-09-14", 8),
      rel("Venezuela", "2023-09-13", "talks", True, "Maduro", "upgrade", "all-weather strategic partnership")),
    P("xh-old-xi-diaz-canel-friday",
      "Xi holds talks with Cuban leader Diaz-Canel",
      "BEIJING, Nov. 25 (Xinhua) -- Chinese President Xi Jinping held talks with Cuban President Miguel Díaz-Canel Bermúdez, who is also the leader of the Communist Party of Cuba, in Beijing on Friday.\nDíaz-Canel is the first Latin American head of state to visit China since the 20th CPC National Congress.\nXi said China and Cuba are good friends, good comrades and good brothers.",
      "2022-11-25", url(XH_OLD, "2022-11-25", 9),
      rel("Cuba", "2022-11-25", "talks", True, "Díaz-Canel|Diaz-Canel")),
    P("xh-xi-castro-honduras-monday",
      "Xi holds talks with Honduran president",
      " date 2023-06-13\nBEIJING, June 12 (Xinhua) -- Chinese President Xi Jinping held talks with Honduran President Iris Xiomara Castro Sarmiento at the Great Hall of the People in Beijing on Monday.\nCastro is paying a state visit to China, the first by a Honduran head of state since the two countries established diplomatic ties in March.\nXi said China welcomes Honduras' choice, which is on the right side of history.",
      "2023-06-13", url(XH, "2023-06-13", 10),
      rel("Honduras", "2023-06-12", "talks", True, "Castro")),
    P("xh-li-qiang-meets-mottley-premier",
      "Chinese premier meets Barbadian prime minister",
      " date 2023-06-28\nTIANJIN, June 27 (Xinhua) -- Chinese Premier Li Qiang met with Barbadian Prime Minister Mia Amor Mottley in north China's Tianjin Municipality on Tuesday.\nLi said China is willing to work with Barbados to deepen practical cooperation in tourism, infrastructure and climate response.\nMottley said Barbados highly values its relations with China.\nEditor: Huaxia",
      "2023-06-28", url(XH, "2023-06-28", 11),
      rel("Barbados", "2023-06-27", "meeting", True, "Mottley")),
    P("xh-wang-yi-talks-vieira-beijing",
      "Wang Yi holds talks with Brazilian foreign minister",
      " date 2024-01-20\nBEIJING, Jan. 19 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira in Beijing on Friday.\nWang, also a member of the Political Bureau of the CPC Central Committee, said China and Brazil should make good preparations for the 50th anniversary of diplomatic ties.\nVieira said Brazil is ready to strengthen coordination with China in the G20 and BRICS.",
      "2024-01-20", url(XH, "2024-01-20", 12),
      rel("Brazil", "2024-01-19", "talks", False, "Vieira")),
    P("xh-wang-yi-phone-gil-venezuela",
      "Chinese FM holds phone talks with Venezuelan counterpart",
      " date 2024-08-02\nBEIJING, Aug. 1 (Xinhua) -- Chinese Foreign Minister Wang Yi held a phone conversation with Venezuelan Foreign Minister Yván Gil on Thursday at the latter's request.\nGil briefed Wang on the situation after the presidential election in Venezuela.\nWang said China respects the choice of the Venezuelan people.\nEditor: Zhang",
      "2024-08-02", url(XH, "2024-08-02", 13),
      rel("Venezuela", "2024-08-01", "phone_call", False, "Gil")),
    P("xh-han-zheng-meets-orsi-inauguration",
      "Chinese vice president meets Uruguayan president in Montevideo",
      " date 2025-03-02\nMONTEVIDEO, March 1 (Xinhua) -- Chinese Vice President Han Zheng, who is in Montevideo as President Xi Jinping's special envoy for the inauguration ceremony, met with Uruguayan President Yamandú Orsi here on Saturday.\nHan conveyed Xi's cordial greetings and congratulations to Orsi.\nOrsi thanked President Xi for sending a special envoy.",
      "2025-03-02", url(XH, "2025-03-02", 14),
      rel("Uruguay", "2025-03-01", "meeting", False, "Orsi")),
    P("xh-xi-lula-phone-this-week",
      "Xi, Lula talk over phone",
      " date 2024-04-12\nBEIJING (Xinhua) -- Chinese President Xi Jinping held a phone conversation with Brazilian President Luiz Inácio Lula da Silva this week, the two leaders exchanging views on bilateral ties and the Ukraine crisis.\nXi said China is ready to work with Brazil to lead cooperation among developing countries.",
      "2024-04-12", url(XH, "2024-04-12", 15),
      rel("Brazil", None, "phone_call", True, "Lula"),
      event_date="'this week' names no day (codebook: 'last week', 'recently' give no day)"),
    P("xh-xi-message-diaz-canel-hotel-explosion",
      "Xi sends condolences to Cuban president over hotel explosion",
      " date 2022-05-08\nBEIJING, May 8 (Xinhua) -- Chinese President Xi Jinping on Sunday sent a message of condolences to Cuban President Miguel Díaz-Canel Bermúdez over a deadly explosion at a hotel in Havana on Friday.\nOn behalf of the Chinese government and people, Xi expressed deep condolences for the victims and sincere sympathy to the injured and bereaved families.",
      "2022-05-08", url(XH, "2022-05-08", 16),
      rel("Cuba", "2022-05-08", "message", True, "Díaz-Canel|Diaz-Canel")),
    P("xh-xi-message-boric-wildfires",
      "Xi extends condolences to Chilean president over forest fires",
      " date 2024-02-05\nBEIJING, Feb. 5 (Xinhua) -- Chinese President Xi Jinping on Monday sent a message of condolences to Chilean President Gabriel Boric over the heavy loss of life caused by forest fires in the Valparaiso region.\nXi said he was shocked to learn of the disaster and wished the injured a speedy recovery.\nAlso on Monday, Premier Li Qiang sent a condolence message to Boric.",
      "2024-02-05", url(XH, "2024-02-05", 17),
      rel("Chile", "2024-02-05", "message", True, "Boric")),
    P("xh-xi-congrats-noboa-elect",
      "Xi congratulates Daniel Noboa on election as Ecuadorian president",
      " date 2023-10-17\nBEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping on Tuesday sent a congratulatory message to Daniel Noboa on his election as president of Ecuador.\nXi said China and Ecuador enjoy a profound traditional friendship and he is willing to work with Noboa to take the comprehensive strategic partnership to new heights.",
      "2023-10-17", url(XH, "2023-10-17", 18),
      rel("Ecuador", "2023-10-17", "message", False, "Noboa", None, SKIP)),
    P("xh-xi-lula-anniversary-messages-exchange",
      "Xi, Lula exchange congratulations on 50th anniversary of diplomatic ties",
      " date 2024-08-15\nBEIJING, Aug. 15 (Xinhua) -- Chinese President Xi Jinping and his Brazilian counterpart, Luiz Inácio Lula da Silva, exchanged congratulatory messages on Thursday to celebrate the 50th anniversary of the establishment of diplomatic ties between the two countries.\nXi said that over the past half century the relationship had weathered international changes and grown stronger.\nLula said Brazil and China share a commitment to a multipolar world.",
      "2024-08-15", url(XH, "2024-08-15", 19),
      rel("Brazil", "2024-08-15", "message", True, "Lula")),
    # ======================= B. visits as a whole on agency pages =======================
    P("xh-spokesperson-announces-peru-brazil",
      "Xi to attend APEC meeting, G20 summit, pay state visits to Peru, Brazil",
      " date 2024-11-08\nBEIJING, Nov. 8 (Xinhua) -- At the invitation of Peruvian President Dina Boluarte and Brazilian President Luiz Inácio Lula da Silva, Chinese President Xi Jinping will travel to Lima for the 31st APEC Economic Leaders' Meeting and pay a state visit to Peru from Nov. 13 to 17, and will then attend the 19th G20 summit in Rio de Janeiro and pay a state visit to Brazil from Nov. 17 to 21, Foreign Ministry spokesperson Hua Chunying announced on Friday.",
      "2024-11-08", url(XH, "2024-11-08", 20),
      rel("multilateral", "2024-11-13", "state_visit", True, None)),
    P("xh-spokesperson-announces-petro",
      "Colombian president to pay state visit to China",
      " date 2023-10-20\nBEIJING, Oct. 20 (Xinhua) -- At the invitation of Chinese President Xi Jinping, Colombian President Gustavo Petro will pay a state visit to China from Oct. 24 to 26, Foreign Ministry spokesperson Mao Ning announced here on Friday.",
      "2023-10-20", url(XH, "2023-10-20", 21),
      rel("Colombia", "2023-10-24", "state_visit", True, "Petro")),
    P("xh-arrival-xi-brasilia-tuesday",
      "Xi arrives in Brasilia for state visit to Brazil",
      " date 2024-11-20\nChinese President Xi Jinping arrives in Brasilia for a state visit to Brazil, Nov. 19, 2024. (Xinhua/Li Xueren)\nBRASILIA, Nov. 19 (Xinhua) -- Chinese President Xi Jinping arrived in Brasilia on Tuesday for a state visit to Brazil at the invitation of Brazilian President Luiz Inácio Lula da Silva.\nXi had earlier attended the G20 summit in Rio de Janeiro.\nIn a written statement delivered on arrival, Xi said he looked forward to in-depth talks with President Lula on the future of the relationship.\nRelated: Xi meets Mexican president in Rio | Xi meets Argentine president",
      "2024-11-20", url(XH, "2024-11-20", 22),
      rel("Brazil", "2024-11-19", "state_visit", True, "Lula")),
    P("xh-departure-xi-leaves-lima",
      "Xi leaves Lima after APEC meeting, state visit to Peru",
      " date 2024-11-17\nLIMA, Nov. 16 (Xinhua) -- Chinese President Xi Jinping left Lima on Saturday local time for Rio de Janeiro after attending the APEC Economic Leaders' Meeting and paying a state visit to Peru.\nXi arrived in Lima on Wednesday. During the visit he held talks with Peruvian President Dina Boluarte and the two leaders attended via video link the opening of the Chancay port.\nEditor: Huaxia",
      "2024-11-17", url(XH, "2024-11-17", 23),
      rel("Peru", "2024-11-13", "state_visit", True, "Boluarte")),
    P("xh-wang-yi-concludes-visit-brazil",
      "Wang Yi wraps up visit to Brazil",
      " date 2024-01-20\nRIO DE JANEIRO, Jan. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi concluded his official visit to Brazil on Saturday local time.\nDuring the visit, which began on Thursday, Wang met with Brazilian President Luiz Inácio Lula da Silva and held talks with Foreign Minister Mauro Vieira.\nWang then left for Jamaica.",
      "2024-01-20", url(XH, "2024-01-20", 24),
      rel("Brazil", "2024-01-18", "official_visit", False, None)),
    P("xh-vieira-official-visit-china-announced",
      "Brazilian foreign minister to visit China",
      " date 2023-03-31\nBEIJING, March 31 (Xinhua) -- At the invitation of Foreign Minister Qin Gang, Brazilian Foreign Minister Mauro Vieira will pay an official visit to China from April 2 to 4, Foreign Ministry spokesperson Mao Ning said on Friday.",
      "2023-03-31", url(XH, "2023-03-31", 25),
      rel("Brazil", "2023-04-02", "official_visit", False, "Vieira")),
    P("xh-vice-fm-briefs-on-xi-trip",
      "Vice FM briefs media on Xi's Latin America trip",
      " date 2024-11-09\nBEIJING, Nov. 8 (Xinhua) -- Vice Foreign Minister Ma Zhaoxu on Friday briefed the press on President Xi Jinping's upcoming trip to Peru and Brazil, which will run from Nov. 13 to 21.\nMa said the trip will be the president's sixth to Latin America and will inject impetus into China's ties with the region.\nHe told reporters that Xi will hold talks with the two presidents and attend the APEC and G20 meetings.",
      "2024-11-09", url(XH, "2024-11-09", 26),
      rel("multilateral", "2024-11-13", "other", False, None)),
    # ======================= C. sidelines, CELAC, summits =======================
    P("xh-xi-petro-china-celac-forum",
      "Xi meets Colombian president in Beijing",
      " date 2025-05-15\nBEIJING, May 14 (Xinhua) -- Chinese President Xi Jinping met with Colombian President Gustavo Petro, who is in Beijing for the fourth ministerial meeting of the China-CELAC Forum, at the Great Hall of the People on Wednesday.\nXi said China and Colombia should deepen cooperation under the Belt and Road Initiative.\nPetro said Colombia had signed a cooperation plan on joining the initiative.",
      "2025-05-15", url(XH, "2025-05-15", 27),
      rel("Colombia", "2025-05-14", "meeting_on_sidelines", True, "Petro", None, SKIP)),
    P("xh-xi-speech-china-celac-forum",
      "Xi delivers keynote speech at China-CELAC Forum ministerial meeting",
      " date 2025-05-13\nBEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping on Tuesday delivered a keynote speech at the opening ceremony of the fourth ministerial meeting of the China-CELAC Forum in Beijing.\nXi announced five programs to support the development of Latin America and the Caribbean, covering solidarity, development, civilization, peace and people-to-people ties.\nBrazilian President Lula, Colombian President Petro and Chilean President Boric attended the ceremony.",
      "2025-05-13", url(XH, "2025-05-13", 28),
      rel("multilateral", "2025-05-13", "other", True, None),
      head_of_state_level="a speech to a forum many heads attend: are both principals heads of state?"),
    P("xh-old-brasilia-2014-celac-partnership",
      "China, Latin America set up comprehensive cooperative partnership",
      "BRASILIA, July 17 (Xinhua) -- Chinese President Xi Jinping and leaders of Latin American and Caribbean countries on Thursday agreed to establish a China-Latin America comprehensive cooperative partnership featuring equality, mutual benefit and common development.\nThe decision was made at a meeting between Xi and the leaders of the Community of Latin American and Caribbean States (CELAC) quartet and other regional leaders in the Brazilian capital.",
      "2014-07-18", url(XH_OLD, "2014-07-18", 29),
      rel("multilateral", "2014-07-17", "other", True, None, "establish", "comprehensive cooperative partnership"),
      event_type="a meeting of Xi with a group of leaders: 'a summit itself' (other) or a meeting (meeting)?"),
    P("xh-xi-lula-brics-johannesburg",
      "Xi meets Brazilian president in Johannesburg",
      " date 2023-08-23\nJOHANNESBURG, Aug. 22 (Xinhua) -- Chinese President Xi Jinping met with Brazilian President Luiz Inácio Lula da Silva here Tuesday on the sidelines of the 15th BRICS Summit.\nXi said China and Brazil should strengthen coordination within BRICS to safeguard the common interests of developing countries.",
      "2023-08-23", url(XH, "2023-08-23", 30),
      rel("Brazil", "2023-08-22", "meeting_on_sidelines", True, "Lula")),
    P("xh-wang-yi-meets-cuban-fm-unga",
      "Wang Yi meets Cuban foreign minister in New York",
      " date 2024-09-27\nUNITED NATIONS, Sept. 26 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Cuban Foreign Minister Bruno Rodríguez Parrilla on Thursday on the sidelines of the general debate of the 79th session of the UN General Assembly.\nWang said China will continue to firmly support Cuba's just struggle against the U.S. embargo.",
      "2024-09-27", url(XH, "2024-09-27", 31),
      rel("Cuba", "2024-09-26", "meeting_on_sidelines", False, "Rodríguez|Rodriguez")),
]
COPIES: list[Probe] = [
    # ======================= D. China Daily, CGTN, People's Daily, Global Times =======================
    P("cd-xi-pena-nieto-2013-upgrade-byline",
      "Xi, Pena Nieto lift ties to comprehensive strategic partnership",
      "By Wu Jiao in Mexico City | China Daily | Updated: 2013-06-05 07:42\nPresident Xi Jinping and his Mexican counterpart Enrique Peña Nieto agreed on Tuesday to upgrade bilateral ties to a comprehensive strategic partnership, as the Chinese leader made the first state visit to Mexico by a Chinese president in eight years.\nThe two presidents held talks at the National Palace and witnessed the signing of agreements on energy, mining and trade.\nThe two nations set up their strategic partnership in 2003.",
      "2013-06-05", url(CD, "2013-06-05", 1),
      rel("Mexico", "2013-06-04", "talks", True, "Peña Nieto|Pena Nieto", "upgrade", CSP)),
    P("cd-xi-vazquez-2016-establish",
      "China, Uruguay forge strategic partnership",
      "By Zhang Yunbi | China Daily | Updated: 2016-10-19\nPresident Xi Jinping and visiting Uruguayan President Tabaré Vázquez agreed on Tuesday in Beijing to establish a strategic partnership, the first such framework between the two countries.\nXi told Vázquez during their talks that China sees Uruguay as an important partner in the Southern Common Market.\nVázquez said his country hopes to explore a free trade deal with China.",
      "2016-10-19", url(CD, "2016-10-19", 2),
      rel("Uruguay", "2016-10-18", "talks", True, "Vázquez|Vazquez", "establish", SP)),
    P("cd-xi-bouterse-2019-establish-scp",
      "China, Suriname set up strategic cooperative partnership",
      "China Daily | Updated: 2019-11-28\nPresident Xi Jinping held talks with Surinamese President Desiré Delano Bouterse in Beijing on Wednesday, and the two leaders announced the establishment of a strategic cooperative partnership.\nXi said that China and Suriname have been good friends since the establishment of diplomatic ties in 1976.\nBouterse is on a state visit to China from Nov 24 to Dec 1.",
      "2019-11-28", url(CD, "2019-11-28", 3),
      rel("Suriname", "2019-11-27", "talks", True, "Bouterse", "establish", "strategic cooperative partnership")),
    P("cd-feature-xi-correa-quito-day-later",
      "Andean welcome for Xi as China, Ecuador raise ties",
      "By Zhao Huanxin in Quito | China Daily | Updated: 2016-11-19\nA brass band played under a bright Andean sky as President Xi Jinping walked the red carpet at Carondelet Palace, where he would spend much of the afternoon with his Ecuadorian host.\nIn their talks on Thursday, Xi and President Rafael Correa decided to lift the China-Ecuador strategic partnership to a comprehensive strategic partnership.\nXi is the first Chinese head of state to visit Ecuador since the two countries established diplomatic ties in 1980.\n\"This is a historic visit,\" said a researcher at a Quito university.",
      "2016-11-19", url(CD, "2016-11-19", 4),
      rel("Ecuador", "2016-11-17", "talks", True, "Correa", "upgrade", CSP)),
    P("cgtn-xi-holness-2019-upgrade-sp",
      "China, Jamaica elevate ties to strategic partnership",
      "Updated 21:14, 24-Apr-2019\nCGTN\nChinese President Xi Jinping held talks with visiting Jamaican Prime Minister Andrew Holness in Beijing on Wednesday. The two leaders agreed to elevate China-Jamaica relations to a strategic partnership.\nXi said Jamaica is an important partner of China in the Caribbean.\nHolness said Jamaica adheres firmly to the one-China policy.\nChina and Jamaica established a friendly partnership for common development in 2005.",
      "2019-04-24", url(CGTN, "2019-04-24", 5),
      rel("Jamaica", "2019-04-24", "talks", True, "Holness", "upgrade", SP)),
    P("cgtn-xi-lula-talks-beijing-photo-first",
      "Xi holds talks with Lula, calling for joint efforts on global issues",
      "Updated 19:02, 14-Apr-2023\nChinese President Xi Jinping holds a welcoming ceremony for Brazilian President Luiz Inácio Lula da Silva at the Great Hall of the People in Beijing, April 14, 2023. /Xinhua\nChinese President Xi Jinping held talks with his Brazilian counterpart Luiz Inácio Lula da Silva in Beijing on Friday.\nXi said China and Brazil share broad common interests and that their comprehensive strategic partnership has global significance.\nLula is on a state visit to China from April 12 to 15.\nRELATED STORIES\nLula arrives in Shanghai for state visit\nXi meets Honduran president",
      "2023-04-14", url(CGTN, "2023-04-14", 6),
      rel("Brazil", "2023-04-14", "talks", True, "Lula", None, SKIP)),
    P("cgtn-wang-yi-meets-lula-brasilia",
      "Wang Yi meets Brazilian president in Brasilia",
      "Updated 10:35, 19-Jan-2024\nBrazilian President Luiz Inácio Lula da Silva met with Chinese Foreign Minister Wang Yi in Brasilia on Thursday local time.\nLula asked Wang to convey his greetings to President Xi Jinping and said he looks forward to Xi's visit later in the year.\nWang said China is willing to align its development strategies with Brazil's.",
      "2024-01-19", url(CGTN, "2024-01-19", 7),
      rel("Brazil", "2024-01-18", "meeting", False, "Lula")),
    P("pd-xi-morales-2018-background",
      "China, Bolivia establish strategic partnership",
      "(Xinhua) 09:12, June 20, 2018\nBEIJING, June 19 -- Chinese President Xi Jinping on Tuesday held talks with his Bolivian counterpart Evo Morales at the Great Hall of the People, and the two sides agreed to establish a strategic partnership.\nMorales is on a state visit to China, his third since taking office in 2006.\nXi said China and Bolivia should deepen cooperation in production capacity, infrastructure and agriculture.\nEditor: Liang Jun",
      "2018-06-20", url(PD, "2018-06-20", 8),
      rel("Bolivia", "2018-06-19", "talks", True, "Morales", "establish", SP)),
    P("pd-li-qiang-video-call-no",
      "Chinese premier holds video call with Trinidad and Tobago PM",
      "(Xinhua) 08:55, June 07, 2024\nBEIJING, June 6 -- Chinese Premier Li Qiang held a video call with Prime Minister Keith Rowley of Trinidad and Tobago on Thursday.\nLi said China is ready to work with Trinidad and Tobago to expand cooperation in energy, infrastructure and trade.\nRowley thanked China for its support in responding to climate change.\nEditor: Wu Chengliang",
      "2024-06-07", url(PD, "2024-06-07", 9),
      rel("Trinidad and Tobago", "2024-06-06", "video_call", True, "Rowley")),
    P("pd-ticker-before-lead-zhao-leji",
      "China's top legislator meets Venezuelan president",
      "Home>>China Politics\nMore: Xi meets Spanish king | Chinese FM talks with Egyptian counterpart | China's exports rise\nBEIJING, Sept. 14 (Xinhua) -- Zhao Leji, chairman of the National People's Congress Standing Committee, met with Venezuelan President Nicolás Maduro in Beijing on Thursday.\nZhao said the NPC is willing to strengthen exchanges with the National Assembly of Venezuela.",
      "2023-09-15", url(PD, "2023-09-15", 10),
      rel("Venezuela", "2023-09-14", "meeting", False, "Maduro")),
    P("gt-preview-analysts-xi-peru",
      "Xi's visit to Peru to open new chapter in ties: experts",
      "By Global Times Published: Nov 12, 2024 10:28 PM\nChinese President Xi Jinping's state visit to Peru, which starts on Wednesday, is expected to lift bilateral cooperation to a new level, Chinese experts said.\nDuring his stay from Nov. 13 to 16, Xi will hold talks with Peruvian President Dina Boluarte and attend the APEC meeting in Lima.\n\"The Chancay port will become a landmark project,\" said a scholar at the Chinese Academy of Social Sciences.\nAnother analyst said the trip showed the importance China attaches to Latin America.",
      "2024-11-12", url(GT, "2024-11-12", 11),
      rel("Peru", "2024-11-13", "state_visit", True, "Boluarte"),
      head_of_state_level="a preview: the host will receive the visitor; the project codes 'will meet President X' "
                          "as not yet received (earlier campaigns), the codebook does not say"),
    P("gt-xi-message-sheinbaum-elect",
      "Xi congratulates Claudia Sheinbaum on election as Mexican president",
      "By Global Times Published: Jun 08, 2024 11:04 AM\nChinese President Xi Jinping on Friday sent a congratulatory message to Claudia Sheinbaum on her election as president of Mexico, the Foreign Ministry said.\nXi said he values the development of China-Mexico relations.\nChinese observers said the message shows China's wish for continuity in ties.",
      "2024-06-08", url(GT, "2024-06-08", 12),
      rel("Mexico", "2024-06-07", "message", False, "Sheinbaum")),
    P("gt-joint-statement-colombia",
      "China, Colombia issue joint statement on establishing strategic partnership",
      "By Global Times Published: Oct 26, 2023 09:30 PM\nChina and Colombia on Thursday issued a joint statement on the establishment of a strategic partnership, following the state visit of Colombian President Gustavo Petro.\nThe full text of the joint statement reads as follows:\n1. At the invitation of President Xi Jinping, President Gustavo Petro paid a state visit to China from October 24 to 26, 2023. The two heads of state held talks in a friendly atmosphere.\n2. The two sides decided to establish a China-Colombia strategic partnership.\n3. The Colombian side reiterates its adherence to the one-China principle.",
      "2023-10-26", url(GT, "2023-10-26", 13),
      rel("Colombia", "2023-10-26", "joint_statement", True, "Petro", "establish", SP),
      event_date="a joint statement: the day it is issued or the visit's first day (Oct 24)?",
      head_of_state_level="a joint statement of two states: the codebook names no principals for it"),
    # ======================= E. Chinese embassies in LAC countries (English pages) =======================
    P("emb-ar-xi-kirchner-2014-upgrade",
      "President Xi Jinping Holds Talks with President Cristina Fernández de Kirchner",
      "2014/07/19\nOn July 18, 2014 local time, President Xi Jinping held talks with President Cristina Fernández de Kirchner at the Casa Rosada in Buenos Aires. The two heads of state announced that China-Argentina relations would be elevated to a comprehensive strategic partnership.\nXi said that the relationship had grown since the strategic partnership was set up ten years ago.\n[Print] [Close]",
      "2014-07-19", emb("ar", "2014-07-19", 1),
      rel("Argentina", "2014-07-18", "talks", True, "Kirchner", "upgrade", CSP)),
    P("emb-ve-xi-maduro-caracas-2014",
      "Xi Jinping and Nicolás Maduro Hold Talks in Caracas",
      "2014-07-21\nOn July 20, 2014, President Xi Jinping held talks with President Nicolás Maduro at the Miraflores Palace in Caracas. The two heads of state decided to upgrade China-Venezuela relations to a comprehensive strategic partnership.\nXi said Venezuela was China's important partner in Latin America.",
      "2014-07-21", emb("ve", "2014-07-21", 2),
      rel("Venezuela", "2014-07-20", "talks", True, "Maduro", "upgrade", CSP)),
    P("emb-tt-xi-persad-bissessar-2013",
      "President Xi Jinping Holds Talks with Prime Minister Kamla Persad-Bissessar",
      "2013/06/02\nOn June 1, 2013, President Xi Jinping held talks with Prime Minister Kamla Persad-Bissessar of Trinidad and Tobago in Port of Spain. The two leaders agreed to develop a comprehensive cooperative partnership featuring mutual respect, equality, mutual benefit and common development.\nXi noted that Trinidad and Tobago was one of the first English-speaking Caribbean countries to establish diplomatic relations with China.",
      "2013-06-02", emb("tt", "2013-06-02", 3),
      rel("Trinidad and Tobago", "2013-06-01", "talks", True, "Persad-Bissessar", "upgrade", "comprehensive cooperative partnership"),
      partnership_action="'agreed to develop' a level: a new step, or the wish to deepen one already held?"),
    P("emb-cl-wen-pinera-2012-upgrade",
      "Premier Wen Jiabao Holds Talks with President Sebastián Piñera",
      "2012-06-27\nOn June 26, 2012 local time, Premier Wen Jiabao held talks with President Sebastián Piñera in Santiago. The two leaders agreed to elevate the bilateral relationship to a strategic partnership.\nWen said China and Chile had set up a comprehensive cooperative partnership in 2004 and cooperation had flourished since.",
      "2012-06-27", emb("cl", "2012-06-27", 4),
      rel("Chile", "2012-06-26", "talks", True, "Piñera|Pinera", "upgrade", SP)),
    P("emb-mx-ambassador-meets-fm-no",
      "Ambassador Zhang Run Meets Mexican Foreign Secretary",
      "2024-10-22\nOn October 21, 2024, Ambassador Zhang Run met with Mexican Foreign Secretary Juan Ramón de la Fuente at the Ministry of Foreign Affairs. The two sides exchanged views on preparations for high-level exchanges between the two countries and on bilateral cooperation.",
      "2024-10-22", emb("mx", "2024-10-22", 5), NO),
    P("emb-br-ambassador-meets-governor-no",
      "Ambassador Zhu Qingqiao Visits the State of Bahia",
      "2024-05-30\nFrom May 27 to 29, Ambassador Zhu Qingqiao visited the State of Bahia, where he met with Governor Jerônimo Rodrigues and business leaders. Ambassador Zhu said the 50th anniversary of China-Brazil diplomatic relations offers new opportunities for local cooperation.",
      "2024-05-30", emb("br", "2024-05-30", 6), NO),
    P("emb-pe-wang-yi-meets-fm-lima",
      "Foreign Minister Wang Yi Meets with Peruvian Foreign Minister",
      "2024-11-15\nOn November 14, 2024 local time, Foreign Minister Wang Yi met with Peruvian Foreign Minister Elmer Schialer in Lima. Wang Yi said President Xi Jinping's state visit would bring China-Peru ties to a new level.\nSchialer said Peru is ready to work with China to implement the outcomes of the visit.",
      "2024-11-15", emb("pe", "2024-11-15", 7),
      rel("Peru", "2024-11-14", "meeting", False, "Schialer")),
    P("emb-cu-message-xi-diaz-canel-hurricane",
      "Xi Jinping Sends Message of Sympathy to Cuban President over Hurricane",
      "2022-10-01\nOn September 30, 2022, President Xi Jinping sent a message of sympathy to President Miguel Díaz-Canel over the heavy losses caused by Hurricane Ian in western Cuba. Xi said China will provide emergency assistance within its capacity.",
      "2022-10-01", emb("cu", "2022-10-01", 8),
      rel("Cuba", "2022-09-30", "message", True, "Díaz-Canel|Diaz-Canel")),
    P("emb-gy-vice-fm-meets-ali",
      "Vice Foreign Minister Xie Feng Meets with President Irfaan Ali",
      "2022-06-10\nOn June 8, 2022, Vice Foreign Minister Xie Feng met with Guyanese President Mohamed Irfaan Ali in Georgetown. Xie conveyed greetings from the Chinese leaders and said China regards Guyana as a good friend in the Caribbean.",
      "2022-06-10", emb("gy", "2022-06-10", 9),
      rel("Guyana", "2022-06-08", "meeting", False, "Ali")),
    # ======================= F. LAC government and newspaper pages in English =======================
    P("jm-opm-holness-call-with-li-qiang",
      "PM Holness Holds Talks With Chinese Premier",
      "Office of the Prime Minister | Posted: Tuesday, March 12, 2024\nPrime Minister the Most Hon. Andrew Holness spoke by telephone on Monday with Premier Li Qiang of the People's Republic of China.\nThe two heads of government discussed investment, infrastructure and cooperation on climate resilience.\nPrime Minister Holness thanked China for its support after recent floods.",
      "2024-03-12", lac("opm.gov.jm", "2024-03-12", 1),
      rel("Jamaica", "2024-03-11", "phone_call", True, "Holness")),
    P("br-planalto-lula-meets-wang-yi",
      "President Lula receives Chinese Foreign Minister Wang Yi",
      "Published on 18/01/2024 19h40 | Planalto\nPresident Luiz Inácio Lula da Silva received Chinese Foreign Minister Wang Yi at the Planalto Palace this Thursday (18). They discussed preparations for President Xi Jinping's state visit to Brazil in November and the joint work in the G20.\nForeign Minister Mauro Vieira also attended the meeting.",
      "2024-01-18", lac("www.gov.br/planalto/en", "2024-01-18", 2),
      rel("Brazil", "2024-01-18", "meeting", False, "Lula")),
    P("gy-stabroek-ali-meets-xi-hangzhou",
      "Ali meets Xi on sidelines of Asian Games opening",
      "Stabroek News | September 24, 2023\nPresident Irfaan Ali met Chinese President Xi Jinping in Hangzhou on Friday, before the opening of the Asian Games, the Office of the President said.\nThe two leaders discussed cooperation in infrastructure, agriculture and energy.",
      "2023-09-24", lac("www.stabroeknews.com", "2023-09-24", 3),
      rel("Guyana", "2023-09-22", "meeting", True, "Ali"),
      event_type="the Asian Games are a sports event, not a summit or conference between states"),
    P("tt-guardian-rowley-meets-xi-beijing",
      "Rowley, Xi hold talks in Beijing",
      "Guardian Media | Wednesday 26 June 2024\nPrime Minister Dr Keith Rowley held talks yesterday with Chinese President Xi Jinping at the Great Hall of the People in Beijing, where he is on an official visit.\nThe two leaders agreed to deepen cooperation in trade, energy and infrastructure, a statement from the Office of the Prime Minister said.",
      "2024-06-26", lac("www.guardian.co.tt", "2024-06-26", 4),
      rel("Trinidad and Tobago", "2024-06-25", "talks", True, "Rowley")),
    P("ar-batimes-milei-xi-rio",
      "Milei and Xi meet in Rio, pledge pragmatic ties",
      "Buenos Aires Times | November 19, 2024\nPresident Javier Milei met with Chinese leader Xi Jinping on the margins of the G20 summit in Rio de Janeiro on Monday, the presidential spokesperson said.\nThe meeting, which lasted about 40 minutes, focused on trade, the currency swap and investment.\nThe libertarian leader had been critical of China during last year's campaign.",
      "2024-11-19", lac("www.batimes.com.ar", "2024-11-19", 5),
      rel("Argentina", "2024-11-18", "meeting_on_sidelines", True, "Milei")),
    P("cl-gob-boric-state-visit-china",
      "President Boric begins State Visit to China",
      "Government of Chile | October 15, 2023\nPresident Gabriel Boric arrived in Beijing on Sunday to begin a State Visit to the People's Republic of China, during which he will attend the Belt and Road Forum and hold a meeting with President Xi Jinping.\nThe delegation includes ministers and business leaders.",
      "2023-10-15", lac("www.gob.cl/en", "2023-10-15", 6),
      rel("Chile", "2023-10-15", "state_visit", True, "Boric")),
    P("cu-granma-diaz-canel-xi-call",
      "Díaz-Canel and Xi Jinping hold phone conversation",
      "Granma English | December 23, 2022\nThe President of Cuba, Miguel Díaz-Canel Bermúdez, held a telephone conversation on Thursday with Chinese President Xi Jinping, in which both leaders reviewed the results of the Cuban president's recent visit to Beijing.",
      "2022-12-23", lac("en.granma.cu", "2022-12-23", 7),
      rel("Cuba", "2022-12-22", "phone_call", True, "Díaz-Canel|Diaz-Canel")),
    P("bb-gis-mottley-meets-wang-yi",
      "PM Mottley Meets Chinese Foreign Minister",
      "Barbados Government Information Service | 2023-02-02\nPrime Minister Mia Amor Mottley held a meeting with visiting Chinese Foreign Minister Qin Gang at Ilaro Court yesterday.\nThe Prime Minister and the Foreign Minister discussed climate finance, trade and people-to-people exchanges.",
      "2023-02-02", lac("gisbarbados.gov.bb", "2023-02-02", 8),
      rel("Barbados", "2023-02-01", "meeting", False, "Mottley")),
]
MORE: list[Probe] = [
    # ======================= G. furniture: tickers, related lists, features, bylines =======================
    P("xh-related-list-other-exchanges-after",
      "Xi meets Peruvian president ahead of APEC",
      " date 2024-11-15\nLIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping met with Peruvian President Dina Boluarte here on Thursday, before the two attended the inauguration of the Chancay port via video link.\nXi said the port will create a new land-sea corridor between China and Latin America.\nEditor: Huaxia\nRelated News\nXi meets Chilean president on sidelines of APEC meeting\nChina, Colombia lift ties to strategic partnership\nXi sends condolences to Cuban president",
      "2024-11-15", url(XH, "2024-11-15", 40),
      rel("Peru", "2024-11-14", "meeting", True, "Boluarte")),
    P("cd-ticker-top-then-wang-yi-talks",
      "Wang Yi holds talks with Colombian counterpart",
      "Trending: Xi meets Spanish PM | China's exports up 5% | Typhoon warning issued\nBy Mo Jingxi | China Daily | Updated: 2023-10-26 09:12\nForeign Minister Wang Yi held talks with Colombian Foreign Minister Álvaro Leyva in Beijing on Wednesday, on the sidelines of Colombian President Gustavo Petro's state visit.\nWang said China and Colombia should implement the consensus of the two heads of state.",
      "2023-10-26", url(CD, "2023-10-26", 41),
      rel("Colombia", "2023-10-25", "talks", False, "Leyva")),
    P("cgtn-feature-lead-day-later-xi-boric",
      "Salmon, lithium and a long friendship: Xi and Boric meet in Beijing",
      "Updated 20:11, 17-Oct-2023\nIn a room decorated with Chinese landscapes, the leaders of two countries on opposite shores of the Pacific sat down to talk about lithium, cherries and the future of their partnership.\nChinese President Xi Jinping met with Chilean President Gabriel Boric at the Great Hall of the People on Tuesday, the day before the Belt and Road Forum opened.\nXi recalled that China and Chile lifted their ties to a comprehensive strategic partnership in 2016.\nBoric said Chile wants to add more value to its exports to China.",
      "2023-10-17", url(CGTN, "2023-10-17", 42),
      rel("Chile", "2023-10-17", "meeting", True, "Boric", None, SKIP),
      event_type="a meeting the day before the Belt and Road Forum, with the leader in Beijing for it: sidelines or a plain meeting?"),
    P("xh-background-earlier-visits-many-dates",
      "Xi holds talks with Cuban president",
      " date 2025-05-10\nMOSCOW, May 9 (Xinhua) -- Chinese President Xi Jinping held talks with Cuban President Miguel Díaz-Canel Bermúdez in Moscow on Friday.\nThe two leaders last met in Beijing in November 2022, when Díaz-Canel paid a state visit to China. Xi visited Cuba in July 2014 and Díaz-Canel first came to China as president in November 2018.\nXi said China will continue to support Cuba in defending its sovereignty.",
      "2025-05-10", url(XH, "2025-05-10", 43),
      rel("Cuba", "2025-05-09", "talks", True, "Díaz-Canel|Diaz-Canel"),
      event_type="in Moscow for the Victory Day events: 'talks' is the text's own word; sidelines only for summits and conferences"),
    P("pd-photo-caption-credit-wang-yi-call-argentina",
      "Chinese FM holds phone talks with Argentine counterpart",
      "(Xinhua) 10:21, February 21, 2024\nFile photo shows Chinese Foreign Minister Wang Yi. (Xinhua/Zhai Jianlan)\nBEIJING, Feb. 20 -- Chinese Foreign Minister Wang Yi held a phone conversation with Argentine Foreign Minister Diana Mondino on Tuesday.\nWang said China is willing to work with Argentina to keep ties on the right track.\nMondino said Argentina attaches great importance to its relations with China.\nEditor: Liang Jun",
      "2024-02-21", url(PD, "2024-02-21", 44),
      rel("Argentina", "2024-02-20", "phone_call", False, "Mondino")),
    P("xh-vice-premier-meets-president",
      "Chinese vice premier meets Dominican president",
      " date 2024-08-17\nSANTO DOMINGO, Aug. 16 (Xinhua) -- Chinese Vice Premier Liu Guozhong, who attended the inauguration ceremony of Dominican President Luis Abinader as President Xi Jinping's special envoy, met with Abinader here on Friday.\nLiu said China is willing to work with the Dominican Republic to expand practical cooperation.",
      "2024-08-17", url(XH, "2024-08-17", 45),
      rel("Dominican Republic", "2024-08-16", "meeting", False, "Abinader")),
    P("xh-signed-article-peru",
      "Full text of Chinese President Xi Jinping's signed article in Peruvian media",
      " date 2024-11-13\nLIMA, Nov. 13 (Xinhua) -- Chinese President Xi Jinping on Wednesday published a signed article in the Peruvian newspaper El Peruano ahead of the APEC Economic Leaders' Meeting and his state visit to Peru.\nThe article is titled \"Friendship that spans mountains and seas\". The full text follows:\nIt is my pleasure to come to Peru again...",
      "2024-11-13", url(XH, "2024-11-13", 46),
      rel("Peru", "2024-11-13", "message", False, None)),
    P("xh-xi-dominica-skerrit-talks",
      "Xi holds talks with Dominican prime minister",
      " date 2024-06-25\nBEIJING, June 24 (Xinhua) -- Chinese President Xi Jinping held talks with Prime Minister of Dominica Roosevelt Skerrit in Beijing on Monday.\nXi said China and Dominica are sincere friends despite the difference in size.\nSkerrit said Dominica firmly adheres to the one-China principle.",
      "2024-06-25", url(XH, "2024-06-25", 47),
      rel("Dominica", "2024-06-24", "talks", True, "Skerrit")),
    P("xh-costa-rica-solis-2015-establish",
      "China, Costa Rica agree to build strategic partnership",
      "BEIJING, Jan. 6 (Xinhua) -- Chinese President Xi Jinping and visiting Costa Rican President Luis Guillermo Solís agreed on Tuesday to establish a strategic partnership between the two countries.\nSolís is in Beijing on a state visit and for the ministerial meeting of the China-CELAC Forum.\nXi said Costa Rica was the first Central American country to forge ties with China.",
      "2015-01-07", url(XH_OLD, "2015-01-07", 48),
      rel("Costa Rica", "2015-01-06", "talks", True, "Solís|Solis", "establish", SP),
      event_type="'agreed' in a meeting of heads during a state visit with the CELAC forum: talks, meeting or sidelines?"),
    P("xh-recall-only-xi-lula-upgrade-2012",
      "Xi, Lula exchange views by phone",
      " date 2025-01-17\nBEIJING, Jan. 16 (Xinhua) -- Chinese President Xi Jinping held a phone conversation with Brazilian President Luiz Inácio Lula da Silva on Thursday.\nXi recalled that the two countries had raised ties to a comprehensive strategic partnership in 2012 and built a community with a shared future last year.\nLula said Brazil will host the BRICS summit this year.",
      "2025-01-17", url(XH, "2025-01-17", 49),
      rel("Brazil", "2025-01-16", "phone_call", True, "Lula", None, SKIP)),
    P("xh-wang-yi-tour-caribbean-multilateral",
      "Wang Yi concludes Caribbean tour",
      " date 2024-01-22\nKINGSTON, Jan. 21 (Xinhua) -- Chinese Foreign Minister Wang Yi left Kingston on Sunday, wrapping up a trip that took him to Brazil and Jamaica.\nWang arrived in Brasilia on Thursday and flew to Kingston on Saturday, where he met Prime Minister Andrew Holness.\nEditor: Huaxia",
      "2024-01-22", url(XH, "2024-01-22", 50),
      rel("multilateral", "2024-01-18", "official_visit", False, None)),
    # ======================= H. a few Chinese copies (simplified and traditional) =======================
    P("xh-zh-xi-petro-talks",
      "习近平同哥伦比亚总统佩特罗会谈",
      " date 2023-10-26\n新华社北京10月25日电 国家主席习近平25日在人民大会堂同来华进行国事访问的哥伦比亚总统佩特罗举行会谈。两国元首共同宣布建立中哥战略伙伴关系。\n【纠错】 责任编辑：刘",
      "2023-10-26", url("http://www.news.cn/politics/leaders/{y}-{m}/{d}/c_11{n:05d}.htm", "2023-10-26", 60),
      rel("Colombia", "2023-10-25", "talks", True, "佩特罗|Petro", "establish", SP)),
    P("pd-zh-wang-yi-meets-cuban-fm",
      "王毅会见古巴外长罗德里格斯",
      "人民网北京3月4日电 据外交部网站消息，3月3日，外交部长王毅在北京会见古巴外长罗德里格斯。\n王毅表示，中方坚定支持古巴维护国家主权。\n（责编：王）",
      "2025-03-04", url("http://world.people.com.cn/n1/{y}/{m}{d}/c1002-4{n:07d}.html", "2025-03-04", 61),
      rel("Cuba", "2025-03-03", "meeting", False, "罗德里格斯|Rodríguez")),
    P("hk-zh-trad-xi-lacalle-pou",
      "習近平同烏拉圭總統拉卡列會談 宣布建立全面戰略夥伴關係",
      "【大公報訊】據新華社報道：國家主席習近平22日在人民大會堂同來華進行國事訪問的烏拉圭總統拉卡列舉行會談。兩國元首宣布將中烏關係提升為全面戰略夥伴關係。",
      "2023-11-23", url("https://www.takungpao.com/news/232109/{y}/{m}{d}/{n:06d}.html", "2023-11-23", 62),
      rel("Uruguay", "2023-11-22", "talks", True, "拉卡列|Lacalle", "upgrade", CSP)),
    P("emb-zh-li-qiang-meets-guyana-pm",
      "李强会见圭亚那总理菲利普斯",
      "2024-06-27\n6月26日上午，国务院总理李强在人民大会堂会见来华进行正式访问的圭亚那总理菲利普斯。",
      "2024-06-27", url("http://gy.china-embassy.gov.cn/chn/zgyw/{ym}/t{ymd}_11{n:06d}.htm", "2024-06-27", 63),
      rel("Guyana", "2024-06-26", "meeting", True, "菲利普斯|Phillips")),
]

NEGATIVES: list[Probe] = [
    # ======================= I. not relevant =======================
    P("no-xh-lula-meets-petro-bogota",
      "Brazilian, Colombian presidents discuss Amazon cooperation",
      " date 2024-04-18\nBOGOTA, April 17 (Xinhua) -- Brazilian President Luiz Inácio Lula da Silva and his Colombian counterpart Gustavo Petro met in Bogota on Wednesday and signed agreements on protecting the Amazon rainforest.\nLula is on a two-day state visit to Colombia.",
      "2024-04-18", url(XH, "2024-04-18", 70), NO),
    P("no-xh-mercosur-summit",
      "Mercosur leaders gather in Montevideo",
      " date 2024-12-07\nMONTEVIDEO, Dec. 6 (Xinhua) -- Leaders of the South American trade bloc Mercosur met in Montevideo on Friday and concluded talks on a trade agreement with the European Union.\nThe summit was attended by the presidents of Argentina, Brazil, Paraguay and Uruguay.",
      "2024-12-07", url(XH, "2024-12-07", 71), NO),
    P("no-gt-analysts-lac-ties",
      "China-LAC ties resilient despite US pressure: analysts",
      "By Global Times Published: Feb 20, 2025 08:44 PM\nChinese analysts said on Thursday that cooperation between China and Latin American countries rests on mutual benefit and will not be derailed by Washington's pressure on Panama and other countries.\n\"Latin American countries make their own choices,\" said a researcher at a Beijing university.\nAnother expert noted that trade between China and the region exceeded 480 billion US dollars last year.",
      "2025-02-20", url(GT, "2025-02-20", 72), NO),
    P("no-cd-trade-figures-brazil-soybeans",
      "China's soybean imports from Brazil hit record",
      "By Zheng Xin | China Daily | Updated: 2024-01-13\nChina imported a record amount of soybeans from Brazil last year, customs data showed on Friday, as Brazilian farmers harvested a bumper crop.\nImports from Brazil accounted for about 70 percent of the total, analysts said.",
      "2024-01-13", url(CD, "2024-01-13", 73), NO),
    P("no-xh-trade-chile-cherries",
      "Chilean cherry exports to China surge",
      " date 2025-01-08\nSANTIAGO, Jan. 7 (Xinhua) -- Chile's cherry exports to China rose sharply in the current season, the Chilean fruit exporters' association said on Tuesday.\nChina is Chile's largest trading partner, and the two countries signed a free trade agreement in 2005.",
      "2025-01-08", url(XH, "2025-01-08", 74), NO),
    P("no-gt-spokesperson-venezuela-election-remarks",
      "China respects Venezuelan people's choice: FM spokesperson",
      "By Global Times Published: Jul 29, 2024 07:10 PM\nChina respects the choice of the Venezuelan people and hopes all parties will resolve differences through dialogue, Foreign Ministry spokesperson Wang Wenbin said on Monday at a routine press conference.\nAsked about the Venezuelan presidential election, Wang said China has always followed the principle of non-interference.",
      "2024-07-29", url(GT, "2024-07-29", 75), NO),
    P("no-xh-xi-meets-spanish-pm",
      "Xi meets Spanish prime minister",
      " date 2025-04-12\nBEIJING, April 11 (Xinhua) -- Chinese President Xi Jinping met with Spanish Prime Minister Pedro Sánchez in Beijing on Friday.\nXi said China and Spain should jointly resist unilateral bullying.",
      "2025-04-12", url(XH, "2025-04-12", 76), NO),
    P("no-xh-wang-yi-meets-portuguese-fm",
      "Chinese FM meets Portuguese counterpart",
      " date 2024-09-28\nNEW YORK, Sept. 27 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Portuguese Foreign Minister Paulo Rangel on the sidelines of the UN General Assembly on Friday.",
      "2024-09-28", url(XH, "2024-09-28", 77), NO),
    P("no-xh-paraguay-taiwan",
      "Paraguayan president visits Taiwan region",
      " date 2024-10-17\nASUNCION, Oct. 16 (Xinhua) -- Paraguayan President Santiago Peña left for China's Taiwan region on Wednesday for a visit, drawing a firm protest from Beijing.\nA Chinese Foreign Ministry spokesperson urged Paraguay to recognize the trend of history.",
      "2024-10-17", url(XH, "2024-10-17", 78), NO),
    P("no-cgtn-blinken-panama",
      "US secretary of state visits Panama amid canal row",
      "Updated 09:40, 03-Feb-2025\nU.S. Secretary of State Marco Rubio met with Panamanian President José Raúl Mulino in Panama City on Sunday as Washington pressed its claims over the canal.\nChina's Foreign Ministry said the canal is not controlled by any major power.",
      "2025-02-03", url(CGTN, "2025-02-03", 79), NO),
    P("no-emb-ambassador-reception-national-day",
      "Embassy Holds Reception to Celebrate the 75th Anniversary of the PRC",
      "2024-09-27\nOn September 25, the Chinese Embassy in Argentina held a reception to celebrate the 75th anniversary of the founding of the People's Republic of China. Ambassador Wang Wei delivered a speech. Argentine Foreign Minister Diana Mondino and about 600 guests attended.",
      "2024-09-27", emb("ar", "2024-09-27", 80), NO),
    P("no-emb-consul-meets-mayor",
      "Consul General in Rio Meets Mayor Eduardo Paes",
      "2024-03-15\nOn March 14, Consul General Tian Min met with Rio de Janeiro Mayor Eduardo Paes. The two sides discussed cooperation in urban transport and culture.",
      "2024-03-15", emb("br", "2024-03-15", 81), NO),
    P("no-xh-hospital-ship-jamaica",
      "Chinese navy hospital ship arrives in Jamaica",
      " date 2024-10-12\nKINGSTON, Oct. 11 (Xinhua) -- The Chinese navy hospital ship Silk Road Ark arrived in Kingston on Friday for a week-long medical service mission, the first such visit to Jamaica.\nChinese Ambassador Chen Daojiang and Jamaican officials greeted the crew at the port.",
      "2024-10-12", url(XH, "2024-10-12", 82), NO),
    P("no-gt-byd-brazil-plant",
      "BYD starts production at Brazil plant",
      "By Global Times Published: Jul 02, 2025 06:30 PM\nChinese carmaker BYD on Tuesday began assembling vehicles at its new factory in Camaçari, Bahia, analysts said the plant would reshape Brazil's car market.\nBrazilian President Lula attended the ceremony.",
      "2025-07-02", url(GT, "2025-07-02", 83), NO),
    P("no-pd-ambassador-meets-cuban-vice-president",
      "Chinese ambassador meets Cuban vice president",
      "(Xinhua) 10:02, April 03, 2024\nHAVANA, April 2 -- Chinese Ambassador to Cuba Ma Hui met with Cuban Vice President Salvador Valdés Mesa in Havana on Tuesday, the two sides discussing the implementation of cooperation projects.\nEditor: Wu",
      "2024-04-03", url(PD, "2024-04-03", 84), NO),
    P("no-xh-argentina-brazil-lula-milei",
      "Lula, Milei hold first meeting on sidelines of G20",
      " date 2024-11-19\nRIO DE JANEIRO, Nov. 18 (Xinhua) -- Brazilian President Luiz Inácio Lula da Silva greeted Argentine President Javier Milei at the G20 summit venue on Monday, their first encounter since Milei took office.\nChinese President Xi Jinping arrived in Rio on Sunday for the summit.",
      "2024-11-19", url(XH, "2024-11-19", 85), NO),
]
EXTRA: list[Probe] = [
    # ======================= J. more combinations =======================
    P("pd-xi-bukele-title-meets-lead-talks",
      "Xi meets Salvadoran president",
      "(Xinhua) 08:41, December 04, 2019\nBEIJING, Dec. 3 -- Chinese President Xi Jinping held talks with Salvadoran President Nayib Bukele, who is on a state visit to China, at the Great Hall of the People on Tuesday.\nXi said El Salvador's decision to establish diplomatic ties with China last year was the right one.\nEditor: Bianji",
      "2019-12-04", url(PD, "2019-12-04", 90),
      rel("El Salvador", "2019-12-03", "talks", True, "Bukele")),
    P("cgtn-xi-varela-panama-city-no-step",
      "Xi, Varela hold talks in Panama City",
      "Updated 10:05, 04-Dec-2018\nChinese President Xi Jinping held talks with Panamanian President Juan Carlos Varela in Panama City on Monday local time, the first state visit by a Chinese president to Panama.\nThe two sides signed nearly 20 cooperation documents covering trade, infrastructure and tourism.\nChina and Panama established diplomatic ties in June 2017.",
      "2018-12-04", url(CGTN, "2018-12-04", 91),
      rel("Panama", "2018-12-03", "talks", True, "Varela")),
    P("xh-wang-yi-phone-amorim-adviser",
      "Wang Yi holds phone talks with Brazilian presidential adviser",
      " date 2024-05-24\nBEIJING, May 23 (Xinhua) -- Wang Yi, Chinese foreign minister, held a phone conversation with Celso Amorim, chief adviser to the Brazilian president, on Thursday.\nThe two sides exchanged views on the Ukraine crisis and agreed on a set of common understandings for a political settlement.",
      "2024-05-24", url(XH, "2024-05-24", 92),
      rel("Brazil", "2024-05-23", "phone_call", False, "Amorim")),
    P("xh-wang-yi-meets-caribbean-fms-group",
      "Wang Yi meets Caribbean foreign ministers",
      " date 2024-09-25\nNEW YORK, Sept. 24 (Xinhua) -- Chinese Foreign Minister Wang Yi met with foreign ministers of Caribbean countries having diplomatic ties with China on Tuesday on the sidelines of the UN General Assembly.\nRepresentatives of Jamaica, Barbados, Grenada, Guyana and Suriname attended.",
      "2024-09-25", url(XH, "2024-09-25", 93),
      rel("multilateral", "2024-09-24", "meeting_on_sidelines", False, None)),
    P("xh-xi-condolences-pinera-death",
      "Xi sends condolences over death of former Chilean president Pinera",
      " date 2024-02-08\nBEIJING, Feb. 8 (Xinhua) -- Chinese President Xi Jinping on Thursday sent a message of condolences to Chilean President Gabriel Boric over the death of former Chilean President Sebastián Piñera in a helicopter crash on Tuesday.",
      "2024-02-08", url(XH, "2024-02-08", 94),
      rel("Chile", "2024-02-08", "message", True, "Boric")),
    P("cd-xi-message-sheinbaum-takes-office",
      "Xi congratulates Sheinbaum on taking office as Mexican president",
      "China Daily | Updated: 2024-10-02 09:10\nPresident Xi Jinping sent a congratulatory message on Tuesday to Claudia Sheinbaum on her inauguration as the president of Mexico.\nXi said he is willing to work with President Sheinbaum to push forward the China-Mexico comprehensive strategic partnership.",
      "2024-10-02", url(CD, "2024-10-02", 95),
      rel("Mexico", "2024-10-01", "message", True, "Sheinbaum", None, SKIP)),
    P("xh-xi-fernandez-brics-2023",
      "Xi meets Argentine president in Johannesburg",
      " date 2023-08-24\nJOHANNESBURG, Aug. 23 (Xinhua) -- Chinese President Xi Jinping met with Argentine President Alberto Fernández on Wednesday on the sidelines of the 15th BRICS Summit.\nXi welcomed Argentina's admission as a new member of BRICS.",
      "2023-08-24", url(XH, "2023-08-24", 96),
      rel("Argentina", "2023-08-23", "meeting_on_sidelines", True, "Fernández|Fernandez")),
    P("cgtn-wang-yi-meets-nicaragua-fm",
      "Wang Yi meets Nicaraguan foreign minister",
      "Updated 21:30, 22-Mar-2024\nChinese Foreign Minister Wang Yi met with Nicaraguan Foreign Minister Valdrack Jaentschke in Beijing on Friday.\nWang said China supports Nicaragua in upholding its sovereignty and independence.",
      "2024-03-22", url(CGTN, "2024-03-22", 97),
      rel("Nicaragua", "2024-03-22", "meeting", False, "Jaentschke")),
    P("xh-vice-fm-consultations-mexico",
      "China, Mexico hold political consultations",
      " date 2024-05-10\nMEXICO CITY, May 9 (Xinhua) -- Chinese Vice Foreign Minister Ma Zhaoxu and Mexican Deputy Foreign Minister for Multilateral Affairs Joel Hernández co-chaired the China-Mexico political consultation in Mexico City on Thursday.",
      "2024-05-10", url(XH, "2024-05-10", 98),
      rel("Mexico", "2024-05-09", "other", False, "Hernández|Hernandez"),
      event_type="a consultation of vice ministers: 'talks' (会谈-like) or 'other'?"),
    P("pd-wang-yi-china-celac-ministerial-cochair",
      "Wang Yi chairs China-CELAC Forum ministerial meeting",
      "(Xinhua) 09:15, May 14, 2025\nBEIJING, May 13 -- Chinese Foreign Minister Wang Yi on Tuesday co-chaired the fourth ministerial meeting of the China-CELAC Forum with Colombian Foreign Minister Laura Sarabia, whose country holds the CELAC presidency.\nThe meeting adopted a Beijing declaration and a joint action plan for 2025-2027.",
      "2025-05-14", url(PD, "2025-05-14", 99),
      rel("multilateral", "2025-05-13", "other", False, None)),
    P("no-cgtn-xi-biden-lima",
      "Xi, Biden meet in Lima on sidelines of APEC",
      "Updated 08:15, 17-Nov-2024\nChinese President Xi Jinping met with U.S. President Joe Biden in Lima, Peru on Saturday on the sidelines of the APEC Economic Leaders' Meeting.\nIt was the third in-person meeting between the two leaders.",
      "2024-11-17", url(CGTN, "2024-11-17", 100), NO),
    P("no-xh-lac-diplomats-visit-xinjiang",
      "Latin American diplomats visit Xinjiang",
      " date 2024-06-15\nURUMQI, June 14 (Xinhua) -- A group of diplomats from Latin American and Caribbean countries stationed in China visited Xinjiang this week, touring cotton farms and a museum.\nThe trip was organized by the Foreign Ministry.",
      "2024-06-15", url(XH, "2024-06-15", 101), NO),
    P("no-gt-analyst-on-upcoming-summit-no-exchange",
      "GT Voice: Latin America's China trade is a two-way win",
      "By GT staff reporters Published: May 11, 2025 09:02 PM\nAs Beijing prepares to host a gathering of Latin American officials, analysts said trade with the region has grown for a decade and Chinese investment has shifted to green energy and electric vehicles.\n\"The figures speak for themselves,\" an economist said.",
      "2025-05-11", url(GT, "2025-05-11", 102), NO),
]


# ======================= second batch, written after the first rules: run blind once, then fixed =======================
BATCH2: list[Probe] = [
    P("b2-xh-old-hu-garcia-2008-establish",
      "China, Peru set up strategic partnership",
      "LIMA, Nov. 19 (Xinhua) -- Chinese President Hu Jintao and his Peruvian counterpart Alan García agreed here on Wednesday to establish a strategic partnership between the two countries.\nThe agreement was reached during talks between the two presidents, held a few days before the APEC leaders' meeting opens in the Peruvian capital.\nHu arrived in Lima on Tuesday for a state visit.",
      "2008-11-20", url(XH_OLD, "2008-11-20", 201),
      rel("Peru", "2008-11-19", "talks", True, "García|Garcia", "establish", SP)),
    P("b2-pd-old-wen-fox-2003-establish",
      "Chinese premier, Mexican president agree on strategic partnership",
      "(Xinhua) 08:15, December 13, 2003\nMEXICO CITY, Dec. 12 -- Visiting Chinese Premier Wen Jiabao and Mexican President Vicente Fox agreed on Friday to establish a strategic partnership, after holding talks at the Los Pinos presidential residence.\nWen is on an official visit to Mexico, the first stop of a trip that will also take him to Canada and Ethiopia.",
      "2003-12-13", url(PD, "2003-12-13", 202),
      rel("Mexico", "2003-12-12", "talks", True, "Fox", "establish", SP)),
    P("b2-emb-ar-hu-kirchner-2004-establish",
      "President Hu Jintao Holds Talks with President Néstor Kirchner",
      "2004/11/17\nOn November 16, 2004, President Hu Jintao held talks with President Néstor Kirchner at the Casa Rosada in Buenos Aires. The two heads of state agreed to establish a strategic partnership between China and Argentina.",
      "2004-11-17", emb("ar", "2004-11-17", 203),
      rel("Argentina", "2004-11-16", "talks", True, "Kirchner", "establish", SP)),
    P("b2-xh-li-keqiang-arrives-brasilia-2015",
      "Chinese premier arrives in Brasilia for official visit",
      "BRASILIA, May 18 (Xinhua) -- Chinese Premier Li Keqiang arrived here Monday for an official visit to Brazil, the first leg of a Latin American tour that will also take him to Colombia, Peru and Chile.\nDuring his stay, Li will hold talks with Brazilian President Dilma Rousseff.",
      "2015-05-19", url(XH_OLD, "2015-05-19", 204),
      rel("Brazil", "2015-05-18", "official_visit", True, None),
      head_of_state_level="an arrival: the host will receive the visitor; 'will hold talks' is coded as not yet received"),
    P("b2-cgtn-xi-lula-joint-press",
      "Xi, Lula meet the press after talks",
      "Updated 22:40, 20-Nov-2024\nChinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva jointly met the press in Brasilia on Wednesday after their talks.\nXi told reporters that the two sides had agreed to align the Belt and Road Initiative with Brazil's development strategies.",
      "2024-11-20", url(CGTN, "2024-11-20", 205),
      rel("Brazil", "2024-11-20", "other", True, "Lula")),
    P("b2-xh-xi-petro-witness-signing",
      "Xi, Petro witness signing of cooperation documents",
      " date 2023-10-26\nBEIJING, Oct. 25 (Xinhua) -- Chinese President Xi Jinping and Colombian President Gustavo Petro on Wednesday witnessed the signing of a dozen cooperation documents on trade, investment, agriculture and culture after their talks at the Great Hall of the People.",
      "2023-10-26", url(XH, "2023-10-26", 206),
      rel("Colombia", "2023-10-25", "other", True, "Petro")),
    P("b2-xh-diaz-canel-congratulates-xi",
      "Cuban leader congratulates Xi on re-election as CPC general secretary",
      " date 2022-10-24\nHAVANA, Oct. 23 (Xinhua) -- Cuban President Miguel Díaz-Canel Bermúdez on Sunday sent a message of congratulations to Xi Jinping on his re-election as general secretary of the Communist Party of China Central Committee.\nDíaz-Canel said the re-election reflects the trust of the Chinese people.",
      "2022-10-24", url(XH, "2022-10-24", 207),
      rel("Cuba", "2022-10-23", "message", True, "Díaz-Canel|Diaz-Canel")),
    P("b2-xh-xi-reply-brazilian-students",
      "Xi replies to letter from Brazilian students",
      " date 2024-05-21\nBEIJING, May 20 (Xinhua) -- Chinese President Xi Jinping has replied to a letter from a group of students at a Brazilian university who are learning Chinese, encouraging them to become envoys of friendship.\nIn the reply, Xi said he was glad to learn that more young Brazilians are learning about China.",
      "2024-05-21", url(XH, "2024-05-21", 208),
      rel("Brazil", None, "message", False, None),
      relevant="a reply to students: the codebook's exchange is with 'actors of a LAC country', the study's with officials",
      event_date="'has replied' gives no day; the dateline's day is when the reply was made public"),
    P("b2-gt-wang-yi-to-visit-brazil-jamaica",
      "Wang Yi to visit Brazil, Jamaica",
      "By Global Times Published: Jan 16, 2024 05:12 PM\nAt the invitation of the two countries' foreign ministers, Chinese Foreign Minister Wang Yi will visit Brazil and Jamaica from January 18 to 21, Foreign Ministry spokesperson Mao Ning announced on Tuesday.\nChinese analysts said the trip shows the importance China attaches to the region.",
      "2024-01-16", url(GT, "2024-01-16", 209),
      rel("multilateral", "2024-01-18", "official_visit", False, None)),
    P("b2-xh-xi-message-celac-summit",
      "Xi sends congratulatory message to CELAC summit",
      " date 2023-01-25\nBEIJING, Jan. 24 (Xinhua) -- Chinese President Xi Jinping on Tuesday sent a congratulatory message to the seventh summit of the Community of Latin American and Caribbean States (CELAC), held in Buenos Aires.\nXi said China has always viewed its relations with Latin America and the Caribbean from a strategic height.",
      "2023-01-25", url(XH, "2023-01-25", 210),
      rel("multilateral", "2023-01-24", "message", False, None)),
    P("b2-cd-related-list-upgrade-other-country",
      "Xi meets Dominican Republic president",
      "China Daily | Updated: 2018-11-02\nPresident Xi Jinping met with President Danilo Medina of the Dominican Republic, who is on a state visit to China, in Beijing on Thursday.\nXi said the establishment of diplomatic ties in May opened a new chapter.\nRelated stories:\nChina, Uruguay forge strategic partnership\nChina, Bolivia establish strategic partnership",
      "2018-11-02", url(CD, "2018-11-02", 211),
      rel("Dominican Republic", "2018-11-01", "meeting", True, "Medina")),
    P("b2-xh-caption-date-then-lead-weekday",
      "Xi holds talks with Cuban president",
      " date 2018-11-09\nChinese President Xi Jinping holds a welcome ceremony for Cuban President Miguel Díaz-Canel before their talks in Beijing, capital of China, Nov. 8, 2018. (Xinhua/Ju Peng)\nBEIJING, Nov. 8 (Xinhua) -- Chinese President Xi Jinping held talks with Cuban President Miguel Díaz-Canel at the Great Hall of the People in Beijing Thursday.\nThis is Díaz-Canel's first visit to China since taking office in April.",
      "2018-11-09", url(XH, "2018-11-09", 212),
      rel("Cuba", "2018-11-08", "talks", True, "Díaz-Canel|Diaz-Canel")),
    P("b2-xh-weekday-evening-local-time-dateline-next-day",
      "Xi, Ortega hold video talks",
      " date 2023-09-01\nBEIJING, Sept. 1 (Xinhua) -- Chinese President Xi Jinping held a video call with Nicaraguan President Daniel Ortega Saavedra on Thursday evening.\nXi said the two countries had made rapid progress since the resumption of diplomatic ties in December 2021.",
      "2023-09-01", url(XH, "2023-09-01", 213),
      rel("Nicaragua", "2023-08-31", "video_call", True, "Ortega")),
    P("b2-pd-xi-fernandez-winter-olympics",
      "Xi holds talks with Argentine president via video link",
      "(Xinhua) 09:02, February 07, 2022\nBEIJING, Feb. 6 -- Chinese President Xi Jinping met with Argentine President Alberto Fernández, who is in Beijing for the opening ceremony of the Winter Olympics, on Sunday.\nThe two leaders signed off on Argentina joining the Belt and Road Initiative.",
      "2022-02-07", url(PD, "2022-02-07", 214),
      rel("Argentina", "2022-02-06", "meeting", True, "Fernández|Fernandez"),
      event_type="the Winter Olympics' opening is no summit of states (as a trade expo is not), though heads came for it"),
    P("b2-xh-wang-qishan-inauguration-amlo",
      "Chinese vice president attends inauguration of Mexican president",
      " date 2018-12-02\nMEXICO CITY, Dec. 1 (Xinhua) -- Chinese Vice President Wang Qishan, as President Xi Jinping's special envoy, attended the inauguration ceremony of Mexican President Andrés Manuel López Obrador here on Saturday.",
      "2018-12-02", url(XH, "2018-12-02", 215),
      rel("Mexico", "2018-12-01", "other", False, "López Obrador|Lopez Obrador")),
    P("b2-gt-xi-boluarte-talks-sunday-this-week-kept",
      "Xi, Boluarte pledge to make Chancay a showcase",
      "By Global Times Published: Nov 15, 2024 12:01 AM\nChinese President Xi Jinping and Peruvian President Dina Boluarte held talks in Lima on Thursday local time, and the two leaders attended the opening of the Chancay port via video link.\nAnalysts said this week's visit marks a new era of cooperation.",
      "2024-11-15", url(GT, "2024-11-15", 216),
      rel("Peru", "2024-11-14", "talks", True, "Boluarte")),
    P("b2-emb-jm-wang-yi-holness-kingston",
      "Foreign Minister Wang Yi Meets with Prime Minister Andrew Holness",
      "2024-01-21\nOn January 20, 2024 local time, Foreign Minister Wang Yi met with Prime Minister Andrew Holness in Kingston. Prime Minister Holness welcomed Wang Yi's first visit to Jamaica.",
      "2024-01-21", emb("jm", "2024-01-21", 217),
      rel("Jamaica", "2024-01-20", "meeting", False, "Holness")),
    P("b2-tt-newsday-rowley-returns-from-china",
      "Rowley back from China visit, touts deals",
      "Newsday | Monday 1 July 2024\nPrime Minister Dr Keith Rowley returned to Trinidad and Tobago on Sunday after a week-long official visit to China, during which he held talks with President Xi Jinping and Premier Li Qiang.\nThe Prime Minister said several agreements on infrastructure and trade were signed.",
      "2024-07-01", lac("newsday.co.tt", "2024-07-01", 218),
      rel("Trinidad and Tobago", None, "official_visit", True, "Rowley"),
      event_date="the visit's first day is not stated (a week ending Sunday); the return day is the only day given"),
    # ---- negatives ----
    P("no-b2-emb-ambassador-article-newspaper",
      "Ambassador Zhu Qingqiao Publishes Signed Article in Correio Braziliense",
      "2024-08-15\nOn August 15, 2024, Chinese Ambassador to Brazil Zhu Qingqiao published a signed article in the Brazilian newspaper Correio Braziliense on the 50th anniversary of diplomatic ties.",
      "2024-08-15", emb("br", "2024-08-15", 219), NO),
    P("no-b2-gt-editorial-milei",
      "GT editorial: Pragmatism should guide Argentina's China policy",
      "By Global Times Published: Dec 13, 2024 09:40 PM\nArgentina's President Javier Milei has softened his tone on China since taking office a year ago. The shift reflects a simple truth: China is one of Argentina's largest trading partners and the largest buyer of its soybeans.",
      "2024-12-13", url(GT, "2024-12-13", 220), NO),
    P("no-b2-xh-peru-brazil-ministers",
      "Peru, Brazil sign deal on bi-oceanic corridor",
      " date 2024-05-21\nLIMA, May 20 (Xinhua) -- The foreign ministers of Peru and Brazil on Monday signed an agreement to study a road and rail corridor linking the Pacific and the Atlantic, which could connect with the Chinese-built port of Chancay.",
      "2024-05-21", url(XH, "2024-05-21", 221), NO),
    P("no-b2-cd-trade-mexico-tariffs",
      "Mexico's tariff plan worries Chinese exporters",
      "By Liu Zhihua | China Daily | Updated: 2024-12-13\nChinese exporters of textiles and steel are concerned about Mexico's plan to raise tariffs on goods from countries without trade deals, analysts said on Friday.\nChina's exports to Mexico grew by 10 percent in the first 11 months.",
      "2024-12-13", url(CD, "2024-12-13", 222), NO),
    P("no-b2-xh-xi-meets-biden-not-lac-host",
      "Xi meets Biden in Lima",
      " date 2024-11-17\nLIMA, Nov. 16 (Xinhua) -- Chinese President Xi Jinping met with U.S. President Joe Biden here on Saturday on the sidelines of the APEC Economic Leaders' Meeting.\nPeru is hosting APEC this year.",
      "2024-11-17", url(XH, "2024-11-17", 223), NO),
    P("no-b2-cgtn-lac-envoys-credentials",
      "New Chinese ambassador presents credentials to Salvadoran president",
      "Updated 10:12, 27-Mar-2023\nNew Chinese Ambassador to El Salvador Zhang Yanhui presented his credentials to Salvadoran President Nayib Bukele in San Salvador on Monday.",
      "2023-03-27", url(CGTN, "2023-03-27", 224), NO),
]

ALL = PROBES + COPIES + MORE + NEGATIVES + EXTRA + BATCH2
BY_ID = {p.pid: p for p in ALL}

# (probe, field) pairs the first run failed and this campaign left open, with the reason.
OPEN: dict[tuple[str, str], str] = {
    ("no-xh-paraguay-taiwan", "relevant"):
        "the lead names China only in 'China's Taiwan region' (a place) and the page reports a LAC president's "
        "trip there; no rule yet tells a place called China's from a Chinese side",
    ("no-xh-lac-diplomats-visit-xinjiang", "relevant"):
        "LAC diplomats touring a Chinese region, organised by the ministry, with no Chinese principal named: "
        "the visit word lets the page past the no-principal gate",
    ("xh-vice-fm-consultations-mexico", "counterpart"):
        "a LAC vice minister's office with its portfolio before the name ('Deputy Foreign Minister for "
        "Multilateral Affairs Joel Hernández'): the office is found, the name after the portfolio is not",
}


@cache
def _record(pid: str):
    probe = BY_ID[pid]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in probe.title) else "en"
    return mfa(probe.text, title=probe.title, published=probe.published, lang=lang, url=probe.url)


def value_of(record, name: str):
    if name == "counterpart":
        return record.counterpart or ""
    return getattr(record, name)


def cases():
    for probe in ALL:
        for name, expected in probe.expect.items():
            marks = []
            if name in probe.doubtful:
                marks.append(pytest.mark.xfail(strict=False, reason="doubtful: " + probe.doubtful[name]))
            elif (probe.pid, name) in OPEN:
                marks.append(pytest.mark.xfail(strict=False, reason=OPEN[(probe.pid, name)]))
            yield pytest.param(probe, name, expected, id=f"{probe.pid}-{name}", marks=marks)


@pytest.mark.parametrize(("probe", "name", "expected"), list(cases()))
def test_mfa_copies_s12_page_field(probe: Probe, name: str, expected):
    """Codebook (foreign ministry) on copies: relevance, country, the exchange's first day (weekdays
    counted back from the dateline, local-time days, the day a feature lead gives later), the
    headline's exchange typed by the text's own word, both principals heads of state/government, the
    partnership action read against the history table; the counterpart names the LAC principal."""
    got = value_of(_record(probe.pid), name)
    if name == "counterpart":  # the name as printed or in the gazetteer's English form
        assert any(form in got for form in expected.split("|"))
    else:
        assert got == expected


def test_probe_ids_are_unique():
    assert len(BY_ID) == len(ALL)
