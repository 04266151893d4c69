"""Campaign 9A: IDCPC message pages (congratulations, condolences, letters, replies, thanks) of
shapes earlier campaigns may not have met: a letter's full text with the sender only in the
signature, messages on congresses, anniversaries, elections and deaths, regional groups of LAC
parties, roundups, Chinese pages (simplified and traditional) and copies with page furniture.

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc
from probe_harness import BL, DI, NO, RL, Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_16{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_16{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_1.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_1.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_1-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a1.html"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_1.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_1.shtml"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"


def msg(country: str, date: str | None, party_set: set[str], mechanism: set[str],
        event_type: str = "message", content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ---- A. a letter's full text: salutation first, sender, office and party only at the end ----
    Probe("letter-cpc-to-pcc-congress",
          "Congratulatory Message of the CPC Central Committee to the Eighth Congress of the Communist "
          "Party of Cuba",
          "Dear Comrade Raúl Castro Ruz,\nFirst Secretary of the Central Committee of the Communist Party "
          "of Cuba,\nOn the occasion of the opening of the Eighth Congress of the Communist Party of Cuba, "
          "the Central Committee of the Communist Party of China extends its warm congratulations to the "
          "Congress and, through it, sincere greetings to all members of your Party and to the Cuban "
          "people.\nUnder the leadership of your Party, the Cuban people have defended the achievements "
          "of the revolution and pressed ahead with updating their economic and social model. Our two "
          "parties share ideals and have stood by each other in good times and bad.\nWe wish the Congress "
          "complete success.\nCentral Committee of the Communist Party of China\nApril 16, 2021",
          "2021-04-17", url(EN, "2021-04-17", 1),
          msg("Cuba", "2021-04-16", {PCC}, BL)),
    Probe("letter-pt-centenary-signature",
          "Message from the Workers' Party of Brazil on the Centenary of the Communist Party of China",
          "Dear Comrade Xi Jinping,\nGeneral Secretary of the Central Committee of the Communist Party of "
          "China,\nOn behalf of our National Executive, I convey to you and to the more than 95 million "
          "members of your Party our fraternal greetings on the 100th anniversary of the founding of the "
          "Communist Party of China.\nIn one century your Party has led the Chinese people out of poverty "
          "and built a modern country. We value the friendship between our two parties, which has grown "
          "through exchanges of delegations and experience.\nWith fraternal regards,\nGleisi Hoffmann\n"
          "National President\nWorkers' Party (PT), Brazil\nBrasília, June 30, 2021",
          "2021-07-02", url(EN, "2021-07-02", 2),
          msg("Brazil", "2021-06-30", {PT}, BL)),
    Probe("letter-psuv-occasion-headline-undated",
          "Congratulations on the Successful Conclusion of the 20th National Congress of the CPC",
          "Dear Comrade Xi Jinping,\nPlease accept our warmest congratulations on your re-election as "
          "General Secretary of the Central Committee of the Communist Party of China. The success of the "
          "Congress shows the strength of your Party and the confidence of the Chinese people in its "
          "leadership.\nThe close ties between our two parties and peoples will keep growing in the new "
          "era.\nFraternally,\nDiosdado Cabello Rondón\nFirst Vice President\nUnited Socialist Party of "
          "Venezuela",
          "2022-10-26", url(EN, "2022-10-26", 3),
          msg("Venezuela", None, {PSUV}, BL)),
    Probe("letter-thanks-pcch-condolence",
          "Message of Thanks from the Communist Party of Chile",
          "Dear comrades of the International Department of the Central Committee of the Communist Party "
          "of China,\nOn behalf of the Central Committee of the Communist Party of Chile, we thank you "
          "sincerely for your message of condolence on the passing of our President, comrade Guillermo "
          "Teillier, who died in Santiago on July 4. Your words are a comfort to our militants.\n"
          "Fraternally,\nLautaro Carmona Soto\nSecretary General\nCommunist Party of Chile\nSantiago, July "
          "12, 2023",
          "2023-07-20", url(EN, "2023-07-20", 4),
          msg("Chile", "2023-07-12", {PCCH}, BL)),
    Probe("letter-fsln-plenary-day-first",
          "On the Third Plenary Session of the 20th CPC Central Committee",
          "Dear Comrade Xi Jinping,\nThe Sandinista National Liberation Front salutes the Communist Party "
          "of China on the successful conclusion of the Third Plenary Session of its 20th Central "
          "Committee, whose decisions on deepening reform open new horizons for the Chinese people.\n"
          "Daniel Ortega Saavedra\nGeneral Secretary\nSandinista National Liberation Front (FSLN)\n"
          "Managua, 19 July 2024",
          "2024-07-22", url(EN, "2024-07-22", 5),
          msg("Nicaragua", "2024-07-19", {FSLN}, BL)),
    Probe("letter-sao-paulo-forum-centenary",
          "Message from the São Paulo Forum on the 100th Anniversary of the Founding of the CPC",
          "Dear comrades,\nThe São Paulo Forum, which brings together progressive and left parties of "
          "Latin America and the Caribbean, sends its fraternal congratulations to the Communist Party of "
          "China on its centenary. Your Party's struggle against poverty is an example for the peoples of "
          "our region.\nMónica Valente\nExecutive Secretary of the São Paulo Forum\nSão Paulo, July 1, "
          "2021",
          "2021-07-05", url(EN, "2021-07-05", 6),
          msg("multilateral", "2021-07-01", set(), RL)),
    Probe("letter-copppal-solidarity",
          "Message from COPPPAL to the International Department of the CPC Central Committee",
          "Dear Minister Song Tao,\nOn behalf of the Permanent Conference of Political Parties of Latin "
          "America and the Caribbean (COPPPAL), I express our solidarity with the Communist Party of China "
          "and the Chinese people in the fight against the novel coronavirus. We are confident that China "
          "will win this battle.\nAlejandro Moreno Cárdenas\nPresident of COPPPAL\nMexico City, February "
          "14, 2020",
          "2020-02-20", url(EN, "2020-02-20", 7),
          msg("multilateral", "2020-02-14", set(), {"regional"})),
    Probe("letter-reply-liu-to-broad-front",
          "Reply Letter of Liu Jianchao to the President of the Broad Front of Uruguay",
          "Dear Mr. Fernando Pereira,\nPresident of the Broad Front of Uruguay,\nI have received your "
          "letter of February 20 and thank you for your congratulations on my appointment as Minister of "
          "the International Department. I look forward to working with you to deepen the friendship "
          "between our two parties.\nLiu Jianchao\nMinister, International Department of the Central "
          "Committee of the Communist Party of China\nBeijing, March 8, 2023",
          "2023-03-10", url(EN, "2023-03-10", 8),
          msg("Uruguay", "2023-03-08", {FA}, BL)),
    Probe("letter-thanks-pnp-jamaica",
          "Letter of Thanks",
          "Dear Comrade Liu Jianchao,\nThe People's National Party of Jamaica thanks the International "
          "Department of the Central Committee of the Communist Party of China for the donation of "
          "computers and office equipment to our party's training school, which will help us train a new "
          "generation of leaders.\nMark Golding\nPresident\nPeople's National Party\nKingston, Jamaica, 3 "
          "November 2023",
          "2023-11-08", url(EN, "2023-11-08", 9),
          msg("Jamaica", "2023-11-03", {"People's National Party"}, BL)),
    Probe("letter-pppc-reelection",
          "Congratulations on Comrade Xi Jinping's Re-election",
          "Dear Comrade General Secretary,\nThe People's Progressive Party of Guyana extends its "
          "heartiest congratulations to you on your re-election as General Secretary of the Central "
          "Committee of the Communist Party of China. Under your leadership China has become a reliable "
          "partner of the developing world.\nBharrat Jagdeo\nGeneral Secretary\nPeople's Progressive "
          "Party\nGeorgetown, Guyana, October 24, 2022",
          "2022-10-28", url(EN, "2022-10-28", 10),
          msg("Guyana", "2022-10-24", {"People's Progressive Party/Civic"}, BL)),
    Probe("letter-frente-amplio-spanish-name",
          "Message on the Third Plenary Session of the 20th CPC Central Committee",
          "Dear Comrade Xi Jinping,\nWe follow with great interest the decisions of the Third Plenary "
          "Session of the 20th Central Committee, and we wish your Party and people new successes on the "
          "road of reform and opening-up.\nFernando Pereira\nPresident\nFrente Amplio\nMontevideo, July "
          "22, 2024",
          "2024-07-26", url(EN, "2024-07-26", 11),
          msg("Uruguay", "2024-07-22", {FA}, BL)),
    Probe("letter-pcc-prc-anniversary-spanish-party",
          "Greetings on the 75th Anniversary of the Founding of the People's Republic of China",
          "Dear Comrade Xi Jinping,\nOn behalf of the Central Committee of the Partido Comunista de Cuba "
          "and of the Cuban people, I extend our fraternal congratulations on the People's Republic's "
          "75th founding anniversary.\nMiguel Díaz-Canel Bermúdez\nFirst Secretary of the "
          "Central Committee of the Communist Party of Cuba\nHavana, 30 September 2024",
          "2024-10-02", url(EN, "2024-10-02", 12),
          msg("Cuba", "2024-09-30", {PCC}, BL)),
    Probe("letter-caribbean-joint-signatories",
          "Joint Message from Caribbean Political Parties on the Centenary of the CPC",
          "Dear comrades,\nWe, the undersigned political parties of the Caribbean, join in congratulating "
          "the Communist Party of China on the 100th anniversary of its founding, and thank China for its "
          "support to our countries in the fight against COVID-19.\nAntigua and Barbuda Labour Party\n"
          "Dominica Labour Party\nUnity Labour Party of Saint Vincent and the Grenadines\nPeople's "
          "Progressive Party/Civic of Guyana\nJuly 1, 2021",
          "2021-07-06", url(EN, "2021-07-06", 13),
          msg("multilateral", "2021-07-01",
              {"Antigua and Barbuda Labour Party", "Dominica Labour Party", "Unity Labour Party",
               "People's Progressive Party/Civic"}, RL)),
    Probe("letter-idcpc-to-morena-election",
          "Congratulations on Mexico's Election Victory",
          "Dear Comrade Mario Delgado,\nPresident of the National Regeneration Movement,\nThe "
          "International Department of the Central Committee of the Communist Party of China "
          "congratulates MORENA and Dr. Claudia Sheinbaum Pardo on the victory in the general elections. "
          "We are ready to strengthen exchanges between our two parties.\nInternational Department of the "
          "Central Committee of the Communist Party of China\nBeijing, June 4, 2024",
          "2024-06-06", url(EN, "2024-06-06", 14),
          msg("Mexico", "2024-06-04", {MORENA}, BL)),
    Probe("letter-condolence-teillier",
          "Message of Condolence",
          "Dear Comrade Lautaro Carmona,\nWe learned with deep sorrow of the passing of Comrade Guillermo "
          "Teillier, President of the Communist Party of Chile. On behalf of the International Department "
          "of the CPC Central Committee, I express our deep condolences to your Party and to his family.\n"
          "Liu Jianchao\nMinister, International Department, CPC Central Committee\nJuly 5, 2023",
          "2023-07-06", url(EN, "2023-07-06", 15),
          msg("Chile", "2023-07-05", {PCCH}, BL)),
    # ---- B. the CPC side's messages to a LAC party on its occasions ----------------------------
    Probe("cpc-cc-pcc-congress-news",
          "CPC Central Committee Sends Congratulatory Message to the 8th Congress of the Communist Party "
          "of Cuba",
          "Beijing, April 16th (IDCPC)--The Central Committee of the Communist Party of China sent a "
          "congratulatory message to the Central Committee of the Communist Party of Cuba on April 16 on "
          "the opening of its Eighth Congress. The message said that the CPC values its relations with the "
          "Communist Party of Cuba and is ready to work with it for the socialist cause of both countries.",
          "2021-04-16", url(EN, "2021-04-16", 16),
          msg("Cuba", "2021-04-16", {PCC}, BL)),
    Probe("xi-diaz-canel-first-secretary-weekday",
          "Xi Jinping Congratulates Miguel Díaz-Canel on His Election as First Secretary of the Central "
          "Committee of the Communist Party of Cuba",
          "Beijing, April 19th--Xi Jinping, General Secretary of the CPC Central Committee and President of "
          "China, on Monday sent a congratulatory message to Miguel Díaz-Canel Bermúdez on his election as "
          "First Secretary of the Central Committee of the Communist Party of Cuba.",
          "2021-04-20", url(EN, "2021-04-20", 17),
          msg("Cuba", "2021-04-19", {PCC}, BL)),
    Probe("idcpc-pt-40th-anniversary",
          "CPC Sends Congratulations to Brazil's Workers' Party on Its 40th Anniversary",
          "On February 10, the International Department of the CPC Central Committee sent a message to the "
          "Workers' Party of Brazil, congratulating it on the 40th anniversary of its founding. The message "
          "spoke highly of the Workers' Party's contribution to Brazil's development.",
          "2020-02-12", url(EN, "2020-02-12", 18),
          msg("Brazil", "2020-02-10", {PT}, BL)),
    Probe("cpc-condolence-fidel",
          "CPC Central Committee Sends Message of Condolence on the Passing of Comrade Fidel Castro",
          "Beijing, November 26th--Comrade Fidel Castro Ruz, leader of the Cuban revolution, passed away in "
          "Havana on November 25 at the age of 90. On the 26th, the Central Committee of the Communist "
          "Party of China sent a message of condolence to the Central Committee of the Communist Party of "
          "Cuba, expressing deep grief.",
          "2016-11-27", url(EN, "2016-11-27", 19),
          msg("Cuba", "2016-11-26", {PCC}, BL)),
    Probe("idcpc-condolence-chavez-today",
          "IDCPC Sends Condolences to the United Socialist Party of Venezuela on the Death of President "
          "Hugo Chávez",
          "Beijing, March 6th--The International Department of the CPC Central Committee today sent a "
          "message of condolence to the United Socialist Party of Venezuela (PSUV) on the death of its "
          "President, Hugo Chávez, who died in Caracas on March 5.",
          "2013-03-07", url(EN, "2013-03-07", 20),
          msg("Venezuela", "2013-03-06", {PSUV}, BL)),
    Probe("idcpc-sympathy-hurricane-cuba",
          "IDCPC Head Sends Message of Sympathy to Communist Party of Cuba over Hurricane Ian",
          "Beijing, September 30th--Liu Jianchao, head of the International Department of the CPC Central "
          "Committee, sent a message of sympathy to Emilio Lozada García, head of the International "
          "Relations Department of the Central Committee of the Communist Party of Cuba, over the heavy "
          "losses caused by Hurricane Ian, which struck western Cuba on September 27.",
          "2022-09-30", url(EN, "2022-09-30", 21),
          msg("Cuba", "2022-09-30", {PCC}, BL)),
    Probe("idcpc-sympathy-ecuador-earthquake",
          "IDCPC Extends Sympathy to Ecuador's PAIS Alliance after Earthquake",
          "Beijing, April 18th--Song Tao, head of the IDCPC, on Monday sent a message of sympathy to the "
          "PAIS Alliance of Ecuador over the strong earthquake that hit the country's coast on Saturday, "
          "expressing condolences for the victims.",
          "2016-04-19", url(EN, "2016-04-19", 22),
          msg("Ecuador", "2016-04-18", {"PAIS Alliance"}, BL)),
    Probe("idcpc-mas-election-victory",
          "CPC Congratulates Bolivia's Movement for Socialism on Election Victory",
          "Beijing, October 24th--The International Department of the CPC Central Committee sent a message "
          "to the Movement for Socialism (MAS-IPSP) of Bolivia on October 23, congratulating it on the "
          "victory of its candidate Luis Arce in the general election.",
          "2020-10-24", url(EN, "2020-10-24", 23),
          msg("Bolivia", "2020-10-23", {"Movement for Socialism (Bolivia)"}, BL)),
    Probe("idcpc-jlp-election-dateline",
          "IDCPC Congratulates Jamaica Labour Party on Winning General Election",
          "Beijing, September 5th (IDCPC)--The International Department of the CPC Central Committee sent "
          "a congratulatory message to the Jamaica Labour Party (JLP) on its victory in the general "
          "election held on September 3, wishing the party new successes in leading the country.",
          "2020-09-05", url(EN, "2020-09-05", 24),
          msg("Jamaica", "2020-09-05", {"Jamaica Labour Party"}, {"bilateral"})),
    Probe("idcpc-blp-election",
          "IDCPC Sends Congratulations to Barbados Labour Party",
          "On January 21, 2022, the International Department of the CPC Central Committee sent a message "
          "to Mia Amor Mottley, Political Leader of the Barbados Labour Party, congratulating the party on "
          "its victory in the general election.",
          "2022-01-22", url(EN, "2022-01-22", 25),
          msg("Barbados", "2022-01-21", {"Barbados Labour Party"}, {"bilateral"})),
    Probe("idcpc-morena-tuesday",
          "CPC Congratulates Mexico's MORENA on Election Victory",
          "Beijing, June 4th--The International Department of the CPC Central Committee on Tuesday sent a "
          "congratulatory message to Mario Delgado, President of Mexico's National Regeneration Movement "
          "(MORENA), on the party's victory in the general elections held on June 2.",
          "2024-06-05", url(EN, "2024-06-05", 26),
          msg("Mexico", "2024-06-04", {MORENA}, BL)),
    Probe("idcpc-broad-front-50th",
          "IDCPC Sends Message to Uruguay's Broad Front on Its 50th Anniversary",
          "Beijing, February 5th--On the occasion of the 50th anniversary of the founding of the Broad "
          "Front of Uruguay, the International Department of the CPC Central Committee sent a "
          "congratulatory message to its President Javier Miranda.",
          "2021-02-05", url(EN, "2021-02-05", 27),
          msg("Uruguay", "2021-02-05", {FA}, BL)),
    Probe("xi-maduro-psuv-reelection",
          "Xi Jinping Sends Congratulatory Message to Nicolás Maduro on His Re-election as PSUV President",
          "Beijing, July 31st--Xi Jinping, General Secretary of the CPC Central Committee, sent a "
          "congratulatory message on July 30 to Nicolás Maduro Moros on his re-election as President of "
          "the United Socialist Party of Venezuela at the party's Fourth Congress.",
          "2018-07-31", url(EN, "2018-07-31", 28),
          msg("Venezuela", "2018-07-30", {PSUV}, BL)),
    Probe("idcpc-condolence-tabare-yesterday",
          "IDCPC Sends Condolences on the Passing of Former Uruguayan President Tabaré Vázquez",
          "Beijing, December 7th--The International Department of the CPC Central Committee yesterday sent "
          "a message of condolence to the Broad Front of Uruguay on the passing of Tabaré Vázquez, one of "
          "the party's founders and former President of Uruguay.",
          "2020-12-07", url(EN, "2020-12-07", 29),
          msg("Uruguay", "2020-12-06", {FA}, BL)),
    Probe("cpc-cc-pcc-60th-dateline",
          "CPC Central Committee Congratulates the Communist Party of Cuba on the 60th Anniversary of Its "
          "Founding",
          "Beijing, October 3rd (IDCPC)--On the occasion of the 60th anniversary of the founding of the "
          "Communist Party of Cuba, the Central Committee of the Communist Party of China sent a "
          "congratulatory message to the Central Committee of the Communist Party of Cuba.",
          "2025-10-03", url(EN, "2025-10-03", 30),
          msg("Cuba", "2025-10-03", {PCC}, BL)),
    Probe("guo-letter-pcdob-congress",
          "Letter of Congratulations to the 15th Congress of the Communist Party of Brazil",
          "Beijing, October 15th--Guo Yezhou, Vice Minister of the IDCPC, sent a letter to Luciana Santos, "
          "President of the Communist Party of Brazil (PCdoB), congratulating the party on the opening of "
          "its 15th Congress.",
          "2021-10-16", url(EN, "2021-10-16", 31),
          msg("Brazil", "2021-10-15", {PCDOB}, BL)),
    Probe("liu-sympathy-chile-fires-two-parties",
          "IDCPC Head Sends Messages of Sympathy to Chilean Parties over Forest Fires",
          "Beijing, February 6th--Liu Jianchao, head of the IDCPC, on Monday sent messages of sympathy to "
          "the Socialist Party of Chile and the Communist Party of Chile over the forest fires that have "
          "struck the Valparaíso region since February 2.",
          "2024-02-06", url(EN, "2024-02-06", 32),
          msg("Chile", "2024-02-05", {PSCH, PCCH}, BL)),
    Probe("idcpc-condolence-bouterse-thursday",
          "IDCPC Sends Condolences on the Passing of NDP Chairman Desi Bouterse",
          "Beijing, December 27th--The International Department of the CPC Central Committee on Thursday "
          "sent a message of condolence to the National Democratic Party (NDP) of Suriname on the passing "
          "of its Chairman, former President Desi Bouterse.",
          "2024-12-27", url(EN, "2024-12-27", 33),
          msg("Suriname", "2024-12-26", {"National Democratic Party (Suriname)"}, {"bilateral"})),
    Probe("idcpc-unc-election",
          "IDCPC Congratulates the United National Congress of Trinidad and Tobago on Election Victory",
          "On April 30, 2025, the IDCPC sent a message to Kamla Persad-Bissessar, Political Leader of the "
          "United National Congress (UNC), congratulating the party on winning the general election in "
          "Trinidad and Tobago.",
          "2025-05-02", url(EN, "2025-05-02", 34),
          msg("Trinidad and Tobago", "2025-04-30", {"United National Congress"}, {"bilateral"})),
    Probe("idcpc-free-peru-election",
          "IDCPC Congratulates Peru's Free Peru Party on Election Victory",
          "Beijing, July 21st--The International Department of the CPC Central Committee on July 20 sent a "
          "message to Vladimir Cerrón, Secretary General of the Free Peru party, congratulating the party "
          "on the victory of its candidate Pedro Castillo in the presidential election.",
          "2021-07-21", url(EN, "2021-07-21", 35),
          msg("Peru", "2021-07-20", {"Free Peru"}, BL)),
    # ---- C. LAC parties' messages to the CPC -------------------------------------------------------
    Probe("pcc-cc-congress-opening",
          "Communist Party of Cuba Congratulates CPC on the Convening of Its 20th National Congress",
          "Beijing, October 16th (IDCPC)--The Central Committee of the Communist Party of Cuba sent a "
          "message to the Central Committee of the Communist Party of China, congratulating it on the "
          "opening of the 20th CPC National Congress and wishing the Congress full success.",
          "2022-10-16", url(EN, "2022-10-16", 36),
          msg("Cuba", "2022-10-16", {PCC}, BL)),
    Probe("diaz-canel-xi-reelection-sunday",
          "Cuban Leader Congratulates Xi Jinping on Re-election as General Secretary",
          "Beijing, October 23rd--Miguel Díaz-Canel Bermúdez, First Secretary of the Central Committee of "
          "the Communist Party of Cuba and President of the Republic of Cuba, sent a message to Xi Jinping "
          "on Sunday, congratulating him on his re-election as General Secretary of the CPC Central "
          "Committee.",
          "2022-10-24", url(EN, "2022-10-24", 37),
          msg("Cuba", "2022-10-23", {PCC}, BL)),
    Probe("maduro-letter-head-of-state-and-party",
          "Nicolás Maduro Sends Letter to Xi Jinping",
          "Beijing, October 24th--Nicolás Maduro Moros, President of the Bolivarian Republic of Venezuela "
          "and President of the United Socialist Party of Venezuela (PSUV), sent a letter to Xi Jinping on "
          "October 23, congratulating him on his re-election as General Secretary of the CPC Central "
          "Committee.",
          "2022-10-24", url(EN, "2022-10-24", 38),
          msg("Venezuela", "2022-10-23", {PSUV}, BL)),
    Probe("ortega-murillo-centenary",
          "FSLN General Secretary Ortega Sends Message on the CPC's 100th Anniversary",
          "Beijing, July 1st--Daniel Ortega Saavedra, General Secretary of the Sandinista National "
          "Liberation Front (FSLN) and President of Nicaragua, and Vice President Rosario Murillo sent a "
          "message to Xi Jinping, congratulating the Communist Party of China on the centenary of its "
          "founding.",
          "2021-07-02", url(EN, "2021-07-02", 39),
          msg("Nicaragua", "2021-07-01", {FSLN}, BL)),
    Probe("arce-head-of-state-no-party",
          "Bolivian President Arce Congratulates the CPC on Its Centenary",
          "Beijing, July 2nd--Luis Arce Catacora, President of the Plurinational State of Bolivia, sent a "
          "letter to Xi Jinping, General Secretary of the CPC Central Committee, on July 1, congratulating "
          "the Communist Party of China on the 100th anniversary of its founding.",
          "2021-07-02", url(EN, "2021-07-02", 40),
          msg("Bolivia", "2021-07-01", set(), {"bilateral"}),
          doubtful={"parties": "a head of state whose party the page does not name: the party channel or "
                               "the state's? the codebook lists the parties the page names",
                    "mechanism": "leftist follows a named counterpart party; the page names none"}),
    Probe("pcch-sixth-plenary",
          "Communist Party of Chile Sends Message on the Sixth Plenary Session of the 19th CPC Central "
          "Committee",
          "Beijing, November 13th--Guillermo Teillier, President of the Communist Party of Chile, sent a "
          "message to the CPC Central Committee, congratulating it on the successful conclusion of the "
          "Sixth Plenary Session of the 19th CPC Central Committee and the adoption of its resolution on "
          "the Party's history.",
          "2021-11-14", url(EN, "2021-11-14", 41),
          msg("Chile", "2021-11-13", {PCCH}, BL)),
    Probe("pppc-third-plenary",
          "Guyanese Party Congratulates the CPC on the Third Plenary Session",
          "On July 20, Bharrat Jagdeo, General Secretary of the People's Progressive Party/Civic of Guyana "
          "and Vice President of Guyana, sent a message to the CPC Central Committee, congratulating it on "
          "the successful conclusion of the Third Plenary Session of its 20th Central Committee.",
          "2024-07-23", url(EN, "2024-07-23", 42),
          msg("Guyana", "2024-07-20", {"People's Progressive Party/Civic"}, BL)),
    Probe("pcc-solidarity-covid-recently",
          "Communist Party of Cuba Sends Letter of Solidarity to the CPC on the Fight against the Epidemic",
          "Recently, José Ramón Balaguer, head of the International Relations Department of the Central "
          "Committee of the Communist Party of Cuba, sent a letter to Song Tao, head of the IDCPC, "
          "expressing the solidarity of the Cuban communists with the Chinese people in the fight against "
          "the novel coronavirus.",
          "2020-02-15", url(EN, "2020-02-15", 43),
          msg("Cuba", None, {PCC}, BL)),
    Probe("pt-condolence-jiang",
          "Brazil's Workers' Party Sends Condolences on the Passing of Comrade Jiang Zemin",
          "Beijing, December 2nd--Gleisi Hoffmann, President of the Workers' Party of Brazil, sent a "
          "message of condolence to Xi Jinping on December 1 on the passing of Comrade Jiang Zemin, "
          "expressing deep sorrow on behalf of the party.",
          "2022-12-02", url(EN, "2022-12-02", 44),
          msg("Brazil", "2022-12-01", {PT}, BL)),
    Probe("pld-congress-dateline",
          "Dominican Liberation Party Congratulates the CPC on Its 20th National Congress",
          "Beijing, October 24th--Charlie Mariotti, Secretary-General of the Dominican Liberation Party "
          "(PLD), sent a letter to the CPC Central Committee, congratulating it on the successful "
          "conclusion of the 20th CPC National Congress.",
          "2022-10-24", url(EN, "2022-10-24", 45),
          msg("Dominican Republic", "2022-10-24", {"Dominican Liberation Party"}, {"bilateral"})),
    Probe("pj-fernandez-head-of-state-party",
          "Justicialist Party of Argentina Congratulates Xi Jinping on Re-election",
          "Beijing, October 25th--Alberto Fernández, President of Argentina and President of the "
          "Justicialist Party (PJ), sent a message to Xi Jinping on October 24, congratulating him on his "
          "re-election as General Secretary of the CPC Central Committee.",
          "2022-10-25", url(EN, "2022-10-25", 46),
          msg("Argentina", "2022-10-24", {"Justicialist Party"}, {"bilateral"})),
    Probe("pcc-colombia-solidarity",
          "Colombian Communist Party Sends Letter of Solidarity to the CPC",
          "Beijing, February 14th--Jaime Caycedo, General Secretary of the Colombian Communist Party, sent "
          "a letter to Song Tao, head of the IDCPC, on February 12, supporting the Chinese people's fight "
          "against the epidemic.",
          "2020-02-14", url(EN, "2020-02-14", 47),
          msg("Colombia", "2020-02-12", {"Colombian Communist Party"}, BL)),
    Probe("libre-thanks-relations",
          "LIBRE Party of Honduras Sends Letter of Thanks to the IDCPC",
          "Beijing, April 3rd--Manuel Zelaya, General Coordinator of the Liberty and Refoundation Party "
          "(LIBRE) of Honduras, sent a letter to Liu Jianchao on April 1, thanking the IDCPC for its "
          "congratulations on the establishment of diplomatic relations between China and Honduras.",
          "2023-04-03", url(EN, "2023-04-03", 48),
          msg("Honduras", "2023-04-01", {"Liberty and Refoundation"}, BL)),
    Probe("xi-condolence-saratoga-party-offices",
          "Xi Jinping Sends Message of Condolence to Díaz-Canel over Hotel Explosion in Havana",
          "Beijing, May 7th--Xi Jinping, General Secretary of the CPC Central Committee and President of "
          "China, sent a message of condolence to Miguel Díaz-Canel Bermúdez, First Secretary of the "
          "Central Committee of the Communist Party of Cuba and President of Cuba, over the explosion at "
          "the Hotel Saratoga in Havana on May 6.",
          "2022-05-08", url(EN, "2022-05-08", 49),
          msg("Cuba", "2022-05-07", {PCC}, BL)),
    # ---- D. regional groups of LAC parties ---------------------------------------------------------
    Probe("spf-20th-congress-news",
          "São Paulo Forum Congratulates the CPC on Its 20th National Congress",
          "Beijing, October 18th (IDCPC)--The Working Group of the São Paulo Forum sent a message to the "
          "CPC Central Committee, congratulating it on the convening of the 20th CPC National Congress. "
          "The Forum brings together more than 100 left-wing parties and movements of Latin America and "
          "the Caribbean.",
          "2022-10-18", url(EN, "2022-10-18", 50),
          msg("multilateral", "2022-10-18", set(), RL)),
    Probe("idcpc-spf-30th",
          "IDCPC Sends Congratulatory Message to the São Paulo Forum on Its 30th Anniversary",
          "Beijing, July 4th--The International Department of the CPC Central Committee sent a message to "
          "the São Paulo Forum on the 30th anniversary of its founding, praising the Forum's role in "
          "uniting the left forces of Latin America and the Caribbean.",
          "2020-07-04", url(EN, "2020-07-04", 51),
          msg("multilateral", "2020-07-04", set(), RL)),
    Probe("copppal-20th-congress",
          "COPPPAL Congratulates the CPC on the Convening of the 20th National Congress",
          "Beijing, October 20th--Alejandro Moreno, President of the Permanent Conference of Political "
          "Parties of Latin America and the Caribbean (COPPPAL), sent a message to the CPC Central "
          "Committee, congratulating it on the convening of the 20th National Congress.",
          "2022-10-20", url(EN, "2022-10-20", 52),
          msg("multilateral", "2022-10-20", set(), {"regional"})),
    Probe("idcpc-copppal-40th",
          "IDCPC Congratulates COPPPAL on the 40th Anniversary of Its Founding",
          "Beijing, October 12th--The International Department of the CPC Central Committee sent a "
          "congratulatory message to the Permanent Conference of Political Parties of Latin America and "
          "the Caribbean (COPPPAL) on the 40th anniversary of its founding.",
          "2019-10-12", url(EN, "2019-10-12", 53),
          msg("multilateral", "2019-10-12", set(), {"regional"})),
    Probe("lac-parties-joint-letter-named",
          "Latin American and Caribbean Political Parties Send Joint Letter in Support of China's Fight "
          "against COVID-19",
          "Beijing, February 21st--Recently, 35 political parties from 18 Latin American and Caribbean "
          "countries sent a joint letter to the Communist Party of China, expressing support for China's "
          "fight against the novel coronavirus. The signatories include the Communist Party of Cuba, the "
          "United Socialist Party of Venezuela, the Workers' Party of Brazil and the Institutional "
          "Revolutionary Party of Mexico.",
          "2020-02-21", url(EN, "2020-02-21", 54),
          msg("multilateral", None, {PCC, PSUV, PT, "Institutional Revolutionary Party"}, RL)),
    Probe("caribbean-parties-joint-message",
          "Caribbean Political Parties Send Joint Message on the CPC Centenary",
          "Beijing, July 3rd--Leaders of political parties from eight Caribbean countries, including the "
          "Antigua and Barbuda Labour Party, the Dominica Labour Party and the Unity Labour Party of Saint "
          "Vincent and the Grenadines, sent a joint message to Xi Jinping on July 1, congratulating the "
          "CPC on its centenary.",
          "2021-07-03", url(EN, "2021-07-03", 55),
          msg("multilateral", "2021-07-01",
              {"Antigua and Barbuda Labour Party", "Dominica Labour Party", "Unity Labour Party"},
              {"regional"})),
    Probe("coppac-central-america",
          "Message from the Permanent Conference of Political Parties of Central America and the Caribbean",
          "Beijing, October 22nd--The Permanent Conference of Political Parties of Central America and the "
          "Caribbean (COPPAC) sent a message to the CPC Central Committee, congratulating it on the "
          "successful conclusion of the 20th National Congress.",
          "2022-10-22", url(EN, "2022-10-22", 56),
          msg("multilateral", "2022-10-22", set(), {"regional"})),
    Probe("idcpc-thanks-latin-american-friendly-parties",
          "IDCPC Sends Letters of Thanks to Latin American Friendly Parties",
          "Beijing, March 20th--The International Department of the CPC Central Committee sent letters of "
          "thanks to friendly political parties of Latin America and the Caribbean that had expressed "
          "support for China's fight against the novel coronavirus.",
          "2020-03-20", url(EN, "2020-03-20", 57),
          msg("multilateral", "2020-03-20", set(), {"regional"})),
    Probe("spf-meeting-with-idcpc-letter-is-forum",
          "25th Meeting of the São Paulo Forum Opens in Caracas",
          "Caracas, July 25th--The 25th meeting of the São Paulo Forum opened in Caracas on July 25, with "
          "some 190 parties and organisations from Latin America and other regions attending. The IDCPC "
          "sent a congratulatory letter to the meeting, which was read out at the opening session.",
          "2019-07-27", url(EN, "2019-07-27", 58),
          msg("multilateral", "2019-07-25", set(), RL, event_type="forum", content="knowledge exchange")),
    Probe("idcpc-letter-to-spf-meeting-headline",
          "IDCPC Sends Congratulatory Letter to the 26th Meeting of the São Paulo Forum",
          "Beijing, June 29th--The International Department of the CPC Central Committee sent a "
          "congratulatory letter to the 26th meeting of the São Paulo Forum, held in Brasília from June 29 "
          "to July 2, wishing the meeting success.",
          "2023-06-29", url(EN, "2023-06-29", 59),
          msg("multilateral", "2023-06-29", set(), RL),
          doubtful={"event_type": "a letter to a gathering under a headline about the letter: rule 1 "
                                  "(the page reports the event) or a message?",
                    "content": "follows the event type's doubt"}),
    # ---- E. roundups ---------------------------------------------------------------------------------
    Probe("roundup-one-lac-party-last",
          "Foreign Political Parties and Organisations Congratulate the CPC on Its 20th National Congress",
          "Beijing, October 17th--Since the opening of the 20th National Congress of the CPC, leaders of "
          "political parties and organisations of many countries have sent messages to the CPC Central "
          "Committee and General Secretary Xi Jinping. Nguyen Phu Trong, General Secretary of the Communist "
          "Party of Vietnam, said the Congress is of great significance. Thongloun Sisoulith, General "
          "Secretary of the Lao People's Revolutionary Party, wished the Congress success. Dmitry Medvedev, "
          "Chairman of the United Russia party, and Cyril Ramaphosa, President of the African National "
          "Congress of South Africa, sent congratulations. The Central Committee of the Communist Party of "
          "Cuba said the Congress would guide China to new victories.",
          "2022-10-17", url(EN, "2022-10-17", 60),
          msg("Cuba", "2022-10-17", {PCC}, BL),
          doubtful={"event_date": "messages sent 'since the opening': the dateline's day or none?"}),
    Probe("roundup-several-lac-parties-after-others",
          "Leaders of Foreign Political Parties Congratulate Xi Jinping on His Re-election",
          "Beijing, October 25th--Leaders of political parties of many countries have sent messages "
          "congratulating Xi Jinping on his re-election as General Secretary of the CPC Central Committee. "
          "In Asia, the Communist Party of Vietnam and the Lao People's Revolutionary Party sent messages. "
          "In Europe, the Communist Party of Greece and United Russia did so. In Latin America, Miguel "
          "Díaz-Canel, First Secretary of the Central Committee of the Communist Party of Cuba, Nicolás "
          "Maduro, President of the United Socialist Party of Venezuela, and Daniel Ortega, General "
          "Secretary of the Sandinista National Liberation Front, sent messages.",
          "2022-10-25", url(EN, "2022-10-25", 61),
          {"relevant": True, "country": "multilateral", "event_type": "message",
           "parties": {PCC, PSUV, FSLN}, "mechanism": RL, "content": DI}),
    Probe("roundup-jiang-condolences-latin-america",
          "Leaders of Foreign Parties Send Condolences on the Passing of Comrade Jiang Zemin",
          "Beijing, December 3rd--Leaders of political parties in many countries have sent messages or "
          "letters to Xi Jinping to mourn the passing of Comrade Jiang Zemin. In Asia, the leaders of the "
          "Communist Party of Vietnam and the Workers' Party of Korea expressed their grief. In Africa, the "
          "South West Africa People's Organization of Namibia sent condolences. In Latin America, Fernando "
          "Pereira, President of the Broad Front of Uruguay, and Gleisi Hoffmann, President of the Workers' "
          "Party of Brazil, expressed deep sorrow.",
          "2022-12-03", url(EN, "2022-12-03", 62),
          {"relevant": True, "country": "multilateral", "event_type": "message",
           "parties": {FA, PT}, "mechanism": RL, "content": DI}),
    Probe("roundup-pnp-jamaica-last",
          "Political Parties of Various Countries Congratulate the CPC on Its Centenary",
          "Beijing, July 2nd--Political parties of many countries have sent messages to the CPC on the "
          "100th anniversary of its founding. The Cambodian People's Party, the Mongolian People's Party "
          "and the Communist Party of the Russian Federation praised the CPC's achievements. Frelimo of "
          "Mozambique sent warm wishes. From the Caribbean, Mark Golding, President of the People's "
          "National Party of Jamaica, sent a message of congratulations.",
          "2021-07-02", url(EN, "2021-07-02", 63),
          {"relevant": True, "country": "Jamaica", "event_type": "message",
           "parties": {"People's National Party"}, "mechanism": BL, "content": DI}),
    Probe("roundup-no-lac-not-relevant",
          "Foreign Parties Congratulate the CPC on the Successful Conclusion of the Third Plenary Session",
          "Beijing, July 22nd--Leaders of political parties of Vietnam, Laos, Cambodia, South Africa and "
          "Serbia have sent messages to the CPC Central Committee, congratulating it on the successful "
          "conclusion of the Third Plenary Session of the 20th CPC Central Committee.",
          "2024-07-22", url(EN, "2024-07-22", 64),
          NO),
    # ---- F. Chinese pages ---------------------------------------------------------------------------
    Probe("zh-cpc-cc-pcc-congress",
          "中共中央致电祝贺古巴共产党第八次代表大会召开",
          "4月16日，中共中央致电古巴共产党中央委员会，热烈祝贺古巴共产党第八次代表大会召开。贺电说，中国共产党高度重视"
          "同古巴共产党的关系，愿同古方一道推动两党两国关系不断发展。",
          "2021-04-16", url(ZH, "2021-04-16", 101),
          msg("Cuba", "2021-04-16", {PCC}, BL), lang="zh"),
    Probe("zh-trad-xi-diaz-canel",
          "習近平致電祝賀迪亞斯-卡內爾當選古巴共產黨中央第一書記",
          "4月19日，中共中央總書記、國家主席習近平致電米格爾·迪亞斯-卡內爾·貝穆德斯，祝賀他當選古巴共產黨中央委員會"
          "第一書記。習近平在賀電中表示，中古兩黨兩國是好朋友、好同志、好兄弟。",
          "2021-04-20", url(HK_ZH, "2021-04-20"),
          msg("Cuba", "2021-04-19", {PCC}, BL), lang="zh"),
    Probe("zh-condolence-fidel",
          "中共中央就菲德尔·卡斯特罗同志逝世向古共中央致唁电",
          "11月26日，中共中央致电古巴共产党中央委员会，对古巴革命领导人菲德尔·卡斯特罗同志逝世表示沉痛哀悼。菲德尔·"
          "卡斯特罗同志于11月25日在哈瓦那逝世，享年90岁。",
          "2016-11-26", url(ZH, "2016-11-26", 102),
          msg("Cuba", "2016-11-26", {PCC}, BL), lang="zh"),
    Probe("zh-pt-centenary-recently",
          "巴西劳工党致信祝贺中国共产党成立100周年",
          "近日，巴西劳工党主席格莱西·霍夫曼致信习近平总书记，热烈祝贺中国共产党成立100周年。信中表示，劳工党珍视"
          "同中国共产党的友谊。",
          "2021-07-05", url(ZH, "2021-07-05", 103),
          msg("Brazil", None, {PT}, BL), lang="zh"),
    Probe("zh-zhihan-broad-front",
          "中联部致函乌拉圭广泛阵线祝贺其成立50周年",
          "2月5日，中联部致函乌拉圭广泛阵线主席米兰达，祝贺广泛阵线成立50周年。函中说，中方愿同广泛阵线加强交流合作。",
          "2021-02-05", url(ZH, "2021-02-05", 104),
          msg("Uruguay", "2021-02-05", {FA}, BL), lang="zh"),
    Probe("zh-fuxin-liu-psch",
          "刘建超复信智利社会党主席",
          "3月8日，中联部部长刘建超复信智利社会党主席保利娜·沃达诺维奇，感谢她来信祝贺自己就任中联部部长，表示愿同"
          "智利社会党加强交往。",
          "2023-03-09", url(ZH, "2023-03-09", 105),
          msg("Chile", "2023-03-08", {PSCH}, BL), lang="zh"),
    Probe("zh-ganxiexin-pcc-hurricane",
          "古巴共产党中央国际关系部致感谢信",
          "日前，古巴共产党中央国际关系部部长埃米利奥·洛萨达致信中联部，感谢中方在古巴遭受飓风“伊恩”袭击后提供的"
          "援助和慰问。",
          "2022-10-12", url(ZH, "2022-10-12", 106),
          msg("Cuba", None, {PCC}, BL), lang="zh"),
    Probe("zh-psuv-abbreviation",
          "委统社党致电祝贺习近平再次当选中共中央总书记",
          "10月23日，委内瑞拉统一社会主义党（委统社党）主席、委内瑞拉总统马杜罗致电习近平，祝贺他再次当选中共中央总书记。",
          "2022-10-24", url(ZH, "2022-10-24", 107),
          msg("Venezuela", "2022-10-23", {PSUV}, BL), lang="zh"),
    Probe("zh-gugong-abbreviation-only",
          "古共中央致电祝贺中共二十大胜利闭幕",
          "10月22日，古共中央致电中共中央，热烈祝贺中国共产党第二十次全国代表大会胜利闭幕。贺电表示，古方坚定支持中方。",
          "2022-10-23", url(ZH, "2022-10-23", 108),
          msg("Cuba", "2022-10-22", {PCC}, BL), lang="zh"),
    Probe("zh-fsln-ortega-murillo",
          "尼加拉瓜桑解阵总书记奥尔特加致电祝贺中国共产党成立100周年",
          "7月1日，尼加拉瓜桑地诺民族解放阵线总书记、尼加拉瓜总统奥尔特加和副总统穆里略联名致电习近平总书记，热烈祝贺"
          "中国共产党成立100周年。",
          "2021-07-02", url(ZH, "2021-07-02", 109),
          msg("Nicaragua", "2021-07-01", {FSLN}, BL), lang="zh"),
    Probe("zh-fmln-zhihan-recently",
          "萨尔瓦多法拉本多·马蒂民族解放阵线致函中联部",
          "近日，萨尔瓦多法拉本多·马蒂民族解放阵线（法阵）总书记致函中联部部长宋涛，感谢中方对萨抗击疫情提供支持。",
          "2020-05-10", url(ZH, "2020-05-10", 110),
          msg("El Salvador", None, {"Farabundo Martí National Liberation Front"}, BL), lang="zh"),
    Probe("zh-idcpc-spf-30th",
          "中联部致函圣保罗论坛祝贺其成立30周年",
          "7月4日，中联部致函圣保罗论坛执行书记莫妮卡·瓦伦特，祝贺论坛成立30周年。函中说，圣保罗论坛为团结拉美左翼"
          "力量发挥了重要作用。",
          "2020-07-05", url(ZH, "2020-07-05", 111),
          msg("multilateral", "2020-07-04", set(), RL), lang="zh"),
    Probe("zh-copppal-congress",
          "拉丁美洲和加勒比政党常设大会致电祝贺中共二十大召开",
          "10月17日，拉丁美洲和加勒比政党常设大会（COPPPAL）主席阿莱汉德罗·莫雷诺致电中共中央，祝贺中国共产党第二十次"
          "全国代表大会召开。",
          "2022-10-18", url(ZH, "2022-10-18", 112),
          msg("multilateral", "2022-10-17", set(), {"regional"}), lang="zh"),
    Probe("zh-lac-friendly-parties-joint",
          "拉美和加勒比地区友好政党联名致信中共中央支持中国抗击疫情",
          "近日，来自拉美和加勒比地区18个国家的30多个友好政党联名致信中共中央，表示坚定支持中国人民抗击新冠肺炎疫情。",
          "2020-02-25", url(ZH, "2020-02-25", 113),
          msg("multilateral", None, set(), {"regional"}), lang="zh"),
    Probe("zh-trad-pcc-congress-close",
          "古巴共產黨中央委員會致電祝賀中共二十大勝利閉幕",
          "10月22日，古巴共產黨中央委員會致電中共中央，熱烈祝賀中國共產黨第二十次全國代表大會勝利閉幕。賀電表示，古方"
          "願同中方攜手推進社會主義事業。",
          "2022-10-24", url(HK_ZH, "2022-10-24"),
          msg("Cuba", "2022-10-22", {PCC}, BL), lang="zh"),
    Probe("zh-trad-hurricane-sympathy",
          "中聯部就古巴颶風災害向古巴共產黨致慰問電",
          "9月30日，中聯部部長劉建超致電古巴共產黨中央國際關係部部長洛薩達，對颶風「伊恩」給古巴造成的嚴重損失表示"
          "慰問。",
          "2022-10-01", url(HK_ZH, "2022-10-01"),
          msg("Cuba", "2022-09-30", {PCC}, BL), lang="zh"),
    Probe("zh-agency-copy-pcch-centenary",
          "智利共产党主席致电祝贺中国共产党成立100周年",
          " date 2021-07-02\n新闻中心 | 首页 | 时政 | 国际 | 财经\n当前位置：首页 > 时政\n"
          "新华社北京7月1日电　智利共产党主席吉列尔莫·泰列尔致电习近平总书记，热烈祝贺中国共产党成立100周年。"
          "贺电说，中国共产党带领中国人民取得了举世瞩目的成就。\n【纠错】 责任编辑：王磊\n"
          "相关新闻\n越南共产党中央致电祝贺中国共产党成立100周年\n",
          "2021-07-02", url(AGENCY_ZH, "2021-07-02"),
          msg("Chile", "2021-07-01", {PCCH}, BL), lang="zh"),
    Probe("zh-paper-copy-roundup-morena",
          "多国政党领导人祝贺习近平再次当选中共中央总书记",
          "本报北京10月23日电　连日来，多国政党领导人致电致函习近平，祝贺他再次当选中共中央总书记。"
          "越南共产党中央总书记阮富仲表示，这是中国共产党的重大喜事。俄罗斯统一俄罗斯党主席梅德韦杰夫表示祝贺。墨西哥国家复兴运动党主席"
          "马里奥·德尔加多表示，期待同中国共产党加强交往。\n《 日报 》（ 2022年10月24日　 第 03 版）\n",
          "2022-10-24", url(PAPER_ZH, "2022-10-24"),
          msg("Mexico", "2022-10-23", {MORENA}, BL), lang="zh",
          doubtful={"event_date": "messages sent 连日来 (over recent days): the dateline's day or none?"}),
    Probe("zh-letter-pcdob-abbreviation",
          "中联部致信祝贺巴西共产党第十五次全国代表大会召开",
          "10月15日，中联部副部长郭业洲致信巴西共产党主席卢西亚娜·桑托斯，祝贺巴共十五大召开。",
          "2021-10-16", url(ZH, "2021-10-16", 114),
          msg("Brazil", "2021-10-15", {PCDOB}, BL), lang="zh"),
    Probe("zh-chile-fires-two-parties",
          "刘建超就智利森林火灾向智利社会党和智利共产党致慰问电",
          "2月5日，中联部部长刘建超分别致电智利社会党主席沃达诺维奇、智利共产党主席卡尔莫纳，就智利中部瓦尔帕莱索大区"
          "自2月2日起发生的严重森林火灾表示慰问。",
          "2024-02-06", url(ZH, "2024-02-06", 115),
          msg("Chile", "2024-02-05", {PSCH, PCCH}, BL), lang="zh"),
    Probe("zh-morena-election",
          "中联部致电祝贺墨西哥国家复兴运动党赢得大选",
          "6月4日，中联部致电墨西哥国家复兴运动党主席德尔加多，祝贺该党在6月2日举行的大选中获胜。",
          "2024-06-05", url(ZH, "2024-06-05", 116),
          msg("Mexico", "2024-06-04", {MORENA}, BL), lang="zh"),
    Probe("zh-condolence-mujica",
          "中联部就何塞·穆希卡逝世向乌拉圭广泛阵线致唁电",
          "5月14日，中联部致电乌拉圭广泛阵线主席费尔南多·佩雷拉，对乌拉圭前总统、广泛阵线创始人之一何塞·穆希卡逝世表示"
          "深切哀悼。穆希卡于5月13日逝世。",
          "2025-05-15", url(ZH, "2025-05-15", 117),
          msg("Uruguay", "2025-05-14", {FA}, BL), lang="zh"),
    Probe("zh-letter-text-cpc-to-pcc",
          "致古巴共产党第八次代表大会的贺电",
          "古巴共产党中央委员会第一书记劳尔·卡斯特罗·鲁斯同志：\n值此古巴共产党第八次代表大会召开之际，中国共产党中央"
          "委员会谨向大会致以热烈的祝贺，并通过大会向全体古巴共产党党员和古巴人民致以诚挚的问候。\n预祝大会圆满成功！\n"
          "中国共产党中央委员会\n2021年4月16日",
          "2021-04-17", url(ZH, "2021-04-17", 118),
          msg("Cuba", "2021-04-16", {PCC}, BL), lang="zh"),
    Probe("zh-letter-text-pcu-signature",
          "致中国共产党中央委员会的贺信",
          "尊敬的习近平总书记：\n值此中国共产党成立一百周年之际，我谨代表乌拉圭共产党全体党员，向您并通过您向中国共产党"
          "致以最热烈的祝贺。\n中国共产党的百年历程是世界社会主义运动的宝贵财富。\n"
          "乌拉圭共产党总书记　胡安·卡斯蒂略\n"
          "2021年6月30日于蒙得维的亚",
          "2021-07-03", url(ZH, "2021-07-03", 119),
          msg("Uruguay", "2021-06-30", {"Communist Party of Uruguay"}, BL), lang="zh"),
    Probe("zh-trad-letter-text-pt-mexico",
          "墨西哥勞動黨致習近平總書記的賀信",
          "尊敬的習近平總書記：\n欣聞您再次當選中共中央總書記，我謹代表墨西哥勞動黨全國領導委員會向您表示熱烈祝賀。\n"
          "墨西哥勞動黨全國領導委員會　阿爾韋托·阿納亞\n2022年10月24日",
          "2022-10-27", url(HK_ZH, "2022-10-27"),
          msg("Mexico", "2022-10-24", {"Labor Party (Mexico)"}, BL), lang="zh"),
    Probe("zh-pcch-covid-zhihan",
          "智利共产党主席泰列尔致函宋涛",
          "2月10日，智利共产党主席泰列尔致函中联部部长宋涛，表示智利共产党坚定支持中国共产党和中国人民抗击疫情。",
          "2020-02-12", url(ZH, "2020-02-12", 120),
          msg("Chile", "2020-02-10", {PCCH}, BL), lang="zh"),
    Probe("zh-trad-agency-diaz-canel-day-only",
          "古巴領導人致電祝賀習近平再次當選中共中央總書記",
          "（中通社北京十月二十三日電）古巴共產黨中央第一書記、國家主席迪亞斯-卡內爾23日致電習近平，祝賀他再次當選中共中央"
          "總書記。",
          "2022-10-23", url(HK_ZH, "2022-10-23"),
          msg("Cuba", "2022-10-23", {PCC}, BL), lang="zh"),
    Probe("zh-roundup-one-lac-pcdob",
          "外国政党领导人致电祝贺中共二十届三中全会胜利召开",
          "7月20日，多国政党领导人致电致函中共中央，祝贺中共二十届三中全会胜利召开。越南共产党中央总书记阮富仲表示祝贺。"
          "南非非洲人国民大会总书记姆巴卢拉表示，全会的决定意义重大。巴西共产党主席卢西亚娜·桑托斯表示，期待同中国共产党"
          "深化交流。",
          "2024-07-21", url(ZH, "2024-07-21", 121),
          msg("Brazil", "2024-07-20", {PCDOB}, BL), lang="zh"),
    Probe("zh-roundup-several-lac",
          "多国政党和政治组织领导人致电致函祝贺中国共产党第二十次全国代表大会召开",
          "连日来，多国政党和政治组织领导人纷纷致电致函中共中央和习近平总书记，热烈祝贺中国共产党第二十次全国代表大会召开。"
          "越南共产党中央总书记阮富仲、老挝人民革命党中央总书记通伦表示祝贺。古巴共产党中央第一书记、古巴国家主席迪亚斯-"
          "卡内尔表示，大会必将指引中国取得新的胜利。委内瑞拉统一社会主义党主席、委内瑞拉总统马杜罗表示，委方珍视同中方的"
          "友谊。",
          "2022-10-19", url(ZH, "2022-10-19", 122),
          {"relevant": True, "country": "multilateral", "event_type": "message", "parties": {PCC, PSUV},
           "mechanism": RL, "content": DI}, lang="zh"),
    Probe("zh-not-relevant-vietnam",
          "中共中央致电祝贺越南共产党第十三次全国代表大会召开",
          "1月25日，中共中央致电越南共产党中央委员会，热烈祝贺越南共产党第十三次全国代表大会召开。",
          "2021-01-26", url(ZH, "2021-01-26", 123),
          NO, lang="zh"),
    Probe("zh-not-relevant-spain-latam-context",
          "中联部致函西班牙共产党祝贺其成立100周年",
          "11月14日，中联部致函西班牙共产党总书记，祝贺西共成立100周年。西共长期关注拉美和加勒比地区形势，同古巴共产党"
          "保持密切联系。",
          "2021-11-15", url(ZH, "2021-11-15", 124),
          NO, lang="zh"),
    # ---- copies of agency English pages ----------------------------------------------------------------
    Probe("agency-en-diaz-canel-related-list",
          "Cuban leader congratulates Xi on re-election as CPC general secretary",
          " date 2022-10-24\nAgency News English | Home | China | World | Business\nEditor: Zhang Wei\n"
          "HAVANA, Oct. 23 -- Cuban leader Miguel Diaz-Canel on Sunday congratulated Xi Jinping on his "
          "re-election as general secretary of the Communist Party of China (CPC) Central Committee. In a "
          "message, Diaz-Canel, first secretary of the Communist Party of Cuba Central Committee and Cuban "
          "president, said the two parties would keep working together.\nRelated:\nVietnamese party leader "
          "congratulates Xi (2022-10-23)\nLao leader sends message to Xi (2022-10-23)\n",
          "2022-10-24", url(AGENCY_EN, "2022-10-24"),
          msg("Cuba", "2022-10-23", {PCC}, BL)),
    Probe("agency-en-psuv-condolence-wednesday",
          "Venezuela's ruling party sends condolences over death of Jiang Zemin",
          " date 2022-12-01\nAgency News English | Menu | Search\nCARACAS, Nov. 30 -- Venezuela's ruling "
          "United Socialist Party (PSUV) on Wednesday sent condolences to the Communist Party of China over "
          "the death of former Chinese leader Jiang Zemin.\n",
          "2022-12-01", url(AGENCY_EN, "2022-12-01"),
          msg("Venezuela", "2022-11-30", {PSUV}, BL)),
    Probe("agency-en-pt-letter-thursday",
          "Brazil's Workers' Party hails CPC centenary in letter",
          " date 2021-07-02\nAgency News English | Menu | Search\nBRASILIA, July 1 -- Brazil's Workers' "
          "Party (PT) said in a letter to the Communist Party of China (CPC) on Thursday that the CPC's "
          "century of struggle had changed the fate of the Chinese people.\nEditor: Li Na\n",
          "2021-07-02", url(AGENCY_EN, "2021-07-02"),
          msg("Brazil", "2021-07-01", {PT}, BL)),
    # ---- negatives (English) ----------------------------------------------------------------------------
    Probe("not-relevant-vietnam-congress",
          "CPC Central Committee Congratulates the 13th National Congress of the Communist Party of Vietnam",
          "Beijing, January 25th--The Central Committee of the Communist Party of China sent a message to "
          "the Central Committee of the Communist Party of Vietnam, congratulating it on the opening of its "
          "13th National Congress.",
          "2021-01-26", url(EN, "2021-01-26", 65),
          NO),
    Probe("not-relevant-spain-solidarity-with-cuba",
          "IDCPC Sends Condolences to the Communist Party of Spain",
          "Beijing, March 2nd--The International Department of the CPC Central Committee sent a message of "
          "condolence to the Communist Party of Spain on the passing of a former Secretary General, who was "
          "known for his solidarity with Cuba and the peoples of Latin America.",
          "2023-03-02", url(EN, "2023-03-02", 66),
          NO),
    Probe("not-relevant-portugal-letter",
          "Letter to the Portuguese Communist Party",
          "Dear Comrade Paulo Raimundo,\nThe International Department of the CPC Central Committee "
          "congratulates you on your election as General Secretary of the Portuguese Communist Party. Like "
          "our fraternal parties in Latin America, your Party has long stood for peace.\nInternational "
          "Department of the CPC Central Committee\nNovember 14, 2022",
          "2022-11-16", url(EN, "2022-11-16", 67),
          NO),
]

# ---- foreign-ministry pages of the same messages (the state channel) ---------------------------------

MFA_PROBES: list[Probe] = [
    Probe("mfa-xi-condolence-saratoga",
          "Xi Jinping Sends Message of Condolence to Cuban President Miguel Díaz-Canel over the Explosion at "
          "Hotel Saratoga",
          "On May 7, 2022, President Xi Jinping sent a message of condolence to Cuban President Miguel "
          "Díaz-Canel Bermúdez over the explosion at the Hotel Saratoga in Havana on May 6.",
          "2022-05-07", url(MFA_EN, "2022-05-07"),
          {"relevant": True, "country": "Cuba", "event_type": "message", "event_date": "2022-05-07",
           "head_of_state_level": True}, source="mfa"),
    Probe("mfa-zh-chile-50th-exchange",
          "习近平同智利总统皮涅拉互致贺电庆贺中智建交50周年",
          "2020年12月15日，国家主席习近平同智利总统皮涅拉互致贺电，庆贺两国建交50周年。",
          "2020-12-15", url(MFA_ZH, "2020-12-15"),
          {"relevant": True, "country": "Chile", "event_type": "message", "event_date": "2020-12-15",
           "head_of_state_level": True}, lang="zh", source="mfa"),
    Probe("mfa-diaz-canel-party-occasion",
          "Cuban President Díaz-Canel Sends Message to Xi Jinping",
          "On October 23, 2022, Miguel Díaz-Canel Bermúdez, First Secretary of the Central Committee of the "
          "Communist Party of Cuba and President of Cuba, sent a message to President Xi Jinping, "
          "congratulating him on his re-election as General Secretary of the CPC Central Committee.",
          "2022-10-24", url(MFA_EN, "2022-10-24"),
          {"relevant": True, "country": "Cuba", "event_type": "message", "event_date": "2022-10-23"},
          source="mfa"),
]

# ---- second blind batch: harder shapes, written before the code was read ------------------------------

LATAM_AGENCY = "https://www.latin-news-agency.cu/{y}/{m}/{d}/congratulations.html"
EMBASSY = "http://ve.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_1.htm"
PCU = "Communist Party of Uruguay"

PROBES += [
    Probe("letter-date-on-top-generic-title",
          "Message",
          "October 24, 2022\nDear Comrade Xi Jinping,\nThe Communist Party of Uruguay warmly congratulates "
          "you on your re-election as General Secretary of the Central Committee of the Communist Party of "
          "China, and wishes your Party success in the new journey.\nYours fraternally,\nJuan Castillo\n"
          "General Secretary\nCommunist Party of Uruguay",
          "2022-10-27", url(EN, "2022-10-27", 70),
          msg("Uruguay", "2022-10-24", {PCU}, BL)),
    Probe("letter-spanish-date-signature",
          "Letter from the United Socialist Party of Venezuela",
          "Dear Comrade Xi Jinping,\nOn behalf of the National Directorate of the United Socialist Party of "
          "Venezuela, I congratulate you on your re-election as General Secretary of the Central Committee "
          "of the Communist Party of China.\nNicolás Maduro Moros\nPresident of the PSUV\nCaracas, 24 de "
          "octubre de 2022",
          "2022-10-27", url(EN, "2022-10-27", 71),
          msg("Venezuela", "2022-10-24", {PSUV}, BL)),
    Probe("letter-body-names-other-lac-countries",
          "On the Centenary of the Communist Party of China",
          "Dear Comrade Xi Jinping,\nLike our sister parties in Cuba, Venezuela and Nicaragua, the Broad "
          "Front salutes the Communist Party of China on its centenary. Your Party's achievements inspire "
          "the peoples of Latin America.\nFraternally,\nFernando Pereira\nPresident of the Broad Front of "
          "Uruguay\nMontevideo, June 29, 2021",
          "2021-07-04", url(EN, "2021-07-04", 72),
          msg("Uruguay", "2021-06-29", {FA}, BL)),
    Probe("zh-letter-generic-title-heidian",
          "贺电",
          "尊敬的习近平总书记：\n欣悉您再次当选中国共产党中央委员会总书记，我谨代表委内瑞拉统一社会主义党向您致以热烈祝贺。\n"
          "委内瑞拉统一社会主义党第一副主席　迪奥斯达多·卡贝略\n2022年10月23日",
          "2022-10-25", url(ZH, "2022-10-25", 130),
          msg("Venezuela", "2022-10-23", {PSUV}, BL), lang="zh"),
    Probe("zh-letter-chinese-numeral-date",
          "巴西共产党致中国共产党的贺信",
          "中国共产党中央委员会：\n值此中国共产党成立一百周年之际，巴西共产党向你们致以兄弟般的问候和热烈的祝贺。\n此致\n敬礼！\n"
          "巴西共产党全国主席　卢西亚娜·桑托斯\n二〇二一年七月一日",
          "2021-07-03", url(ZH, "2021-07-03", 131),
          msg("Brazil", "2021-07-01", {PCDOB}, BL), lang="zh"),
    Probe("zh-exchange-messages-65th",
          "习近平与古共中央第一书记、古巴国家主席迪亚斯-卡内尔相互致贺电 庆贺中古建交65周年",
          "9月28日，中共中央总书记、国家主席习近平同古巴共产党中央第一书记、古巴国家主席迪亚斯-卡内尔互致贺电，庆贺两国"
          "建交65周年。",
          "2025-09-29", url(ZH, "2025-09-29", 132),
          msg("Cuba", "2025-09-28", {PCC}, BL), lang="zh"),
    Probe("en-exchange-messages-60th-weekday",
          "Xi Jinping and Díaz-Canel Exchange Congratulatory Messages on the 60th Anniversary of China-Cuba "
          "Diplomatic Ties",
          "Beijing, September 28th--Xi Jinping, General Secretary of the CPC Central Committee and President "
          "of China, and Miguel Díaz-Canel, First Secretary of the Central Committee of the Communist Party "
          "of Cuba and President of Cuba, exchanged congratulatory messages on Monday to mark the 60th "
          "anniversary of diplomatic relations between the two countries.",
          "2020-09-29", url(EN, "2020-09-29", 73),
          msg("Cuba", "2020-09-28", {PCC}, BL)),
    Probe("occasion-day-named-sending-undated",
          "Venezuelan Party Leader Congratulates Xi Jinping",
          "Beijing, October 25th--Following Xi Jinping's re-election as General Secretary of the CPC Central "
          "Committee on October 23, Nicolás Maduro, President of the United Socialist Party of Venezuela, "
          "sent him a letter of congratulations.",
          "2022-10-25", url(EN, "2022-10-25", 74),
          msg("Venezuela", "2022-10-25", {PSUV}, BL)),
    Probe("hurricane-melissa-two-jamaican-parties",
          "IDCPC Sends Messages of Sympathy to Jamaican Parties over Hurricane Melissa",
          "Beijing, October 30th--Liu Haixing, head of the International Department of the CPC Central "
          "Committee, on Thursday sent messages of sympathy to the Jamaica Labour Party and the People's "
          "National Party over the devastation caused by Hurricane Melissa, which struck Jamaica on "
          "Tuesday.",
          "2025-10-30", url(EN, "2025-10-30", 75),
          msg("Jamaica", "2025-10-30", {"Jamaica Labour Party", "People's National Party"}, BL)),
    Probe("pcc-condolence-gansu-earthquake",
          "Communist Party of Cuba Sends Condolences over Gansu Earthquake",
          "Beijing, December 20th--The International Relations Department of the Central Committee of the "
          "Communist Party of Cuba on Tuesday sent a message to the IDCPC, expressing condolences over the "
          "earthquake that struck Jishishan County, Gansu Province, on Monday night.",
          "2023-12-20", url(EN, "2023-12-20", 76),
          msg("Cuba", "2023-12-19", {PCC}, BL)),
    Probe("lac-new-year-greetings-several",
          "Leaders of Latin American and Caribbean Parties Send New Year Greetings to the IDCPC",
          "Beijing, January 3rd--Leaders of political parties of Latin America and the Caribbean, including "
          "the Communist Party of Cuba, the Broad Front of Uruguay and the Progressive Liberal Party of the "
          "Bahamas, sent New Year greetings to Liu Jianchao, head of the IDCPC.",
          "2024-01-03", url(EN, "2024-01-03", 77),
          msg("multilateral", "2024-01-03", {PCC, FA, "Progressive Liberal Party"}, RL)),
    Probe("letter-to-bilateral-theory-seminar",
          "Cuban Party Leader Sends Letter to the CPC-PCC Theory Seminar",
          "Havana, December 5th--The 10th Theory Seminar between the Communist Party of China and the "
          "Communist Party of Cuba opened in Havana on December 5. Miguel Díaz-Canel, First Secretary of "
          "the Central Committee of the Communist Party of Cuba, sent a letter to the seminar, which some "
          "80 scholars and party officials of the two countries attended.",
          "2023-12-06", url(EN, "2023-12-06", 78),
          msg("Cuba", "2023-12-05", {PCC}, BL, event_type="seminar", content="knowledge exchange")),
    Probe("agency-cuban-pcc-abbreviation",
          "Cuban Communist Party congratulates CPC on 20th Congress",
          " date 2022-10-24\nLatin News Agency | Home | Cuba | World | Culture\nHavana, Oct 23 (LNA) The "
          "Central Committee of the Communist Party of Cuba (PCC) on Sunday congratulated the Communist "
          "Party of China (CPC) on the conclusion of its 20th Congress. In its message, the PCC said the "
          "Congress had charted China's course for the coming years.\nShare: Facebook | Twitter\n",
          "2022-10-24", url(LATAM_AGENCY, "2022-10-24"),
          msg("Cuba", "2022-10-23", {PCC}, BL)),
    Probe("embassy-copy-maduro-centenary",
          "President Maduro Congratulates the CPC on Its Centenary",
          " date 2021-07-02\nEmbassy of the People's Republic of China in the Bolivarian Republic of "
          "Venezuela | Home | Embassy News | Consular Services\n2021/07/02\nOn July 1, Nicolás Maduro, "
          "President of the United Socialist Party of Venezuela and President of the Republic, sent a "
          "message to General Secretary Xi Jinping on the 100th anniversary of the founding of the CPC.\n"
          "Print | Close\n",
          "2021-07-02", url(EMBASSY, "2021-07-02"),
          msg("Venezuela", "2021-07-01", {PSUV}, BL)),
    Probe("zh-pcch-abbreviation-in-text",
          "智利共产党主席致函刘建超",
          "3月15日，智共主席卡尔莫纳致函中联部部长刘建超，祝贺全国两会胜利召开，表示智共愿同中国共产党加强交流。",
          "2024-03-16", url(ZH, "2024-03-16", 133),
          msg("Chile", "2024-03-15", {PCCH}, BL), lang="zh"),
    Probe("zh-mas-bolivia-election",
          "中联部致电祝贺玻利维亚争取社会主义运动党赢得大选",
          "10月23日，中联部致电玻利维亚争取社会主义运动党主席莫拉莱斯，祝贺该党候选人阿尔塞在大选中获胜。",
          "2020-10-24", url(ZH, "2020-10-24", 134),
          msg("Bolivia", "2020-10-23", {"Movement for Socialism (Bolivia)"}, BL), lang="zh"),
    Probe("zh-pld-dominican",
          "多米尼加解放党致函中共中央祝贺中共二十大胜利召开",
          "10月20日，多米尼加解放党总书记马里奥蒂致函中共中央，祝贺中国共产党第二十次全国代表大会胜利召开。",
          "2022-10-21", url(ZH, "2022-10-21", 135),
          msg("Dominican Republic", "2022-10-20", {"Dominican Liberation Party"}, {"bilateral"}), lang="zh"),
    Probe("zh-caribbean-parties-joint",
          "加勒比地区多国政党领导人联名致函祝贺中国共产党成立100周年",
          "7月1日，安提瓜和巴布达工党、多米尼克工党、圣文森特和格林纳丁斯团结工党等加勒比地区8个国家的政党领导人联名致函"
          "习近平总书记，祝贺中国共产党成立100周年。",
          "2021-07-02", url(ZH, "2021-07-02", 136),
          msg("multilateral", "2021-07-01",
              {"Antigua and Barbuda Labour Party", "Dominica Labour Party", "Unity Labour Party"},
              {"regional"}), lang="zh"),
    Probe("zh-trad-spf-congress",
          "聖保羅論壇致電祝賀中共二十大召開",
          "10月18日，聖保羅論壇工作組致電中共中央，祝賀中國共產黨第二十次全國代表大會召開。",
          "2022-10-19", url(HK_ZH, "2022-10-19"),
          msg("multilateral", "2022-10-18", set(), RL), lang="zh"),
    Probe("zh-central-america-coppac-recently",
          "中美洲和加勒比政党常设大会致函中联部",
          "近日，中美洲和加勒比政党常设大会（COPPAC）主席致函中联部部长刘建超，祝贺中共二十大胜利闭幕。",
          "2022-11-02", url(ZH, "2022-11-02", 137),
          msg("multilateral", None, set(), {"regional"}), lang="zh"),
    Probe("spf-secretary-who-is-also-pt",
          "São Paulo Forum Executive Secretary Sends Letter to the IDCPC",
          "Beijing, February 18th--Mónica Valente, Executive Secretary of the São Paulo Forum and Secretary "
          "for International Relations of the Workers' Party of Brazil, sent a letter to Song Tao, head of "
          "the IDCPC, on February 17, expressing the Forum's solidarity with China in the fight against the "
          "epidemic.",
          "2020-02-18", url(EN, "2020-02-18", 79),
          msg("multilateral", "2020-02-17", set(), RL),
          doubtful={"parties": "the Forum's secretary is also a PT officer: does PT take part?"}),
    Probe("roundup-lac-first",
          "Parties from Latin America, Africa and Europe Congratulate the CPC on Its Centenary",
          "Beijing, July 2nd--Political parties around the world have sent messages to the CPC on the 100th "
          "anniversary of its founding. From Latin America, the Communist Party of Cuba and the Workers' "
          "Party of Brazil praised the CPC's leadership. From Africa, the ruling parties of Tanzania and "
          "Ethiopia sent congratulations. From Europe, the Communist Party of Greece and the Party of the "
          "European Left did so.",
          "2021-07-02", url(EN, "2021-07-02", 80),
          {"relevant": True, "country": "multilateral", "event_type": "message", "parties": {PCC, PT},
           "mechanism": RL, "content": DI}),
    Probe("idcpc-condolence-apra-garcia",
          "IDCPC Sends Condolences to the Peruvian Aprista Party on the Death of Alan García",
          "Beijing, April 18th--The International Department of the CPC Central Committee on Thursday sent a "
          "message of condolence to the Peruvian Aprista Party on the death of its leader, former President "
          "Alan García.",
          "2019-04-18", url(EN, "2019-04-18", 81),
          msg("Peru", "2019-04-18", {"Peruvian Aprista Party"}, {"bilateral"})),
    Probe("zh-trad-condolence-bouterse",
          "中聯部就鮑特瑟逝世向蘇里南民族民主黨致唁電",
          "12月26日，中聯部致電蘇里南民族民主黨，對該黨主席、前總統鮑特瑟逝世表示哀悼。",
          "2024-12-27", url(HK_ZH, "2024-12-27"),
          msg("Suriname", "2024-12-26", {"National Democratic Party (Suriname)"}, {"bilateral"}), lang="zh"),
    Probe("zh-dangtian-pcc",
          "古巴共产党中央委员会致电祝贺中共二十大开幕",
          "10月16日，中国共产党第二十次全国代表大会在北京开幕。古巴共产党中央委员会当天致电中共中央，表示热烈祝贺。",
          "2022-10-17", url(ZH, "2022-10-17", 138),
          msg("Cuba", "2022-10-16", {PCC}, BL), lang="zh"),
    Probe("en-same-day-pcv",
          "Communist Party of Venezuela Congratulates the CPC on the Opening of Its 20th National Congress",
          "Beijing, October 18th--The 20th National Congress of the CPC opened in Beijing on October 16. On "
          "the same day, the Central Committee of the Communist Party of Venezuela sent a message to the CPC "
          "Central Committee, wishing the Congress success.",
          "2022-10-18", url(EN, "2022-10-18", 82),
          msg("Venezuela", "2022-10-16", {"Communist Party of Venezuela"}, BL)),
    Probe("agency-en-morena-wednesday",
          "CPC congratulates Mexico's Morena on election win",
          " date 2024-06-06\nAgency News English | Menu | Search\nMEXICO CITY, June 5 -- The Communist Party "
          "of China on Wednesday congratulated Mexico's ruling National Regeneration Movement (Morena) on "
          "its victory in Sunday's general elections.\nEditor: Li Na\n",
          "2024-06-06", url(AGENCY_EN, "2024-06-06"),
          msg("Mexico", "2024-06-05", {MORENA}, BL)),
    Probe("not-relevant-philippine-partido",
          "IDCPC Sends Congratulatory Message to the Partido Demokratiko Pilipino",
          "Beijing, May 12th--The International Department of the CPC Central Committee sent a message to "
          "the Partido Demokratiko Pilipino on its victory in the general election in the Philippines.",
          "2022-05-12", url(EN, "2022-05-12", 83),
          NO),
    Probe("not-relevant-portugal-partido-socialista",
          "Letter from the Partido Socialista of Portugal",
          "Dear Comrade Liu Jianchao,\nThe Partido Socialista thanks the International Department for its "
          "congratulations on our victory in the legislative elections.\nInternational Secretary\nPartido "
          "Socialista, Lisbon, February 10, 2022",
          "2022-02-14", url(EN, "2022-02-14", 84),
          NO),
]

MFA_PROBES += [
    Probe("mfa-xi-congratulates-lula-elect",
          "Xi Jinping Congratulates Luiz Inácio Lula da Silva on His Election as President of Brazil",
          "On October 31, 2022, President Xi Jinping sent a congratulatory message to Luiz Inácio Lula da "
          "Silva, congratulating him on his election as President of the Federative Republic of Brazil.",
          "2022-10-31", url(MFA_EN, "2022-10-31"),
          {"relevant": True, "country": "Brazil", "event_type": "message", "event_date": "2022-10-31",
           "head_of_state_level": False}, source="mfa"),
    Probe("mfa-zh-condolence-hurricane-jamaica",
          "习近平就牙买加遭受飓风灾害向牙买加总督艾伦致慰问电",
          "10月30日，国家主席习近平就牙买加遭受飓风“梅丽莎”袭击向牙买加总督艾伦致慰问电。",
          "2025-10-30", url(MFA_ZH, "2025-10-30"),
          {"relevant": True, "country": "Jamaica", "event_type": "message", "event_date": "2025-10-30"},
          lang="zh", source="mfa"),
]


# ---- third batch, written after the code was read (regressions of this campaign's rules and one
# class found while exploring: a country's name before its own party's counted as a second actor) ----

PROBES += [
    Probe("agency-two-parties-country-qualifies-own-party",
          "Latin American party leaders mourn death of Jiang Zemin",
          "HAVANA, Dec. 1 -- The Communist Party of Cuba and Venezuela's ruling United Socialist Party on "
          "Thursday expressed condolences to the Communist Party of China over the death of former Chinese "
          "leader Jiang Zemin.",
          "2022-12-02", url(EN, "2022-12-02", 85),
          msg("multilateral", "2022-12-01", {PCC, PSUV}, RL)),
    Probe("letter-spanish-text-fraternalmente",
          "Carta del Partido Comunista de Cuba",
          "Estimado compañero Xi Jinping:\nEn nombre del Comité Central del Partido Comunista de Cuba le "
          "felicitamos por su reelección como Secretario General.\nFraternalmente,\nMiguel Díaz-Canel "
          "Bermúdez\nPrimer Secretario del Comité Central del Partido Comunista de Cuba\nLa Habana, 24 de "
          "octubre de 2022",
          "2022-10-27", url(EN, "2022-10-27", 86),
          msg("Cuba", "2022-10-24", {PCC}, BL)),
    Probe("zh-trad-letter-cizhi-jingli-numeral-date",
          "古巴共產黨致中共中央的賀信",
          "尊敬的習近平總書記：\n值此中國共產黨成立一百周年之際，古巴共產黨向您致以熱烈祝賀。\n此致\n敬禮！\n"
          "古巴共產黨中央委員會第一書記　迪亞斯-卡內爾\n二〇二一年六月三十日於哈瓦那",
          "2021-07-02", url(HK_ZH, "2021-07-02"),
          msg("Cuba", "2021-06-30", {PCC}, BL), lang="zh"),
    Probe("grenada-ndc-election-held-on",
          "IDCPC Sends Congratulations to Grenada's National Democratic Congress",
          "Beijing, June 25th--The IDCPC sent a message on June 24 to Dickon Mitchell, Political Leader of "
          "the National Democratic Congress of Grenada, congratulating the party on its victory in the "
          "general election held on June 23.",
          "2022-06-25", url(EN, "2022-06-25", 87),
          msg("Grenada", "2022-06-24", {"National Democratic Congress (Grenada)"}, {"bilateral"})),
    Probe("zh-barbados-attributive-election-day",
          "中联部致电祝贺巴巴多斯工党赢得大选",
          "1月20日，中联部致电巴巴多斯工党政治领袖莫特利，祝贺该党在1月19日举行的大选中获胜。",
          "2022-01-21", url(ZH, "2022-01-21", 141),
          msg("Barbados", "2022-01-20", {"Barbados Labour Party"}, {"bilateral"}), lang="zh"),
]


def test_a_country_named_as_the_actor_beside_its_party_stays_one_country():
    """The negative: "Venezuela's ruling United Socialist Party" alone is one country's actor."""
    record = idcpc("CARACAS, Nov. 30 -- Venezuela's ruling United Socialist Party on Wednesday sent "
                   "condolences to the Communist Party of China over the death of Jiang Zemin.",
                   title="Venezuela's ruling party mourns Jiang Zemin", published="2022-12-01",
                   url=url(EN, "2022-12-01", 88))
    assert record.country == "Venezuela" and record.mechanism == ["bilateral", "leftist"]


# Probes that failed on the first, blind run and still fail: (probe id, field) -> why. Each is a
# decision the project made before this campaign on the dev pages, where the codebook reads otherwise.
OPEN: dict[tuple[str, str], str] = {
    ("letter-psuv-occasion-headline-undated", "event_date"):
        "a letter with no day: the project keeps the printed day as fallback (measured on dev, "
        "event_date.step); the codebook says null",
    ("lac-parties-joint-letter-named", "mechanism"):
        "a group of senders is leftist only when every sender's party is (items.collective._gather, "
        "a decision on dev); the codebook's 'a counterpart party is leftist' reads as any",
    ("lac-new-year-greetings-several", "mechanism"):
        "a group of senders is leftist only when every sender's party is (items.collective._gather)",
    ("lac-new-year-greetings-several", "event_date"):
        "a group's messages are not dated by the dateline alone (items.collective.collective_record: the "
        "dateline is the report's day); the codebook's rule 2 would take it",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES + MFA_PROBES, OPEN))
def test_message_page_field(probe: Probe, name: str, expected):
    """Codebook: a `message` is a congratulation, condolence or letter exchanged between the two sides
    with no event around it; daily interaction; the country and mechanism follow the LAC actors; the
    date is the day the message was sent (a stated day, the dateline's, a weekday counted back), not
    the day of its occasion."""
    record = record_of(probe)
    assert value_of(record, name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES + MFA_PROBES)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

def test_a_speech_that_opens_with_dear_friends_is_no_letter():
    """A letter is a text from salutation to close; a speech printed in full may open with "Dear
    friends," but ends with its thanks, and is not a message."""
    record = idcpc("Dear friends,\nIt is a great pleasure to be here in Havana with comrades of the "
                   "Communist Party of Cuba. Our two parties have walked a long road together.\nI wish "
                   "you every success.\nThank you.",
                   title="Remarks by Liu Jianchao in Havana", published="2023-05-10",
                   url=url(EN, "2023-05-10", 90))
    assert record.event_type != "message"


@pytest.mark.parametrize(("text", "expected"), [
    # the day before the occasion's noun is the message's
    ("Beijing, May 8th--Xi Jinping sent a message of condolence on May 7 to Miguel Díaz-Canel, First "
     "Secretary of the Central Committee of the Communist Party of Cuba, over the explosion at the Hotel "
     "Saratoga in Havana.", "2022-05-07"),
    # a comma closes the occasion's phrase: the day after it is the message's
    ("Beijing, May 8th--After the explosion at the Hotel Saratoga, Xi Jinping sent a message of "
     "condolence to the Central Committee of the Communist Party of Cuba on May 7.", "2022-05-07"),
    # the occasion's day inside its phrase is not the message's: the dateline's day is
    ("Beijing, May 8th--Xi Jinping sent a message of condolence to the Central Committee of the "
     "Communist Party of Cuba over the explosion at the Hotel Saratoga in Havana on May 6.", "2022-05-08"),
])
def test_a_day_in_the_occasions_phrase_is_the_occasions(text, expected):
    """Codebook, event_date: the day of the exchange, the message's, not the day of the election,
    death or disaster it answers (cue ``message_occasion``)."""
    record = idcpc(text, title="Xi Jinping Sends Condolences to the Communist Party of Cuba",
                   published="2022-05-08", url=url(EN, "2022-05-08", 91))
    assert record.event_type == "message" and record.event_date == expected


def test_a_roundups_lead_day_that_names_no_message_does_not_date_its_entries():
    """A roundup entry with no day of its own takes the day the lead gives the messages; the congress's
    opening day in a sentence of its own is the occasion, not the messages' day."""
    record = idcpc("10月16日，中国共产党第二十次全国代表大会在北京开幕。"
                   "连日来，多国政党领导人致电致函中共中央，祝贺大会召开。越南共产党中央总书记阮富仲表示祝贺。"
                   "巴西共产党主席卢西亚娜·桑托斯表示，期待同中国共产党深化交流。",
                   title="外国政党领导人致电祝贺中共二十大召开", lang="zh", published="2022-10-19",
                   url=url(ZH, "2022-10-19", 140))
    assert record.relevant and record.country == "Brazil"
    assert record.event_date != "2022-10-16"


def test_a_print_edition_credit_is_no_day_of_the_report():
    """《 … 》（ 2022年10月24日 第 03 版）under a newspaper's report is the issue's day and page."""
    text = ("墨西哥国家复兴运动党主席马里奥·德尔加多致函习近平，祝贺他再次当选中共中央总书记。\n"
            "《 日报 》（ 2022年10月27日　 第 03 版）\n")
    record = idcpc(text, title="墨西哥国家复兴运动党致函祝贺", lang="zh", published="2022-10-27",
                   url=url(PAPER_ZH, "2022-10-27"))
    assert record.relevant and record.event_type == "message"
    assert "publication day used" in " ".join(record.notes)  # the credit's day was not read as stated
