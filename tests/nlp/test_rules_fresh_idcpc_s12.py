"""Campaign 12I: a fresh mixed sample of IDCPC English pages (and their agency and Chinese copies)
of 2023-2026, in the proportions a crawl meets: about half not about LAC at all or LAC only
mentioned, the rest LAC exchanges of every kind (meetings at home and abroad, delegations both ways,
video calls, messages, courses, seminars, forums, dialogues, briefings, field trips, digests).

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import (
    BL,
    DI,
    GL,
    KE,
    NO,
    RL,
    B,
    Probe,
    R,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
)

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
EN_OLD = "http://www.idcpc.gov.cn/english/news/{ym}/t{ymd}_16{n:04d}.html"
ZH = "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_13{n:04d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_12{n:04d}.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
MORENA = "National Regeneration Movement"
LEFT_GOVERNMENT = ("a government actor of a state whose president leads a leftist party: the codebook names "
                   "only the ruling party of a socialist state; the project adds leftist")


def ex(country: str, date: str | None, event_type: str, party_set: set[str], mechanism: set[str],
       content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ================= A. not about LAC (Asia, Africa, Europe, the CPC's own events) =================
    Probe("neg-vietnam-cpv-beijing",
          "Liu Jianchao Meets Delegation of the Communist Party of Vietnam",
          "Beijing, March 14th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, "
          "received here today a delegation of the Communist Party of Vietnam led by Le Hoai Trung, chief "
          "of the CPV's Commission for External Relations. Liu said the two parties should carry forward "
          "the consensus of their top leaders and build the China-Vietnam community with a shared future. "
          "Le Hoai Trung said the CPV is ready to deepen exchanges of experience in party building.",
          "2024-03-14", url(EN, "2024-03-14", 1), NO),
    Probe("neg-cambodia-cpp",
          "Sun Haiyan Meets Cambodian People's Party Delegation",
          "Beijing, May 22nd (IDCPC)—Vice minister Sun Haiyan of the IDCPC sat down today with a "
          "delegation of the Cambodian People's Party. The two sides talked about the Global Development "
          "Initiative and cooperation under the Belt and Road, and agreed to strengthen youth exchanges.",
          "2024-05-22", url(EN, "2024-05-22", 2), NO),
    Probe("neg-ma-hui-kazakhstan",
          "CPC Delegation Visits Kazakhstan",
          "Astana, September 9th (IDCPC)—A CPC delegation headed by Ma Hui, vice minister of the IDCPC, "
          "paid a visit to Kazakhstan from September 6 to 9, meeting leaders of the Amanat party and "
          "officials of the presidential administration. The delegation briefed its hosts on Chinese "
          "modernization.",
          "2023-09-11", url(EN, "2023-09-11", 3), NO),
    Probe("neg-spd-germany",
          "Liu Haixing Meets SPD Delegation",
          "Beijing, June 3rd (IDCPC)—Liu Haixing, head of the International Department of the CPC, met "
          "a delegation of Germany's Social Democratic Party this afternoon. Liu said China and Germany "
          "are partners, not rivals, and party exchanges can add stability to bilateral relations.",
          "2026-06-03", url(EN, "2026-06-03", 4), NO),
    Probe("neg-anc-south-africa",
          "Qian Hongshan Meets ANC Delegation",
          "Beijing, April 8th (IDCPC)—IDCPC vice minister Qian Hongshan received a study delegation of "
          "the African National Congress of South Africa. He introduced the CPC's experience in "
          "governance and said the two parties share a commitment to the Global South.",
          "2025-04-08", url(EN, "2025-04-08", 5), NO),
    Probe("neg-third-plenum-domestic",
          "Third Plenary Session of 20th CPC Central Committee Held in Beijing",
          "Beijing, July 18th—The Third Plenary Session of the 20th Central Committee of the Communist "
          "Party of China was held in Beijing from July 15 to 18. The session adopted a decision on "
          "further deepening reform comprehensively to advance Chinese modernization. Xi Jinping delivered "
          "an important speech.",
          "2024-07-19", url(EN, "2024-07-19", 6), NO),
    Probe("neg-plenum-briefing-africa-envoys",
          "IDCPC Holds Briefing on Third Plenary Session for African Diplomats",
          "Beijing, August 2nd (IDCPC)—The IDCPC held a briefing today on the guiding principles of the "
          "Third Plenary Session of the 20th CPC Central Committee for ambassadors and diplomats of more "
          "than 40 African countries in Beijing. Vice minister Qian Hongshan presented the reform "
          "decision. Ambassadors of Kenya, Ethiopia and Egypt spoke at the session.",
          "2024-08-02", url(EN, "2024-08-02", 7), NO),
    Probe("neg-liu-speech-us-think-tank",
          "Liu Jianchao Speaks at Council on Foreign Relations",
          "New York, January 9th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, "
          "gave a speech on China's development and its foreign policy at the Council on Foreign "
          "Relations. Answering questions, he said China's cooperation with countries of Africa, Asia and "
          "Latin America is open and does not target any third party.",
          "2024-01-10", url(EN, "2024-01-10", 8), NO),
    Probe("neg-world-parties-asia-dialogue",
          "CPC in Dialogue with World Political Parties on Asian Development Held in Kunming",
          "Kunming, October 15th (IDCPC)—A session of the CPC in Dialogue with World Political Parties "
          "themed on Asian development and regional connectivity opened today in Kunming. Leaders of "
          "parties from Laos, Myanmar, Nepal, Sri Lanka and Thailand took part, with Liu Jianchao "
          "delivering a keynote address.",
          "2023-10-15", url(EN, "2023-10-15", 9), NO),
    Probe("neg-nyerere-school-course",
          "Workshop for African Party Cadres Opens at Nyerere Leadership School",
          "Kibaha, Tanzania, June 17th (IDCPC)—A workshop on party governance for cadres of six "
          "liberation movement parties of southern Africa opened today at the Mwalimu Julius Nyerere "
          "Leadership School. CPC scholars will lecture on poverty reduction and Chinese modernization.",
          "2024-06-18", url(EN, "2024-06-18", 10), NO),
    Probe("neg-mongolia-field-trip",
          "Mongolian People's Party Delegation Visits Zhejiang",
          "Hangzhou, November 6th (IDCPC)—A delegation of the Mongolian People's Party visited Zhejiang "
          "from November 4 to 6, touring a digital economy park and a village known for rural "
          "revitalization.",
          "2025-11-07", url(EN, "2025-11-07", 11), NO),
    Probe("neg-serbia-sns",
          "Qian Hongshan Meets Serbian Progressive Party Delegation",
          "Beijing, February 27th (IDCPC)—Qian Hongshan, vice minister of the IDCPC, met with a "
          "delegation of the Serbian Progressive Party. Both sides praised the ironclad friendship "
          "between China and Serbia.",
          "2024-02-27", url(EN, "2024-02-27", 12), NO),
    Probe("neg-united-russia",
          "Liu Jianchao Meets United Russia Delegation",
          "Beijing, May 30th (IDCPC)—Liu Jianchao today received a delegation of the United Russia party "
          "led by Andrey Klimov. The two sides exchanged views on the BRICS inter-party forum and "
          "multipolarity.",
          "2024-05-30", url(EN, "2024-05-30", 13), NO),
    Probe("neg-wpk-korea",
          "Sun Haiyan Meets WPK Delegation",
          "Beijing, April 11th (IDCPC)—Sun Haiyan met a delegation of the Workers' Party of Korea today "
          "and said the CPC treasures its traditional friendship with the WPK.",
          "2024-04-11", url(EN, "2024-04-11", 14), NO),
    Probe("neg-psoe-mentions-latin-america",
          "Liu Haixing Meets Spanish Socialist Workers' Party Delegation",
          "Beijing, September 24th (IDCPC)—Liu Haixing received a PSOE delegation today. The guests "
          "said Spain can serve as a bridge between China, Europe and Latin America, and the two sides "
          "agreed to keep up high-level party contacts.",
          "2025-09-24", url(EN, "2025-09-24", 15), NO),
    Probe("neg-labour-uk-recent-brazil-trip",
          "Ma Hui Meets Delegation of the British Labour Party",
          "Beijing, March 5th (IDCPC)—Ma Hui, vice minister of the IDCPC, met with a group of Labour "
          "Party parliamentarians. Ma recalled that he had just come back from Brazil and Argentina and "
          "said the Global South is rising. The guests hoped for closer trade ties with China.",
          "2024-03-05", url(EN, "2024-03-05", 16), NO),
    Probe("neg-equatorial-guinea",
          "IDCPC Vice Minister Meets Democratic Party of Equatorial Guinea Delegation",
          "Beijing, July 9th (IDCPC)—Qian Hongshan received today a delegation of the Democratic Party "
          "of Equatorial Guinea. He said China supports Equatorial Guinea in following a path suited to "
          "its conditions.",
          "2025-07-09", url(EN, "2025-07-09", 17), NO),
    Probe("neg-colombo-sri-lanka",
          "CPC Delegation Visits Sri Lanka",
          "Colombo, December 3rd (IDCPC)—A CPC delegation led by Sun Haiyan held talks in Colombo today "
          "with leaders of the National People's Power, Sri Lanka's ruling coalition, on exchanges of "
          "governance experience.",
          "2024-12-04", url(EN, "2024-12-04", 18), NO),
    Probe("neg-granada-spain",
          "Chinese and Spanish Scholars Discuss Civilizations in Granada",
          "Granada, Spain, April 20th (IDCPC)—A seminar on the Global Civilization Initiative, co-hosted "
          "by the IDCPC and the University of Granada, was held today. Spanish scholars and officials of "
          "Andalusia joined Chinese experts in a discussion on dialogue among civilizations.",
          "2025-04-21", url(EN, "2025-04-21", 19), NO),
    Probe("neg-pap-singapore-agency",
          "Senior CPC official meets Singapore's ruling party delegation",
          "Home | China | World | Business\n date 2023-11-21\nBEIJING, Nov. 21 (Agency) -- Liu Jianchao, "
          "head of the International Department of the CPC Central Committee, met with a delegation of "
          "the People's Action Party of Singapore here on Tuesday.\nEditor: Wang Li",
          "2023-11-21", url(AGENCY_EN, "2023-11-21", 20), NO),
    Probe("neg-zh-vietnam",
          "刘建超会见越南共产党代表团",
          "3月20日，中联部部长刘建超在京会见越共中央对外部部长黎怀忠率领的越南共产党代表团。双方就深化两党交流互鉴、"
          "推进中越命运共同体建设交换意见。",
          "2024-03-20", url(ZH, "2024-03-20", 21), NO, lang="zh"),
    Probe("neg-zh-laos",
          "孙海燕会见老挝人民革命党干部考察团",
          "5月8日，中联部副部长孙海燕在京会见老挝人民革命党干部考察团。孙海燕介绍了中国式现代化的实践。",
          "2025-05-08", url(ZH, "2025-05-08", 22), NO, lang="zh"),
    Probe("neg-zh-hk-japan-ldp",
          "劉海星會見日本自民黨代表團",
          "【本報訊】中聯部部長劉海星10日在北京會見日本自由民主黨代表團，雙方就推動中日關係改善交換意見。",
          "2025-12-11", url(HK_ZH, "2025-12-11", 2), NO, lang="zh"),
    Probe("neg-us-ambassador",
          "Liu Jianchao Meets US Ambassador Nicholas Burns",
          "Beijing, June 19th (IDCPC)—Liu Jianchao met today with Nicholas Burns, the US ambassador to "
          "China. The two sides talked about the implementation of the consensus of the two heads of "
          "state reached in San Francisco.",
          "2024-06-19", url(EN, "2024-06-19", 24), NO),
    Probe("neg-pmln-pakistan",
          "Liu Haixing Holds Talks with PML-N Leaders in Islamabad",
          "Islamabad, October 28th (IDCPC)—A CPC delegation led by Liu Haixing held talks today with "
          "leaders of the Pakistan Muslim League (N). Both sides pledged to push forward the China-"
          "Pakistan Economic Corridor.",
          "2025-10-29", url(EN, "2025-10-29", 25), NO),
    Probe("neg-portuguese-pcp-lusophone",
          "Ma Hui Meets Portuguese Communist Party Delegation",
          "Beijing, October 10th (IDCPC)—Ma Hui received a delegation of the Portuguese Communist Party. "
          "The guests spoke of Portugal's ties with Portuguese-speaking countries such as Brazil, Angola "
          "and Mozambique, and the role of Macao as a platform.",
          "2023-10-10", url(EN, "2023-10-10", 26), NO),
    Probe("neg-digest-asia-africa",
          "News in Brief",
          "-- On June 5, Sun Haiyan met with a delegation of the Nepali Congress.\n-- On June 6, Qian "
          "Hongshan met with the secretary general of Zambia's United Party for National Development.\n-- "
          "On June 7, a delegation of the Lao People's Revolutionary Party visited Yunnan.",
          "2024-06-08", url(EN, "2024-06-08", 27), NO),
    Probe("neg-ec-egypt-zh",
          "中共代表团访问埃及",
          "应埃及祖国未来党邀请，中联部副部长钱洪山率中共代表团于10月12日至15日访问埃及，会见埃及政党领导人。",
          "2024-10-16", url(ZH, "2024-10-16", 28), NO, lang="zh"),
    Probe("neg-africa-day-reception",
          "IDCPC Attends Africa Day Reception",
          "Beijing, May 24th (IDCPC)—Liu Jianchao attended today a reception held by African diplomats in "
          "Beijing to mark Africa Day. He said China and Africa are good friends and partners.",
          "2024-05-24", url(EN, "2024-05-24", 29), NO),
    Probe("neg-europe-briefing-hubei",
          "IDCPC Presents Hubei to European Diplomats",
          "Beijing, March 27th (IDCPC)—The IDCPC held a presentation themed \"Hubei in the new era\" for "
          "diplomats of European countries and international organizations today. Secretary of the Hubei "
          "Provincial Party Committee introduced the province.",
          "2025-03-27", url(EN, "2025-03-27", 30), NO),
    Probe("neg-fidesz-hungary",
          "Liu Haixing Meets Fidesz Delegation",
          "Beijing, January 15th (IDCPC)—Liu Haixing met a delegation of Hungary's Fidesz today. He said "
          "the two parties should support the China-Hungary all-weather partnership.",
          "2026-01-15", url(EN, "2026-01-15", 31), NO),
    Probe("neg-new-zealand-labour",
          "Sun Haiyan Meets New Zealand Labour Party Delegation",
          "Beijing, August 21st (IDCPC)—Sun Haiyan met a New Zealand Labour Party delegation this "
          "morning, exchanging views on climate cooperation and trade.",
          "2023-08-21", url(EN, "2023-08-21", 32), NO),
    Probe("neg-thai-pheu-thai",
          "Qian Hongshan Meets Pheu Thai Party Delegation",
          "Beijing, December 12th (IDCPC)—Qian Hongshan received a delegation of Thailand's Pheu Thai "
          "Party today. The guests expressed interest in China's experience in poverty alleviation.",
          "2023-12-12", url(EN, "2023-12-12", 33), NO),
    Probe("neg-global-civ-dialogue-no-lac",
          "Global Civilization Dialogue Ministerial Meeting Held in Beijing",
          "Beijing, July 10th—A ministerial meeting of the Global Civilization Dialogue was held today. "
          "Representatives of more than 140 countries, political parties and international organizations "
          "attended. Speakers stressed mutual learning among civilizations.",
          "2025-07-11", url(EN, "2025-07-11", 34), NO),
    Probe("neg-indonesia-pdip",
          "Liu Jianchao Meets PDI-P Delegation",
          "Beijing, February 20th (IDCPC)—Liu Jianchao received a delegation of Indonesia's PDI-P today. "
          "The two sides agreed to deepen cadre exchanges.",
          "2025-02-20", url(EN, "2025-02-20", 35), NO),
    Probe("neg-cpc-study-session-domestic",
          "IDCPC Holds Study Session on Fourth Plenary Session",
          "Beijing, October 30th (IDCPC)—The leading Party members group of the IDCPC held a meeting today "
          "to study the guiding principles of the Fourth Plenary Session of the 20th CPC Central "
          "Committee. Liu Haixing chaired the meeting.",
          "2025-10-31", url(EN, "2025-10-31", 36), NO),
    Probe("neg-kenya-field-trip-zh",
          "肯尼亚朱比利党干部考察团赴福建考察",
          "6月12日至16日，肯尼亚朱比利党干部考察团应中联部邀请赴福建考察，参观了乡村振兴示范点和企业。",
          "2024-06-17", url(ZH, "2024-06-17", 37), NO, lang="zh"),
    Probe("neg-georgia-dream",
          "Ma Hui Meets Georgian Dream Delegation",
          "Beijing, November 2nd (IDCPC)—Ma Hui met today with a delegation of the Georgian Dream party "
          "from Tbilisi. Both sides spoke of the strategic partnership between China and Georgia.",
          "2023-11-02", url(EN, "2023-11-02", 38), NO),
    Probe("neg-media-forum-global-no-lac",
          "World Political Parties Media Seminar Opens in Beijing",
          "Beijing, September 5th (IDCPC)—A seminar for media officials of political parties from Asia and "
          "Africa opened today. Participants from 20 countries will discuss party communication in the "
          "digital age.",
          "2025-09-05", url(EN, "2025-09-05", 39), NO),
    Probe("neg-french-communist",
          "Liu Haixing Meets French Communist Party Leader",
          "Paris, November 18th (IDCPC)—Liu Haixing met Fabien Roussel, national secretary of the French "
          "Communist Party, in Paris today.",
          "2025-11-19", url(EN, "2025-11-19", 40), NO),
    Probe("neg-ethiopia-prosperity",
          "Qian Hongshan Visits Ethiopia",
          "Addis Ababa, March 3rd (IDCPC)—A CPC delegation led by Qian Hongshan visited Ethiopia from "
          "February 28 to March 3 and held talks with the Prosperity Party.",
          "2025-03-04", url(EN, "2025-03-04", 41), NO),
    Probe("neg-mention-celac-in-speech",
          "Liu Jianchao Addresses Seminar on Global Development Initiative",
          "Beijing, April 25th (IDCPC)—Liu Jianchao spoke at a seminar on the Global Development "
          "Initiative held by a Chinese think tank today. He noted China's cooperation frameworks with "
          "Africa, the Arab states and CELAC, and called for more support to the Global South.",
          "2024-04-25", url(EN, "2024-04-25", 42), NO),
    Probe("neg-korea-dp",
          "Sun Haiyan Meets Democratic Party of Korea Lawmakers",
          "Beijing, January 22nd (IDCPC)—Sun Haiyan met lawmakers of the Democratic Party of Korea today.",
          "2026-01-22", url(EN, "2026-01-22", 43), NO),
    Probe("neg-australia-labor",
          "Liu Jianchao Meets Australian Labor Party Delegation",
          "Beijing, July 3rd (IDCPC)—Liu Jianchao received a delegation of the Australian Labor Party "
          "today and said stable China-Australia ties serve both peoples.",
          "2023-07-03", url(EN, "2023-07-03", 44), NO),
    Probe("neg-namibia-swapo",
          "Ma Hui Meets SWAPO Delegation",
          "Beijing, May 14th (IDCPC)—Ma Hui met a SWAPO Party delegation from Namibia today.",
          "2024-05-14", url(EN, "2024-05-14", 45), NO),
    # ================= B. LAC exchanges: meetings in Beijing =================
    Probe("meet-pcc-beijing",
          "Liu Jianchao Meets Delegation of the Communist Party of Cuba",
          "Beijing, March 21st (IDCPC)—Liu Jianchao, who heads the CPC's International Department, "
          "received here today a delegation of the Communist Party of Cuba led by Emilio Lozada García, "
          "head of the PCC Central Committee's International Relations Department. Liu said the CPC "
          "firmly supports Cuba in defending its sovereignty. Lozada said the PCC is keen to learn from "
          "Chinese modernization.",
          "2024-03-21", url(EN, "2024-03-21", 101), ex("Cuba", "2024-03-21", "meeting", {PCC}, BL)),
    Probe("meet-morena-alcalde",
          "Liu Jianchao Meets MORENA President Luisa María Alcalde",
          "Beijing, November 26th (IDCPC)—Liu Jianchao met this afternoon with Luisa María Alcalde, "
          "president of Mexico's National Regeneration Movement (MORENA), and her delegation. Liu "
          "congratulated MORENA on the election of President Claudia Sheinbaum. Alcalde said MORENA wants "
          "to learn from the CPC's work with young people.",
          "2024-11-26", url(EN, "2024-11-26", 102), ex("Mexico", "2024-11-26", "meeting", {MORENA}, BL)),
    Probe("meet-pri-mexico",
          "Liu Haixing Meets Delegation of Mexico's Institutional Revolutionary Party",
          "Beijing, April 16th (IDCPC)—Liu Haixing, vice minister of the IDCPC, met with a delegation of "
          "the Institutional Revolutionary Party (PRI) of Mexico led by its secretary general today. The "
          "two sides exchanged views on relations between China and Mexico.",
          "2023-04-16", url(EN, "2023-04-16", 103),
          ex("Mexico", "2023-04-16", "meeting", {"Institutional Revolutionary Party"}, B)),
    Probe("meet-pt-brazil-sun",
          "Sun Haiyan Meets Delegation of Brazil's Workers' Party",
          "Beijing, August 29th (IDCPC)—Sun Haiyan, vice minister of the IDCPC, met with a delegation of "
          "the Workers' Party (PT) of Brazil headed by Romênio Pereira, its secretary for international "
          "relations, on August 28. The two sides discussed the 50th anniversary of China-Brazil "
          "diplomatic ties.",
          "2024-08-29", url(EN, "2024-08-29", 104), ex("Brazil", "2024-08-28", "meeting", {PT}, BL)),
    Probe("meet-pj-argentina",
          "Ma Hui Meets Delegation of Argentina's Justicialist Party",
          "Beijing, June 12th (IDCPC)—Ma Hui, vice minister of the IDCPC, received today a delegation of "
          "the Justicialist Party of Argentina. Ma said the CPC is willing to keep up exchanges with "
          "Argentine parties of all orientations.",
          "2023-06-12", url(EN, "2023-06-12", 105),
          ex("Argentina", "2023-06-12", "meeting", {"Justicialist Party"}, B)),
    Probe("meet-libre-honduras",
          "Liu Jianchao Meets Delegation of Honduras' LIBRE Party",
          "Beijing, October 17th (IDCPC)—Liu Jianchao met with a delegation of the Liberty and Refoundation "
          "Party (LIBRE) of Honduras this morning. Liu said the establishment of diplomatic ties has "
          "opened a new chapter and the CPC is ready to deepen exchanges with LIBRE.",
          "2023-10-17", url(EN, "2023-10-17", 106),
          ex("Honduras", "2023-10-17", "meeting", {"Liberty and Refoundation"}, BL)),
    Probe("meet-pld-dominican",
          "Ma Hui Meets Dominican Liberation Party Delegation",
          "Beijing, September 14th (IDCPC)—IDCPC vice minister Ma Hui met a delegation of the Dominican "
          "Liberation Party from the Dominican Republic today.",
          "2023-09-14", url(EN, "2023-09-14", 107),
          ex("Dominican Republic", "2023-09-14", "meeting", {"Dominican Liberation Party"}, B)),
    Probe("meet-rc-ecuador-weekday",
          "Sun Haiyan Meets Citizen Revolution Movement Delegation of Ecuador",
          "Beijing, April 12th (IDCPC)—Sun Haiyan met with a delegation of Ecuador's Citizen Revolution "
          "Movement on Wednesday. The two sides exchanged views on party building and the Global "
          "Development Initiative.",
          "2024-04-12", url(EN, "2024-04-12", 108),
          ex("Ecuador", "2024-04-10", "meeting", {"Citizen Revolution Movement"}, BL)),
    Probe("meet-mas-bolivia",
          "Liu Jianchao Meets MAS Delegation of Bolivia",
          "Beijing, July 24th (IDCPC)—Liu Jianchao met here today with a delegation of Bolivia's Movement "
          "for Socialism (MAS) led by its vice president. Both sides vowed to strengthen ties between the "
          "two parties.",
          "2023-07-24", url(EN, "2023-07-24", 109),
          ex("Bolivia", "2023-07-24", "meeting", {"Movement for Socialism (Bolivia)"}, BL)),
    Probe("meet-unc-trinidad",
          "Qian Hongshan Meets United National Congress Delegation of Trinidad and Tobago",
          "Beijing, May 9th (IDCPC)—Qian Hongshan, vice minister of the IDCPC, met today a delegation of "
          "the United National Congress of Trinidad and Tobago.",
          "2025-05-09", url(EN, "2025-05-09", 110),
          ex("Trinidad and Tobago", "2025-05-09", "meeting", {"United National Congress"}, B)),
    Probe("meet-blp-barbados",
          "Sun Haiyan Meets Barbados Labour Party Delegation",
          "Beijing, November 7th (IDCPC)—Sun Haiyan met with a delegation of the Barbados Labour Party "
          "today and praised Prime Minister Mia Mottley's voice for small island states.",
          "2023-11-07", url(EN, "2023-11-07", 111),
          ex("Barbados", "2023-11-07", "meeting", {"Barbados Labour Party"}, B)),
    Probe("meet-historic-pact-colombia",
          "Liu Haixing Meets Delegation of Colombia's Historic Pact",
          "Beijing, March 18th (IDCPC)—Liu Haixing met a delegation of the Historic Pact for Colombia, "
          "the coalition of President Gustavo Petro, this afternoon.",
          "2026-03-18", url(EN, "2026-03-18", 112),
          ex("Colombia", "2026-03-18", "meeting", {"Historic Pact for Colombia"}, BL)),
    Probe("meet-pcch-chile",
          "Ma Hui Meets Communist Party of Chile Delegation",
          "Beijing, January 17th (IDCPC)—Ma Hui met a delegation of the Communist Party of Chile led by "
          "its president Lautaro Carmona on January 16.",
          "2024-01-17", url(EN, "2024-01-17", 113),
          ex("Chile", "2024-01-16", "meeting", {"Communist Party of Chile"}, BL)),
    Probe("meet-lla-argentina",
          "Liu Haixing Meets Delegation of La Libertad Avanza of Argentina",
          "Beijing, May 20th (IDCPC)—Liu Haixing received today a delegation of La Libertad Avanza, the "
          "party of President Javier Milei, made up of national deputies. Liu said that whatever party is "
          "in office, the CPC is ready to work for steady China-Argentina relations.",
          "2026-05-20", url(EN, "2026-05-20", 114),
          ex("Argentina", "2026-05-20", "meeting", {"La Libertad Avanza"}, B)),
    Probe("meet-app-peru-yesterday",
          "Qian Hongshan Meets Alliance for Progress Delegation of Peru",
          "Beijing, October 22nd (IDCPC)—Qian Hongshan met yesterday with a delegation of the Alliance "
          "for Progress of Peru led by its founder César Acuña. The guests showed interest in the port of "
          "Chancay and China-Peru connectivity.",
          "2024-10-22", url(EN, "2024-10-22", 115),
          ex("Peru", "2024-10-21", "meeting", {"Alliance for Progress (Peru)"}, B)),
    Probe("meet-mexico-ambassador",
          "Liu Haixing Meets Mexican Ambassador to China",
          "Beijing, February 11th (IDCPC)—Liu Haixing met with Jesús Seade, Mexico's ambassador to "
          "China, today. The two sides exchanged views on party-to-party exchanges between China and "
          "Mexico.",
          "2026-02-11", url(EN, "2026-02-11", 116), ex("Mexico", "2026-02-11", "meeting", set(), B),
          doubtful={"mechanism": LEFT_GOVERNMENT}),
    Probe("meet-lac-envoys-group",
          "Liu Jianchao Meets Envoys of Latin American and Caribbean Countries",
          "Beijing, December 19th (IDCPC)—Liu Jianchao met today with ambassadors and diplomats of more "
          "than 20 Latin American and Caribbean countries in China, including the ambassadors of Brazil, "
          "Cuba and Uruguay. Liu said the CPC is ready to deepen exchanges with political parties of the "
          "region.",
          "2023-12-19", url(EN, "2023-12-19", 117), ex("multilateral", "2023-12-19", "meeting", set(), R)),
    Probe("meet-copppal",
          "Sun Haiyan Meets COPPPAL Delegation",
          "Beijing, June 26th (IDCPC)—Sun Haiyan met with a delegation of the Permanent Conference of "
          "Political Parties of Latin America and the Caribbean (COPPPAL) today. She said COPPPAL is an "
          "important partner of the CPC in the region.",
          "2024-06-26", url(EN, "2024-06-26", 118), ex("multilateral", "2024-06-26", "meeting", set(), R)),
    Probe("meet-pnp-jamaica",
          "Qian Hongshan Meets People's National Party Delegation of Jamaica",
          "Beijing, March 6th (IDCPC)—Qian Hongshan met a People's National Party delegation from Jamaica "
          "led by its general secretary today.",
          "2025-03-06", url(EN, "2025-03-06", 119),
          ex("Jamaica", "2025-03-06", "meeting", {"People's National Party"}, BL)),
    Probe("meet-brazil-journalists",
          "Sun Haiyan Meets Brazilian Journalists",
          "Beijing, September 19th (IDCPC)—Sun Haiyan met with a group of Brazilian journalists visiting "
          "China today and answered their questions on China's foreign policy.",
          "2025-09-19", url(EN, "2025-09-19", 120), ex("Brazil", "2025-09-19", "meeting", set(), B)),
    # ================= C. meetings and visits abroad =================
    Probe("abroad-meet-lula",
          "Liu Jianchao Meets Brazilian President Lula",
          "Brasília, August 5th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, met "
          "with Brazilian President Luiz Inácio Lula da Silva at the Planalto Palace today. Lula said "
          "Brazil attaches great importance to its relations with China.",
          "2024-08-06", url(EN, "2024-08-06", 121), ex("Brazil", "2024-08-05", "meeting", set(), B),
          doubtful={"mechanism": LEFT_GOVERNMENT}),
    Probe("abroad-meet-pereira-montevideo",
          "Liu Haixing Meets President of Uruguay's Broad Front",
          "Montevideo, April 14th (IDCPC)—Liu Haixing met with Fernando Pereira, president of the Broad "
          "Front of Uruguay, in Montevideo on April 13. Pereira said the Broad Front government of "
          "President Yamandú Orsi values its friendship with the CPC.",
          "2026-04-15", url(EN, "2026-04-15", 122), ex("Uruguay", "2026-04-13", "meeting", {FA}, BL)),
    Probe("abroad-visit-mexico-delegation",
          "CPC Delegation Visits Mexico",
          "Mexico City, June 27th (IDCPC)—A CPC delegation led by Sun Haiyan, vice minister of the IDCPC, "
          "visited Mexico from June 23 to 27. During the visit, the delegation met with leaders of the "
          "National Regeneration Movement (MORENA) and the Labor Party, as well as officials of the "
          "Mexican Senate, and briefed them on Chinese modernization.",
          "2025-06-28", url(EN, "2025-06-28", 123),
          ex("Mexico", "2025-06-23", "delegation_visit_abroad", {MORENA, "Labor Party (Mexico)"}, BL),
          doubtful={"event_type": "a visit whose delegation also briefed its hosts: the visit as a "
                                  "whole or a briefing", "content": "follows the type"}),
    Probe("abroad-visit-cuba-and-spain",
          "CPC Delegation Visits Cuba and Spain",
          "Havana, May 12th (IDCPC)—At the invitation of the Communist Party of Cuba, a CPC delegation led "
          "by Liu Haixing visited Cuba from May 8 to 12 and then went on to Spain. In Havana the "
          "delegation met Roberto Morales Ojeda, organizing secretary of the PCC, and toured a "
          "solar park built with Chinese help.",
          "2025-05-15", url(EN, "2025-05-15", 124),
          ex("Cuba", "2025-05-08", "delegation_visit_abroad", {PCC}, BL)),
    Probe("abroad-meet-boric",
          "Chilean President Boric Meets CPC Delegation",
          "Santiago, November 30th (IDCPC)—Chilean President Gabriel Boric met a CPC delegation led by "
          "Ma Hui, vice minister of the IDCPC, at La Moneda Palace today.",
          "2023-12-01", url(EN, "2023-12-01", 125), ex("Chile", "2023-11-30", "meeting", set(), B),
          doubtful={"mechanism": LEFT_GOVERNMENT}),
    Probe("abroad-meet-ortega-managua",
          "Ortega Meets CPC Delegation in Managua",
          "Managua, September 4th (IDCPC)—Daniel Ortega, President of Nicaragua and general secretary of "
          "the Sandinista National Liberation Front (FSLN), met today with a CPC delegation headed by "
          "Qian Hongshan.",
          "2024-09-05", url(EN, "2024-09-05", 126), ex("Nicaragua", "2024-09-04", "meeting", {FSLN}, BL)),
    Probe("abroad-visit-venezuela",
          "CPC Delegation Visits Venezuela",
          "Caracas, July 18th (IDCPC)—A CPC delegation headed by Ma Hui paid a working visit to "
          "Venezuela from July 15 to 18 at the invitation of the United Socialist Party of Venezuela "
          "(PSUV). The delegation met with PSUV leaders and with officials of the National Assembly.",
          "2023-07-20", url(EN, "2023-07-20", 127),
          ex("Venezuela", "2023-07-15", "delegation_visit_abroad", {PSUV}, BL)),
    Probe("abroad-meet-arce-la-paz",
          "Bolivian President Arce Meets CPC Delegation",
          "La Paz, March 27th (IDCPC)—Bolivian President Luis Arce met in La Paz on March 26 with a CPC "
          "delegation led by Sun Haiyan. Arce said Bolivia supports the Global Security Initiative.",
          "2024-03-28", url(EN, "2024-03-28", 128), ex("Bolivia", "2024-03-26", "meeting", set(), B),
          doubtful={"mechanism": LEFT_GOVERNMENT}),
    # ================= D. video calls and messages =================
    Probe("video-fsln",
          "Liu Jianchao Holds Video Call with FSLN Leader",
          "Beijing, February 6th (IDCPC)—Liu Jianchao held a video call today with Fidel Moreno, "
          "secretary of organization of the Sandinista National Liberation Front of Nicaragua. The two "
          "sides exchanged views on deepening party-to-party cooperation.",
          "2024-02-06", url(EN, "2024-02-06", 131), ex("Nicaragua", "2024-02-06", "video_call", {FSLN}, BL)),
    Probe("video-psch-chile",
          "Sun Haiyan Holds Video Talks with Socialist Party of Chile",
          "Beijing, June 14th (IDCPC)—Sun Haiyan held video talks on June 13 with Paulina Vodanovic, "
          "president of the Socialist Party of Chile.",
          "2023-06-14", url(EN, "2023-06-14", 132),
          ex("Chile", "2023-06-13", "video_call", {"Socialist Party of Chile"}, BL)),
    Probe("msg-broad-front-election",
          "CPC Central Committee Congratulates Broad Front of Uruguay on Election Victory",
          "Beijing, November 25th (IDCPC)—The Central Committee of the Communist Party of China sent a "
          "message today to the Broad Front of Uruguay, congratulating it on the victory of its candidate "
          "Yamandú Orsi in the presidential run-off.",
          "2024-11-25", url(EN, "2024-11-25", 133), ex("Uruguay", "2024-11-25", "message", {FA}, BL)),
    Probe("msg-mujica-condolence",
          "IDCPC Sends Condolences on Passing of José Mujica",
          "Beijing, May 14th (IDCPC)—The IDCPC sent a message of condolence to the Broad Front of Uruguay "
          "and the Movement of Popular Participation on the death of former Uruguayan President José "
          "Mujica, who passed away on May 13.",
          "2025-05-14", url(EN, "2025-05-14", 134),
          ex("Uruguay", "2025-05-14", "message", {FA, "Movement of Popular Participation"}, BL)),
    Probe("msg-pcc-to-cpc-anniversary",
          "Communist Party of Cuba Congratulates CPC on 103rd Anniversary",
          "Havana, July 1st—The Central Committee of the Communist Party of Cuba sent a message of "
          "congratulations to the CPC Central Committee on the 103rd anniversary of the founding of the "
          "CPC, praising its achievements in building a great modern socialist country.",
          "2024-07-02", url(EN, "2024-07-02", 135), ex("Cuba", "2024-07-01", "message", {PCC}, BL)),
    Probe("msg-sheinbaum-morena-thanks",
          "MORENA Thanks CPC for Congratulations",
          "Mexico City, June 10th—The National Regeneration Movement of Mexico sent a letter to the "
          "International Department of the CPC Central Committee today thanking it for its "
          "congratulations on the election of Claudia Sheinbaum as President.",
          "2024-06-12", url(EN, "2024-06-12", 136), ex("Mexico", "2024-06-10", "message", {MORENA}, BL)),
    # ================= E. courses, seminars, forums, dialogues, briefings, field trips =================
    Probe("course-lac-cadres-online",
          "Online Workshop for Latin American and Caribbean Party Cadres Opens",
          "Beijing, September 10th (IDCPC)—An online workshop on Chinese modernization for cadres of "
          "political parties of Latin American and Caribbean countries opened today. Over 100 party "
          "officials from Mexico, Brazil, Colombia, Peru and Argentina joined. Sun Haiyan spoke at the "
          "opening.",
          "2024-09-10", url(EN, "2024-09-10", 141),
          ex("multilateral", "2024-09-10", "training_course", set(), R, KE)),
    Probe("course-cuban-cadres-china",
          "Training Course for Cadres of the Communist Party of Cuba Held in Beijing",
          "Beijing, October 25th (IDCPC)—A training course for cadres of the Communist Party of Cuba, "
          "hosted by the IDCPC, ran from October 14 to 25. The 25 Cuban cadres attended lectures on "
          "economic reform and party building and visited Jiangsu.",
          "2023-10-26", url(EN, "2023-10-26", 142),
          ex("Cuba", "2023-10-14", "training_course", {PCC}, BL, KE)),
    Probe("forum-china-lac-parties",
          "China-Latin America and the Caribbean Political Parties Forum Opens",
          "Beijing, June 18th (IDCPC)—The China-Latin America and the Caribbean Political Parties Forum "
          "opened today. Leaders of over 60 political parties from more than 20 countries of the region "
          "attended, among them the Workers' Party of Brazil and the Communist Party of Cuba. Liu "
          "Haixing delivered a keynote speech on the Global Governance Initiative.",
          "2026-06-18", url(EN, "2026-06-18", 143),
          ex("multilateral", "2026-06-18", "forum", {PT, PCC}, RL, KE)),
    Probe("dialogue-world-parties-lac",
          "CPC in Dialogue with World Political Parties High-level Meeting Held",
          "Beijing, March 16th (IDCPC)—The CPC in Dialogue with World Political Parties High-level Meeting "
          "was held online on March 15. Xi Jinping delivered a keynote speech. Lula, honorary president "
          "of Brazil's Workers' Party, and Díaz-Canel, first secretary of the Communist Party of Cuba, "
          "were among the speakers from Latin America.",
          "2023-03-16", url(EN, "2023-03-16", 144),
          ex("multilateral", "2023-03-15", "dialogue", {PT, PCC}, GL, KE)),
    Probe("forum-brics-parties",
          "BRICS Political Parties Forum Held in Vladivostok",
          "Vladivostok, June 18th (IDCPC)—A forum of political parties of BRICS countries was held here "
          "today. A CPC delegation led by Sun Haiyan attended, as did the Workers' Party of Brazil.",
          "2024-06-19", url(EN, "2024-06-19", 145),
          ex("multilateral", "2024-06-18", "forum", {PT}, GL, KE)),
    Probe("briefing-plenum-lac-envoys",
          "IDCPC Briefs Latin American and Caribbean Diplomats on Third Plenary Session",
          "Beijing, August 20th (IDCPC)—The IDCPC held a briefing today on the Third Plenary Session of "
          "the 20th CPC Central Committee for envoys of Latin American and Caribbean countries in "
          "Beijing. Sun Haiyan presented the session's reform decision, and ambassadors of Brazil, "
          "Chile and Cuba spoke.",
          "2024-08-20", url(EN, "2024-08-20", 146),
          ex("multilateral", "2024-08-20", "briefing", set(), R, KE)),
    Probe("briefing-plenum-pt-brasilia",
          "CPC Briefing on Third Plenary Session Held in Brasília",
          "Brasília, October 9th (IDCPC)—A CPC delegation led by Ma Hui held a briefing session today on "
          "the Third Plenary Session of the 20th CPC Central Committee for leaders of the Workers' Party "
          "and the Communist Party of Brazil.",
          "2024-10-10", url(EN, "2024-10-10", 147),
          ex("Brazil", "2024-10-09", "briefing", {PT, PCDOB}, BL, KE)),
    Probe("field-psch-guizhou",
          "Delegation of the Socialist Party of Chile Visits Guizhou",
          "Guiyang, May 16th (IDCPC)—A delegation of the Socialist Party of Chile visited Guizhou from "
          "May 13 to 16 at the invitation of the CPC, touring a big data center and a village lifted out "
          "of poverty.",
          "2025-05-17", url(EN, "2025-05-17", 148),
          ex("Chile", "2025-05-13", "field_trip", {"Socialist Party of Chile"}, BL, KE)),
    Probe("field-lac-young-leaders-fujian",
          "Young Political Leaders from Latin America Visit Fujian",
          "Fuzhou, November 12th (IDCPC)—A group of young political leaders from Argentina, Colombia, "
          "Ecuador and Uruguay visited Fujian today, learning about the province's work on ecological "
          "protection.",
          "2025-11-13", url(EN, "2025-11-13", 149),
          ex("multilateral", "2025-11-12", "field_trip", set(), R, KE)),
    Probe("seminar-online-pcdob",
          "CPC and Communist Party of Brazil Hold Online Seminar",
          "Beijing, April 23rd (IDCPC)—The CPC and the Communist Party of Brazil held an online seminar "
          "today on Chinese modernization and the building of socialism. Scholars and officials of both "
          "parties spoke.",
          "2024-04-23", url(EN, "2024-04-23", 150), ex("Brazil", "2024-04-23", "seminar", {PCDOB}, BL, KE)),
    Probe("seminar-theory-cuba-havana",
          "CPC-PCC Theory Seminar Held in Havana",
          "Havana, December 5th (IDCPC)—The theory seminar of the Communist Party of China and the "
          "Communist Party of Cuba was held here on December 4 and 5, themed on socialism and "
          "development in the new era. Ma Hui led the CPC delegation.",
          "2023-12-06", url(EN, "2023-12-06", 151), ex("Cuba", "2023-12-04", "seminar", {PCC}, BL, KE)),
    Probe("dialogue-cpc-lac-parties",
          "CPC-Latin American Parties Dialogue on Governance Held Online",
          "Beijing, July 3rd (IDCPC)—A dialogue between the CPC and political parties of Latin America "
          "on state governance was held online today. Representatives of parties from Mexico, Peru, "
          "Panama and the Dominican Republic joined.",
          "2025-07-03", url(EN, "2025-07-03", 152),
          ex("multilateral", "2025-07-03", "dialogue", set(), R, KE)),
    Probe("meet-cuban-study-group",
          "Liu Haixing Meets Study Group of Cuban Cadres",
          "Beijing, November 19th (IDCPC)—Liu Haixing met today with members of a study group of the "
          "Communist Party of Cuba that came to China for a course on party building.",
          "2025-11-19", url(EN, "2025-11-19", 153), ex("Cuba", "2025-11-19", "meeting", {PCC}, BL, KE)),
    Probe("briefing-fourth-plenum-online-lac",
          "IDCPC Holds Online Briefing on Fourth Plenary Session for Latin American Parties",
          "Beijing, November 20th (IDCPC)—The IDCPC held an online briefing today on the Fourth Plenary "
          "Session of the 20th CPC Central Committee for political parties of Latin America and the "
          "Caribbean. Leaders of parties from Cuba, Venezuela, Nicaragua and Brazil took part.",
          "2025-11-20", url(EN, "2025-11-20", 154),
          ex("multilateral", "2025-11-20", "briefing", set(), R, KE)),
    # ================= F. delegations received =================
    Probe("received-psuv-stay",
          "PSUV Delegation Visits China",
          "Beijing, September 20th (IDCPC)—A delegation of the United Socialist Party of Venezuela "
          "visited China from September 14 to 20 at the invitation of the CPC. In Beijing, Liu Jianchao "
          "met the delegation, which also held talks with the Central Party School and went to "
          "Shanghai.",
          "2023-09-21", url(EN, "2023-09-21", 161),
          ex("Venezuela", "2023-09-14", "delegation_received", {PSUV}, BL),
          doubtful={"event_type": "a stay with talks and a city visit: delegation_received or field_trip"}),
    Probe("received-prd-panama",
          "Panama's Democratic Revolutionary Party Delegation Concludes China Visit",
          "Beijing, April 30th (IDCPC)—A delegation of Panama's Democratic Revolutionary Party (PRD) led by "
          "its secretary general ended a visit to China today. During its stay from April 24, the "
          "delegation met with IDCPC officials and with leaders in Hainan.",
          "2024-04-30", url(EN, "2024-04-30", 162),
          ex("Panama", "2024-04-24", "delegation_received", {"Democratic Revolutionary Party"}, B)),
    # ================= G. agency copies =================
    Probe("agency-historic-pact",
          "Senior CPC official meets Colombian delegation",
          "Home | World | China | Business\n date 2024-05-20\nBEIJING, May 20 (Agency) -- Liu Jianchao, "
          "head of the CPC's International Department, met with a delegation of the Historic Pact for "
          "Colombia here on Monday.\nLiu said the CPC is ready to strengthen exchanges with the Historic "
          "Pact.\nEditor: Zhang Min\nRelated: China, Colombia",
          "2024-05-20", url(AGENCY_EN, "2024-05-20", 171),
          ex("Colombia", "2024-05-20", "meeting", {"Historic Pact for Colombia"}, BL)),
    Probe("agency-forum-lac",
          "Chinese, Latin American political parties hold forum on modernization",
          "Home | China | World\n date 2025-06-12\nBEIJING, June 12 (Agency) -- More than 200 "
          "representatives of political parties and organizations from China and Latin American and "
          "Caribbean countries gathered on Thursday for a forum on modernization and development paths."
          "\nThe forum was held by the International Department of the CPC Central Committee.",
          "2025-06-12", url(AGENCY_EN, "2025-06-12", 172),
          ex("multilateral", "2025-06-12", "forum", set(), R, KE)),
    # ================= H. Chinese pages =================
    Probe("zh-meet-pcc",
          "刘建超会见古巴共产党代表团",
          "6月5日，中联部部长刘建超在京会见古共中央国际关系部部长洛萨达率领的古巴共产党代表团。刘建超表示，"
          "中方愿同古方加强治国理政经验交流。",
          "2024-06-05", url(ZH, "2024-06-05", 181),
          ex("Cuba", "2024-06-05", "meeting", {PCC}, BL), lang="zh"),
    Probe("zh-meet-pri",
          "孙海燕会见墨西哥革命制度党代表团",
          "9月11日，中联部副部长孙海燕在京会见墨西哥革命制度党代表团，双方就中墨关系交换意见。",
          "2023-09-11", url(ZH, "2023-09-11", 182),
          ex("Mexico", "2023-09-11", "meeting", {"Institutional Revolutionary Party"}, B), lang="zh"),
    Probe("zh-visit-brazil",
          "中共代表团访问巴西",
          "应巴西劳工党邀请，中联部副部长马辉率中共代表团于8月20日至24日访问巴西，会见劳工党主席、巴西国会议员等，"
          "介绍中国式现代化。",
          "2024-08-26", url(ZH, "2024-08-26", 183),
          ex("Brazil", "2024-08-20", "delegation_visit_abroad", {PT}, BL), lang="zh"),
    Probe("zh-course-lac",
          "拉美和加勒比国家政党干部研修班在京开班",
          "4月9日，由中联部主办的拉美和加勒比国家政党干部研修班在京开班。来自墨西哥、巴西、秘鲁等国的30余名政党干部参加。",
          "2025-04-10", url(ZH, "2025-04-10", 184),
          ex("multilateral", "2025-04-09", "training_course", set(), R, KE), lang="zh"),
    Probe("zh-hk-fsln-traditional",
          "劉建超會見尼加拉瓜桑地諾民族解放陣線代表團",
          "【本報訊】中聯部部長劉建超21日在北京會見尼加拉瓜桑地諾民族解放陣線代表團。劉建超表示，中方支持尼方維護國家主權。",
          "2024-10-22", url(HK_ZH, "2024-10-22", 5),
          ex("Nicaragua", "2024-10-21", "meeting", {FSLN}, BL), lang="zh"),
    Probe("zh-field-pt-zhejiang",
          "巴西劳工党考察团赴浙江考察",
          "11月3日至7日，巴西劳工党干部考察团应中联部邀请赴浙江考察，参观数字经济企业和美丽乡村。",
          "2025-11-08", url(ZH, "2025-11-08", 186),
          ex("Brazil", "2025-11-03", "field_trip", {PT}, BL, KE), lang="zh"),
    Probe("zh-video-psuv",
          "刘海星同委内瑞拉统一社会主义党领导人视频通话",
          "12月2日，中联部部长刘海星同委内瑞拉统一社会主义党第一副主席卡韦略视频通话。",
          "2025-12-03", url(ZH, "2025-12-03", 187),
          ex("Venezuela", "2025-12-02", "video_call", {PSUV}, BL), lang="zh"),
    Probe("zh-agency-forum-lac",
          "中拉政党论坛在京举行",
          " date 2026-06-19\n新华社北京6月18日电 中国—拉美和加勒比政党论坛18日在京举行。"
          "来自拉美和加勒比地区20多个国家的60余个政党代表出席。",
          "2026-06-19", url(AGENCY_ZH, "2026-06-19", 188),
          ex("multilateral", "2026-06-18", "forum", set(), R, KE), lang="zh"),
    Probe("zh-briefing-uruguay",
          "中共代表团在乌拉圭举行二十届三中全会精神宣介会",
          "当地时间9月24日，中联部副部长孙海燕率中共代表团在蒙得维的亚举行二十届三中全会精神宣介会，乌拉圭广泛阵线主席佩雷拉等出席。",
          "2024-09-26", url(ZH, "2024-09-26", 189),
          ex("Uruguay", "2024-09-24", "briefing", {FA}, BL, KE), lang="zh"),
    # ================= I. digests and LAC mixed into pages =================
    Probe("digest-lac-first",
          "News in Brief",
          "-- On March 3, Qian Hongshan met with a delegation of Grenada's National Democratic Congress."
          "\n-- On March 4, Sun Haiyan met with a delegation of the Nepali Congress.\n-- On March 5, Ma "
          "Hui met with the ambassador of Kenya.",
          "2025-03-06", url(EN, "2025-03-06", 191),
          ex("Grenada", "2025-03-03", "meeting", {"National Democratic Congress (Grenada)"}, B)),
    Probe("digest-lac-second-line",
          "IDCPC Activities This Week",
          "-- On October 13, Liu Haixing met with a delegation of Vietnam's Fatherland Front.\n-- On "
          "October 14, Sun Haiyan met with a delegation of the People's Progressive Party/Civic of "
          "Guyana.",
          "2025-10-17", url(EN, "2025-10-17", 192),
          ex("Guyana", "2025-10-14", "meeting", {"People's Progressive Party/Civic"}, BL)),
    Probe("meeting-with-suriname-ndp",
          "Sun Haiyan Meets National Democratic Party Delegation of Suriname",
          "Beijing, January 10th (IDCPC)—Sun Haiyan met with a delegation of Suriname's National "
          "Democratic Party (NDP) led by its chair Jennifer Geerlings-Simons, speaker of the National "
          "Assembly, today.",
          "2025-01-10", url(EN, "2025-01-10", 193),
          ex("Suriname", "2025-01-10", "meeting", {"National Democratic Party (Suriname)"}, B)),
    Probe("meet-mulino-panama-abroad",
          "Panamanian President Mulino Meets CPC Delegation",
          "Panama City, February 19th (IDCPC)—Panamanian President José Raúl Mulino received a CPC "
          "delegation led by Qian Hongshan today.",
          "2025-02-20", url(EN, "2025-02-20", 194), ex("Panama", "2025-02-19", "meeting", set(), B)),
    Probe("meet-paz-bolivia-abroad",
          "Bolivian President Rodrigo Paz Meets CPC Delegation",
          "La Paz, March 10th (IDCPC)—Bolivian President Rodrigo Paz Pereira met in La Paz yesterday with "
          "a CPC delegation led by Sun Haiyan, vice minister of the IDCPC.",
          "2026-03-11", url(EN, "2026-03-11", 195), ex("Bolivia", "2026-03-09", "meeting", set(), B)),
    Probe("meet-noboa-adn-ecuador",
          "Liu Haixing Meets Delegation of Ecuador's National Democratic Action",
          "Beijing, April 2nd (IDCPC)—Liu Haixing met today with a delegation of National Democratic "
          "Action (ADN), the party of Ecuadorian President Daniel Noboa.",
          "2026-04-02", url(EN, "2026-04-02", 196),
          ex("Ecuador", "2026-04-02", "meeting", {"National Democratic Action (Ecuador)"}, B)),
    Probe("sideline-meet-pt-world-parties",
          "Liu Jianchao Meets Workers' Party of Brazil Delegation",
          "Beijing, March 17th (IDCPC)—On the sidelines of the CPC and World Political Parties Summit, "
          "Liu Jianchao met today with a delegation of Brazil's Workers' Party that came to attend the "
          "summit.",
          "2024-03-17", url(EN, "2024-03-17", 197), ex("Brazil", "2024-03-17", "meeting", {PT}, GL, KE),
          doubtful={"country": "a side meeting with one country's party at a worldwide platform"}),
    Probe("english2023-source-line",
          "Ma Hui Meets Delegation of Saint Lucia Labour Party",
          "2024.07.12 / Source: IDCPC\nBeijing, July 11th (IDCPC)—Ma Hui met a delegation of the Saint "
          "Lucia Labour Party today, saying the CPC values its friendship with the party of Prime Minister "
          "Philip J. Pierre.",
          "2024-07-12", url(EN, "2024-07-12", 198),
          ex("Saint Lucia", "2024-07-11", "meeting", {"Saint Lucia Labour Party"}, B)),
    Probe("old-tree-fmln",
          "Qian Hongshan Meets FMLN Delegation",
          "Beijing, April 24th (IDCPC)—Qian Hongshan met a delegation of El Salvador's Farabundo Martí "
          "National Liberation Front (FMLN) today.",
          "2024-04-25", url(EN_OLD, "2024-04-25", 199),
          ex("El Salvador", "2024-04-24", "meeting", {"Farabundo Martí National Liberation Front"}, BL)),
    # ================= J. second batch (written after the first run; more combinations) =================
    Probe("neg-pacific-islands-course",
          "Seminar for Party Cadres of Pacific Island Countries Opens in Beijing",
          "Beijing, August 13th (IDCPC)—A seminar for cadres of political parties of Pacific island "
          "countries, including Fiji, Solomon Islands and Vanuatu, opened today. Sun Haiyan attended.",
          "2024-08-13", url(EN, "2024-08-13", 201), NO),
    Probe("neg-paigc-guinea-bissau",
          "Qian Hongshan Meets PAIGC Delegation of Guinea-Bissau",
          "Beijing, June 4th (IDCPC)—Qian Hongshan met today a delegation of the African Party for the "
          "Independence of Guinea and Cape Verde (PAIGC) from Guinea-Bissau.",
          "2024-06-04", url(EN, "2024-06-04", 202), NO),
    Probe("neg-png-pangu",
          "Ma Hui Meets Pangu Pati Delegation of Papua New Guinea",
          "Beijing, September 25th (IDCPC)—Ma Hui met with a delegation of Papua New Guinea's Pangu Pati "
          "today.",
          "2023-09-25", url(EN, "2023-09-25", 203), NO),
    Probe("neg-zh-spain-pp-mention-latin-america",
          "刘海星会见西班牙人民党代表团",
          "4月15日，中联部部长刘海星在京会见西班牙人民党代表团。客人表示，西班牙愿在中欧、中拉合作中发挥桥梁作用。",
          "2026-04-15", url(ZH, "2026-04-15", 204), NO, lang="zh"),
    Probe("neg-portugal-italy-trip",
          "CPC Delegation Visits Portugal and Italy",
          "Rome, October 20th (IDCPC)—A CPC delegation led by Liu Haixing visited Portugal and Italy from "
          "October 13 to 20, meeting leaders of the Socialist Party of Portugal and the Brothers of Italy.",
          "2025-10-21", url(EN, "2025-10-21", 205), NO),
    Probe("neg-mongolia-president",
          "Mongolian President Meets Liu Jianchao",
          "Ulaanbaatar, April 2nd (IDCPC)—Mongolian President Ukhnaagiin Khurelsukh met with Liu "
          "Jianchao in Ulaanbaatar today.",
          "2024-04-03", url(EN, "2024-04-03", 206), NO),
    Probe("neg-china-africa-forum-mentions",
          "China-Africa Political Parties Dialogue Held in Dar es Salaam",
          "Dar es Salaam, July 29th (IDCPC)—The China-Africa Political Parties Dialogue opened today. Liu "
          "Jianchao said that, like Latin America and Asia, Africa is a key force of the Global South.",
          "2024-07-30", url(EN, "2024-07-30", 207), NO),
    Probe("neg-zh-agency-iran",
          "中联部部长会见伊朗客人",
          " date 2025-01-14\n新华社北京1月14日电 中联部部长刘建超14日在京会见伊朗伊斯兰议会代表团。",
          "2025-01-14", url(AGENCY_ZH, "2025-01-14", 208), NO, lang="zh"),
    Probe("neg-jordan-santiago-street",
          "Sun Haiyan Meets Jordanian Party Delegation",
          "Beijing, March 11th (IDCPC)—Sun Haiyan met a delegation of the Jordanian National Charter Party "
          "today. The guests had earlier visited the Chinese Communist Party History Exhibition Hall.",
          "2025-03-11", url(EN, "2025-03-11", 209), NO),
    Probe("neg-brics-think-tanks-no-lac",
          "IDCPC Vice Minister Attends Think Tank Meeting in Moscow",
          "Moscow, September 12th (IDCPC)—Ma Hui attended today a meeting of think tanks of Russia and "
          "China on multipolarity, and met Russian scholars on its sidelines.",
          "2024-09-13", url(EN, "2024-09-13", 210), NO),
    Probe("guasu-paraguay",
          "Qian Hongshan Meets Guasu Front Delegation of Paraguay",
          "Beijing, August 7th (IDCPC)—Qian Hongshan met a delegation of Paraguay's Guasu Front led by "
          "former president Fernando Lugo on August 6.",
          "2023-08-08", url(EN, "2023-08-08", 211),
          ex("Paraguay", "2023-08-06", "meeting", {"Guasu Front"}, BL)),
    Probe("plp-bahamas-thursday",
          "Sun Haiyan Meets Progressive Liberal Party Delegation of the Bahamas",
          "Beijing, June 14th (IDCPC)—Sun Haiyan met on Thursday with a delegation of the Progressive "
          "Liberal Party of the Bahamas.",
          "2024-06-14", url(EN, "2024-06-14", 212),
          ex("Bahamas", "2024-06-13", "meeting", {"Progressive Liberal Party"}, B)),
    Probe("pln-costa-rica",
          "Ma Hui Meets National Liberation Party Delegation of Costa Rica",
          "Beijing, May 6th (IDCPC)—Ma Hui met today with a delegation of the National Liberation Party "
          "of Costa Rica.",
          "2025-05-06", url(EN, "2025-05-06", 213),
          ex("Costa Rica", "2025-05-06", "meeting", {"National Liberation Party"}, B)),
    Probe("ablp-antigua-guangdong",
          "Antigua and Barbuda Labour Party Delegation Visits Guangdong",
          "Shenzhen, October 16th (IDCPC)—A delegation of the Antigua and Barbuda Labour Party visited "
          "Guangdong from October 13 to 16, going to high-tech firms in Shenzhen and a port in "
          "Guangzhou.",
          "2024-10-17", url(EN, "2024-10-17", 214),
          ex("Antigua and Barbuda", "2024-10-13", "field_trip", {"Antigua and Barbuda Labour Party"}, B, KE)),
    Probe("dlp-dominica-video",
          "Liu Haixing Holds Video Call with Dominica Labour Party Leader",
          "Beijing, January 28th (IDCPC)—Liu Haixing held a video call today with the political leader "
          "of the Dominica Labour Party, Prime Minister Roosevelt Skerrit.",
          "2026-01-28", url(EN, "2026-01-28", 215),
          ex("Dominica", "2026-01-28", "video_call", {"Dominica Labour Party"}, B)),
    Probe("ndc-grenada-abroad",
          "CPC Delegation Meets NDC Leaders in Grenada",
          "St. George's, March 20th (IDCPC)—A CPC delegation led by Qian Hongshan met today with leaders "
          "of the National Democratic Congress of Grenada, the ruling party of Prime Minister Dickon "
          "Mitchell.",
          "2025-03-21", url(EN, "2025-03-21", 216),
          ex("Grenada", "2025-03-20", "meeting", {"National Democratic Congress (Grenada)"}, B)),
    Probe("diaz-canel-meets-delegation",
          "Díaz-Canel Meets CPC Delegation",
          "Havana, April 9th (IDCPC)—Miguel Díaz-Canel, who leads the Communist Party of Cuba and is "
          "President of the Republic, met today with a CPC delegation headed by Liu Jianchao.",
          "2024-04-10", url(EN, "2024-04-10", 217), ex("Cuba", "2024-04-09", "meeting", {PCC}, BL)),
    Probe("maduro-psuv-meets",
          "Maduro Meets CPC Delegation in Caracas",
          "Caracas, November 14th (IDCPC)—Venezuelan President Nicolás Maduro, also president of the "
          "United Socialist Party of Venezuela, received a CPC delegation led by Ma Hui yesterday.",
          "2023-11-14", url(EN, "2023-11-14", 218), ex("Venezuela", "2023-11-13", "meeting", {PSUV}, BL)),
    Probe("pca-argentina-zh",
          "马辉会见阿根廷共产党总书记",
          "7月3日，中联部副部长马辉在京会见阿根廷共产党总书记维克多·科代罗率领的代表团。",
          "2023-07-03", url(ZH, "2023-07-03", 219),
          ex("Argentina", "2023-07-03", "meeting", {"Communist Party of Argentina"}, BL), lang="zh"),
    Probe("zh-course-psuv",
          "委内瑞拉统一社会主义党干部研修班在京结业",
          "11月22日，委内瑞拉统一社会主义党干部研修班在京结业。研修班于11月11日开班，学员们听取了专题讲座并赴江苏考察。",
          "2024-11-23", url(ZH, "2024-11-23", 220),
          ex("Venezuela", "2024-11-11", "training_course", {PSUV}, BL, KE), lang="zh"),
    Probe("zh-cuba-spain-trip",
          "中共代表团访问古巴和西班牙",
          "应古巴共产党邀请，中联部部长刘建超率中共代表团于4月8日至11日访问古巴，随后访问西班牙。在古期间，代表团会见古共中央领导人。",
          "2024-04-16", url(ZH, "2024-04-16", 221),
          ex("Cuba", "2024-04-08", "delegation_visit_abroad", {PCC}, BL), lang="zh"),
    Probe("zh-young-leaders-guizhou",
          "拉美青年政治家考察团赴贵州考察",
          "9月2日至6日，由墨西哥、智利、哥伦比亚等国青年政治家组成的拉美青年政治家考察团赴贵州考察。",
          "2025-09-08", url(ZH, "2025-09-08", 222),
          ex("multilateral", "2025-09-02", "field_trip", set(), R, KE), lang="zh"),
    Probe("caribbean-workshop-port-of-spain",
          "Workshop for Caribbean Party Cadres Held in Port of Spain",
          "Port of Spain, May 28th (IDCPC)—A workshop on governance for cadres of political parties of "
          "Caribbean countries, run by the IDCPC, was held here from May 26 to 28. Officials of parties "
          "from Trinidad and Tobago, Jamaica, Barbados and Suriname took part.",
          "2025-05-29", url(EN, "2025-05-29", 223),
          ex("multilateral", "2025-05-26", "training_course", set(), R, KE)),
    Probe("caribbean-online-seminar",
          "CPC and Caribbean Parties Hold Online Seminar on Climate and Development",
          "Beijing, October 8th (IDCPC)—The CPC held an online seminar today with political parties of "
          "Caribbean countries on climate change and development. Leaders of parties from Guyana, "
          "Dominica and Saint Vincent and the Grenadines spoke.",
          "2024-10-08", url(EN, "2024-10-08", 224),
          ex("multilateral", "2024-10-08", "seminar", set(), R, KE)),
    Probe("forum-side-meeting-regional",
          "Liu Haixing Meets Leader of Peru's Free Peru Party",
          "Beijing, June 19th (IDCPC)—Liu Haixing met today with the general secretary of Free Peru, "
          "who came to China for the China-Latin America and the Caribbean Political Parties Forum.",
          "2026-06-19", url(EN, "2026-06-19", 225),
          ex("Peru", "2026-06-19", "meeting", {"Free Peru"}, RL, KE)),
    Probe("forum-announcement-future",
          "China-LAC Political Parties Forum to Be Held in Beijing",
          "Beijing, May 30th (IDCPC)—The China-Latin America and the Caribbean Political Parties Forum "
          "will be held in Beijing from June 17 to 19, the IDCPC announced today. Leaders of political "
          "parties of over 20 countries of the region are expected.",
          "2026-05-30", url(EN, "2026-05-30", 226),
          ex("multilateral", "2026-06-17", "forum", set(), R, KE)),
    Probe("xi-reply-pcdob",
          "Xi Jinping Replies to Letter from Leaders of the Communist Party of Brazil",
          "Beijing, March 25th (IDCPC)—Xi Jinping, general secretary of the CPC Central Committee, sent a "
          "reply letter today to Luciana Santos, president of the Communist Party of Brazil, thanking "
          "her party for its congratulations.",
          "2025-03-25", url(EN, "2025-03-25", 227), ex("Brazil", "2025-03-25", "message", {PCDOB}, BL)),
    Probe("think-tank-brazil",
          "Sun Haiyan Meets Delegation of Brazilian Think Tank",
          "Beijing, July 22nd (IDCPC)—Sun Haiyan met today with a delegation of the Getulio Vargas "
          "Foundation, a Brazilian think tank, and discussed cooperation between think tanks.",
          "2025-07-22", url(EN, "2025-07-22", 228), ex("Brazil", "2025-07-22", "meeting", set(), B)),
    Probe("morena-youth-delegation",
          "Qian Hongshan Meets Delegation of Young MORENA Leaders",
          "Beijing, August 26th (IDCPC)—Qian Hongshan met today with a delegation of young leaders of "
          "Mexico's National Regeneration Movement (MORENA).",
          "2025-08-26", url(EN, "2025-08-26", 229), ex("Mexico", "2025-08-26", "meeting", {MORENA}, BL)),
    Probe("year-before-dateline",
          "Liu Jianchao Meets Cuban Ambassador",
          "Beijing, January 3rd (IDCPC)—Liu Jianchao met with Alberto Blanco, the Cuban ambassador to "
          "China, on December 29 to mark the anniversary of the Cuban revolution.",
          "2024-01-03", url(EN, "2024-01-03", 230), ex("Cuba", "2023-12-29", "meeting", set(), BL)),
    Probe("peru-chile-trip",
          "CPC Delegation Visits Peru and Chile",
          "Santiago, April 25th (IDCPC)—A CPC delegation led by Sun Haiyan visited Peru and Chile from "
          "April 17 to 25, meeting leaders of Peruvian and Chilean political parties, including the "
          "Socialist Party of Chile.",
          "2025-04-26", url(EN, "2025-04-26", 231),
          ex("multilateral", "2025-04-17", "delegation_visit_abroad", {"Socialist Party of Chile"}, RL),
          doubtful={"mechanism": "a trip to two LAC countries: regional by the letter, "
                                 "bilateral legs in fact"}),
    Probe("hk-forum-traditional",
          "中拉政黨論壇在京開幕",
          "【本報訊】中國—拉美和加勒比政黨論壇17日在北京開幕，來自拉美和加勒比20多個國家的政黨領導人出席。",
          "2026-06-18", url(HK_ZH, "2026-06-18", 7),
          ex("multilateral", "2026-06-17", "forum", set(), R, KE), lang="zh"),
    Probe("zh-digest-lac-second",
          "中联部一周外事活动",
          "6月3日，孙海燕会见尼泊尔大会党代表团。\n6月4日，钱洪山会见圭亚那人民进步党代表团。",
          "2025-06-06", url(ZH, "2025-06-06", 233),
          ex("Guyana", "2025-06-04", "meeting", {"People's Progressive Party/Civic"}, BL), lang="zh"),
    Probe("agency-zh-meeting-lula-pt",
          "中联部部长会见巴西劳工党代表团",
          " date 2024-04-18\n新华社北京4月18日电 "
          "中联部部长刘建超18日在京会见巴西劳工党主席格莱西率领的代表团。",
          "2024-04-18", url(AGENCY_ZH, "2024-04-18", 234),
          ex("Brazil", "2024-04-18", "meeting", {PT}, BL), lang="zh"),
    Probe("brics-forum-zh",
          "金砖国家政党论坛举行",
          "6月18日，金砖国家政党论坛在符拉迪沃斯托克举行。中联部副部长孙海燕率团出席，巴西劳工党代表也参加了论坛。",
          "2024-06-19", url(ZH, "2024-06-19", 235),
          ex("multilateral", "2024-06-18", "forum", {PT}, GL, KE), lang="zh"),
    Probe("dialogue-world-parties-2025-text-only-lac",
          "CPC in Dialogue with World Political Parties Opens in Chongqing",
          "Chongqing, October 23rd (IDCPC)—A session of the CPC in Dialogue with World Political Parties "
          "on Chinese modernization and the Global South opened today. Among the guests were leaders of "
          "Nicaragua's FSLN and the Communist Party of Cuba, as well as parties of Africa and Asia.",
          "2025-10-23", url(EN, "2025-10-23", 236),
          ex("multilateral", "2025-10-23", "dialogue", {FSLN, PCC}, GL, KE)),
    Probe("condolence-fsln-murillo",
          "CPC Sends Condolences to FSLN",
          "Beijing, September 30th (IDCPC)—The International Department of the CPC Central Committee "
          "sent a message of condolence today to the Sandinista National Liberation Front over the death "
          "of one of its founding commanders.",
          "2025-09-30", url(EN, "2025-09-30", 237), ex("Nicaragua", "2025-09-30", "message", {FSLN}, BL)),
    Probe("briefing-plenum-cuba-havana",
          "CPC Delegation Briefs Cuban Party on Fourth Plenary Session",
          "Havana, November 24th (IDCPC)—A CPC delegation led by Qian Hongshan held a briefing session in "
          "Havana today on the Fourth Plenary Session of the 20th CPC Central Committee for officials of "
          "the Communist Party of Cuba.",
          "2025-11-25", url(EN, "2025-11-25", 238), ex("Cuba", "2025-11-24", "briefing", {PCC}, BL, KE)),
    # ================= K. third batch (written after reading parts of the code) =================
    Probe("neg-panama-canal-topic",
          "Liu Jianchao Meets Delegation of US Scholars",
          "Beijing, February 18th (IDCPC)—Liu Jianchao met a group of American scholars today. Asked "
          "about the Panama Canal, Liu said China respects Panama's sovereignty over the canal.",
          "2025-02-18", url(EN, "2025-02-18", 301), NO),
    Probe("neg-podemos-spain",
          "Ma Hui Meets Podemos Delegation",
          "Beijing, December 5th (IDCPC)—Ma Hui met a delegation of Spain's Podemos today. The guests "
          "shared their view of progressive governments in Latin America.",
          "2023-12-05", url(EN, "2023-12-05", 302), NO),
    Probe("neg-zh-plenum-domestic-list",
          "中共二十届四中全会在京举行",
          "中国共产党第二十届中央委员会第四次全体会议于10月20日至23日在北京举行。全会审议通过了关于制定国民经济和社会发展第十五个五年规划的建议。",
          "2025-10-24", url(ZH, "2025-10-24", 303), NO, lang="zh"),
    Probe("neg-agency-vietnam-weekday",
          "Chinese official meets Vietnamese party delegation",
          "Home | World\n date 2025-08-14\nBEIJING, Aug. 14 (Agency) -- A senior official of the Communist "
          "Party of China met with a delegation of the Communist Party of Vietnam here on Thursday.\n"
          "Editor: Li Na",
          "2025-08-14", url(AGENCY_EN, "2025-08-14", 304), NO),
    Probe("neg-sri-lanka-santiago-lookalike",
          "Sun Haiyan Meets Delegation of Sri Lanka Podujana Peramuna",
          "Beijing, March 28th (IDCPC)—Sun Haiyan met a delegation of the Sri Lanka Podujana Peramuna "
          "today and recalled the Rubber-Rice Pact.",
          "2023-03-28", url(EN, "2023-03-28", 305), NO),
    Probe("sichuan-delegation-argentina",
          "CPC Sichuan Provincial Committee Delegation Visits Argentina",
          "Buenos Aires, September 12th (IDCPC)—A delegation of the CPC Sichuan Provincial Committee "
          "visited Argentina from September 8 to 12, meeting leaders of the Justicialist Party and "
          "officials of the province of Buenos Aires.",
          "2024-09-13", url(EN, "2024-09-13", 306),
          ex("Argentina", "2024-09-08", "delegation_visit_abroad", {"Justicialist Party"}, B)),
    Probe("attend-pcdob-congress",
          "CPC Delegation Attends 16th Congress of the Communist Party of Brazil",
          "Brasília, October 18th (IDCPC)—A CPC delegation led by Sun Haiyan attended the opening of the "
          "16th Congress of the Communist Party of Brazil today and read a congratulatory message from "
          "the CPC Central Committee.",
          "2025-10-19", url(EN, "2025-10-19", 307), ex("Brazil", "2025-10-18", "other", {PCDOB}, BL)),
    Probe("seminar-sao-paulo-governance",
          "China-Brazil Seminar on Governance Held in São Paulo",
          "São Paulo, June 6th (IDCPC)—A seminar on state governance co-hosted by the IDCPC and the "
          "Perseu Abramo Foundation of the Workers' Party was held here today. Officials and scholars of "
          "the two parties spoke.",
          "2025-06-07", url(EN, "2025-06-07", 308), ex("Brazil", "2025-06-06", "seminar", {PT}, BL, KE)),
    Probe("zh-course-morena",
          "墨西哥国家复兴运动党干部专题研讨班在京开班",
          "3月10日，墨西哥国家复兴运动党干部专题研讨班在京开班。中联部副部长钱洪山出席开班式并致辞。",
          "2025-03-11", url(ZH, "2025-03-11", 309),
          ex("Mexico", "2025-03-10", "training_course", {MORENA}, BL, KE), lang="zh"),
    Probe("webinar-caribbean-leaders",
          "IDCPC Holds Webinar for Leaders of Caribbean Political Parties",
          "Beijing, July 16th (IDCPC)—The IDCPC held a webinar on poverty reduction for leaders of "
          "political parties of Caribbean countries today. Participants came from Jamaica, Barbados, "
          "Grenada and Antigua and Barbuda.",
          "2024-07-16", url(EN, "2024-07-16", 310),
          ex("multilateral", "2024-07-16", "training_course", set(), R, KE)),
    Probe("sao-paulo-forum-video-address",
          "Liu Jianchao Addresses São Paulo Forum Meeting by Video",
          "Beijing, June 29th (IDCPC)—Liu Jianchao delivered a video address on June 28 to the meeting of "
          "the São Paulo Forum held in Brasília, which brought together left parties of Latin America "
          "and the Caribbean.",
          "2023-06-29", url(EN, "2023-06-29", 311), ex("multilateral", "2023-06-28", "forum", set(), RL, KE)),
    Probe("copppal-conference-mexico",
          "CPC Delegation Attends COPPPAL Conference in Mexico",
          "Mexico City, October 6th (IDCPC)—A CPC delegation led by Qian Hongshan attended a conference "
          "of the Permanent Conference of Political Parties of Latin America and the Caribbean (COPPPAL) "
          "held here from October 4 to 6.",
          "2023-10-07", url(EN, "2023-10-07", 312),
          ex("multilateral", "2023-10-04", "forum", set(), R, KE)),
    Probe("xi-congratulates-alcalde",
          "Xi Jinping Congratulates Luisa María Alcalde on Re-election as MORENA President",
          "Beijing, October 1st (IDCPC)—Xi Jinping, general secretary of the CPC Central Committee, sent "
          "a message today to Luisa María Alcalde, congratulating her on her re-election as president of "
          "Mexico's National Regeneration Movement.",
          "2025-10-01", url(EN, "2025-10-01", 313), ex("Mexico", "2025-10-01", "message", {MORENA}, BL)),
    Probe("sympathy-jlp-hurricane",
          "IDCPC Sends Message of Sympathy to Jamaica Labour Party",
          "Beijing, October 30th (IDCPC)—The IDCPC sent a message of sympathy today to the Jamaica Labour "
          "Party over the heavy losses caused by Hurricane Melissa.",
          "2025-10-30", url(EN, "2025-10-30", 314),
          ex("Jamaica", "2025-10-30", "message", {"Jamaica Labour Party"}, B)),
    Probe("monday-weekday-count",
          "Sun Haiyan Meets Delegation of Mexico's Labor Party",
          "Beijing, March 8th (IDCPC)—Sun Haiyan met on Monday with a delegation of the Labor Party (PT) "
          "of Mexico led by its national coordinator Alberto Anaya.",
          "2025-03-08", url(EN, "2025-03-08", 315),
          ex("Mexico", "2025-03-03", "meeting", {"Labor Party (Mexico)"}, BL)),
    Probe("day-first-dateline",
          "Qian Hongshan Meets Delegation of Saint Vincent's Unity Labour Party",
          "Beijing, 14 May (IDCPC)—Qian Hongshan met today with a delegation of the Unity Labour Party of "
          "Saint Vincent and the Grenadines.",
          "2024-05-14", url(EN, "2024-05-14", 316),
          ex("Saint Vincent and the Grenadines", "2024-05-14", "meeting", {"Unity Labour Party"}, B)),
    Probe("no-published-url-year",
          "Liu Haixing Meets Delegation of Uruguay's Communist Party",
          "Beijing, March 5th (IDCPC)—Liu Haixing met a delegation of the Communist Party of Uruguay "
          "today.",
          None, url(EN, "2026-03-05", 317),
          ex("Uruguay", "2026-03-05", "meeting", {"Communist Party of Uruguay"}, BL)),
    Probe("spanish-party-name-pt-mexico",
          "IDCPC Vice Minister Meets Partido del Trabajo Delegation",
          "Beijing, August 19th (IDCPC)—Ma Hui met today with a delegation of Mexico's Partido del "
          "Trabajo.",
          "2023-08-19", url(EN, "2023-08-19", 318),
          ex("Mexico", "2023-08-19", "meeting", {"Labor Party (Mexico)"}, BL)),
    Probe("chile-chamber-kast-era",
          "Liu Haixing Meets President of Chile's Chamber of Deputies",
          "Beijing, May 12th (IDCPC)—Liu Haixing met today with the president of the Chamber of Deputies "
          "of Chile and a group of Chilean lawmakers.",
          "2026-05-12", url(EN, "2026-05-12", 319), ex("Chile", "2026-05-12", "meeting", set(), B),
          doubtful={"mechanism": LEFT_GOVERNMENT}),
    Probe("hk-field-trip-traditional",
          "古巴共產黨幹部考察團訪問雲南",
          "【本報訊】古巴共產黨幹部考察團9日至13日在雲南考察，參觀了普洱茶園和邊境口岸。",
          "2025-06-14", url(HK_ZH, "2025-06-14", 8),
          ex("Cuba", "2025-06-09", "field_trip", {PCC}, BL, KE), lang="zh"),
    Probe("body-only-lac-negative",
          "Liu Jianchao Meets Lao Party Delegation",
          "Beijing, May 15th (IDCPC)—Liu Jianchao met a delegation of the Lao People's Revolutionary Party "
          "today.\nLiu said the CPC is ready to share experience with all parties.\nThe guests, who had "
          "earlier visited Cuba and Venezuela, praised China's support to developing countries.",
          "2024-05-15", url(EN, "2024-05-15", 321), NO),
    Probe("afternoon-of",
          "Liu Jianchao Meets Secretary General of Peru's Free Peru",
          "Beijing, November 9th (IDCPC)—On the afternoon of November 8, Liu Jianchao met with the "
          "secretary general of Peru's Free Peru party.",
          "2023-11-09", url(EN, "2023-11-09", 322), ex("Peru", "2023-11-08", "meeting", {"Free Peru"}, BL)),
    Probe("zh-video-pt-brazil",
          "孙海燕同巴西劳工党国际关系书记视频交流",
          "5月27日，中联部副部长孙海燕同巴西劳工党国际关系书记罗梅尼奥视频交流。",
          "2024-05-28", url(ZH, "2024-05-28", 323),
          ex("Brazil", "2024-05-27", "video_call", {PT}, BL), lang="zh"),
    Probe("ruling-party-described-venezuela",
          "Ma Hui Meets Delegation of Venezuela's Ruling Party",
          "Beijing, February 14th (IDCPC)—Ma Hui met a delegation of Venezuela's ruling party today. The "
          "two sides talked about cooperation in energy and agriculture.",
          "2024-02-14", url(EN, "2024-02-14", 324), ex("Venezuela", "2024-02-14", "meeting", set(), BL),
          doubtful={"parties": "the ruling party described, not named: a coder may write in the PSUV"}),
    # ================= L. fourth batch: longer pages with more noise =================
    Probe("long-brazil-two-parties",
          "Liu Jianchao Meets Delegation of Brazilian Political Parties",
          "Beijing, April 9th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, met "
          "today with a delegation of Brazilian parties made up of leaders of the Workers' Party and the "
          "Brazilian Socialist Party.\nLiu said that 2024 marks half a century of diplomatic relations "
          "between China and Brazil, and that the two countries, both major developing countries, should "
          "work together in BRICS and the G20. He added that the CPC values exchanges with Brazilian "
          "parties across the spectrum.\nThe guests said Brazil sees China as a partner for "
          "reindustrialization and hopes to learn from China's experience in poverty reduction. They also "
          "spoke of cooperation in Africa and in the Amazon region.",
          "2024-04-09", url(EN, "2024-04-09", 401),
          ex("Brazil", "2024-04-09", "meeting", {PT, "Brazilian Socialist Party"}, BL)),
    Probe("long-morning-vietnam-afternoon-fsln",
          "Liu Jianchao Meets FSLN Delegation",
          "Beijing, July 10th (IDCPC)—After talks with a Vietnamese delegation in the morning, Liu "
          "Jianchao met this afternoon with a delegation of the Sandinista National Liberation Front of "
          "Nicaragua led by a member of its national directorate.\nLiu praised the ties between the two "
          "parties since the resumption of diplomatic relations in 2021.",
          "2024-07-10", url(EN, "2024-07-10", 402), ex("Nicaragua", "2024-07-10", "meeting", {FSLN}, BL)),
    Probe("agency-related-links-noise",
          "Senior CPC official meets Uruguayan party leader",
          "Home | China | World | Business | Sci-Tech\n date 2025-03-26\nBEIJING, March 26 (Agency) -- Liu "
          "Jianchao, head of the International Department of the CPC Central Committee, met with Fernando "
          "Pereira, president of Uruguay's Broad Front, here on Wednesday.\nThe two sides exchanged views "
          "on relations between the two parties and countries.\nEditor: Huang Wei\nRelated:\nChinese "
          "official meets Vietnamese delegation\nChina, Russia hold strategic consultations\nCopyright "
          "Agency. All rights reserved.",
          "2025-03-26", url(AGENCY_EN, "2025-03-26", 403), ex("Uruguay", "2025-03-26", "meeting", {FA}, BL)),
    Probe("zh-received-morena-stay",
          "墨西哥国家复兴运动党代表团访华",
          "应中国共产党邀请，墨西哥国家复兴运动党全国委员会主席率领的代表团于6月2日至8日访华。中联部部长刘海星会见代表团。"
          "访华期间，代表团还赴广东参观考察。",
          "2026-06-09", url(ZH, "2026-06-09", 404),
          ex("Mexico", "2026-06-02", "delegation_received", {MORENA}, BL), lang="zh"),
    Probe("zh-local-time-havana",
          "孙海燕在哈瓦那会见古共中央领导人",
          "当地时间11月18日，中联部副部长孙海燕在哈瓦那会见古共中央组织书记莫拉莱斯。双方表示将落实两国领导人共识。",
          "2025-11-20", url(ZH, "2025-11-20", 405),
          ex("Cuba", "2025-11-18", "meeting", {PCC}, BL), lang="zh"),
    Probe("cai-qi-morena",
          "Cai Qi Meets MORENA Delegation",
          "Beijing, May 15th—Cai Qi, a senior leader of the CPC, met here today with a delegation of "
          "Mexico's National Regeneration Movement. Liu Jianchao was present at the meeting.",
          "2024-05-15", url(EN, "2024-05-15", 406), ex("Mexico", "2024-05-15", "meeting", {MORENA}, BL)),
    Probe("course-lac-youth-shanghai",
          "Training Course for Young Cadres of Latin American Parties Held in Shanghai",
          "Shanghai, September 27th (IDCPC)—A training course for young cadres of Latin American "
          "political parties was held in Shanghai from September 16 to 27. Participants came from the "
          "United Socialist Party of Venezuela, the Sandinista National Liberation Front and the "
          "Communist Party of Cuba, among others.",
          "2024-09-28", url(EN, "2024-09-28", 407),
          ex("multilateral", "2024-09-16", "training_course", {PSUV, FSLN, PCC}, RL, KE)),
    Probe("forum-second-day-speakers",
          "Parallel Sessions of China-LAC Political Parties Forum Held",
          "Beijing, June 19th (IDCPC)—Parallel sessions of the China-Latin America and the Caribbean "
          "Political Parties Forum were held today. Gleisi Hoffmann of Brazil's Workers' Party and Luisa "
          "María Alcalde of Mexico's National Regeneration Movement were among the speakers.",
          "2026-06-19", url(EN, "2026-06-19", 408),
          ex("multilateral", "2026-06-19", "forum", {PT, MORENA}, RL, KE)),
    Probe("generic-headline-foreign-guests",
          "Liu Haixing Meets Foreign Guests",
          "Beijing, December 9th (IDCPC)—On December 8, Liu Haixing met with a delegation of the "
          "Cambodian People's Party.\nOn December 9, Liu Haixing met with a delegation of the Communist "
          "Party of Chile.",
          "2025-12-09", url(EN, "2025-12-09", 409),
          ex("Chile", "2025-12-09", "meeting", {"Communist Party of Chile"}, BL)),
    Probe("video-rowley-pnm",
          "Liu Jianchao Holds Video Call with PNM Political Leader",
          "Beijing, December 7th (IDCPC)—Liu Jianchao held a video call today with Keith Rowley, political "
          "leader of the People's National Movement and Prime Minister of Trinidad and Tobago.",
          "2023-12-07", url(EN, "2023-12-07", 410),
          ex("Trinidad and Tobago", "2023-12-07", "video_call", {"People's National Movement"}, B)),
    Probe("think-tank-forum-lac",
          "China-LAC Think Tank Forum Held in Beijing",
          "Beijing, November 28th (IDCPC)—The China-Latin America and the Caribbean Think Tank Forum was "
          "held here today, with scholars from Argentina, Brazil, Chile and Mexico discussing the Global "
          "Development Initiative.",
          "2024-11-28", url(EN, "2024-11-28", 411), ex("multilateral", "2024-11-28", "forum", set(), R, KE)),
    Probe("field-pj-youth-xinjiang",
          "Young Leaders of Argentina's Justicialist Party Visit Xinjiang",
          "Urumqi, August 22nd (IDCPC)—A delegation of young leaders of the Justicialist Party of Argentina "
          "visited Xinjiang from August 18 to 22, touring farms, factories and a mosque in Kashgar.",
          "2024-08-23", url(EN, "2024-08-23", 412),
          ex("Argentina", "2024-08-18", "field_trip", {"Justicialist Party"}, B, KE)),
    Probe("zh-seminar-fsln-video",
          "中尼两党理论研讨会以视频方式举行",
          "9月12日，中国共产党与尼加拉瓜桑地诺民族解放阵线理论研讨会以视频方式举行。双方围绕政党建设和现代化进行交流。",
          "2024-09-13", url(ZH, "2024-09-13", 413),
          ex("Nicaragua", "2024-09-12", "seminar", {FSLN}, BL, KE), lang="zh"),
    Probe("zh-briefing-two-sessions-lac-envoys",
          "中联部向拉美和加勒比国家驻华使节介绍全国两会精神",
          "3月21日，中联部举行宣介会，向拉美和加勒比国家驻华使节介绍2025年全国两会精神。阿根廷、巴西、墨西哥等国使节出席。",
          "2025-03-21", url(ZH, "2025-03-21", 414),
          ex("multilateral", "2025-03-21", "briefing", set(), R, KE), lang="zh"),
    Probe("roundup-plenum-praise",
          "Foreign Political Parties Hail Fourth Plenary Session of CPC",
          "Beijing, October 28th (IDCPC)—In recent days, leaders of political parties in many countries "
          "have sent messages to the CPC on the Fourth Plenary Session of its 20th Central Committee.\n"
          "The Lao People's Revolutionary Party said in its message that the session charts China's "
          "course for the next five years.\nEmilio Lozada, head of the international relations department "
          "of the Communist Party of Cuba, said in a message that the plenum's decisions will benefit "
          "the world.",
          "2025-10-28", url(EN, "2025-10-28", 415), ex("Cuba", None, "message", {PCC}, BL),
          doubtful={"event_date": "'in recent days' gives no day (rule 3), though a coder may take the "
                                  "dateline's"}),
    Probe("celac-ambassadors-group",
          "Sun Haiyan Meets Envoys of CELAC Countries",
          "Beijing, September 3rd (IDCPC)—Sun Haiyan met today with a group of ambassadors of CELAC member "
          "states in China, led by the ambassador of Colombia, which holds CELAC's pro tempore "
          "presidency.",
          "2025-09-03", url(EN, "2025-09-03", 416), ex("multilateral", "2025-09-03", "meeting", set(), R)),
    # ================= M. fifth batch: acronyms, Spanish names, shared names, date forms =================
    Probe("acronym-colombian-pcc",
          "Qian Hongshan Meets Delegation of the Colombian Communist Party",
          "Beijing, June 20th (IDCPC)—Qian Hongshan met today with a delegation of the Colombian Communist "
          "Party (PCC) led by its general secretary Jaime Caycedo.",
          "2024-06-20", url(EN, "2024-06-20", 501),
          ex("Colombia", "2024-06-20", "meeting", {"Colombian Communist Party"}, BL)),
    Probe("acronym-pt-brazil-title",
          "Sun Haiyan Meets PT Delegation from Brazil",
          "Beijing, October 15th (IDCPC)—Sun Haiyan met today with a delegation of Brazil's PT led by its "
          "secretary of international relations.",
          "2025-10-15", url(EN, "2025-10-15", 502), ex("Brazil", "2025-10-15", "meeting", {PT}, BL)),
    Probe("broad-front-chile",
          "Ma Hui Meets Delegation of Chile's Broad Front",
          "Beijing, January 23rd (IDCPC)—Ma Hui met a delegation of the Broad Front of Chile, the party of "
          "President Gabriel Boric, today.",
          "2024-01-23", url(EN, "2024-01-23", 503),
          ex("Chile", "2024-01-23", "meeting", {"Broad Front (Chile)"}, BL)),
    Probe("spanish-partido-socialista-chile",
          "Liu Jianchao Meets Leaders of Partido Socialista de Chile",
          "Beijing, September 6th (IDCPC)—Liu Jianchao met today with leaders of the Partido Socialista de "
          "Chile.",
          "2023-09-06", url(EN, "2023-09-06", 504),
          ex("Chile", "2023-09-06", "meeting", {"Socialist Party of Chile"}, BL)),
    Probe("abbrev-month-date",
          "Liu Haixing Meets Delegation of the Communist Party of Venezuela",
          "Beijing, Nov. 5 (IDCPC)—Liu Haixing met here today with a delegation of the Communist Party of "
          "Venezuela.",
          "2025-11-05", url(EN, "2025-11-05", 505),
          ex("Venezuela", "2025-11-05", "meeting", {"Communist Party of Venezuela"}, BL)),
    Probe("day-month-in-text",
          "Qian Hongshan Meets Delegation of Dominican Republic's Modern Revolutionary Party",
          "Beijing (IDCPC)—On 12th March, Qian Hongshan met a delegation of the Modern Revolutionary Party "
          "of the Dominican Republic.",
          "2025-03-13", url(EN, "2025-03-13", 506),
          ex("Dominican Republic", "2025-03-12", "meeting", {"Modern Revolutionary Party"}, B)),
    Probe("lowercase-title-cuba",
          "IDCPC vice minister meets guests from Cuba",
          "Beijing, February 25th (IDCPC)—Sun Haiyan met with a delegation of the Communist Party of "
          "Cuba's provincial committee of Santiago de Cuba today.",
          "2025-02-25", url(EN, "2025-02-25", 507), ex("Cuba", "2025-02-25", "meeting", {PCC}, BL)),
    Probe("one-line-agency-copy",
          "CPC official meets Bolivian MAS delegation",
          "date 2023-05-11 BEIJING, May 11 (Agency) -- Ma Hui, a vice minister of the International "
          "Department of the CPC Central Committee, met with a delegation of Bolivia's Movement for "
          "Socialism here on Thursday. Editor: Chen Lu",
          "2023-05-11", url(AGENCY_EN, "2023-05-11", 508),
          ex("Bolivia", "2023-05-11", "meeting", {"Movement for Socialism (Bolivia)"}, BL)),
    Probe("mas-venezuela-not-bolivia",
          "Qian Hongshan Meets Delegation of Venezuela's Movement for Socialism",
          "Beijing, April 17th (IDCPC)—Qian Hongshan met today with a delegation of the Movement for "
          "Socialism (MAS) of Venezuela.",
          "2024-04-17", url(EN, "2024-04-17", 509),
          ex("Venezuela", "2024-04-17", "meeting", {"Movement for Socialism (Venezuela)"}, BL)),
    Probe("psuv-acronym-only-text",
          "Ma Hui Meets PSUV Delegation",
          "Beijing, August 8th (IDCPC)—Ma Hui met today with a PSUV delegation headed by a member of its "
          "national leadership.",
          "2024-08-08", url(EN, "2024-08-08", 510), ex("Venezuela", "2024-08-08", "meeting", {PSUV}, BL)),
    Probe("zh-traditional-pcdob-letter",
          "巴西共產黨主席致函中聯部",
          "【本報訊】巴西共產黨主席盧西亞娜·桑托斯日前致函中聯部部長劉海星，感謝中方對巴西共產黨代表團的熱情接待。",
          "2025-12-20", url(HK_ZH, "2025-12-20", 9),
          ex("Brazil", None, "message", {PCDOB}, BL), lang="zh"),
    Probe("zh-peru-app",
          "钱洪山会见秘鲁争取进步联盟党代表团",
          "8月14日，中联部副部长钱洪山在京会见秘鲁争取进步联盟党代表团。",
          "2024-08-14", url(ZH, "2024-08-14", 512),
          ex("Peru", "2024-08-14", "meeting", {"Alliance for Progress (Peru)"}, B), lang="zh"),
    Probe("zh-uruguay-fa-abroad",
          "刘海星会见乌拉圭广泛阵线主席",
          "当地时间4月13日，中联部部长刘海星在蒙得维的亚会见乌拉圭广泛阵线主席佩雷拉。",
          "2026-04-15", url(ZH, "2026-04-15", 513),
          ex("Uruguay", "2026-04-13", "meeting", {FA}, BL), lang="zh"),
    Probe("neg-zh-guinea-lookalike",
          "马辉会见几内亚人民联盟代表团",
          "6月6日，中联部副部长马辉在京会见几内亚人民联盟代表团。",
          "2023-06-06", url(ZH, "2023-06-06", 514), NO, lang="zh"),
    Probe("neg-zh-dominica-vs-none",
          "孙海燕会见斯里兰卡自由党代表团",
          "1月9日，中联部副部长孙海燕在京会见斯里兰卡自由党代表团，客人曾于去年访问古巴和墨西哥。",
          "2024-01-09", url(ZH, "2024-01-09", 515), NO, lang="zh"),
    # ================= N. sixth batch: type boundaries and era leaders =================
    Probe("symposium-cuba",
          "CPC and Cuban Party Hold Symposium on Socialist Theory",
          "Beijing, May 23rd (IDCPC)—A symposium on socialist theory and practice in the new era, jointly "
          "held by the CPC and the Communist Party of Cuba, took place in Beijing today. Scholars and "
          "officials of the two parties exchanged views.",
          "2024-05-23", url(EN, "2024-05-23", 601), ex("Cuba", "2024-05-23", "seminar", {PCC}, BL, KE)),
    Probe("study-tour-peru",
          "Study Tour of Peruvian Party Cadres Visits Zhejiang Villages",
          "Hangzhou, July 11th (IDCPC)—A study tour of cadres of Peruvian political parties visited "
          "villages and companies in Zhejiang from July 8 to 11 to learn about rural revitalization.",
          "2025-07-12", url(EN, "2025-07-12", 602), ex("Peru", "2025-07-08", "field_trip", set(), B, KE)),
    Probe("zh-briefing-video-morena",
          "中联部以视频方式向墨西哥国家复兴运动党宣介二十届四中全会精神",
          "11月12日，中联部副部长孙海燕以视频方式向墨西哥国家复兴运动党宣介二十届四中全会精神。该党全国委员会成员等出席。",
          "2025-11-13", url(ZH, "2025-11-13", 603),
          ex("Mexico", "2025-11-12", "briefing", {MORENA}, BL, KE), lang="zh"),
    Probe("meet-lac-seminar-participants",
          "Liu Jianchao Meets Participants of Seminar for Latin American Party Cadres",
          "Beijing, October 27th (IDCPC)—Liu Jianchao met today with participants of a seminar for cadres "
          "of political parties of Latin American and Caribbean countries, who came from Argentina, "
          "Brazil, Chile, Colombia and Mexico.",
          "2023-10-27", url(EN, "2023-10-27", 604),
          ex("multilateral", "2023-10-27", "meeting", set(), R, KE)),
    Probe("phone-call-psuv",
          "Liu Jianchao Holds Phone Call with PSUV Leader",
          "Beijing, January 15th (IDCPC)—Liu Jianchao held a phone call today with Diosdado Cabello, first "
          "vice president of the United Socialist Party of Venezuela.",
          "2025-01-15", url(EN, "2025-01-15", 605), ex("Venezuela", "2025-01-15", "phone_call", {PSUV}, BL)),
    Probe("noboa-meets-delegation-quito",
          "Ecuadorian President Noboa Meets CPC Delegation",
          "Quito, June 11th (IDCPC)—Ecuadorian President Daniel Noboa met today with a CPC delegation "
          "headed by Qian Hongshan.",
          "2025-06-12", url(EN, "2025-06-12", 606), ex("Ecuador", "2025-06-11", "meeting", set(), B)),
    Probe("villarruel-senate-argentina",
          "CPC Delegation Meets Argentine Senate Leaders",
          "Buenos Aires, March 19th (IDCPC)—A CPC delegation led by Ma Hui met today with Victoria "
          "Villarruel, Vice President of Argentina and president of the Senate.",
          "2024-03-20", url(EN, "2024-03-20", 607), ex("Argentina", "2024-03-19", "meeting", set(), B)),
    Probe("zh-meet-caribbean-envoys",
          "孙海燕会见加勒比国家驻华使节",
          "12月10日，中联部副部长孙海燕在京会见牙买加、巴巴多斯、苏里南等加勒比国家驻华使节。",
          "2024-12-10", url(ZH, "2024-12-10", 608),
          ex("multilateral", "2024-12-10", "meeting", set(), R), lang="zh"),
    Probe("neg-zh-cpc-reception-all-envoys",
          "中联部举办新春招待会",
          "1月22日，中联部在京举办新春招待会，160多个国家驻华使节和国际组织代表出席。刘海星致辞。",
          "2026-01-22", url(ZH, "2026-01-22", 609), NO, lang="zh"),
    Probe("neg-vietnam-lao-cambodia-forum",
          "Mekong-Lancang Political Parties Forum Held in Yunnan",
          "Kunming, September 19th (IDCPC)—A forum of political parties of Mekong-Lancang countries was "
          "held today, with parties of Cambodia, Laos, Myanmar, Thailand and Vietnam attending.",
          "2024-09-20", url(EN, "2024-09-20", 610), NO),
    Probe("lac-delegation-many-parties-one-country",
          "Qian Hongshan Meets Delegation of Colombian Parties",
          "Beijing, November 4th (IDCPC)—Qian Hongshan met today with a delegation of Colombian political "
          "parties including the Historic Pact for Colombia, the Colombian Liberal Party and the "
          "Colombian Conservative Party.",
          "2024-11-04", url(EN, "2024-11-04", 611),
          ex("Colombia", "2024-11-04", "meeting",
             {"Historic Pact for Colombia", "Colombian Liberal Party", "Colombian Conservative Party"}, BL)),
    Probe("zh-received-bolivia-pdc",
          "孙海燕会见玻利维亚基督教民主党代表团",
          "1月16日，中联部副部长孙海燕在京会见玻利维亚基督教民主党代表团。",
          "2026-01-16", url(ZH, "2026-01-16", 612),
          ex("Bolivia", "2026-01-16", "meeting", {"Christian Democratic Party (Bolivia)"}, B), lang="zh"),
    # ================= O. seventh batch: trips of several legs, non-party bodies, spans =================
    Probe("trip-cuba-venezuela-nicaragua",
          "CPC Delegation Visits Cuba, Venezuela and Nicaragua",
          "Managua, March 2nd (IDCPC)—A CPC delegation led by Liu Jianchao visited Cuba, Venezuela and "
          "Nicaragua from February 22 to March 2, holding talks with leaders of the Communist Party of "
          "Cuba, the United Socialist Party of Venezuela and the Sandinista National Liberation Front.",
          "2024-03-03", url(EN, "2024-03-03", 701),
          ex("multilateral", "2024-02-22", "delegation_visit_abroad", {PCC, PSUV, FSLN}, RL)),
    Probe("xi-letter-sao-paulo-forum",
          "Xi Jinping Sends Congratulatory Letter to São Paulo Forum Meeting",
          "Beijing, June 30th—Xi Jinping, general secretary of the CPC Central Committee, sent a "
          "congratulatory letter today to the meeting of the São Paulo Forum opening in Brasília, which "
          "gathers left parties of Latin America and the Caribbean.",
          "2023-06-30", url(EN, "2023-06-30", 702), ex("multilateral", "2023-06-30", "forum", set(), RL, KE)),
    Probe("zh-digest-bullets",
          "中联部对外交往简讯",
          "●5月6日，刘海星会见越南祖国阵线代表团。\n●5月7日，孙海燕会见阿根廷正义党代表团。",
          "2026-05-08", url(ZH, "2026-05-08", 703),
          ex("Argentina", "2026-05-07", "meeting", {"Justicialist Party"}, B), lang="zh"),
    Probe("cuban-youth-union",
          "Sun Haiyan Meets Delegation of the Young Communist League of Cuba",
          "Beijing, April 24th (IDCPC)—Sun Haiyan met today with a delegation of the Union of Young "
          "Communists of Cuba (UJC) led by its first secretary.",
          "2024-04-24", url(EN, "2024-04-24", 704), ex("Cuba", "2024-04-24", "meeting", set(), BL),
          doubtful={"parties": "the party's youth league: of the party (PCC) or of no party"}),
    Probe("mst-brazil-movement",
          "Ma Hui Meets Delegation of Brazil's Landless Workers' Movement",
          "Beijing, October 9th (IDCPC)—Ma Hui met with a delegation of Brazil's Landless Workers' "
          "Movement (MST) today.",
          "2023-10-09", url(EN, "2023-10-09", 705), ex("Brazil", "2023-10-09", "meeting", set(), B),
          doubtful={"mechanism": "a left social movement, no party: leftist by family or not"}),
    Probe("sunday-monday-span",
          "Qian Hongshan Visits Suriname",
          "Paramaribo, May 27th (IDCPC)—A CPC delegation led by Qian Hongshan visited Suriname from "
          "May 24 to 27, meeting leaders of the National Democratic Party and the Progressive Reform "
          "Party.",
          "2025-05-28", url(EN, "2025-05-28", 706),
          ex("Suriname", "2025-05-24", "delegation_visit_abroad",
             {"National Democratic Party (Suriname)", "Progressive Reform Party (Suriname)"}, B)),
    Probe("span-across-months",
          "Delegation of Communist Party of Cuba Concludes Field Visit to Shaanxi",
          "Xi'an, September 3rd (IDCPC)—A delegation of the Communist Party of Cuba visited Shaanxi from "
          "August 30 to September 3, touring Yan'an and a high-tech zone in Xi'an.",
          "2025-09-04", url(EN, "2025-09-04", 707), ex("Cuba", "2025-08-30", "field_trip", {PCC}, BL, KE)),
    Probe("provincial-secretary-meets-cuba",
          "Yunnan Party Chief Meets Cuban Party Delegation",
          "Kunming, June 11th (IDCPC)—The secretary of the CPC Yunnan Provincial Committee met here today "
          "with a delegation of the Communist Party of Cuba.",
          "2025-06-12", url(EN, "2025-06-12", 708), ex("Cuba", "2025-06-11", "meeting", {PCC}, BL)),
    Probe("neg-galicia-bng-santiago",
          "CPC Delegation Meets Galician Nationalist Bloc in Santiago de Compostela",
          "Santiago de Compostela, May 21st (IDCPC)—A CPC delegation led by Ma Hui met today with leaders "
          "of the Galician Nationalist Bloc in Santiago de Compostela, Spain.",
          "2024-05-22", url(EN, "2024-05-22", 709), NO),
    Probe("neg-spanish-ambassador-former-mexico",
          "Liu Haixing Meets Spanish Ambassador",
          "Beijing, February 4th (IDCPC)—Liu Haixing met with Marta Betanzos, the Spanish ambassador to "
          "China, today. The two sides talked about China-EU relations.",
          "2026-02-04", url(EN, "2026-02-04", 710), NO),
    # ================= P. eighth batch: dates in copies and Chinese day words =================
    Probe("agency-marker-next-day",
          "CPC official meets Chilean Communist Party leader",
          "Home | World\n date 2024-05-21\nBEIJING, May 20 (Agency) -- Liu Jianchao, head of the CPC's "
          "International Department, met with Lautaro Carmona, president of the Communist Party of "
          "Chile, here on Monday.\nEditor: Xu Lin",
          "2024-05-21", url(AGENCY_EN, "2024-05-21", 801),
          ex("Chile", "2024-05-20", "meeting", {"Communist Party of Chile"}, BL)),
    Probe("zh-tongri-second-meeting",
          "孙海燕会见巴拿马民主革命党代表团",
          "6月17日，中联部副部长孙海燕在京会见巴拿马民主革命党总书记率领的代表团。同日，代表团还会见了国际商会负责人。",
          "2025-06-18", url(ZH, "2025-06-18", 802),
          ex("Panama", "2025-06-17", "meeting", {"Democratic Revolutionary Party"}, B), lang="zh"),
    Probe("zh-zuotian",
          "刘海星会见哥伦比亚历史公约联盟代表团",
          "本报北京12月4日电 中联部部长刘海星昨天在京会见哥伦比亚历史公约联盟代表团。",
          "2025-12-04", url(ZH, "2025-12-04", 803),
          ex("Colombia", "2025-12-03", "meeting", {"Historic Pact for Colombia"}, BL), lang="zh"),
    Probe("zh-jinri-no-day",
          "马辉会见洪都拉斯自由与重建党代表团",
          "日前，中联部副部长马辉在京会见洪都拉斯自由与重建党代表团，双方就深化两党交往交换意见。",
          "2024-02-02", url(ZH, "2024-02-02", 804),
          ex("Honduras", None, "meeting", {"Liberty and Refoundation"}, BL), lang="zh"),
    Probe("en-recently-no-day",
          "Sun Haiyan Meets Delegation of Ecuador's Citizen Revolution",
          "Recently, Sun Haiyan met in Beijing with a delegation of the Citizen Revolution Movement of "
          "Ecuador led by Luisa González.",
          "2024-12-18", url(EN, "2024-12-18", 805),
          ex("Ecuador", None, "meeting", {"Citizen Revolution Movement"}, BL)),
    Probe("en-friday-dateline-sunday",
          "Ma Hui Meets Jamaica PNP Leader Mark Golding",
          "Beijing, October 20th (IDCPC)—Ma Hui met with Mark Golding, president of the People's "
          "National Party of Jamaica, on Friday.",
          "2024-10-20", url(EN, "2024-10-20", 806),
          ex("Jamaica", "2024-10-18", "meeting", {"People's National Party"}, BL)),
    Probe("en-year-in-text-different",
          "Looking Back: CPC and Cuban Party Hold Theory Seminar",
          "Havana, January 8th (IDCPC)—The 11th theory seminar of the CPC and the Communist Party of Cuba "
          "was held in Havana on December 18, 2025, with a CPC delegation led by Ma Hui taking part.",
          "2026-01-08", url(EN, "2026-01-08", 807), ex("Cuba", "2025-12-18", "seminar", {PCC}, BL, KE)),
    Probe("zh-dangdi-shijian-previous-day",
          "中共代表团访问阿根廷",
          "当地时间10月14日至17日，中联部副部长钱洪山率中共代表团访问阿根廷，会见正义党主席等。",
          "2025-10-19", url(ZH, "2025-10-19", 808),
          ex("Argentina", "2025-10-14", "delegation_visit_abroad", {"Justicialist Party"}, B), lang="zh"),
]


# (pid, field) -> reason: failures left open after the campaign
OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_idcpc_field(probe: Probe, name: str, expected):
    """Codebook: relevance, country, event date, event type, parties, mechanism and content as a
    careful coder would give them for a fresh crawl sample of IDCPC pages."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign changed, with their negatives ---------------------------------------------

def test_dash_bulleted_days_make_a_digest_under_a_weeks_headline():
    """One page, one record: under a generic headline the record is the first exchange with LAC
    actors, also when the digest sets its items off with dashes ("-- On June 5, …")."""
    text = ("— On June 5, Sun Haiyan met with a delegation of the Nepali Congress.\n— On June 6, Qian "
            "Hongshan met with a delegation of the Communist Party of Chile.")
    record = idcpc(text, title="IDCPC Activities This Week", published="2025-06-08",
                   url=url(EN, "2025-06-08", 301))
    assert record.relevant and record.country == "Chile" and record.event_date == "2025-06-06"


def test_a_single_dashed_paragraph_under_a_meeting_headline_is_that_meeting():
    """A dash before one paragraph makes no digest of a page headlined on one exchange."""
    text = ("-- On June 6, Qian Hongshan met with a delegation of the Communist Party of Chile. The two "
            "sides discussed party building.")
    record = idcpc(text, title="Qian Hongshan Meets Communist Party of Chile Delegation",
                   published="2025-06-08", url=url(EN, "2025-06-08", 302))
    assert record.relevant and record.country == "Chile" and record.event_type == "meeting"
    assert record.event_date == "2025-06-06"


@pytest.mark.parametrize("verb", ["Briefs", "Presents Plenum to", "Trains Cadres of"])
def test_a_headline_verb_is_no_word_of_a_party_name(verb):
    """Cue ``party_name.before_name``: a Title-case headline's verb ("CPC Delegation Briefs Cuban
    Party on …") starts no unlisted party's name; the listed party of the text is the counterpart."""
    record = idcpc("Havana, November 24th (IDCPC)—A CPC delegation held a session today on the Fourth "
                   "Plenary Session for officials of the Communist Party of Cuba.",
                   title=f"CPC Delegation {verb} Cuban Party", published="2025-11-25",
                   url=url(EN, "2025-11-25", 303))
    assert parties(record) == {PCC}
    assert not any("not in the gazetteer" in n for n in record.notes)


@pytest.mark.parametrize(("text", "expected"), [
    # Venezuela's MAS, written with its acronym and its country
    ("Beijing, April 17th (IDCPC)—Qian Hongshan met today with a delegation of the Movement for "
     "Socialism (MAS) of Venezuela.", {"Movement for Socialism (Venezuela)"}),
    ("Caracas, April 17th (IDCPC)—Qian Hongshan met today with leaders of the MAS, a Venezuelan "
     "party.", {"Movement for Socialism (Venezuela)"}),
    # Bolivia's keeps the bare acronym and its own country
    ("La Paz, April 17th (IDCPC)—Qian Hongshan met today with leaders of the MAS of Bolivia.",
     {"Movement for Socialism (Bolivia)"}),
])
def test_mas_is_the_acronym_of_two_countries_parties(text, expected):
    """Venezuela's Movimiento al Socialismo is MAS as Bolivia's is (gazetteer acronyms): the country
    the page names decides, and a bare MAS on a page naming neither stays Bolivia's (preferred)."""
    record = idcpc(text, title="Qian Hongshan Meets Party Leaders", published="2024-04-17",
                   url=url(EN, "2024-04-17", 304))
    assert parties(record) == expected
