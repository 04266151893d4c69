"""Campaign 11K: party-exchange news as English-language Chinese portals reprint it (People's Daily
Online, China Daily, ecns.cn, CGTN, Global Times, China.org.cn, Xinhua's english.news.cn, Qiushi),
2015-2025, with their page furniture: menus, "Source: Xinhua | Editor: ...", bylines, share
buttons, "Related" lists that name other countries.

Emphasis on message pages: LAC parties and leaders congratulating the CPC (congress, anniversary,
Xi's re-election), CPC messages to LAC party congresses, condolences; the LAC sender named in the
headline or only in the body; the CPC side named only as "the CPC Central Committee" or "Xi
Jinping, general secretary of ..."; two- or three-sentence wire items; and meetings with LAC party
delegations as these portals headline them ("Senior CPC official meets ...", "China, Cuba vow to
...").

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import BL, DI, KE, NO, RL, B, Probe, R, assert_unique_ids, cases, record_of, value_of

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MAS = "Movement for Socialism (Bolivia)"
PPPC = "People's Progressive Party/Civic"
FMLN = "Farabundo Martí National Liberation Front"
MORENA = "National Regeneration Movement"
PCU = "Communist Party of Uruguay"
PCV = "Communist Party of Venezuela"
PJ = "Justicialist Party"
PLD = "Dominican Liberation Party"
PNM = "People's National Movement"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# ---- page furniture of the portals (self-written in their layout) ------------------------------------

def xh(day: str, title: str, body: str, n: int) -> tuple[str, str, str]:
    y, m, d = day.split("-")
    text = (f"Home | China | World | Business | Sci-Tech | Culture | Photos | Video\n{title}\n"
            f"Source: Xinhua| {day} 21:0{n % 10}:15|Editor: huaxia\n{body}\nShare this story\n"
            "Related:\nXi sends congratulations to Vietnamese party chief\n"
            "Commentary: Why the world watches China's economy\nBack to Top Close")
    return text, f"https://english.news.cn/{y}{m}{d}/a{n:04d}e/c.html", day


def pd(day: str, title: str, body: str, n: int, agency: str = "Xinhua") -> tuple[str, str, str]:
    y, m, d = day.split("-")
    text = (f"Home>>China Politics\n{title}\n({agency}) 10:1{n % 10}, {MONTHS[int(m) - 1]} {d}, {y}\n{body}\n"
            "(Web editor: Zhang Kaiwei, Liang Jun)\nRelated Stories\n"
            "Chinese premier meets Singaporean PM\nCPC delegation visits Laos\n"
            "Share: Facebook Twitter Weibo\nMost Read\nPeople's Daily app")
    return text, f"http://en.people.cn/n3/{y}/{m}{d}/c90000-1{n:04d}.html", day


def cd(day: str, title: str, body: str, n: int) -> tuple[str, str, str]:
    y, m, d = day.split("-")
    text = (f"Home / China / Politics\n{title}\nXinhua | Updated: {day} 09:{10 + n % 50}\n"
            f"Share - WeChat\n{body}\nMost Viewed in 24 Hours\nTop News\n"
            "Premier meets German chancellor\nChina Daily app | About Us | Contact Us")
    return text, f"https://www.chinadaily.com.cn/a/{y}{m}/{d}/WS6{n:04d}a.html", day


def ecns(day: str, title: str, body: str, n: int) -> tuple[str, str, str]:
    y, m, d = day.split("-")
    text = (f"Home | Politics | Society | Business | Military | Photo\n{title}\n"
            f"{day} 10:45:1{n % 10} ecns.cn Editor: Zhang Dongfang\n(ECNS) -- {body}\n"
            "Related news\nChina, Russia hold strategic consultation\nMost popular in 24h\n"
            "LINE More Photo")
    return text, f"https://www.ecns.cn/news/politics/{y}-{m}-{d}/detail-ih{n:04d}.shtml", day


def cgtn(day: str, title: str, body: str, n: int) -> tuple[str, str, str]:
    y, m, d = day.split("-")
    mon = MONTHS[int(m) - 1][:3]
    text = (f"{title}\nUpdated 21:1{n % 10}, {d}-{mon}-{y}\nCGTN\n{body}\n"
            "Source(s): Xinhua News Agency\nSearch Trends\nCopyright © CGTN. All rights reserved.")
    return text, f"https://news.cgtn.com/news/{y}-{m}-{d}/story-{n}/index.html", day


def gt(day: str, title: str, body: str, n: int) -> tuple[str, str, str]:
    y, m, d = day.split("-")
    mon = MONTHS[int(m) - 1][:3]
    text = (f"CHINA / POLITICS\n{title}\nBy Global Times Published: {mon} {d}, {y} 09:2{n % 10} PM\n"
            f"{body}\nRELATED ARTICLES\nJapanese party delegation visits Beijing\n"
            "Follow us on X | Facebook")
    return text, f"https://www.globaltimes.cn/page/{y}{m}/13{n:04d}.shtml", day


def corg(day: str, title: str, body: str, n: int) -> tuple[str, str, str]:
    y, m, d = day.split("-")
    text = (f"{title}\nXinhua, {MONTHS[int(m) - 1]} {int(d)}, {y} Adjust font size:\n{body}\n"
            "Follow China.org.cn on Twitter and Facebook to join the conversation.\n"
            "ChinaNews App Download\nPrint E-mail Bookmark and Share")
    return text, f"http://www.china.org.cn/world/{y}-{m}/{d}/content_8{n:04d}.htm", day


def qs(day: str, title: str, body: str, n: int) -> tuple[str, str, str]:
    y, m, d = day.split("-")
    text = (f"Qiushi Journal | Home | Latest | Xi's Articles\n{title}\nSource: Xinhua Updated: {day}\n"
            f"{body}\nEditor: Wang Ying")
    return text, f"http://en.qstheory.cn/{y}-{m}/{d}/c_9{n:04d}.htm", day


def marked(page: tuple[str, str, str]) -> tuple[str, str, str]:
    """A stored agency copy with the leading date marker the store adds."""
    text, address, day = page
    return f" date {day} " + text, address, day


def rel(country: str, date: str | None, party_set: set[str], mechanism: set[str],
        event_type: str = "message", content: str = DI) -> dict[str, Any]:
    return {"relevant": True, "country": country, "event_date": date, "event_type": event_type,
            "parties": party_set, "mechanism": mechanism, "content": content}


def P(pid: str, portal, day: str, title: str, body: str, n: int, expect: dict[str, Any],
      doubtful: dict[str, str] | None = None, mark: bool = False) -> Probe:
    page = portal(day, title, body, n)
    text, address, published = marked(page) if mark else page
    return Probe(pid, title, text, published, address, expect, doubtful=doubtful or {})


PROBES: list[Probe] = [
    # ---- A. LAC senders congratulate the CPC: sender in the headline --------------------------------
    P("xh-cuba-leader-centenary", xh, "2021-07-01",
      "Cuban leader congratulates CPC on centenary",
      "HAVANA, July 1 (Xinhua) -- Raul Castro, leader of the Cuban revolution, and Miguel Diaz-Canel, "
      "who leads the Communist Party of Cuba (PCC) as its first secretary, on Thursday "
      "congratulated the "
      "Communist Party of China (CPC) on the 100th anniversary of its founding.\nIn a message to Xi Jinping, "
      "general secretary of the CPC Central Committee, Diaz-Canel hailed the CPC's record in lifting the "
      "Chinese people out of poverty.", 1,
      rel("Cuba", "2021-07-01", {PCC}, BL)),
    P("pd-ortega-reelection-xi", pd, "2022-10-24",
      "Nicaragua's Ortega congratulates Xi on re-election",
      "MANAGUA, Oct. 23 (Xinhua) -- Nicaraguan President Daniel Ortega, also general secretary of the "
      "Sandinista National Liberation Front (FSLN), sent a message on Sunday to Xi Jinping, congratulating "
      "him on his re-election as general secretary of the Communist Party of China Central Committee.\n"
      "Ortega said the Sandinista Front and the Nicaraguan people wish the CPC new victories.", 2,
      rel("Nicaragua", "2022-10-23", {FSLN}, BL)),
    P("cd-psuv-congress-short", cd, "2022-10-17",
      "Venezuela's ruling party hails CPC congress",
      "CARACAS, Oct. 16 (Xinhua) -- The United Socialist Party of Venezuela (PSUV) on Sunday sent its "
      "congratulations to the Communist Party of China on the opening of the 20th CPC National Congress, "
      "wishing the congress full success.", 3,
      rel("Venezuela", "2022-10-16", {PSUV}, BL)),
    P("ecns-mas-bolivia-congress", ecns, "2017-10-19",
      "Bolivia's MAS congratulates CPC on 19th National Congress",
      "The Movement for Socialism (MAS) of Bolivia sent a congratulatory message to the Communist Party of "
      "China (CPC) on Wednesday as the 19th CPC National Congress opened in Beijing. The message said the "
      "MAS looks forward to closer exchanges with the CPC.", 4,
      rel("Bolivia", "2017-10-18", {MAS}, BL)),
    P("cgtn-pt-brazil-centenary", cgtn, "2021-07-02",
      "Brazil's Workers' Party sends greetings on CPC's 100th birthday",
      "Brazil's Workers' Party (PT) sent a message to the Communist Party of China (CPC) on Thursday to "
      "congratulate it on its centenary.\nPT President Gleisi Hoffmann wrote that the CPC had achieved "
      "extraordinary results in the fight against poverty.", 5,
      rel("Brazil", "2021-07-01", {PT}, BL)),
    P("gt-fa-uruguay-centenary-no-day", gt, "2021-07-03",
      "Uruguay's Broad Front praises CPC achievements in centenary message",
      "The Broad Front of Uruguay has sent a message congratulating the Communist Party of China (CPC) on "
      "the 100th anniversary of its founding, the Global Times learned.\nThe coalition's president said "
      "the CPC's experience offers lessons to progressive forces in Latin America.", 6,
      rel("Uruguay", None, {FA}, BL)),
    P("corg-pppc-guyana-reelection", corg, "2022-10-25",
      "Guyana's ruling party congratulates Xi",
      "GEORGETOWN, Oct. 24 (Xinhua) -- Guyana's People's Progressive Party/Civic (PPP/C) on Monday "
      "congratulated Xi Jinping on his re-election as general secretary of the Central Committee of the "
      "Communist Party of China.\nThe party said it treasures its long-standing friendship with the CPC.", 7,
      rel("Guyana", "2022-10-24", {PPPC}, BL)),
    P("xh-fmln-elsalvador-congress", xh, "2017-10-25",
      "Salvadoran FMLN congratulates CPC on successful congress",
      "SAN SALVADOR, Oct. 24 (Xinhua) -- The Farabundo Marti National Liberation Front (FMLN) of El Salvador "
      "congratulated the Communist Party of China on Tuesday on the successful conclusion of its 19th "
      "National Congress.", 8,
      rel("El Salvador", "2017-10-24", {FMLN}, BL)),
    P("pd-pcch-chile-re-election-marked", pd, "2017-10-27",
      "Chilean communists congratulate Xi Jinping",
      "SANTIAGO, Oct. 26 (Xinhua) -- The Communist Party of Chile has sent a message to Xi Jinping "
      "congratulating him on his re-election as general secretary of the CPC Central Committee, the party "
      "said Thursday.", 9,
      rel("Chile", None, {PCCH}, BL),
      doubtful={"event_date": "'said Thursday' dates the statement, the message itself has no day"},
      mark=True),
    P("cd-morena-mexico-anniversary", cd, "2021-07-02",
      "Mexico's Morena party sends message on CPC centenary",
      "MEXICO CITY, July 1 (Xinhua) -- Mexico's ruling National Regeneration Movement (Morena) sent a "
      "message of congratulations to the Communist Party of China on its 100th founding anniversary on "
      "Thursday.\nMorena president Mario Delgado said the two parties would keep deepening their dialogue.",
      10,
      rel("Mexico", "2021-07-01", {MORENA}, BL)),

    # ---- B. the sender only in the body ------------------------------------------------------------------
    P("xh-generic-headline-world-parties", xh, "2022-10-18",
      "Foreign political parties, leaders congratulate CPC on 20th National Congress",
      "BEIJING, Oct. 17 (Xinhua) -- Political parties and leaders from around the world have sent messages "
      "to the Communist Party of China (CPC) to congratulate it on the opening of its 20th National "
      "Congress.\nThe Lao People's Revolutionary Party said the congress is of historic significance.\n"
      "The Communist Party of Cuba said in its message on Sunday that the CPC has led China to historic "
      "achievements.", 11,
      rel("Cuba", "2022-10-16", {PCC}, BL),
      doubtful={"relevant": "a worldwide roundup; the LAC item is one of many"}),
    P("pd-messages-pour-in-body-only", pd, "2021-07-03",
      "Messages of congratulation pour in for CPC centenary",
      "BEIJING, July 2 (Xinhua) -- Leaders of political parties in several countries have congratulated the "
      "Communist Party of China on its 100th anniversary.\nIn a message sent on Thursday, the Dominican "
      "Liberation Party of the Dominican Republic said the CPC is a model of a party serving its people.", 12,
      rel("Dominican Republic", "2021-07-01", {PLD}, B)),
    P("cgtn-headline-cpc-only-body-venezuela", cgtn, "2019-10-02",
      "CPC receives greetings on PRC's 70th anniversary",
      "The Communist Party of China has received a message from the United Socialist Party of Venezuela "
      "(PSUV) congratulating the Chinese people on the 70th anniversary of the founding of the People's "
      "Republic of China. The PSUV message was dated September 30.", 13,
      rel("Venezuela", "2019-09-30", {PSUV}, BL)),
    P("gt-latam-parties-several-centenary", gt, "2021-07-02",
      "Latin American parties hail CPC's centenary",
      "Political parties from Latin America sent congratulatory messages to the Communist Party of China "
      "(CPC) on its 100th anniversary on Thursday.\nThe Communist Party of Brazil, Argentina's Justicialist "
      "Party and the Communist Party of Uruguay each praised the CPC's leadership of China's development.",
      14,
      rel("multilateral", "2021-07-01", {PCDOB, PJ, PCU}, RL)),
    P("ecns-body-only-caribbean-pnm", ecns, "2022-10-25",
      "More foreign leaders congratulate Xi on re-election",
      "More foreign political leaders have sent messages to congratulate Xi Jinping on his re-election as "
      "general secretary of the CPC Central Committee. Keith Rowley, political leader of Trinidad and "
      "Tobago's People's National Movement, said in his message on Monday that the party looks forward to "
      "deeper ties with the CPC.", 15,
      rel("Trinidad and Tobago", "2022-10-24", {PNM}, B)),

    # ---- C. the CPC side names only "the CPC Central Committee" / "Xi, general secretary" ---------------
    P("xh-cpc-cc-to-pcc-congress", xh, "2021-04-16",
      "CPC Central Committee congratulates PCC on 8th Congress",
      "BEIJING, April 16 (Xinhua) -- The Central Committee of the Communist Party of China (CPC) on Friday "
      "sent a message to the Central Committee of the Communist Party of Cuba (PCC), congratulating it on "
      "the opening of the PCC's Eighth Congress.\nThe message said the CPC is ready to work with the PCC to "
      "advance the cause of socialism in both countries.", 16,
      rel("Cuba", "2021-04-16", {PCC}, BL)),
    P("pd-xi-to-diazcanel-first-secretary", pd, "2021-04-20",
      "Xi congratulates Diaz-Canel on election as PCC first secretary",
      "BEIJING, April 19 (Xinhua) -- Xi Jinping, general secretary of the Communist Party of China Central "
      "Committee, on Monday sent a congratulatory message to Miguel Diaz-Canel on his election to lead "
      "the Communist Party of Cuba.\nXi said he is willing to work "
      "with Diaz-Canel to lead the two parties to new heights.", 17,
      rel("Cuba", "2021-04-19", {PCC}, BL)),
    P("cd-cpc-cc-pcdob-centenary-short", cd, "2022-03-25",
      "CPC sends congratulations to Communist Party of Brazil on centenary",
      "BEIJING, March 25 (Xinhua) -- The CPC Central Committee on Friday sent a message to the Communist "
      "Party of Brazil congratulating it on its 100th founding anniversary.", 18,
      rel("Brazil", "2022-03-25", {PCDOB}, BL)),
    P("corg-cpc-cc-pcu-congress", corg, "2022-12-09",
      "CPC congratulates Communist Party of Uruguay on congress",
      "BEIJING, Dec. 9 (Xinhua) -- The Communist Party of China Central Committee has sent a message "
      "to the 32nd National Congress of the Communist Party of Uruguay, wishing the congress success. The "
      "message said the two parties have maintained friendly exchanges for decades.", 19,
      rel("Uruguay", "2022-12-09", {PCU}, BL)),
    P("qs-cpc-cc-psuv-congress", qs, "2024-11-25",
      "CPC sends message to PSUV's Fifth Congress",
      "BEIJING, Nov. 25 (Xinhua) -- The Central Committee of the Communist Party of China sent a message on "
      "Monday to the United Socialist Party of Venezuela on the opening of the PSUV's Fifth Congress. The "
      "message said the CPC values its ties with the PSUV.", 20,
      rel("Venezuela", "2024-11-25", {PSUV}, BL)),
    P("ecns-xi-condolence-fidel", ecns, "2016-11-26",
      "Xi sends condolences over Fidel Castro's death",
      "Xi Jinping, China's president and the CPC's general secretary, on Saturday sent a message of "
      "condolence to Raul Castro, who leads the Communist Party of Cuba as its first secretary, over "
      "the death of Fidel Castro. Xi said the Chinese people "
      "have lost a close comrade and sincere friend.", 21,
      rel("Cuba", "2016-11-26", {PCC}, BL)),
    P("gt-cpc-condolence-teillier", gt, "2023-07-06",
      "CPC expresses condolences over death of Chilean Communist Party leader",
      "The International Department of the CPC Central Committee sent a message of condolence to the "
      "Communist Party of Chile on Wednesday over the death of its president Guillermo Teillier, "
      "who passed away on July 4.", 22,
      rel("Chile", "2023-07-05", {PCCH}, BL)),
    P("cgtn-xi-general-secretary-congrats-fsln-anniv", cgtn, "2021-07-19",
      "Xi congratulates Sandinista Front on revolution anniversary",
      "Xi Jinping, general secretary of the Communist Party of China Central Committee, on Monday sent a "
      "message of congratulations to Daniel Ortega, general secretary of the Sandinista National Liberation "
      "Front, on the 42nd anniversary of the victory of the Sandinista revolution.", 23,
      rel("Nicaragua", "2021-07-19", {FSLN}, BL)),
    P("xh-cpc-cc-mas-victory", xh, "2020-10-24",
      "CPC congratulates Bolivia's MAS on election victory",
      "BEIJING, Oct. 24 (Xinhua) -- The International Department of the CPC Central Committee has sent a "
      "message to the Movement for Socialism (MAS) of Bolivia to congratulate it on winning the general "
      "election held on Oct. 18.", 24,
      rel("Bolivia", None, {MAS}, BL),
      doubtful={"event_date": "'has sent' gives no day; Oct. 18 is the election, not the message"}),
    P("pd-xi-condolence-morales-ojeda-no", pd, "2024-03-02",
      "Xi Jinping sends condolences to Vietnamese leader",
      "BEIJING, March 2 (Xinhua) -- Xi Jinping, general secretary of the CPC Central Committee, on Saturday "
      "sent a message of condolence to the Communist Party of Vietnam over the death of a senior leader.", 25,
      NO),

    # ---- D. short wire items (2-3 sentences) ------------------------------------------------------------
    P("xh-short-cuba-thanks", xh, "2020-04-09",
      "Cuban party thanks CPC for COVID-19 aid",
      "HAVANA, April 8 (Xinhua) -- The Communist Party of Cuba on Wednesday thanked the Communist Party of "
      "China for its donation of medical supplies to fight COVID-19.", 26,
      rel("Cuba", "2020-04-08", {PCC}, BL),
      doubtful={"event_type": "thanks in no named form (no letter, message or cable): message or other"}),
    P("cd-short-pjl-argentina", cd, "2024-10-02",
      "Argentine Peronists greet China on National Day",
      "BUENOS AIRES, Oct. 1 (Xinhua) -- Argentina's Justicialist Party sent a message to the Communist "
      "Party of China on Tuesday congratulating it on the 75th anniversary of the founding of the People's "
      "Republic of China. The party said Argentina and China share a long friendship.", 27,
      rel("Argentina", "2024-10-01", {PJ}, B)),
    P("ecns-short-pcv-condolence-marked", ecns, "2018-07-04",
      "Venezuelan Communists mourn CPC veteran",
      "The Communist Party of Venezuela on Tuesday sent a message of condolence to the Communist Party of "
      "China over the death of a veteran CPC leader.", 28,
      rel("Venezuela", "2018-07-03", {PCV}, BL), mark=True),
    P("corg-short-pcdob-xi-reelection", corg, "2022-10-26",
      "Communist Party of Brazil congratulates Xi",
      "SAO PAULO, Oct. 25 (Xinhua) -- The Communist Party of Brazil on Tuesday congratulated Xi Jinping on "
      "his re-election as general secretary of the CPC Central Committee. Party president Luciana Santos "
      "said the CPC continues to inspire the left in Brazil.", 29,
      rel("Brazil", "2022-10-25", {PCDOB}, BL)),
    P("gt-short-psch-congress-no-day", gt, "2022-10-20",
      "Socialist Party of Chile sends greetings to 20th CPC National Congress",
      "The Socialist Party of Chile has sent a message of greetings to the 20th National Congress of the "
      "Communist Party of China. The party said it looks forward to closer exchanges.", 30,
      rel("Chile", None, {PSCH}, BL)),
    P("qs-short-here-today-pcc", qs, "2019-01-01",
      "Cuban party leaders greet CPC on revolution's anniversary",
      "BEIJING, Jan. 1 (Xinhua) -- The Communist Party of China received a message here today from the "
      "Communist Party of Cuba marking the 60th anniversary of the triumph of the Cuban revolution.", 31,
      rel("Cuba", "2019-01-01", {PCC}, BL)),
    P("cgtn-short-ppp-reply-no-cpc", cgtn, "2023-09-20",
      "Guyana's ruling party holds congress",
      "Guyana's People's Progressive Party/Civic opened its congress in Georgetown on Tuesday, with "
      "delegates from across the country attending. The party re-elected its general secretary.", 32,
      NO),
    P("xh-short-pcc-congress-no-cpc", xh, "2021-04-17",
      "Cuban Communist Party opens 8th congress",
      "HAVANA, April 16 (Xinhua) -- The Communist Party of Cuba on Friday opened its Eighth Congress in "
      "Havana, where Raul Castro is expected to hand over the party's top post.", 33,
      NO),

    # ---- E. meetings as the portals headline them ---------------------------------------------------------
    P("xh-senior-official-meets-pcc", xh, "2023-04-12",
      "Senior CPC official meets Cuban party delegation",
      "BEIJING, April 12 (Xinhua) -- Cai Qi, who sits on the CPC's Politburo Standing Committee, met "
      "with a delegation of the Communist Party of Cuba led by Roberto "
      "Morales "
      "Ojeda in Beijing on Wednesday.\nCai said the CPC is willing to deepen exchanges with the PCC.", 34,
      rel("Cuba", "2023-04-12", {PCC}, BL, "meeting")),
    P("pd-china-cuba-vow", pd, "2024-06-18",
      "China, Cuba vow to deepen party-to-party cooperation",
      "BEIJING, June 18 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC Central "
      "Committee, met here Tuesday with Emilio Lozada, head of the International Relations Department of the "
      "Central Committee of the Communist Party of Cuba.\nBoth sides pledged to strengthen exchanges of "
      "experience in party building.", 35,
      rel("Cuba", "2024-06-18", {PCC}, BL, "meeting")),
    P("cd-china-brazil-vow-pt", cd, "2023-05-17",
      "China, Brazil vow to strengthen ties between ruling parties",
      "BEIJING, May 16 (Xinhua) -- A senior official of the Communist Party of China met on Tuesday with "
      "a delegation of Brazil's Workers' Party, and both sides vowed to further cement party ties.\nLi Xi, "
      "who sits on the CPC's Politburo Standing Committee, said "
      "China is ready to work with Brazil to enrich the partnership.", 36,
      rel("Brazil", "2023-05-16", {PT}, BL, "meeting")),
    P("cgtn-vice-president-meets-fsln", cgtn, "2023-07-13",
      "Chinese vice president meets Nicaraguan Sandinista delegation",
      "Chinese Vice President Han Zheng met with a delegation of Nicaragua's Sandinista National "
      "Liberation Front (FSLN) in Beijing on Thursday. Han said China attaches importance to its relations "
      "with Nicaragua.", 37,
      rel("Nicaragua", "2023-07-13", {FSLN}, BL, "meeting")),
    P("ecns-idcpc-head-meets-mexico-multi-party", ecns, "2023-11-07",
      "IDCPC head meets Mexican political party delegation",
      "Liu Jianchao, who heads the CPC Central Committee's International Department, met with a "
      "delegation of Mexican political parties including the National Regeneration "
      "Movement (Morena) and the Labor Party on Tuesday in Beijing.", 38,
      rel("Mexico", "2023-11-07", {MORENA, "Labor Party (Mexico)"}, BL, "meeting")),
    P("gt-latam-delegation-multicountry", gt, "2019-07-24",
      "Senior CPC official meets Latin American party delegation",
      "Song Tao, head of the International Department of the CPC Central Committee, met with a delegation "
      "of Latin American political party leaders on Wednesday in Beijing. The delegation included members of "
      "parties from Colombia, Ecuador and Peru.", 39,
      rel("multilateral", "2019-07-24", set(), R, "meeting")),
    P("corg-wang-huning-meets-psuv", corg, "2019-11-05",
      "Senior CPC official meets Venezuelan ruling party delegation",
      "BEIJING, Nov. 5 (Xinhua) -- Wang Huning, who sits on the CPC's Politburo Standing Committee, met "
      "with a delegation of the United Socialist Party of Venezuela "
      "(PSUV) headed by its first vice president Diosdado Cabello here on Tuesday.", 40,
      rel("Venezuela", "2019-11-05", {PSUV}, BL, "meeting")),
    P("qs-li-shulei-meets-pcc-theory", qs, "2023-03-21",
      "Senior CPC official meets Cuban party's ideology chief",
      "BEIJING, March 21 (Xinhua) -- Li Shulei, head of the Publicity Department of the CPC Central "
      "Committee, met here Tuesday with a delegation of the Communist Party of Cuba's ideological "
      "department. "
      "The two sides exchanged views on theoretical work.", 41,
      rel("Cuba", "2023-03-21", {PCC}, BL, "meeting")),
    P("xh-video-call-psuv", xh, "2022-08-09",
      "CPC, Venezuelan ruling party hold video talks",
      "BEIJING, Aug. 9 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC Central "
      "Committee, held video talks on Tuesday with Diosdado Cabello, first vice president of the United "
      "Socialist Party of Venezuela.", 42,
      rel("Venezuela", "2022-08-09", {PSUV}, BL, "video_call")),
    P("pd-cpc-delegation-visits-mexico", pd, "2024-05-24",
      "CPC delegation visits Mexico",
      "MEXICO CITY, May 23 (Xinhua) -- A delegation of the Communist Party of China led by Sun Haiyan, "
      "vice minister of the International Department of the CPC Central Committee, visited Mexico from "
      "May 20 to 23.\nDuring the visit, the delegation met with leaders of Morena and the Labor Party.", 43,
      rel("Mexico", "2024-05-20", {MORENA, "Labor Party (Mexico)"}, BL, "delegation_visit_abroad")),
    P("cd-cuban-delegation-fujian-trip", cd, "2018-11-22",
      "Cuban party delegation visits Fujian",
      "FUZHOU, Nov. 21 (Xinhua) -- A delegation of the Communist Party of Cuba visited Fujian province "
      "from Nov. 18 to 21, touring rural villages and high-tech companies to learn about China's poverty "
      "alleviation experience.", 44,
      rel("Cuba", "2018-11-18", {PCC}, BL, "field_trip", KE)),
    P("cgtn-video-seminar-lac-parties", cgtn, "2020-07-01",
      "CPC holds online seminar with Latin American parties",
      "The International Department of the CPC Central Committee held an online seminar with political "
      "parties of Latin America and the Caribbean on Wednesday, sharing China's experience in fighting "
      "COVID-19. Leaders of more than 20 parties from 15 countries took part.", 45,
      rel("multilateral", "2020-07-01", set(), R, "seminar", KE)),
    P("gt-meets-vietnam-no", gt, "2023-04-12",
      "Senior CPC official meets Vietnamese party delegation",
      "Cai Qi, who sits on the CPC's Politburo Standing Committee, met "
      "with a delegation of the Communist Party of Vietnam in Beijing on Wednesday.", 46,
      NO),
    P("corg-xi-letter-forum", corg, "2015-11-20",
      "Xi sends congratulatory letter to China-Latin America party forum",
      "BEIJING, Nov. 20 (Xinhua) -- Xi Jinping, China's president and the CPC's general secretary, sent "
      "a congratulatory letter on Friday to the China-Latin America and the Caribbean "
      "political parties forum which opened in Beijing.", 47,
      rel("multilateral", "2015-11-20", set(), R, "forum", KE)),
    P("ecns-lac-envoys-briefing", ecns, "2025-03-12",
      "IDCPC briefs Latin American diplomats on two sessions",
      "The International Department of the CPC Central Committee held a briefing session on Wednesday for "
      "diplomats of Latin American and Caribbean countries in China on the outcomes of this year's two "
      "sessions.", 48,
      rel("multilateral", "2025-03-12", set(), R, "briefing", KE)),

    # ---- F. more message shapes ---------------------------------------------------------------------------
    P("xh-maduro-reelection-sunday", xh, "2022-10-24",
      "Maduro congratulates Xi on re-election as CPC general secretary",
      "CARACAS, Oct. 23 (Xinhua) -- Venezuelan President Nicolas Maduro, also president of the United "
      "Socialist Party of Venezuela, on Sunday congratulated Xi Jinping on his re-election as general "
      "secretary of the CPC Central Committee, calling it a victory for the world's peoples.", 49,
      rel("Venezuela", "2022-10-23", {PSUV}, BL)),
    P("cd-raul-reelection-2017", cd, "2017-10-26",
      "Raul Castro congratulates Xi Jinping on re-election",
      "HAVANA, Oct. 25 (Xinhua) -- Raul Castro, who leads the Communist Party of Cuba as its first "
      "secretary, on Wednesday sent a message to Xi Jinping congratulating him on his re-election as "
      "general secretary of the CPC Central Committee.", 50,
      rel("Cuba", "2017-10-25", {PCC}, BL)),
    P("pd-condolence-mujica-fa", pd, "2025-05-15",
      "CPC mourns former Uruguayan president Mujica",
      "BEIJING, May 14 (Xinhua) -- The International Department of the CPC Central Committee on Wednesday "
      "sent a message of condolence to the Broad Front of Uruguay over the passing of former President Jose "
      "Mujica, a founder of the coalition's Movement of Popular Participation.", 51,
      rel("Uruguay", "2025-05-14", {FA}, BL)),
    P("cgtn-cpc-fsln-45th", cgtn, "2024-07-19",
      "CPC congratulates Sandinista Front on 45th anniversary of revolution",
      "The Communist Party of China Central Committee sent a congratulatory message on Friday to the "
      "Sandinista National Liberation Front of Nicaragua on the 45th anniversary of the triumph of the "
      "Sandinista revolution.", 52,
      rel("Nicaragua", "2024-07-19", {FSLN}, BL)),
    P("qs-letter-to-sao-paulo-forum", qs, "2019-07-26",
      "CPC sends congratulatory letter to Sao Paulo Forum meeting",
      "CARACAS, July 25 (Xinhua) -- The International Department of the CPC Central Committee sent a "
      "congratulatory letter to the 25th meeting of the Sao Paulo Forum, which opened in Caracas on "
      "Thursday. A CPC representative read out the letter at the opening session.", 53,
      rel("multilateral", "2019-07-25", set(), RL, "forum", KE)),
    P("xh-copppal-centenary", xh, "2021-07-01",
      "COPPPAL congratulates CPC on centenary",
      "MEXICO CITY, June 30 (Xinhua) -- The Permanent Conference of Political Parties of Latin America and "
      "the Caribbean (COPPPAL) on Wednesday sent a message to the Communist Party of China congratulating it "
      "on its 100th anniversary.", 54,
      rel("multilateral", "2021-06-30", set(), R)),
    P("ecns-lula-pt-message-body-only", ecns, "2023-07-01",
      "Foreign leaders mark CPC's 102nd anniversary",
      "Leaders of foreign parties have sent greetings to the Communist Party of China as it marks its 102nd "
      "founding anniversary. Gleisi Hoffmann, national president of Brazil's Workers' Party, said in her "
      "message that the ties between the two parties have never been stronger.", 55,
      rel("Brazil", None, {PT}, BL)),
    P("gt-cpc-thanks-lac-parties", gt, "2022-11-03",
      "CPC thanks Latin American parties for messages on 20th Congress",
      "The International Department of the CPC Central Committee has sent letters of thanks to the "
      "Communist Party of Cuba, the United Socialist Party of Venezuela and the Sandinista National "
      "Liberation Front for their congratulations on the 20th CPC National Congress.", 56,
      rel("multilateral", None, {PCC, PSUV, FSLN}, RL)),
    P("corg-pnm-message-sender-office-only", corg, "2021-07-02",
      "Trinidad and Tobago leader congratulates CPC",
      "PORT OF SPAIN, July 1 (Xinhua) -- Prime Minister Keith Rowley, political leader of the People's "
      "National Movement of Trinidad and Tobago, on Thursday sent a message congratulating the Communist "
      "Party of China on its centenary.", 57,
      rel("Trinidad and Tobago", "2021-07-01", {PNM}, B)),
    P("pd-related-stories-lac-only-no", pd, "2023-09-12",
      "Xi congratulates Lao party leader on party anniversary",
      "BEIJING, Sept. 12 (Xinhua) -- Xi Jinping, general secretary of the CPC Central Committee, on Tuesday "
      "sent a congratulatory message to the Lao People's Revolutionary Party.\nRelated: Xi congratulates "
      "Cuban leader Diaz-Canel on birthday", 58,
      NO),
    P("cd-cuba-greets-vietnam-no", cd, "2024-09-03",
      "Cuban party congratulates Vietnam on National Day",
      "HAVANA, Sept. 2 (Xinhua) -- The Communist Party of Cuba on Monday congratulated the Communist "
      "Party of "
      "Vietnam on Vietnam's National Day, recalling decades of solidarity between the two parties.", 59,
      NO),
    P("xh-cpc-to-pt-congress-2023", xh, "2023-10-13",
      "CPC sends message to Brazil's Workers' Party",
      "BEIJING, Oct. 13 (Xinhua) -- The Communist Party of China has sent a message to the Workers' Party "
      "of Brazil, congratulating it on its national congress. The message was read at the congress in "
      "Brasilia on Friday.", 60,
      rel("Brazil", "2023-10-13", {PT}, BL)),

    # ---- G. more meetings and visits --------------------------------------------------------------------
    P("xh-china-venezuela-pledge", xh, "2023-10-17",
      "China, Venezuela pledge to enhance party exchanges",
      "BEIJING, Oct. 17 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC Central "
      "Committee, met on Tuesday with a delegation of the United Socialist Party of Venezuela led by "
      "Diosdado "
      "Cabello.\nThe two sides agreed to step up exchanges on governance.", 61,
      rel("Venezuela", "2023-10-17", {PSUV}, BL, "meeting")),
    P("cgtn-wang-huning-pcc-2018", cgtn, "2018-05-29",
      "Wang Huning meets Cuban Communist Party delegation",
      "Wang Huning, who sits on the CPC's Politburo Standing Committee, met with a delegation of the "
      "Communist Party of Cuba in Beijing on Tuesday.", 62,
      rel("Cuba", "2018-05-29", {PCC}, BL, "meeting")),
    P("ecns-vice-minister-psch", ecns, "2024-04-16",
      "Vice minister meets Chilean Socialist Party delegation",
      "Sun Haiyan, vice minister of the International Department of the CPC Central Committee, met with a "
      "delegation of the Socialist Party of Chile led by its president Paulina Vodanovic in Beijing on "
      "Tuesday.", 63,
      rel("Chile", "2024-04-16", {PSCH}, BL, "meeting")),
    P("gt-colombian-communists", gt, "2019-08-28",
      "CPC official meets Colombian Communist Party leader",
      "Guo Yezhou, vice minister of the International Department of the CPC Central Committee, met with "
      "Jaime Caycedo, general secretary of the Colombian Communist Party, in Beijing on Wednesday.", 64,
      rel("Colombia", "2019-08-28", {"Colombian Communist Party"}, BL, "meeting")),
    P("corg-dominican-pld-talks", corg, "2018-09-12",
      "CPC, Dominican party leaders hold talks",
      "BEIJING, Sept. 12 (Xinhua) -- Song Tao, head of the International Department of the CPC Central "
      "Committee, held talks here on Wednesday with a delegation of the Dominican Liberation Party led by "
      "its general secretary Reinaldo Pared Perez.", 65,
      rel("Dominican Republic", "2018-09-12", {PLD}, B, "meeting")),
    P("qs-cuban-cadres-training", qs, "2024-09-09",
      "Cuban party cadres attend training course in Beijing",
      "BEIJING, Sept. 9 (Xinhua) -- A training course for cadres of the Communist Party of Cuba opened in "
      "Beijing on Monday. Organized by the International Department of the CPC Central Committee, the "
      "two-week course covers party building and economic reform.", 66,
      rel("Cuba", "2024-09-09", {PCC}, BL, "training_course", KE)),
    P("cd-li-xi-meets-lula-brasilia", cd, "2023-12-05",
      "Senior CPC official meets Brazil's Lula",
      "BRASILIA, Dec. 4 (Xinhua) -- Li Xi, who sits on the CPC's Politburo Standing Committee, met with "
      "Brazilian President Luiz Inacio Lula da Silva in Brasilia on "
      "Monday.", 67,
      rel("Brazil", "2023-12-04", set(), B, "meeting"),
      doubtful={"mechanism": "Lula leads the PT, but the page names no party"}),
    P("pd-peru-party-visit-received", pd, "2025-06-13",
      "Peruvian party delegation wraps up China visit",
      "BEIJING, June 13 (Xinhua) -- A delegation of the Peruvian Aprista Party visited China from June 10 "
      "to 13 at the invitation of the International Department of the CPC Central Committee. The delegation "
      "met with officials in Beijing and toured enterprises in Shanghai.", 68,
      rel("Peru", "2025-06-10", {"Peruvian Aprista Party"}, B, "delegation_received")),
    P("ecns-forum-participants-meeting", ecns, "2024-11-19",
      "Senior CPC official meets Latin American party leaders attending forum",
      "Wang Huning met in Beijing on Tuesday with leaders of political parties from Latin America and the "
      "Caribbean who came to China for the China-Latin America and Caribbean political parties forum.", 69,
      rel("multilateral", "2024-11-19", set(), R, "meeting", KE)),
    P("xh-brics-forum-pt", xh, "2024-06-11",
      "BRICS political parties forum opens in Vladivostok",
      "VLADIVOSTOK, June 10 (Xinhua) -- A forum of political parties of BRICS countries opened here on "
      "Monday, with a CPC delegation and representatives of Brazil's Workers' Party among the participants.",
      70,
      rel("multilateral", "2024-06-10", {PT}, {"global", "leftist"}, "forum", KE)),
    P("gt-foreign-guests-first-nonlac", gt, "2023-04-18",
      "Senior CPC official meets foreign guests",
      "Cai Qi, who sits on the CPC's Politburo Standing Committee, met "
      "with a delegation of the Communist Party of Vietnam in Beijing on Tuesday.\nOn the same day, Cai "
      "also met with a delegation of the Sandinista National Liberation Front of Nicaragua.", 71,
      rel("Nicaragua", "2023-04-18", {FSLN}, BL, "meeting")),
    P("corg-top-legislator-nicaragua-assembly", corg, "2022-07-21",
      "China's top legislator meets Nicaraguan parliamentary delegation",
      "BEIJING, July 21 (Xinhua) -- Li Zhanshu, chairman of the National People's Congress Standing "
      "Committee, met with a delegation of Nicaragua's National Assembly led by its president Gustavo Porras "
      "here on Thursday.", 72,
      rel("Nicaragua", "2022-07-21", set(), B, "meeting"),
      doubtful={f: "a state legislature's exchange; the CPC side is named only by state office"
                for f in ("relevant", "country", "event_type", "mechanism", "content")}),
    P("cgtn-cpc-delegation-cuba-visit", cgtn, "2025-10-17",
      "CPC delegation concludes visit to Cuba",
      "A delegation of the Communist Party of China headed by a member of the CPC Central Committee visited "
      "Cuba from Oct. 13 to 16, meeting with leaders of the Communist Party of Cuba and visiting a "
      "biotechnology center in Havana.", 73,
      rel("Cuba", "2025-10-13", {PCC}, BL, "delegation_visit_abroad")),
    P("pd-meets-psuv-marked-weekday-back", pd, "2016-07-01",
      "China, Venezuela vow to boost party ties",
      "BEIJING, June 30 (Xinhua) -- Song Tao, head of the International Department of the CPC Central "
      "Committee, on Thursday met with a delegation of the United Socialist Party of Venezuela, and both "
      "sides vowed to enhance exchanges.", 74,
      rel("Venezuela", "2016-06-30", {PSUV}, BL, "meeting"), mark=True),
    P("xh-morena-message-spanish-name", xh, "2024-10-16",
      "Mexican ruling party sends message to CPC",
      "MEXICO CITY, Oct. 15 (Xinhua) -- Movimiento Regeneracion Nacional (Morena), Mexico's ruling party, "
      "on Tuesday sent a message to the Communist Party of China on the 75th anniversary of the People's "
      "Republic.", 75,
      rel("Mexico", "2024-10-15", {MORENA}, BL)),
    P("ecns-xi-fmln-anniv-letter", ecns, "2020-10-10",
      "Xi sends congratulations to FMLN on 40th anniversary",
      "Xi Jinping, general secretary of the Communist Party of China Central Committee, sent a "
      "congratulatory letter on Saturday to the Farabundo Marti National Liberation Front of El Salvador "
      "on its 40th founding anniversary.", 76,
      rel("El Salvador", "2020-10-10", {FMLN}, BL)),
    P("gt-ppp-guyana-meeting", gt, "2024-05-21",
      "IDCPC head meets Guyanese party delegation",
      "Liu Jianchao, head of the International Department of the CPC Central Committee, met with a "
      "delegation of Guyana's People's Progressive Party/Civic in Beijing on Tuesday.", 77,
      rel("Guyana", "2024-05-21", {PPPC}, BL, "meeting")),
    P("cd-xi-message-pcc-60th-founding", cd, "2025-10-03",
      "Xi congratulates Cuban party on 60th founding anniversary",
      "BEIJING, Oct. 3 (Xinhua) -- Xi Jinping, general secretary of the CPC Central Committee, on Friday "
      "sent a message to Miguel Diaz-Canel, who leads the Communist Party of Cuba as its first "
      "secretary, congratulating the PCC on the 60th anniversary of its founding.", 78,
      rel("Cuba", "2025-10-03", {PCC}, BL)),
    # ---- H. second blind batch: harder message and meeting shapes ------------------------------------------
    P("xh-xi-condolence-plane-crash-pcc", xh, "2018-05-19",
      "Xi expresses condolences over Cuba plane crash",
      "BEIJING, May 19 (Xinhua) -- Xi Jinping, general secretary of the Communist Party of China Central "
      "Committee and Chinese president, on Saturday sent a message of condolence to Raul Castro, who "
      "leads the Communist Party of Cuba as its first secretary, over the crash of a passenger "
      "plane near Havana on Friday.", 79,
      rel("Cuba", "2018-05-19", {PCC}, BL)),
    P("cd-two-cuban-senders-one-message", cd, "2019-10-01",
      "Cuban leaders send greetings on PRC's 70th founding anniversary",
      "HAVANA, Sept. 30 (Xinhua) -- Raul Castro, who leads the Communist Party of Cuba as its first "
      "secretary, and Cuban President Miguel Diaz-Canel on Monday sent a joint message to Xi Jinping, "
      "general secretary of the CPC Central Committee, on the 70th anniversary of the founding of the "
      "People's Republic of China.", 80,
      rel("Cuba", "2019-09-30", {PCC}, BL)),
    P("pd-cpc-letter-psuv-anniversary-quote-headline", pd, "2022-03-24",
      "'Our friendship is unbreakable,' CPC tells Venezuela's PSUV",
      "BEIJING, March 24 (Xinhua) -- The International Department of the CPC Central Committee on Thursday "
      "sent a letter to the United Socialist Party of Venezuela marking the 15th anniversary of the PSUV's "
      "founding.\n\"Our friendship is unbreakable,\" the letter said.", 81,
      rel("Venezuela", "2022-03-24", {PSUV}, BL)),
    P("ecns-msg-pt-lula-inauguration-no", ecns, "2023-01-01",
      "Xi's special envoy attends Lula's inauguration",
      "Xi Jinping's special envoy, Vice Chairman of the National People's Congress Standing Committee Wang "
      "Dongming, attended the inauguration ceremony of Brazilian President Luiz Inacio Lula da Silva in "
      "Brasilia on Sunday.", 82,
      NO,
      doubtful={"relevant": "a state ceremony attended by a state envoy; no CPC side is named"}),
    P("cgtn-cpc-condolence-hurricane-psuv-no", cgtn, "2022-10-12",
      "Chinese FM spokesperson expresses sympathy over Venezuela landslide",
      "Chinese Foreign Ministry spokesperson Mao Ning on Wednesday expressed sympathy to the Venezuelan "
      "government and people over the deadly landslide in Las Tejerias.", 83,
      NO),
    P("gt-pcch-messages-two-sentences-reply", gt, "2023-01-08",
      "CPC replies to Chilean Communist Party",
      "The International Department of the CPC Central Committee sent a reply letter on Sunday to the "
      "Communist Party of Chile, thanking it for its message on the 20th CPC National Congress.", 84,
      rel("Chile", "2023-01-08", {PCCH}, BL)),
    P("corg-wpk-style-many-senders-lac-first", corg, "2017-10-27",
      "World political parties congratulate Xi on re-election",
      "BEIJING, Oct. 27 (Xinhua) -- Leaders of political parties from around the world have sent "
      "messages to Xi Jinping congratulating him on his re-election as general secretary of the CPC "
      "Central Committee.\nThe Sandinista National Liberation Front of Nicaragua said Xi's re-election "
      "reflects the trust of the Chinese people.\nThe Communist Party of Vietnam also sent its "
      "congratulations.", 85,
      rel("Nicaragua", "2017-10-27", {FSLN}, BL)),
    P("qs-xi-reply-brazilian-scholars-no-party", qs, "2024-11-15",
      "Xi replies to letter from Brazilian party members",
      "BEIJING, Nov. 15 (Xinhua) -- Xi Jinping, general secretary of the Communist Party of China Central "
      "Committee, has replied to a letter from members of Brazil's Workers' Party who had studied in "
      "China, encouraging them to keep promoting friendship between the two peoples.", 86,
      rel("Brazil", "2024-11-15", {PT}, BL)),
    P("xh-senior-official-meets-guyana-ppp-saturday", xh, "2019-11-30",
      "Senior CPC official meets Guyanese party delegation",
      "BEIJING, Nov. 30 (Xinhua) -- Huang Kunming, head of the Publicity Department of the CPC Central "
      "Committee, met on Thursday with a delegation of the People's Progressive Party/Civic of Guyana.", 87,
      rel("Guyana", "2019-11-28", {PPPC}, BL, "meeting")),
    P("cd-china-argentina-vow-pj", cd, "2024-03-08",
      "China, Argentina vow to boost exchanges between parties",
      "A senior CPC official on Friday met with a delegation of Argentina's Justicialist Party in Beijing, "
      "with both sides vowing to step up exchanges.\nSun Haiyan, vice minister of the International "
      "Department of the CPC Central Committee, said the CPC is ready to share governance experience.", 88,
      rel("Argentina", "2024-03-08", {PJ}, B, "meeting")),
    P("pd-cpc-delegation-visits-cuba-nicaragua", pd, "2016-12-05",
      "CPC delegation attends Fidel Castro memorial in Santiago de Cuba",
      "SANTIAGO DE CUBA, Dec. 4 (Xinhua) -- A CPC delegation attended the burial ceremony of Fidel Castro "
      "held here on Sunday by the Communist Party of Cuba.", 89,
      rel("Cuba", "2016-12-04", {PCC}, BL, "other")),
    P("ecns-pcc-cpc-theory-seminar-havana", ecns, "2022-05-11",
      "CPC, Cuban party hold theoretical seminar",
      "The Communist Party of China and the Communist Party of Cuba held their 11th theoretical seminar "
      "via video link on Wednesday, discussing party building in the new era.", 90,
      rel("Cuba", "2022-05-11", {PCC}, BL, "seminar", KE)),
    P("gt-cpc-delegation-psuv-congress-attend", gt, "2024-08-27",
      "CPC official addresses PSUV congress by video",
      "A senior official of the International Department of the CPC Central Committee addressed the "
      "congress of the United Socialist Party of Venezuela via video link on Tuesday, conveying the CPC's "
      "congratulations.", 91,
      rel("Venezuela", "2024-08-27", {PSUV}, BL, "other")),
    P("xh-message-fmln-thanks-ppp-short-multilateral", xh, "2020-03-10",
      "Latin American parties voice support for China's fight against COVID-19",
      "BEIJING, March 10 (Xinhua) -- The Communist Party of Brazil and the Farabundo Marti National "
      "Liberation Front of El Salvador have sent letters to the Communist Party of China, expressing "
      "solidarity with China's fight against the novel coronavirus.", 92,
      rel("multilateral", "2020-03-10", {PCDOB, FMLN}, RL)),
    P("cgtn-liu-phone-pcch", cgtn, "2024-12-17",
      "IDCPC head holds phone talks with Chilean Communist Party leader",
      "Liu Jianchao, head of the International Department of the CPC Central Committee, held phone talks "
      "on Tuesday with Lautaro Carmona, general secretary of the Communist Party of Chile.", 93,
      rel("Chile", "2024-12-17", {PCCH}, BL, "phone_call")),
    P("corg-cadres-latam-course-several", corg, "2019-06-20",
      "Latin American party cadres attend seminar in Beijing",
      "BEIJING, June 20 (Xinhua) -- A seminar for cadres of political parties from Mexico, Colombia and "
      "Ecuador, hosted by the International Department of the CPC Central Committee, opened here on "
      "Thursday.", 94,
      rel("multilateral", "2019-06-20", set(), R, "training_course", KE)),
    P("qs-pcc-delegation-tours-guizhou", qs, "2023-06-08",
      "Cuban party delegation learns about poverty relief in Guizhou",
      "GUIYANG, June 8 (Xinhua) -- A delegation of cadres of the Communist Party of Cuba toured villages "
      "in Guizhou province from Tuesday to Thursday to learn about China's rural revitalization.", 95,
      rel("Cuba", "2023-06-06", {PCC}, BL, "field_trip", KE)),
    P("pd-related-lac-under-african-meeting-no", pd, "2025-02-14",
      "Senior CPC official meets South African party delegation",
      "BEIJING, Feb. 14 (Xinhua) -- Li Xi, who sits on the CPC's Politburo Standing Committee, met with "
      "a delegation of the African National Congress on Friday.\n"
      "Related: China, Cuba vow to deepen party ties | Xi congratulates Nicaragua's Ortega", 96,
      NO),
    # ---- I. third blind batch: captions, one-line copies, Spanish names, anniversaries --------------------
    P("xh-caption-older-day-pcc-message", xh, "2016-04-19",
      "CPC congratulates Cuban party on Seventh Congress",
      "File photo taken on Dec. 2, 2015 shows the Cuban flag in Havana. (Xinhua/Liu Bin)\n"
      "BEIJING, April 19 (Xinhua) -- The Central Committee of the Communist Party of China sent a message "
      "on Tuesday to the Central Committee of the Communist Party of Cuba, congratulating it on the "
      "conclusion of its Seventh Congress.", 97,
      rel("Cuba", "2016-04-19", {PCC}, BL)),
    P("cd-one-line-copy-fsln-message", cd, "2021-11-10",
      "Sandinista Front thanks CPC for congratulations",
      "MANAGUA, Nov. 9 (Xinhua) -- The Sandinista National Liberation Front on Tuesday thanked the "
      "Communist Party of China for its message congratulating the FSLN on its victory in Nicaragua's "
      "general elections held on Sunday. The FSLN said in a letter that the two parties share the ideals "
      "of sovereignty and social justice.", 98,
      rel("Nicaragua", "2021-11-09", {FSLN}, BL)),
    P("pd-spanish-name-pcb-message", pd, "2022-03-26",
      "Partido Comunista do Brasil thanks CPC",
      "SAO PAULO, March 25 (Xinhua) -- The Partido Comunista do Brasil (PCdoB) on Friday thanked the "
      "Communist Party of China for its message on the PCdoB's centenary, in a letter signed by party "
      "president Luciana Santos.", 99,
      rel("Brazil", "2022-03-25", {PCDOB}, BL)),
    P("ecns-xi-general-secretary-only-psuv", ecns, "2018-07-26",
      "Xi meets Venezuela's PSUV vice president",
      "Xi Jinping, general secretary of the Communist Party of China Central Committee, met with Diosdado "
      "Cabello, first vice president of the United Socialist Party of Venezuela, in Beijing on Thursday.",
      100,
      rel("Venezuela", "2018-07-26", {PSUV}, BL, "meeting")),
    P("cgtn-cpc-cc-to-frelimo-no", cgtn, "2022-09-28",
      "CPC congratulates FRELIMO on congress",
      "The Communist Party of China Central Committee sent a message on Wednesday to the Mozambique "
      "Liberation Front (FRELIMO) on the opening of its 12th congress.", 101,
      NO),
    P("gt-pcch-condolence-from-cpc-for-fire", gt, "2024-02-05",
      "CPC sends sympathies to Chilean parties over wildfires",
      "The International Department of the CPC Central Committee sent messages of sympathy on Sunday to "
      "the Socialist Party of Chile and the Communist Party of Chile over the deadly forest fires in the "
      "Valparaiso region.", 102,
      rel("Chile", "2024-02-04", {PSCH, PCCH}, BL)),
    P("corg-cpc-message-pt-victory-lula", corg, "2022-11-01",
      "CPC congratulates Brazil's Workers' Party on election win",
      "BEIJING, Nov. 1 (Xinhua) -- The International Department of the CPC Central Committee on Monday "
      "sent a message to Brazil's Workers' Party, congratulating it on Luiz Inacio Lula da Silva's "
      "victory in the presidential run-off on Oct. 30.", 103,
      rel("Brazil", "2022-10-31", {PT}, BL)),
    P("qs-pcc-anniversary-cpc-104-short", qs, "2025-07-01",
      "Cuban party congratulates CPC on 104th anniversary",
      "HAVANA, July 1 (Xinhua) -- The Communist Party of Cuba on Tuesday congratulated the Communist Party "
      "of China on the 104th anniversary of its founding.", 104,
      rel("Cuba", "2025-07-01", {PCC}, BL)),
    P("xh-fa-uruguay-orsi-victory-message", xh, "2024-11-26",
      "CPC congratulates Uruguay's Broad Front on election victory",
      "BEIJING, Nov. 26 (Xinhua) -- The International Department of the CPC Central Committee has sent a "
      "message to the Broad Front of Uruguay, congratulating it on Yamandu Orsi's victory in Sunday's "
      "presidential run-off.", 105,
      rel("Uruguay", "2024-11-26", {FA}, BL)),
    P("pd-china-nicaragua-vow-fsln-delegation", pd, "2023-02-24",
      "China, Nicaragua pledge to deepen ties between parties",
      "BEIJING, Feb. 24 (Xinhua) -- Senior officials of the Communist Party of China met with a delegation "
      "of Nicaragua's Sandinista National Liberation Front (FSLN) in Beijing on Friday, with both sides "
      "pledging closer cooperation.", 106,
      rel("Nicaragua", "2023-02-24", {FSLN}, BL, "meeting")),
    P("cd-mas-bolivia-delegation-wraps", cd, "2019-03-28",
      "Bolivian MAS delegation concludes China visit",
      "BEIJING, March 27 (Xinhua) -- A delegation of Bolivia's Movement for Socialism (MAS) wrapped up a "
      "visit to China on Wednesday. During the March 20-27 visit, the delegation met with CPC officials "
      "and toured Shaanxi province.", 107,
      rel("Bolivia", "2019-03-20", {MAS}, BL, "delegation_received")),
    P("ecns-cpc-pnm-trinidad-video", ecns, "2021-03-02",
      "CPC, Trinidad and Tobago party hold video meeting",
      "Guo Yezhou, vice minister of the International Department of the CPC Central Committee, held a "
      "video meeting on Tuesday with leaders of the People's National Movement of Trinidad and Tobago.", 108,
      rel("Trinidad and Tobago", "2021-03-02", {PNM}, B, "video_call")),
]


# failing on the first (blind) run and not fixed; reason given
OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_portal_copy_field(probe: Probe, name: str, expected):
    """Codebook: the record is the exchange the headline reports (or, with a generic headline, the
    first LAC exchange in the text); a message is dated by the day it was sent, else the dateline's
    day when the text names no other; menus, bylines, editors and related-story lists are furniture."""
    record = record_of(probe)
    assert value_of(record, name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign changed, with their negatives ---------------------------------------------

@pytest.mark.parametrize(("lead", "expected"), [
    # no dateline, a present perfect report and no day: the text gives no day (rule 3)
    ("The Communist Party of Uruguay has sent a message to the CPC congratulating it on its anniversary.",
     None),
    ("Leaders of the Broad Front have also congratulated the CPC on the opening of its congress.", None),
    # the same with a day written, or with a dateline (rule 2: the dateline's day)
    ("Liu Jianchao has met with a delegation of the Communist Party of Uruguay in Beijing.", None),
    ("The Communist Party of Uruguay sent a message to the CPC on Monday, congratulating it.",
     "2021-06-28"),
    ("MONTEVIDEO, June 30 (Xinhua) -- The Communist Party of Uruguay has sent a message to the CPC "
     "congratulating it on its anniversary.", "2021-06-30"),
    # no perfect: the printed day stays the fallback
    ("The Communist Party of Uruguay sent a message to the CPC congratulating it on its anniversary.",
     "2021-07-02"),
])
def test_a_perfect_report_without_dateline_gives_no_day(lead, expected):
    """Codebook, event_date: no day in the text gives null; the present perfect ("has sent") is how
    English reports an exchange done at some time before without saying when (cue ``perfect_no_day``),
    so a page without a dateline gets no day from its printed date."""
    record = idcpc(lead, title="Uruguayan communists congratulate CPC", published="2021-07-02",
                   url="https://www.globaltimes.cn/page/202107/1300901.shtml")
    assert record.relevant and record.event_date == expected


@pytest.mark.parametrize(("text", "relevant"), [
    ("Chinese Vice President Han Zheng met with a delegation of Brazil's Workers' Party in Beijing on "
     "Thursday.", True),
    ("Chinese Vice President Han Zheng met with a delegation of Trinidad and Tobago's People's National "
     "Movement in Beijing on Thursday.", True),
    # the LAC party at home with no stay in China
    ("Nicaragua's Sandinista National Liberation Front held a rally in Managua on Thursday.", False),
    # a non-LAC party's delegation in the same shape
    ("Chinese Vice President Han Zheng met with a delegation of Vietnam's Communist Party in Beijing on "
     "Thursday.", False),
])
def test_a_delegation_of_a_countrys_party_in_china(text, relevant):
    """Codebook, relevant: a LAC party's delegation met in China is the CPC's guest (party diplomacy),
    also when the page names its host by a state office; agencies write the party with its country
    as owner ("a delegation of Brazil's Workers' Party"), as they write "a delegation of the …"."""
    record = idcpc(text, title="Vice president meets party delegation", published="2023-07-13",
                   url="https://news.cgtn.com/news/2023-07-13/story-900/index.html")
    assert record.relevant is relevant


@pytest.mark.parametrize(("second", "country"), [
    ("On the same day, Cai also met with a delegation of the Communist Party of Cuba.", "Cuba"),
    ("Cai also met with a delegation of Brazil's Workers' Party in Beijing on Tuesday.", "Brazil"),
])
def test_a_foreign_guests_page_without_dateline_is_read_item_by_item(second, country):
    """Codebook, One page, one record: under a generic headline ("meets foreign guests") the record
    is the first exchange with LAC actors; an English copy with no dateline names each meeting's day
    at the end of its first sentence ("met with … in Beijing on Tuesday."), and those paragraphs
    are its items all the same."""
    text = ("Cai Qi, who sits on the CPC's Politburo Standing Committee, met with a delegation of the "
            "Communist Party of Vietnam in Beijing "
            "on Tuesday.\n" + second)
    record = idcpc(text, title="Senior CPC official meets foreign guests", published="2023-04-18",
                   url="https://www.globaltimes.cn/page/202304/1300902.shtml")
    assert record.relevant and record.country == country and record.event_date == "2023-04-18"


def test_a_one_meeting_page_without_dateline_is_no_digest():
    """The negative: a generic headline over one meeting with a non-LAC guest whose second paragraph
    is what was said is one exchange outside LAC, not a digest."""
    text = ("Cai Qi met with a delegation of the Communist Party of Vietnam in Beijing on Tuesday.\n"
            "Cai said the CPC values its ties with Latin American parties as well.")
    record = idcpc(text, title="Senior CPC official meets foreign guests", published="2023-04-18",
                   url="https://www.globaltimes.cn/page/202304/1300903.shtml")
    assert not record.relevant


@pytest.mark.parametrize(("lead", "expected"), [
    ("A seminar for cadres of political parties from Peru and Bolivia, hosted by the International "
     "Department of the CPC Central Committee, opened in Beijing on Monday.", "training_course"),
    ("An online workshop for young leaders of Caribbean parties, run by the International Department of "
     "the CPC Central Committee, opened on Monday.", "training_course"),
    # a seminar of peers, and training only as its topic: still a seminar
    ("The CPC and the Communist Party of Cuba held a theoretical seminar in Havana on Monday.", "seminar"),
    ("The CPC and the Communist Party of Cuba held a seminar on Monday, discussing the training of "
     "young cadres.", "seminar"),
])
def test_a_headline_seminar_the_lead_calls_a_course_for_cadres(lead, expected):
    """Codebook, event_type rule 2: a course, class, workshop or webinar the CPC side runs for
    foreign cadres is a ``training_course`` (专题研讨班 in English is often "a seminar for cadres");
    a headline's bare "seminar" is the lead's event, so the lead's words decide which kind."""
    record = idcpc(lead, title="Party cadres attend seminar", published="2019-06-24",
                   url="http://www.china.org.cn/world/2019-06/24/content_80903.htm")
    assert record.relevant and record.event_type == expected


@pytest.mark.parametrize(("lead", "expected"), [
    # the deceased's faction is the occasion's, the addressee is the counterpart
    ("The International Department of the CPC Central Committee on Monday sent a message of condolence "
     "to the Socialist Party of Chile over the death of a senator, a longtime member of the Party for "
     "Democracy.", {"Socialist Party of Chile"}),
    # the deceased's party is also the addressee: it stays
    ("Xi Jinping on Saturday sent a message of condolence to the Communist Party of Cuba over the death "
     "of Fidel Castro, leader of the Communist Party of Cuba.", {"Communist Party of Cuba"}),
    # the only party named stays, also when it is named only with the deceased
    ("Xi Jinping on Saturday sent a message of condolence over the death of Fidel Castro, leader of the "
     "Communist Party of Cuba.", {"Communist Party of Cuba"}),
])
def test_the_deceaseds_party_is_no_counterpart(lead, expected):
    """Codebook: the parties list every LAC party the page names as taking part in the exchange; a
    party named only in the description of the person a condolence mourns is the occasion's, when
    another LAC party is the message's addressee."""
    record = idcpc(lead, title="CPC sends condolences", published="2016-11-28",
                   url="http://en.people.cn/n3/2016/1128/c90000-19904.html")
    assert record.relevant and parties(record) == expected
