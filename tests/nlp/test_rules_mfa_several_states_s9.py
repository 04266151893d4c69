"""Campaign 9N: the foreign-ministry `country` (one LAC country or "multilateral") when a page names
SEVERAL LAC states, by the codebook's country rules. Self-written releases in the style of the
ministry's pages and their copies; leader, minister and country names are facts, the wording is
invented. Each probe gives the values a careful coder would give; a field left None is not checked.

The codebook's rules at play: the country is the LAC country whose actors take part; "multilateral"
when the LAC side is a regional body, a group of actors of two or more LAC countries, or a trip to
several LAC countries; a trip to one LAC country and non-LAC countries is that country; a country
named only as a venue, a topic or a recalled precedent is not a participant."""

from __future__ import annotations

from typing import Any

import probe_harness
import pytest
from probe_harness import M, MfaProbe, assert_unique_ids, cases, record_of


def en(day: str, n: int) -> str:
    return f"https://www.fmprc.gov.cn/eng/zxxx_662805/{day[:6]}/t{day}_{n}.html"


def enm(day: str, n: int) -> str:
    """The minister's activities column."""
    column = "https://www.fmprc.gov.cn/mfa_eng/wjb_663304/wjbz_663308/activities_663312"
    return f"{column}/{day[:6]}/t{day}_{n}.html"


def zh(day: str, n: int) -> str:
    return f"https://www.mfa.gov.cn/web/zyxw/{day[:6]}/t{day}_{n}.shtml"


def zhm(day: str, n: int) -> str:
    return f"https://www.mfa.gov.cn/web/wjbzhd/{day[:6]}/t{day}_{n}.shtml"


def agency(day: str, n: int) -> str:
    return f"http://www.agency-news.cn/english/{day[:4]}-{day[4:6]}/{day[6:]}/c_{n}.htm"


def big5(day: str, n: int) -> str:
    return f"http://big5.agency-news.cn/gate/big5/www.agency-news.cn/{day[:4]}-{day[4:6]}/{day[6:]}/c_{n}.htm"


def embassy(cc: str, day: str, n: int, lang: str = "eng") -> str:
    col = "eng/zgyw" if lang == "eng" else "chn/zgyw"
    return f"http://{cc}.china-embassy.gov.cn/{col}/{day[:6]}/t{day}_{n}.htm"


def agency_copy(day: str, body: str, lang: str = "en") -> str:
    """The furniture an agency copy carries: the date marker, a menu line, a byline."""
    menu = "Agency News English | Menu | Search" if lang == "en" else "新聞 | 首頁 | 搜索"
    return f" date {day[:4]}-{day[4:6]}-{day[6:]}\n{menu}\nEditor: Wang Lin\n{body}\n"


def Probe(pid: str, lang: str, url: str, published: str, title: str, text: str,  # noqa: N802
          relevant: bool = True, country: str | None = None, event_type: str | None = None,
          hos: bool | None = None, doubt: dict[str, str] | None = None) -> probe_harness.Probe:
    """A foreign-ministry probe written in this campaign's order (language and address first): a page
    not relevant checks only relevance, a relevant one the fields it gives."""
    expect: dict[str, Any] = {"relevant": relevant}
    if relevant:
        given = {"country": country, "event_type": event_type, "hos": hos}
        expect.update({key: value for key, value in given.items() if value is not None})
    return MfaProbe(pid, title, text, published, url, expect, lang, doubtful=doubt or {})


PROBES: list[probe_harness.Probe] = [
    # ---- A. a leader meets ONE LAC leader at a summit another LAC state hosts --------------------
    Probe("side-chile-lima-en", "en", en("20241116", 11500001), "2024-11-16",
          "Xi Jinping Meets with Chilean President Gabriel Boric",
          "On the afternoon of November 15, 2024 local time, President Xi Jinping met with Chilean President "
          "Gabriel Boric on the sidelines of the 31st APEC Economic Leaders' Meeting in Lima. Xi Jinping "
          "noted that Peru, the host of this year's meeting, and Chile are both good friends of China. "
          "Chile was the first South American country to establish diplomatic relations with the People's "
          "Republic of China. Boric said Chile is ready to deepen cooperation with China in trade, lithium "
          "and green energy.",
          country="Chile", event_type="meeting_on_sidelines", hos=True),
    Probe("side-argentina-rio-en", "en", en("20241119", 11500002), "2024-11-19",
          "Xi Jinping Meets with Argentine President Javier Milei",
          "On the afternoon of November 18, 2024 local time, President Xi Jinping met with Argentine "
          "President Javier Milei on the sidelines of the G20 Summit in Rio de Janeiro. Xi Jinping said "
          "he appreciated Brazil's work as the G20 presidency. China and Argentina are comprehensive "
          "strategic partners. Milei said Argentina attaches great importance to its relations with China.",
          country="Argentina", event_type="meeting_on_sidelines", hos=True),
    Probe("side-mexico-rio-en", "en", en("20241119", 11500003), "2024-11-19",
          "Xi Jinping Meets with Mexican President Claudia Sheinbaum",
          "On November 18, 2024 local time, President Xi Jinping met with Mexican President Claudia "
          "Sheinbaum in Rio de Janeiro, Brazil, where the two leaders are attending the 19th G20 Leaders' "
          "Summit. Xi Jinping congratulated Sheinbaum on taking office as the first woman President of "
          "Mexico. Sheinbaum said Mexico and China enjoy a long friendship.",
          country="Mexico", event_type="meeting_on_sidelines", hos=True),
    Probe("side-peru-sf-en", "en", en("20231117", 11500004), "2023-11-17",
          "Xi Jinping Meets with Peruvian President Dina Boluarte",
          "On the afternoon of November 16, 2023 local time, President Xi Jinping met with Peruvian "
          "President Dina Boluarte in San Francisco on the sidelines of the APEC Economic Leaders' Meeting. "
          "Xi Jinping said China supports Peru in hosting APEC next year, and wished Peru, Chile and other "
          "Latin American members success.",
          country="Peru", event_type="meeting_on_sidelines", hos=True),
    Probe("side-peru-lima-host-en", "en", en("20241115", 11500005), "2024-11-15",
          "Xi Jinping Holds Talks with Peruvian President Dina Boluarte",
          "On November 14, 2024 local time, President Xi Jinping held talks with President Dina Boluarte at "
          "the Government Palace in Lima. Xi Jinping arrived in Lima for a state visit to Peru and the APEC "
          "Economic Leaders' Meeting, and will then travel to Brazil for the G20 Summit. The two heads of "
          "state witnessed the inauguration of the Chancay Port by video link.",
          country="Peru", event_type="talks", hos=True),
    Probe("side-chile-lima-zh", "zh", zh("20241116", 11500006), "2024-11-16",
          "习近平会见智利总统博里奇",
          "当地时间2024年11月15日下午，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间"
          "会见智利总统博里奇。习近平指出，秘鲁作为今年东道主为会议做了大量工作。智利是第一个同新中国建交的"
          "南美洲国家。博里奇表示，智方愿同中方深化经贸、锂矿、绿色能源等领域合作。",
          country="Chile", event_type="meeting_on_sidelines", hos=True),
    Probe("side-argentina-rio-zh", "zh", zh("20241119", 11500007), "2024-11-19",
          "习近平会见阿根廷总统米莱",
          "当地时间2024年11月18日下午，国家主席习近平在里约热内卢出席二十国集团领导人第十九次峰会期间会见"
          "阿根廷总统米莱。习近平赞赏巴西作为主席国所做的工作。中阿是全面战略伙伴。米莱表示，阿方高度重视"
          "对华关系。",
          country="Argentina", event_type="meeting_on_sidelines", hos=True),
    Probe("side-colombia-g20fm-en", "en", enm("20240222", 11500008), "2024-02-22",
          "Wang Yi Meets with Colombian Foreign Minister Luis Gilberto Murillo",
          "On February 21, 2024 local time, Director of the Office of the Central Foreign Affairs Commission "
          "and Foreign Minister Wang Yi met with Colombian Foreign Minister Luis Gilberto Murillo on the "
          "sidelines of the G20 Foreign Ministers' Meeting in Rio de Janeiro, Brazil. Wang Yi said China "
          "and Colombia should strengthen cooperation in infrastructure.",
          country="Colombia", event_type="meeting_on_sidelines", hos=False),
    Probe("side-colombia-g20fm-zh", "zh", zhm("20240222", 11500009), "2024-02-22",
          "王毅会见哥伦比亚外长穆里略",
          "当地时间2024年2月21日，中共中央政治局委员、外交部长王毅在巴西里约热内卢出席二十国集团外长会"
          "期间会见哥伦比亚外长穆里略。王毅表示，中哥应加强基础设施等领域合作。",
          country="Colombia", event_type="meeting_on_sidelines", hos=False),
    Probe("side-chile-lima-agency", "en", agency("20241116", 11500010), "2024-11-16",
          "Xi meets Chilean president in Lima",
          agency_copy("20241116",
                      "LIMA, Nov. 15 (Agency) -- Chinese President Xi Jinping met with Chilean President "
                      "Gabriel Boric here on Friday on the sidelines of the APEC Economic Leaders' Meeting, "
                      "which Peru is hosting this year. Xi said Chile and China have been pioneers of "
                      "cooperation between China and Latin America."),
          country="Chile", event_type="meeting_on_sidelines", hos=True),
    Probe("side-argentina-rio-big5", "zh", big5("20241119", 11500011), "2024-11-19",
          "習近平會見阿根廷總統米萊",
          agency_copy("20241119",
                      "新華社里約熱內盧11月18日電 國家主席習近平當地時間18日在里約熱內盧出席二十國集團領導人"
                      "峰會期間會見阿根廷總統米萊。習近平表示，巴西作為主席國為峰會做了充分準備。米萊表示，"
                      "阿方願同中方加強合作。", lang="zh"),
          country="Argentina", event_type="meeting_on_sidelines", hos=True),
    Probe("side-cuba-brics-rio-en", "en", en("20250707", 11500012), "2025-07-07",
          "Li Qiang Meets with Cuban President Miguel Díaz-Canel",
          "On July 6, 2025 local time, Premier Li Qiang met with Cuban President Miguel Díaz-Canel on the "
          "sidelines of the 17th BRICS Summit in Rio de Janeiro. Li Qiang said China values Cuba's joining "
          "as a BRICS partner country and thanked Brazil for its hospitality.",
          country="Cuba", event_type="meeting_on_sidelines", hos=True),
    Probe("side-cuba-brics-rio-zh", "zh", zh("20250707", 11500013), "2025-07-07",
          "李强会见古巴国家主席迪亚斯-卡内尔",
          "当地时间2025年7月6日，国务院总理李强在里约热内卢出席金砖国家领导人第十七次会晤期间会见古巴国家"
          "主席迪亚斯-卡内尔。李强表示，中方欢迎古巴作为金砖伙伴国参与合作，感谢巴方热情周到的安排。",
          country="Cuba", event_type="meeting_on_sidelines", hos=True),
    Probe("side-bolivia-brics-rio-en", "en", en("20250707", 11500014), "2025-07-07",
          "Li Qiang Meets with Bolivian President Luis Arce",
          "On the afternoon of July 6, 2025 local time, Premier Li Qiang met with Bolivian President Luis "
          "Arce on the sidelines of the BRICS Summit in Rio de Janeiro, Brazil. Li Qiang said China and "
          "Bolivia are strategic partners and China supports Bolivia's development of lithium resources.",
          country="Bolivia", event_type="meeting_on_sidelines", hos=True),
    Probe("side-brazil-johannesburg-en", "en", en("20230823", 11500015), "2023-08-23",
          "Xi Jinping Meets with Brazilian President Luiz Inácio Lula da Silva",
          "On August 22, 2023 local time, President Xi Jinping met with Brazilian President Luiz Inácio Lula "
          "da Silva on the sidelines of the 15th BRICS Summit in Johannesburg. Lula said Brazil supports "
          "Argentina's joining BRICS. The two leaders exchanged views on the expansion of BRICS.",
          country="Brazil", event_type="meeting_on_sidelines", hos=True),
    Probe("side-colombia-bsas-inaug-en", "en", enm("20231211", 11500016), "2023-12-11",
          "Special Envoy of President Xi Jinping Meets with Colombian President Gustavo Petro",
          "On December 10, 2023 local time, Vice Chairman of the Standing Committee of the NPC and Special "
          "Envoy of President Xi Jinping Wu Weihua, who was in Buenos Aires for the inauguration of "
          "Argentine President Javier Milei, met with Colombian President Gustavo Petro. The two sides "
          "exchanged views on China-Colombia relations.",
          country="Colombia", hos=False),

    # ---- B. a trip to several LAC countries, as one page or one leg -------------------------------
    Probe("trip3-preview-en", "en", en("20240712", 11500101), "2024-07-12",
          "Wang Yi to Visit Brazil, Colombia and Uruguay",
          "Foreign Ministry Spokesperson Lin Jian announced: At the invitation of the governments of Brazil, "
          "Colombia and Uruguay, Director of the Office of the Central Foreign Affairs Commission and "
          "Foreign Minister Wang Yi will pay official visits to the three countries from July 18 to 26.",
          country=M, event_type="official_visit", hos=False),
    Probe("trip3-overview-en", "en", enm("20240727", 11500102), "2024-07-27",
          "Wang Yi Concludes Visits to Brazil, Colombia and Uruguay",
          "From July 18 to 26, 2024, Foreign Minister Wang Yi paid official visits to Brazil, Colombia and "
          "Uruguay. In Brasília he held talks with Foreign Minister Mauro Vieira; in Bogotá he met with "
          "President Gustavo Petro; in Montevideo he met with President Luis Lacalle Pou. The visits "
          "deepened China's friendship with Latin America.",
          country=M, event_type="official_visit", hos=False),
    Probe("trip3-leg-colombia-en", "en", enm("20240722", 11500103), "2024-07-22",
          "Wang Yi Holds Talks with Colombian Foreign Minister Luis Gilberto Murillo",
          "On July 21, 2024 local time, Foreign Minister Wang Yi held talks with Colombian Foreign Minister "
          "Luis Gilberto Murillo in Bogotá. Colombia is the second stop of Wang Yi's trip, which began in "
          "Brazil and will end in Uruguay. The two sides agreed to advance Belt and Road cooperation.",
          country="Colombia", event_type="talks", hos=False),
    Probe("trip3-preview-zh", "zh", zhm("20240712", 11500104), "2024-07-12",
          "王毅将访问巴西、哥伦比亚、乌拉圭",
          "外交部发言人林剑宣布：应巴西、哥伦比亚、乌拉圭政府邀请，中共中央政治局委员、外交部长王毅将于"
          "7月18日至26日对上述三国进行正式访问。",
          country=M, event_type="official_visit", hos=False),
    Probe("trip3-leg-uruguay-zh", "zh", zhm("20240726", 11500105), "2024-07-26",
          "王毅同乌拉圭外长帕加内利会谈",
          "当地时间2024年7月25日，外交部长王毅在蒙得维的亚同乌拉圭外长帕加内利会谈。这是王毅此次拉美之行的"
          "最后一站，此前他访问了巴西和哥伦比亚。双方同意推进自贸协定谈判。",
          country="Uruguay", event_type="talks", hos=False),
    Probe("trip3-leg-brazil-agency", "en", agency("20240719", 11500106), "2024-07-19",
          "Chinese FM meets Brazilian counterpart in Brasilia",
          agency_copy("20240719",
                      "BRASILIA, July 18 (Agency) -- Chinese Foreign Minister Wang Yi met with Brazilian "
                      "Foreign Minister Mauro Vieira here on Thursday, at the start of a trip that will also "
                      "take him to Colombia and Uruguay. The two ministers discussed the 50th anniversary of "
                      "diplomatic ties."),
          country="Brazil", event_type="meeting", hos=False),
    Probe("trip3-preview-agency", "en", agency("20240713", 11500107), "2024-07-13",
          "Chinese FM to visit Brazil, Colombia, Uruguay",
          agency_copy("20240713",
                      "BEIJING, July 12 (Agency) -- Chinese Foreign Minister Wang Yi will pay official "
                       "visits "
                      "to Brazil, Colombia and Uruguay from July 18 to 26, a foreign ministry spokesperson "
                      "announced on Friday."),
          country=M, event_type="official_visit", hos=False),
    Probe("trip3-preview-big5", "zh", big5("20240713", 11500108), "2024-07-13",
          "王毅將訪問巴西、哥倫比亞、烏拉圭",
          agency_copy("20240713",
                      "外交部發言人林劍12日宣布：應巴西、哥倫比亞、烏拉圭政府邀請，外交部長王毅將於7月18日至"
                      "26日對上述三國進行正式訪問。", lang="zh"),
          country=M, event_type="official_visit", hos=False),
    Probe("xi-trip-peru-brazil-briefing-en", "en", enm("20241122", 11500109), "2024-11-22",
          "Wang Yi Briefs the Press on President Xi Jinping's Trip to Latin America",
          "On November 21, 2024, Foreign Minister Wang Yi briefed the press on President Xi Jinping's "
          "attendance at the APEC Economic Leaders' Meeting in Lima and the G20 Summit in Rio de Janeiro and "
          "his state visits to Peru and Brazil. Wang Yi said the trip was a success for China's diplomacy "
          "with Latin America.",
          country=M, event_type="other", hos=False),
    Probe("xi-trip-peru-brazil-briefing-zh", "zh", zhm("20241122", 11500110), "2024-11-22",
          "王毅谈习近平主席拉美之行成果",
          "2024年11月21日，外交部长王毅向媒体介绍习近平主席出席亚太经合组织领导人非正式会议、二十国集团"
          "领导人峰会并对秘鲁、巴西进行国事访问的情况。王毅表示，此访是中国同拉美关系的又一里程碑。",
          country=M, event_type="other", hos=False),
    Probe("xi-arrives-brasilia-en", "en", en("20241120", 11500111), "2024-11-20",
          "Xi Jinping Arrives in Brasília for State Visit to Brazil",
          "On the afternoon of November 19, 2024 local time, President Xi Jinping arrived in Brasília for a "
          "state visit to Brazil, after attending the G20 Summit in Rio de Janeiro. Earlier, Xi Jinping "
           "paid a "
          "state visit to Peru and attended the APEC meeting in Lima.",
          country="Brazil", event_type="state_visit"),
    Probe("xi-arrives-brasilia-zh", "zh", zh("20241120", 11500112), "2024-11-20",
          "习近平抵达巴西利亚开始对巴西进行国事访问",
          "当地时间11月19日下午，国家主席习近平抵达巴西利亚，开始对巴西进行国事访问。此前，习近平在利马"
          "出席亚太经合组织会议并对秘鲁进行国事访问，随后在里约热内卢出席二十国集团峰会。",
          country="Brazil", event_type="state_visit"),
    Probe("vfm-central-america-en", "en", enm("20230915", 11500113), "2023-09-15",
          "Vice Foreign Minister Xie Feng Visits Panama, Costa Rica and El Salvador",
          "From September 8 to 14, 2023, Vice Foreign Minister Xie Feng visited Panama, Costa Rica and "
          "El Salvador, and held political consultations with the foreign ministries of the three countries.",
          country=M, event_type="official_visit", hos=False),
    Probe("trip-brazil-egypt-en", "en", enm("20240129", 11500114), "2024-01-29",
          "Wang Yi Concludes Visits to Brazil and Egypt",
          "From January 20 to 27, 2024, Foreign Minister Wang Yi paid official visits to Egypt and Brazil. "
          "In Brasília he held talks with Foreign Minister Mauro Vieira and met with President Lula.",
          country="Brazil", event_type="official_visit", hos=False),
    Probe("trip-brazil-southafrica-zh", "zh", zhm("20240129", 11500115), "2024-01-29",
          "王毅结束对南非、巴西的访问",
          "2024年1月20日至27日，外交部长王毅对南非和巴西进行正式访问。在巴西利亚，王毅同巴西外长维埃拉"
          "会谈，并会见卢拉总统。",
          country="Brazil", event_type="official_visit", hos=False),
    Probe("trip2-peru-chile-zh", "zh", zhm("20231020", 11500116), "2023-10-20",
          "外交部副部长访问秘鲁、智利",
          "2023年10月12日至19日，外交部副部长访问秘鲁和智利，分别同两国外交部举行政治磋商。",
          country=M, event_type="official_visit", hos=False),

    # ---- C. joint meetings with several LAC states or a regional body -----------------------------
    Probe("quartet-en", "en", enm("20230923", 11500201), "2023-09-23",
          "Wang Yi Holds Dialogue with Foreign Ministers of the China-CELAC Forum Quartet",
          "On September 22, 2023 local time, Foreign Minister Wang Yi held a dialogue in New York with the "
          "foreign ministers of the China-CELAC Forum Quartet: Saint Vincent and the Grenadines, which holds "
          "the CELAC pro tempore presidency, Argentina, Colombia and Saint Lucia. The two sides "
           "discussed the "
          "next ministerial meeting of the China-CELAC Forum.",
          country=M, hos=False),
    Probe("quartet-zh", "zh", zhm("20230923", 11500202), "2023-09-23",
          "王毅同中拉论坛“四驾马车”外长举行对话",
          "当地时间2023年9月22日，外交部长王毅在纽约同中拉论坛“四驾马车”外长举行对话，拉共体轮值主席国"
          "圣文森特和格林纳丁斯、阿根廷、哥伦比亚、圣卢西亚外长出席。",
          country=M, hos=False),
    Probe("central-am-fms-en", "en", enm("20230923", 11500203), "2023-09-23",
          "Wang Yi Meets with Foreign Ministers of Central American Countries",
          "On September 21, 2023 local time, Foreign Minister Wang Yi met collectively with the foreign "
          "ministers of Costa Rica, El Salvador, Honduras, Nicaragua and Panama in New York. Wang Yi said "
          "China is ready to work with Central American countries for common development.",
          country=M, event_type="meeting", hos=False),
    Probe("central-am-fms-zh", "zh", zhm("20230923", 11500204), "2023-09-23",
          "王毅集体会见中美洲国家外长",
          "当地时间2023年9月21日，外交部长王毅在纽约集体会见哥斯达黎加、萨尔瓦多、洪都拉斯、尼加拉瓜、"
          "巴拿马外长。王毅表示，中方愿同中美洲国家携手实现共同发展。",
          country=M, event_type="meeting", hos=False),
    Probe("caribbean-heads-en", "en", en("20130603", 11500205), "2013-06-03",
          "Xi Jinping Meets with Leaders of Caribbean Countries",
          "On June 2, 2013 local time, President Xi Jinping met in Port of Spain with leaders of Caribbean "
          "countries having diplomatic relations with China, including Prime Minister Kamla Persad-Bissessar "
          "of Trinidad and Tobago, Prime Minister Baldwin Spencer of Antigua and Barbuda, Prime Minister "
          "Freundel Stuart of Barbados and Prime Minister Portia Simpson-Miller of Jamaica.",
          country=M, event_type="meeting", hos=True),
    Probe("caribbean-heads-zh", "zh", zh("20130603", 11500206), "2013-06-03",
          "习近平集体会见加勒比国家领导人",
          "当地时间2013年6月2日，国家主席习近平在西班牙港集体会见同中国建交的加勒比国家领导人，包括特立尼达"
          "和多巴哥总理珀萨德-比塞萨尔、安提瓜和巴布达总理斯潘塞、巴巴多斯总理斯图尔特、牙买加总理"
          "辛普森-米勒等。",
          country=M, event_type="meeting", hos=True),
    Probe("caribbean-heads-big5", "zh", big5("20130603", 11500207), "2013-06-03",
          "習近平集體會見加勒比國家領導人",
          agency_copy("20130603",
                      "新華社西班牙港6月2日電 "
                      "國家主席習近平2日在西班牙港集體會見同中國建交的加勒比國家領導人，"
                      "包括巴巴多斯總理斯圖爾特、牙買加總理辛普森-米勒、格林納達總理米切爾等。", lang="zh"),
          country=M, event_type="meeting", hos=True),
    Probe("caricom-sg-en", "en", enm("20231020", 11500208), "2023-10-20",
          "Wang Yi Meets with CARICOM Secretary-General Carla Barnett",
          "On October 19, 2023, Foreign Minister Wang Yi met with Secretary-General of the Caribbean "
          "Community (CARICOM) Carla Barnett in Beijing. Barbados, Jamaica and Guyana were mentioned as "
          "members that benefit from China's aid.",
          country=M, event_type="meeting", hos=False),
    Probe("celac-forum-fms-group-en", "en", en("20250514", 11500209), "2025-05-14",
          "Xi Jinping Meets with Heads of Delegation of LAC Countries Attending the China-CELAC Forum",
          "On May 13, 2025, President Xi Jinping met collectively at the Great Hall of the People with the "
          "heads of delegation of Latin American and Caribbean countries attending the Fourth Ministerial "
          "Meeting of the China-CELAC Forum, including foreign ministers of Colombia, Brazil, Chile and "
          "Uruguay.",
          country=M, event_type="meeting_on_sidelines", hos=False),
    Probe("celac-forum-speech-en", "en", en("20250514", 11500210), "2025-05-14",
          "Xi Jinping Delivers Keynote Speech at the Opening Ceremony of the Fourth Ministerial Meeting of "
          "the China-CELAC Forum",
          "On May 13, 2025, President Xi Jinping attended the opening ceremony of the Fourth Ministerial "
          "Meeting of the China-CELAC Forum in Beijing and delivered a keynote speech. Colombian President "
          "Gustavo Petro, Brazilian President Lula and Chilean President Boric attended.",
          country=M, event_type="other", hos=None),
    Probe("celac-forum-letter-zh", "zh", zh("20211204", 11500211), "2021-12-04",
          "习近平向中国－拉共体论坛第三届部长会议发表视频讲话",
          "2021年12月3日，国家主席习近平以视频方式向中国－拉共体论坛第三届部长会议发表讲话。会议由拉共体"
          "轮值主席国墨西哥共同主持，阿根廷、巴巴多斯等国外长出席。",
          country=M, hos=False),
    Probe("brics-partners-group-en", "en", en("20250707", 11500212), "2025-07-07",
          "Li Qiang Meets with Leaders of BRICS Partner Countries",
          "On July 6, 2025 local time, Premier Li Qiang met collectively in Rio de Janeiro with leaders of "
          "BRICS partner countries attending the summit, including Cuban President Miguel Díaz-Canel and "
          "Bolivian President Luis Arce.",
          country=M, event_type="meeting_on_sidelines", hos=True),
    Probe("caribbean-fms-video-en", "en", enm("20210206", 11500213), "2021-02-06",
          "Wang Yi Holds Video Meeting with Foreign Ministers of Caribbean Countries",
          "On February 5, 2021, Foreign Minister Wang Yi held a video meeting with foreign ministers of "
          "Caribbean countries having diplomatic ties with China, including Jamaica, Barbados, Guyana and "
          "Trinidad and Tobago, on fighting COVID-19.",
          country=M, hos=False),

    # ---- D. a page about one country that recalls or compares another ----------------------------
    Probe("recall-uruguay-en", "en", en("20231123", 11500301), "2023-11-23",
          "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
          "On the afternoon of November 22, 2023, President Xi Jinping held talks with Uruguayan President "
          "Luis Lacalle Pou at the Great Hall of the People. Xi Jinping noted that, like Chile and "
           "Argentina, "
          "Uruguay has been a pioneer of cooperation with China in the region, and recalled his meeting with "
          "Brazilian President Lula earlier this year.",
          country="Uruguay", event_type="talks", hos=True),
    Probe("recall-colombia-bri-en", "en", en("20231026", 11500302), "2023-10-26",
          "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
          "On October 25, 2023, President Xi Jinping held talks with Colombian President Gustavo Petro in "
          "Beijing. The two heads of state announced the elevation of relations to a strategic partnership. "
          "Xi noted that over 20 Latin American countries, including Argentina, Peru and Chile, have signed "
          "Belt and Road cooperation documents with China.",
          country="Colombia", event_type="talks", hos=True),
    Probe("recall-ecuador-en", "en", enm("20230615", 11500303), "2023-06-15",
          "Wang Yi Meets with Ecuadorian Foreign Minister Gustavo Holguín",
          "On June 14, 2023, Foreign Minister Wang Yi met with Ecuadorian Foreign Minister Gustavo "
           "Holguín in "
          "Beijing. Wang Yi recalled his recent visit to Peru and said the free trade agreements China has "
          "signed with Chile, Peru and Costa Rica have brought benefits to both sides.",
          country="Ecuador", event_type="meeting", hos=False),
    Probe("recall-honduras-zh", "zh", zh("20230613", 11500304), "2023-06-13",
          "习近平同洪都拉斯总统卡斯特罗会谈",
          "2023年6月12日下午，国家主席习近平在人民大会堂，同来华国事访问的洪都拉斯总统卡斯特罗会谈。"
          "习近平指出，继巴拿马、多米尼加、萨尔瓦多、尼加拉瓜之后，洪都拉斯同中国建交，顺应历史潮流。",
          country="Honduras", event_type="talks", hos=True),
    Probe("recall-peru-zh", "zh", zhm("20230810", 11500305), "2023-08-10",
          "王毅会见秘鲁外长赫瓦西",
          "2023年8月9日，外交部长王毅在北京会见秘鲁外长赫瓦西。王毅回顾了去年同巴西、阿根廷外长的会晤，"
          "表示中方愿同秘方推进自贸协定升级。",
          country="Peru", event_type="meeting", hos=False),
    Probe("compare-jamaica-en", "en", en("20240508", 11500306), "2024-05-08",
          "Li Qiang Meets with Jamaican Prime Minister Andrew Holness",
          "On May 7, 2024, Premier Li Qiang met with Jamaican Prime Minister Andrew Holness in Beijing. Li "
          "Qiang noted that, like Barbados and Trinidad and Tobago, Jamaica is an important partner of China "
          "in the Caribbean.",
          country="Jamaica", event_type="meeting", hos=True),
    Probe("recall-brazil-en", "en", en("20230415", 11500307), "2023-04-15",
          "Xi Jinping Holds Talks with Brazilian President Lula",
          "On the afternoon of April 14, 2023, President Xi Jinping held talks with Brazilian President Luiz "
          "Inácio Lula da Silva at the Great Hall of the People. Lula recalled Xi's visit to Brazil in 2014 "
          "and said Brazil, like Argentina and Mexico, wants closer ties with China.",
          country="Brazil", event_type="talks", hos=True),
    Probe("compare-tt-agency", "en", agency("20230613", 11500308), "2023-06-13",
          "Xi meets Trinidad and Tobago prime minister",
          agency_copy("20230613",
                      "BEIJING, June 12 (Agency) -- Chinese President Xi Jinping met with Trinidad and "
                       "Tobago "
                      "Prime Minister Keith Rowley in Beijing on Monday. Xi said China supports CARICOM's "
                      "integration and recalled his visit to Port of Spain, after which he also visited "
                       "Costa "
                      "Rica and Mexico."),
          country="Trinidad and Tobago", event_type="meeting", hos=True),

    # ---- E. a message to one country naming its previous president or another country ------------
    Probe("msg-sheinbaum-en", "en", en("20241002", 11500401), "2024-10-02",
          "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Inauguration as President of "
          "Mexico",
          "On October 1, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum "
           "on her "
          "inauguration as President of Mexico. Xi Jinping said that under former President Andrés Manuel "
          "López Obrador, China-Mexico relations made solid progress.",
          country="Mexico", event_type="message", hos=True),
    Probe("msg-orsi-elected-en", "en", en("20241126", 11500402), "2024-11-26",
          "Xi Jinping Congratulates Yamandú Orsi on His Election as President of Uruguay",
          "On November 25, 2024, President Xi Jinping sent a congratulatory message to Yamandú Orsi on his "
          "election as President of Uruguay. Xi Jinping said that China and Uruguay, under President Luis "
          "Lacalle Pou, established a comprehensive strategic partnership.",
          country="Uruguay", event_type="message", hos=False),
    Probe("msg-milei-zh", "zh", zh("20231211", 11500403), "2023-12-11",
          "习近平致电祝贺米莱就任阿根廷总统",
          "2023年12月10日，国家主席习近平致电米莱，祝贺他就任阿根廷总统。习近平指出，在费尔南德斯总统任内，"
          "中阿关系取得长足发展。",
          country="Argentina", event_type="message", hos=True),
    Probe("msg-noboa-elected-zh", "zh", zh("20231017", 11500404), "2023-10-17",
          "习近平致电祝贺诺沃当选厄瓜多尔总统",
          "2023年10月16日，国家主席习近平致电诺沃，祝贺他当选厄瓜多尔总统。习近平表示，中方赞赏拉索总统"
          "为中厄自贸协定所作努力。",
          country="Ecuador", event_type="message", hos=False),
    Probe("msg-condolence-pinera-en", "en", en("20240207", 11500405), "2024-02-07",
          "Xi Jinping Sends Condolence Message to Chilean President Gabriel Boric on the Passing of Former "
          "President Sebastián Piñera",
          "On February 7, 2024, President Xi Jinping sent a condolence message to Chilean President Gabriel "
          "Boric over the passing of former President Sebastián Piñera.",
          country="Chile", event_type="message", hos=True),
    Probe("msg-floods-brazil-zh", "zh", zh("20240506", 11500406), "2024-05-06",
          "习近平就巴西南部洪灾向巴西总统卢拉致慰问电",
          "2024年5月6日，国家主席习近平就巴西南部南里奥格兰德州发生严重洪灾向巴西总统卢拉致慰问电。"
          "洪灾也波及邻国乌拉圭部分地区。",
          country="Brazil", event_type="message", hos=True),
    Probe("msg-peru-fm-en", "en", enm("20231012", 11500407), "2023-10-12",
          "Wang Yi Sends Congratulatory Message to New Peruvian Foreign Minister Javier González-Olaechea",
          "On October 11, 2023, Foreign Minister Wang Yi sent a congratulatory message to Javier "
          "González-Olaechea on his appointment as Foreign Minister of Peru, and thanked his predecessor "
          "Ana Cecilia Gervasi, who had visited Chile and Bolivia to coordinate regional positions.",
          country="Peru", event_type="message", hos=False),
    Probe("msg-sheinbaum-big5", "zh", big5("20241002", 11500408), "2024-10-02",
          "習近平致電祝賀謝恩鮑姆就任墨西哥總統",
          agency_copy("20241002",
                      "新華社北京10月1日電 國家主席習近平1日致電謝恩鮑姆，祝賀她就任墨西哥總統。習近平指出，"
                      "洛佩斯總統任內中墨關係取得新進展。", lang="zh"),
          country="Mexico", event_type="message", hos=True),
    Probe("msg-cuba-anniv-en", "en", en("20200928", 11500409), "2020-09-28",
          "Xi Jinping Exchanges Congratulatory Messages with Cuban President Miguel Díaz-Canel on the 60th "
          "Anniversary of Diplomatic Ties",
          "On September 28, 2020, President Xi Jinping and Cuban President Miguel Díaz-Canel exchanged "
          "congratulatory messages on the 60th anniversary of diplomatic relations. Cuba was the first Latin "
          "American country to establish relations with New China, followed by Chile, Peru and Mexico.",
          country="Cuba", event_type="message", hos=True),

    # ---- F. a third country as a topic of the exchange ---------------------------------------------
    Probe("topic-venezuela-brazil-en", "en", enm("20240806", 11500501), "2024-08-06",
          "Wang Yi Holds Phone Call with Brazilian Foreign Minister Mauro Vieira",
          "On August 5, 2024, Foreign Minister Wang Yi held a phone call with Brazilian Foreign Minister "
           "Mauro "
          "Vieira at the latter's request. The two sides exchanged views on the situation in Venezuela after "
          "its presidential election. Wang Yi said China supports Brazil, Colombia and Mexico in playing a "
          "constructive role.",
          country="Brazil", event_type="phone_call", hos=False),
    Probe("topic-haiti-dr-en", "en", enm("20240315", 11500502), "2024-03-15",
          "Wang Yi Meets with Dominican Foreign Minister Roberto Álvarez",
          "On March 14, 2024, Foreign Minister Wang Yi met with Dominican Foreign Minister Roberto "
           "Álvarez in "
          "Beijing. The two sides exchanged views on the situation in Haiti. Álvarez said the Dominican "
          "Republic hopes the international community will help Haiti restore stability.",
          country="Dominican Republic", event_type="meeting", hos=False),
    Probe("topic-venezuela-amorim-zh", "zh", zhm("20240802", 11500503), "2024-08-02",
          "王毅同巴西总统首席顾问阿莫林通电话",
          "2024年8月1日，中共中央政治局委员、外交部长王毅应约同巴西总统首席顾问阿莫林通电话。阿莫林介绍了"
          "巴方对委内瑞拉大选后局势的看法。王毅表示，中方支持巴西、哥伦比亚等地区国家发挥建设性作用。",
          country="Brazil", event_type="phone_call", hos=False),
    Probe("topic-haiti-dr-zh", "zh", zhm("20240315", 11500504), "2024-03-15",
          "王毅会见多米尼加外长阿尔瓦雷斯",
          "2024年3月14日，外交部长王毅在北京会见多米尼加外长阿尔瓦雷斯。双方就海地局势交换意见。阿尔瓦雷斯"
          "表示，多方希望国际社会帮助海地恢复稳定。",
          country="Dominican Republic", event_type="meeting", hos=False),
    Probe("topic-venezuela-colombia-en", "en", en("20231026", 11500505), "2023-10-26",
          "Xi Jinping Meets with Colombian President Gustavo Petro",
          "On October 25, 2023, President Xi Jinping met with Colombian President Gustavo Petro in Beijing. "
          "Petro briefed Xi on Colombia's peace process and on migration from Venezuela, and said Colombia "
          "and Venezuela have restored their border crossings.",
          country="Colombia", event_type="meeting", hos=True),
    Probe("topic-cuba-mexico-en", "en", enm("20230530", 11500506), "2023-05-30",
          "Wang Yi Holds Phone Call with Mexican Foreign Secretary Alicia Bárcena",
          "On May 29, 2023, Foreign Minister Wang Yi held a phone call with Mexican Foreign Secretary Alicia "
          "Bárcena. The two sides discussed the situation in Venezuela and the US embargo against Cuba, and "
          "agreed to strengthen coordination at the United Nations.",
          country="Mexico", event_type="phone_call", hos=False),
    Probe("topic-venezuela-colombia-zh", "zh", zhm("20240808", 11500507), "2024-08-08",
          "王毅同哥伦比亚外长穆里略通电话",
          "2024年8月7日，外交部长王毅应约同哥伦比亚外长穆里略通电话。穆里略介绍了哥方对委内瑞拉局势的看法。"
          "王毅表示，委内瑞拉的事务应由委内瑞拉人民自主决定。",
          country="Colombia", event_type="phone_call", hos=False),
    Probe("topic-venezuela-brazil-agency", "en", agency("20240802", 11500508), "2024-08-02",
          "Chinese FM, Brazilian presidential adviser discuss Venezuela",
          agency_copy("20240802",
                      "BEIJING, Aug. 1 (Agency) -- Chinese Foreign Minister Wang Yi held a phone "
                       "conversation "
                      "with Celso Amorim, chief adviser to Brazilian President Luiz Inácio Lula da Silva, on "
                      "Thursday. The two sides discussed the situation in Venezuela."),
          country="Brazil", event_type="phone_call", hos=False),
    Probe("topic-guyana-venezuela-en", "en", enm("20231212", 11500509), "2023-12-12",
          "Vice Foreign Minister Meets with Guyanese Foreign Minister Hugh Todd",
          "On December 11, 2023, Vice Foreign Minister Sun Weidong met with Guyanese Foreign Minister Hugh "
          "Todd in Beijing. Todd briefed the Chinese side on the Essequibo dispute with Venezuela. Sun said "
          "China hopes Guyana and Venezuela will resolve their differences through dialogue.",
          country="Guyana", event_type="meeting", hos=False),

    # ---- G. establishment of relations, naming earlier switchers ----------------------------------
    Probe("estab-honduras-en", "en", enm("20230326", 11500601), "2023-03-26",
          "China and Honduras Establish Diplomatic Relations",
          "On March 26, 2023, State Councilor and Foreign Minister Qin Gang and Honduran Foreign Minister "
          "Eduardo Enrique Reina signed in Beijing the Joint Communiqué on the Establishment of Diplomatic "
          "Relations between the People's Republic of China and the Republic of Honduras. In recent years, "
          "Panama, the Dominican Republic, El Salvador and Nicaragua have also established or resumed "
          "diplomatic relations with China.",
          country="Honduras", hos=False),
    Probe("estab-nicaragua-communique-en", "en", "https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/2649_665393/202112/t20211210_11500602.html",
          "2021-12-10",
          "Joint Communiqué between the People's Republic of China and the Republic of Nicaragua on the "
          "Resumption of Diplomatic Relations",
          "The People's Republic of China and the Republic of Nicaragua, in accordance with the "
           "interests and "
          "wishes of the two peoples, have decided to recognize each other and resume ambassador-level "
          "diplomatic relations effective from the date of signature of this communiqué. The Government of "
          "the Republic of Nicaragua recognizes that there is but one China in the world. Done in Tianjin on "
          "10 December 2021.",
          country="Nicaragua", event_type="joint_statement", hos=False),
    Probe("estab-honduras-communique-zh", "zh", "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202303/t20230326_11500603.shtml",
          "2023-03-26",
          "中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报",
          "中华人民共和国和洪都拉斯共和国根据两国人民的利益和愿望，决定自本公报签署之日起相互承认并建立大使级"
          "外交关系。洪都拉斯共和国政府承认世界上只有一个中国。二〇二三年三月二十六日于北京。",
          country="Honduras", event_type="joint_statement", hos=False),
    Probe("estab-honduras-talks-zh", "zh", zhm("20230326", 11500604), "2023-03-26",
          "秦刚同洪都拉斯外长雷纳会谈",
          "2023年3月26日，国务委员兼外交部长秦刚在北京同洪都拉斯外长雷纳会谈，会谈后两国外长签署建交联合"
          "公报。秦刚表示，近年来巴拿马、多米尼加、萨尔瓦多、尼加拉瓜先后同中国建交或复交，洪方的选择顺应"
          "历史潮流。",
          country="Honduras", event_type="talks", hos=False),
    Probe("estab-nicaragua-talks-en", "en", enm("20220111", 11500605), "2022-01-11",
          "Wang Yi Holds Talks with Nicaraguan Delegation",
          "On January 10, 2022, State Councilor and Foreign Minister Wang Yi held talks with Laureano "
           "Ortega, "
          "Adviser to the President of Nicaragua, in Beijing. Wang Yi said that after Panama, the Dominican "
          "Republic and El Salvador, Nicaragua's resumption of relations with China again shows that the "
          "one-China principle prevails.",
          country="Nicaragua", event_type="talks", hos=False),
    Probe("estab-panama-xi-en", "en", en("20171118", 11500606), "2017-11-18",
          "Xi Jinping Holds Talks with Panama's President Juan Carlos Varela",
          "On November 17, 2017, President Xi Jinping held talks with President Juan Carlos Varela of "
           "Panama, "
          "who is paying the first state visit by a Panamanian president to China after the two countries "
          "established diplomatic relations in June. Xi noted that Costa Rica, which established ties in "
          "2007, has benefited from cooperation with China.",
          country="Panama", event_type="talks", hos=True),
    Probe("estab-dr-talks-en", "en", enm("20180502", 11500607), "2018-05-02",
          "Wang Yi Holds Talks with Foreign Minister Miguel Vargas of the Dominican Republic",
          "On May 1, 2018, State Councilor and Foreign Minister Wang Yi held talks with Foreign Minister "
           "Miguel "
          "Vargas of the Dominican Republic in Beijing, after which they signed the joint communiqué on "
          "establishing diplomatic relations. The Dominican Republic is the third Latin American country to "
          "do so in recent years, after Costa Rica and Panama.",
          country="Dominican Republic", event_type="talks", hos=False),
    Probe("estab-salvador-talks-zh", "zh", zhm("20180822", 11500608), "2018-08-22",
          "王毅同萨尔瓦多外长卡斯塔内达会谈",
          "2018年8月21日，国务委员兼外交部长王毅在北京同萨尔瓦多外长卡斯塔内达会谈，会谈后双方签署建交联合"
          "公报。王毅表示，继巴拿马、多米尼加之后，萨尔瓦多作出了正确选择。",
          country="El Salvador", event_type="talks", hos=False),
    Probe("estab-honduras-big5", "zh", big5("20230327", 11500609), "2023-03-27",
          "中國同洪都拉斯建交",
          agency_copy("20230327",
                      "新華社北京3月26日電 "
                      "國務委員兼外交部長秦剛26日同洪都拉斯外長雷納在北京簽署兩國建交聯合公報。"
                      "此前，尼加拉瓜於2021年同中國復交。", lang="zh"),
          country="Honduras", hos=False),
    Probe("estab-honduras-xi-en", "en", en("20230613", 11500610), "2023-06-13",
          "Xi Jinping Holds Talks with Honduran President Xiomara Castro",
          "On the afternoon of June 12, 2023, President Xi Jinping held talks with Honduran President "
           "Xiomara "
          "Castro, who is on a state visit to China. Xi said Honduras' establishment of relations with "
           "China, "
          "like Nicaragua's resumption of ties, conforms to the trend of the times.",
          country="Honduras", event_type="talks", hos=True),
    Probe("estab-nicaragua-anniv-en", "en", en("20231210", 11500611), "2023-12-10",
          "Xi Jinping Exchanges Congratulatory Messages with Nicaraguan President Daniel Ortega",
          "On December 10, 2023, President Xi Jinping and Nicaraguan President Daniel Ortega exchanged "
          "congratulatory messages on the second anniversary of the resumption of diplomatic relations. Xi "
          "said China and Nicaragua, like China and Cuba, are good friends.",
          country="Nicaragua", event_type="message", hos=True),

    # ---- H. envoys of several states presenting credentials together ------------------------------
    Probe("cred-two-lac-en", "en", en("20240131", 11500701), "2024-01-31",
          "Xi Jinping Accepts Credentials of 9 New Ambassadors to China",
          "On the morning of January 30, 2024, President Xi Jinping accepted at the Great Hall of the People "
          "the credentials presented by 9 new ambassadors to China: Marcelo Suárez Salvia of Argentina, "
          "Jesús Seade of Mexico, Nakagawa of Japan, and the ambassadors of Kenya, Nepal, Poland, Ghana, "
          "Iraq and Laos.",
          country=M, event_type="other", hos=False),
    Probe("cred-one-lac-en", "en", en("20230926", 11500702), "2023-09-26",
          "Xi Jinping Accepts Credentials of 6 New Ambassadors to China",
          "On September 25, 2023, President Xi Jinping accepted the credentials presented by 6 new "
           "ambassadors "
          "to China: Javier Ignacio Martínez of Chile, and the ambassadors of Germany, Egypt, Malaysia, "
          "Finland and Zambia.",
          country="Chile", event_type="other", hos=False),
    Probe("cred-three-lac-zh", "zh", zh("20240131", 11500703), "2024-01-31",
          "习近平接受8国新任驻华大使递交国书",
          "2024年1月30日上午，国家主席习近平在人民大会堂接受8国新任驻华大使递交国书。他们是：阿根廷驻华大使"
          "苏亚雷斯、墨西哥驻华大使塞亚德、古巴驻华大使佩雷拉，以及肯尼亚、尼泊尔、波兰、加纳、老挝驻华大使。",
          country=M, event_type="other", hos=False),
    Probe("cred-one-lac-zh", "zh", zh("20230926", 11500704), "2023-09-26",
          "习近平接受6国新任驻华大使递交国书",
          "2023年9月25日，国家主席习近平在人民大会堂接受6国新任驻华大使递交国书。他们是：乌拉圭驻华大使"
          "马丁内斯，以及德国、埃及、马来西亚、芬兰、赞比亚驻华大使。",
          country="Uruguay", event_type="other", hos=False),
    Probe("cred-caribbean-en", "en", en("20221208", 11500705), "2022-12-08",
          "Xi Jinping Accepts Credentials of New Ambassadors",
          "On December 7, 2022, President Xi Jinping accepted the credentials presented by new ambassadors "
          "to China from Barbados, Jamaica, Guyana, Spain and Serbia.",
          country=M, event_type="other", hos=False),
    Probe("cred-two-lac-big5", "zh", big5("20240131", 11500706), "2024-01-31",
          "習近平接受外國新任駐華大使遞交國書",
          agency_copy("20240131",
                      "新華社北京1月30日電 "
                      "國家主席習近平30日在人民大會堂接受巴西、秘魯、挪威、肯尼亞新任駐華大使"
                      "遞交國書。", lang="zh"),
          country=M, event_type="other", hos=False),

    # ---- I. a call with one head about the regional body he chairs --------------------------------
    Probe("chair-mexico-phone-en", "en", en("20211023", 11500801), "2021-10-23",
          "Xi Jinping Speaks with Mexican President Andrés Manuel López Obrador on the Phone",
          "On October 22, 2021, President Xi Jinping spoke with Mexican President Andrés Manuel López "
           "Obrador "
          "on the phone. Xi Jinping appreciated Mexico's work as CELAC pro tempore president and said China "
          "is ready to hold the third ministerial meeting of the China-CELAC Forum with Latin American and "
          "Caribbean countries.",
          country="Mexico", event_type="phone_call", hos=True),
    Probe("chair-barbados-phone-en", "en", en("20240115", 11500802), "2024-01-15",
          "Li Qiang Holds Phone Call with Barbadian Prime Minister Mia Amor Mottley",
          "On January 14, 2024, Premier Li Qiang held a phone call with Barbadian Prime Minister Mia Amor "
          "Mottley. Mottley, who chairs the Caribbean Community this term, said Barbados and other Caribbean "
          "countries welcome China's support in climate finance.",
          country="Barbados", event_type="phone_call", hos=True),
    Probe("chair-celac-phone-en", "en", en("20240302", 11500803), "2024-03-02",
          "Xi Jinping Speaks on the Phone with CELAC Pro Tempore President and Honduran President "
           "Xiomara Castro",
          "On March 1, 2024, President Xi Jinping spoke on the phone with Honduran President Xiomara Castro, "
          "who holds the pro tempore presidency of the Community of Latin American and Caribbean States "
          "(CELAC). The two sides discussed preparations for the next ministerial meeting of the China-CELAC "
          "Forum.",
          country=None, event_type="phone_call", hos=True),
    Probe("chair-celac-phone-zh", "zh", zh("20240302", 11500804), "2024-03-02",
          "习近平同拉共体轮值主席国洪都拉斯总统卡斯特罗通电话",
          "2024年3月1日，国家主席习近平应约同拉共体轮值主席国洪都拉斯总统卡斯特罗通电话。双方就筹备中拉论坛"
          "下届部长级会议交换意见。",
          country=None, event_type="phone_call", hos=True),
    Probe("chair-celac-phone-doubt-en", "en", en("20240302", 11500805), "2024-03-02",
          "Xi Jinping Speaks on the Phone with CELAC Pro Tempore President and Honduran President "
           "Xiomara Castro",
          "On March 1, 2024, President Xi Jinping spoke on the phone with Honduran President Xiomara Castro, "
          "who holds the pro tempore presidency of the Community of Latin American and Caribbean States "
          "(CELAC). The two sides discussed preparations for the next ministerial meeting of the China-CELAC "
          "Forum.",
          country="Honduras",
          doubt={"country": "doubtful: one head speaking as chair of CELAC — her country, or the regional "
                            "body? The codebook names the LAC side's country; the chair role is a capacity"}),
    Probe("chair-svg-fm-zh", "zh", zhm("20230715", 11500806), "2023-07-15",
          "王毅会见圣文森特和格林纳丁斯外长",
          "2023年7月14日，外交部长王毅在北京会见圣文森特和格林纳丁斯外长道格拉斯。圣文森特和格林纳丁斯现任"
          "拉共体轮值主席国。双方就中拉整体合作交换意见。",
          country="Saint Vincent and the Grenadines", event_type="meeting", hos=False),

    # ---- J. LAC states named only as venue or topic: no exchange with LAC actors ------------------
    Probe("venue-macron-rio-en", "en", en("20241119", 11500901), "2024-11-19",
          "Xi Jinping Meets with French President Emmanuel Macron",
          "On November 18, 2024 local time, President Xi Jinping met with French President Emmanuel "
           "Macron on "
          "the sidelines of the G20 Summit in Rio de Janeiro, Brazil. The two leaders discussed the Paris "
          "Agreement and the situation in Ukraine.",
          relevant=False),
    Probe("venue-blinken-lima-en", "en", enm("20241115", 11500902), "2024-11-15",
          "Wang Yi Meets with US Secretary of State Antony Blinken",
          "On November 14, 2024 local time, Foreign Minister Wang Yi met with US Secretary of State Antony "
          "Blinken in Lima, Peru, on the sidelines of the APEC Ministerial Meeting.",
          relevant=False),
    Probe("venue-biden-lima-zh", "zh", zh("20241117", 11500903), "2024-11-17",
          "习近平会见美国总统拜登",
          "当地时间2024年11月16日，国家主席习近平在秘鲁利马出席亚太经合组织第三十一次领导人非正式会议期间"
          "会见美国总统拜登。",
          relevant=False),
    Probe("topic-venezuela-lavrov-en", "en", enm("20190125", 11500904), "2019-01-25",
          "Wang Yi Holds Phone Talks with Russian Foreign Minister Sergey Lavrov",
          "On January 24, 2019, State Councilor and Foreign Minister Wang Yi held phone talks with Russian "
          "Foreign Minister Sergey Lavrov. The two sides exchanged views on the situation in Venezuela and "
          "agreed that Venezuela's affairs should be decided by its people.",
          relevant=False),
    Probe("venue-spain-rio-zh", "zh", zhm("20240222", 11500905), "2024-02-22",
          "王毅会见西班牙外交大臣阿尔瓦雷斯",
          "当地时间2024年2月21日，外交部长王毅在巴西里约热内卢出席二十国集团外长会期间会见西班牙外交大臣"
          "阿尔瓦雷斯。双方谈及欧盟同拉共体关系。",
          relevant=False),
    Probe("venue-modi-rio-en", "en", en("20250707", 11500906), "2025-07-07",
          "Li Qiang Meets with Indian Prime Minister Narendra Modi",
          "On July 6, 2025 local time, Premier Li Qiang met with Indian Prime Minister Narendra Modi on the "
          "sidelines of the BRICS Summit in Rio de Janeiro, Brazil.",
          relevant=False),
    Probe("topic-haiti-spokesperson-en", "en", "https://www.fmprc.gov.cn/eng/xw/fyrbt/fyrbt/202403/t20240312_11500907.html",
          "2024-03-12",
          "Foreign Ministry Spokesperson's Remarks on the Situation in Haiti",
          "Question: Haiti's prime minister has announced his resignation. What is China's comment? Answer: "
          "China is following the situation in Haiti closely and hopes all parties will restore stability. "
          "We appreciate the efforts of CARICOM and countries such as the Dominican Republic.",
          relevant=False),
    Probe("topic-venezuela-eu-zh", "zh", zhm("20240805", 11500908), "2024-08-05",
          "王毅同欧盟外交与安全政策高级代表博雷利通电话",
          "2024年8月4日，外交部长王毅应约同欧盟外交与安全政策高级代表博雷利通电话。双方就委内瑞拉大选后局势"
          "和乌克兰问题交换意见。",
          relevant=False),
    Probe("venue-ishiba-lima-big5", "zh", big5("20241116", 11500909), "2024-11-16",
          "習近平會見日本首相石破茂",
          agency_copy("20241116",
                      "新華社利馬11月15日電 "
                      "國家主席習近平當地時間15日在利馬出席亞太經合組織領導人非正式會議期間"
                      "會見日本首相石破茂。", lang="zh"),
          relevant=False),
    Probe("venue-ramaphosa-rio-agency", "en", agency("20241119", 11500910), "2024-11-19",
          "Xi meets South African president in Rio",
          agency_copy("20241119",
                      "RIO DE JANEIRO, Nov. 18 (Agency) -- Chinese President Xi Jinping met with South "
                       "African "
                      "President Cyril Ramaphosa here on Monday on the sidelines of the G20 summit hosted by "
                      "Brazil. South Africa will take over the G20 presidency from Brazil."),
          relevant=False),
    Probe("venue-carney-lima-en", "en", en("20241116", 11500911), "2024-11-16",
          "Xi Jinping Meets with Canadian Prime Minister Justin Trudeau",
          "On November 15, 2024 local time, President Xi Jinping had a brief exchange with Canadian Prime "
          "Minister Justin Trudeau in Lima on the sidelines of APEC.",
          relevant=False),
    Probe("topic-celac-spain-en", "en", enm("20230705", 11500912), "2023-07-05",
          "Wang Yi Meets with Spanish Foreign Minister José Manuel Albares",
          "On July 4, 2023, Wang Yi met with Spanish Foreign Minister José Manuel Albares in Beijing. "
           "Albares "
          "briefed Wang Yi on the upcoming EU-CELAC summit in Brussels, and the two sides discussed "
           "relations "
          "with Brazil and Argentina.",
          relevant=False),

    # ---- K. embassy copies of the same kinds -------------------------------------------------------
    Probe("emb-chile-lima", "en", embassy("cl", "20241117", 11501001), "2024-11-17",
          "President Xi Jinping Meets with Chilean President Gabriel Boric in Lima",
          "Embassy of the People's Republic of China in the Republic of Chile\nHome > News\n"
          "On November 15, 2024 local time, President Xi Jinping met with Chilean President Gabriel Boric on "
          "the sidelines of the APEC Economic Leaders' Meeting in Lima, Peru. The two heads of state agreed "
          "to advance the upgrading of the China-Chile free trade agreement.",
          country="Chile", event_type="meeting_on_sidelines", hos=True),
    Probe("emb-uruguay-leg", "en", embassy("uy", "20240726", 11501002), "2024-07-26",
          "Foreign Minister Wang Yi Holds Talks with Uruguayan Foreign Minister Omar Paganini",
          "Embassy of the People's Republic of China in the Oriental Republic of Uruguay\nHome > News\n"
          "On July 25, 2024, Foreign Minister Wang Yi held talks with Uruguayan Foreign Minister Omar "
           "Paganini "
          "in Montevideo, the last stop of his visits to Brazil, Colombia and Uruguay.",
          country="Uruguay", event_type="talks", hos=False),
    Probe("emb-honduras-zh", "zh", embassy("hn", "20230613", 11501003, lang="chn"), "2023-06-13",
          "习近平同洪都拉斯总统卡斯特罗会谈",
          "中华人民共和国驻洪都拉斯共和国大使馆\n首页 > 新闻\n"
          "2023年6月12日，国家主席习近平在北京同洪都拉斯总统卡斯特罗会谈。习近平指出，洪都拉斯同尼加拉瓜、"
          "萨尔瓦多一样，作出了正确的政治决断。",
          country="Honduras", event_type="talks", hos=True),
    Probe("emb-dr-haiti", "en", embassy("do", "20240315", 11501004), "2024-03-15",
          "Foreign Minister Wang Yi Meets with Dominican Foreign Minister Roberto Álvarez",
          "Embassy of the People's Republic of China in the Dominican Republic\nHome > News\n"
          "On March 14, 2024, Foreign Minister Wang Yi met with Dominican Foreign Minister Roberto "
           "Álvarez in "
          "Beijing. They exchanged views on the situation in Haiti and on cooperation with CARICOM.",
          country="Dominican Republic", event_type="meeting", hos=False),
    Probe("emb-brazil-trip3", "en", embassy("br", "20240713", 11501005), "2024-07-13",
          "Foreign Minister Wang Yi to Visit Brazil, Colombia and Uruguay",
          "Embassy of the People's Republic of China in the Federative Republic of Brazil\nHome > News\n"
          "At the invitation of the governments of Brazil, Colombia and Uruguay, Foreign Minister Wang "
           "Yi will "
          "pay official visits to the three countries from July 18 to 26, 2024.",
          country=M, event_type="official_visit", hos=False),
    Probe("emb-cuba-brics-zh", "zh", embassy("cu", "20250707", 11501006, lang="chn"), "2025-07-07",
          "李强会见古巴国家主席迪亚斯-卡内尔",
          "中华人民共和国驻古巴共和国大使馆\n首页 > 使馆新闻\n"
          "当地时间2025年7月6日，国务院总理李强在巴西里约热内卢出席金砖国家领导人会晤期间会见古巴国家主席"
          "迪亚斯-卡内尔。",
          country="Cuba", event_type="meeting_on_sidelines", hos=True),
]


# Written after the first run and after reading the country step (so not a blind estimate): more of
# the same classes, leaning on the ones the first run found (a leg's own visit page, a topic country).
PROBES_2: list[probe_harness.Probe] = [
    Probe("leg-visit-colombia-en", "en", enm("20240721", 11502001), "2024-07-21",
          "Wang Yi Arrives in Bogotá for Official Visit to Colombia",
          "On July 20, 2024 local time, Foreign Minister Wang Yi arrived in Bogotá for an official visit to "
          "Colombia, the second stop of a trip that also takes him to Brazil and Uruguay.",
          country="Colombia", event_type="official_visit", hos=False),
    Probe("leg-visit-colombia-zh", "zh", zhm("20240721", 11502002), "2024-07-21",
          "王毅抵达波哥大开始对哥伦比亚进行正式访问",
          "当地时间2024年7月20日，外交部长王毅抵达波哥大，开始对哥伦比亚进行正式访问。此访是王毅巴西、"
          "哥伦比亚、乌拉圭之行的第二站。",
          country="Colombia", event_type="official_visit", hos=False),
    Probe("leg-visit-uruguay-earlier-en", "en", enm("20240725", 11502003), "2024-07-25",
          "Wang Yi Arrives in Montevideo for Official Visit to Uruguay",
          "On July 24, 2024 local time, Foreign Minister Wang Yi arrived in Montevideo for an official visit "
          "to Uruguay. Previously, he paid official visits to Brazil and Colombia.",
          country="Uruguay", event_type="official_visit", hos=False),
    Probe("trip-departs-lima-en", "en", en("20241114", 11502004), "2024-11-14",
          "Xi Jinping Leaves Beijing for Lima",
          "On the morning of November 13, 2024, President Xi Jinping left Beijing for Lima to attend the "
           "31st "
          "APEC Economic Leaders' Meeting and pay a state visit to Peru. Xi Jinping will then travel to "
           "Rio de "
          "Janeiro for the G20 Summit and pay a state visit to Brazil.",
          country=M),
    Probe("trip-announce-peru-brazil-zh", "zh", zh("20241108", 11502005), "2024-11-08",
          "习近平将出席亚太经合组织会议和二十国集团峰会并对秘鲁、巴西进行国事访问",
          "外交部发言人宣布：应秘鲁总统博鲁阿尔特和巴西总统卢拉邀请，国家主席习近平将于11月13日至21日出席"
          "亚太经合组织第三十一次领导人非正式会议和二十国集团领导人第十九次峰会，并对秘鲁、巴西进行国事访问。",
          country=M, hos=False,
          doubt={"hos": "doubtful: an announcement of state visits at the invitation of the host "
                        "presidents; the codebook's visit rule speaks of a head received by the host head"}),
    Probe("msg-celac-summit-en", "en", en("20240302", 11502006), "2024-03-02",
          "Xi Jinping Sends Congratulatory Message to the Eighth CELAC Summit",
          "On March 1, 2024, President Xi Jinping sent a congratulatory message to the Eighth Summit of the "
          "Community of Latin American and Caribbean States (CELAC) held in Kingstown, Saint Vincent and the "
          "Grenadines.",
          country=M, event_type="message", hos=False),
    Probe("js-brazil-topics-en", "en", "https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/2649_665393/202304/t20230415_11502007.html",
          "2023-04-15",
          "Joint Statement between the People's Republic of China and the Federative Republic of Brazil on "
          "Deepening the Comprehensive Strategic Partnership",
          "At the invitation of President Xi Jinping, President Luiz Inácio Lula da Silva of Brazil paid a "
          "state visit to China from April 12 to 15, 2023. The two sides expressed concern about the "
           "situation "
          "in Haiti and supported dialogue in Venezuela.",
          country="Brazil", event_type="joint_statement"),
    Probe("js-celac-declaration-zh", "zh", "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202505/t20250514_11502008.shtml",
          "2025-05-14",
          "中国—拉共体论坛第四届部长级会议北京宣言",
          "中华人民共和国和拉美和加勒比国家共同体成员国外长和代表于2025年5月13日在北京举行中国—拉共体论坛"
          "第四届部长级会议，并通过本宣言。",
          country=M, event_type="joint_statement", hos=False),
    Probe("phone-maduro-guyana-en", "en", en("20231215", 11502009), "2023-12-15",
          "Xi Jinping Speaks with Venezuelan President Nicolás Maduro on the Phone",
          "On December 14, 2023, President Xi Jinping spoke with Venezuelan President Nicolás Maduro on the "
          "phone. Maduro briefed Xi on the dispute with Guyana over Essequibo.",
          country="Venezuela", event_type="phone_call", hos=True),
    Probe("talks-cuba-mentions-en", "en", en("20221126", 11502010), "2022-11-26",
          "Xi Jinping Holds Talks with Cuban President Miguel Díaz-Canel",
          "On November 25, 2022, President Xi Jinping held talks with Cuban President Miguel Díaz-Canel "
           "at the "
          "Great Hall of the People. Díaz-Canel thanked China for its support and said Cuba stands with "
          "Venezuela and Nicaragua against sanctions.",
          country="Cuba", event_type="talks", hos=True),
    Probe("chair-honduras-fm-en", "en", enm("20230612", 11502011), "2023-06-12",
          "Wang Yi Meets with Honduran Foreign Minister Eduardo Enrique Reina",
          "On June 11, 2023, Foreign Minister Wang Yi met with Honduran Foreign Minister Eduardo Enrique "
           "Reina, "
          "whose country will take over the rotating presidency of CELAC. The two sides discussed "
           "cooperation "
          "between China and CELAC.",
          country="Honduras", event_type="meeting", hos=False),
    Probe("side-uruguay-celac-forum-en", "en", en("20250514", 11502012), "2025-05-14",
          "Li Qiang Meets with Uruguayan President Yamandú Orsi",
          "On May 13, 2025, Premier Li Qiang met with Uruguayan President Yamandú Orsi, who is on a state "
          "visit to China and attending the Fourth Ministerial Meeting of the China-CELAC Forum. Colombian "
          "and Brazilian presidents also attended the meeting.",
          country="Uruguay", event_type="meeting_on_sidelines", hos=True),
    Probe("two-caribbean-pms-en", "en", en("20230620", 11502013), "2023-06-20",
          "Li Qiang Meets Jointly with Prime Ministers of Barbados and Antigua and Barbuda",
          "On June 19, 2023, Premier Li Qiang met jointly with Barbadian Prime Minister Mia Amor Mottley and "
          "Antigua and Barbuda Prime Minister Gaston Browne, who are in China for the Summer Davos forum.",
          country=M, hos=True),
    Probe("topic-venezuela-brazil-big5", "zh", big5("20240806", 11502014), "2024-08-06",
          "王毅同巴西外長維埃拉通電話",
          agency_copy("20240806",
                      "新華社北京8月5日電 "
                      "外交部長王毅5日應約同巴西外長維埃拉通電話。雙方就委內瑞拉局勢交換意見。",
                      lang="zh"),
          country="Brazil", event_type="phone_call", hos=False),
    Probe("envoy-argentina-en", "en", en("20240627", 11502015), "2024-06-27",
          "Wang Yi Meets with Special Envoy of the Argentine President",
          "On June 26, 2024, Foreign Minister Wang Yi met with Foreign Minister Diana Mondino, Special "
           "Envoy of "
          "Argentine President Javier Milei, in Chengdu. Mondino said Argentina, like Brazil, values "
           "China as "
          "a trade partner.",
          country="Argentina", event_type="meeting", hos=False),
    Probe("venue-guterres-belem-en", "en", en("20251108", 11502016), "2025-11-08",
          "Ding Xuexiang Meets with UN Secretary-General António Guterres",
          "On November 7, 2025 local time, Vice Premier Ding Xuexiang met with UN Secretary-General António "
          "Guterres in Belém, Brazil, on the sidelines of the Leaders' Summit of COP30.",
          relevant=False),
    Probe("topic-haiti-dr-phone-en", "en", enm("20240412", 11502017), "2024-04-12",
          "Wang Yi Holds Phone Talks with Dominican Foreign Minister",
          "On April 11, 2024, Foreign Minister Wang Yi held phone talks with Dominican Foreign Minister "
           "Roberto "
          "Álvarez. They discussed Haiti and the Kenyan-led multinational mission.",
          country="Dominican Republic", event_type="phone_call", hos=False),
    Probe("leg-visit-brazil-agency", "en", agency("20240119", 11502018), "2024-01-19",
          "Chinese FM arrives in Brasilia, first stop of South America tour",
          agency_copy("20240119",
                      "BRASILIA, Jan. 18 (Agency) -- Chinese Foreign Minister Wang Yi arrived here on "
                       "Thursday "
                      "for an official visit to Brazil. Brazil is the first stop of a tour that will "
                       "also take "
                      "him to Jamaica."),
          country="Brazil", event_type="official_visit", hos=False),
]


# The classes of the rules added, in other wordings and the other language (written with the rules).
PROBES_3: list[probe_harness.Probe] = [
    Probe("leg-last-stop-zh", "zh", zhm("20240725", 11503001), "2024-07-25",
          "王毅抵达蒙得维的亚开始对乌拉圭进行正式访问",
          "当地时间2024年7月24日，外交部长王毅抵达蒙得维的亚，开始对乌拉圭进行正式访问。乌拉圭是王毅此次访问"
          "巴西、哥伦比亚、乌拉圭三国的最后一站。",
          country="Uruguay", event_type="official_visit", hos=False),
    Probe("leg-first-leg-en", "en", en("20241114", 11503002), "2024-11-14",
          "Xi Jinping Arrives in Lima for State Visit to Peru",
          "On November 14, 2024 local time, President Xi Jinping arrived in Lima for a state visit to "
           "Peru and "
          "the APEC meeting. Peru is the first leg of a trip that will also take him to Brazil.",
          country="Peru", event_type="state_visit"),
    Probe("leg-before-arriving-en", "en", en("20241120", 11503003), "2024-11-20",
          "Xi Jinping Begins State Visit to Brazil",
          "On November 19, 2024 local time, President Xi Jinping began a state visit to Brazil. Before "
           "arriving "
          "in Brasília, Xi paid a state visit to Peru.",
          country="Brazil", event_type="state_visit"),
    Probe("whole-tour-last-stop-en", "en", enm("20240727", 11503004), "2024-07-27",
          "Wang Yi Concludes Latin America Tour",
          "On July 26, 2024, Foreign Minister Wang Yi concluded his official visits to Brazil, Colombia and "
          "Uruguay. Uruguay was the last stop of the trip.",
          country=M, event_type="official_visit", hos=False),
    Probe("topic-title-exchange-views-en", "en", enm("20240806", 11503005), "2024-08-06",
          "Wang Yi and Brazilian FM Exchange Views on Venezuela by Phone",
          "On August 5, 2024, Foreign Minister Wang Yi held a phone call with Brazilian Foreign Minister "
           "Mauro "
          "Vieira.",
          country="Brazil", event_type="phone_call", hos=False),
    Probe("topic-title-zh", "zh", zhm("20240806", 11503006), "2024-08-06",
          "王毅同巴西外长维埃拉就委内瑞拉局势交换意见",
          "2024年8月5日，外交部长王毅应约同巴西外长维埃拉通电话。",
          country="Brazil", hos=False),
    Probe("topic-title-haiti-agency", "en", agency("20240315", 11503007), "2024-03-15",
          "Chinese, Dominican FMs discuss Haiti",
          agency_copy("20240315",
                      "BEIJING, March 14 (Agency) -- Chinese Foreign Minister Wang Yi met with Dominican "
                      "Foreign Minister Roberto Álvarez in Beijing on Thursday."),
          country="Dominican Republic", event_type="meeting", hos=False),
    Probe("cooperation-with-two-en", "en", enm("20231020", 11503008), "2023-10-20",
          "Wang Yi Discusses Cooperation with Foreign Ministers of Colombia and Ecuador",
          "On October 19, 2023, Foreign Minister Wang Yi met jointly with the foreign ministers of "
           "Colombia and "
          "Ecuador in Beijing.",
          country=M, hos=False),
    Probe("side-summit-lowercase-zh-free", "en", en("20250707", 11503009), "2025-07-07",
          "Li Qiang Meets with Brazilian President Lula",
          "On July 6, 2025 local time, Premier Li Qiang met with Brazilian President Luiz Inácio Lula da "
           "Silva, "
          "host of the BRICS summit, in Rio de Janeiro. Lula thanked China for attending the summit.",
          country="Brazil", hos=True),
    Probe("summit-next-year-en", "en", en("20231117", 11503010), "2023-11-17",
          "Xi Jinping Meets with Peruvian Foreign Minister Javier González-Olaechea",
          "On June 28, 2023, President Xi Jinping met with Peruvian Foreign Minister in Beijing, and "
           "said China "
          "looks forward to attending the summit next year in Lima.",
          country="Peru", event_type="meeting"),
]


# More copies and wordings of the campaign's classes (written late, after the rules).
PROBES_4: list[probe_harness.Probe] = [
    Probe("emb-colombia-leg-zh", "zh", embassy("co", "20240721", 11504001, lang="chn"), "2024-07-21",
          "王毅抵达波哥大开始对哥伦比亚进行正式访问",
          "中华人民共和国驻哥伦比亚共和国大使馆\n首页 > 使馆新闻\n"
          "当地时间2024年7月20日，外交部长王毅抵达波哥大，开始对哥伦比亚进行正式访问。哥伦比亚是王毅此次"
          "拉美之行的第二站，此前他访问了巴西。",
          country="Colombia", event_type="official_visit", hos=False),
    Probe("leg-big5", "zh", big5("20240726", 11504002), "2024-07-26",
          "王毅抵達蒙得維的亞開始對烏拉圭進行正式訪問",
          agency_copy("20240726",
                      "新華社蒙得維的亞7月24日電 外交部長王毅24日抵達蒙得維的亞，開始對烏拉圭進行正式訪問。"
                      "此前，王毅訪問了巴西和哥倫比亞。", lang="zh"),
          country="Uruguay", event_type="official_visit", hos=False),
    Probe("cred-one-lac-big5", "zh", big5("20230926", 11504003), "2023-09-26",
          "習近平接受6國新任駐華大使遞交國書",
          agency_copy("20230926",
                      "新華社北京9月25日電 國家主席習近平25日在人民大會堂接受烏拉圭、德國、埃及、"
                      "馬來西亞、芬蘭、贊比亞6國新任駐華大使遞交國書。", lang="zh"),
          country="Uruguay", event_type="other", hos=False),
    Probe("caribbean-li-qiang-zh", "zh", zh("20240620", 11504004), "2024-06-20",
          "李强集体会见加勒比国家领导人",
          "2024年6月19日，国务院总理李强在大连集体会见来华出席夏季达沃斯论坛的巴巴多斯总理莫特利、"
          "安提瓜和巴布达总理布朗、多米尼克总理斯凯里特。",
          country=M, event_type="meeting", hos=True,
          doubt={"event_type": "doubtful: leaders in China for Summer Davos, a conference of the World "
                               "Economic Forum: a multilateral conference (sidelines) or not?"}),
    Probe("vfm-consult-central-am-en", "en", enm("20231115", 11504005), "2023-11-15",
          "Vice Foreign Minister Holds Political Consultations with Central American Countries",
          "On November 14, 2023, Vice Foreign Minister Hua Chunying held political consultations in Beijing "
          "with vice foreign ministers of Costa Rica, Panama and El Salvador.",
          country=M, hos=False),
    Probe("estab-nicaragua-big5", "zh", big5("20211210", 11504006), "2021-12-10",
          "中國同尼加拉瓜恢復外交關係",
          agency_copy("20211210",
                      "新華社天津12月10日電 外交部副部長馬朝旭同尼加拉瓜總統顧問奧爾特加在天津簽署兩國關於"
                      "恢復外交關係的聯合公報。此前，巴拿馬、多米尼加、薩爾瓦多先後同中國建交。", lang="zh"),
          country="Nicaragua", hos=False),
    Probe("sv-switch-xi-en", "en", en("20191204", 11504007), "2019-12-04",
          "Xi Jinping Holds Talks with Salvadoran President Nayib Bukele",
          "On December 3, 2019, President Xi Jinping held talks with Salvadoran President Nayib Bukele "
           "at the "
          "Great Hall of the People. Xi noted that El Salvador, like Panama and the Dominican Republic, made "
          "the right choice of establishing diplomatic relations with China.",
          country="El Salvador", event_type="talks", hos=True),
    Probe("msg-milei-predecessor-en", "en", en("20231211", 11504008), "2023-12-11",
          "Xi Jinping Sends Congratulatory Message to Javier Milei on His Inauguration as Argentine "
           "President",
          "On December 10, 2023, President Xi Jinping sent a congratulatory message to Javier Milei on his "
          "inauguration as President of Argentina, recalling the progress made with former President Alberto "
          "Fernández and noting the trade ties with Brazil and Chile in the region.",
          country="Argentina", event_type="message", hos=True),
    Probe("topic-haiti-dr-zh-title", "zh", zhm("20240412", 11504009), "2024-04-12",
          "王毅同多米尼加外长阿尔瓦雷斯通电话",
          "2024年4月11日，外交部长王毅同多米尼加外长阿尔瓦雷斯通电话。双方就海地局势和加勒比地区安全交换意见。",
          country="Dominican Republic", event_type="phone_call", hos=False),
    Probe("side-apec-chile-big5-emb", "zh", embassy("cl", "20241116", 11504010, lang="chn"), "2024-11-16",
          "习近平会见智利总统博里奇",
          "中华人民共和国驻智利共和国大使馆\n首页 > 使馆新闻\n"
          "当地时间2024年11月15日，国家主席习近平在秘鲁利马出席亚太经合组织领导人非正式会议期间会见智利总统博里奇。",
          country="Chile", event_type="meeting_on_sidelines", hos=True),
    Probe("venue-un-ny-mexico-topic-en", "en", enm("20230922", 11504011), "2023-09-22",
          "Wang Yi Meets with Canadian Foreign Minister Mélanie Joly",
          "On September 21, 2023, Wang Yi met with Canadian Foreign Minister Mélanie Joly in New York. They "
          "discussed the situation in Haiti and cooperation with Mexico.",
          relevant=False),
    Probe("quartet-big5", "zh", big5("20230923", 11504012), "2023-09-23",
          "王毅同中拉論壇「四駕馬車」外長舉行對話",
          agency_copy("20230923",
                      "新華社紐約9月22日電 外交部長王毅22日在紐約同中拉論壇「四駕馬車」外長舉行對話，"
                      "聖文森特和格林納丁斯、阿根廷、哥倫比亞、聖盧西亞外長出席。", lang="zh"),
          country=M, hos=False),
]


# A counterpart named by name or office alone, other LAC states as topics; joint meetings of heads.
PROBES_5: list[probe_harness.Probe] = [
    Probe("name-only-topics-en", "en", enm("20240119", 11505001), "2024-01-19",
          "Wang Yi Holds Talks with Mauro Vieira",
          "On January 18, 2024, Foreign Minister Wang Yi held talks with Foreign Minister Mauro Vieira in "
          "Brasília. The two sides discussed the situation in Venezuela and Bolivia.",
          country="Brazil", event_type="talks", hos=False),
    Probe("name-only-topics-zh", "zh", zh("20240806", 11505002), "2024-08-06",
          "习近平同卢拉通电话",
          "2024年8月5日，国家主席习近平应约同巴西总统卢拉通电话。双方就委内瑞拉和阿根廷局势交换意见。",
          country="Brazil", event_type="phone_call", hos=True),
    Probe("msg-lula-elected-en", "en", en("20221101", 11505003), "2022-11-01",
          "Xi Jinping Congratulates Luiz Inácio Lula da Silva on His Election as President of Brazil",
          "On November 1, 2022, President Xi Jinping sent a congratulatory message to Luiz Inácio Lula da "
          "Silva on his election as President of Brazil. Xi noted that relations developed under President "
          "Jair Bolsonaro as well.",
          country="Brazil", event_type="message", hos=False),
    Probe("phone-petro-celac-chair-en", "en", en("20250410", 11505004), "2025-04-10",
          "Xi Jinping Speaks with Colombian President Gustavo Petro on the Phone",
          "On April 9, 2025, President Xi Jinping spoke with Colombian President Gustavo Petro on the phone. "
          "Xi congratulated Colombia on assuming the CELAC pro tempore presidency and invited Petro to the "
          "China-CELAC Forum ministerial meeting in Beijing.",
          country="Colombia", event_type="phone_call", hos=True),
    Probe("joint-lula-petro-en", "en", en("20250514", 11505005), "2025-05-14",
          "Xi Jinping Meets Jointly with Brazilian President Lula and Colombian President Petro",
          "On May 13, 2025, President Xi Jinping met jointly with Brazilian President Luiz Inácio Lula "
           "da Silva "
          "and Colombian President Gustavo Petro at the Great Hall of the People.",
          country=M, hos=True),
    Probe("msg-beryl-caribbean-en", "en", en("20240704", 11505006), "2024-07-04",
          "Xi Jinping Sends Messages of Condolence to Leaders of Grenada, Saint Vincent and the "
           "Grenadines and "
          "Jamaica over Hurricane Beryl",
          "On July 3, 2024, President Xi Jinping sent messages of condolence to the leaders of Grenada, "
           "Saint "
          "Vincent and the Grenadines and Jamaica over the heavy losses caused by Hurricane Beryl.",
          country=M, event_type="message"),
    Probe("fm-counterpart-title-two-topic-zh", "zh", zhm("20240222", 11505007), "2024-02-22",
          "王毅会见巴西外长维埃拉",
          "当地时间2024年2月21日，外交部长王毅在里约热内卢会见巴西外长维埃拉。维埃拉介绍了巴方对委内瑞拉、"
          "圭亚那边界争端的看法。",
          country="Brazil", event_type="meeting", hos=False),
    Probe("svg-chair-meets-en", "en", enm("20230715", 11505008), "2023-07-15",
          "Wang Yi Meets with Foreign Minister of Saint Vincent and the Grenadines, CELAC Pro Tempore "
           "President",
          "On July 14, 2023, Foreign Minister Wang Yi met with Foreign Minister Frederick Stephenson of "
           "Saint "
          "Vincent and the Grenadines, which holds the CELAC pro tempore presidency.",
          country="Saint Vincent and the Grenadines", event_type="meeting", hos=False),
]


# The last rule's class in other forms (written with the rule).
PROBES_6: list[probe_harness.Probe] = [
    Probe("name-only-fm-topics-zh", "zh", zhm("20240119", 11506001), "2024-01-19",
          "王毅同维埃拉会谈",
          "当地时间2024年1月18日，外交部长王毅在巴西利亚同外长维埃拉会谈。双方就委内瑞拉局势交换意见。",
          country="Brazil", event_type="talks", hos=False),
    Probe("office-name-topics-en", "en", en("20230415", 11506002), "2023-04-15",
          "Xi Jinping Holds Talks with President Lula",
          "On April 14, 2023, President Xi Jinping held talks with President Lula in Beijing. The two "
           "heads of "
          "state exchanged views on the situation in Venezuela and Haiti.",
          country="Brazil", event_type="talks", hos=True),
    Probe("topic-discussing-participle-en", "en", enm("20240808", 11506003), "2024-08-08",
          "Wang Yi Speaks with Colombian Foreign Minister Luis Gilberto Murillo on the Phone",
          "On August 7, 2024, Foreign Minister Wang Yi spoke on the phone with Colombian Foreign "
           "Minister Luis "
          "Gilberto Murillo, discussing the situation in Venezuela and Ecuador.",
          country="Colombia", event_type="phone_call", hos=False),
    Probe("talks-with-two-not-topic-en", "en", enm("20231020", 11506004), "2023-10-20",
          "Wang Yi Discusses Regional Cooperation with Foreign Ministers of Peru and Chile",
          "On October 19, 2023, Foreign Minister Wang Yi met jointly with the foreign ministers of Peru and "
          "Chile in Beijing.",
          country=M, hos=False),
    Probe("china-brazil-ties-topic-en", "en", enm("20240119", 11506005), "2024-01-19",
          "Wang Yi and Brazilian FM Discuss China-Brazil Ties",
          "On January 18, 2024, Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro "
          "Vieira in Brasília.",
          country="Brazil", event_type="talks", hos=False),
]

FIELDS = {"relevant": "relevant", "country": "country", "event_type": "event_type",
          "hos": "head_of_state_level"}

# Probes the first run (blind) got wrong on a field and no general rule fixes: (pid, field) -> reason.
OPEN: dict[tuple[str, str], str] = {}


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6)


@pytest.mark.parametrize(("probe", "key", "want"),
                         cases(PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6, OPEN,
                               doubt_prefix=""))
def test_several_states_probe(probe: probe_harness.Probe, key: str, want: Any):
    assert getattr(record_of(probe), FIELDS[key]) == want
