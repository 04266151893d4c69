# ruff: noqa: E501  (headlines and page texts are kept whole, as printed)
"""Campaign 11Y: exchanges with NON-LAC actors where a Latin American or Caribbean (LAC) name
appears only in a descriptive clause or apposition about a person or party ("which has ties with
parties in Guyana", "a former ambassador to Brazil", "who studied in Mexico", "the party's
secretary for Latin America", 曾任驻巴西大使, 曾在古巴留学), beside close positives where the LAC
actor is a real counterpart that is itself described by such a clause ("whose party governs
Honduras", "the Guyanese PPP/C, which ...").

Codebook (shared/eval/SCHEMA.md): `relevant` needs an exchange between the CPC/IDCPC (on
foreign-ministry pages a state leader, minister or vice minister) and actors of a LAC country or
body; a LAC place in a person's career, studies or portfolio does not make that person a LAC
actor. Self-written releases in the sites' style; party, country and official names are facts."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc
from probe_harness import NO, Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_7{n}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_7{n}.htm"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_7{n}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_7{n}.shtml"
EMB_EN = "http://ar.china-embassy.gov.cn/eng/zgxw/{ym}/t{ymd}_7{n}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
LIBRE = "Liberty and Refoundation"
PPPC = "People's Progressive Party/Civic"
MAS = "Movement for Socialism (Bolivia)"
JLP = "Jamaica Labour Party"
PNM = "People's National Movement"
DLP = "Dominica Labour Party"
FMLN = "Farabundo Martí National Liberation Front"
PJ = "Justicialist Party"


def yes(country: str, event_type: str, party_set: set[str] | None = None) -> dict[str, Any]:
    """Expected fields of a relevant page: relevant, country, event type and (when given) parties."""
    out: dict[str, Any] = {"relevant": True, "country": country, "event_type": event_type}
    if party_set is not None:
        out["parties"] = party_set
    return out


PROBES: list[Probe] = [
    # ---- A. IDCPC English: non-LAC counterpart, LAC place in a descriptive clause ----
    Probe("inc-ties-guyana",
          "Sun Haiyan Meets Indian National Congress Delegation",
          "Beijing, March 14th -- Sun Haiyan, a deputy head of the CPC's International Department, received "
          "here today a delegation of the Indian National Congress, which has long-standing ties with parties "
          "in Guyana and Trinidad and Tobago through the Indian diaspora. The two sides talked about relations "
          "between their parties and exchanges of young politicians.",
          "2024-03-14", url(EN, "2024-03-14", 1), NO),
    Probe("psoe-secretary-latam",
          "Chinese Party Official Meets Spanish Socialist Workers' Party Delegation",
          "Beijing, June 5th -- Qian Hongshan, who serves as a vice minister of the CPC's International "
          "Department, met today with a delegation of the Spanish Socialist Workers' Party headed by Héctor "
          "Gómez, the Spanish party's secretary for Latin America and international cooperation. Qian said the "
          "CPC values its links with European social democrats.",
          "2023-06-05", url(EN, "2023-06-05", 2), NO),
    Probe("nepal-studied-mexico",
          "CPC Official Meets Nepali Congress Leader",
          "Beijing, September 20th -- A senior official of the CPC's International Department met here today "
          "with Gagan Thapa, general secretary of the Nepali Congress, who studied public policy in Mexico City "
          "as a young man. They discussed the Belt and Road and cooperation on hydropower.",
          "2023-09-20", url(EN, "2023-09-20", 3), NO),
    Probe("mpla-cuban-advisers",
          "Liu Jianchao Meets MPLA Delegation",
          "Beijing, May 22nd -- Liu Jianchao, who heads the CPC's International Department, received here today "
          "a delegation of the People's Movement for the Liberation of Angola, a party whose early cadres were "
          "trained with help from Cuban advisers. Both sides spoke highly of China-Angola friendship.",
          "2023-05-22", url(EN, "2023-05-22", 4), NO),
    Probe("vietnam-former-amb-brazil",
          "Vice Minister Meets Communist Party of Vietnam Delegation",
          "Beijing, November 8th -- A vice minister of the CPC's International Department held a meeting here "
          "today with a delegation of the Communist Party of Vietnam led by Nguyen Van Hai, a former ambassador "
          "to Brazil who now heads a department of the party's Commission for External Relations.",
          "2023-11-08", url(EN, "2023-11-08", 5), NO),
    Probe("portugal-minister-visited-argentina",
          "CPC Delegation Meets Portuguese Socialist Party Leaders",
          "Lisbon, April 18th -- A CPC delegation visiting Portugal met today with leaders of the Portuguese "
          "Socialist Party, among them a former minister who recently visited Argentina and Uruguay to promote "
          "trade between Europe and Mercosur.",
          "2024-04-18", url(EN, "2024-04-18", 6), NO),
    Probe("spd-latam-desk",
          "Chinese Party Delegation Holds Talks with German SPD",
          "Berlin, October 10th -- A delegation of the Communist Party of China held talks here today with "
          "officials of Germany's Social Democratic Party, including the head of its desk for Latin America "
          "and the Caribbean, on party building and the energy transition.",
          "2023-10-10", url(EN, "2023-10-10", 7), NO),
    Probe("greek-kke-journalist-venezuela",
          "CPC Official Meets Communist Party of Greece Delegation",
          "Beijing, July 3rd -- An official of the CPC's International Department met here today with a "
          "delegation of the Communist Party of Greece. The delegation's leader, who once worked as a "
          "correspondent in Caracas, said the two parties share a commitment to socialism.",
          "2024-07-03", url(EN, "2024-07-03", 8), NO),
    Probe("komeito-born-sao-paulo",
          "CPC Leader Meets Komeito Delegation",
          "Beijing, February 27th -- A senior CPC official met here today with a delegation of Japan's Komeito "
          "party headed by its vice president, who was born in São Paulo to a Japanese-Brazilian family. The "
          "sides exchanged views on China-Japan relations.",
          "2024-02-27", url(EN, "2024-02-27", 9), NO),
    Probe("italy-author-cuban-revolution",
          "Chinese Official Meets Italian Party Leader",
          "Beijing, December 1st -- A deputy head of the CPC's International Department met here today with the "
          "secretary of Italy's Communist Refoundation Party, author of a well-known book on the Cuban "
          "revolution. They talked about the situation of the European left.",
          "2023-12-01", url(EN, "2023-12-01", 10), NO),
    Probe("anc-observers-brazil",
          "Liu Jianchao Meets ANC Delegation",
          "Beijing, August 14th -- Liu Jianchao, who leads the CPC's International Department, met today with a "
          "delegation of South Africa's African National Congress, which sent observers to Brazil's general "
          "election last year. Liu said the CPC is ready to deepen BRICS cooperation between political parties.",
          "2023-08-14", url(EN, "2023-08-14", 11), NO),
    Probe("zambia-degree-havana",
          "CPC Official Meets Zambian Minister",
          "Beijing, June 19th -- An official of the CPC's International Department received here today a Zambian "
          "cabinet minister and member of the United Party for National Development, who holds a medical degree "
          "from the University of Havana.",
          "2024-06-19", url(EN, "2024-06-19", 12), NO),
    Probe("wpk-onward-to-cuba",
          "CPC Receives Workers' Party of Korea Delegation",
          "Beijing, March 30th -- A delegation of the Workers' Party of Korea was received here today by an "
          "official of the CPC's International Department. The delegation will travel on to Cuba and Nicaragua "
          "after its stay in China.",
          "2024-03-30", url(EN, "2024-03-30", 13), NO),
    Probe("philippine-youth-caracas",
          "CPC Official Meets Philippine Party Delegation",
          "Beijing, September 2nd -- A CPC official met here today with a delegation of the Philippines' Akbayan "
          "party, whose youth wing took part in a world youth festival in Caracas last year.",
          "2024-09-02", url(EN, "2024-09-02", 14), NO),
    Probe("chinese-official-former-amb-mexico",
          "Chinese Party Official Meets Kazakh Delegation",
          "Beijing, May 6th -- A deputy head of the CPC's International Department, who previously served as "
          "China's ambassador to Mexico, met here today with a delegation of Kazakhstan's Amanat party.",
          "2024-05-06", url(EN, "2024-05-06", 15), NO),
    Probe("ep-mercosur-delegation",
          "CPC Official Meets European Parliament Members",
          "Beijing, November 21st -- A CPC official met here today with members of the European Parliament, "
          "including the chair of its delegation for relations with Mercosur, and talked about China-EU ties.",
          "2023-11-21", url(EN, "2023-11-21", 16), NO),
    Probe("cpc-spain-portugal-latam-secretary",
          "CPC Delegation Visits Spain and Portugal",
          "Madrid, October 2nd -- A CPC delegation led by a vice minister of the International Department visited "
          "Spain and Portugal from September 25 to October 1. In Madrid it met the Spanish People's Party's "
          "international secretary, who is in charge of Latin American affairs, and in Lisbon leaders of the "
          "Portuguese Communist Party.",
          "2023-10-02", url(EN, "2023-10-02", 17), NO),
    Probe("bjp-minister-visited-guyana",
          "CPC Official Meets Indian Party Delegation",
          "Beijing, January 16th -- An official of the CPC's International Department received a delegation of "
          "India's Bharatiya Janata Party here today. Its leader, a former minister of state who visited Guyana "
          "and Suriname last year, said he hoped for steadier India-China ties.",
          "2024-01-16", url(EN, "2024-01-16", 18), NO),
    Probe("cambodia-cpp-married-peruvian",
          "CPC Leader Meets Cambodian People's Party Delegation",
          "Beijing, April 4th -- A CPC leader met here today with a delegation of the Cambodian People's Party "
          "whose head, a former diplomat posted to Lima and Santiago, praised the Belt and Road.",
          "2024-04-04", url(EN, "2024-04-04", 19), NO),
    Probe("french-pcf-solidarity-cuba",
          "Chinese Official Meets French Communist Party Delegation",
          "Beijing, October 23rd -- A Chinese party official met here today with a delegation of the French "
          "Communist Party, a party known for its campaigns of solidarity with Cuba and Venezuela. The two sides "
          "talked about the world situation.",
          "2023-10-23", url(EN, "2023-10-23", 20), NO),

    # ---- B. IDCPC Chinese (simplified, traditional): the same, in Chinese ----
    Probe("zh-vietnam-former-amb-brazil",
          "孙海燕会见越南共产党代表团",
          "3月12日，中联部副部长孙海燕在京会见越南共产党中央对外部代表团。代表团团长阮文海曾任越南驻巴西大使。"
          "双方就两党交流合作交换了意见。",
          "2024-03-12", url(ZH, "2024-03-12", 21), NO, lang="zh"),
    Probe("zh-laos-studied-cuba",
          "中联部领导会见老挝人民革命党干部考察团",
          "5月9日，中联部一位副部长在京会见老挝人民革命党干部考察团。团长早年曾在古巴留学，现任老党中央委员。"
          "双方表示将深化两党治国理政经验交流。",
          "2024-05-09", url(ZH, "2024-05-09", 22), NO, lang="zh"),
    Probe("zh-psoe-latam-secretary",
          "钱洪山会见西班牙工人社会党代表团",
          "6月5日，中联部副部长钱洪山在京会见西班牙工人社会党拉美事务书记率领的代表团。钱洪山表示，中方重视同欧洲"
          "社会民主党的交往。",
          "2023-06-05", url(ZH, "2023-06-05", 23), NO, lang="zh"),
    Probe("zh-portugal-ps-latam-ties",
          "中联部领导会见葡萄牙社会党代表团",
          "9月14日，中联部一位副部长在京会见葡萄牙社会党代表团。该党同拉美多国政党保持密切联系，在巴西和"
          "阿根廷都有合作伙伴。双方就中葡关系交换了意见。",
          "2023-09-14", url(ZH, "2023-09-14", 24), NO, lang="zh"),
    Probe("zh-cpc-official-former-amb-cuba",
          "中联部副部长会见柬埔寨人民党代表团",
          "11月3日，曾任中国驻古巴大使的中联部副部长在京会见柬埔寨人民党代表团，双方就两党关系交换意见。",
          "2023-11-03", url(ZH, "2023-11-03", 25), NO, lang="zh"),
    Probe("zht-pcp-liaison-cuba",
          "中聯部領導會見葡萄牙共產黨代表團",
          "7月2日，中聯部一位副部長在京會見葡萄牙共產黨代表團。團長曾任該黨駐古巴聯絡員，長期從事國際工作。"
          "雙方表示願加強兩黨交往。",
          "2024-07-02", url(ZH, "2024-07-02", 26), NO, lang="zh"),
    Probe("zh-spain-pp-latam",
          "中联部领导会见西班牙人民党代表团",
          "4月17日，中联部领导在京会见西班牙人民党负责拉美事务的国际书记一行。双方就中欧关系和地区形势交换了看法。",
          "2024-04-17", url(ZH, "2024-04-17", 27), NO, lang="zh"),
    Probe("zh-wpk-onward-venezuela",
          "中联部领导会见朝鲜劳动党代表团",
          "8月21日，中联部领导在京会见朝鲜劳动党代表团。代表团结束访华后将前往委内瑞拉和古巴访问。",
          "2024-08-21", url(ZH, "2024-08-21", 28), NO, lang="zh"),
    Probe("zh-nepal-mexico-degree",
          "中联部领导会见尼泊尔大会党领导人",
          "10月8日，中联部领导在京会见尼泊尔大会党总书记。他曾在墨西哥学习公共政策。双方就两党交往交换意见。",
          "2023-10-08", url(ZH, "2023-10-08", 29), NO, lang="zh"),
    Probe("zht-mongolia-visited-chile",
          "中聯部領導會見蒙古人民黨代表團",
          "12月4日，中聯部一位副部長在京會見蒙古人民黨代表團。團長近期剛訪問智利和秘魯，介紹了蒙古同拉美國家的"
          "礦業合作。",
          "2023-12-04", url(ZH, "2023-12-04", 30), NO, lang="zh"),
    Probe("zh-angola-cuban-help",
          "刘建超会见安哥拉人民解放运动代表团",
          "5月22日，中联部部长刘建超在京会见安哥拉人民解放运动代表团。该党在古巴帮助下建立了早期干部队伍。"
          "双方表示愿深化中安友好。",
          "2023-05-22", url(ZH, "2023-05-22", 31), NO, lang="zh"),

    # ---- C. agency / embassy copies ----
    Probe("agency-inc-guyana",
          "Senior CPC official meets Indian party delegation",
          " date 2024-03-15 \nHome | World | China\nBEIJING, March 15 (Agency) -- A senior official of the "
          "Communist Party of China met here Friday with a delegation of the Indian National Congress, which "
          "has close ties with sister parties in Guyana. Both sides hoped for better exchanges.\nEditor: Li Ming",
          "2024-03-15", url(AGENCY_EN, "2024-03-15", 32), NO),
    Probe("agency-zh-vietnam-former-amb-argentina",
          "中共领导人会见越共代表团",
          " date 2024-06-11 \n首页 > 时政\n新华社北京6月11日电 中共中央对外联络部领导11日在京会见越南共产党代表团。"
          "团长曾任越南驻阿根廷大使。\n【责任编辑：王芳】",
          "2024-06-11", url(AGENCY_ZH, "2024-06-11", 33), NO, lang="zh"),
    Probe("embassy-spain-minister-argentina",
          "Chinese vice minister meets Spanish secretary of state",
          "Buenos Aires, May 3 -- A Chinese vice foreign minister met in Madrid with Spain's secretary of state "
          "for Ibero-America and the Caribbean, who had just returned from Argentina. They discussed China-EU "
          "relations.",
          "2024-05-03", url(EMB_EN, "2024-05-03", 34), NO, source="mfa"),

    # ---- D. foreign-ministry pages ----
    Probe("mfa-wangyi-spain-back-from-chile",
          "Wang Yi Meets Spanish Foreign Minister José Manuel Albares",
          "On March 8, 2024, Foreign Minister Wang Yi met in Beijing with Spanish Foreign Minister José Manuel "
          "Albares, who had just returned from a tour of Chile and Peru. Wang Yi said China and Spain should "
          "keep up high-level exchanges.",
          "2024-03-08", url(MFA_EN, "2024-03-08", 35), NO, source="mfa"),
    Probe("mfa-xi-portugal-onward-brazil",
          "Xi Jinping Meets Portuguese President",
          "On the afternoon of April 10, 2024, President Xi Jinping met at the Great Hall of the People with "
          "Portuguese President Marcelo Rebelo de Sousa, who will go on to Brazil after his visit to China. Xi "
          "said China and Portugal are good friends.",
          "2024-04-10", url(MFA_EN, "2024-04-10", 36), NO, source="mfa"),
    Probe("mfa-vice-fm-canada-americas",
          "Vice Foreign Minister Meets Canadian Deputy Minister",
          "On June 12, 2024, Vice Foreign Minister Ma Zhaoxu met with a Canadian deputy minister responsible for "
          "the Americas, including relations with Mexico and the Caribbean. The two sides exchanged views on "
          "China-Canada relations.",
          "2024-06-12", url(MFA_EN, "2024-06-12", 37), NO, source="mfa"),
    Probe("mfa-li-qiang-italy-argentine-roots",
          "Li Qiang Meets Italian Prime Minister",
          "On July 29, 2024, Premier Li Qiang held talks in Beijing with Italian Prime Minister Giorgia Meloni. "
          "Li said China is ready to work with Italy, a country with deep ties to Argentina and Brazil through "
          "migration, to expand trade.",
          "2024-07-29", url(MFA_EN, "2024-07-29", 38), NO, source="mfa"),
    Probe("mfa-zh-wangyi-france-back-from-mexico",
          "王毅会见法国外长",
          "2024年5月20日，外交部长王毅在北京会见法国外长。后者刚刚结束对墨西哥的访问。王毅表示，中法应加强战略沟通。",
          "2024-05-20", url(MFA_ZH, "2024-05-20", 39), NO, lang="zh", source="mfa"),
    Probe("mfa-zh-vice-fm-eu-latam-envoy",
          "外交部副部长会见欧盟对外行动署拉美事务主任",
          "2024年2月22日，外交部副部长在京会见欧盟对外行动署负责美洲事务的副秘书长，双方就中欧关系和拉美形势交换意见。",
          "2024-02-22", url(MFA_ZH, "2024-02-22", 40), NO, lang="zh", source="mfa"),
    Probe("mfa-zh-xi-spain-king-ibero",
          "习近平同西班牙首相会谈",
          "2024年9月9日，国家主席习近平在人民大会堂同西班牙首相桑切斯会谈。习近平指出，西班牙同拉美国家有着特殊"
          "联系，中方愿同西方在拉美开展三方合作。",
          "2024-09-09", url(MFA_ZH, "2024-09-09", 41), NO, lang="zh", source="mfa"),
    Probe("mfa-wangyi-portugal-former-amb-brazil",
          "Wang Yi Meets Portuguese Foreign Minister",
          "On February 2, 2024, Foreign Minister Wang Yi met in Beijing with Portuguese Foreign Minister Paulo "
          "Rangel, a former ambassador to Brazil. Wang Yi said China and Portugal have no conflicts of interest.",
          "2024-02-02", url(MFA_EN, "2024-02-02", 42), NO, source="mfa"),

    # ---- E. close positives: the LAC actor is the counterpart and is described by a clause ----
    Probe("pos-pppc-which-governs",
          "Liu Jianchao Meets Delegation of Guyana's PPP/C",
          "Beijing, April 16th -- Liu Jianchao, who heads the CPC's International Department, received here "
          "today a delegation of the Guyanese PPP/C, which has governed Guyana since 2020, led by its general "
          "secretary Bharrat Jagdeo. The two sides discussed exchanges on governance.",
          "2024-04-16", url(EN, "2024-04-16", 43), yes("Guyana", "meeting", {PPPC})),
    Probe("pos-libre-whose-party-governs",
          "CPC Official Meets Honduran Party Delegation",
          "Beijing, July 9th -- A deputy head of the CPC's International Department met here today with a "
          "delegation of the Liberty and Refoundation party, whose leader Xiomara Castro governs Honduras. "
          "The two sides agreed to strengthen party exchanges after the establishment of diplomatic ties.",
          "2023-07-09", url(EN, "2023-07-09", 44), yes("Honduras", "meeting", {LIBRE})),
    Probe("pos-pt-studied-in-china",
          "Chinese Official Meets Brazilian Workers' Party Delegation",
          "Beijing, October 17th -- An official of the CPC's International Department met here today with a "
          "delegation of Brazil's Workers' Party headed by a federal deputy who studied in Beijing in the "
          "1990s. They exchanged views on cooperation between the two parties.",
          "2023-10-17", url(EN, "2023-10-17", 45), yes("Brazil", "meeting", {PT})),
    Probe("pos-fa-former-amb-china",
          "CPC Leader Meets Uruguay's Broad Front Delegation",
          "Beijing, November 14th -- A senior CPC leader met here today with a delegation of Uruguay's Broad "
          "Front led by Fernando Pereira, the party's president, and a former ambassador to China. Both sides "
          "valued their friendly ties.",
          "2023-11-14", url(EN, "2023-11-14", 46), yes("Uruguay", "meeting", {FA})),
    Probe("pos-pcc-studied-moscow",
          "Liu Jianchao Meets Cuban Party Delegation",
          "Beijing, June 25th -- Liu Jianchao, head of the CPC's International Department, met today with a "
          "delegation of the Communist Party of Cuba led by a member of its Secretariat who studied in Moscow "
          "and served as ambassador in Vietnam.",
          "2024-06-25", url(EN, "2024-06-25", 47), yes("Cuba", "meeting", {PCC})),
    Probe("pos-cpc-delegation-argentina-former-amb-spain",
          "CPC Delegation Visits Argentina",
          "Buenos Aires, August 30th -- A CPC delegation led by a vice minister of the International Department, "
          "a former ambassador to Spain, visited Argentina from August 26 to 29. It met leaders of the "
          "Justicialist Party and toured a farm cooperative in Córdoba.",
          "2023-08-30", url(EN, "2023-08-30", 48), yes("Argentina", "delegation_visit_abroad", {PJ})),
    Probe("pos-fsln-video-call",
          "CPC Official Holds Video Call with Sandinista Leaders",
          "Beijing, February 6th -- An official of the CPC's International Department held a video call today "
          "with leaders of the Sandinista National Liberation Front, the party that has governed Nicaragua "
          "since 2007, on the resumption of diplomatic relations.",
          "2024-02-06", url(EN, "2024-02-06", 49), yes("Nicaragua", "video_call", {FSLN})),
    Probe("pos-jlp-governs-jamaica",
          "CPC Official Meets Jamaica Labour Party Delegation",
          "Beijing, May 28th -- A deputy head of the CPC's International Department met here today with a "
          "delegation of the Jamaica Labour Party, which has governed Jamaica since 2016, headed by its "
          "general secretary.",
          "2024-05-28", url(EN, "2024-05-28", 50), yes("Jamaica", "meeting", {JLP})),
    Probe("pos-pnm-founded-by-williams",
          "Chinese Official Meets Trinidad and Tobago's PNM",
          "Beijing, October 29th -- An official of the CPC's International Department received a delegation "
          "of the People's National Movement of Trinidad and Tobago, the party founded by Eric Williams, here "
          "today.",
          "2023-10-29", url(EN, "2023-10-29", 51), yes("Trinidad and Tobago", "meeting", {PNM})),
    Probe("pos-dlp-leader-studied-us",
          "CPC Official Meets Dominica Labour Party Delegation",
          "Beijing, March 21st -- An official of the CPC's International Department met here today with a "
          "delegation of the Dominica Labour Party, whose leader studied in the United States and Libya.",
          "2024-03-21", url(EN, "2024-03-21", 52), yes("Dominica", "meeting", {DLP})),
    Probe("pos-fmln-former-guerrilla",
          "CPC Official Meets FMLN Delegation",
          "Beijing, September 12th -- A CPC official met here today with a delegation of El Salvador's Farabundo "
          "Martí National Liberation Front, a former guerrilla movement that became a political party in 1992.",
          "2023-09-12", url(EN, "2023-09-12", 53), yes("El Salvador", "meeting", {FMLN})),
    Probe("pos-mixed-inc-and-morena",
          "CPC Official Meets Foreign Party Delegations",
          "Beijing, January 24th -- An official of the CPC's International Department met here today with a "
          "delegation of Mexico's National Regeneration Movement, the party that governs Mexico, and later with "
          "visitors from the Indian National Congress.",
          "2024-01-24", url(EN, "2024-01-24", 54), yes("Mexico", "meeting", {MORENA})),
    Probe("pos-psch-exile-germany",
          "CPC Leader Meets Socialist Party of Chile Delegation",
          "BEIJING, April 9 (Agency) -- A senior CPC official met here Tuesday with a delegation of the "
          "Socialist Party of Chile led by its president, who lived in exile in Germany during the "
          "dictatorship.",
          "2024-04-10", url(AGENCY_EN, "2024-04-10", 55), yes("Chile", "meeting", {PSCH})),
    Probe("pos-zh-pt-studied-china",
          "中联部领导会见巴西劳工党代表团",
          "10月17日，中联部一位副部长在京会见巴西劳工党代表团。团长曾在中国留学，现任联邦众议员。双方就两党交流交换了意见。",
          "2023-10-17", url(ZH, "2023-10-17", 56), yes("Brazil", "meeting", {PT}), lang="zh"),
    Probe("pos-zh-mas-governs",
          "中联部领导会见玻利维亚争取社会主义运动党代表团",
          "6月3日，中联部领导在京会见玻利维亚争取社会主义运动党代表团。该党目前在玻执政。双方表示将深化两党合作。",
          "2024-06-03", url(ZH, "2024-06-03", 57), yes("Bolivia", "meeting", {MAS}), lang="zh"),
    Probe("pos-zht-psuv",
          "中聯部領導會見委內瑞拉統一社會主義黨代表團",
          "8月6日，中聯部一位副部長在京會見委內瑞拉統一社會主義黨代表團。團長曾任委駐華大使，熟悉中國情況。",
          "2024-08-06", url(ZH, "2024-08-06", 58), yes("Venezuela", "meeting", {PSUV}), lang="zh"),
    Probe("pos-zh-pcc-former-amb-china",
          "刘建超会见古巴共产党代表团",
          "6月25日，中联部部长刘建超在京会见古巴共产党代表团。团长为古共中央委员、曾任古巴驻华大使。",
          "2024-06-25", url(ZH, "2024-06-25", 59), yes("Cuba", "meeting", {PCC}), lang="zh"),
    Probe("pos-zh-pppc-studied-uk",
          "中联部领导会见圭亚那人民进步党代表团",
          "4月16日，中联部领导在京会见圭亚那人民进步党代表团。团长曾在英国留学，该党自2020年起在圭执政。",
          "2024-04-16", url(ZH, "2024-04-16", 60), yes("Guyana", "meeting", {PPPC}), lang="zh"),
    Probe("pos-mfa-vieira-former-amb-us",
          "Wang Yi Meets Brazilian Foreign Minister Mauro Vieira",
          "On May 23, 2024, Foreign Minister Wang Yi met in Beijing with Brazilian Foreign Minister Mauro "
          "Vieira, a former ambassador to the United States and Argentina. Wang Yi said China and Brazil are "
          "comprehensive strategic partners.",
          "2024-05-23", url(MFA_EN, "2024-05-23", 61), yes("Brazil", "meeting"), source="mfa"),
    Probe("pos-mfa-zh-mexico-phone-studied-uk",
          "王毅同墨西哥外长通电话",
          "2024年3月5日，外交部长王毅应约同墨西哥外长通电话。墨西哥外长曾在英国留学，长期从事外交工作。双方就中墨关系交换意见。",
          "2024-03-05", url(MFA_ZH, "2024-03-05", 62), yes("Mexico", "phone_call"), lang="zh", source="mfa"),
    Probe("pos-mfa-xi-peru-studied-spain",
          "Xi Jinping Holds Talks with Peruvian President",
          "On June 28, 2024, President Xi Jinping held talks in Beijing with Peruvian President Dina Boluarte, "
          "who studied law in Lima and later in Spain. The two heads of state agreed to deepen cooperation.",
          "2024-06-28", url(MFA_EN, "2024-06-28", 63), yes("Peru", "talks"), source="mfa"),
    Probe("pos-mfa-counterpart-visited-europe",
          "Vice President Meets Colombian Foreign Minister",
          "On November 7, 2023, Vice President Han Zheng met in Beijing with Colombian Foreign Minister Álvaro "
          "Leyva, who had recently visited Spain and Portugal.",
          "2023-11-07", url(MFA_EN, "2023-11-07", 64), yes("Colombia", "meeting"), source="mfa"),

    # ---- F. non-LAC counterpart, LAC word in the counterpart's own office or title ----
    Probe("spanish-ambassador-designate-to-cuba",
          "CPC Official Meets Spanish Diplomat",
          "Beijing, March 2nd -- An official of the CPC's International Department met here today with a "
          "Spanish diplomat who has been named his country's next ambassador to Cuba.",
          "2024-03-02", url(EN, "2024-03-02", 65), NO),
    Probe("un-eclac-official",
          "Chinese Official Meets UN Regional Commission Official",
          "Beijing, May 15th -- A deputy head of the CPC's International Department met here today with a senior "
          "official of the United Nations who once led the economic commission's office in Santiago, Chile, "
          "and now works in New York.",
          "2024-05-15", url(EN, "2024-05-15", 66), NO),
    Probe("russia-ur-latam-commission",
          "CPC Official Meets United Russia Delegation",
          "Beijing, August 8th -- A CPC official met here today with a United Russia delegation headed by the "
          "chair of the party's commission on ties with Latin America, who briefed on his recent trip to "
          "Venezuela.",
          "2024-08-08", url(EN, "2024-08-08", 67), NO),
    Probe("zh-russia-ur-latam",
          "中联部领导会见统一俄罗斯党代表团",
          "8月8日，中联部领导在京会见统一俄罗斯党代表团。团长为该党对拉美国家联络委员会主席，近日刚访问委内瑞拉。",
          "2024-08-08", url(ZH, "2024-08-08", 68), NO, lang="zh"),
    Probe("zht-spain-envoy-to-mexico",
          "中聯部領導會見西班牙外交官",
          "3月2日，中聯部一位副部長在京會見即將出任西班牙駐墨西哥大使的外交官，雙方就中西關係交換意見。",
          "2024-03-02", url(ZH, "2024-03-02", 69), NO, lang="zh"),
    Probe("mfa-zh-portugal-former-amb-brazil",
          "王毅会见葡萄牙外长",
          "2024年2月2日，外交部长王毅在京会见葡萄牙外长兰热尔。兰热尔曾任葡驻巴西大使。王毅表示，中葡之间没有利益冲突。",
          "2024-02-02", url(MFA_ZH, "2024-02-02", 70), NO, lang="zh", source="mfa"),
]

# Second batch, written after the first fix (not blind): more clause shapes and languages.
PROBES += [
    Probe("b2-serbia-sps-visited-cuba",
          "CPC Official Meets Socialist Party of Serbia Delegation",
          "Beijing, October 15th -- An official of the CPC's International Department met here today with a "
          "delegation of the Socialist Party of Serbia, whose leader had taken part in a conference in Havana "
          "earlier in the year.",
          "2024-10-15", url(EN, "2024-10-15", 82), NO),
    Probe("b2-tanzania-ccm-trained-cuba",
          "Chinese Official Meets Chama Cha Mapinduzi Delegation",
          "Beijing, November 5th -- A deputy head of the CPC's International Department received a delegation "
          "of Tanzania's Chama Cha Mapinduzi here today. Its head, who trained as a doctor in Cuba, thanked "
          "the CPC for its help in cadre training.",
          "2024-11-05", url(EN, "2024-11-05", 83), NO),
    Probe("b2-labour-uk-shadow-latam",
          "CPC Official Meets British Labour Party Members",
          "Beijing, June 11th -- A CPC official met here today with members of the British Labour Party, among "
          "them a former shadow minister for Latin America who has written on Brazil's Amazon policy.",
          "2024-06-11", url(EN, "2024-06-11", 84), NO),
    Probe("b2-zh-mozambique-studied-cuba",
          "中联部领导会见莫桑比克解放阵线党干部考察团",
          "11月12日，中联部领导在京会见莫桑比克解放阵线党干部考察团。团长早年毕业于哈瓦那大学，曾多次访问古巴。",
          "2024-11-12", url(ZH, "2024-11-12", 85), NO, lang="zh"),
    Probe("b2-zh-cpc-official-served-brazil",
          "中联部副部长会见蒙古人民党代表团",
          "9月3日，曾在驻巴西使馆工作多年的中联部副部长在京会见蒙古人民党代表团。双方就两党关系交换意见。",
          "2024-09-03", url(ZH, "2024-09-03", 86), NO, lang="zh"),
    Probe("b2-zht-cpv-former-amb-mexico",
          "中聯部領導會見越南共產黨代表團",
          "10月21日，中聯部領導在京會見越南共產黨中央對外部代表團。團長曾任越南駐墨西哥大使。",
          "2024-10-21", url(ZH, "2024-10-21", 87), NO, lang="zh"),
    Probe("b2-mfa-wangyi-netherlands-caribbean",
          "Wang Yi Holds Talks with Dutch Foreign Minister",
          "On March 21, 2024, Foreign Minister Wang Yi held talks in Beijing with Dutch Foreign Minister Hanke "
          "Bruins Slot, who previously worked on relations with Aruba and Curaçao.",
          "2024-03-21", url(MFA_EN, "2024-03-21", 88), NO, source="mfa"),
    Probe("b2-mfa-zh-germany-born-chile",
          "王毅会见德国外长",
          "2024年6月4日，外交部长王毅在京会见德国外长。这位出生在智利的外长表示，德方重视对华关系。",
          "2024-06-04", url(MFA_ZH, "2024-06-04", 89), NO, lang="zh", source="mfa",
          doubtful={"relevant": "invented biography; only the Chinese attribute shape is probed"}),
    Probe("b2-agency-zh-laos-studied-cuba",
          "中共领导人会见老挝人民革命党代表团",
          " date 2024-07-16 \n首页 > 时政\n新华社北京7月16日电 中共中央对外联络部领导16日在京会见老挝人民革命党代表团。"
          "团长曾在古巴哈瓦那学习。\n【责任编辑：李娜】",
          "2024-07-16", url(AGENCY_ZH, "2024-07-16", 90), NO, lang="zh"),
    # close positives
    Probe("b2-pos-pcc-who-studied-beijing",
          "CPC Official Meets Cuban Youth Leaders",
          "Beijing, July 22nd -- A CPC official met here today with a delegation of the Communist Party of "
          "Cuba headed by a member of its Central Committee who studied Chinese in Beijing and later served "
          "in Vietnam.",
          "2024-07-22", url(EN, "2024-07-22", 91), yes("Cuba", "meeting", {PCC})),
    Probe("b2-pos-morena-which-governs-mexico",
          "CPC Official Meets Morena Delegation",
          "Beijing, March 19th -- An official of the CPC's International Department received here today a "
          "delegation of Morena, which has governed Mexico since 2018 and which holds a majority in Congress.",
          "2024-03-19", url(EN, "2024-03-19", 92), yes("Mexico", "meeting", {MORENA})),
    Probe("b2-pos-zh-fsln-governs",
          "中联部领导会见尼加拉瓜桑地诺民族解放阵线代表团",
          "2月6日，中联部领导在京会见尼加拉瓜桑地诺民族解放阵线代表团。该党自2007年起在尼执政，团长曾在苏联留学。",
          "2024-02-06", url(ZH, "2024-02-06", 93), yes("Nicaragua", "meeting", {FSLN}), lang="zh"),
    Probe("b2-pos-mfa-zh-cuba-studied-russia",
          "王毅会见古巴外长",
          "2024年4月8日，外交部长王毅在京会见古巴外长罗德里格斯。罗德里格斯曾在俄罗斯学习。双方就中古关系交换意见。",
          "2024-04-08", url(MFA_ZH, "2024-04-08", 94), yes("Cuba", "meeting"), lang="zh", source="mfa"),
    Probe("b2-pos-cpc-delegation-cuba-head-former-amb-spain",
          "CPC Delegation Visits Cuba",
          "Havana, September 6th -- A CPC delegation headed by an official who was once ambassador to Spain "
          "visited Cuba from September 1 to 5 at the invitation of the Communist Party of Cuba, meeting "
          "party leaders in Havana and Santiago de Cuba.",
          "2024-09-06", url(EN, "2024-09-06", 95), yes("Cuba", "delegation_visit_abroad", {PCC})),
]


# Third batch (after the fix): the Chinese side described, demonyms only, headline clauses.
PROBES += [
    Probe("b3-chinese-side-visited-brazil",
          "Liu Jianchao Meets Vietnamese Party Delegation",
          "Beijing, April 2nd -- Liu Jianchao, who returned last week from a visit to Brazil and Colombia, met "
          "here today with a delegation of the Communist Party of Vietnam.",
          "2024-04-02", url(EN, "2024-04-02", 96), NO),
    Probe("b3-nepali-demonym-born-peru",
          "CPC Official Meets Nepali Party Delegation",
          "Beijing, August 27th -- A CPC official met here today with a Nepali party delegation whose leader "
          "worked for several years as an engineer in Peru.",
          "2024-08-27", url(EN, "2024-08-27", 97), NO),
    Probe("b3-sri-lanka-latin-america-desk",
          "CPC Official Meets Sri Lankan Party Leaders",
          "Beijing, July 14th -- An official of the CPC's International Department met here today with leaders "
          "of Sri Lanka's National People's Power, including its secretary for relations with Latin America "
          "and Cuba.",
          "2024-07-14", url(EN, "2024-07-14", 98), NO),
    Probe("b3-zh-chinese-side-back-from-argentina",
          "中联部部长会见越共代表团",
          "4月2日，刚结束对阿根廷和智利访问的中联部部长在京会见越南共产党代表团。双方表示要加强两党交流。",
          "2024-04-02", url(ZH, "2024-04-02", 99), NO, lang="zh"),
    Probe("b3-zh-pakistan-ppp-studied-cuba",
          "中联部领导会见巴基斯坦人民党代表团",
          "6月18日，中联部领导在京会见巴基斯坦人民党代表团。团长曾赴古巴学习医学，熟悉拉美事务。",
          "2024-06-18", url(ZH, "2024-06-18", 100), NO, lang="zh"),
    Probe("b3-mfa-kenya-former-amb-brazil",
          "Vice Foreign Minister Meets Kenyan Principal Secretary",
          "On May 9, 2024, Vice Foreign Minister Ma Zhaoxu met in Beijing with Kenya's Principal Secretary for "
          "Foreign Affairs, a former ambassador to Brazil and Argentina.",
          "2024-05-09", url(MFA_EN, "2024-05-09", 101), NO, source="mfa"),
    Probe("b3-agency-ancestry-jamaica",
          "Senior CPC official meets British party delegation",
          " date 2024-09-18 \nHome | World\nBEIJING, Sept. 18 (Agency) -- A senior CPC official met here "
          "Wednesday with a delegation of Britain's Labour Party headed by a member of parliament of Jamaican "
          "descent.\nEditor: Zhang Wei",
          "2024-09-18", url(AGENCY_EN, "2024-09-18", 102), NO),
    # close positives
    Probe("b3-pos-pt-whose-leader-lula",
          "CPC Leader Meets Brazilian Workers' Party Delegation",
          "Beijing, May 13th -- A senior CPC leader met here today with a delegation of the Workers' Party, "
          "whose founder Luiz Inácio Lula da Silva is Brazil's president.",
          "2024-05-13", url(EN, "2024-05-13", 103), yes("Brazil", "meeting", {PT})),
    Probe("b3-pos-country-only-whose",
          "CPC Official Meets Barbados Delegation",
          "Beijing, October 1st -- A CPC official met here today with a delegation from Barbados, whose "
          "members had earlier visited Vietnam and Laos.",
          "2024-10-01", url(EN, "2024-10-01", 104), yes("Barbados", "meeting")),
    Probe("b3-pos-zh-guest-studied-spain",
          "中联部领导会见智利社会党代表团",
          "4月9日，中联部领导在京会见智利社会党代表团。团长曾在西班牙留学，现任该党主席。",
          "2024-04-09", url(ZH, "2024-04-09", 105), yes("Chile", "meeting", {PSCH}), lang="zh"),
    Probe("b3-pos-mfa-argentina-former-amb-us",
          "Wang Yi Meets Argentine Foreign Minister",
          "On April 12, 2024, Foreign Minister Wang Yi met in Beijing with Argentine Foreign Minister Diana "
          "Mondino, who had earlier worked in the United States and Spain.",
          "2024-04-12", url(MFA_EN, "2024-04-12", 106), yes("Argentina", "meeting"), source="mfa"),
]


# Fourth batch (after the fix): clauses with no relative pronoun.
PROBES += [
    Probe("b4-that-clause-ties-guyana",
          "CPC Official Meets Nepali Congress Delegation",
          "Beijing, May 20th -- A CPC official met here today with a delegation of Nepal's Nepali Congress, a "
          "party that keeps friendly contacts with parties in Guyana and Suriname.",
          "2024-05-20", url(EN, "2024-05-20", 108), NO),
    Probe("b4-participle-once-posted-havana",
          "CPC Official Meets Vietnamese Diplomats",
          "Beijing, June 3rd -- A CPC official met here today with Vietnam's ambassador to China, a veteran "
          "diplomat once posted in Havana and Caracas.",
          "2024-06-03", url(EN, "2024-06-03", 109), NO),
    Probe("b4-having-served-mexico",
          "CPC Official Meets Thai Party Leader",
          "Beijing, March 11th -- A CPC official met here today with a leader of Thailand's Pheu Thai Party, "
          "having served earlier as his country's envoy to Mexico.",
          "2024-03-11", url(EN, "2024-03-11", 110), NO,
          doubtful={"relevant": "the participle's subject is unclear in the sentence itself"}),
    Probe("b4-with-ties-to-cuba",
          "CPC Official Meets Irish Party Delegation",
          "Beijing, April 25th -- A CPC official met here today with a delegation of Ireland's Sinn Féin, with "
          "long ties to the Cuban Communist movement's solidarity campaigns in Europe.",
          "2024-04-25", url(EN, "2024-04-25", 111), NO),
]


# Probes that failed on the first, blind run and still fail: (probe id, field) -> why.
OPEN: dict[tuple[str, str], str] = {
    ("un-eclac-official", "relevant"):
        "the United Nations is no outside counterpart the project knows (not a country or party of the "
        "look-alikes, and 'a senior official of the United Nations' is no world_org_official), so the "
        "gate on descriptive clauses has no outside actor to stand on",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_descriptive_mention_field(probe: Probe, name: str, expected):
    """Codebook: a LAC place in a non-LAC person's or party's career, studies, travels, ties or
    portfolio makes no LAC actor; a LAC counterpart described by such a clause stays the counterpart."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rule this campaign added, with its negatives ---------------------------------------------

@pytest.mark.parametrize("text", [
    # the descriptive clause closes before the LAC guests: a meeting clause between
    "Beijing, May 6th -- A CPC official met here today with a delegation of Japan's Komeito, which is "
    "Japan's governing partner, and later with a delegation from Brazil.",
    # a LAC party named inside the clause is still an actor the gate leaves alone
    "Beijing, May 6th -- A CPC official met here today with a delegation of Japan's Komeito, which came "
    "together with members of Brazil's Workers' Party.",
])
def test_a_clause_that_closes_before_the_lac_guests_keeps_them(text):
    """``in_descriptive_clause``: a LAC name after the describing clause has closed (a new meeting
    clause) or a LAC party is a side of the exchange, not a description."""
    record = idcpc(text, title="CPC Official Meets Foreign Party Delegations", published="2024-05-06",
                   url=url(EN, "2024-05-06", 80))
    assert record.relevant and record.country == "Brazil"


def test_a_describing_clause_of_an_outside_guest_makes_no_lac_actor():
    """Codebook, relevant: the guest's studies, birth or ties in a LAC country make it no LAC actor."""
    record = idcpc("Beijing, May 6th -- A CPC official met here today with a delegation of the Communist "
                   "Party of Vietnam whose head was born in Havana to a diplomat's family.",
                   title="CPC Official Meets Vietnamese Delegation", published="2024-05-06",
                   url=url(EN, "2024-05-06", 81))
    assert not record.relevant


@pytest.mark.parametrize(("text", "relevant"), [
    ("Beijing, Sept. 18th -- A CPC official met here today with a Jamaican delegation and later with a "
     "delegation of Britain's Labour Party.", True),
    ("Beijing, Sept. 18th -- A CPC official met here today with a delegation of Britain's Labour Party "
     "headed by a Jamaican-born member of parliament.", False),
])
def test_a_demonym_of_descent_is_no_actor(text, relevant):
    """``ANCESTRY_AFTER``: "of Jamaican descent", "Jamaican-born" describe a person of elsewhere; a
    Jamaican delegation is an actor."""
    record = idcpc(text, title="CPC Official Meets Foreign Guests", published="2024-09-18",
                   url=url(EN, "2024-09-18", 107))
    assert record.relevant is relevant
