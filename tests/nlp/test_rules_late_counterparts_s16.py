"""Campaign 16K2: the LAC side named late, indirectly or only in a photo caption.

Meetings, talks, delegation visits both ways, seminars, courses, forums, briefings, field trips and
calls (not messages: campaign 16K covers those) whose headline and lead name the Chinese side and
the occasion while the LAC actor comes later: "a delegation of Latin American guests" in the lead and
the party in a later paragraph; a generic headline ("meets foreign guests") with the country only in
the body; a caption naming the guest (captions count as evidence: codebook); the party named by its
leader's title, by its acronym long after its full name, or as "the ruling party" of a named country;
Chinese pages where the guest comes in a 期间 clause or after 与…一道; a digest whose first item is a
non-LAC guest. About a sixth are not relevant: the LAC actor only mentioned, recalled or in an
exchange that is not the CPC's / the ministry's.

Coding follows shared/eval/SCHEMA.md: a generic headline falls back to the first LAC exchange, the
headline's own exchange otherwise; every LAC party taking part; mechanism scope plus leftist by
party family. Self-written releases in the sites' style; party, country and official names are facts.
"""

from __future__ import annotations

import pytest
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
    BL,
    DI,
    GL,
    IDCPC_EN,
    IDCPC_EN_OLD,
    IDCPC_ZH,
    KE,
    MFA_EN,
    MFA_ZH,
    NO,
    RL,
    B,
    M,
    MfaProbe,
    Probe,
    R,
    ZhProbe,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

EMB_EN = "http://br.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_12{n:06d}.htm"
EMB_ZH = "http://pe.china-embassy.gov.cn/chn/sgxw/{ym}/t{ymd}_12{n:06d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-04.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
MAS = "Movement for Socialism (Bolivia)"
FMLN = "Farabundo Martí National Liberation Front"
PJ = "Justicialist Party"
UCR = "Radical Civic Union"
PRI = "Institutional Revolutionary Party"
PLD = "Dominican Liberation Party"
PPP = "People's Progressive Party/Civic"
PNP_JM = "People's National Party"
ULP = "Unity Labour Party"
ANR = "Colorado Party (Paraguay)"
PRD_PA = "Democratic Revolutionary Party"
PLN = "National Liberation Party"
RC = "Citizen Revolution Movement"
LIBRE = "Liberty and Refoundation"
PCV = "Communist Party of Venezuela"
PNM = "People's National Movement"
ABLP = "Antigua and Barbuda Labour Party"
PSB = "Brazilian Socialist Party"
MPP = "Movement of Popular Participation"
FREE_PERU = "Free Peru"
NDP_SR = "National Democratic Party (Suriname)"
PACTO = "Historic Pact for Colombia"
URNG = "Guatemalan National Revolutionary Unity"

PROBES: list[Probe] = [
    # ======== A. English IDCPC meetings: the lead is vague, the party comes later ========
    Probe("en-latam-guests-party-3rd",
          "Liu Jianchao Meets Latin American Guests",
          "Beijing, May 14th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, received "
          "a group of Latin American guests here today.\n"
          "Liu briefed the guests on China's push for high-quality development and said the CPC values "
          "exchanges of experience with friends across the Pacific.\n"
          "The guests, a delegation of the Workers' Party of Brazil led by its national vice president, "
          "said the PT hopes to learn from the CPC's experience in poverty reduction.",
          "2024-05-15", url(IDCPC_EN, "2024-05-15", 1),
          yes("Brazil", "meeting", "2024-05-14", parties={PT}, mechanism=BL, content=DI)),
    Probe("en-foreign-guests-country-body",
          "Vice Minister Meets Foreign Guests",
          "Beijing, September 5th (IDCPC)—Sun Haiyan, a deputy head of the CPC's International Department, "
          "met on Tuesday afternoon with visiting foreign guests.\n"
          "The guests were a delegation from Argentina's Justicialist Party, headed by a member of the "
          "party's national council. Both sides talked about trade, agriculture and the governance "
          "experience of the two parties.",
          "2023-09-06", url(IDCPC_EN, "2023-09-06", 2),
          yes("Argentina", "meeting", "2023-09-05", parties={PJ}, mechanism=B, content=DI)),
    Probe("en-leader-title-party",
          "Song Tao Meets Party Chief",
          "Beijing, March 22nd (IDCPC)—Song Tao, who led the CPC's International Department, met here today "
          "with the president of a Central American party and his delegation.\n"
          "Song said the CPC is ready to strengthen exchanges on state governance.\n"
          "The party's president, Mr. Gerson Martinez, said the Farabundo Marti National Liberation Front "
          "regards the CPC as a sincere friend.",
          "2018-03-23", url(IDCPC_EN_OLD, "2018-03-23", 3),
          yes("El Salvador", "meeting", "2018-03-22", parties={FMLN}, mechanism=BL, content=DI)),
    Probe("en-acronym-late",
          "Guo Yezhou Meets Delegation",
          "Beijing, October 17th (IDCPC)—Guo Yezhou, a vice minister of the CPC's International Department, "
          "met with a delegation here today.\n"
          "The delegation was sent by the People's Progressive Party/Civic of Guyana at the invitation "
          "of the CPC. Guo introduced the CPC's work in rural revitalization.\n"
          "Members of the PPP/C said their party follows China's development with great interest.",
          "2019-10-18", url(IDCPC_EN_OLD, "2019-10-18", 4),
          yes("Guyana", "meeting", "2019-10-17", parties={PPP}, mechanism=BL, content=DI)),
    Probe("en-ruling-party-named-earlier",
          "Qian Hongshan Meets Visiting Delegation",
          "Beijing, June 12th (IDCPC)—Qian Hongshan, a vice minister of the CPC's International Department, "
          "received a visiting delegation on Wednesday.\n"
          "Qian said the CPC attaches great importance to its ties with Dominica's ruling party and wishes "
          "to deepen cooperation in climate resilience.\n"
          "The delegation, from the Dominica Labour Party, was led by its general secretary.",
          "2019-06-13", url(IDCPC_EN_OLD, "2019-06-13", 5),
          yes("Dominica", "meeting", "2019-06-12", parties={"Dominica Labour Party"}, mechanism=B,
              content=DI)),
    Probe("en-delegation-guests-late-communist",
          "Chen Fengxiang Meets Visiting Party Guests",
          "Beijing, November 8th (IDCPC)—Chen Fengxiang, a deputy head of the CPC's International "
          "Department, met here today with a delegation from South America.\n"
          "He said the CPC has always supported the efforts of communist parties to explore paths suited "
          "to their national conditions.\n"
          "Led by a member of its political commission, the delegation of the Communist Party of Chile "
          "thanked the CPC for the invitation.",
          "2022-11-09", url(IDCPC_EN, "2022-11-09", 6),
          yes("Chile", "meeting", "2022-11-08", parties={PCCH}, mechanism=BL, content=DI)),
    Probe("en-friends-from-caribbean",
          "Liu Haixing Meets Friends From the Caribbean",
          "Beijing, July 3rd (IDCPC)—Liu Haixing, a vice minister of the CPC's International Department, "
          "met here today with friends from the Caribbean.\n"
          "Liu spoke of the solid friendship between China and the region.\n"
          "The visitors, led by the chairman of the Unity Labour Party of Saint Vincent and the Grenadines, "
          "said small island states look to China as a partner in development.",
          "2023-07-04", url(IDCPC_EN, "2023-07-04", 7),
          yes("Saint Vincent and the Grenadines", "meeting", "2023-07-03", parties={ULP}, mechanism=B,
              content=DI)),
    Probe("en-secretary-general-person-first",
          "Li Mingxiang Meets Secretary-General",
          "Beijing, April 25th (IDCPC)—Li Mingxiang, an assistant minister of the CPC's International "
          "Department, met on Thursday with Mr. Andres Guzman and his party.\n"
          "Li said the CPC stands ready to work with friendly parties in the region.\n"
          "Guzman is secretary-general of the Colorado Party of Paraguay. He said his party values "
          "practical exchanges with the CPC.",
          "2024-04-26", url(IDCPC_EN, "2024-04-26", 8),
          yes("Paraguay", "meeting", "2024-04-25", parties={ANR}, mechanism=B, content=DI)),
    Probe("en-two-parties-one-guest-group",
          "Wang Yajun Meets Delegation of Party Leaders",
          "Beijing, August 29th (IDCPC)—Wang Yajun, who heads a bureau of the CPC's International "
          "Department, met here today with a delegation of party leaders from one South American country.\n"
          "The delegation was made up of leaders of the Socialist Party of Chile and of the Communist "
          "Party of Chile, both members of the governing coalition.\n"
          "The two sides exchanged views on the Global Development Initiative.",
          "2023-08-30", url(IDCPC_EN, "2023-08-30", 9),
          yes("Chile", "meeting", "2023-08-29", parties={PSCH, PCCH}, mechanism=BL, content=DI)),
    Probe("en-mexico-late-day-stated",
          "IDCPC Leader Meets Guests",
          "Liu Jianchao, who heads the CPC's International Department, met in Beijing on January 18 with "
          "a group of visiting guests.\n"
          "Liu said the CPC is willing to deepen exchanges on governance with its friends.\n"
          "The guests, members of the National Executive Committee of MORENA of Mexico, said the party's "
          "Fourth Transformation shares goals with China's modernization.",
          "2024-01-20", url(IDCPC_EN, "2024-01-20", 10),
          yes("Mexico", "meeting", "2024-01-18", parties={MORENA}, mechanism=BL, content=DI)),
    Probe("en-party-named-only-spanish",
          "Assistant Minister Meets Delegation",
          "Beijing, May 31st (IDCPC)—Zhu Rui, an assistant minister of the CPC's International Department, "
          "met here today with a delegation led by a deputy of the national assembly.\n"
          "Zhu said China sees Ecuador as a good partner.\n"
          "The deputy, of the Movimiento Revolucion Ciudadana, said Ecuador's left values the CPC's "
          "experience.",
          "2019-05-31", url(IDCPC_EN_OLD, "2019-05-31", 11),
          yes("Ecuador", "meeting", "2019-05-31", parties={RC}, mechanism=BL, content=DI)),
    Probe("en-think-tank-late",
          "Guo Yezhou Meets Scholars",
          "Beijing, October 10th (IDCPC)—Guo Yezhou, a vice minister of the CPC's International Department, "
          "met here today with a group of scholars.\n"
          "The scholars, from a think tank linked with Uruguay's Broad Front, came to China to study its "
          "modernization. Guo answered their questions on the whole-process people's democracy.",
          "2023-10-11", url(IDCPC_EN, "2023-10-11", 12),
          yes("Uruguay", "meeting", "2023-10-10", parties={FA}, mechanism=BL, content=DI),
          doubtful={"parties": "a think tank linked with a party: is the party taking part?",
                    "mechanism": "leftist only if the party takes part",
                    "content": "scholars who 'came to study' China: a study group (knowledge exchange)?"}),

    # ======== B. Photo captions name the guest ========
    Probe("en-caption-only-party",
          "Sun Haiyan Meets Party Delegation",
          "Beijing, June 20th (IDCPC)—Sun Haiyan, a deputy head of the CPC's International Department, met "
          "here today with a party delegation led by its secretary for international relations.\n"
          "The two sides exchanged views on party building and on cooperation under the Belt and Road.\n"
          "Photo: Sun Haiyan meets the delegation of the Communist Party of Brazil.",
          "2023-06-21", url(IDCPC_EN, "2023-06-21", 13),
          yes("Brazil", "meeting", "2023-06-20", parties={PCDOB}, mechanism=BL, content=DI)),
    Probe("en-caption-first-line",
          "Liu Jianchao Meets Guests",
          "Liu Jianchao (right) meets the president of the Sandinista National Liberation Front's "
          "international commission, Beijing, February 27.\n"
          "Beijing, February 27th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, met "
          "here today with visiting guests. Liu said the CPC firmly supports the path the friendly party has "
          "chosen.",
          "2024-02-28", url(IDCPC_EN, "2024-02-28", 14),
          yes("Nicaragua", "meeting", "2024-02-27", parties={FSLN}, mechanism=BL, content=DI)),
    Probe("en-caption-country-only",
          "Qian Hongshan Meets Parliamentary Delegation",
          "Beijing, March 16th (IDCPC)—Qian Hongshan, a vice minister of the CPC's International Department, "
          "met here today with a parliamentary delegation.\n"
          "Qian said exchanges between legislators help mutual understanding.\n"
          "(Photo: Qian Hongshan with members of Costa Rica's Legislative Assembly)",
          "2018-03-17", url(IDCPC_EN_OLD, "2018-03-17", 15),
          yes("Costa Rica", "meeting", "2018-03-16", mechanism=B, content=DI)),
    Probe("en-caption-video-call",
          "Liu Jianchao Holds Video Call",
          "Beijing, December 12th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, held "
          "a video call today with the leader of a friendly party.\n"
          "The two sides spoke about the results of the party's recent congress and about trade.\n"
          "Photo: Liu Jianchao talks with the president of the Bolivian Movement for Socialism "
          "by video link.",
          "2023-12-13", url(IDCPC_EN, "2023-12-13", 16),
          yes("Bolivia", "video_call", "2023-12-12", parties={MAS}, mechanism=BL, content=DI)),

    # ======== C. Delegations both ways ========
    Probe("en-cpc-delegation-abroad-late",
          "CPC Delegation Visits South America",
          "At the invitation of friendly parties, a CPC delegation led by Chen Zhou, a vice minister of the "
          "CPC's International Department, paid a visit from September 11 to 16.\n"
          "In Montevideo the delegation met leaders of the Broad Front and of the Movement of Popular "
          "Participation and attended a seminar on governance.\n"
          "The delegation also called on officials of the Uruguayan government.",
          "2023-09-18", url(IDCPC_EN, "2023-09-18", 17),
          yes("Uruguay", "delegation_visit_abroad", "2023-09-11", parties={FA, MPP}, mechanism=BL,
              content=DI)),
    Probe("en-lac-delegation-received-late",
          "Latin American Party Delegation Visits China",
          "A party delegation from Latin America visited China from April 7 to 14 at the invitation of the "
          "CPC.\n"
          "Zhao Leji met the delegation in Beijing. The delegation also travelled to Shaanxi.\n"
          "The delegation, of the Dominican Liberation Party, was headed by a member of its political "
          "committee.",
          "2018-04-16", url(IDCPC_EN_OLD, "2018-04-16", 18),
          yes("Dominican Republic", "delegation_received", "2018-04-07", parties={PLD}, mechanism=B,
              content=DI)),
    Probe("en-abroad-country-second-para",
          "Wang Dongming Leads Delegation on Visit",
          "Wang Dongming, a member of the NPC Standing Committee, led a CPC delegation on a visit from "
          "October 21 to 27.\n"
          "In Brasilia the delegation met leaders of the Workers' Party and the Communist Party of Brazil, "
          "and briefed them on the spirit of the 20th CPC National Congress.",
          "2022-10-30", url(IDCPC_EN, "2022-10-30", 19),
          yes("Brazil", "delegation_visit_abroad", "2022-10-21", parties={PT, PCDOB}, mechanism=BL,
              content=DI),
          doubtful={"event_type": "a visit that briefs the congress: visit or briefing (SCHEMA rule 1 vs 4)",
                    "content": "briefing on the congress during a visit"}),
    Probe("en-received-leader-title",
          "Delegation of Caribbean Party Visits China",
          "A delegation of a Caribbean party paid a visit to China from July 9 to 15.\n"
          "During its stay, the delegation went to Fujian and held talks with officials of the CPC's "
          "International Department.\n"
          "The delegation was headed by the party's general secretary. The People's National Party of "
          "Jamaica has kept friendly ties with the CPC for many years.",
          "2019-07-17", url(IDCPC_EN_OLD, "2019-07-17", 20),
          yes("Jamaica", "delegation_received", "2019-07-09", parties={PNP_JM}, mechanism=BL, content=DI)),

    # ======== D. Knowledge exchanges with the LAC participants named late ========
    Probe("en-course-participants-later",
          "Training Course Opens in Beijing",
          "Beijing, May 8th (IDCPC)—A training course on governance run by the CPC's International "
          "Department opened here today.\n"
          "Zhu Rui, an assistant minister of the department, spoke at the opening.\n"
          "More than 30 cadres of the People's National Movement of Trinidad and Tobago are taking part in "
          "the two-week course.",
          "2019-05-09", url(IDCPC_EN_OLD, "2019-05-09", 21),
          yes("Trinidad and Tobago", "training_course", "2019-05-08", parties={PNM}, mechanism=B,
              content=KE)),
    Probe("en-course-several-countries-late",
          "Workshop for Party Cadres Opens",
          "Beijing, October 16th (IDCPC)—An online workshop on poverty reduction organised by the CPC's "
          "International Department opened today.\n"
          "Cadres of friendly parties took part. They came from the Workers' Party of Brazil, the Broad "
          "Front of Uruguay and the Movement for Socialism of Bolivia.",
          "2020-10-17", url(IDCPC_EN_OLD, "2020-10-17", 22),
          yes(M, "training_course", "2020-10-16", parties={PT, FA, MAS}, mechanism=RL, content=KE)),
    Probe("en-seminar-two-parties-late",
          "Theory Seminar Held",
          "Beijing, November 23rd (IDCPC)—A seminar on socialist theory and practice was held here today.\n"
          "Participants discussed the lessons of socialist construction in the new era.\n"
          "It was the eighth such seminar held jointly by the CPC and the Communist Party of Cuba; scholars "
          "and officials of both parties spoke.",
          "2018-11-24", url(IDCPC_EN_OLD, "2018-11-24", 23),
          yes("Cuba", "seminar", "2018-11-23", parties={PCC}, mechanism=BL, content=KE)),
    Probe("en-field-trip-province-late",
          "Foreign Party Delegation Tours Zhejiang",
          "Hangzhou, September 13th (IDCPC)—A foreign party delegation toured villages and companies in "
          "Zhejiang from September 10 to 13.\n"
          "The delegation learned about digital governance and the greening of the countryside.\n"
          "It was made up of local officials of the Democratic Revolutionary Party of Panama, who said "
          "they would share what they saw with their party.",
          "2018-09-14", url(IDCPC_EN_OLD, "2018-09-14", 24),
          yes("Panama", "field_trip", "2018-09-10", parties={PRD_PA}, mechanism=B, content=KE)),
    Probe("en-briefing-guests-latam",
          "Briefing Session on Plenary Held for Latin American Parties",
          "Beijing, November 20th (IDCPC)—The CPC's International Department held a briefing session online "
          "today on the plenary session of the CPC Central Committee.\n"
          "Liu Jianchao presented the session's main results.\n"
          "Leaders of more than 20 parties in Latin America and the Caribbean attended, among them the "
          "United Socialist Party of Venezuela and the Communist Party of Cuba.",
          "2021-11-21", url(IDCPC_EN, "2021-11-21", 25),
          yes(M, "briefing", "2021-11-20", parties={PSUV, PCC}, mechanism=RL, content=KE)),
    Probe("en-forum-lac-late",
          "Political Parties Forum Opens",
          "The China-CELAC Political Parties Forum opened on Tuesday in Tianjin, under the theme of green "
          "development.\n"
          "Speakers included the secretary-general of the Revolutionary Communist Party of Argentina and a "
          "leader of the Guatemalan National Revolutionary Unity.",
          "2018-05-30", url(IDCPC_EN_OLD, "2018-05-30", 26),
          yes(M, "forum", "2018-05-29", parties={"Revolutionary Communist Party (Argentina)", URNG},
              mechanism=RL, content=KE)),
    Probe("en-dialogue-lac-participants",
          "Dialogue on Modernization Held",
          "Shenzhen, December 3rd (IDCPC)—A dialogue between the CPC and parties of Latin America on the "
          "paths to modernization was held here today.\n"
          "Participants from Mexico, Colombia and Peru spoke. A leader of Colombia's Historic Pact said "
          "modernization must put people first.",
          "2024-12-04", url(IDCPC_EN, "2024-12-04", 27),
          yes(M, "dialogue", "2024-12-03", parties={PACTO}, mechanism=RL, content=KE)),
    Probe("en-meeting-with-course-late",
          "Li Mingxiang Meets Course Participants",
          "Beijing, June 27th (IDCPC)—Li Mingxiang, an assistant minister of the CPC's International "
          "Department, met here today with a study group.\n"
          "The group came to China to attend a course on digital economy. Its members are youth leaders of "
          "the Sandinista National Liberation Front.",
          "2024-06-28", url(IDCPC_EN, "2024-06-28", 28),
          yes("Nicaragua", "meeting", "2024-06-27", parties={FSLN}, mechanism=BL, content=KE)),

    # ======== E. Calls ========
    Probe("en-phone-call-late",
          "Liu Jianchao Holds Phone Call",
          "Beijing, January 9th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, talked "
          "by phone today with the head of a friendly party.\n"
          "They discussed the coming year of exchanges. The president of Honduras's Liberty and Refoundation "
          "party said the party wants closer ties with the CPC.",
          "2024-01-10", url(IDCPC_EN, "2024-01-10", 29),
          yes("Honduras", "phone_call", "2024-01-09", parties={LIBRE}, mechanism=BL, content=DI)),
    Probe("en-video-call-spanish-name",
          "Song Tao Holds Video Conference With Party Leader",
          "Beijing, June 10th (IDCPC)—Song Tao held a video conference today with the leader of a party.\n"
          "The leader, of the Partido Socialista Unido de Venezuela, said the two parties should keep up "
          "their exchanges during the pandemic.",
          "2020-06-11", url(IDCPC_EN_OLD, "2020-06-11", 30),
          yes("Venezuela", "video_call", "2020-06-10", parties={PSUV}, mechanism=BL, content=DI)),

    # ======== F. Digests: a non-LAC item first, the LAC one second ========
    Probe("en-digest-vietnam-first",
          "IDCPC Leaders Meet Foreign Guests",
          "Beijing, March 28th (IDCPC)—Liu Jianchao met here today with a delegation of the Communist Party "
          "of Vietnam. The two sides talked about party building.\n"
          "On the same day, Sun Haiyan met a delegation of the National Liberation Party of Costa Rica, "
          "led by its secretary general.",
          "2023-03-29", url(IDCPC_EN, "2023-03-29", 31),
          yes("Costa Rica", "meeting", "2023-03-28", parties={PLN}, mechanism=B, content=DI)),
    Probe("en-digest-africa-first-day-later",
          "News in Brief",
          "On July 2, Qian Hongshan met with a delegation of the ruling party of Tanzania.\n"
          "On July 4, Qian met a delegation of the Peruvian party Free Peru, led by one of its congress "
          "members.",
          "2022-07-06", url(IDCPC_EN, "2022-07-06", 32),
          yes("Peru", "meeting", "2022-07-04", parties={FREE_PERU}, mechanism=BL, content=DI)),
    Probe("en-digest-three-items-lac-third",
          "Foreign Exchanges of the Week",
          "Beijing, October 27th (IDCPC)—On Monday Chen Zhou met a Laotian party delegation.\n"
          "On Tuesday Li Mingxiang received a group of Egyptian journalists.\n"
          "On Wednesday Chen Zhou met the general secretary of the National Democratic Party of Suriname.",
          "2023-10-28", url(IDCPC_EN, "2023-10-28", 33),
          yes("Suriname", "meeting", "2023-10-25", parties={NDP_SR}, mechanism=B, content=DI)),

    # ======== G. Chinese IDCPC pages ========
    ZhProbe("zh-lamei-guests-party-later",
            "刘建超会见拉美客人",
            "5月14日，中联部部长刘建超在京会见拉美客人。\n"
            "刘建超介绍了中国式现代化的主要特征。\n"
            "客人是巴西劳工党全国副主席率领的代表团，表示劳工党希望学习中共治国理政经验。",
            "2024-05-15", url(IDCPC_ZH, "2024-05-15", 34),
            yes("Brazil", "meeting", "2024-05-14", parties={PT}, mechanism=BL, content=DI)),
    ZhProbe("zh-qijian-clause",
            "孙海燕会见外宾",
            "9月5日，中联部副部长孙海燕在京会见应邀来访的外宾。\n"
            "双方就加强两党交流合作交换意见。客人在华期间，还将访问四川。\n"
            "来访的是阿根廷正义党全国委员会委员率领的代表团。",
            "2023-09-06", url(IDCPC_ZH, "2023-09-06", 35),
            yes("Argentina", "meeting", "2023-09-05", parties={PJ}, mechanism=B, content=DI)),
    ZhProbe("zh-qijian-guest-in-qijian",
            "陈周会见来访客人",
            "10月12日，中联部副部长陈周在京会见客人。\n"
            "陈周表示，中方愿同各国政党加强交流。萨尔瓦多法拉本多·马蒂民族解放阵线代表团访华期间，"
            "双方就党的建设交换了意见。",
            "2022-10-13", url(IDCPC_ZH, "2022-10-13", 36),
            yes("El Salvador", "meeting", "2022-10-12", parties={FMLN}, mechanism=BL, content=DI)),
    ZhProbe("zh-yidao-guest",
            "王毅会见客人",
            "3月22日，王毅在京会见古巴共产党中央政治局委员。\n"
            "会见后，王毅与古巴共产党代表团一道出席了两党理论研讨会开幕式。",
            "2019-03-23", url(IDCPC_ZH, "2019-03-23", 37),
            yes("Cuba", "meeting", "2019-03-22", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("zh-yidao-visit-abroad",
            "中共代表团访问拉美",
            "应邀，中联部副部长郭业洲率中共代表团于11月3日至9日访问。\n"
            "代表团与墨西哥国家复兴运动党领导人一道，出席了两党治国理政研讨会，并会见了墨西哥政府官员。",
            "2019-11-11", url(IDCPC_ZH, "2019-11-11", 38),
            yes("Mexico", "delegation_visit_abroad", "2019-11-03", parties={MORENA}, mechanism=BL,
                content=DI),
            doubtful={"event_type": "a visit whose named activity is a seminar: visit or seminar",
                      "content": "a visit built around a seminar"}),
    ZhProbe("zh-caption-guest",
            "钱洪山会见外宾",
            "6月12日，中联部副部长钱洪山在京会见外宾，双方就加强两党关系交换意见。\n"
            "图为钱洪山会见智利社会党代表团。",
            "2019-06-13", url(IDCPC_ZH, "2019-06-13", 39),
            yes("Chile", "meeting", "2019-06-12", parties={PSCH}, mechanism=BL, content=DI)),
    ZhProbe("zh-ruling-party-socialist-state",
            "郭业洲会见古巴客人",
            "1月16日，中联部副部长郭业洲在京会见古巴执政党代表团。\n"
            "郭业洲表示，中方坚定支持古巴走自己选择的道路。\n"
            "代表团团长、古共中央国际关系部副部长表示，古巴共产党珍视同中共的友谊。",
            "2018-01-17", url(IDCPC_ZH, "2018-01-17", 40),
            yes("Cuba", "meeting", "2018-01-16", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("zh-course-participants-late",
            "拉美政党干部研修班开班",
            "7月10日，中联部主办的政党干部研修班在京开班。\n"
            "中联部副部长陈周出席开班式并致辞。\n"
            "来自委内瑞拉统一社会主义党和尼加拉瓜桑地诺民族解放阵线的30余名干部参加研修。",
            "2023-07-11", url(IDCPC_ZH, "2023-07-11", 41),
            yes(M, "training_course", "2023-07-10", parties={PSUV, FSLN}, mechanism=RL, content=KE)),
    ZhProbe("zh-field-trip-late",
            "外国政党代表团赴贵州考察",
            "9月18日至22日，外国政党代表团赴贵州考察。\n"
            "代表团参观了大数据企业和乡村振兴示范点。\n"
            "该团由乌拉圭广泛阵线干部组成。",
            "2019-09-24", url(IDCPC_ZH, "2019-09-24", 42),
            yes("Uruguay", "field_trip", "2019-09-18", parties={FA}, mechanism=BL, content=KE)),
    ZhProbe("zh-digest-non-lac-first",
            "中联部领导会见外宾",
            "4月9日，刘建超会见越南共产党代表团。\n"
            "同日，孙海燕会见哥伦比亚历史公约联盟代表团，双方就两党合作交换意见。",
            "2024-04-10", url(IDCPC_ZH, "2024-04-10", 43),
            yes("Colombia", "meeting", "2024-04-09", parties={PACTO}, mechanism=BL, content=DI)),
    ZhProbe("zh-video-call-late",
            "刘建超同外国政党领导人视频通话",
            "12月5日，中联部部长刘建超同外国政党领导人视频通话。\n"
            "双方就两党交流合作交换意见。该领导人为玻利维亚争取社会主义运动主席。",
            "2023-12-06", url(IDCPC_ZH, "2023-12-06", 44),
            yes("Bolivia", "video_call", "2023-12-05", parties={MAS}, mechanism=BL, content=DI)),
    ZhProbe("zh-received-whole-stay",
            "拉美政党代表团访华",
            "应中共邀请，拉美政党代表团于6月2日至9日访华。\n"
            "中联部副部长孙海燕会见代表团。代表团还赴江苏考察。\n"
            "代表团由多米尼加解放党中央政治委员率领。",
            "2019-06-10", url(IDCPC_ZH, "2019-06-10", 45),
            yes("Dominican Republic", "delegation_received", "2019-06-02", parties={PLD}, mechanism=B,
                content=DI)),
    ZhProbe("zh-seminar-online-late",
            "政党网上研讨会举行",
            "8月25日，中联部以视频方式举办政党研讨会，主题为减贫与发展。\n"
            "来自巴西共产党、巴西劳工党的领导人出席并发言。",
            "2020-08-26", url(IDCPC_ZH, "2020-08-26", 46),
            yes("Brazil", "seminar", "2020-08-25", parties={PCDOB, PT}, mechanism=BL, content=KE)),
    ZhProbe("zh-leader-title-late",
            "李明祥会见外国政党领导人",
            "4月25日，中联部部长助理李明祥在京会见外国政党领导人。\n"
            "李明祥表示，中共愿同各国政党加强交流。\n"
            "客人系巴拉圭红党总书记。他表示，红党重视同中共发展关系。",
            "2024-04-26", url(IDCPC_ZH, "2024-04-26", 47),
            yes("Paraguay", "meeting", "2024-04-25", parties={ANR}, mechanism=B, content=DI)),
    ZhProbe("zh-briefing-lac-late",
            "中联部举行宣介会",
            "11月19日，中联部以视频方式举行宣介会，介绍中共二十届三中全会精神。\n"
            "拉美和加勒比地区20多个国家的政党领导人出席，其中包括古巴共产党和委内瑞拉统一社会主义党的领导人。",
            "2024-11-20", url(IDCPC_ZH, "2024-11-20", 48),
            yes(M, "briefing", "2024-11-19", parties={PCC, PSUV}, mechanism=RL, content=KE)),
    ZhProbe("zh-trad-guests-late",
            "劉建超會見外賓",
            "3月20日，中聯部部長劉建超在京會見外賓。\n"
            "雙方就兩黨關係交換意見。客人為智利共產黨主席率領的代表團。",
            "2024-03-21", url(IDCPC_ZH, "2024-03-21", 49),
            yes("Chile", "meeting", "2024-03-20", parties={PCCH}, mechanism=BL, content=DI)),
    ZhProbe("zh-trad-caption",
            "孫海燕會見代表團",
            "6月20日，中聯部副部長孫海燕在京會見代表團，雙方就治國理政經驗交換意見。\n"
            "圖為孫海燕會見巴西共產黨代表團。",
            "2023-06-21", url(AGENCY_ZH, "2023-06-21", 50),
            yes("Brazil", "meeting", "2023-06-20", parties={PCDOB}, mechanism=BL, content=DI)),
    ZhProbe("zh-trad-forum-late",
            "政黨論壇在京舉行",
            "5月29日，中國共產黨與世界政黨高層對話會在京舉行。\n"
            "來自拉美的與會者包括烏拉圭廣泛陣線和古巴共產黨代表。",
            "2023-05-30", url(IDCPC_ZH, "2023-05-30", 51),
            yes(M, "dialogue", "2023-05-29", parties={FA, PCC}, mechanism=GL, content=KE),
            doubtful={"event_type": "the headline calls it a forum (论坛), its name a dialogue (对话会)"}),

    # ======== H. Agency / embassy / newspaper copies ========
    Probe("agency-en-guests-late",
          "Senior CPC official meets foreign guests",
          " date 2019-05-21 \nHome | Politics\nBEIJING, May 21 (Agency) -- A senior official of the "
          "Communist Party of China met on Tuesday with visiting foreign guests in Beijing.\n"
          "The guests, a delegation of the Broad Front of Uruguay, were told that the CPC values its "
          "friendship with the party.\nEditor: Li Na",
          "2019-05-21", url(AGENCY_EN, "2019-05-21", 52),
          yes("Uruguay", "meeting", "2019-05-21", parties={FA}, mechanism=BL, content=DI)),
    Probe("embassy-en-abroad-late",
          "CPC delegation visits Brazil",
          "A CPC delegation led by Sun Haiyan paid a visit from August 6 to 10.\n"
          "The ambassador accompanied the delegation. In Sao Paulo, it met leaders of the Brazilian "
          "Socialist Party and spoke at a seminar.",
          "2023-08-12", url(EMB_EN, "2023-08-12", 53),
          yes("Brazil", "delegation_visit_abroad", "2023-08-06", parties={PSB}, mechanism=BL, content=DI)),
    ZhProbe("agency-zh-guests-late",
            "中共代表会见外宾",
            " date 2022-11-09 \n首页 > 时政\n新华社北京11月8日电 中联部副部长陈洲8日在京会见来访客人。\n"
            "客人为智利共产党代表团。双方就两党交流交换意见。\n责任编辑：王芳",
            "2022-11-09", url(AGENCY_ZH, "2022-11-09", 54),
            yes("Chile", "meeting", "2022-11-08", parties={PCCH}, mechanism=BL, content=DI)),
    ZhProbe("embassy-zh-field-trip-late",
            "秘鲁政党考察团赴华考察",
            "10月28日至11月4日，应中联部邀请，一个政党考察团赴云南、广东考察，了解乡村振兴和绿色发展。\n"
            "考察团由秘鲁自由秘鲁党国会议员组成。",
            "2022-11-07", url(EMB_ZH, "2022-11-07", 55),
            yes("Peru", "field_trip", "2022-10-28", parties={FREE_PERU}, mechanism=BL, content=KE)),
    ZhProbe("paper-zh-meeting-late",
            "赵乐际会见外宾",
            "本报北京4月8日电 赵乐际8日在人民大会堂会见来访的外国政党代表团。\n"
            "代表团由多米尼加解放党中央政治委员会委员率领。",
            "2018-04-09", url(PAPER_ZH, "2018-04-09", 56),
            yes("Dominican Republic", "meeting", "2018-04-08", parties={PLD}, mechanism=B, content=DI)),

    # ======== I. Foreign-ministry pages ========
    MfaProbe("mfa-wangyi-guest-late",
             "Wang Yi Meets Foreign Minister",
             "On March 12, 2024, Foreign Minister Wang Yi met in Beijing with a visiting foreign minister.\n"
             "Wang Yi said China is ready to deepen cooperation with Latin American countries.\n"
             "The guest, Foreign Minister Mauro Vieira of Brazil, said Brazil sees China as a key partner.",
             "2024-03-12", url(MFA_EN, "2024-03-12", 57),
             yes("Brazil", "meeting", "2024-03-12", head_of_state_level=False)),
    MfaProbe("mfa-xi-caption-guest",
             "Xi Jinping Meets Visiting President",
             "On the afternoon of June 29, President Xi Jinping met at the Great Hall of the People with "
             "a visiting president.\n"
             "Xi said China is willing to be a good partner.\n"
             "Photo: Xi Jinping meets President Luis Arce of Bolivia.",
             "2023-06-29", url(MFA_EN, "2023-06-29", 58),
             yes("Bolivia", "meeting", "2023-06-29", head_of_state_level=True)),
    MfaProbe("mfa-sidelines-second-item",
             "Xi Jinping Meets Leaders on the Sidelines of APEC",
             "On November 15 local time, President Xi Jinping met with the President of the United States on "
             "the sidelines of the APEC meeting in San Francisco.\n"
             "On the same day, Xi also met with President Gabriel Boric of Chile.",
             "2023-11-16", url(MFA_EN, "2023-11-16", 59),
             doubtful={f: "the headline's plural meetings: is the record the first (non-LAC) one?"
                       for f in ("relevant", "country", "event_type", "event_date", "head_of_state_level")},
             expect=yes("Chile", "meeting_on_sidelines", "2023-11-15", head_of_state_level=True)),
    MfaProbe("mfa-vice-minister-guest-late",
             "Vice Foreign Minister Meets Visiting Guest",
             "On May 6, Vice Foreign Minister Hua Chunying met in Beijing with a visiting vice minister.\n"
             "The guest, Vice Minister of Foreign Affairs of Peru, spoke of the two countries' long "
             "friendship.",
             "2024-05-07", url(MFA_EN, "2024-05-07", 60),
             yes("Peru", "meeting", "2024-05-06", head_of_state_level=False)),
    MfaProbe("mfa-talks-country-second",
             "Li Qiang Holds Talks With Prime Minister",
             "On the morning of September 10, Premier Li Qiang held talks in Beijing with a visiting prime "
             "minister.\n"
             "Li Qiang welcomed Prime Minister Mia Mottley of Barbados on her visit to China.",
             "2024-09-10", url(MFA_EN, "2024-09-10", 61),
             yes("Barbados", "talks", "2024-09-10", head_of_state_level=True)),
    MfaProbe("mfa-phone-late",
             "Wang Yi Speaks on Phone With Foreign Minister",
             "On April 2, Foreign Minister Wang Yi spoke on the phone with a foreign counterpart at the "
             "latter's request.\n"
             "The counterpart, Colombian Foreign Minister Luis Gilberto Murillo, said Colombia values its "
             "ties with China.",
             "2024-04-03", url(MFA_EN, "2024-04-03", 62),
             yes("Colombia", "phone_call", "2024-04-02", head_of_state_level=False)),
    MfaProbe("mfa-zh-guest-late",
             "王毅会见外国外长",
             "2024年3月12日，外交部长王毅在北京会见来访的外长。\n"
             "王毅表示，中方愿同拉美国家深化合作。客人为巴西外长维埃拉。",
             "2024-03-12", url(MFA_ZH, "2024-03-12", 63), lang="zh",
             expect=yes("Brazil", "meeting", "2024-03-12", head_of_state_level=False)),
    MfaProbe("mfa-zh-caption-president",
             "习近平会见外国总统",
             "6月29日下午，国家主席习近平在人民大会堂会见来华访问的总统。\n"
             "习近平指出，中方愿同对方做好伙伴。\n"
             "图为习近平会见玻利维亚总统阿尔塞。",
             "2023-06-29", url(MFA_ZH, "2023-06-29", 64), lang="zh",
             expect=yes("Bolivia", "meeting", "2023-06-29", head_of_state_level=True)),
    MfaProbe("mfa-zh-qijian-talks",
             "李强同总理举行会谈",
             "9月10日上午，国务院总理李强在人民大会堂同来华进行正式访问的巴巴多斯总理莫特利举行会谈。\n"
             "莫特利访华期间，双方签署多项合作文件。",
             "2024-09-10", url(MFA_ZH, "2024-09-10", 65), lang="zh",
             expect=yes("Barbados", "talks", "2024-09-10", head_of_state_level=True)),
    MfaProbe("mfa-zh-digest-second",
             "韩正会见外宾",
             "4月12日，国家副主席韩正在北京会见新加坡外长。\n"
             "同日，韩正会见乌拉圭外长。",
             "2023-04-13", url(MFA_ZH, "2023-04-13", 66), lang="zh",
             expect=yes("Uruguay", "meeting", "2023-04-12", head_of_state_level=False)),
    MfaProbe("mfa-trad-phone",
             "王毅與外長通電話",
             "4月2日，外交部長王毅應約同外長通電話。\n該外長為哥倫比亞外長穆里略。",
             "2024-04-03", url(MFA_ZH, "2024-04-03", 67), lang="zh",
             expect=yes("Colombia", "phone_call", "2024-04-02", head_of_state_level=False)),
    MfaProbe("mfa-video-call-late",
             "Xi Jinping Holds Video Call With President",
             "On the evening of January 26, President Xi Jinping held a video call with a Latin American "
             "president.\n"
             "The two heads of state spoke of deepening ties. President Gustavo Petro of Colombia said his "
             "country welcomes Chinese investment.",
             "2024-01-27", url(MFA_EN, "2024-01-27", 68),
             yes("Colombia", "video_call", "2024-01-26", head_of_state_level=True)),
    MfaProbe("mfa-vp-meets-guest",
             "Vice President Meets Foreign Guest",
             "On July 7, Vice President Han Zheng met in Beijing with a visiting guest.\n"
             "Han said China values its relations with the Caribbean.\n"
             "The guest was Prime Minister Keith Rowley of Trinidad and Tobago.",
             "2023-07-08", url(MFA_EN, "2023-07-08", 69),
             yes("Trinidad and Tobago", "meeting", "2023-07-07", head_of_state_level=False)),
    MfaProbe("mfa-state-visit-late",
             "President Pays State Visit to China",
             "At the invitation of President Xi Jinping, a Latin American president is paying a state visit "
             "to China from April 12 to 15.\n"
             "Foreign Ministry Spokesperson Mao Ning announced the visit of President Luiz Inacio Lula da "
             "Silva of Brazil today.",
             "2023-04-10", url(MFA_EN, "2023-04-10", 70),
             yes("Brazil", "state_visit", "2023-04-12", head_of_state_level=True)),

    # ======== J. Not relevant: the LAC actor only mentioned, recalled or in another exchange ========
    Probe("no-guest-vietnam-lac-recalled",
          "Liu Jianchao Meets Foreign Guests",
          "Beijing, March 28th (IDCPC)—Liu Jianchao met here today with a delegation of the Communist Party "
          "of Vietnam.\n"
          "Liu recalled that he had visited Cuba last year and spoke of the CPC's ties with parties around "
          "the world.",
          "2023-03-29", url(IDCPC_EN, "2023-03-29", 71), NO),
    Probe("no-guest-mentions-lac-market",
          "Sun Haiyan Meets Delegation",
          "Beijing, June 20th (IDCPC)—Sun Haiyan met here today with a delegation of the Spanish Socialist "
          "Workers' Party.\n"
          "The guests said Spain can be a bridge between China and Latin America, where Spanish companies "
          "have long invested in Brazil and Mexico.",
          "2023-06-21", url(IDCPC_EN, "2023-06-21", 72), NO),
    Probe("no-caption-non-lac",
          "Qian Hongshan Meets Visiting Guests",
          "Beijing, April 3rd (IDCPC)—Qian Hongshan met here today with visiting guests.\n"
          "The two sides spoke of cooperation with Latin America and the Caribbean.\n"
          "Photo: Qian Hongshan meets a delegation of the Portuguese Communist Party.",
          "2019-04-03", url(IDCPC_EN_OLD, "2019-04-03", 73), NO),
    Probe("no-lac-party-with-third-party",
          "Delegation Reports on Its Visit",
          "Beijing, November 2nd (IDCPC)—A delegation of the South African Communist Party told the CPC "
          "about its recent visit to Venezuela, where it met leaders of the United Socialist Party of "
          "Venezuela.\n"
          "Chen Zhou met the delegation and thanked it for sharing its views.",
          "2023-11-03", url(IDCPC_EN, "2023-11-03", 74), NO),
    Probe("no-course-african-participants",
          "Training Course for Party Cadres Opens",
          "Beijing, May 8th (IDCPC)—A training course for party cadres opened here today.\n"
          "The participants, from Ethiopia's Prosperity Party, will study poverty relief. Cases from Latin "
          "America and Asia will be compared in class.",
          "2023-05-09", url(IDCPC_EN, "2023-05-09", 75), NO),
    ZhProbe("zh-no-mention-only",
            "孙海燕会见外宾",
            "6月20日，中联部副部长孙海燕会见西班牙工人社会党代表团。\n"
            "客人表示，西班牙愿在中拉合作中发挥桥梁作用，西班牙企业在巴西、墨西哥投资多年。",
            "2023-06-21", url(IDCPC_ZH, "2023-06-21", 76), NO),
    ZhProbe("zh-no-recalled-visit",
            "陈周会见越南客人",
            "10月12日，中联部副部长陈周会见越南共产党代表团。\n"
            "陈周回顾了去年访问古巴期间同古共领导人的会谈。",
            "2022-10-13", url(IDCPC_ZH, "2022-10-13", 77), NO),
    ZhProbe("zh-no-caption-non-lac",
            "钱洪山会见外宾",
            "4月3日，中联部副部长钱洪山会见外宾，双方就中拉关系交换看法。\n图为钱洪山会见葡萄牙共产党代表团。",
            "2019-04-04", url(IDCPC_ZH, "2019-04-04", 78), NO),
    MfaProbe("mfa-no-ambassador-only",
             "Ambassador Meets Party Leader",
             "On June 3, Ambassador Zhu Qingqiao met in Brasilia with the president of a party.\n"
             "The party's president, of the Workers' Party, spoke of his party's friendship with China.",
             "2023-06-04", url(MFA_EN, "2023-06-04", 79), NO),
    MfaProbe("mfa-no-guest-non-lac-lac-mentioned",
             "Wang Yi Meets Foreign Minister",
             "On March 12, Foreign Minister Wang Yi met in Beijing with the visiting foreign minister of "
             "Spain.\n"
             "The guest said Spain will keep promoting EU ties with Latin America, including Mexico and "
             "Argentina.",
             "2024-03-13", url(MFA_EN, "2024-03-13", 80), NO),
    MfaProbe("mfa-zh-no-mention",
             "王毅会见外国外长",
             "3月12日，王毅在北京会见西班牙外交大臣。\n客人表示，西班牙愿推动欧盟同巴西、阿根廷等拉美国家的合作。",
             "2024-03-13", url(MFA_ZH, "2024-03-13", 81), lang="zh", expect=NO),
    Probe("agency-no-third-party-exchange",
          "Latin American party leaders meet in Caracas",
          " date 2019-07-27 \nHome | World\nCARACAS, July 26 (Agency) -- Leaders of the United Socialist "
          "Party of Venezuela and the Communist Party of Cuba met here on Friday ahead of the Sao Paulo "
          "Forum.\nA Chinese scholar who covered the event said the forum draws wide attention.\n"
          "Editor: Wu Lei",
          "2019-07-27", url(AGENCY_EN, "2019-07-27", 82), NO),
    Probe("no-course-planned-lac",
          "Sun Haiyan Meets Myanmar Delegation",
          "Beijing, August 14th (IDCPC)—Sun Haiyan met a delegation of Myanmar's ruling party here today.\n"
          "Sun said the department will run a course for Caribbean parties later this year.",
          "2019-08-15", url(IDCPC_EN_OLD, "2019-08-15", 83), NO),
]

# Added after the first-run list was fixed: more kinds of the same campaign.
LATER: list[Probe] = [
    Probe("en-delegation-staying-party-para4",
          "Chen Zhou Meets Visiting Delegation",
          "Beijing, April 17th (IDCPC)—Chen Zhou, a vice minister of the CPC's International Department, met "
          "here today with a delegation of party cadres.\n"
          "Chen said the CPC is willing to share its experience of governance.\n"
          "The delegation is visiting China at the invitation of the CPC.\n"
          "It is led by the deputy general secretary of the Antigua and Barbuda Labour Party.",
          "2024-04-18", url(IDCPC_EN, "2024-04-18", 84),
          yes("Antigua and Barbuda", "meeting", "2024-04-17", parties={ABLP}, mechanism=B, content=DI)),
    Probe("en-leftist-guests-ruling-party-cuba",
          "Guo Yezhou Meets Cuban Guests",
          "Beijing, January 16th (IDCPC)—Guo Yezhou met here today with a delegation of Cuba's ruling "
          "party.\n"
          "He said China firmly backs Cuba in upholding socialism.",
          "2018-01-17", url(IDCPC_EN_OLD, "2018-01-17", 85),
          yes("Cuba", "meeting", "2018-01-16", mechanism=BL, content=DI),
          doubtful={"parties": "the party is not named, only as the ruling party"}),
    Probe("en-guests-government-officials",
          "Li Mingxiang Meets Visiting Officials",
          "Beijing, September 21st (IDCPC)—Li Mingxiang met here today with a group of visiting officials.\n"
          "The officials, from the Ministry of Planning of Venezuela, came to learn about China's five-year "
          "plans.",
          "2023-09-22", url(IDCPC_EN, "2023-09-22", 86),
          yes("Venezuela", "meeting", "2023-09-21", mechanism=B, content=DI)),
    Probe("en-abroad-meets-ruling-party-named-earlier",
          "CPC Delegation Visits Honduras",
          "At the invitation of the Liberty and Refoundation party, a CPC delegation led by Li Mingxiang "
          "visited from June 4 to 7.\n"
          "The delegation met leaders of the ruling party and officials of the Honduran government.\n"
          "LIBRE's coordinator said the party wishes to learn from the CPC.",
          "2024-06-09", url(IDCPC_EN, "2024-06-09", 87),
          yes("Honduras", "delegation_visit_abroad", "2024-06-04", parties={LIBRE}, mechanism=BL,
              content=DI)),
    ZhProbe("zh-two-country-group-late",
            "陈周会见拉美政党代表团",
            "7月19日，中联部副部长陈周在京会见拉美政党代表团。\n"
            "代表团由危地马拉全国革命联盟和萨尔瓦多法拉本多·马蒂民族解放阵线领导人组成。",
            "2023-07-20", url(IDCPC_ZH, "2023-07-20", 88),
            yes(M, "meeting", "2023-07-19", parties={URNG, FMLN}, mechanism=RL, content=DI)),
    ZhProbe("zh-wuyue-party-later-acronym",
            "中联部领导会见墨西哥客人",
            "8月2日，中联部副部长孙海燕会见墨西哥革命制度党代表团。\n双方就治国理政交换了意见。",
            "2019-08-03", url(IDCPC_ZH, "2019-08-03", 89),
            yes("Mexico", "meeting", "2019-08-02", parties={PRI}, mechanism=B, content=DI)),
    Probe("en-online-course-lac-several",
          "Webinar for Caribbean Leaders Held",
          "Beijing, July 22nd (IDCPC)—A webinar for leaders of parties in the Caribbean was held today by "
          "the CPC's International Department.\n"
          "Participants came from Jamaica's People's National Party, Guyana's People's Progressive "
          "Party/Civic and Trinidad and Tobago's People's National Movement.",
          "2021-07-23", url(IDCPC_EN, "2021-07-23", 90),
          yes(M, "training_course", "2021-07-22", parties={PNP_JM, PPP, PNM}, mechanism=RL, content=KE)),
    Probe("en-meeting-global-side",
          "Liu Jianchao Meets Latin American Guests at World Parties Dialogue",
          "Beijing, March 16th (IDCPC)—On the sidelines of the CPC in Dialogue with World Political Parties "
          "High-level Meeting, Liu Jianchao met here today with a group of guests.\n"
          "The guests included leaders of the Workers' Party of Brazil and of MORENA of Mexico.",
          "2023-03-17", url(IDCPC_EN, "2023-03-17", 91),
          yes(M, "meeting", "2023-03-16", parties={PT, MORENA}, mechanism=GL, content=KE)),
    Probe("en-caption-credit-above-lead",
          "Liu Jianchao Meets Guests",
          "Liu Jianchao (right) meets the president of the Sandinista National Liberation Front's "
          "international commission in Beijing. (Photo: Zhang Wei)\n"
          "Beijing, February 27th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, met "
          "here today with visiting guests. Liu said the CPC firmly supports the path the friendly party "
          "has chosen.",
          "2024-02-28", url(IDCPC_EN, "2024-02-28", 92),
          yes("Nicaragua", "meeting", "2024-02-27", parties={FSLN}, mechanism=BL, content=DI)),
    ZhProbe("zh-caption-credit-above-lead",
            "刘海星会见外宾",
            "图为刘海星会见牙买加人民民族党总书记。（记者 王磊 摄）\n"
            "7月3日，中联部副部长刘海星在京会见外宾。双方就两党关系和各领域合作交换意见。",
            "2023-07-04", url(IDCPC_ZH, "2023-07-04", 93),
            yes("Jamaica", "meeting", "2023-07-03", parties={PNP_JM}, mechanism=BL, content=DI)),
    MfaProbe("mfa-no-guest-unnamed-body-topic",
             "Wang Yi Meets Foreign Minister",
             "On March 14, Foreign Minister Wang Yi met in Beijing with a visiting foreign minister.\n"
             "Wang Yi said China and Portugal are old friends. The guest said Portugal is ready to work with "
             "China on cooperation in Africa and in Brazil.",
             "2024-03-15", url(MFA_EN, "2024-03-15", 94), NO),
    Probe("en-guests-two-countries-later",
          "Sun Haiyan Meets Latin American Guests",
          "Beijing, April 11th (IDCPC)—Sun Haiyan met here today with a group of Latin American guests.\n"
          "The guests, leaders of the Workers' Party of Brazil and of the Broad Front of Uruguay, praised "
          "China's development.",
          "2024-04-12", url(IDCPC_EN, "2024-04-12", 95),
          yes(M, "meeting", "2024-04-11", parties={PT, FA}, mechanism=RL, content=DI)),
    Probe("en-guests-one-named-among",
          "Chen Zhou Meets Latin American Party Delegation",
          "Beijing, May 6th (IDCPC)—Chen Zhou met here today with a delegation of Latin American parties.\n"
          "Among them was the general secretary of the Communist Party of Chile.",
          "2024-05-07", url(IDCPC_EN, "2024-05-07", 96),
          yes(M, "meeting", "2024-05-06", parties={PCCH}, mechanism=RL, content=DI)),
    # older pages (2008-2014)
    Probe("old-en-2009-guests-late",
          "Wang Jiarui Meets Foreign Guests",
          "Beijing, September 8th (IDCPC)—Wang Jiarui, then head of the CPC's International Department, met "
          "here this afternoon with foreign guests.\n"
          "Wang said the CPC is ready to learn from the experience of friendly parties.\n"
          "The guests were a delegation of the Brazilian Socialist Party led by its president.",
          "2009-09-09", url(IDCPC_EN_OLD, "2009-09-09", 97),
          yes("Brazil", "meeting", "2009-09-08", parties={PSB}, mechanism=BL, content=DI)),
    ZhProbe("old-zh-2011-qijian",
            "王家瑞会见外宾",
            "6月14日，中联部部长王家瑞在京会见外宾。\n"
            "王家瑞表示，中共愿同各国政党加强交往。应中共邀请访华期间，客人还将赴陕西参观。"
            "来访的是萨尔瓦多法拉本多·马蒂民族解放阵线代表团。",
            "2011-06-15", url(IDCPC_ZH, "2011-06-15", 98),
            yes("El Salvador", "meeting", "2011-06-14", parties={FMLN}, mechanism=BL, content=DI)),
    MfaProbe("old-mfa-2013-guest-late",
             "Vice President Li Yuanchao Meets Guest",
             "On August 20, Vice President Li Yuanchao met in Beijing with a visiting guest.\n"
             "Li said China values its ties with the Caribbean. The guest was Prime Minister Kamla "
             "Persad-Bissessar of Trinidad and Tobago.",
             "2013-08-21", url(MFA_EN, "2013-08-21", 99),
             yes("Trinidad and Tobago", "meeting", "2013-08-20", head_of_state_level=False)),
    Probe("old-en-2014-caption-delegation",
          "CPC Delegation Concludes Visit",
          "Beijing, May 26th (IDCPC)—A CPC delegation led by Ai Ping, a vice minister of the CPC's "
          "International Department, returned to Beijing today after a visit from May 17 to 25.\n"
          "The delegation held talks with the ruling party and met local leaders.\n"
          "Photo: Ai Ping with leaders of the Movement for Socialism of Bolivia in La Paz.",
          "2014-05-27", url(IDCPC_EN_OLD, "2014-05-27", 100),
          yes("Bolivia", "delegation_visit_abroad", "2014-05-17", parties={MAS}, mechanism=BL, content=DI)),
    ZhProbe("old-zh-2008-trad-guests",
            "王家瑞會見古巴客人",
            "11月3日，中聯部部長王家瑞在京會見外賓。雙方就兩黨關係交換意見。\n"
            "客人為古巴共產黨中央委員率領的代表團。",
            "2008-11-04", url(IDCPC_ZH, "2008-11-04", 101),
            yes("Cuba", "meeting", "2008-11-03", parties={PCC}, mechanism=BL, content=DI)),
    MfaProbe("old-mfa-zh-2012-guest-late",
             "杨洁篪会见外宾",
             "2012年5月7日，外交部长杨洁篪在北京会见来访的外长。\n"
             "杨洁篪表示，中方重视同拉美国家的关系。客人为乌拉圭外长阿尔马格罗。",
             "2012-05-07", url(MFA_ZH, "2012-05-07", 102), lang="zh",
             expect=yes("Uruguay", "meeting", "2012-05-07", head_of_state_level=False)),
    MfaProbe("old-mfa-no-ambassador-2010",
             "Ambassador Meets Foreign Guest",
             "On March 3, 2010, Ambassador Qiu Xiaoqi met in Mexico City with a guest.\n"
             "The guest, a senator of Mexico, spoke of the two countries' friendship.",
             "2010-03-04", url(MFA_EN, "2010-03-04", 103), NO),
    # checks of the rules' edges (written after the fixes)
    MfaProbe("mfa-guest-unnamed-said-topic-only",
             "Wang Yi Meets Visiting Foreign Minister",
             "On June 2, Foreign Minister Wang Yi met in Beijing with a visiting foreign minister.\n"
             "Wang Yi said China appreciates President Javier Milei of Argentina for his remarks on trade, "
             "and hopes the guest's country will also work with China.",
             "2024-06-03", url(MFA_EN, "2024-06-03", 104), NO),
    Probe("en-guests-body-speaks-of-country",
          "Chen Zhou Meets Latin American Guests",
          "Beijing, August 8th (IDCPC)—Chen Zhou met here today with a group of Latin American guests.\n"
          "Chen spoke of the achievements of Brazil's Workers' Party in reducing hunger.",
          "2024-08-09", url(IDCPC_EN, "2024-08-09", 105),
          yes(M, "meeting", "2024-08-08", mechanism=R, content=DI),
          doubtful={"mechanism": "the named party is what was spoken of; the guests' parties are unknown"}),
    ZhProbe("zh-digest-recently-no-day",
            "中联部领导会见外宾",
            "9月3日，刘建超会见日本自民党代表团。\n"
            "近日，孙海燕会见阿根廷正义党代表团。",
            "2023-09-06", url(IDCPC_ZH, "2023-09-06", 106),
            yes("Argentina", "meeting", None, parties={PJ}, mechanism=B, content=DI)),
    Probe("en-guests-and-his-delegation-zh-like",
          "Qian Hongshan Meets Party Leader",
          "Beijing, October 9th (IDCPC)—Qian Hongshan met here today with the leader of a Caribbean party "
          "and his delegation.\n"
          "The leader, chairman of the People's National Movement of Trinidad and Tobago, said the party "
          "values its ties with the CPC.",
          "2018-10-10", url(IDCPC_EN_OLD, "2018-10-10", 107),
          yes("Trinidad and Tobago", "meeting", "2018-10-09", parties={PNM}, mechanism=B, content=DI)),
]

RECALLED_IN_LEAD = ("the lead's first sentence reports a non-LAC party's visit to Venezuela, recalled to the "
                    "CPC: the LAC actors are in another party's exchange, not the CPC's")
OPEN: dict[tuple[str, str], str] = {
    ("no-lac-party-with-third-party", "relevant"): RECALLED_IN_LEAD,
    ("zh-digest-recently-no-day", "event_date"): (
        "a two-line Chinese digest is not split into items: the LAC item (近日, no day) takes the day "
        "the first, non-LAC item states"),
}

assert_unique_ids(PROBES + LATER)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES + LATER, OPEN))
def test_late_counterpart_field(probe: Probe, name: str, expected: object) -> None:
    assert value_of(record_of(probe), name) == expected
