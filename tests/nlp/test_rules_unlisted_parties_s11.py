"""Campaign 11Q: counterpart parties the gazetteer may not list. IDCPC-type releases (English,
Chinese simplified and traditional, agency and newspaper copies) with real LAC parties of every size
and era (small Caribbean parties, Central American and Andean parties, parties founded in recent
years, names left in Spanish, Portuguese, French, Dutch or Creole, acronyms in brackets, renamed
parties, youth and women's wings, coalitions and fronts) and with made-up but plausible party names
standing for parties nobody has listed yet: the reader must find them by the form of a party name
and the country. Negatives: non-LAC parties of the same form, Chinese party organs, LAC state
bodies and regional bodies whose names look like a party's.

Written blind (before reading the gazetteer or the code). Self-written releases in the sites' style;
real party, country and official names are facts, made-up parties are marked as such. One test per
probe and field, so the pass rate per field can be read from a run.

Party names are compared loosely (case, a leading "the", apostrophes and a bracketed qualifier such
as a country or an acronym do not count), and an unlisted party may carry any of the names the page
gives it (its own-language name or the page's translation): the codebook asks for a canonical name,
and for a party no list knows, the page's own name is the only one a coder has.

Mechanism: the codebook adds "leftist" by the party's family as the coder knows it. For a real party
whose family is plain (communist, socialist, the left coalitions; the conservative and liberal
right), the probe says so; for centre-left, populist or catch-all parties the probe is marked
doubtful. A made-up party is leftist only when its name states a leftist family (communist,
socialist, Marxist-Leninist): a coder knows nothing else about it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import BL, DI, KE, NO, B, Probe, R, assert_unique_ids, cases, record_of, url

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
EN_OLD = "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_{n}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_{n}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_{n}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
EMBASSY_EN = "http://gd.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_{n}.htm"


LEFT_FAMILY_DOUBT = ("the party's family (centre-left, populist or catch-all) leaves 'leftist' to the "
                     "coder's judgement")


def rel(country: str, date: str | None, party_list: list[tuple[str, ...]], mechanism: set[str],
        event_type: str = "meeting", content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange; each party is a tuple of acceptable names."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_list, "mechanism": mechanism, "content": content}


# party names (alternatives a coder may give)
LIBRE = ("Liberty and Refoundation", "Liberty and Refoundation Party", "Libertad y Refundación", "LIBRE")
FMLN = ("Farabundo Martí National Liberation Front", "Frente Farabundo Martí para la Liberación Nacional")
FSLN = ("Sandinista National Liberation Front",)
PCC = ("Communist Party of Cuba",)
PSUV = ("United Socialist Party of Venezuela",)
PCV = ("Communist Party of Venezuela", "Partido Comunista de Venezuela")
MAS = ("Movement for Socialism", "Movement for Socialism (Bolivia)", "Movimiento al Socialismo")
RC = ("Citizen Revolution Movement", "Citizen Revolution", "Revolución Ciudadana",
      "Movimiento Revolución Ciudadana")
PERU_LIBRE = ("Free Peru", "Perú Libre", "Free Peru Party")
PACTO = ("Historic Pact", "Historic Pact for Colombia", "Pacto Histórico")
SEMILLA = ("Semilla", "Movimiento Semilla", "Seed Movement", "Semilla Movement")
NUEVAS = ("Nuevas Ideas", "New Ideas", "New Ideas Party")
PT_MX = ("Labor Party (Mexico)", "Labour Party (Mexico)", "Partido del Trabajo", "Labor Party",
         "Labour Party")
PSOL = ("Socialism and Liberty Party", "Socialism and Freedom Party", "Partido Socialismo e Liberdade")
LLA = ("La Libertad Avanza", "Liberty Advances", "Freedom Advances")
PCDOB = ("Communist Party of Brazil",)

PROBES: list[Probe] = [
    # ---- A. small Caribbean parties (real) -----------------------------------------------------------
    Probe("grenada-ndc-delegation",
          "Liu Jianchao Meets Delegation of the National Democratic Congress of Grenada",
          "Beijing, March 14th—Liu Jianchao, head of the International Department of the CPC Central "
          "Committee (IDCPC), met here today with delegates of the National Democratic Congress (NDC) "
          "of Grenada led by its General Secretary. Liu said the CPC is ready to deepen exchanges with "
          "the NDC and to share experience in governance. The guests said the NDC values the friendship "
          "with the CPC and supports the one-China principle.",
          "2023-03-14", url(EN, "2023-03-14", 1),
          rel("Grenada", "2023-03-14", [("National Democratic Congress", "NDC")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("grenada-nnp-video",
          "Sun Haiyan Holds Video Call with Leader of the New National Party of Grenada",
          "Beijing, August 3rd—Sun Haiyan, Vice Minister of the IDCPC, held a video call on August 2 with "
          "Keith Mitchell, Leader of the New National Party (NNP) of Grenada. The two sides exchanged "
          "views on party-building and on cooperation in tourism and agriculture.",
          "2022-08-03", url(EN, "2022-08-03", 2),
          rel("Grenada", "2022-08-02", [("New National Party", "NNP")], B, "video_call")),
    Probe("stkitts-pam-meeting",
          "IDCPC Vice Minister Meets Delegation of People's Action Movement of Saint Kitts and Nevis",
          "Beijing, November 8th—Guo Yezhou, Vice Minister of the IDCPC, met on November 7 with a "
          "delegation of the People's Action Movement (PAM) of Saint Kitts and Nevis. Guo briefed the "
          "guests on China's development; the PAM delegation said it looks forward to closer ties.",
          "2019-11-08", url(EN, "2019-11-08", 3),
          rel("Saint Kitts and Nevis", "2019-11-07", [("People's Action Movement", "PAM")], B)),
    Probe("nevis-ccm-visit",
          "Chinese Party Delegation Meets Concerned Citizens' Movement in Nevis",
          "Charlestown, June 20th—A delegation of the Communist Party of China met here today with Mark "
          "Brantley, Leader of the Concerned Citizens' Movement (CCM) of Saint Kitts and Nevis. Brantley "
          "spoke highly of China's support for small island states.",
          "2018-06-22", url(EN, "2018-06-22", 4),
          rel("Saint Kitts and Nevis", "2018-06-20", [("Concerned Citizens' Movement", "CCM")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("stlucia-uwp-delegation",
          "Liu Jianchao Meets United Workers Party Delegation of Saint Lucia",
          "Beijing, April 25th—Liu Jianchao, head of the IDCPC, met with delegates of the United "
          "Workers Party (UWP) of Saint Lucia headed by its Leader Allen Chastanet in Beijing on April 24. "
          "They discussed exchanges between political parties of the two countries.",
          "2024-04-25", url(EN, "2024-04-25", 5),
          rel("Saint Lucia", "2024-04-24", [("United Workers Party", "UWP")], B)),
    Probe("svg-ndp-meeting",
          "Guo Yezhou Meets Leader of the New Democratic Party of Saint Vincent and the Grenadines",
          "Beijing, September 12th—Guo Yezhou, Vice Minister of the IDCPC, met here today with Godwin "
          "Friday, Leader of the New Democratic Party of Saint Vincent and the Grenadines. Friday said his "
          "party hopes to learn from China's experience in poverty reduction.",
          "2023-09-12", url(EN, "2023-09-12", 6),
          rel("Saint Vincent and the Grenadines", "2023-09-12", [("New Democratic Party", "NDP")], B)),
    Probe("bahamas-fnm-delegation",
          "Delegation of the Free National Movement of The Bahamas Visits China",
          "Beijing, May 17th—At the invitation of the CPC, a delegation of the Free National Movement "
          "(FNM) of The Bahamas visited China from May 10 to 17. Vice Minister Sun Haiyan met the "
          "delegation. Besides Beijing, the guests visited Zhejiang and learned about rural "
          "revitalization.",
          "2024-05-17", url(EN, "2024-05-17", 7),
          rel("Bahamas", "2024-05-10", [("Free National Movement", "FNM")], B, "delegation_received")),
    Probe("bahamas-plp-meeting",
          "Sun Haiyan Meets Progressive Liberal Party Delegation from The Bahamas",
          "Beijing, October 9th—Sun Haiyan, Vice Minister of the IDCPC, met on October 8 with a "
          "delegation of the Progressive Liberal Party (PLP) of The Bahamas. Both sides agreed to keep up "
          "exchanges at all levels.",
          "2023-10-09", url(EN, "2023-10-09", 8),
          rel("Bahamas", "2023-10-08", [("Progressive Liberal Party", "PLP")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("belize-udp-meeting",
          "IDCPC Official Meets Delegation of Belize's United Democratic Party",
          "Beijing, July 5th—An official of the IDCPC met here today with delegates of the United "
          "Democratic Party (UDP) of Belize. The two sides exchanged views on party governance and "
          "youth work.",
          "2019-07-05", url(EN, "2019-07-05", 9),
          rel("Belize", "2019-07-05", [("United Democratic Party", "UDP")], B)),
    Probe("belize-pup-video",
          "Liu Jianchao Holds Video Talks with People's United Party of Belize",
          "Beijing, February 22nd—Liu Jianchao, head of the IDCPC, held video talks on February 21 with "
          "leaders of the People's United Party (PUP) of Belize. The PUP said it wishes to open a channel "
          "of dialogue with the CPC.",
          "2022-02-22", url(EN, "2022-02-22", 10),
          rel("Belize", "2022-02-21", [("People's United Party", "PUP")], B, "video_call"),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("guyana-wpa-delegation",
          "Guo Yezhou Meets Working People's Alliance Delegation from Guyana",
          "Beijing, June 3rd—Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Working People's Alliance (WPA) of Guyana. Guo said the CPC values its long friendship "
          "with progressive forces in Guyana.",
          "2019-06-03", url(EN, "2019-06-03", 11),
          rel("Guyana", "2019-06-03", [("Working People's Alliance", "WPA")], BL),
          doubtful={"mechanism": "the WPA's socialist origin against its later centrism: the coder's call"}),
    Probe("guyana-afc-meeting",
          "Liu Jianchao Meets Alliance for Change Delegation of Guyana",
          "Beijing, December 6th—Liu Jianchao met on December 5 with delegates of the Alliance for "
          "Change (AFC) of Guyana led by its Leader. The guests said the AFC hopes for more exchanges "
          "with the CPC.",
          "2023-12-06", url(EN, "2023-12-06", 12),
          rel("Guyana", "2023-12-05", [("Alliance for Change", "AFC")], B)),
    Probe("suriname-vhp-dutch",
          "IDCPC Vice Minister Meets Delegation of Suriname's Vooruitstrevende Hervormingspartij",
          "Beijing, April 11th—Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Vooruitstrevende Hervormingspartij (VHP) of Suriname. The two sides discussed exchanges "
          "between their parties and cooperation in agriculture.",
          "2024-04-11", url(EN, "2024-04-11", 13),
          rel("Suriname", "2024-04-11",
              [("Vooruitstrevende Hervormingspartij", "Progressive Reform Party", "VHP")], B)),
    Probe("suriname-abop-dutch",
          "Chinese Party Delegation Meets ABOP Leaders in Paramaribo",
          "Paramaribo, September 18th—A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, met "
          "here today with leaders of the Algemene Bevrijdings- en Ontwikkelingspartij (ABOP) of "
          "Suriname, including its chairman Ronnie Brunswijk.",
          "2023-09-19", url(EN, "2023-09-19", 14),
          rel("Suriname", "2023-09-18",
              [("Algemene Bevrijdings- en Ontwikkelingspartij", "General Liberation and Development Party",
                "ABOP")], B)),
    Probe("haiti-fanmi-lavalas-creole",
          "IDCPC Official Meets Fanmi Lavalas Representatives",
          "Beijing, January 16th—An official of the IDCPC met on January 15 with representatives of "
          "Fanmi Lavalas, a political party of Haiti. The two sides exchanged views on the situation in "
          "Haiti and the Caribbean.",
          "2019-01-16", url(EN, "2019-01-16", 15),
          rel("Haiti", "2019-01-15", [("Fanmi Lavalas", "Lavalas Family")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("haiti-phtk-creole",
          "CPC Delegation Meets Leaders of Haiti's PHTK",
          "Beijing, March 30th—A delegation of the Pati Ayisyen Tèt Kale (PHTK) of Haiti met on March "
          "29 with an official of the IDCPC in Beijing. The Haitian guests said their party wishes to "
          "learn from China's development.",
          "2017-03-30", url(EN, "2017-03-30", 16),
          rel("Haiti", "2017-03-29", [("Pati Ayisyen Tèt Kale", "Haitian Tèt Kale Party", "PHTK")], B)),
    Probe("trinidad-cop-meeting",
          "Sun Haiyan Meets Congress of the People Delegation of Trinidad and Tobago",
          "Beijing, October 24th—Sun Haiyan, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Congress of the People (COP) of Trinidad and Tobago. Both sides spoke of "
          "deepening mutual trust.",
          "2022-10-24", url(EN, "2022-10-24", 17),
          rel("Trinidad and Tobago", "2022-10-24", [("Congress of the People", "COP")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("dominica-uwp-not-dominican-republic",
          "Liu Jianchao Meets United Workers' Party of Dominica",
          "Beijing, August 28th—Liu Jianchao, head of the IDCPC, met here today with Lennox Linton, "
          "Leader of the United Workers' Party (UWP) of Dominica. Linton said Dominica's opposition "
          "values its contacts with the CPC.",
          "2019-08-28", url(EN, "2019-08-28", 18),
          rel("Dominica", "2019-08-28", [("United Workers' Party", "United Workers Party", "UWP")], B)),
    Probe("barbados-dlp-meeting",
          "Guo Yezhou Meets Delegation of the Democratic Labour Party of Barbados",
          "Beijing, November 19th—Guo Yezhou met on November 18 with delegates of the Democratic "
          "Labour Party (DLP) of Barbados. The DLP delegation will also visit Fujian Province.",
          "2019-11-19", url(EN, "2019-11-19", 19),
          rel("Barbados", "2019-11-18", [("Democratic Labour Party", "DLP")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    # ---- B. Central America (real) --------------------------------------------------------------------
    Probe("guatemala-semilla-spanish",
          "IDCPC Vice Minister Meets Delegation of Movimiento Semilla of Guatemala",
          "Beijing, May 22nd—Sun Haiyan, Vice Minister of the IDCPC, met here today with delegates of "
          "Movimiento Semilla of Guatemala. The guests introduced their party, founded in 2017, and its "
          "programme against corruption.",
          "2024-05-22", url(EN, "2024-05-22", 20),
          rel("Guatemala", "2024-05-22", [SEMILLA], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("guatemala-urng-maiz",
          "Guo Yezhou Meets URNG-Maíz Delegation",
          "Beijing, July 10th—Guo Yezhou, Vice Minister of the IDCPC, met on July 9 with delegates of "
          "the Guatemalan National Revolutionary Unity (URNG-Maíz). Guo said the CPC and the URNG share "
          "ideals and are good friends.",
          "2018-07-10", url(EN, "2018-07-10", 21),
          rel("Guatemala", "2018-07-09", [("Guatemalan National Revolutionary Unity", "URNG-Maíz", "URNG")],
              BL)),
    Probe("honduras-libre-acronym",
          "Liu Jianchao Meets Delegation of the Liberty and Refoundation Party of Honduras",
          "Beijing, June 13th—Liu Jianchao, head of the IDCPC, met here today with delegates of the "
          "Liberty and Refoundation Party (LIBRE) of Honduras led by its General Coordinator. Liu said the "
          "CPC is ready to work with LIBRE to consolidate the newly established relations between the "
          "two countries.",
          "2023-06-13", url(EN, "2023-06-13", 22),
          rel("Honduras", "2023-06-13", [LIBRE], BL)),
    Probe("honduras-partido-nacional",
          "IDCPC Official Meets Delegation of the National Party of Honduras",
          "Beijing, October 16th—An official of the IDCPC met on October 15 with delegates of the "
          "National Party of Honduras (Partido Nacional de Honduras). The two sides exchanged views on "
          "relations between China and Honduras.",
          "2024-10-16", url(EN, "2024-10-16", 23),
          rel("Honduras", "2024-10-15", [("National Party of Honduras", "Partido Nacional de Honduras",
                                          "National Party")], B)),
    Probe("elsalvador-nuevas-ideas",
          "Liu Jianchao Meets Nuevas Ideas Delegation from El Salvador",
          "Beijing, September 6th—Liu Jianchao met here today with delegates of Nuevas Ideas, the "
          "governing party of El Salvador, led by its President Xavier Zablah Bukele. The two sides "
          "agreed to strengthen exchanges on governance.",
          "2023-09-06", url(EN, "2023-09-06", 24),
          rel("El Salvador", "2023-09-06", [NUEVAS], B)),
    Probe("elsalvador-fmln",
          "Guo Yezhou Meets FMLN Delegation",
          "Beijing, April 2nd—Guo Yezhou, Vice Minister of the IDCPC, met on April 1 with delegates of "
          "the Farabundo Martí National Liberation Front (FMLN) of El Salvador. Guo said the two parties "
          "have long enjoyed friendly exchanges.",
          "2019-04-02", url(EN, "2019-04-02", 25),
          rel("El Salvador", "2019-04-01", [FMLN], BL)),
    Probe("elsalvador-gana",
          "IDCPC Official Meets Delegation of GANA of El Salvador",
          "Beijing, March 7th—An official of the IDCPC met here today with delegates of the Grand "
          "Alliance for National Unity (GANA) of El Salvador. The guests said their party supports "
          "relations with China.",
          "2019-03-07", url(EN, "2019-03-07", 26),
          rel("El Salvador", "2019-03-07",
              [("Grand Alliance for National Unity", "Gran Alianza por la Unidad Nacional", "GANA")], B)),
    Probe("nicaragua-plc",
          "IDCPC Official Meets Delegation of Nicaragua's Constitutionalist Liberal Party",
          "Beijing, February 15th—An official of the IDCPC met on February 14 with delegates of the "
          "Partido Liberal Constitucionalista (PLC) of Nicaragua. The two sides discussed relations "
          "between China and Nicaragua.",
          "2024-02-15", url(EN, "2024-02-15", 27),
          rel("Nicaragua", "2024-02-14", [("Partido Liberal Constitucionalista",
                                           "Constitutionalist Liberal Party", "PLC")], B)),
    Probe("nicaragua-sandinista-youth",
          "Guo Yezhou Meets Delegation of the Sandinista Youth of Nicaragua",
          "Beijing, July 19th—Guo Yezhou, Vice Minister of the IDCPC, met here today with delegates of "
          "the Juventud Sandinista 19 de Julio, the youth organization of the Sandinista National "
          "Liberation Front (FSLN) of Nicaragua.",
          "2024-07-19", url(EN, "2024-07-19", 28),
          rel("Nicaragua", "2024-07-19", [FSLN], BL)),
    Probe("costarica-pusc",
          "IDCPC Official Meets Delegation of Social Christian Unity Party of Costa Rica",
          "Beijing, November 29th—An official of the IDCPC met here today with delegates of the Social "
          "Christian Unity Party (PUSC) of Costa Rica. The guests said the PUSC supports closer ties "
          "with China.",
          "2018-11-29", url(EN, "2018-11-29", 29),
          rel("Costa Rica", "2018-11-29", [("Social Christian Unity Party", "PUSC")], B)),
    Probe("costarica-pps-new-party",
          "Sun Haiyan Meets Delegation of Costa Rica's Social Democratic Progress Party",
          "Beijing, August 14th—Sun Haiyan, Vice Minister of the IDCPC, met on August 13 with a "
          "delegation of the Social Democratic Progress Party (Partido Progreso Social Democrático, PPSD) "
          "of Costa Rica, the party that won the 2022 presidential election.",
          "2023-08-14", url(EN, "2023-08-14", 30),
          rel("Costa Rica", "2023-08-13",
              [("Social Democratic Progress Party", "Partido Progreso Social Democrático", "PPSD")], B),
          doubtful={"mechanism": "a 'social democratic' name over a party of the populist right"}),
    Probe("panama-rm-new-party",
          "IDCPC Official Meets Realizando Metas Delegation of Panama",
          "Beijing, December 11th—An official of the IDCPC met here today with delegates of the party "
          "Realizando Metas (RM) of Panama. The two sides exchanged views on relations between the two "
          "countries.",
          "2024-12-11", url(EN, "2024-12-11", 31),
          rel("Panama", "2024-12-11", [("Realizando Metas", "Realizing Goals", "RM")], B)),
    Probe("panama-prd",
          "Guo Yezhou Meets Delegation of Democratic Revolutionary Party of Panama",
          "Beijing, October 31st—Guo Yezhou, Vice Minister of the IDCPC, met on October 30 with a "
          "delegation of the Democratic Revolutionary Party (PRD) of Panama. Both sides recalled the "
          "establishment of diplomatic relations in 2017.",
          "2018-10-31", url(EN, "2018-10-31", 32),
          rel("Panama", "2018-10-30", [("Democratic Revolutionary Party", "PRD")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("panama-cambio-democratico",
          "IDCPC Official Meets Delegation of Cambio Democrático",
          "Beijing, June 26th—An official of the IDCPC met here today with delegates of Cambio "
          "Democrático (CD), a political party of Panama.",
          "2019-06-26", url(EN, "2019-06-26", 33),
          rel("Panama", "2019-06-26", [("Cambio Democrático", "Democratic Change", "CD")], B)),
    # ---- C. Andean countries (real) ---------------------------------------------------------------------
    Probe("colombia-pacto-historico-coalition",
          "Liu Jianchao Meets Delegation of Colombia's Historic Pact",
          "Beijing, October 20th—Liu Jianchao, head of the IDCPC, met here today with delegates of the "
          "Historic Pact (Pacto Histórico), the governing coalition of Colombia. Liu said the CPC is ready "
          "to strengthen exchanges with the coalition and its member parties.",
          "2023-10-20", url(EN, "2023-10-20", 34),
          rel("Colombia", "2023-10-20", [PACTO], BL)),
    Probe("colombia-comunes-renamed",
          "IDCPC Vice Minister Meets Delegation of Colombia's Comunes Party",
          "Beijing, March 22nd—Guo Yezhou, Vice Minister of the IDCPC, met on March 21 with delegates of "
          "the Comunes party of Colombia, formerly the Common Alternative Revolutionary Force. The guests "
          "briefed him on the implementation of the peace agreement.",
          "2024-03-22", url(EN, "2024-03-22", 35),
          rel("Colombia", "2024-03-21", [("Comunes", "Commons", "Comunes party",
                                          "Common Alternative Revolutionary Force")], BL)),
    Probe("colombia-polo-democratico",
          "IDCPC Official Meets Alternative Democratic Pole Delegation",
          "Beijing, September 3rd—An official of the IDCPC met here today with delegates of the "
          "Alternative Democratic Pole (Polo Democrático Alternativo) of Colombia.",
          "2018-09-03", url(EN, "2018-09-03", 36),
          rel("Colombia", "2018-09-03", [("Alternative Democratic Pole", "Polo Democrático Alternativo")],
              BL)),
    Probe("colombia-centro-democratico",
          "IDCPC Official Meets Delegation of Colombia's Democratic Center Party",
          "Beijing, May 15th—An official of the IDCPC met on May 14 with delegates of the Democratic "
          "Center party (Centro Democrático) of Colombia.",
          "2019-05-15", url(EN, "2019-05-15", 37),
          rel("Colombia", "2019-05-14", [("Democratic Center", "Centro Democrático", "Democratic Centre")],
              B)),
    Probe("venezuela-ppt",
          "Guo Yezhou Meets Delegation of Venezuela's Patria Para Todos",
          "Beijing, July 24th—Guo Yezhou, Vice Minister of the IDCPC, met here today with delegates of "
          "the party Patria Para Todos (PPT) of Venezuela. Guo said the CPC supports Venezuela's efforts "
          "to safeguard its sovereignty.",
          "2018-07-24", url(EN, "2018-07-24", 38),
          rel("Venezuela", "2018-07-24", [("Patria Para Todos", "Fatherland for All", "PPT")], BL)),
    Probe("venezuela-gran-polo-patriotico",
          "Liu Jianchao Meets Delegation of the Great Patriotic Pole of Venezuela",
          "Beijing, November 14th—Liu Jianchao met on November 13 with delegates of the Great Patriotic "
          "Pole Simón Bolívar (GPP), the alliance of Venezuelan parties led by the United Socialist Party "
          "of Venezuela.",
          "2023-11-14", url(EN, "2023-11-14", 39),
          rel("Venezuela", "2023-11-13",
              [("Great Patriotic Pole", "Great Patriotic Pole Simón Bolívar", "Gran Polo Patriótico", "GPP")],
              BL),
          doubtful={"parties": "whether the PSUV, named as the alliance's leader, takes part"}),
    Probe("ecuador-revolucion-ciudadana",
          "Liu Jianchao Meets Delegation of Ecuador's Citizen Revolution Movement",
          "Beijing, April 17th—Liu Jianchao, head of the IDCPC, met here today with delegates of the "
          "Citizen Revolution Movement (Revolución Ciudadana) of Ecuador led by its President Luisa "
          "González.",
          "2024-04-17", url(EN, "2024-04-17", 40),
          rel("Ecuador", "2024-04-17", [RC], BL)),
    Probe("ecuador-adn-new",
          "IDCPC Official Meets Delegation of Ecuador's National Democratic Action",
          "Beijing, January 23rd—An official of the IDCPC met here today with delegates of Acción "
          "Democrática Nacional (ADN), the governing movement of Ecuador founded in 2022.",
          "2025-01-23", url(EN, "2025-01-23", 41),
          rel("Ecuador", "2025-01-23", [("Acción Democrática Nacional", "National Democratic Action", "ADN")],
              B)),
    Probe("ecuador-pachakutik",
          "IDCPC Official Meets Delegation of Pachakutik Movement of Ecuador",
          "Beijing, August 9th—An official of the IDCPC met on August 8 with delegates of the "
          "Pachakutik Plurinational Unity Movement of Ecuador, which represents the country's indigenous "
          "peoples.",
          "2019-08-09", url(EN, "2019-08-09", 42),
          rel("Ecuador", "2019-08-08", [("Pachakutik Plurinational Unity Movement", "Pachakutik")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("peru-fuerza-popular",
          "IDCPC Official Meets Delegation of Peru's Popular Force",
          "Beijing, November 6th—An official of the IDCPC met here today with delegates of Fuerza "
          "Popular (Popular Force) of Peru. The two sides discussed relations between the two countries.",
          "2018-11-06", url(EN, "2018-11-06", 43),
          rel("Peru", "2018-11-06", [("Fuerza Popular", "Popular Force")], B)),
    Probe("peru-renovacion-popular",
          "Guo Yezhou Meets Delegation of Renovación Popular of Peru",
          "Beijing, July 2nd—Guo Yezhou, Vice Minister of the IDCPC, met on July 1 with delegates of "
          "Renovación Popular, a Peruvian party founded in 2020 out of an older one.",
          "2024-07-02", url(EN, "2024-07-02", 44),
          rel("Peru", "2024-07-01", [("Renovación Popular", "Popular Renewal")], B)),
    Probe("peru-peru-libre",
          "Liu Jianchao Meets Delegation of Free Peru Party",
          "Beijing, December 13th—Liu Jianchao met here today with delegates of the Free Peru Party "
          "(Perú Libre) led by its Secretary General Vladimir Cerrón.",
          "2021-12-13", url(EN, "2021-12-13", 45),
          rel("Peru", "2021-12-13", [PERU_LIBRE], BL)),
    Probe("bolivia-comunidad-ciudadana",
          "IDCPC Official Meets Delegation of Bolivia's Civic Community",
          "Beijing, May 29th—An official of the IDCPC met on May 28 with delegates of Comunidad "
          "Ciudadana (Civic Community), the opposition alliance of Bolivia.",
          "2023-05-29", url(EN, "2023-05-29", 46),
          rel("Bolivia", "2023-05-28", [("Comunidad Ciudadana", "Civic Community")], B)),
    Probe("bolivia-mas-ipsp-spanish",
          "Sun Haiyan Meets MAS-IPSP Delegation",
          "Beijing, September 27th—Sun Haiyan, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Movimiento al Socialismo-Instrumento Político por la Soberanía de los Pueblos (MAS-IPSP) "
          "of Bolivia.",
          "2022-09-27", url(EN, "2022-09-27", 47),
          rel("Bolivia", "2022-09-27", [MAS], BL)),
    # ---- D. Southern Cone, Brazil, Mexico, Dominican Republic (real) ------------------------------
    Probe("argentina-lla-new",
          "IDCPC Official Meets Delegation of Argentina's La Libertad Avanza",
          "Beijing, October 8th—An official of the IDCPC met here today with delegates of La Libertad "
          "Avanza, the governing party of Argentina. The guests said their party wants pragmatic "
          "cooperation with China.",
          "2024-10-08", url(EN, "2024-10-08", 48),
          rel("Argentina", "2024-10-08", [LLA], B)),
    Probe("argentina-union-por-la-patria",
          "Guo Yezhou Meets Delegation of Argentina's Union for the Homeland",
          "Beijing, June 18th—Guo Yezhou, Vice Minister of the IDCPC, met on June 17 with delegates of "
          "the Union for the Homeland (Unión por la Patria) coalition of Argentina.",
          "2024-06-18", url(EN, "2024-06-18", 49),
          rel("Argentina", "2024-06-17", [("Union for the Homeland", "Unión por la Patria")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("argentina-pro",
          "IDCPC Official Meets Republican Proposal Delegation",
          "Beijing, April 9th—An official of the IDCPC met here today with delegates of Republican "
          "Proposal (PRO) of Argentina.",
          "2019-04-09", url(EN, "2019-04-09", 50),
          rel("Argentina", "2019-04-09", [("Republican Proposal", "Propuesta Republicana", "PRO")], B)),
    Probe("argentina-ucr",
          "IDCPC Vice Minister Meets Radical Civic Union Delegation of Argentina",
          "Beijing, November 21st—Sun Haiyan, Vice Minister of the IDCPC, met on November 20 with a "
          "delegation of the Radical Civic Union (UCR) of Argentina.",
          "2023-11-21", url(EN, "2023-11-21", 51),
          rel("Argentina", "2023-11-20", [("Radical Civic Union", "Unión Cívica Radical", "UCR")], B)),
    Probe("argentina-pca",
          "Guo Yezhou Meets Delegation of the Communist Party of Argentina",
          "Beijing, August 21st—Guo Yezhou met here today with delegates of the Communist Party of "
          "Argentina led by its Secretary General.",
          "2019-08-21", url(EN, "2019-08-21", 52),
          rel("Argentina", "2019-08-21", [("Communist Party of Argentina",)], BL)),
    Probe("chile-convergencia-social",
          "Liu Jianchao Meets Delegation of Chile's Social Convergence",
          "Beijing, May 31st—Liu Jianchao met on May 30 with delegates of Social Convergence "
          "(Convergencia Social), a party of the governing coalition of Chile.",
          "2023-05-31", url(EN, "2023-05-31", 53),
          rel("Chile", "2023-05-30", [("Social Convergence", "Convergencia Social")], BL)),
    Probe("chile-renovacion-nacional",
          "IDCPC Official Meets National Renewal Delegation of Chile",
          "Beijing, September 25th—An official of the IDCPC met here today with delegates of National "
          "Renewal (Renovación Nacional, RN) of Chile.",
          "2019-09-25", url(EN, "2019-09-25", 54),
          rel("Chile", "2019-09-25", [("National Renewal", "Renovación Nacional", "RN")], B)),
    Probe("chile-republican-party",
          "IDCPC Official Meets Republican Party Delegation of Chile",
          "Beijing, March 12th—An official of the IDCPC met on March 11 with delegates of the "
          "Republican Party of Chile.",
          "2024-03-12", url(EN, "2024-03-12", 55),
          rel("Chile", "2024-03-11", [("Republican Party of Chile", "Republican Party")], B)),
    Probe("uruguay-mpp-inside-frente",
          "Guo Yezhou Meets Delegation of Uruguay's Movement of Popular Participation",
          "Beijing, October 22nd—Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Movement of Popular Participation (MPP) of Uruguay.",
          "2019-10-22", url(EN, "2019-10-22", 56),
          rel("Uruguay", "2019-10-22", [("Movement of Popular Participation", "Movimiento de Participación "
                                         "Popular", "MPP")], BL)),
    Probe("uruguay-partido-nacional",
          "IDCPC Official Meets Delegation of the National Party of Uruguay",
          "Beijing, February 27th—An official of the IDCPC met on February 26 with delegates of the "
          "National Party (Partido Nacional) of Uruguay.",
          "2024-02-27", url(EN, "2024-02-27", 57),
          rel("Uruguay", "2024-02-26", [("National Party", "Partido Nacional", "National Party of Uruguay")],
              B)),
    Probe("paraguay-colorado",
          "IDCPC Official Meets Delegation of the Colorado Party of Paraguay",
          "Beijing, June 6th—An official of the IDCPC met here today with delegates of the National "
          "Republican Association–Colorado Party (ANR) of Paraguay.",
          "2018-06-06", url(EN, "2018-06-06", 58),
          rel("Paraguay", "2018-06-06", [("Colorado Party", "National Republican Association–Colorado Party",
                                          "National Republican Association", "ANR")], B)),
    Probe("uruguay-colorado",
          "IDCPC Official Meets Colorado Party Delegation of Uruguay",
          "Beijing, April 4th—An official of the IDCPC met on April 3 with delegates of the Colorado "
          "Party (Partido Colorado) of Uruguay.",
          "2019-04-04", url(EN, "2019-04-04", 59),
          rel("Uruguay", "2019-04-03", [("Colorado Party", "Partido Colorado")], B)),
    Probe("paraguay-frente-guasu",
          "Guo Yezhou Meets Frente Guasu Delegation",
          "Beijing, November 12th—Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Frente Guasu of Paraguay, an alliance of left-wing parties.",
          "2019-11-12", url(EN, "2019-11-12", 60),
          rel("Paraguay", "2019-11-12", [("Frente Guasu", "Frente Guasú", "Guasu Front")], BL)),
    Probe("brazil-psol",
          "IDCPC Official Meets Delegation of Brazil's Socialism and Liberty Party",
          "Beijing, July 16th—An official of the IDCPC met on July 15 with delegates of the Socialism "
          "and Liberty Party (PSOL) of Brazil.",
          "2024-07-16", url(EN, "2024-07-16", 61),
          rel("Brazil", "2024-07-15", [PSOL], BL)),
    Probe("brazil-uniao-brasil-new",
          "IDCPC Official Meets Delegation of União Brasil",
          "Beijing, March 26th—An official of the IDCPC met here today with delegates of União Brasil, "
          "a Brazilian party formed in 2022 by a merger.",
          "2025-03-26", url(EN, "2025-03-26", 62),
          rel("Brazil", "2025-03-26", [("União Brasil", "Brazil Union")], B)),
    Probe("brazil-ujs-youth",
          "Guo Yezhou Meets Delegation of the Union of Socialist Youth of Brazil",
          "Beijing, August 30th—Guo Yezhou met here today with delegates of the Union of Socialist "
          "Youth (UJS) of Brazil, the youth organization linked to the Communist Party of Brazil.",
          "2019-08-30", url(EN, "2019-08-30", 63),
          rel("Brazil", "2019-08-30", [PCDOB], BL),
          doubtful={"parties": "a youth union 'linked to' a party: whether it counts as the party's"}),
    Probe("mexico-pt",
          "Liu Jianchao Meets Delegation of the Labor Party of Mexico",
          "Beijing, November 27th—Liu Jianchao met on November 26 with delegates of the Labor Party "
          "(PT) of Mexico led by its national coordinator Alberto Anaya.",
          "2023-11-27", url(EN, "2023-11-27", 64),
          rel("Mexico", "2023-11-26", [PT_MX], BL)),
    Probe("mexico-pan",
          "IDCPC Official Meets National Action Party Delegation of Mexico",
          "Beijing, May 8th—An official of the IDCPC met here today with delegates of the National "
          "Action Party (PAN) of Mexico.",
          "2019-05-08", url(EN, "2019-05-08", 65),
          rel("Mexico", "2019-05-08", [("National Action Party", "PAN")], B)),
    Probe("mexico-movimiento-ciudadano",
          "IDCPC Official Meets Delegation of Movimiento Ciudadano of Mexico",
          "Beijing, September 19th—An official of the IDCPC met on September 18 with delegates of "
          "Movimiento Ciudadano (Citizens' Movement) of Mexico.",
          "2023-09-19", url(EN, "2023-09-19", 66),
          rel("Mexico", "2023-09-18", [("Movimiento Ciudadano", "Citizens' Movement")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("dominican-fuerza-del-pueblo",
          "Sun Haiyan Meets Delegation of the People's Force of the Dominican Republic",
          "Beijing, April 20th—Sun Haiyan, Vice Minister of the IDCPC, met here today with delegates of "
          "the People's Force (Fuerza del Pueblo) of the Dominican Republic, founded in 2019 by former "
          "President Leonel Fernández.",
          "2023-04-20", url(EN, "2023-04-20", 67),
          rel("Dominican Republic", "2023-04-20", [("People's Force", "Fuerza del Pueblo")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("dominican-prm",
          "IDCPC Official Meets Delegation of Modern Revolutionary Party",
          "Beijing, January 10th—An official of the IDCPC met on January 9 with delegates of the Modern "
          "Revolutionary Party (PRM) of the Dominican Republic.",
          "2019-01-10", url(EN, "2019-01-10", 68),
          rel("Dominican Republic", "2019-01-09", [("Modern Revolutionary Party", "PRM")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    # ---- E. older eras and renamed parties (real) -------------------------------------------------
    Probe("venezuela-mvr-2006",
          "Wang Jiarui Meets Delegation of Venezuela's Fifth Republic Movement",
          "Beijing, August 23rd—Wang Jiarui, head of the International Department of the CPC Central "
          "Committee, met here today with delegates of the Fifth Republic Movement (MVR) of Venezuela. "
          "Wang spoke highly of the friendship between the two parties.",
          "2006-08-23", url(EN_OLD, "2006-08-23", 69),
          rel("Venezuela", "2006-08-23", [("Fifth Republic Movement", "Movimiento V República", "MVR")], BL)),
    Probe("ecuador-alianza-pais-2010",
          "Wang Jiarui Meets Alianza PAIS Delegation",
          "Beijing, October 13th—Wang Jiarui met on October 12 with delegates of Alianza PAIS, the "
          "governing movement of Ecuador led by President Rafael Correa.",
          "2010-10-13", url(EN_OLD, "2010-10-13", 70),
          rel("Ecuador", "2010-10-12", [("PAIS Alliance", "Alianza PAIS")], BL)),
    Probe("mexico-prd-2011",
          "Ai Ping Meets Delegation of Mexico's Party of the Democratic Revolution",
          "Beijing, March 17th—Vice Minister Ai Ping of the CPC's International Department "
          "received in Beijing today delegates of the Party of the Democratic Revolution (PRD) of "
          "Mexico.",
          "2011-03-17", url(EN_OLD, "2011-03-17", 71),
          rel("Mexico", "2011-03-17", [("Party of the Democratic Revolution", "PRD")], BL),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("guyana-pncr-renamed",
          "IDCPC Vice Minister Meets Delegation of People's National Congress Reform of Guyana",
          "Beijing, September 15th—Guo Yezhou met on September 14 with delegates of the People's "
          "National Congress Reform (PNCR) of Guyana, the main party of the APNU coalition.",
          "2023-09-15", url(EN, "2023-09-15", 72),
          rel("Guyana", "2023-09-14", [("People's National Congress Reform", "People's National Congress",
                                        "PNCR")], B),
          doubtful={"mechanism": "the PNC's socialist past under Burnham: the coder's call",
                    "parties": "whether the APNU coalition, named as the PNCR's frame, is a counterpart"}),
    # ---- F. made-up parties (English) -----------------------------------------------------------------
    Probe("madeup-belize-nupp",
          "IDCPC Official Meets Delegation of Belize's National Unity and Progress Party",
          "Beijing, June 11th—An official of the IDCPC met here today with delegates of the National "
          "Unity and Progress Party (NUPP) of Belize. The two sides exchanged views on party-building.",
          "2024-06-11", url(EN, "2024-06-11", 73),
          rel("Belize", "2024-06-11", [("National Unity and Progress Party", "NUPP")], B)),
    Probe("madeup-paraguay-alianza-ciudadana",
          "Sun Haiyan Meets Delegation of Paraguayan Citizens' Alliance Party",
          "Beijing, September 10th—Sun Haiyan, Vice Minister of the IDCPC, met on September 9 with a "
          "delegation of the Partido Alianza Ciudadana Paraguaya (PACP), a party founded in Asunción in "
          "2021. The two sides discussed agriculture and youth exchanges.",
          "2024-09-10", url(EN, "2024-09-10", 74),
          rel("Paraguay", "2024-09-09", [("Partido Alianza Ciudadana Paraguaya", "PACP",
                                          "Paraguayan Citizens' Alliance Party")], B)),
    Probe("madeup-peru-renovacion-andina",
          "IDCPC Official Meets Movimiento Renovación Andina of Peru",
          "Beijing, March 19th—An official of the IDCPC met here today with delegates of the Movimiento "
          "Renovación Andina of Peru, a regional movement from Cusco.",
          "2024-03-19", url(EN, "2024-03-19", 75),
          rel("Peru", "2024-03-19", [("Movimiento Renovación Andina", "Andean Renewal Movement")], B)),
    Probe("madeup-honduras-frente-civico",
          "IDCPC Official Meets Delegation of Honduras' National Civic Front",
          "Beijing, November 5th—An official of the IDCPC met on November 4 with leaders of the National "
          "Civic Front (Frente Cívico Nacional) of Honduras.",
          "2024-11-05", url(EN, "2024-11-05", 76),
          rel("Honduras", "2024-11-04", [("National Civic Front", "Frente Cívico Nacional")], B)),
    Probe("madeup-guyana-socialist-workers",
          "Guo Yezhou Meets Delegation of the Socialist Workers' Movement of Guyana",
          "Beijing, July 30th—Guo Yezhou, Vice Minister of the IDCPC, met here today with delegates of "
          "the Socialist Workers' Movement of Guyana. The guests expressed admiration for socialism with "
          "Chinese characteristics.",
          "2023-07-30", url(EN, "2023-07-30", 77),
          rel("Guyana", "2023-07-30",
              [("Socialist Workers' Movement", "Socialist Workers' Movement of Guyana")],
              BL)),
    Probe("madeup-panama-new-communist",
          "IDCPC Official Meets Delegation of the New Communist Party of Panama",
          "Beijing, February 8th—An official of the IDCPC met on February 7 with delegates of the New "
          "Communist Party of Panama. The two sides discussed Marxist theory.",
          "2024-02-08", url(EN, "2024-02-08", 78),
          rel("Panama", "2024-02-07", [("New Communist Party of Panama", "New Communist Party")], BL)),
    Probe("madeup-stlucia-caribbean-peoples-alliance",
          "IDCPC Official Meets Caribbean People's Alliance Delegation from Saint Lucia",
          "Beijing, October 2nd—An official of the IDCPC met here today with delegates of the "
          "Caribbean People's Alliance (CPA), a political party of Saint Lucia.",
          "2024-10-02", url(EN, "2024-10-02", 79),
          rel("Saint Lucia", "2024-10-02", [("Caribbean People's Alliance", "CPA")], B)),
    Probe("madeup-costarica-esperanza-verde",
          "IDCPC Official Meets Delegation of Partido Esperanza Verde of Costa Rica",
          "Beijing, May 13th—An official of the IDCPC met on May 12 with delegates of the Partido "
          "Esperanza Verde (PEV) of Costa Rica. The guests showed interest in China's green development.",
          "2025-05-13", url(EN, "2025-05-13", 80),
          rel("Costa Rica", "2025-05-12", [("Partido Esperanza Verde", "Green Hope Party", "PEV")], B)),
    Probe("madeup-brazil-movimento-solidario",
          "IDCPC Official Meets Delegation of Brazil's Movimento Brasil Solidário",
          "Beijing, August 19th—An official of the IDCPC met here today with delegates of the Movimento "
          "Brasil Solidário (MBS), a Brazilian party registered in 2023.",
          "2025-08-19", url(EN, "2025-08-19", 81),
          rel("Brazil", "2025-08-19", [("Movimento Brasil Solidário", "MBS")], B)),
    Probe("madeup-haiti-french-renouveau",
          "IDCPC Official Meets Delegation of the Parti pour le Renouveau Haïtien",
          "Beijing, April 24th—An official of the IDCPC met on April 23 with delegates of the Parti pour "
          "le Renouveau Haïtien (PRH) of Haiti.",
          "2024-04-24", url(EN, "2024-04-24", 82),
          rel("Haiti", "2024-04-23", [("Parti pour le Renouveau Haïtien", "PRH")], B)),
    Probe("madeup-suriname-dutch-eenheid",
          "IDCPC Official Meets Nationale Eenheidspartij of Suriname",
          "Beijing, December 3rd—An official of the IDCPC met here today with delegates of the "
          "Nationale Eenheidspartij (NEP) of Suriname.",
          "2024-12-03", url(EN, "2024-12-03", 83),
          rel("Suriname", "2024-12-03", [("Nationale Eenheidspartij", "National Unity Party", "NEP")], B)),
    Probe("madeup-haiti-creole-pati",
          "IDCPC Official Meets Delegation of Pati Pèp Solidè of Haiti",
          "Beijing, October 29th—An official of the IDCPC met on October 28 with delegates of Pati Pèp "
          "Solidè, a Haitian party.",
          "2025-10-29", url(EN, "2025-10-29", 84),
          rel("Haiti", "2025-10-28", [("Pati Pèp Solidè",)], B)),
    Probe("madeup-dominica-democratic-labour-movement",
          "IDCPC Official Meets Democratic Labour Movement of Dominica",
          "Beijing, March 4th—An official of the IDCPC met here today with delegates of the Democratic "
          "Labour Movement (DLM) of Dominica. The guests thanked China for its help after Hurricane Maria.",
          "2025-03-04", url(EN, "2025-03-04", 85),
          rel("Dominica", "2025-03-04",
              [("Democratic Labour Movement", "Democratic Labour Movement of Dominica", "DLM")], B)),
    Probe("madeup-trinidad-united-reform",
          "IDCPC Official Meets United Reform Party Delegation of Trinidad and Tobago",
          "Beijing, July 7th—An official of the IDCPC met on July 6 with delegates of the United Reform "
          "Party of Trinidad and Tobago.",
          "2025-07-07", url(EN, "2025-07-07", 86),
          rel("Trinidad and Tobago", "2025-07-06",
              [("United Reform Party", "United Reform Party of Trinidad and Tobago")], B)),
    Probe("madeup-bolivia-party-of",
          "IDCPC Official Meets Delegation of Bolivia's Party of Popular Democracy",
          "Beijing, January 28th—An official of the IDCPC met here today with delegates of the Party of "
          "Popular Democracy (PDP) of Bolivia.",
          "2025-01-28", url(EN, "2025-01-28", 87),
          rel("Bolivia", "2025-01-28", [("Party of Popular Democracy", "PDP")], B)),
    Probe("madeup-guatemala-alliance",
          "IDCPC Official Meets Alliance for Democratic Change of Guatemala",
          "Beijing, June 24th—An official of the IDCPC met on June 23 with delegates of the Alliance for "
          "Democratic Change (ADC) of Guatemala.",
          "2025-06-24", url(EN, "2025-06-24", 88),
          rel("Guatemala", "2025-06-23",
              [("Alliance for Democratic Change", "Alliance for Democratic Change of Guatemala",
                                              "ADC")], B)),
    Probe("madeup-panama-front-social-justice",
          "IDCPC Official Meets Front for Social Justice of Panama",
          "Beijing, September 16th—An official of the IDCPC met here today with delegates of the Front "
          "for Social Justice of Panama, a coalition of civic groups and small parties.",
          "2025-09-16", url(EN, "2025-09-16", 89),
          rel("Panama", "2025-09-16", [("Front for Social Justice", "Front for Social Justice of Panama")],
              B)),
    Probe("madeup-elsalvador-miu",
          "IDCPC Official Meets Delegation of El Salvador's Movimiento Independiente Unidos",
          "Beijing, May 6th—An official of the IDCPC met on May 5 with delegates of the Movimiento "
          "Independiente Unidos (MIU) of El Salvador.",
          "2025-05-06", url(EN, "2025-05-06", 90),
          rel("El Salvador", "2025-05-05", [("Movimiento Independiente Unidos", "MIU")], B)),
    Probe("madeup-antigua-womens-wing",
          "IDCPC Official Meets Women's Wing of Antigua's People's Renewal Party",
          "Beijing, March 8th—An official of the IDCPC met here today with delegates of the women's wing "
          "of the People's Renewal Party of Antigua and Barbuda, led by its chairwoman.",
          "2025-03-08", url(EN, "2025-03-08", 91),
          rel("Antigua and Barbuda", "2025-03-08", [("People's Renewal Party",
                                                    "People's Renewal Party of Antigua and Barbuda")], B)),
    Probe("madeup-jamaica-youth-league",
          "IDCPC Official Meets Youth League of Jamaica's National Progress Movement",
          "Beijing, August 12th—An official of the IDCPC met on August 11 with delegates of the Youth "
          "League of the National Progress Movement (NPM) of Jamaica.",
          "2025-08-12", url(EN, "2025-08-12", 92),
          rel("Jamaica", "2025-08-11", [("National Progress Movement", "NPM")], B)),
    Probe("madeup-ecuador-marxist-leninist",
          "Guo Yezhou Meets Marxist-Leninist Workers' Party of Ecuador",
          "Beijing, November 18th—Guo Yezhou met here today with delegates of the Marxist-Leninist "
          "Workers' Party of Ecuador. The two sides exchanged views on Marxism in the 21st century.",
          "2024-11-18", url(EN, "2024-11-18", 93),
          rel("Ecuador", "2024-11-18", [("Marxist-Leninist Workers' Party",
                                         "Marxist-Leninist Workers' Party of Ecuador")], BL)),
    # ---- G. Chinese pages (simplified) --------------------------------------------------------------
    Probe("zh-libre",
          "刘建超会见洪都拉斯自由与重建党代表团",
          "6月13日，中联部部长刘建超在京会见洪都拉斯自由与重建党总协调员率领的代表团。刘建超表示，中国共产党愿同自由与重建党加强交流，"
          "推动两国关系发展。",
          "2023-06-14", url(ZH, "2023-06-14", 94),
          rel("Honduras", "2023-06-13", [LIBRE + ("自由与重建党", "洪都拉斯自由与重建党")], BL), lang="zh"),
    Probe("zh-nuevas-ideas",
          "孙海燕会见萨尔瓦多新思想党代表团",
          "9月5日，中联部副部长孙海燕在京会见萨尔瓦多新思想党代表团。双方就治国理政经验交换意见。",
          "2023-09-06", url(ZH, "2023-09-06", 95),
          rel("El Salvador", "2023-09-05", [NUEVAS + ("新思想党", "萨尔瓦多新思想党")], B), lang="zh"),
    Probe("zh-pacto-historico",
          "刘建超会见哥伦比亚历史公约联盟代表团",
          "10月19日，中联部部长刘建超在京会见哥伦比亚执政联盟历史公约代表团。双方表示愿加强政党交往。",
          "2023-10-20", url(ZH, "2023-10-20", 96),
          rel("Colombia", "2023-10-19", [PACTO + ("历史公约", "历史公约联盟", "哥伦比亚历史公约")], BL),
          lang="zh"),
    Probe("zh-lla",
          "中联部领导会见阿根廷自由前进党代表团",
          "10月8日，中联部副部长孙海燕在京会见阿根廷执政党自由前进党代表团。",
          "2024-10-09", url(ZH, "2024-10-09", 97),
          rel("Argentina", "2024-10-08", [LLA + ("自由前进党", "阿根廷自由前进党")], B), lang="zh"),
    Probe("zh-grenada-nnp",
          "郭业洲会见格林纳达新民族党代表团",
          "4月3日，中联部副部长郭业洲在京会见格林纳达新民族党代表团。郭业洲介绍了中共十九大精神。",
          "2019-04-04", url(ZH, "2019-04-04", 98),
          rel("Grenada", "2019-04-03", [("New National Party", "新民族党", "格林纳达新民族党")], B),
          lang="zh"),
    Probe("zh-suriname-vhp",
          "孙海燕会见苏里南进步改革党代表团",
          "4月10日，中联部副部长孙海燕在京会见苏里南进步改革党代表团。双方就加强两党交往交换意见。",
          "2024-04-11", url(ZH, "2024-04-11", 99),
          rel("Suriname", "2024-04-10",
              [("Progressive Reform Party", "Vooruitstrevende Hervormingspartij", "进步改革党",
                "苏里南进步改革党")], B), lang="zh"),
    Probe("zh-psol",
          "中联部领导会见巴西社会主义和自由党代表团",
          "7月15日，中联部副部长郭业洲在京会见巴西社会主义和自由党代表团。",
          "2024-07-16", url(ZH, "2024-07-16", 100),
          rel("Brazil", "2024-07-15", [PSOL + ("社会主义和自由党", "巴西社会主义和自由党")], BL), lang="zh"),
    Probe("zh-pcv",
          "郭业洲会见委内瑞拉共产党代表团",
          "8月27日，中联部副部长郭业洲在京会见委内瑞拉共产党总书记率领的代表团。",
          "2019-08-28", url(ZH, "2019-08-28", 101),
          rel("Venezuela", "2019-08-27", [PCV + ("委内瑞拉共产党",)], BL), lang="zh"),
    Probe("zh-semilla",
          "孙海燕会见危地马拉种子运动代表团",
          "5月21日，中联部副部长孙海燕在京会见危地马拉种子运动代表团。双方就反腐败和政党建设交换意见。",
          "2024-05-22", url(ZH, "2024-05-22", 102),
          rel("Guatemala", "2024-05-21", [SEMILLA + ("种子运动", "危地马拉种子运动")], B), lang="zh",
          doubtful={"mechanism": LEFT_FAMILY_DOUBT}),
    Probe("zh-rc-ecuador",
          "刘建超会见厄瓜多尔公民革命运动代表团",
          "4月16日，中联部部长刘建超在京会见厄瓜多尔公民革命运动主席路易莎·冈萨雷斯。",
          "2024-04-17", url(ZH, "2024-04-17", 103),
          rel("Ecuador", "2024-04-16", [RC + ("公民革命运动", "厄瓜多尔公民革命运动")], BL), lang="zh"),
    Probe("zh-mexico-pt",
          "刘建超会见墨西哥劳动党代表团",
          "11月26日，中联部部长刘建超在京会见墨西哥劳动党全国协调员阿尔韦托·阿纳亚。",
          "2023-11-27", url(ZH, "2023-11-27", 104),
          rel("Mexico", "2023-11-26", [PT_MX + ("劳动党", "墨西哥劳动党")], BL), lang="zh"),
    Probe("zh-fmln-front",
          "郭业洲会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团",
          "4月1日，中联部副部长郭业洲在京会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团。",
          "2019-04-02", url(ZH, "2019-04-02", 105),
          rel("El Salvador", "2019-04-01", [FMLN + ("法拉本多·马蒂民族解放阵线",)], BL), lang="zh"),
    Probe("zh-madeup-paraguay-front",
          "中联部领导会见巴拉圭人民团结阵线代表团",
          "9月9日，中联部副部长孙海燕在京会见巴拉圭人民团结阵线代表团。双方就农业合作和青年交流交换意见。",
          "2025-09-10", url(ZH, "2025-09-10", 106),
          rel("Paraguay", "2025-09-09", [("人民团结阵线", "巴拉圭人民团结阵线")], B), lang="zh"),
    Probe("zh-madeup-peru-andean-movement",
          "中联部领导会见秘鲁安第斯人民运动代表团",
          "3月18日，中联部副部长郭业洲在京会见秘鲁安第斯人民运动代表团。",
          "2025-03-19", url(ZH, "2025-03-19", 107),
          rel("Peru", "2025-03-18", [("安第斯人民运动", "秘鲁安第斯人民运动")], B), lang="zh"),
    Probe("zh-madeup-belize-alliance",
          "中联部领导会见伯利兹国家进步联盟代表团",
          "6月10日，中联部副部长孙海燕在京会见伯利兹国家进步联盟代表团。",
          "2025-06-11", url(ZH, "2025-06-11", 108),
          rel("Belize", "2025-06-10", [("国家进步联盟", "伯利兹国家进步联盟")], B), lang="zh"),
    Probe("zh-madeup-chile-party",
          "中联部领导会见智利公民民主党代表团",
          "11月4日，中联部副部长郭业洲在京会见智利公民民主党主席率领的代表团。",
          "2025-11-05", url(ZH, "2025-11-05", 109),
          rel("Chile", "2025-11-04", [("公民民主党", "智利公民民主党")], B), lang="zh"),
    Probe("zh-madeup-bolivia-socialist",
          "中联部领导会见玻利维亚社会主义劳动者党代表团",
          "2月17日，中联部副部长孙海燕在京会见玻利维亚社会主义劳动者党代表团，双方就马克思主义理论交换意见。",
          "2025-02-18", url(ZH, "2025-02-18", 110),
          rel("Bolivia", "2025-02-17", [("社会主义劳动者党", "玻利维亚社会主义劳动者党")], BL), lang="zh"),
    Probe("zh-madeup-youth-wing",
          "中联部领导会见多米尼加共和国国家团结党青年代表团",
          "7月22日，中联部副部长孙海燕在京会见多米尼加共和国国家团结党青年代表团。",
          "2025-07-23", url(ZH, "2025-07-23", 111),
          rel("Dominican Republic", "2025-07-22", [("国家团结党", "多米尼加共和国国家团结党")], B),
          lang="zh"),
    # ---- H. traditional Chinese (Hong Kong papers) ------------------------------------------------
    Probe("hk-libre-traditional",
          "中聯部部長會見洪都拉斯自由與重建黨代表團",
          "【本報訊】中聯部部長劉建超6月13日在北京會見洪都拉斯自由與重建黨代表團。劉建超表示，中方願同該黨加強交流合作。",
          "2023-06-14", url(HK_ZH, "2023-06-14", 1),
          rel("Honduras", "2023-06-13", [LIBRE + ("自由與重建黨", "洪都拉斯自由與重建黨")], BL), lang="zh"),
    Probe("hk-peru-libre-traditional",
          "中聯部會見秘魯自由秘魯黨代表團",
          "【本報訊】中聯部部長劉建超12月13日在京會見秘魯自由秘魯黨總書記塞隆率領的代表團。",
          "2021-12-14", url(HK_ZH, "2021-12-14", 2),
          rel("Peru", "2021-12-13", [PERU_LIBRE + ("自由秘魯黨", "秘魯自由秘魯黨")], BL), lang="zh"),
    Probe("hk-madeup-honduras-traditional",
          "中聯部官員會見洪都拉斯國民公民陣線代表團",
          "【本報訊】中聯部一名官員11月4日在北京會見洪都拉斯國民公民陣線代表團，雙方就兩國關係交換意見。",
          "2025-11-05", url(HK_ZH, "2025-11-05", 3),
          rel("Honduras", "2025-11-04", [("國民公民陣線", "洪都拉斯國民公民陣線")], B), lang="zh"),
    Probe("hk-colombia-pcc-traditional",
          "中聯部副部長會見哥倫比亞共產黨代表團",
          "【本報訊】中聯部副部長孫海燕8月6日在京會見哥倫比亞共產黨代表團。",
          "2024-08-07", url(HK_ZH, "2024-08-07", 4),
          rel("Colombia", "2024-08-06", [("Colombian Communist Party", "哥倫比亞共產黨")], BL), lang="zh"),
    # ---- I. agency, newspaper and embassy copies ---------------------------------------------------
    Probe("agency-en-libre",
          "Senior CPC official meets Honduran party delegation",
          "Home | World | China\n date 2023-06-13\nBEIJING, June 13 -- Liu Jianchao, who heads the "
          "CPC Central Committee's International Department, met with a "
          "delegation of Honduras' Liberty and Refoundation Party (LIBRE) in Beijing on Tuesday.\n"
          "Editor: Li Ming\nRelated: China, Honduras mark ties",
          "2023-06-13", url(AGENCY_EN, "2023-06-13", 1),
          rel("Honduras", "2023-06-13", [LIBRE], BL)),
    Probe("agency-en-madeup-saint-lucia",
          "CPC official meets Saint Lucian party delegation",
          "Home | World\n date 2025-10-02\nBEIJING, Oct. 2 -- A senior official of the International "
          "Department of the CPC Central Committee met with delegates of the Saint Lucia Progressive "
          "Movement (SLPM) in Beijing on Thursday, according to the department.\nEditor: Wang Fang",
          "2025-10-02", url(AGENCY_EN, "2025-10-02", 2),
          rel("Saint Lucia", "2025-10-02", [("Saint Lucia Progressive Movement", "SLPM")], B)),
    Probe("agency-zh-nuevas-ideas",
          "中联部部长会见萨尔瓦多新思想党代表团",
          "首页 > 时政\n date 2023-09-06\n新华社北京9月6日电 中联部部长刘建超6日在京会见萨尔瓦多新思想党"
          "主席率领的代表团。\n责任编辑：张明",
          "2023-09-06", url(AGENCY_ZH, "2023-09-06", 3),
          rel("El Salvador", "2023-09-06", [NUEVAS + ("新思想党", "萨尔瓦多新思想党")], B), lang="zh"),
    Probe("paper-zh-madeup-ecuador",
          "中联部领导会见厄瓜多尔民族团结联盟代表团",
          "本报北京5月20日电 中联部副部长孙海燕20日在京会见厄瓜多尔民族团结联盟代表团。\n"
          "《 日报 》（ 2025年05月21日　 第 03 版）",
          "2025-05-21", url(PAPER_ZH, "2025-05-21", 4),
          rel("Ecuador", "2025-05-20", [("民族团结联盟", "厄瓜多尔民族团结联盟")], B), lang="zh"),
    Probe("embassy-en-grenada-ndc",
          "Ambassador Attends Reception with Grenada's NDC and CPC Delegation",
          "2024/03/08\nOn March 7, a delegation of the Communist Party of China led by Sun Haiyan, Vice "
          "Minister of the IDCPC, met in St. George's with leaders of the National Democratic Congress "
          "(NDC) of Grenada, the governing party. Ambassador attended the meeting.",
          "2024-03-08", url(EMBASSY_EN, "2024-03-08", 5),
          rel("Grenada", "2024-03-07", [("National Democratic Congress", "NDC")], B),
          doubtful={"mechanism": LEFT_FAMILY_DOUBT,
                    "event_type": "the headline names a reception the ambassador attended, the text a "
                                  "meeting: which one the page reports"}),
    # ---- J. knowledge exchange, coalitions, several parties -----------------------------------------
    Probe("seminar-colombia-coalition-parties",
          "CPC Holds Online Seminar with Colombian Parties of the Historic Pact",
          "Beijing, July 11th—The IDCPC held an online theory seminar on July 10 with leaders of Colombia "
          "Humana, the Alternative Democratic Pole and the Colombian Communist Party, members of the "
          "Historic Pact. Participants discussed Chinese modernization and the fight against poverty.",
          "2023-07-11", url(EN, "2023-07-11", 112),
          rel("Colombia", "2023-07-10",
              [("Colombia Humana", "Humane Colombia"), ("Alternative Democratic Pole", "Polo Democrático "
               "Alternativo"), ("Colombian Communist Party",), PACTO], BL, "seminar", KE),
          doubtful={"parties": "whether the coalition is a counterpart beside its named member parties"}),
    Probe("training-caribbean-small-parties",
          "Training Course for Caribbean Party Cadres Opens in Beijing",
          "Beijing, September 4th—A training course for cadres of Caribbean political parties opened on "
          "September 3, run by the IDCPC. Participants came from the New National Party of Grenada, the "
          "People's Action Movement of Saint Kitts and Nevis and the United Democratic Party of Belize.",
          "2019-09-04", url(EN, "2019-09-04", 113),
          rel("multilateral", "2019-09-03",
              [("New National Party", "NNP"), ("People's Action Movement", "PAM"),
               ("United Democratic Party", "UDP")], R, "training_course", KE)),
    Probe("field-trip-madeup-party",
          "Delegation of Partido Renovación Democrática of Peru Visits Yunnan",
          "Kunming, April 16th—A delegation of the Partido Renovación Democrática (PRD) of Peru, invited "
          "by the CPC, visited Yunnan Province from April 14 to 17. The guests toured tea plantations "
          "and a poverty-relief project.",
          "2025-04-16", url(EN, "2025-04-16", 114),
          rel("Peru", "2025-04-14", [("Partido Renovación Democrática", "PRD")], B, "field_trip", KE)),
    Probe("zh-seminar-madeup-mexico",
          "中墨政党理论研讨会在京举行",
          "11月20日，中联部与墨西哥公民团结运动共同举办的理论研讨会在京举行，中联部副部长孙海燕出席并致辞。与会者围绕中国式现代化进行交流。",
          "2025-11-21", url(ZH, "2025-11-21", 115),
          rel("Mexico", "2025-11-20", [("公民团结运动", "墨西哥公民团结运动")], B, "seminar", KE), lang="zh"),
    # ---- K. negatives: non-LAC parties of the same form -------------------------------------------
    Probe("neg-psoe-spain",
          "Liu Jianchao Meets Delegation of the Spanish Socialist Workers' Party",
          "Beijing, May 16th—Liu Jianchao met here today with delegates of the Partido Socialista Obrero "
          "Español (PSOE). The two sides exchanged views on China-EU relations.",
          "2024-05-16", url(EN, "2024-05-16", 116), NO),
    Probe("neg-pdge-equatorial-guinea",
          "Sun Haiyan Meets Delegation of the Partido Democrático de Guinea Ecuatorial",
          "Beijing, June 19th—Sun Haiyan, Vice Minister of the IDCPC, met on June 18 with delegates of "
          "the Partido Democrático de Guinea Ecuatorial (PDGE), the ruling party of Equatorial Guinea.",
          "2024-06-19", url(EN, "2024-06-19", 117), NO),
    Probe("neg-frelimo-front",
          "Liu Jianchao Meets FRELIMO Delegation",
          "Beijing, March 27th—Liu Jianchao met here today with delegates of the Frente de Libertação "
          "de Moçambique (FRELIMO), the ruling party of Mozambique.",
          "2023-03-27", url(EN, "2023-03-27", 118), NO),
    Probe("neg-fretilin-front",
          "IDCPC Official Meets FRETILIN Delegation from Timor-Leste",
          "Beijing, October 10th—An official of the IDCPC met on October 9 with delegates of the "
          "Revolutionary Front for an Independent East Timor (FRETILIN).",
          "2019-10-10", url(EN, "2019-10-10", 119), NO),
    Probe("neg-pcp-portugal",
          "Guo Yezhou Meets Portuguese Communist Party Delegation",
          "Beijing, November 15th—Guo Yezhou met here today with delegates of the Partido Comunista "
          "Português (PCP).",
          "2018-11-15", url(EN, "2018-11-15", 120), NO),
    Probe("neg-pdp-laban-philippines",
          "Liu Jianchao Meets Delegation of PDP-Laban of the Philippines",
          "Beijing, July 12th—Liu Jianchao met on July 11 with delegates of the Partido Demokratiko "
          "Pilipino–Lakas ng Bayan (PDP-Laban) of the Philippines.",
          "2019-07-12", url(EN, "2019-07-12", 121), NO),
    Probe("neg-paicv-cabo-verde",
          "IDCPC Official Meets PAICV Delegation of Cabo Verde",
          "Beijing, April 18th—An official of the IDCPC met here today with delegates of the Partido "
          "Africano da Independência de Cabo Verde (PAICV).",
          "2019-04-18", url(EN, "2019-04-18", 122), NO),
    Probe("neg-zh-mpla",
          "刘建超会见安哥拉人民解放运动代表团",
          "3月9日，中联部部长刘建超在京会见安哥拉人民解放运动代表团。",
          "2023-03-10", url(ZH, "2023-03-10", 123), NO, lang="zh"),
    Probe("neg-zh-pdge",
          "孙海燕会见赤道几内亚民主党代表团",
          "6月18日，中联部副部长孙海燕在京会见赤道几内亚民主党代表团。",
          "2024-06-19", url(ZH, "2024-06-19", 124), NO, lang="zh"),
    Probe("neg-zh-spanish-pp",
          "中联部领导会见西班牙人民党代表团",
          "5月14日，中联部副部长郭业洲在京会见西班牙人民党代表团。",
          "2019-05-15", url(ZH, "2019-05-15", 125), NO, lang="zh"),
    Probe("neg-zh-madeup-african-front",
          "中联部领导会见几内亚比绍民族团结阵线代表团",
          "9月3日，中联部副部长孙海燕在京会见几内亚比绍民族团结阵线代表团。",
          "2025-09-04", url(ZH, "2025-09-04", 126), NO, lang="zh"),
    # ---- L. negatives: Chinese party organs -----------------------------------------------------------
    Probe("neg-cyl-abroad",
          "Communist Youth League of China Delegation Visits Japan",
          "Tokyo, May 9th—A delegation of the Central Committee of the Communist Youth League of China "
          "arrived here today for a five-day visit at the invitation of Japanese youth groups.",
          "2019-05-09", url(EN, "2019-05-09", 127), NO),
    Probe("neg-zh-party-school",
          "中央党校举办青年干部培训班",
          "9月2日，中共中央党校（国家行政学院）春季学期青年干部培训班开班。",
          "2024-09-03", url(ZH, "2024-09-03", 128), NO, lang="zh"),
    Probe("cpc-organ-beside-lac-party",
          "Delegation of Ecuador's Citizen Revolution Visits Party School of the CPC Central Committee",
          "Beijing, June 5th—A delegation of the Citizen Revolution Movement of Ecuador visited the Party "
          "School of the CPC Central Committee on June 4 and met the school's Vice President. The "
          "Communist Youth League of China also hosted the guests.",
          "2024-06-05", url(EN, "2024-06-05", 129),
          {"relevant": True, "country": "Ecuador", "parties": [RC], "mechanism": BL}),
    Probe("zh-cpc-organ-beside-lac-party",
          "哥伦比亚历史公约代表团访问中共中央党校",
          "6月4日，哥伦比亚历史公约代表团访问中共中央党校，同该校负责人座谈。共青团中央也会见了代表团。",
          "2024-06-05", url(ZH, "2024-06-05", 130),
          {"relevant": True, "country": "Colombia", "parties": [PACTO + ("历史公约", "哥伦比亚历史公约")],
           "mechanism": BL}, lang="zh"),
    # ---- M. LAC state and regional bodies that are not parties ------------------------------------
    Probe("state-cuba-assembly",
          "Liu Jianchao Meets Vice President of Cuba's National Assembly of People's Power",
          "Beijing, April 12th—Liu Jianchao, head of the IDCPC, met here today with the Vice President of "
          "the National Assembly of People's Power of Cuba. They discussed exchanges between the two "
          "countries' legislatures.",
          "2024-04-12", url(EN, "2024-04-12", 131),
          {"relevant": True, "country": "Cuba", "parties": []}),
    Probe("state-mexico-ine",
          "IDCPC Official Meets Delegation of Mexico's National Electoral Institute",
          "Beijing, October 17th—An official of the IDCPC met on October 16 with delegates of the "
          "National Electoral Institute (INE) of Mexico.",
          "2019-10-17", url(EN, "2019-10-17", 132),
          {"relevant": True, "country": "Mexico", "parties": [], "mechanism": B}),
    Probe("regional-alba-alliance",
          "Sun Haiyan Meets Executive Secretary of ALBA-TCP",
          "Beijing, March 15th—Sun Haiyan, Vice Minister of the IDCPC, met here today with the Executive "
          "Secretary of the Bolivarian Alliance for the Peoples of Our America–Peoples' Trade Treaty "
          "(ALBA-TCP).",
          "2024-03-15", url(EN, "2024-03-15", 133),
          {"relevant": True, "country": "multilateral", "parties": []}),
    Probe("regional-parliamentary-front",
          "IDCPC Official Meets Parliamentary Front Against Hunger Delegation",
          "Beijing, August 27th—An official of the IDCPC met on August 26 with delegates of the "
          "Parliamentary Front Against Hunger of Latin America and the Caribbean, made up of legislators "
          "from several countries of the region.",
          "2019-08-27", url(EN, "2019-08-27", 134),
          {"relevant": True, "country": "multilateral", "parties": []}),
    Probe("zh-state-bolivia-assembly",
          "郭业洲会见玻利维亚多民族立法大会代表团",
          "5月7日，中联部副部长郭业洲在京会见玻利维亚多民族立法大会代表团。",
          "2019-05-08", url(ZH, "2019-05-08", 135),
          {"relevant": True, "country": "Bolivia", "parties": []}, lang="zh"),
    Probe("zh-regional-pacific-alliance",
          "中联部领导会见太平洋联盟成员国驻华使节",
          "7月3日，中联部副部长孙海燕在京会见太平洋联盟成员国智利、哥伦比亚、墨西哥和秘鲁驻华使节。",
          "2024-07-04", url(ZH, "2024-07-04", 136),
          {"relevant": True, "country": "multilateral", "parties": [], "mechanism": R}, lang="zh"),
    Probe("women-federation-not-party",
          "IDCPC Official Meets Delegation of the Federation of Cuban Women",
          "Beijing, March 6th—An official of the IDCPC met here today with delegates of the Federation of "
          "Cuban Women (FMC). The two sides discussed the role of women in development.",
          "2019-03-06", url(EN, "2019-03-06", 137),
          {"relevant": True, "country": "Cuba", "parties": []}),
]


ZH_NOTED = ("a party no entry lists, named in Chinese only, is noted on the record for a reviewer and not "
            "coded (nlp/party_names.py: the coder's canonical is an English name the characters do not "
            "give, and a Chinese value would count as a wrong party); the page's own name would be Chinese")
# Probes that fail for a reason this campaign left open (see the report), not doubtful under the codebook
OPEN: dict[tuple[str, str], str] = {
    **{(pid, "parties"): ZH_NOTED for pid in (
        "zh-madeup-paraguay-front", "zh-madeup-peru-andean-movement", "zh-madeup-chile-party",
        "zh-madeup-bolivia-socialist", "zh-madeup-youth-wing", "hk-madeup-honduras-traditional",
        "paper-zh-madeup-ecuador", "zh-seminar-madeup-mexico")},
    ("zh-madeup-bolivia-socialist", "mechanism"):
        "the noted Chinese-only party is no contact, so its self-described socialism does not reach the "
        "mechanism",
    **{("zh-madeup-belize-alliance", name): "the made-up name holds 进步联盟, the Chinese name of the "
        "Progressive Alliance: read as that worldwide platform"
       for name in ("parties", "mechanism", "content")},
}


def _norm(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)", "", name.casefold())
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"[’'`]", "", name)
    return re.sub(r"\s+", " ", name).strip()


def parties_match(found: set[str], expected: list[tuple[str, ...]]) -> bool:
    """Every expected party is found under one of its names, and nothing else is found."""
    left = {_norm(f) for f in found}
    if len(left) != len(expected):
        return False
    for names in expected:
        hit = next((f for f in left if f in {_norm(n) for n in names}), None)
        if hit is None:
            return False
        left.discard(hit)
    return not left


@pytest.mark.parametrize(("probe", "name", "expected"),
                         cases(PROBES, {key: "open: " + why for key, why in OPEN.items()}))
def test_unlisted_party_field(probe: Probe, name: str, expected):
    """Codebook: contacts and parties list every LAC party the page names as taking part; the country
    follows the LAC actors; 'leftist' by the party's family as a coder knows it (for a party no one
    listed, only its name tells); a non-LAC party, a Chinese party organ or a LAC state body is no
    LAC party."""
    record = record_of(probe)
    if name == "parties":
        assert parties_match(parties(record), expected), sorted(parties(record))
    elif name == "mechanism":
        assert set(record.mechanism) == expected
    else:
        assert getattr(record, name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

def _page_parties(text: str, title: str) -> set[str]:
    return parties(idcpc(text, title=title, published="2025-05-10", url=url(EN, "2025-05-10", 200)))


@pytest.mark.parametrize(("text", "expected"), [
    # an apposition states the country of a name that carries none
    ("Beijing, May 10th—An official of the IDCPC met here today with delegates of the Harbour Light "
     "Movement (HLM), a political party of Grenada.", {"Harbour Light Movement"}),
    ("Beijing, May 10th—An official of the IDCPC met here today with leaders of Fwon Solidarite Pèp, a "
     "small Haitian party.", set()),  # "Fwon" is no head noun the cue lists: no name read
    # a country outside the region states no LAC party
    ("Beijing, May 10th—An official of the IDCPC met here today with delegates of the Harbour Light "
     "Movement, a political party of Fiji.", set()),
])
def test_a_country_stated_beside_a_name(text, expected):
    """English states a party's country in an apposition (", a political party of X", ", a Haitian
    party") or a headline's "Delegation from X": the name is that country's party."""
    assert _page_parties(text, "IDCPC Official Meets Party Delegation") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing, May 10th—An official of the IDCPC met here today with delegates of the Peace and "
     "Progress Party of Belize.", set()),  # a body's word ("peace") in the joined words: no party
    ("Beijing, May 10th—An official of the IDCPC met here today with delegations of the Socialist Party "
     "and Communist Party of Chile.", {"Socialist Party of Chile", "Communist Party of Chile"}),
])
def test_and_joins_a_names_words_only_without_another_head(text, expected):
    """"the National Unity and Progress Party" is one name; "the Socialist Party and Communist Party
    of Chile" are two: words joined by "and" belong to the name only when no other head stands there."""
    assert _page_parties(text, "IDCPC Official Meets Delegation") == expected


def test_head_first_name_still_closes_at_de_country():
    """A Spanish name closes at "de <Country>" ("Partido Comunista de Chile Celebra …" is the party and
    a headline's verb); a country right after a word of the name is one of its words."""
    record = idcpc("Beijing, May 10th—An official of the IDCPC met here today with leaders of the Partido "
                   "Comunista de Chile.", title="IDCPC Official Meets Chilean Communists",
                   published="2025-05-10", url=url(EN, "2025-05-10", 201))
    assert parties(record) == {"Communist Party of Chile"}


def test_a_real_small_party_added_to_the_gazetteer():
    """Guyana's Liberty and Justice Party (founded 2019) is listed now, acronym and all."""
    record = idcpc("Beijing, May 9th—Guo Yezhou met here today with delegates of the Liberty and Justice "
                   "Party (LJP) of Guyana.", title="Guo Yezhou Meets LJP Delegation of Guyana",
                   published="2019-05-09", url=url(EN, "2019-05-09", 202))
    assert parties(record) == {"Liberty and Justice Party (Guyana)"} and record.country == "Guyana"


# ---- a second, smaller batch written after the first fixes (made-up parties unless said) --------------
LEAD2 = "Beijing, May 10th—An official of the IDCPC met here today with "
BATCH2 = [
    ("patria-nueva-of-the-dominican-republic", "a delegation of the Movimiento Patria Nueva of the Dominican "
     "Republic.", "IDCPC Official Meets Dominican Party Delegation", "Dominican Republic",
     [("Movimiento Patria Nueva",)], None),
    ("tobago-island-in-name", "leaders of the Tobago People's Progressive Movement of Trinidad and Tobago.",
     "IDCPC Official Meets Tobago Party Leaders", "Trinidad and Tobago",
     [("Tobago People's Progressive Movement",
       "Tobago People's Progressive Movement of Trinidad and Tobago")], None),
    ("nevis-apposition-st-abbreviation", "a delegation of the Nevis Citizens' Alliance, a party of St. Kitts "
     "and Nevis.", "IDCPC Official Meets Nevis Party", "Saint Kitts and Nevis",
     [("Nevis Citizens' Alliance",)], None),
    ("spanish-name-english-party-noun", "a delegation of the Partido Renacer Nacional party of Honduras.",
     "IDCPC Official Meets Honduran Delegation", "Honduras", [("Partido Renacer Nacional",)], None),
    ("st-lucia-possessive", "a delegation of St. Lucia's Green Future Party.",
     "IDCPC Official Meets Saint Lucian Delegation", "Saint Lucia", [("Green Future Party",)], None),
    ("jamaica-possessive-from", "a delegation from Jamaica's United People's Party.",
     "IDCPC Official Meets Jamaican Delegation", "Jamaica", [("United People's Party",)], None),
    ("country-opens-name", "a delegation of the Bahamas Democratic Movement.",
     "IDCPC Official Meets Bahamian Delegation", "Bahamas", [("Bahamas Democratic Movement",)], None),
    ("portuguese-name-demonym-apposition", "a delegation of the Partido dos Trabalhadores Unidos, a "
     "Brazilian party founded in 2024.", "IDCPC Official Meets Brazilian Delegation", "Brazil",
     [("Partido dos Trabalhadores Unidos",)], None),
    ("bare-from-country", "members of the Caribbean Unity Front from Barbados.",
     "IDCPC Official Meets Barbadian Delegation", "Barbados", [("Caribbean Unity Front",)], None),
    ("youth-wing-of-a-movement", "the Youth Wing of the Progressive Labour Movement of Antigua and Barbuda.",
     "IDCPC Official Meets Antiguan Youth", "Antigua and Barbuda",
     [("Progressive Labour Movement", "Progressive Labour Movement of Antigua and Barbuda")], None),
    ("foreign-party-beside-lac-party", "a delegation of the Socialist Party of Portugal and the Green "
     "Alliance of Peru.", "IDCPC Official Meets Delegations", "Peru",
     [("Green Alliance", "Green Alliance of Peru")], None),
    ("state-bodies-no-party", "a delegation of the National Electoral Council of Venezuela and the "
     "Venezuelan Ministry of Popular Power for Foreign Affairs.",
     "IDCPC Official Meets Venezuelan Delegation", "Venezuela", [], None),
    ("english-name-apposition", "a delegation of the Movement for Dignity and Independence, a political "
     "party of Honduras.", "IDCPC Official Meets Honduran Delegation", "Honduras",
     [("Movement for Dignity and Independence",)], None),
    ("spanish-union-word", "Maria Lopez, President of the Partido Unión Andina (PUA) of Bolivia.",
     "IDCPC Official Meets Bolivian Party Leader", "Bolivia", [("Partido Unión Andina", "PUA")], None),
    ("union-front-is-a-body", "leaders of the Union Front of Bolivian Workers.",
     "IDCPC Official Meets Bolivian Delegation", "Bolivia", [], None),
    ("spanish-demonym-in-name", "a delegation of the Frente Progresista Uruguayo.",
     "IDCPC Official Meets Uruguayan Delegation", "Uruguay", [("Frente Progresista Uruguayo",)], None),
    ("portuguese-adjective-listed", "leaders of the Partido Socialista Brasileiro.",
     "IDCPC Official Meets Party Leaders", "Brazil", [("Brazilian Socialist Party",)], None),
    ("longer-name-around-listed", "a delegation of Ecuador's Movimiento Unidad Popular Amazónica.",
     "IDCPC Official Meets Ecuadorian Delegation", "Ecuador", [("Movimiento Unidad Popular Amazónica",)],
     None),
    ("party-noun-around-listed", "a delegation of the Partido Frente Amplio of Costa Rica.",
     "IDCPC Official Meets Costa Rican Delegation", "Costa Rica", [("Broad Front (Costa Rica)",)], None),
    ("french-demonym-in-name", "a delegation of the Mouvement Démocratique Haïtien (MDH).",
     "IDCPC Official Meets Haitian Delegation", "Haiti", [("Mouvement Démocratique Haïtien", "MDH")],
     "a French demonym inside the name is no country mention: the name carries no country"),
]


@pytest.mark.parametrize(("pid", "body", "title", "country", "expected", "open_reason"),
                         [pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(
                             strict=False, reason="open: " + case[5])] if case[5] else [])
                          for case in BATCH2])
def test_second_batch(pid, body, title, country, expected, open_reason):
    """The same codebook reading as the first batch: the LAC party by the form of its name and the
    country the page gives it; a foreign party or a state body is no LAC party."""
    record = idcpc(LEAD2 + body, title=title, published="2025-05-10", url=url(EN, "2025-05-10", 300))
    assert record.relevant and record.country == country
    assert parties_match(parties(record), expected), sorted(parties(record))


def test_second_batch_negative_foreign_party():
    """A party of a country outside the region, of the same form, is no LAC exchange."""
    record = idcpc(LEAD2 + "a delegation of the People's Democratic Party of Nigeria.",
                   title="IDCPC Official Meets Nigerian Delegation", published="2025-05-10",
                   url=url(EN, "2025-05-10", 301))
    assert not record.relevant
