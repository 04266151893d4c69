"""Campaign 13H: acronyms and short names whose meaning depends on the page.

An acronym in brackets right after a full name is that name's (the Communist Party of China written
"PCCh" in a Spanish-language copy is the CPC, not Chile's PCCh); an acronym defined once is used alone
afterwards; the same letters stand for different parties in different countries (PT of Brazil and of
Mexico, PS of Chile and of France, PCC of Cuba and of Colombia, MAS of Bolivia and of Venezuela, PRD of
Mexico, Panama and the Dominican Republic, FA of Uruguay, Costa Rica and Chile); Spanish and Portuguese
acronyms stand alone in English copies; Chinese pages use short forms (古共, 委统社党, 尼桑解阵); and LAC
bodies are named by acronym (CELAC, CARICOM, SICA, ALBA, COPPPAL, UPLA, FSP, Parlatino, Parlasur,
OECS). Negatives: non-LAC parties and bodies with look-alike acronyms.

Self-written releases in the sites' style; party, country, body and official names are facts. Each
probe names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, mfa, parties
from probe_harness import BL, NO, RL, B, Probe, R, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_13{n:02d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_13{n:02d}.htm"
LATAM_EN = "https://www.prensa-latina-example.com/en/{y}/{m}/{d}/note{n}.html"
EMB_EN = "http://br.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_{n}.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_13{n:02d}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_13{n:02d}.shtml"

PCC = "Communist Party of Cuba"
PCCOL = "Colombian Communist Party"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PTMX = "Labor Party (Mexico)"
PCDOB = "Communist Party of Brazil"
PSOL = "Socialism and Liberty Party"
FSLN = "Sandinista National Liberation Front"
FMLN = "Farabundo Martí National Liberation Front"
URNG = "Guatemalan National Revolutionary Unity"
FA = "Broad Front"
FACR = "Broad Front (Costa Rica)"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
PRI = "Institutional Revolutionary Party"
PAN = "National Action Party (Mexico)"
PRDMX = "Party of the Democratic Revolution"
PRDPA = "Democratic Revolutionary Party"
PRDDO = "Dominican Revolutionary Party"
PLD = "Dominican Liberation Party"
PLN = "National Liberation Party"
MAS = "Movement for Socialism (Bolivia)"
MASVE = "Movement for Socialism (Venezuela)"
PCU = "Communist Party of Uruguay"


def rel(country: str, party_set: set[str] | None = None, mechanism: set[str] | None = None) -> dict[str, Any]:
    """The expected fields of a relevant IDCPC exchange (parties/mechanism only when given)."""
    out: dict[str, Any] = {"relevant": True, "country": country}
    if party_set is not None:
        out["parties"] = party_set
    if mechanism is not None:
        out["mechanism"] = mechanism
    return out


def mrel(country: str, who: str | None = None) -> dict[str, Any]:
    """The expected fields of a relevant MFA exchange; ``who`` is a part of the counterpart."""
    out: dict[str, Any] = {"relevant": True, "country": country}
    if who is not None:
        out["counterpart_has"] = who
    return out


PROBES: list[Probe] = [
    # ---- A. an acronym in brackets after a full name is that name's ----------------------------------
    Probe("cpc-as-pcch-chile-visit",
          "Communist Party of Chile Delegation Visits China",
          "Beijing, June 12 -- A delegation of the Communist Party of Chile (PCCh), headed by its president "
          "Lautaro Carmona, held talks today with Sun Haiyan, deputy head of the International Department "
          "of the Communist Party of China (CPC). Carmona said the PCCh values its ties with the CPC.",
          "2023-06-12", url(EN, "2023-06-12", 1), rel("Chile", {PCCH}, BL)),
    Probe("cpc-written-pcch-in-latam-copy-cuba",
          "Cuban party cadres end study tour in China",
          "Havana, Sept 20 (PL) -- A group of cadres of the Communist Party of Cuba (PCC) returned home "
          "after a two-week study programme organised by the Communist Party of China (PCCh) in Beijing and "
          "Guizhou. The PCC delegation visited villages and schools of the PCCh.",
          "2019-09-20", url(LATAM_EN, "2019-09-20", 2), rel("Cuba", {PCC}, BL)),
    Probe("cpc-written-pcch-only-vietnam",
          "Vietnamese party delegation concludes visit to China",
          "Beijing, Oct 3 (PL) -- Leaders of the Communist Party of Vietnam (CPV) met senior officials of "
          "the Communist Party of China (PCCh) during a five-day visit. The PCCh and the CPV agreed to "
          "deepen exchanges on party building.",
          "2019-10-03", url(LATAM_EN, "2019-10-03", 3), NO),
    Probe("wpk-bracketed-negative",
          "Liu Jianchao Meets Delegation of the Workers' Party of Korea",
          "Beijing, April 8th -- Liu Jianchao, who heads the CPC's International Department, received "
          "a delegation of the Workers' Party of Korea (WPK) here today. The WPK side said the two parties "
          "would keep close strategic communication.",
          "2024-04-08", url(EN, "2024-04-08", 4), NO),
    Probe("ps-senegal-bracketed-negative",
          "CPC Official Meets Socialist Party of Senegal Leader",
          "Beijing, March 2nd -- Guo Yezhou, a vice head of the IDCPC, met with a delegation of the "
          "Socialist Party (PS) of Senegal. The PS leader briefed him on his party's work.",
          "2018-03-02", url(EN, "2018-03-02", 5), NO),
    Probe("pt-belgium-ptb-negative",
          "CPC Delegation Visits Belgium",
          "Brussels, May 15th -- A CPC delegation met leaders of the Workers' Party of Belgium (PTB), "
          "exchanging views on party work. The PT side, as it is also called, hosted a dinner.",
          "2018-05-15", url(EN, "2018-05-15", 6), NO),
    Probe("pt-defined-brazil-then-alone",
          "Brazilian Workers' Party Delegation Visits Beijing",
          "Beijing, August 22nd -- A delegation of the Workers' Party (PT) of Brazil led by its national "
          "president Gleisi Hoffmann met with Song Tao, who then headed the IDCPC. Song said the CPC "
          "values its friendship with the PT. The PT delegation later toured Zhejiang.",
          "2019-08-22", url(EN, "2019-08-22", 7), rel("Brazil", {PT}, BL)),
    Probe("pt-mexico-defined",
          "CPC Official Meets Mexican Labor Party Leader",
          "Beijing, November 6th -- Qian Hongshan, vice minister of the IDCPC, met with Alberto Anaya, "
          "national leader of the Labor Party (PT) of Mexico. Anaya said the PT supports the "
          "one-China principle.",
          "2018-11-06", url(EN, "2018-11-06", 8), rel("Mexico", {PTMX}, BL)),
    Probe("pt-mexico-by-adjective",
          "Mexican PT leaders visit China",
          "Mexico City, July 3 -- Leaders of Mexico's PT, a left party in the governing coalition, met a "
          "visiting CPC delegation this week and agreed to hold a joint seminar. PT lawmaker Alberto Anaya "
          "said ties with the CPC were strong.",
          "2023-07-03", url(LATAM_EN, "2023-07-03", 9), rel("Mexico", {PTMX}, BL)),
    Probe("pt-brazil-by-adjective",
          "CPC delegation meets Brazil's PT",
          "Brasília, March 14 -- A CPC delegation held talks with leaders of Brazil's PT at the party's "
          "headquarters in Brasília, PT sources said. The two sides discussed governance experience.",
          "2024-03-14", url(LATAM_EN, "2024-03-14", 10), rel("Brazil", {PT}, BL)),
    # ---- B. PS, PC, PCC, MAS, PRD, PLN, FA in two countries ---------------------------------------------
    Probe("ps-chile-defined",
          "Liu Jianchao Meets Socialist Party of Chile Delegation",
          "Beijing, May 23rd -- Liu Jianchao, who heads the CPC's International Department, received a "
          "delegation of the Socialist Party (PS) of Chile led by its president Paulina Vodanovic. The "
          "PS leader said her party wants closer exchanges with the CPC.",
          "2023-05-23", url(EN, "2023-05-23", 11), rel("Chile", {PSCH}, BL)),
    Probe("ps-chile-acronym-with-country",
          "Chilean PS leader meets CPC envoy",
          "Santiago, Dec 5 -- The president of Chile's PS met a visiting CPC delegation in Santiago, "
          "the party said in a statement. The PS and the CPC agreed to exchange young cadres.",
          "2022-12-05", url(LATAM_EN, "2022-12-05", 12), rel("Chile", {PSCH}, BL)),
    Probe("pcc-colombia-defined",
          "CPC Official Meets Colombian Communist Party Delegation",
          "Beijing, September 9th -- Chen Zhou, an assistant minister of the IDCPC, met with a delegation "
          "of the Colombian Communist Party (PCC) led by its general secretary Jaime Caycedo. The PCC "
          "delegation is in China at the invitation of the CPC.",
          "2019-09-09", url(EN, "2019-09-09", 13), rel("Colombia", {PCCOL}, BL)),
    Probe("pcc-colombia-by-country-word",
          "CPC delegation meets Colombia's PCC",
          "Bogotá, April 17 -- Leaders of the PCC of Colombia received a CPC delegation and discussed the "
          "peace process and party building, PCC spokespeople said.",
          "2023-04-17", url(LATAM_EN, "2023-04-17", 14), rel("Colombia", {PCCOL}, BL)),
    Probe("pcc-cuba-acronym-alone-cuban-page",
          "Cuban party delegation meets CPC leaders",
          "Havana, Nov 28 (PL) -- A delegation of the PCC Central Committee that visited Beijing held "
          "talks with the CPC International Department, Cuban party sources said. The PCC and the CPC "
          "signed a cooperation plan.",
          "2018-11-28", url(LATAM_EN, "2018-11-28", 15), rel("Cuba", {PCC}, BL)),
    Probe("mas-bolivia-defined",
          "CPC Official Meets Bolivian MAS Delegation",
          "Beijing, October 18th -- Xu Lyuping, a vice minister of the IDCPC, met with a delegation of "
          "the Movement for Socialism (MAS) of Bolivia. The MAS delegation said Bolivia sees China as a "
          "reliable partner.",
          "2019-10-18", url(EN, "2019-10-18", 16), rel("Bolivia", {MAS}, BL)),
    Probe("mas-bolivia-acronym-with-country",
          "CPC delegation meets Bolivia's MAS",
          "La Paz, July 30 -- Leaders of Bolivia's governing MAS met a delegation of the CPC on Tuesday "
          "and discussed rural development.",
          "2024-07-30", url(LATAM_EN, "2024-07-30", 17), rel("Bolivia", {MAS}, BL)),
    Probe("mas-venezuela-defined",
          "CPC Official Meets Venezuelan MAS Leader",
          "Beijing, January 10th -- An IDCPC vice minister met with the leader of the Movement for "
          "Socialism (MAS) of Venezuela, who is on a visit to China. The MAS leader said his party "
          "supports cooperation between the two countries.",
          "2018-01-10", url(EN, "2018-01-10", 18), rel("Venezuela", {MASVE})),
    Probe("prd-mexico-defined",
          "CPC Official Meets Mexico's PRD Delegation",
          "Beijing, June 4th -- Guo Yezhou, a vice minister of the IDCPC, met with a delegation of the "
          "Party of the Democratic Revolution (PRD) of Mexico. The PRD guests said they wish to learn "
          "from China's poverty reduction.",
          "2018-06-04", url(EN, "2018-06-04", 19), rel("Mexico", {PRDMX})),
    Probe("prd-panama-defined",
          "CPC Official Meets Panama's PRD Delegation",
          "Beijing, September 26th -- An IDCPC vice minister received a delegation of the Democratic "
          "Revolutionary Party (PRD) of Panama. The PRD side said Panama's ties with China open a new "
          "chapter.",
          "2018-09-26", url(EN, "2018-09-26", 20), rel("Panama", {PRDPA})),
    Probe("prd-dominican-defined",
          "CPC Official Meets Dominican PRD Delegation",
          "Beijing, December 3rd -- An IDCPC vice minister met with leaders of the Dominican "
          "Revolutionary Party (PRD) of the Dominican Republic. The PRD guests praised the new diplomatic "
          "ties.",
          "2018-12-03", url(EN, "2018-12-03", 21), rel("Dominican Republic", {PRDDO})),
    Probe("pln-costa-rica-defined",
          "CPC Official Meets Costa Rica's PLN Delegation",
          "Beijing, May 29th -- An IDCPC vice minister met with a delegation of the National Liberation "
          "Party (PLN) of Costa Rica. The PLN leader said his party backs closer ties with China.",
          "2019-05-29", url(EN, "2019-05-29", 22), rel("Costa Rica", {PLN})),
    Probe("fa-uruguay-defined",
          "Liu Jianchao Meets Broad Front Delegation of Uruguay",
          "Beijing, April 11th -- Liu Jianchao, who heads the CPC's International Department, received "
          "a delegation of Uruguay's Broad Front (FA) led by its president Fernando Pereira. The FA "
          "guests said they value the CPC's experience.",
          "2024-04-11", url(EN, "2024-04-11", 23), rel("Uruguay", {FA}, BL)),
    Probe("fa-costa-rica-defined",
          "CPC Official Meets Costa Rican Broad Front Leader",
          "Beijing, August 8th -- An IDCPC vice minister met with the leader of the Broad Front (FA) of "
          "Costa Rica. The FA is a left party represented in the Legislative Assembly.",
          "2018-08-08", url(EN, "2018-08-08", 24), rel("Costa Rica", {FACR}, BL)),
    Probe("fa-uruguay-acronym-with-country",
          "Uruguay's FA hosts CPC delegation",
          "Montevideo, Oct 24 -- Uruguay's governing FA hosted a CPC delegation at its headquarters on "
          "Thursday, FA leaders said.",
          "2024-10-24", url(LATAM_EN, "2024-10-24", 25), rel("Uruguay", {FA}, BL)),
    # ---- C. Spanish and Portuguese acronyms alone in English copies --------------------------------------
    Probe("pcdob-alone",
          "CPC delegation meets PCdoB leaders in São Paulo",
          "São Paulo, Nov 9 -- A CPC delegation met leaders of the PCdoB, including its president Luciana "
          "Santos, and discussed Brazil-China ties.",
          "2022-11-09", url(LATAM_EN, "2022-11-09", 26), rel("Brazil", {PCDOB}, BL)),
    Probe("psol-alone",
          "PSOL lawmakers visit China",
          "Beijing, May 20 -- Lawmakers of Brazil's PSOL held talks with an IDCPC vice minister in Beijing. "
          "The PSOL delegation said it hopes to learn about China's rural revitalization.",
          "2024-05-20", url(AGENCY_EN, "2024-05-20", 27), rel("Brazil", {PSOL}, BL)),
    Probe("fmln-alone",
          "CPC official meets FMLN delegation",
          "Beijing, Aug 21 -- An IDCPC vice minister met with a delegation of El Salvador's FMLN in "
          "Beijing on Tuesday. The FMLN guests congratulated the CPC on the new diplomatic ties.",
          "2018-08-23", url(AGENCY_EN, "2018-08-23", 28), rel("El Salvador", {FMLN}, BL)),
    Probe("fsln-alone",
          "FSLN delegation visits Beijing",
          "Beijing, Dec 12 -- A delegation of the FSLN, Nicaragua's governing party, held talks with the "
          "IDCPC on Monday. The FSLN delegation also visited Shanghai.",
          "2023-12-12", url(AGENCY_EN, "2023-12-12", 29), rel("Nicaragua", {FSLN}, BL)),
    Probe("urng-alone",
          "CPC delegation meets URNG leaders in Guatemala",
          "Guatemala City, Feb 27 -- Leaders of the URNG met a visiting delegation of the CPC and "
          "exchanged views on party building, the URNG said.",
          "2019-02-27", url(LATAM_EN, "2019-02-27", 30), rel("Guatemala", {URNG}, BL)),
    Probe("morena-caps-alone",
          "Song Tao meets MORENA delegation",
          "Beijing, Sept 4th -- Song Tao, who then headed the IDCPC, met with a delegation of MORENA, "
          "Mexico's ruling party, led by its secretary general.",
          "2019-09-04", url(EN, "2019-09-04", 31), rel("Mexico", {MORENA}, BL)),
    Probe("morena-titlecase-alone",
          "Morena leaders hold video call with CPC",
          "Mexico City, March 6 -- Leaders of Morena held a video call with the CPC International "
          "Department on Wednesday, Morena said. Mario Delgado, who leads Morena, took part.",
          "2024-03-06", url(LATAM_EN, "2024-03-06", 32), rel("Mexico", {MORENA}, BL)),
    Probe("pri-alone",
          "CPC official meets PRI delegation",
          "Beijing, July 10 -- An IDCPC vice minister met with a delegation of Mexico's PRI, which is "
          "visiting China at the invitation of the CPC.",
          "2018-07-10", url(AGENCY_EN, "2018-07-10", 33), rel("Mexico", {PRI})),
    Probe("pan-alone",
          "CPC official meets PAN leaders of Mexico",
          "Beijing, June 18 -- An IDCPC vice minister met with leaders of the PAN of Mexico, the "
          "conservative opposition party, in Beijing.",
          "2019-06-18", url(AGENCY_EN, "2019-06-18", 34), rel("Mexico", {PAN}, B)),
    Probe("pan-african-not-mexico",
          "CPC official meets Pan-African parliamentarians",
          "Beijing, June 18 -- An IDCPC vice minister met with members of the Pan-African Parliament, "
          "which is visiting China at the invitation of the CPC.",
          "2019-06-18", url(AGENCY_EN, "2019-06-18", 35), NO),
    Probe("psuv-defined-then-alone",
          "CPC Official Meets PSUV Delegation",
          "Beijing, March 27th -- An IDCPC vice minister met with a delegation of the United Socialist "
          "Party of Venezuela (PSUV). The PSUV delegation attended a study programme in Beijing.",
          "2019-03-27", url(EN, "2019-03-27", 36), rel("Venezuela", {PSUV}, BL)),
    Probe("psuv-alone",
          "PSUV delegation visits China",
          "Beijing, April 3 -- A delegation of the PSUV led by Diosdado Cabello held talks with the CPC "
          "International Department on Tuesday.",
          "2018-04-05", url(AGENCY_EN, "2018-04-05", 37), rel("Venezuela", {PSUV}, BL)),
    Probe("fa-pcu-both-alone",
          "Uruguayan left delegation visits China",
          "Beijing, Sept 15 -- Leaders of the FA and the PCU of Uruguay met IDCPC officials in Beijing on "
          "Friday. The FA and PCU delegates toured Shanghai afterwards.",
          "2023-09-16", url(AGENCY_EN, "2023-09-16", 38), rel("Uruguay", {FA, PCU}, BL)),
    # ---- D. Chinese short forms ---------------------------------------------------------------------------
    Probe("zh-gugong",
          "刘建超会见古共代表团",
          "北京5月16日讯 中联部部长刘建超今天在京会见古共中央委员、国际关系部部长率领的古共干部考察团。"
          "刘建超表示，中方愿同古共加强治党治国经验交流。",
          "2023-05-16", url(ZH, "2023-05-16", 39), rel("Cuba", {PCC}, BL), lang="zh"),
    Probe("zh-weitongshe",
          "中联部副部长会见委统社党代表团",
          "北京9月7日讯 中联部副部长今天在京会见委统社党副主席率领的代表团。双方就加强两党交往交换意见。",
          "2023-09-07", url(ZH, "2023-09-07", 40), rel("Venezuela", {PSUV}, BL), lang="zh"),
    Probe("zh-nisangjiezhen",
          "中联部领导会见尼桑解阵代表团",
          "北京11月20日讯 中联部副部长今天在京会见尼桑解阵全国领导委员会委员率领的代表团。"
          "尼方表示，尼桑解阵高度重视同中共的关系。",
          "2023-11-20", url(ZH, "2023-11-20", 41), rel("Nicaragua", {FSLN}, BL), lang="zh"),
    Probe("zh-baxi-laogong",
          "中联部部长会见巴西劳工党主席",
          "北京4月10日讯 中联部部长今天在京会见巴西劳工党主席率领的代表团。双方表示愿加强党际交流。",
          "2024-04-10", url(ZH, "2024-04-10", 42), rel("Brazil", {PT}, BL), lang="zh"),
    Probe("zh-mo-guojia-fuxing",
          "中联部副部长会见墨国家复兴运动代表团",
          "北京6月13日讯 中联部副部长今天在京会见墨国家复兴运动党秘书长率领的代表团。",
          "2024-06-13", url(ZH, "2024-06-13", 43), rel("Mexico", {MORENA}, BL), lang="zh"),
    Probe("zh-famajiezhen",
          "中联部副部长会见萨法马解阵代表团",
          "北京8月28日讯 中联部副部长今天在京会见萨尔瓦多法马解阵总书记率领的代表团。",
          "2018-08-28", url(ZH, "2018-08-28", 44), rel("El Salvador", {FMLN}, BL), lang="zh"),
    Probe("zh-zhigong",
          "中联部副部长会见智利共产党代表团",
          "北京10月9日讯 中联部副部长今天在京会见智共主席率领的代表团。智共客人表示，愿同中共深化交往。",
          "2023-10-09", url(ZH, "2023-10-09", 45), rel("Chile", {PCCH}, BL), lang="zh"),
    Probe("zh-trad-gugong",
          "中聯部部長會見古共代表團",
          "北京5月16日電 中聯部部長今日在京會見古巴共產黨中央委員率領的古共代表團，"
          "雙方就加強兩黨交流交換意見。",
          "2023-05-16", url(HK_ZH, "2023-05-16", 46), rel("Cuba", {PCC}, BL), lang="zh"),
    Probe("zh-trad-weitongshe",
          "中聯部副部長會見委內瑞拉統一社會主義黨代表團",
          "北京9月7日電 中聯部副部長今日在京會見委統社黨副主席率領的代表團。",
          "2023-09-07", url(HK_ZH, "2023-09-07", 47), rel("Venezuela", {PSUV}, BL), lang="zh"),
    Probe("zh-yuegong-negative",
          "中联部部长会见越共代表团",
          "北京3月5日讯 中联部部长今天在京会见越共中央对外部部长率领的越共代表团。",
          "2024-03-05", url(ZH, "2024-03-05", 48), NO, lang="zh"),
    Probe("zh-laoren-negative",
          "中联部副部长会见老挝人革党代表团",
          "北京7月2日讯 中联部副部长今天在京会见老挝人革党中央委员率领的代表团。",
          "2024-07-02", url(ZH, "2024-07-02", 49), NO, lang="zh"),
    Probe("zh-bolivia-zhengqu",
          "中联部副部长会见玻利维亚争取社会主义运动党代表团",
          "北京11月5日讯 中联部副部长今天在京会见玻争取社会主义运动党全国领导委员会成员率领的代表团。",
          "2019-11-05", url(ZH, "2019-11-05", 50), rel("Bolivia", {MAS}, BL), lang="zh"),
    # ---- E. LAC bodies by acronym --------------------------------------------------------------------------
    Probe("copppal-acronym",
          "CPC Official Meets COPPPAL Delegation",
          "Beijing, July 25th -- An IDCPC vice minister met with a delegation of COPPPAL, the Permanent "
          "Conference of Political Parties of Latin America and the Caribbean, led by its president.",
          "2019-07-25", url(EN, "2019-07-25", 51), rel("multilateral", mechanism=R)),
    Probe("copppal-acronym-only",
          "COPPPAL leaders meet CPC delegation in Mexico City",
          "Mexico City, Nov 14 -- Leaders of COPPPAL met a visiting CPC delegation on Tuesday and agreed to "
          "co-host a forum of political parties next year.",
          "2023-11-16", url(LATAM_EN, "2023-11-16", 52), {"relevant": True, "country": "multilateral"}),
    Probe("upla-acronym",
          "CPC Official Meets UPLA Delegation",
          "Beijing, May 6th -- An IDCPC vice minister met with a delegation of the Union of Latin "
          "American Parties (UPLA), a group of centre-right parties of the region.",
          "2019-05-06", url(EN, "2019-05-06", 53), rel("multilateral", mechanism=R)),
    Probe("fsp-acronym",
          "CPC Delegation Attends FSP Meeting in Caracas",
          "Caracas, July 26 -- A CPC delegation attended the meeting of the FSP, the São Paulo Forum, a "
          "grouping of left parties of Latin America, and met its executive secretary.",
          "2019-07-28", url(LATAM_EN, "2019-07-28", 54), rel("multilateral", mechanism=RL)),
    Probe("foro-sao-paulo-spanish",
          "CPC official meets Foro de São Paulo secretariat",
          "Beijing, Oct 8 -- An IDCPC vice minister met with members of the secretariat of the Foro de "
          "São Paulo in Beijing.",
          "2018-10-10", url(AGENCY_EN, "2018-10-10", 55), rel("multilateral", mechanism=RL)),
    Probe("parlatino-acronym",
          "CPC Official Meets Parlatino Delegation",
          "Beijing, April 20th -- An IDCPC vice minister met with a delegation of Parlatino, the Latin "
          "American and Caribbean Parliament, led by its president.",
          "2019-04-20", url(EN, "2019-04-20", 56), rel("multilateral", mechanism=R)),
    Probe("parlasur-acronym",
          "CPC official meets Parlasur members",
          "Beijing, Nov 7 -- An IDCPC vice minister met with members of Parlasur, the parliament of "
          "Mercosur, from Argentina, Brazil, Paraguay and Uruguay.",
          "2019-11-09", url(AGENCY_EN, "2019-11-09", 57), rel("multilateral", mechanism=R)),
    Probe("caricom-acronym",
          "CPC Official Meets CARICOM Envoys",
          "Beijing, March 19th -- An IDCPC vice minister met with ambassadors to China of CARICOM member "
          "states and briefed them on the two sessions.",
          "2024-03-19", url(EN, "2024-03-19", 58), rel("multilateral", mechanism=R)),
    Probe("celac-acronym",
          "CPC Official Meets CELAC Envoys",
          "Beijing, Dec 1st -- An IDCPC vice minister met with diplomats of the CELAC member states "
          "posted in Beijing.",
          "2023-12-01", url(EN, "2023-12-01", 59), rel("multilateral", mechanism=R)),
    Probe("sica-acronym",
          "CPC official meets SICA envoys",
          "Beijing, Aug 30 -- An IDCPC vice minister met with envoys of SICA member states and shared "
          "the CPC's views on development.",
          "2024-08-30", url(AGENCY_EN, "2024-08-30", 60), rel("multilateral", mechanism=R)),
    Probe("alba-acronym",
          "CPC official meets ALBA delegation",
          "Beijing, June 6 -- An IDCPC vice minister met with a delegation of ALBA-TCP, the Bolivarian "
          "Alliance for the Peoples of Our America, led by its executive secretary.",
          "2019-06-06", url(AGENCY_EN, "2019-06-06", 61), rel("multilateral", mechanism=R),
          doubtful={"mechanism": "ALBA is a body of states, not a party (codebook: leftist by a party's "
                                 "family), but the gazetteer marks it a platform of the left on purpose"}),
    Probe("oecs-acronym",
          "CPC official meets OECS delegation",
          "Beijing, Sept 12 -- An IDCPC vice minister met with a delegation of the OECS, the Organisation "
          "of Eastern Caribbean States, including ministers from Grenada and Dominica.",
          "2019-09-12", url(AGENCY_EN, "2019-09-12", 62), rel("multilateral", mechanism=R)),
    Probe("zh-lagong-body",
          "中联部副部长会见拉共体国家驻华使节",
          "北京3月20日讯 中联部副部长今天在京会见拉共体国家驻华使节，介绍全国两会精神。",
          "2024-03-20", url(ZH, "2024-03-20", 63), rel("multilateral", mechanism=R), lang="zh"),
    Probe("zh-lamei-zhengdang-changshe",
          "中联部副部长会见拉美政党常设大会代表团",
          "北京7月25日讯 中联部副部长今天在京会见拉美和加勒比政党常设大会主席率领的代表团。",
          "2019-07-25", url(ZH, "2019-07-25", 64), rel("multilateral", mechanism=R), lang="zh"),
    Probe("eclac-acronym",
          "CPC official meets ECLAC executive secretary",
          "Beijing, May 12 -- An IDCPC vice minister met with the executive secretary of ECLAC, the UN "
          "regional commission for Latin America and the Caribbean.",
          "2019-05-12", url(AGENCY_EN, "2019-05-12", 65), {"relevant": True, "country": "multilateral"},
          doubtful={"relevant": "ECLAC is a UN commission, not a LAC body of its own",
                    "country": "ECLAC is a UN commission, not a LAC body of its own"}),
    # ---- F. non-LAC acronyms that look like LAC ones -------------------------------------------------------
    Probe("pcf-negative",
          "CPC Official Meets French Communist Party Delegation",
          "Beijing, Jan 15th -- An IDCPC vice minister met with a delegation of the French Communist Party "
          "(PCF). The PCF delegation will also visit Yunnan.",
          "2019-01-15", url(EN, "2019-01-15", 66), NO),
    Probe("pce-psoe-negative",
          "CPC delegation visits Spain",
          "Madrid, Oct 2 -- A CPC delegation met leaders of the PSOE and of the PCE, the Spanish communist "
          "party, in Madrid on Monday.",
          "2018-10-02", url(LATAM_EN, "2018-10-02", 67), NO),
    Probe("anc-swapo-frelimo-negative",
          "CPC hosts southern African parties",
          "Beijing, Sept 5 -- Leaders of the ANC, SWAPO and FRELIMO attended a seminar on governance held "
          "by the IDCPC in Beijing on Tuesday.",
          "2023-09-06", url(AGENCY_EN, "2023-09-06", 68), NO),
    Probe("lprp-cpv-negative",
          "CPC official meets LPRP and CPV officials",
          "Beijing, Feb 20 -- An IDCPC vice minister met with officials of the LPRP of Laos and the CPV "
          "of Vietnam attending a cadre programme in Beijing.",
          "2024-02-20", url(AGENCY_EN, "2024-02-20", 69), NO),
    Probe("asean-sco-negative",
          "CPC official meets ASEAN and SCO envoys",
          "Beijing, Nov 30 -- An IDCPC vice minister met with envoys of ASEAN member states and officials "
          "of the SCO secretariat.",
          "2023-11-30", url(AGENCY_EN, "2023-11-30", 70), NO),
    Probe("pcp-portugal-negative",
          "CPC Official Meets Portuguese Communist Party Delegation",
          "Beijing, June 14th -- An IDCPC vice minister met with a delegation of the Portuguese Communist "
          "Party (PCP). The PCP guests said they follow China's development closely.",
          "2019-06-14", url(EN, "2019-06-14", 71), NO),
    Probe("ps-france-negative",
          "CPC delegation meets French PS",
          "Paris, April 4 -- A CPC delegation met leaders of France's PS at the party's headquarters, "
          "PS officials said.",
          "2018-04-04", url(LATAM_EN, "2018-04-04", 72), NO),
    Probe("mas-not-bolivia-word",
          "CPC official meets Malaysian party delegation",
          "Beijing, May 3 -- An IDCPC vice minister met with a delegation of Malaysia's MCA. The guests "
          "said they hope to learn more about China's governance, and the two sides agreed to do "
          "more joint training.",
          "2019-05-03", url(AGENCY_EN, "2019-05-03", 73), NO),
    # ---- G. mixed: a non-LAC and a LAC acronym on one page ------------------------------------------------
    Probe("wpk-and-pcc-digest",
          "IDCPC news in brief",
          "Beijing, July 19 -- An IDCPC vice minister met with a delegation of the PCC of Cuba on Monday "
          "and discussed party work. On the same day, another vice minister met with WPK officials.",
          "2021-07-19", url(AGENCY_EN, "2021-07-19", 74), rel("Cuba", {PCC}, BL)),
    Probe("cpv-defined-pcdob-host",
          "CPC and Vietnamese parties attend PCdoB congress",
          "São Paulo, Oct 16 -- Delegations of the Communist Party of China (CPC) and the Communist Party "
          "of Vietnam (CPV) attended the congress of the Communist Party of Brazil (PCdoB) on Friday. The "
          "PCdoB president thanked the CPC for its message.",
          "2021-10-17", url(LATAM_EN, "2021-10-17", 75), rel("Brazil", {PCDOB}, BL)),
]

MFA_PROBES: list[Probe] = [
    Probe("mfa-caricom-sg",
          "Wang Yi Meets CARICOM Secretary-General",
          "On June 5, 2024, Foreign Minister Wang Yi met with Secretary-General of CARICOM Carla Barnett "
          "in Beijing. Wang Yi said China values its cooperation with CARICOM.",
          "2024-06-05", url(MFA_EN, "2024-06-05", 1), mrel("multilateral", "Barnett"), source="mfa"),
    Probe("mfa-sica-sg",
          "Vice Foreign Minister Meets SICA Secretary-General",
          "On March 12, 2024, Vice Foreign Minister Ma Zhaoxu met with the Secretary-General of SICA in "
          "Beijing and exchanged views on China-Central America cooperation.",
          "2024-03-12", url(MFA_EN, "2024-03-12", 2), mrel("multilateral"), source="mfa"),
    Probe("mfa-celac-troika",
          "Wang Yi Holds Video Call with CELAC Quartet Foreign Ministers",
          "On July 20, 2023, Foreign Minister Wang Yi held a video call with foreign ministers of the CELAC "
          "Quartet, including the foreign ministers of Saint Vincent and the Grenadines and Colombia.",
          "2023-07-20", url(MFA_EN, "2023-07-20", 3), mrel("multilateral"), source="mfa"),
    Probe("mfa-oecs-dg",
          "Vice Foreign Minister Meets OECS Director General",
          "On October 14, 2019, Vice Foreign Minister Qin Gang met with the Director General of the OECS, "
          "Didacus Jules, in Beijing.",
          "2019-10-14", url(MFA_EN, "2019-10-14", 4), mrel("multilateral", "Jules"), source="mfa"),
    Probe("mfa-pcc-first-secretary",
          "Xi Jinping Meets Cuban Leader",
          "On November 25, 2022, President Xi Jinping met with Miguel Díaz-Canel, head of the PCC and "
          "President of Cuba, at the Great Hall of the People in Beijing.",
          "2022-11-25", url(MFA_EN, "2022-11-25", 5), mrel("Cuba", "Díaz-Canel"), source="mfa"),
    Probe("mfa-pt-lula",
          "Wang Qishan Meets Brazilian PT Delegation",
          "On May 8, 2019, Vice President Wang Qishan met in Beijing with a PT delegation headed by "
          "Brazil's Workers' Party president Gleisi Hoffmann.",
          "2019-05-08", url(MFA_EN, "2019-05-08", 6), mrel("Brazil", "Hoffmann"), source="mfa"),
    Probe("mfa-asean-negative",
          "Wang Yi Meets ASEAN Secretary-General",
          "On August 2, 2023, Foreign Minister Wang Yi met with the Secretary-General of ASEAN in Beijing.",
          "2023-08-02", url(MFA_EN, "2023-08-02", 7), NO, source="mfa"),
    Probe("mfa-sco-negative",
          "Xi Jinping Attends SCO Summit",
          "On July 4, 2024, President Xi Jinping attended the meeting of the SCO Council of Heads of State "
          "in Astana.",
          "2024-07-04", url(MFA_EN, "2024-07-04", 8), NO, source="mfa"),
    Probe("mfa-zh-lagong-sihe",
          "王毅同拉共体“四驾马车”外长举行视频通话",
          "2023年7月20日，外交部长王毅同拉共体“四驾马车”外长举行视频通话。",
          "2023-07-20", url(MFA_ZH, "2023-07-20", 9), mrel("multilateral"), lang="zh", source="mfa"),
    Probe("mfa-zh-jialebi-gongtongti",
          "王毅会见加共体秘书长",
          "2024年6月5日，外交部长王毅在北京会见加共体秘书长巴尼特。",
          "2024-06-05", url(MFA_ZH, "2024-06-05", 10), mrel("multilateral", "巴尼特"), lang="zh",
          source="mfa"),
    Probe("mfa-zh-zhongmei-tonghe",
          "王毅会见中美洲一体化体系秘书长",
          "2024年3月12日，外交部长王毅在北京会见中美洲一体化体系秘书长。",
          "2024-03-12", url(MFA_ZH, "2024-03-12", 11), mrel("multilateral"), lang="zh", source="mfa"),
    Probe("mfa-morena-president",
          "Vice Foreign Minister Meets Morena Delegation",
          "On October 30, 2023, Vice Foreign Minister Ma Zhaoxu met with a delegation of Morena, Mexico's "
          "ruling party, led by its president Mario Delgado.",
          "2023-10-30", url(MFA_EN, "2023-10-30", 12), mrel("Mexico", "Delgado"), source="mfa"),
    Probe("mfa-ecuador-rc-acronym",
          "Vice Foreign Minister Meets RC Delegation of Ecuador",
          "On June 21, 2023, Vice Foreign Minister Ma Zhaoxu met with a delegation of Ecuador's Citizen "
          "Revolution (RC) movement led by Luisa González.",
          "2023-06-21", url(MFA_EN, "2023-06-21", 13), mrel("Ecuador", "González"), source="mfa"),
]

# probes that stay open after the campaign, with the reason (filled after the fix round)
OPEN: dict[tuple[str, str], str] = {}

# ---- batch 2 (written blind, after batch 1's run): harder pages --------------------------------------------
PPPC = "People's Progressive Party/Civic"
DOMLP = "Dominica Labour Party"
DLPB = "Democratic Labour Party (Barbados)"
BLP = "Barbados Labour Party"
PNP = "People's National Party"
PNM = "People's National Movement"
NDCG = "National Democratic Congress (Grenada)"
PUP = "People's United Party"
UNC = "United National Congress"
RC = "Citizen Revolution Movement"
PCV = "Communist Party of Venezuela"
PJ = "Justicialist Party"

PROBES += [
    # ---- H. Caribbean acronyms shared with other regions -------------------------------------------------
    Probe("ppp-guyana-alone",
          "CPC delegation meets PPP/C leaders in Georgetown",
          "Georgetown, Aug 7 -- Leaders of the PPP/C, Guyana's governing party, received a CPC delegation "
          "on Wednesday. PPP/C General Secretary Bharrat Jagdeo said the two parties should deepen ties.",
          "2024-08-07", url(LATAM_EN, "2024-08-07", 76), rel("Guyana", {PPPC})),
    Probe("ppp-pakistan-negative",
          "CPC Official Meets Pakistan Peoples Party Delegation",
          "Beijing, May 17th -- An IDCPC vice minister met with a delegation of the Pakistan Peoples Party "
          "(PPP). The PPP guests said the two countries are iron-clad friends.",
          "2019-05-17", url(EN, "2019-05-17", 77), NO),
    Probe("dlp-dominica-defined",
          "CPC Official Meets Dominica Labour Party Delegation",
          "Beijing, June 27th -- An IDCPC vice minister met with a delegation of the Dominica Labour Party "
          "(DLP). The DLP guests thanked China for its help after the hurricane.",
          "2018-06-27", url(EN, "2018-06-27", 78), rel("Dominica", {DOMLP})),
    Probe("dlp-barbados-by-country",
          "CPC official meets Barbados' DLP delegation",
          "Beijing, Oct 22 -- An IDCPC vice minister met with a delegation of Barbados' DLP, the "
          "Democratic Labour Party, which is in opposition.",
          "2019-10-22", url(AGENCY_EN, "2019-10-22", 79), rel("Barbados", {DLPB})),
    Probe("blp-dlp-barbados-both",
          "Barbadian parties meet CPC delegation in Bridgetown",
          "Bridgetown, Nov 3 -- Leaders of the BLP and the DLP of Barbados met a visiting CPC delegation on "
          "Friday, the two parties said.",
          "2023-11-05", url(LATAM_EN, "2023-11-05", 80), rel("Barbados", {BLP, DLPB})),
    Probe("pnp-jamaica-kingston",
          "CPC delegation meets Jamaica's PNP",
          "Kingston, May 9 -- Jamaica's PNP hosted a CPC delegation at its headquarters on Thursday. PNP "
          "president Mark Golding said his party values its ties with the CPC.",
          "2024-05-10", url(LATAM_EN, "2024-05-10", 81), rel("Jamaica", {PNP})),
    Probe("pnm-trinidad-defined",
          "CPC Official Meets PNM Delegation of Trinidad and Tobago",
          "Beijing, Sept 3rd -- An IDCPC vice minister met with a delegation of the People's National "
          "Movement (PNM) of Trinidad and Tobago. The PNM guests will also visit Guangdong.",
          "2019-09-03", url(EN, "2019-09-03", 82), rel("Trinidad and Tobago", {PNM})),
    Probe("unc-trinidad-alone",
          "UNC delegation visits China",
          "Beijing, July 1 -- A delegation of Trinidad and Tobago's UNC held talks with the IDCPC on "
          "Monday, exchanging views on party governance.",
          "2024-07-02", url(AGENCY_EN, "2024-07-02", 83), rel("Trinidad and Tobago", {UNC})),
    Probe("ndc-grenada-defined",
          "CPC Official Meets Grenada's NDC Delegation",
          "Beijing, April 15th -- An IDCPC vice minister met with a delegation of the National Democratic "
          "Congress (NDC) of Grenada. The NDC leader said his party supports the one-China principle.",
          "2019-04-15", url(EN, "2019-04-15", 84), rel("Grenada", {NDCG})),
    Probe("ndc-ghana-negative",
          "CPC Official Meets Ghana's NDC Delegation",
          "Beijing, April 16th -- An IDCPC vice minister met with a delegation of the National Democratic "
          "Congress (NDC) of Ghana. The NDC guests praised China-Africa cooperation.",
          "2019-04-16", url(EN, "2019-04-16", 85), NO),
    Probe("pup-belize-alone",
          "CPC official meets Belize's PUP",
          "Beijing, Nov 12 -- An IDCPC vice minister met with leaders of Belize's PUP, which is visiting "
          "China, and the two sides discussed party exchanges.",
          "2019-11-12", url(AGENCY_EN, "2019-11-12", 86), rel("Belize", {PUP})),
    # ---- I. Spanish names and acronyms in English copies ---------------------------------------------------
    Probe("frente-amplio-spanish-name",
          "Frente Amplio delegation visits China",
          "Beijing, Oct 10 -- A delegation of Uruguay's Frente Amplio held talks with the IDCPC on "
          "Thursday. The Frente Amplio guests later visited Sichuan.",
          "2024-10-11", url(AGENCY_EN, "2024-10-11", 87), rel("Uruguay", {FA}, BL)),
    Probe("partido-dos-trabalhadores",
          "CPC official meets Partido dos Trabalhadores leaders",
          "Beijing, Aug 15 -- An IDCPC vice minister met with leaders of Brazil's Partido dos Trabalhadores "
          "(PT) in Beijing on Tuesday.",
          "2023-08-16", url(AGENCY_EN, "2023-08-16", 88), rel("Brazil", {PT}, BL)),
    Probe("partido-socialista-chile",
          "CPC official meets Partido Socialista de Chile delegation",
          "Beijing, March 22 -- An IDCPC vice minister met with a delegation of the Partido Socialista de "
          "Chile in Beijing on Friday.",
          "2024-03-23", url(AGENCY_EN, "2024-03-23", 89), rel("Chile", {PSCH}, BL)),
    Probe("pcv-venezuela-acronym",
          "CPC official meets PCV delegation",
          "Beijing, Sept 19 -- An IDCPC vice minister met with a delegation of the PCV, the Communist "
          "Party of Venezuela, on Wednesday.",
          "2018-09-20", url(AGENCY_EN, "2018-09-20", 90), rel("Venezuela", {PCV}, BL)),
    Probe("pj-argentina-alone",
          "CPC delegation meets Argentina's PJ",
          "Buenos Aires, June 3 -- Leaders of Argentina's PJ met a visiting CPC delegation on Monday and "
          "discussed cooperation between the two parties.",
          "2024-06-04", url(LATAM_EN, "2024-06-04", 91), rel("Argentina", {PJ})),
    Probe("rc-ecuador-defined",
          "CPC Official Meets Citizen Revolution Delegation",
          "Beijing, Nov 21st -- An IDCPC vice minister met with a delegation of the Citizen Revolution "
          "Movement (RC) of Ecuador. The RC guests said their movement values ties with the CPC.",
          "2023-11-21", url(EN, "2023-11-21", 92), rel("Ecuador", {RC}, BL)),
    Probe("jpsuv-youth-wing",
          "PSUV youth delegation visits China",
          "Beijing, July 18 -- A delegation of the JPSUV, the youth wing of the PSUV, held talks with the "
          "IDCPC and the Communist Youth League on Thursday.",
          "2019-07-19", url(AGENCY_EN, "2019-07-19", 93), rel("Venezuela", {PSUV}, BL)),
    Probe("pcch-chile-dateline",
          "CPC delegation meets PCCh leaders in Santiago",
          "Santiago, Apr 4 -- The PCCh hosted a CPC delegation at its headquarters in Santiago on Thursday. "
          "PCCh president Lautaro Carmona said the two parties share the goal of socialism.",
          "2024-04-05", url(LATAM_EN, "2024-04-05", 94), rel("Chile", {PCCH}, BL)),
    Probe("pc-chile-and-pcch-china",
          "Chilean communists visit China",
          "Beijing, Sept 30 (PL) -- Leaders of the PC of Chile ended a visit to China at the invitation of "
          "the PCCh, the Communist Party of China. The PC delegation met IDCPC officials.",
          "2019-09-30", url(LATAM_EN, "2019-09-30", 95), rel("Chile", {PCCH}, BL)),
    # ---- J. more Chinese short forms -----------------------------------------------------------------------
    Probe("zh-gegong",
          "中联部副部长会见哥伦比亚共产党代表团",
          "北京6月20日讯 中联部副部长今天在京会见哥共总书记率领的代表团。哥共客人表示愿学习中共治党经验。",
          "2019-06-20", url(ZH, "2019-06-20", 96), rel("Colombia", {PCCOL}, BL), lang="zh"),
    Probe("zh-weigong",
          "中联部副部长会见委内瑞拉共产党代表团",
          "北京10月12日讯 中联部副部长今天在京会见委共总书记率领的委共代表团。",
          "2018-10-12", url(ZH, "2018-10-12", 97), rel("Venezuela", {PCV}, BL), lang="zh"),
    Probe("zh-wuguangzhen",
          "中联部部长会见乌拉圭广泛阵线代表团",
          "北京4月11日讯 中联部部长今天在京会见乌广阵主席率领的代表团。",
          "2024-04-11", url(ZH, "2024-04-11", 98), rel("Uruguay", {FA}, BL), lang="zh"),
    Probe("zh-mo-laodongdang",
          "中联部副部长会见墨西哥劳动党代表团",
          "北京11月6日讯 中联部副部长今天在京会见墨劳动党全国领导人率领的代表团。",
          "2018-11-06", url(ZH, "2018-11-06", 99), rel("Mexico", {PTMX}, BL), lang="zh"),
    Probe("zh-a-zhengyidang",
          "中联部副部长会见阿根廷正义党代表团",
          "北京5月8日讯 中联部副部长今天在京会见阿正义党副主席率领的代表团。",
          "2019-05-08", url(ZH, "2019-05-08", 100), rel("Argentina", {PJ}), lang="zh"),
    Probe("zh-shengbaoluo-luntan",
          "中联部副部长会见圣保罗论坛代表团",
          "北京8月2日讯 中联部副部长今天在京会见圣保罗论坛执行书记率领的代表团。",
          "2019-08-02", url(ZH, "2019-08-02", 101), rel("multilateral", mechanism=RL), lang="zh"),
    Probe("zh-lamei-yihui",
          "中联部副部长会见拉美议会代表团",
          "北京9月24日讯 中联部副部长今天在京会见拉美议会议长率领的代表团。",
          "2019-09-24", url(ZH, "2019-09-24", 102), rel("multilateral", mechanism=R), lang="zh"),
    Probe("zh-mojiezhen-negative",
          "中联部副部长会见莫解阵代表团",
          "北京7月9日讯 中联部副部长今天在京会见莫解阵中央政治局委员率领的代表团。",
          "2019-07-09", url(ZH, "2019-07-09", 103), NO, lang="zh"),
    Probe("zh-fagong-xigong-negative",
          "中联部副部长会见法共和西共代表",
          "北京3月14日讯 中联部副部长今天在京分别会见法共和西共代表。",
          "2019-03-14", url(ZH, "2019-03-14", 104), NO, lang="zh"),
    Probe("zh-chao-laodongdang-negative",
          "中联部部长会见朝鲜劳动党代表团",
          "北京4月8日讯 中联部部长今天在京会见朝鲜劳动党国际部部长率领的朝鲜劳动党代表团。",
          "2024-04-08", url(ZH, "2024-04-08", 105), NO, lang="zh"),
    Probe("zh-feiguoda-negative",
          "中联部副部长会见南非非国大代表团",
          "北京5月22日讯 中联部副部长今天在京会见非国大全国执委率领的代表团。",
          "2019-05-22", url(ZH, "2019-05-22", 106), NO, lang="zh"),
    Probe("zh-trad-baxi-laogong",
          "中聯部部長會見巴西勞工黨主席",
          "北京4月10日電 中聯部部長今日在京會見巴西勞工黨主席率領的代表團。",
          "2024-04-10", url(HK_ZH, "2024-04-10", 107), rel("Brazil", {PT}, BL), lang="zh"),
    Probe("zh-trad-nisangjiezhen",
          "中聯部副部長會見尼桑解陣代表團",
          "北京11月20日電 中聯部副部長今日在京會見尼桑解陣代表團。",
          "2023-11-20", url(HK_ZH, "2023-11-20", 108), rel("Nicaragua", {FSLN}, BL), lang="zh"),
]

MFA_PROBES += [
    Probe("mfa-ppp-jagdeo",
          "Wang Yi Meets Guyana's Vice President Jagdeo",
          "On September 4, 2024, Foreign Minister Wang Yi met in Beijing with Vice President of Guyana "
          "Bharrat Jagdeo, who is also General Secretary of the PPP/C.",
          "2024-09-04", url(MFA_EN, "2024-09-04", 14), mrel("Guyana", "Jagdeo"), source="mfa"),
    Probe("mfa-ppp-pakistan-negative",
          "Wang Yi Meets PPP Chairman Bilawal",
          "On August 20, 2023, Foreign Minister Wang Yi met with Bilawal Bhutto Zardari, chairman of the "
          "Pakistan Peoples Party (PPP), in Islamabad.",
          "2023-08-20", url(MFA_EN, "2023-08-20", 15), NO, source="mfa"),
    Probe("mfa-china-celac-forum",
          "Wang Yi Attends China-CELAC Forum Ministerial Meeting",
          "On May 13, 2025, Foreign Minister Wang Yi co-chaired the ministerial meeting of the China-CELAC "
          "Forum in Beijing with foreign ministers of CELAC member states.",
          "2025-05-13", url(MFA_EN, "2025-05-13", 16), mrel("multilateral"), source="mfa"),
    Probe("mfa-zh-jialebi-fenghui",
          "李强会见东加勒比国家组织总干事",
          "2024年6月20日，国务院总理李强在北京会见东加勒比国家组织总干事朱尔斯。",
          "2024-06-20", url(MFA_ZH, "2024-06-20", 17), mrel("multilateral", "朱尔斯"), lang="zh",
          source="mfa"),
    Probe("mfa-zh-dongmeng-negative",
          "王毅会见东盟秘书长",
          "2023年8月2日，外交部长王毅在北京会见东盟秘书长高金洪。",
          "2023-08-02", url(MFA_ZH, "2023-08-02", 18), NO, lang="zh", source="mfa"),
    Probe("mfa-guyana-caricom-chair",
          "Xi Jinping Meets Guyanese President Ali",
          "On June 10, 2024, President Xi Jinping met in Beijing with President Irfaan Ali of Guyana, who "
          "also holds the rotating chair of CARICOM.",
          "2024-06-10", url(MFA_EN, "2024-06-10", 19), mrel("Guyana", "Ali"), source="mfa",
          doubtful={"country": "a head of state who also chairs CARICOM: his country or the body"}),
]

# ---- batch 3 (written after reading the code, before running): acronyms placed by the page's places --
FACH = "Broad Front (Chile)"

PROBES += [
    Probe("fa-chile-defined",
          "CPC Official Meets Chile's Broad Front Delegation",
          "Beijing, Sept 5th -- An IDCPC vice minister met with a delegation of Chile's Broad Front (FA). "
          "The FA guests said their coalition values the CPC's governance experience.",
          "2023-09-05", url(EN, "2023-09-05", 130), rel("Chile", {FACH}, BL)),
    Probe("fa-santiago-dateline",
          "CPC delegation meets FA leaders in Santiago",
          "Santiago, Nov 8 -- Leaders of the FA, part of Chile's governing coalition, received a CPC "
          "delegation on Wednesday, the FA said.",
          "2023-11-09", url(LATAM_EN, "2023-11-09", 131), rel("Chile", {FACH})),
    Probe("mas-caracas-dateline",
          "CPC delegation meets Venezuela's MAS",
          "Caracas, Feb 14 -- Leaders of Venezuela's MAS met a visiting CPC delegation on Wednesday and "
          "discussed the two countries' cooperation, MAS sources said.",
          "2018-02-15", url(LATAM_EN, "2018-02-15", 132), rel("Venezuela", {MASVE})),
    Probe("prd-panama-city-dateline",
          "PRD leaders meet CPC delegation",
          "Panama City, Oct 2 -- Leaders of Panama's PRD met a visiting CPC delegation on Tuesday, "
          "the party said.",
          "2018-10-03", url(LATAM_EN, "2018-10-03", 133), rel("Panama", {PRDPA})),
    Probe("prd-mexico-possessive",
          "CPC delegation meets Mexico's PRD",
          "Mexico City, Aug 8 -- Leaders of Mexico's PRD received a CPC delegation at the party's "
          "headquarters on Wednesday.",
          "2018-08-09", url(LATAM_EN, "2018-08-09", 134), rel("Mexico", {PRDMX})),
    Probe("pln-costa-rica-possessive",
          "CPC delegation meets Costa Rica's PLN",
          "San José, May 14 -- Leaders of Costa Rica's PLN received a CPC delegation on Tuesday.",
          "2019-05-15", url(LATAM_EN, "2019-05-15", 135), rel("Costa Rica", {PLN})),
    Probe("zh-psuv-bracket-acronym",
          "中联部副部长会见委内瑞拉统一社会主义党代表团",
          "北京3月27日讯 中联部副部长今天在京会见委内瑞拉统一社会主义党（PSUV）代表团。",
          "2019-03-27", url(ZH, "2019-03-27", 136), rel("Venezuela", {PSUV}, BL), lang="zh"),
    Probe("zh-morena-bracket-acronym",
          "中联部副部长会见墨西哥国家复兴运动党代表团",
          "北京10月30日讯 中联部副部长今天在京会见墨西哥国家复兴运动党（MORENA）秘书长率领的代表团。",
          "2023-10-30", url(ZH, "2023-10-30", 137), rel("Mexico", {MORENA}, BL), lang="zh"),
    Probe("zh-urng-full",
          "中联部副部长会见危地马拉全国革命联盟代表团",
          "北京2月20日讯 中联部副部长今天在京会见危地马拉全国革命联盟总书记率领的代表团。",
          "2019-02-20", url(ZH, "2019-02-20", 138), rel("Guatemala", {URNG}, BL), lang="zh"),
    Probe("ps-portugal-then-ps-alone-negative",
          "CPC delegation meets Portugal's PS",
          "Lisbon, June 6 -- A CPC delegation met leaders of Portugal's PS, the governing party, on "
          "Thursday. The PS leaders praised China-Portugal ties.",
          "2019-06-07", url(LATAM_EN, "2019-06-07", 139), NO),
    Probe("pt-brazil-and-wpk-same-page",
          "CPC official meets PT and WPK delegations",
          "Beijing, Nov 5 -- An IDCPC vice minister met with a delegation of Brazil's PT on Monday, and "
          "with a delegation of the Workers' Party of Korea (WPK) on Tuesday.",
          "2019-11-07", url(AGENCY_EN, "2019-11-07", 140), rel("Brazil", {PT})),
    Probe("celac-party-forum-acronym",
          "China-CELAC Political Parties Forum held",
          "Beijing, Dec 9 -- The China-CELAC Political Parties Forum opened on Wednesday, with leaders of "
          "the PT of Brazil, the PSUV of Venezuela and the FA of Uruguay among the participants.",
          "2020-12-10", url(AGENCY_EN, "2020-12-10", 141), rel("multilateral", {PT, PSUV, FA}, RL)),
]


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES + MFA_PROBES, OPEN))
def test_acronym_page_field(probe: Probe, name: str, expected):
    """Codebook: parties list every LAC party the page names as taking part; the country follows the
    LAC actors ("multilateral" for a regional body); the mechanism is regional for a LAC-wide body,
    bilateral for one country, plus leftist by the party's family. An acronym stands for what the page
    makes it stand for: the full name it follows in brackets, or the country the page ties it to."""
    record = record_of(probe)
    got = value_of(record, name)
    if name == "counterpart_has":
        assert expected in got
    else:
        assert got == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES + MFA_PROBES)


# ---- the rule this campaign added, with its negatives ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Beijing, March 2nd -- An IDCPC vice minister met with a delegation of the Socialist Party of Senegal "
    "(PS). The PS secretary general said his party values the CPC's experience.",
    "Beijing, March 2nd -- An IDCPC vice minister met with a delegation of Senegal's Socialist Party (PS). "
    "The PS secretary general said his party values the CPC's experience.",
    "Beijing, March 2nd -- An IDCPC vice minister met with a delegation of the Portuguese Socialist Party "
    "(PS). The PS secretary general said his party values the CPC's experience.",
])
def test_an_acronym_defined_for_a_party_abroad_keeps_that_meaning(text):
    """A page that defines "PS" for Senegal's or Portugal's Socialist Party means that party by the
    bare "PS" afterwards, not Chile's (nlp/acronym_scope.py)."""
    record = idcpc(text, title="CPC Official Meets Socialist Party Delegation", published="2018-03-02",
                   url=url(EN, "2018-03-02", 120))
    assert not record.relevant and PSCH not in parties(record)


def test_an_acronym_defined_for_a_lac_party_is_that_party():
    """The same shape placed in a LAC country stays that country's party."""
    record = idcpc("Beijing, March 2nd -- An IDCPC vice minister met with a delegation of the Socialist "
                   "Party (PS) of Chile. The PS secretary general said his party values the CPC's "
                   "experience.", title="CPC Official Meets Socialist Party Delegation",
                   published="2018-03-02", url=url(EN, "2018-03-02", 121))
    assert record.relevant and record.country == "Chile" and parties(record) == {PSCH}


def test_a_page_naming_a_lac_party_and_a_foreign_namesake_keeps_the_lac_one():
    """Where the page names the LAC party by its full name too, the foreign definition does not unset it:
    the letters mean two parties there, and the other rules decide."""
    record = idcpc("Beijing, March 2nd -- An IDCPC vice minister met with delegations of the Socialist "
                   "Party of Chile and of the Socialist Party (PS) of Senegal attending a seminar.",
                   title="CPC Official Meets Socialist Party Delegations", published="2018-03-02",
                   url=url(EN, "2018-03-02", 122))
    assert record.relevant and PSCH in parties(record)


def test_the_leader_of_a_lac_delegation_is_the_counterpart():
    """Codebook: the counterpart is the LAC principal; met as a delegation "led by" a person the page
    gives no office to, the person leading it is the principal (nlp/steps/mfa_delegations.py)."""
    record = mfa("On June 21, 2023, Vice Foreign Minister Ma Zhaoxu met with a delegation of Colombia's "
                 "Historic Pact led by Gustavo Bolívar in Beijing.",
                 title="Ma Zhaoxu Meets Colombian Delegation",
                 published="2023-06-21", url=url(MFA_EN, "2023-06-21", 40))
    assert record.relevant and "Bolívar" in (record.counterpart or "")


def test_a_delegation_from_abroad_gives_no_lac_counterpart():
    """A delegation the lead ties to no LAC actor is none of the LAC side's."""
    record = mfa("On June 21, 2023, Vice Foreign Minister Ma Zhaoxu met with a delegation of the Spanish "
                 "Socialist Workers' Party led by Pedro Sánchez in Beijing.",
                 title="Ma Zhaoxu Meets Delegation",
                 published="2023-06-21", url=url(MFA_EN, "2023-06-21", 41))
    assert not record.relevant


@pytest.mark.parametrize(("text", "expected"), [
    # the page places "FA" in Chile or Costa Rica: that country's Frente Amplio
    ("San José, May 14 -- Leaders of Costa Rica's FA received a CPC delegation on Tuesday, the FA said.",
     {FACR}),
    ("Santiago, Nov 8 -- Leaders of the FA of Chile received a CPC delegation on Wednesday.", {FACH}),
    # no place on the page: the reading China's releases give the letters, Uruguay's (preferred_for)
    ("Beijing, Oct 10 -- An IDCPC vice minister met with leaders of the FA, who are visiting China.", {FA}),
])
def test_fa_is_the_frente_amplio_of_the_country_the_page_places_it_in(text, expected):
    """Chile's and Costa Rica's Frente Amplio are written "FA" as Uruguay's is (gazetteer acronyms)."""
    record = idcpc(text, title="CPC delegation meets FA leaders", published="2023-11-09",
                   url=url(LATAM_EN, "2023-11-09", 150))
    assert parties(record) == expected
