"""Campaign 13M: hard negatives. Pages that a careless reader would code as an exchange with Latin
America and the Caribbean and a coder following the codebook would not: LAC places as the venue of
an exchange with others, LAC names only in an aside, a ticker or a list, LAC-born persons in non-LAC
offices, China's own envoys to LAC, a LAC state's dealings with Taiwan or the US, Spanish and
Portuguese parties and places, Guinea / Papua New Guinea / Dominica confusions, company events with
no official, and (foreign ministry, "Who counts") LAC envoys received by no minister. For balance,
near-twins that ARE relevant: one word or name changes the answer (the twin's id says which).

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test per
probe and field."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, mfa
from probe_harness import BL, DI, NO, Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_13{n:04d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_13{n:04d}.htm"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_13{n:04d}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_13{n:04d}.shtml"
EMB_EN = "http://ar.china-embassy.gov.cn/eng/sgxx/{ym}/t{ymd}_13{n:04d}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"


def yes(country: str, event_type: str, date: str | None, **more: Any) -> dict[str, Any]:
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date, **more}


PROBES: list[Probe] = [
    # ---- A. Spanish and Portuguese parties and places (IDCPC) ----------------------------------------
    Probe("psoe-delegation", "Liu Jianchao Meets Delegation of the Spanish Socialist Workers' Party",
          "Beijing, March 14th--Liu Jianchao, who heads the CPC's International Department, received here "
          "today a delegation of the Spanish Socialist Workers' Party (PSOE) led by its international "
          "secretary. Liu said the CPC is willing to deepen exchanges with the PSOE and to promote the "
          "steady growth of China-Spain relations. The guests said the PSOE values its ties with the CPC.",
          "2023-03-14", url(EN, "2023-03-14", 1), NO),
    Probe("pp-spain", "Chinese party official meets leaders of Spain's People's Party",
          "Madrid, June 6th--A CPC delegation led by Sun Haiyan, deputy chief of the CPC's International "
          "Department, held talks in Madrid on June 5 with officials of the People's Party (PP) of Spain. "
          "Both sides spoke of trade between China and Spain and of cooperation between China and the "
          "European Union. The delegation also called at the Spanish Congress of Deputies.",
          "2023-06-06", url(EN, "2023-06-06", 2), NO),
    Probe("podemos", "CPC Delegation Exchanges Views with Podemos",
          "Madrid, Nov. 20th--Members of a CPC delegation exchanged views on Monday with leaders of the "
          "Spanish left-wing party Podemos on social policy, housing and youth employment. The Podemos side "
          "said it followed China's poverty reduction with interest.",
          "2019-11-20", url(EN, "2019-11-20", 3), NO),
    Probe("portugal-ps", "Chinese Delegation Meets Secretary-General of Portugal's Socialist Party",
          "Lisbon, October 9th--A delegation of the Communist Party of China met here today with the "
          "secretary-general of the Socialist Party (PS) of Portugal. The two sides agreed to keep up "
          "party-to-party contacts and to support practical cooperation between China and Portugal, "
          "including in ports and renewable energy.",
          "2019-10-09", url(EN, "2019-10-09", 4), NO),
    Probe("portugal-psd", "Qian Hongshan Meets Guests from Portugal's Social Democratic Party",
          "Beijing, May 22nd--Qian Hongshan, a deputy chief of the CPC's International Department, met here "
          "today with a group of legislators from the Social Democratic Party (PSD) of Portugal. Qian "
          "briefed the guests on Chinese-style modernization; the visitors spoke of Macao as a bridge "
          "between China and the Portuguese-speaking world.",
          "2019-05-22", url(EN, "2019-05-22", 5), NO),
    Probe("granada-spain", "CPC Delegation Visits Andalusia",
          "Granada, Spain, Sept. 17th--A CPC delegation visiting Andalusia toured the city of Granada today "
          "and met local officials of the regional government, who introduced the region's tourism and "
          "olive oil industries. The delegation earlier called at Seville and Córdoba.",
          "2019-09-17", url(EN, "2019-09-17", 6), NO),
    Probe("santiago-compostela", "Chinese Party Delegation Visits Galicia",
          "Santiago de Compostela, April 3rd--A CPC delegation met here today with officials of the "
          "regional government of Galicia and of the Galician Nationalist Bloc. The two sides discussed "
          "cooperation in fisheries, ports and tourism between Galicia and Chinese provinces.",
          "2019-04-03", url(EN, "2019-04-03", 7), NO),
    Probe("valencia-spain", "CPC Delegation Visits Valencia",
          "Valencia, Spain, Nov. 12th--A delegation of the CPC visited the Spanish region of Valencia on "
          "November 11 and 12 and met with regional lawmakers of the Socialist Party of the Valencian "
          "Country. The guests visited the port of Valencia, which handles much of Spain's trade with China.",
          "2018-11-12", url(EN, "2018-11-12", 8), NO),
    Probe("zh-psoe", "刘建超会见西班牙工人社会党代表团",
          "3月14日，中联部部长刘建超在京会见西班牙工人社会党国际书记率领的代表团。刘建超表示，中国共产党愿同"
          "西班牙工人社会党加强交流，推动中西关系发展。代表团感谢中方的热情接待。",
          "2023-03-14", url(ZH, "2023-03-14", 9), NO, lang="zh"),
    Probe("zh-portugal-ps", "孙海燕会见葡萄牙社会党代表团",
          "6月20日，中联部副部长孙海燕在京会见葡萄牙社会党副总书记率领的代表团。双方就两党关系和中葡"
          "合作交换了意见。孙海燕表示，中方愿同葡方一道深化各领域务实合作。",
          "2023-06-20", url(ZH, "2023-06-20", 10), NO, lang="zh"),
    Probe("zht-spain-pp", "中共代表團訪問西班牙 會見人民黨領導人",
          "【本報馬德里十日電】中國共產黨代表團九日在馬德里會見西班牙人民黨秘書長，雙方就中西關係及中歐合作"
          "交換意見。代表團其後前往巴塞羅那考察。",
          "2019-07-10", "https://www.hk-daily.com.hk/2019/07/10/a3.html", NO, lang="zh"),
    # ---- B. Guinea, Papua New Guinea and other name lookalikes ----------------------------------------
    Probe("guinea-rpg", "Guo Yezhou Meets Delegation of the Rally of the Guinean People",
          "Beijing, Aug. 8th--Guo Yezhou, deputy head of the CPC's International Department, met here "
          "today with a delegation of the Rally of the Guinean People, Guinea's ruling party. Both sides "
          "spoke of the friendship between China and Guinea and of cooperation in mining and infrastructure.",
          "2018-08-08", url(EN, "2018-08-08", 11), NO),
    Probe("papua-new-guinea", "CPC Official Meets Papua New Guinea Pangu Party Guests",
          "Beijing, July 2nd--A senior official of the CPC's International Department received a delegation "
          "of the Pangu Party of Papua New Guinea here today. The guests said Papua New Guinea appreciates "
          "China's help with roads and ports in the Pacific islands.",
          "2019-07-02", url(EN, "2019-07-02", 12), NO),
    Probe("equatorial-guinea", "Chinese Party Delegation Visits Equatorial Guinea",
          "Malabo, Nov. 5th--A CPC delegation held talks here today with leaders of the Democratic Party of "
          "Equatorial Guinea, the country's ruling party. The two sides agreed to deepen exchanges on party "
          "building and governance.",
          "2019-11-05", url(EN, "2019-11-05", 13), NO),
    Probe("guinea-bissau", "CPC Delegation Meets PAIGC Leaders in Bissau",
          "Bissau, March 12th--A CPC delegation met here on March 11 with leaders of the African Party for "
          "the Independence of Guinea and Cape Verde (PAIGC). The hosts praised China's support for "
          "Guinea-Bissau's rice farming.",
          "2019-03-12", url(EN, "2019-03-12", 14), NO),
    Probe("zh-guinea", "中联部副部长会见几内亚人民联盟代表团",
          "8月8日，中联部副部长郭业洲在京会见几内亚执政党几内亚人民联盟代表团。双方表示愿推动中几关系不断"
          "向前发展。",
          "2018-08-08", url(ZH, "2018-08-08", 15), NO, lang="zh"),
    Probe("zh-png", "中联部领导会见巴布亚新几内亚潘古党代表团",
          "7月2日，中联部领导在京会见巴布亚新几内亚潘古党代表团。双方就加强两党交流、推进中巴新合作交换意见。",
          "2019-07-02", url(ZH, "2019-07-02", 16), NO, lang="zh"),
    Probe("new-mexico", "CPC Official Meets Legislators from New Mexico",
          "Beijing, Sept. 3rd--An official of the CPC's International Department met here today with a "
          "group of state legislators from New Mexico, the United States. The visitors spoke of exchanges "
          "between New Mexico and Chinese provinces in agriculture and energy.",
          "2019-09-03", url(EN, "2019-09-03", 17), NO),
    Probe("colombo-sri-lanka", "Xi Jinping Meets Sri Lankan President in Colombo",
          "Colombo, Sept. 16th--President Xi Jinping met with Sri Lankan President Mahinda Rajapaksa here "
          "today. The two heads of state agreed to advance the building of the port city of Colombo.",
          "2014-09-16", url(MFA_EN, "2014-09-16", 18), NO, source="mfa"),
    # ---- C. LAC places as the venue of exchanges with others (both sources) ---------------------------
    Probe("brasilia-russia", "Xi Jinping Meets Russian President Vladimir Putin in Brasília",
          "Brasília, Nov. 13th--President Xi Jinping met with Russian President Vladimir Putin here on the "
          "afternoon of November 13 local time. The two heads of state exchanged views on China-Russia "
          "relations and on cooperation within BRICS.",
          "2019-11-14", url(MFA_EN, "2019-11-14", 19), NO, source="mfa"),
    Probe("brics-rio-india", "Li Qiang Meets Indian Prime Minister on the Sidelines of the BRICS Summit",
          "Rio de Janeiro, July 6th--Premier Li Qiang met here today with Indian Prime Minister Narendra "
          "Modi on the sidelines of the BRICS Summit hosted by Brazil. Li said China and India should be "
          "partners rather than rivals.",
          "2025-07-07", url(MFA_EN, "2025-07-07", 20), NO, source="mfa"),
    Probe("apec-lima-japan", "Xi Jinping Meets Japanese Prime Minister in Lima",
          "Lima, Nov. 15th--On the afternoon of November 15 local time, President Xi Jinping met with "
          "Japanese Prime Minister Shigeru Ishiba on the sidelines of the APEC Economic Leaders' Meeting in "
          "Lima. The two leaders discussed the strategic relationship of mutual benefit.",
          "2024-11-16", url(MFA_EN, "2024-11-16", 21), NO, source="mfa"),
    Probe("g20-rio-australia", "Xi Jinping Meets Australian Prime Minister Anthony Albanese",
          "Rio de Janeiro, Nov. 18th--President Xi Jinping met here with Australian Prime Minister Anthony "
          "Albanese on the sidelines of the G20 Summit on the afternoon of November 18 local time.",
          "2024-11-19", url(MFA_EN, "2024-11-19", 22), NO, source="mfa"),
    Probe("zh-brasilia-russia", "习近平在巴西利亚会见俄罗斯总统普京",
          "当地时间11月13日下午，国家主席习近平在巴西利亚会见俄罗斯总统普京。两国元首就中俄关系和金砖合作"
          "交换意见。",
          "2019-11-14", url(MFA_ZH, "2019-11-14", 23), NO, lang="zh", source="mfa"),
    Probe("zh-lima-korea", "习近平在利马会见韩国总统",
          "当地时间11月15日，国家主席习近平在利马出席亚太经合组织领导人非正式会议期间会见韩国总统尹锡悦。",
          "2024-11-16", url(MFA_ZH, "2024-11-16", 24), NO, lang="zh", source="mfa"),
    Probe("belem-eu", "Vice Premier Meets EU Climate Commissioner in Belém",
          "Belém, Nov. 10th--Chinese Vice Premier Ding Xuexiang met here today with the European "
          "Commissioner for climate action on the margins of the UN climate conference COP30. Both sides "
          "said China and the EU should lead the green transition.",
          "2025-11-11", url(MFA_EN, "2025-11-11", 25), NO, source="mfa"),
    Probe("havana-vietnam-idcpc", "CPC Official Meets Vietnamese Party Counterpart in Havana",
          "Havana, May 3rd--On the sidelines of an international meeting of communist parties held in the "
          "Cuban capital, a CPC official met today with a senior member of the Communist Party of Vietnam's "
          "external relations commission. They agreed to keep up close contacts between the two parties.",
          "2019-05-03", url(EN, "2019-05-03", 26), NO),
    Probe("mexico-city-japan-idcpc", "Chinese and Japanese Party Delegates Talk in Mexico City",
          "Mexico City, Oct. 12th--Members of a CPC delegation who were in the Mexican capital for a "
          "conference met today with a delegation of Japan's Liberal Democratic Party and discussed China-"
          "Japan relations.",
          "2018-10-12", url(EN, "2018-10-12", 27), NO),
    # ---- D. LAC names only in the body: asides, tickers, lists ----------------------------------------
    Probe("laos-aside-cuba", "Liu Jianchao Meets Delegation of the Lao People's Revolutionary Party",
          "Beijing, April 11th--Liu Jianchao, who heads the CPC's International Department, met here today "
          "with a delegation of the Lao People's Revolutionary Party. The Lao guest, who had just returned "
          "from a trip to Cuba and Venezuela, said socialist countries must stand together. Liu said the CPC "
          "will deepen exchanges of experience in governance with the Lao party.",
          "2023-04-11", url(EN, "2023-04-11", 28), NO),
    Probe("ties-list", "CPC Official Briefs Cambodian Guests on Party's External Work",
          "Beijing, Jan. 9th--A deputy head of the CPC's International Department met here today with a "
          "delegation of the Cambodian People's Party. He told the guests that the CPC keeps contacts with "
          "more than 600 parties in over 160 countries, from Cuba and Brazil to South Africa and Viet Nam, "
          "and that it will keep learning from the experience of others.",
          "2019-01-09", url(EN, "2019-01-09", 29), NO),
    Probe("ticker-related", "Liu Jianchao Meets Kazakh Amanat Party Delegation",
          "Beijing, June 2nd--Liu Jianchao, who leads the CPC's International Department, received here "
          "today a delegation of Kazakhstan's Amanat party. Both sides agreed to carry forward the good-"
          "neighbourly friendship.\nRelated news\nLiu Jianchao meets delegation of the Communist Party of "
          "Cuba\nSun Haiyan meets guests from Brazil's Workers' Party\nTop",
          "2023-06-02", url(EN, "2023-06-02", 30), NO),
    Probe("speech-aside-lac", "Sun Haiyan Attends Reception for Foreign Diplomats",
          "Beijing, Dec. 20th--Sun Haiyan, deputy head of the CPC's International Department, spoke today at "
          "a year-end gathering with European diplomats in Beijing. In her remarks she recalled that the "
          "year had seen visits by parties from Asia, Africa, Latin America and Europe, and that the CPC "
          "had held a forum with Central Asian parties.",
          "2023-12-20", url(EN, "2023-12-20", 31), NO),
    Probe("zh-ticker", "刘建超会见越南共产党代表团",
          "4月11日，中联部部长刘建超在京会见越南共产党中央对外部代表团。双方一致表示，要落实两党最高领导人"
          "共识，深化治国理政经验交流。\n相关新闻\n刘建超会见古巴共产党代表团\n孙海燕会见巴西劳工党客人",
          "2023-04-11", url(ZH, "2023-04-11", 32), NO, lang="zh"),
    Probe("zh-list-aside", "中联部副部长会见老挝人革党干部考察团",
          "1月9日，中联部副部长在京会见老挝人民革命党干部考察团。他介绍说，中国共产党同160多个国家的600多个"
          "政党保持联系，其中包括古巴、越南、老挝等社会主义国家的执政党。",
          "2019-01-09", url(ZH, "2019-01-09", 33), NO, lang="zh"),
    # ---- E. LAC-born persons in non-LAC offices -------------------------------------------------------
    Probe("wto-dg-brazilian", "Vice Premier Hu Chunhua Meets WTO Director-General Roberto Azevêdo",
          "Beijing, Nov. 5th--Vice Premier Hu Chunhua met here today with Roberto Azevêdo, Director-General "
          "of the World Trade Organization. Hu said China supports the multilateral trading system with the "
          "WTO at its core.",
          "2018-11-05", url(MFA_EN, "2018-11-05", 34), NO, source="mfa"),
    Probe("fao-dg-brazilian", "Li Keqiang Meets FAO Director-General",
          "Beijing, Jan. 14th--Premier Li Keqiang met here today with José Graziano da Silva, "
          "Director-General of the Food and Agriculture Organization of the United Nations. They talked "
          "about food security and South-South cooperation.",
          "2019-01-14", url(MFA_EN, "2019-01-14", 35), NO, source="mfa"),
    Probe("un-human-rights-chilean", "Wang Yi Meets UN High Commissioner for Human Rights",
          "Guangzhou, May 23rd--State Councilor and Foreign Minister Wang Yi met via video link today with "
          "Michelle Bachelet, the UN High Commissioner for Human Rights, who was on a visit to China at the "
          "invitation of the Chinese government.",
          "2022-05-23", url(MFA_EN, "2022-05-23", 36), NO, source="mfa"),
    Probe("fifa-brazilian-official", "Chinese Sports Minister Meets FIFA Delegation",
          "Beijing, Sept. 2nd--The head of China's General Administration of Sport met here today with a "
          "FIFA delegation led by its Brazilian deputy secretary-general. They discussed youth football "
          "and the women's game in China.",
          "2019-09-02", url(AGENCY_EN, "2019-09-02", 37), NO, source="mfa"),
    Probe("zh-wto-dg", "胡春华会见世贸组织总干事阿泽维多",
          "11月5日，国务院副总理胡春华在北京会见世界贸易组织总干事阿泽维多。胡春华表示，中方坚定维护多边"
          "贸易体制。",
          "2018-11-05", url(MFA_ZH, "2018-11-05", 38), NO, lang="zh", source="mfa"),
    Probe("idb-none-idcpc-un-eclac-staff", "CPC Official Meets UN Development Official",
          "Beijing, March 8th--A deputy head of the CPC's International Department met today with a senior "
          "official of the United Nations Development Programme, a Colombian national, who briefed him on "
          "the UNDP's work in Asia and the Pacific.",
          "2019-03-08", url(EN, "2019-03-08", 39), NO),
    # ---- F. China's own envoys to LAC ----------------------------------------------------------------
    Probe("own-ambassadors-idcpc", "Liu Jianchao Meets Chinese Ambassadors to Latin American Countries",
          "Beijing, Feb. 16th--Liu Jianchao, who heads the CPC's International Department, met here today "
          "with Chinese ambassadors to Argentina, Peru and Cuba who were home for consultations. Liu asked "
          "them to do more to tell China's story to political parties in their host countries.",
          "2023-02-16", url(EN, "2023-02-16", 40), NO),
    Probe("zh-own-ambassadors", "刘建超会见我国新任驻拉美国家大使",
          "2月16日，中联部部长刘建超在京会见即将赴任的我国驻巴西、墨西哥、委内瑞拉大使，就做好驻在国政党"
          "工作提出要求。",
          "2023-02-16", url(ZH, "2023-02-16", 41), NO, lang="zh"),
    Probe("mfa-own-ambassador", "Vice Foreign Minister Meets Chinese Ambassador to Chile",
          "Beijing, Aug. 4th--Vice Foreign Minister Ma Zhaoxu met here today with Niu Qingbao, China's "
          "ambassador to Chile, who is back in Beijing to report on his work, and asked the embassy to "
          "serve Chinese citizens and companies in Chile well.",
          "2022-08-04", url(MFA_EN, "2022-08-04", 42), NO, source="mfa"),
    # ---- G. Who counts (foreign ministry): an ambassador or a province, no minister ----------------
    Probe("ambassador-only-argentina", "Ambassador Meets Argentine Foreign Minister",
          "Buenos Aires, March 2nd--Chinese Ambassador to Argentina Zou Xiaoli met today with Argentine "
          "Foreign Minister Santiago Cafiero at the San Martín Palace. They talked about trade, swaps and "
          "the anniversary of diplomatic relations.",
          "2022-03-02", url(EMB_EN, "2022-03-02", 43), NO, source="mfa"),
    Probe("provincial-fair-envoys", "LAC Envoys Attend Guangdong Trade Fair",
          "Guangzhou, Oct. 15th--Ambassadors and consuls-general of Brazil, Mexico, Chile and Peru attended "
          "the opening of a provincial import fair in Guangzhou today. A vice governor of Guangdong province "
          "met the envoys and invited their companies to the fair's Latin America hall.",
          "2019-10-15", url(AGENCY_EN, "2019-10-15", 44), NO, source="mfa"),
    Probe("zh-ambassador-only", "驻秘鲁大使会见秘鲁外长",
          "3月2日，驻秘鲁大使宋扬会见秘鲁外长，双方就中秘关系和钱凯港建设交换意见。",
          "2023-03-02", url(MFA_ZH, "2023-03-02", 45), NO, lang="zh", source="mfa"),
    Probe("zh-provincial-fair", "拉美国家驻华使节出席四川进出口博览会",
          "10月15日，巴西、阿根廷、哥伦比亚等拉美国家驻华使节出席在成都举行的博览会开幕式。四川省副省长会见"
          "使节一行。",
          "2019-10-15", url(AGENCY_ZH, "2019-10-15", 46), NO, lang="zh", source="mfa"),
    # ---- H. LAC states with Taiwan or the US; company events ------------------------------------------
    Probe("paraguay-taiwan", "Foreign Ministry Spokesperson's Remarks on Paraguay's Leader Visiting Taiwan",
          "Q: Paraguay's president has arrived in Taiwan for a visit. What is China's comment?\nA: We firmly "
          "oppose any official interaction between Taiwan and countries that have diplomatic ties with the "
          "region. There is but one China in the world.",
          "2023-10-30", url(MFA_EN, "2023-10-30", 47), NO, source="mfa"),
    Probe("brazil-us", "Spokesperson on Brazilian President's Visit to Washington",
          "Q: Brazil's president met the US president at the White House yesterday. Do you have a "
          "comment?\nA: China is happy to see countries develop normal relations with one another. We "
          "have no further comment.",
          "2023-02-11", url(MFA_EN, "2023-02-11", 48), NO, source="mfa"),
    Probe("zh-guatemala-taiwan", "外交部发言人就危地马拉领导人过境美国答记者问",
          "问：危地马拉领导人近日过境美国并会见美方官员，中方对此有何评论？\n答：我们注意到有关报道。一个中国"
          "原则是国际社会普遍共识。",
          "2019-01-20", url(MFA_ZH, "2019-01-20", 49), NO, lang="zh", source="mfa"),
    Probe("byd-bahia", "Chinese Carmaker Opens Plant in Brazil's Bahia",
          "SALVADOR, Brazil, July 9 -- A Chinese electric car maker on Tuesday opened its factory in "
          "Camaçari, Bahia state, in a ceremony attended by company executives and local business leaders. "
          "The plant will employ some 5,000 workers.",
          "2025-07-10", url(AGENCY_EN, "2025-07-10", 50), NO, source="mfa"),
    Probe("zh-company-peru", "中国企业在秘鲁举办开放日活动",
          "当地时间5月20日，一家中国电力企业在秘鲁利马举办公众开放日，当地居民和学生参观了配电设施。",
          "2023-05-21", url(AGENCY_ZH, "2023-05-21", 51), NO, lang="zh", source="mfa"),
    # ---- I. Foreign-ministry pages on Spain, Portugal, Guinea ----------------------------------------
    Probe("mfa-spain-pm", "Xi Jinping Meets Spanish Prime Minister Pedro Sánchez",
          "Beijing, April 11th--President Xi Jinping met here today with Spanish Prime Minister Pedro "
          "Sánchez, who is also the leader of the Spanish Socialist Workers' Party. Xi said China and Spain "
          "should be partners of a comprehensive strategic partnership with mutual trust.",
          "2025-04-11", url(MFA_EN, "2025-04-11", 52), NO, source="mfa"),
    Probe("mfa-portugal", "Wang Yi Holds Talks with Portuguese Foreign Minister",
          "Lisbon, Jan. 20th--Foreign Minister Wang Yi held talks here today with Portuguese Foreign "
          "Minister Augusto Santos Silva. They spoke of Portugal's role as a bridge to Portuguese-speaking "
          "countries in Africa and South America.",
          "2019-01-20", url(MFA_EN, "2019-01-20", 53), NO, source="mfa"),
    Probe("zh-mfa-guinea", "习近平同几内亚总统会谈",
          "9月4日下午，国家主席习近平在人民大会堂同来华出席中非合作论坛北京峰会的几内亚总统会谈。",
          "2024-09-04", url(MFA_ZH, "2024-09-04", 54), NO, lang="zh", source="mfa"),
    Probe("zh-mfa-png", "李强会见巴布亚新几内亚总理",
          "4月8日，国务院总理李强在北京会见巴布亚新几内亚总理马拉佩。",
          "2024-04-08", url(MFA_ZH, "2024-04-08", 55), NO, lang="zh", source="mfa"),
    Probe("mfa-spain-king-message", "Xi Jinping Exchanges Congratulatory Messages with King of Spain",
          "Beijing, March 9th--President Xi Jinping and King Felipe VI of Spain exchanged congratulatory "
          "messages today on the anniversary of diplomatic relations. Xi recalled Spain's links with Latin "
          "America and said China is ready to explore three-way cooperation.",
          "2023-03-09", url(MFA_EN, "2023-03-09", 56), NO, source="mfa"),
    Probe("zh-idcpc-spain-lac-institute", "中联部副部长会见西班牙埃尔卡诺皇家研究所代表团",
          "9月3日，中联部副部长在京会见西班牙埃尔卡诺皇家研究所代表团，双方就中欧关系和拉美形势交换意见。",
          "2019-09-03", url(ZH, "2019-09-03", 57), NO, lang="zh"),

    # ================= near-twins that ARE relevant (the word that changes the answer in the id) =====
    Probe("twin-psuv-for-psoe", "Liu Jianchao Meets Delegation of the United Socialist Party of Venezuela",
          "Beijing, March 14th--Liu Jianchao, who heads the CPC's International Department, received here "
          "today a delegation of the United Socialist Party of Venezuela (PSUV) led by its international "
          "secretary. Liu said the CPC is willing to deepen exchanges with the PSUV. The guests said the "
          "PSUV values its ties with the CPC.",
          "2023-03-14", url(EN, "2023-03-14", 60),
          yes("Venezuela", "meeting", "2023-03-14", parties={PSUV}, mechanism=BL, content=DI)),
    Probe("twin-chile-ps-for-portugal-ps",
          "Chinese Delegation Meets Secretary-General of Chile's Socialist Party",
          "Santiago, October 9th--A delegation of the Communist Party of China met here today with the "
          "secretary-general of the Socialist Party of Chile. The two sides agreed to keep up party-to-"
          "party contacts and to support practical cooperation between China and Chile.",
          "2019-10-09", url(EN, "2019-10-09", 61),
          yes("Chile", "meeting", "2019-10-09", parties={PSCH}, mechanism=BL, content=DI)),
    Probe("twin-santiago-chile-for-compostela", "CPC Delegation Meets Communist Party of Chile in Santiago",
          "Santiago, April 3rd--A CPC delegation met here today with leaders of the Communist Party of "
          "Chile. The two sides discussed party building and cooperation in copper and lithium.",
          "2019-04-03", url(EN, "2019-04-03", 62),
          yes("Chile", "meeting", "2019-04-03", parties={PCCH}, mechanism=BL, content=DI)),
    Probe("twin-grenada-for-granada",
          "CPC Official Meets Delegation of Grenada's National Democratic Congress",
          "Beijing, Sept. 17th--A deputy head of the CPC's International Department met here today with a "
          "delegation of the National Democratic Congress of Grenada. Both sides spoke of the friendship "
          "between China and Grenada and of cooperation in tourism and agriculture.",
          "2019-09-17", url(EN, "2019-09-17", 63),
          yes("Grenada", "meeting", "2019-09-17", content=DI)),
    Probe("twin-guyana-for-guinea", "Guo Yezhou Meets Delegation of Guyana's People's Progressive Party",
          "Beijing, Aug. 8th--Guo Yezhou, deputy head of the CPC's International Department, met here "
          "today with a delegation of the People's Progressive Party/Civic of Guyana. Both sides spoke of "
          "the friendship between China and Guyana and of cooperation in infrastructure.",
          "2018-08-08", url(EN, "2018-08-08", 64),
          yes("Guyana", "meeting", "2018-08-08", content=DI)),
    Probe("twin-zh-guyana-for-guinea", "中联部副部长会见圭亚那人民进步党代表团",
          "8月8日，中联部副部长郭业洲在京会见圭亚那人民进步党代表团。双方表示愿推动中圭关系不断向前发展。",
          "2018-08-08", url(ZH, "2018-08-08", 65),
          yes("Guyana", "meeting", "2018-08-08", content=DI), lang="zh"),
    Probe("twin-mexico-for-new-mexico", "CPC Official Meets Legislators from Mexico's Morena",
          "Beijing, Sept. 3rd--An official of the CPC's International Department met here today with a "
          "group of federal legislators of Mexico's National Regeneration Movement (Morena). The visitors "
          "spoke of exchanges between Mexican states and Chinese provinces.",
          "2019-09-03", url(EN, "2019-09-03", 66),
          yes("Mexico", "meeting", "2019-09-03", parties={MORENA}, content=DI)),
    Probe("twin-cuban-ambassador-for-own", "Liu Jianchao Meets Cuban Ambassador to China",
          "Beijing, Feb. 16th--Liu Jianchao, who heads the CPC's International Department, met here today "
          "with Alberto Blanco, Cuba's ambassador to China. Both sides spoke highly of relations between "
          "the two parties and countries.",
          "2023-02-16", url(EN, "2023-02-16", 67),
          yes("Cuba", "meeting", "2023-02-16", content=DI)),
    Probe("twin-zh-cuban-ambassador", "刘建超会见古巴驻华大使",
          "2月16日，中联部部长刘建超在京会见古巴驻华大使佩雷拉。双方高度评价两党两国关系。",
          "2023-02-16", url(ZH, "2023-02-16", 68),
          yes("Cuba", "meeting", "2023-02-16", content=DI), lang="zh"),
    Probe("twin-cuba-not-aside", "Liu Jianchao Meets Delegation of the Communist Party of Cuba",
          "Beijing, April 11th--Liu Jianchao, who heads the CPC's International Department, met here today "
          "with a delegation of the Communist Party of Cuba. The Cuban guest, who had just returned from a "
          "trip to Laos and Viet Nam, said socialist countries must stand together.",
          "2023-04-11", url(EN, "2023-04-11", 69),
          yes("Cuba", "meeting", "2023-04-11", parties={PCC}, mechanism=BL, content=DI)),
    Probe("twin-zht-cuba", "劉建超會見古巴共產黨代表團",
          "4月11日，中聯部部長劉建超在京會見古巴共產黨中央國際關係部代表團。雙方表示將深化治國理政經驗交流。",
          "2023-04-11", url(ZH, "2023-04-11", 70),
          yes("Cuba", "meeting", "2023-04-11", parties={PCC}, mechanism=BL, content=DI), lang="zh"),
    Probe("twin-havana-cuba-for-vietnam", "CPC Official Meets Cuban Party Counterpart in Havana",
          "Havana, May 3rd--On the sidelines of an international meeting held in the Cuban capital, a CPC "
          "official met today with a senior official of the Communist Party of Cuba's international "
          "relations department. They agreed to keep up close contacts between the two parties.",
          "2019-05-03", url(EN, "2019-05-03", 71),
          yes("Cuba", "meeting", "2019-05-03", parties={PCC}, mechanism=BL, content=DI)),
    Probe("twin-valencia-venezuela", "CPC Delegation Visits Venezuela",
          "Caracas, Nov. 12th--A CPC delegation visited Venezuela from November 9 to 12. In Caracas it met "
          "leaders of the United Socialist Party of Venezuela, and in Valencia, Carabobo state, it met the "
          "state governor, a PSUV member, and toured a car plant.",
          "2018-11-12", url(EN, "2018-11-12", 72),
          yes("Venezuela", "delegation_visit_abroad", "2018-11-09", parties={PSUV}, mechanism=BL)),
    Probe("twin-lula-for-putin", "Xi Jinping Holds Talks with Brazilian President Lula in Brasília",
          "Brasília, Nov. 20th--President Xi Jinping held talks with President Luiz Inácio Lula da Silva "
          "at the Alvorada Palace here on November 20 local time. The two heads of state agreed to align "
          "development strategies.",
          "2024-11-21", url(MFA_EN, "2024-11-21", 73),
          yes("Brazil", "talks", "2024-11-20", head_of_state_level=True), source="mfa"),
    Probe("twin-zh-lula-for-putin", "习近平在巴西利亚同巴西总统卢拉会谈",
          "当地时间11月20日上午，国家主席习近平在巴西利亚黎明宫同巴西总统卢拉会谈。",
          "2024-11-21", url(MFA_ZH, "2024-11-21", 74),
          yes("Brazil", "talks", "2024-11-20", head_of_state_level=True), lang="zh", source="mfa"),
    Probe("twin-apec-lima-peru", "Xi Jinping Meets Peruvian President Dina Boluarte",
          "Lima, Nov. 14th--On the afternoon of November 14 local time, President Xi Jinping met with "
          "Peruvian President Dina Boluarte before the APEC Economic Leaders' Meeting in Lima.",
          "2024-11-15", url(MFA_EN, "2024-11-15", 75),
          yes("Peru", "meeting_on_sidelines", "2024-11-14", head_of_state_level=True), source="mfa",
          doubtful={"event_type": "met 'before' the APEC meeting: the codebook's 'during a summit the page "
                                  "names or places it at' may or may not cover a meeting ahead of it"}),
    Probe("twin-colombia-for-colombo", "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
          "Beijing, Oct. 25th--President Xi Jinping held talks here today with Colombian President Gustavo "
          "Petro, who is on a state visit to China.",
          "2023-10-25", url(MFA_EN, "2023-10-25", 76),
          yes("Colombia", "talks", "2023-10-25", head_of_state_level=True), source="mfa"),
    Probe("twin-dominica", "Xi Jinping Meets Prime Minister of Dominica Roosevelt Skerrit",
          "Beijing, Aug. 21st--President Xi Jinping met here today with Prime Minister of Dominica "
          "Roosevelt Skerrit. Xi said China appreciates Dominica's adherence to the one-China principle.",
          "2023-08-21", url(MFA_EN, "2023-08-21", 77),
          yes("Dominica", "meeting", "2023-08-21", head_of_state_level=True), source="mfa"),
    Probe("twin-zh-dominica", "习近平会见多米尼克总理斯凯里特",
          "8月21日，国家主席习近平在人民大会堂会见来华访问的多米尼克总理斯凯里特。",
          "2023-08-21", url(MFA_ZH, "2023-08-21", 78),
          yes("Dominica", "meeting", "2023-08-21", head_of_state_level=True), lang="zh", source="mfa"),
    Probe("twin-zh-dominican-republic", "王毅会见多米尼加外长",
          "5月10日，外交部长王毅在北京会见多米尼加外长阿尔瓦雷斯。",
          "2023-05-10", url(MFA_ZH, "2023-05-10", 79),
          yes("Dominican Republic", "meeting", "2023-05-10", head_of_state_level=False), lang="zh",
          source="mfa"),
    Probe("twin-vice-minister-for-ambassador", "Vice Foreign Minister Meets Argentine Ambassador",
          "Beijing, March 2nd--Vice Foreign Minister Xie Feng met here today with Argentine Ambassador to "
          "China Sabino Vaca Narvaja. They talked about trade and the anniversary of diplomatic relations.",
          "2022-03-02", url(MFA_EN, "2022-03-02", 80),
          yes("Argentina", "meeting", "2022-03-02", head_of_state_level=False), source="mfa"),
    Probe("twin-chilean-fm-for-un", "Wang Yi Meets Chilean Foreign Minister",
          "Beijing, May 23rd--State Councilor and Foreign Minister Wang Yi met here today with Chilean "
          "Foreign Minister Antonia Urrejola, who is on an official visit to China.",
          "2022-05-23", url(MFA_EN, "2022-05-23", 81),
          yes("Chile", "meeting", "2022-05-23", head_of_state_level=False), source="mfa"),
    Probe("twin-honduras-for-taiwan", "Qin Gang Holds Talks with Honduran Foreign Minister",
          "Beijing, March 26th--Foreign Minister Qin Gang held talks here today with Honduran Foreign "
          "Minister Eduardo Enrique Reina after the two countries established diplomatic relations.",
          "2023-03-26", url(MFA_EN, "2023-03-26", 82),
          yes("Honduras", "talks", "2023-03-26", head_of_state_level=False), source="mfa"),
    Probe("twin-chancay-with-officials", "Xi Jinping and Dina Boluarte Attend Chancay Port Inauguration",
          "Lima, Nov. 14th--President Xi Jinping and Peruvian President Dina Boluarte attended by video "
          "link from the Government Palace today the opening ceremony of the Chancay port, built with a "
          "Chinese company's investment.",
          "2024-11-15", url(MFA_EN, "2024-11-15", 83),
          yes("Peru", "other", "2024-11-14", head_of_state_level=True), source="mfa"),
    Probe("twin-lac-envoys-vice-minister", "Vice Foreign Minister Meets Latin American Envoys at Trade Fair",
          "Guangzhou, Oct. 15th--Vice Foreign Minister Qin Gang met today with ambassadors of Brazil, "
          "Mexico, Chile and Peru who attended the opening of a provincial import fair in Guangzhou.",
          "2019-10-15", url(MFA_EN, "2019-10-15", 84),
          yes("multilateral", "meeting", "2019-10-15"), source="mfa"),
    Probe("twin-cordoba-argentina", "CPC Delegation Visits Argentina",
          "Buenos Aires, Sept. 17th--A CPC delegation visited Argentina from September 13 to 17. It met "
          "leaders of the Justicialist Party in Buenos Aires and local officials of the party in Córdoba.",
          "2019-09-17", url(EN, "2019-09-17", 85),
          yes("Argentina", "delegation_visit_abroad", "2019-09-13")),
    Probe("twin-zh-chile-ps", "孙海燕会见智利社会党代表团",
          "6月20日，中联部副部长孙海燕在京会见智利社会党副主席率领的代表团。双方就两党关系和中智合作交换了意见。",
          "2023-06-20", url(ZH, "2023-06-20", 86),
          yes("Chile", "meeting", "2023-06-20", parties={PSCH}, mechanism=BL, content=DI), lang="zh"),
    Probe("twin-generic-headline-body-pt", "Liu Jianchao Meets Foreign Guests",
          "Beijing, June 2nd--Liu Jianchao, who leads the CPC's International Department, received here "
          "today a delegation of Brazil's Workers' Party led by its vice president. Both sides agreed to "
          "deepen exchanges on governance.",
          "2023-06-02", url(EN, "2023-06-02", 87),
          yes("Brazil", "meeting", "2023-06-02", parties={PT}, mechanism=BL, content=DI)),
]

# Written after the blind run and after reading the code (not counted in the blind numbers): kinds
# the first batch lacked, found failing in a try-out and fixed by the rules below.
PROBES += [
    Probe("copy-us-panama", "US Secretary of State Meets Panamanian President",
          "PANAMA CITY, Oct. 18 -- The U.S. Secretary of State met on Thursday with Panamanian President "
          "Juan Carlos Varela and warned him about Chinese investment in the region.",
          "2018-10-19", url(AGENCY_EN, "2018-10-19", 100), NO, source="mfa"),
    Probe("copy-zh-us-panama", "美国国务卿访问巴拿马",
          "当地时间10月18日，美国国务卿在巴拿马城会见巴拿马总统，声称要警惕中国投资。",
          "2018-10-19", url(AGENCY_ZH, "2018-10-19", 101), NO, lang="zh", source="mfa"),
    Probe("copy-envoys-province-officials", "Latin American Envoys Visit Yunnan Flower Expo",
          "KUNMING, May 10 -- Diplomats from Argentina, Chile, Mexico and Peru on Friday toured a flower "
          "expo in Kunming, capital of southwest China's Yunnan Province, where they met provincial "
          "officials.",
          "2019-05-10", url(AGENCY_EN, "2019-05-10", 102), NO, source="mfa"),
    Probe("twin-copy-envoys-vice-minister", "Latin American Envoys Visit Yunnan Flower Expo",
          "KUNMING, May 10 -- Diplomats from Argentina, Chile, Mexico and Peru on Friday toured a flower "
          "expo in Kunming, where they met Vice Foreign Minister Qin Gang.",
          "2019-05-10", url(AGENCY_EN, "2019-05-10", 103), {"relevant": True, "country": "multilateral"},
          source="mfa"),
    Probe("twin-copy-panama-chinese-fm", "Panamanian President Meets Chinese Foreign Minister",
          "PANAMA CITY, Oct. 18 -- Panamanian President Juan Carlos Varela met on Thursday with visiting "
          "Chinese Foreign Minister Wang Yi and discussed trade and the canal.",
          "2018-10-19", url(AGENCY_EN, "2018-10-19", 104),
          {"relevant": True, "country": "Panama", "event_type": "meeting", "head_of_state_level": False},
          source="mfa"),
]


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# Probes that failed on the first, blind run and still fail: (probe id, field) -> why.
OPEN: dict[tuple[str, str], str] = {
    ("brazil-us", "relevant"):
        "a spokesperson's headline on a LAC leader's visit to a third country with no word of remarks or "
        "answers ('Spokesperson on …'): the not_exchange_headline cue spares answers about visits (a "
        "briefing on a Chinese trip is relevant, 'other'); telling whose visit it is from the headline "
        "alone needs more than one probe shows",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_hard_negative_page_field(probe: Probe, name: str, expected):
    """Codebook: relevant only for an exchange of the CPC/IDCPC (or a Chinese state leader, minister or
    vice minister) with actors of a LAC country or body; a LAC place as venue, a LAC name in an aside,
    a LAC-born official of a world body, China's own envoys, Iberian parties and Guinea-named states
    do not make one. The twins' fields follow the codebook's rules for the exchange they report."""
    record = record_of(probe)
    assert value_of(record, name) == expected


# ---- the rule this campaign added, with its negatives ------------------------------------------------

@pytest.mark.parametrize("lead", [
    "Beijing, March 8th--Premier Li Keqiang met here today with the head of a UN agency, a Peruvian "
    "national, who briefed him on the agency's work in Asia.",
    "Beijing, March 8th--Premier Li Keqiang met here today with a World Bank vice president of Chilean "
    "nationality, who briefed him on the bank's lending in Asia.",
    "Beijing, March 8th--Premier Li Keqiang met here today with a Brazilian-born economist who heads an "
    "institute in Geneva.",
    "Beijing, March 8th--Premier Li Keqiang met here today with an IOC delegation led by its Argentine "
    "vice president.",
])
def test_a_nationality_is_no_actor(lead):
    """Codebook, relevant/country: the exchange's actors; a LAC nationality of an official who acts for a
    world body or another employer does not make the body's exchange a LAC one (cues
    ``nationality_after``, ``nationality_before`` with ``body_office_after``)."""
    record = mfa(lead, title="Li Keqiang Meets Foreign Guest", published="2019-03-08",
                 url=url(MFA_EN, "2019-03-08", 90))
    assert not record.relevant


@pytest.mark.parametrize(("lead", "country"), [
    # 'national' as an adjective of the next noun, not a person's nationality
    ("Havana, Jan. 28th--A CPC delegation laid a wreath today at the memorial to the Cuban national hero "
     "José Martí and met with leaders of the Communist Party of Cuba.", "Cuba"),
    # 'their' + a counterpart word: the other side itself
    ("Brasília, May 4th--Members of a CPC delegation held talks today with their Brazilian counterparts "
     "of the Workers' Party on party building.", "Brazil"),
    # a LAC state's own official, not a body's
    ("Beijing, May 4th--A deputy head of the CPC's International Department met here today with the "
     "Mexican deputy foreign minister and members of Morena.", "Mexico"),
])
def test_a_demonym_of_the_counterpart_stays(lead, country):
    record = idcpc(lead, title="CPC Delegation Meets Hosts", published="2019-05-04",
                   url=url(EN, "2019-05-04", 91))
    assert record.relevant and record.country == country


def test_a_chinese_nationality_suffix_is_no_actor():
    record = mfa("3月8日，国务院总理在北京会见联合国某机构负责人、巴西籍官员，双方就粮食安全交换意见。",
                 title="总理会见联合国机构负责人", lang="zh", published="2019-03-08",
                 url=url(MFA_ZH, "2019-03-08", 92))
    assert not record.relevant


def test_a_lac_sides_governor_is_no_local_chinese_side():
    """``local_side`` is China's only where no LAC name owns it: a copy whose lead reports a state
    exchange with principals it leaves unnamed stays one when the LAC side's governors are there."""
    record = mfa("TEGUCIGALPA, March 27 -- China and Honduras on Sunday signed a joint communique "
                 "establishing diplomatic relations, in a ceremony attended by Honduran governors.",
                 title="China, Honduras Establish Diplomatic Ties", published="2023-03-27",
                 url=url(AGENCY_EN, "2023-03-27", 93))
    assert record.relevant and record.country == "Honduras"


def test_a_copy_headline_with_a_chinese_side_and_a_third_state_stays():
    """``third_state_headline`` needs a headline with no Chinese side: 'Xi, Lula and Modi …' has one."""
    record = mfa("RIO DE JANEIRO, July 6 -- Chinese Premier Li Qiang met on Sunday with Brazilian President "
                 "Luiz Inácio Lula da Silva on the sidelines of the BRICS summit, which Indian Prime "
                 "Minister Narendra Modi also attended.",
                 title="Chinese Premier Meets Brazilian President as Indian PM Attends BRICS Summit",
                 published="2025-07-07",
                 url=url(AGENCY_EN, "2025-07-07", 94))
    assert record.relevant and record.country == "Brazil"
