"""Campaign 12A: IDCPC message pages in English whose exchange sits in sentence shapes the earlier
probes lack: the sender named late (a long preamble on the occasion, the party only in the last
sentence or in a letter's signature), passive and nominal forms ("a message ... was received from",
"congratulations from ... reached"), quotation first, reported speech spread over paragraphs,
headlines that name only the occasion or the CPC side, replies and exchanges both ways, messages
conveyed by an envoy or read out at an event, and copies of such pages on agency, newspaper and
embassy sites; with negatives (messages between the CPC and non-LAC parties that mention a LAC
place, and a LAC party's messages to parties other than the CPC).

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc
from probe_harness import BL, DI, KE, NO, B, Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
EN_OLD = "https://www.idcpc.gov.cn/english/news/{ym}/t{ymd}_1{n:05d}.html"
XINHUA = "https://english.news.cn/{y}{m}{d}/a{n}b/c.html"
CHINADAILY = "https://www.chinadaily.com.cn/a/{y}{m}/{d}/WS{n:06d}.html"
CGTN = "https://news.cgtn.com/news/{y}-{m}-{d}/Message-{n}/index.html"
PEOPLE = "http://en.people.cn/n3/{y}/{m}{d}/c90000-{n}.html"
EMBASSY = "http://{host}.china-embassy.gov.cn/eng/zgxw/{ym}/t{ymd}_{n}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCU = "Communist Party of Uruguay"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
PT_MX = "Labor Party (Mexico)"
PRI = "Institutional Revolutionary Party"
MAS = "Movement for Socialism (Bolivia)"
FMLN = "Farabundo Martí National Liberation Front"
NI = "Nuevas Ideas"
PLD = "Dominican Liberation Party"
PRM = "Modern Revolutionary Party"
PJ = "Justicialist Party"
PCA = "Communist Party of Argentina"
RC = "Citizen Revolution Movement"
PACTO = "Historic Pact for Colombia"
PCCOL = "Colombian Communist Party"
PNP_PE = "Peruvian Nationalist Party"
APRA = "Peruvian Aprista Party"
PERU_LIBRE = "Free Peru"
PPP = "People's Progressive Party/Civic"
JLP = "Jamaica Labour Party"
NDC_GD = "National Democratic Congress (Grenada)"
UNC = "United National Congress"
NDP_SR = "National Democratic Party (Suriname)"
RM = "Realizing Goals"
PRD_PA = "Democratic Revolutionary Party"
BLP = "Barbados Labour Party"
CS = "Social Convergence"


def msg(country: str, date: str | None, party_set: set[str], mechanism: set[str],
        event_type: str = "message", content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ---- A. the sender named late: a preamble on the occasion first, the party at the end ----------
    Probe("late-fsln-revolution-anniversary",
          "Greetings on the 45th Anniversary of the Sandinista Revolution",
          "Beijing, July 18th--Forty-five years have passed since the Nicaraguan people overthrew the "
          "dictatorship on July 19, 1979, a victory remembered across the region. On the eve of the "
          "anniversary, a message of warm congratulations went from the CPC "
          "Central Committee to the Sandinista National Liberation Front, wishing the Front and the "
          "Nicaraguan people new successes.",
          "2024-07-18", url(EN, "2024-07-18", 1),
          msg("Nicaragua", "2024-07-18", {FSLN}, BL)),
    Probe("late-uruguay-greetings-came-from",
          "Foreign Friends Greet the CPC on Its Anniversary",
          "Beijing, July 1st--On the occasion of the 102nd anniversary of the founding of the Communist "
          "Party of China, warm greetings came from political parties and friends abroad. They praised the "
          "CPC's record in lifting millions out of poverty and in guiding China's modernization. One of "
          "them was signed by Juan Castillo, General Secretary of the Communist Party of Uruguay, who wrote "
          "that the Uruguayan communists follow China's path with admiration.",
          "2023-07-01", url(EN, "2023-07-01", 2),
          msg("Uruguay", "2023-07-01", {PCU}, BL)),
    Probe("late-pcu-letter-signature-city-date",
          "A Letter to Comrade Xi Jinping",
          "Dear Comrade Xi Jinping,\nOne hundred years ago a handful of delegates met in Shanghai and on a "
          "boat on a lake, and from that small beginning a Party grew that today leads a fifth of humanity. "
          "We salute you and, through you, every member of the Communist Party of China on this centenary.\n"
          "Our small country in the South has learned much from your experience of building socialism "
          "with national features.\nLong live the friendship between our parties!\nCentral Committee\n"
          "Communist Party of Uruguay\nMontevideo, 28 June 2021",
          "2021-07-03", url(EN, "2021-07-03", 3),
          msg("Uruguay", "2021-06-28", {PCU}, BL)),
    Probe("late-mas-last-sentence",
          "Message on the Anniversary of the Movement for Socialism",
          "Beijing, March 27th--Thirty years ago peasant unions, indigenous organizations and workers of "
          "Bolivia came together to build a political instrument of their own. Since then it has led the "
          "country through profound social change and has become a close friend of the Chinese people. "
          "The CPC hopes that this friendship will deepen further.\nThese words were in a message of "
          "congratulations that the CPC Central Committee addressed to the Movement for Socialism (MAS-IPSP) "
          "of Bolivia.",
          "2025-03-27", url(EN, "2025-03-27", 4),
          msg("Bolivia", "2025-03-27", {MAS}, BL)),
    Probe("late-mexico-labor-party-signature",
          "Message of Congratulations on the 20th National Congress of the CPC",
          "To Comrade Xi Jinping\nGeneral Secretary of the Communist Party of China\nEsteemed comrade,\n"
          "The whole membership of our organisation followed with close attention the work of your "
          "Congress, whose decisions chart the way toward a modern socialist country. We congratulate you on "
          "your re-election and wish your Party and people new victories.\nFraternally,\nAlberto Anaya "
          "Gutiérrez\nNational Coordinator\nLabor Party (PT), Mexico\nMexico City, October 24, 2022",
          "2022-10-29", url(EN, "2022-10-29", 5),
          msg("Mexico", "2022-10-24", {PT_MX}, BL)),
    Probe("late-pri-spring-festival-signature-no-date",
          "Greetings for the Chinese New Year",
          "Dear friends of the International Department,\nAs the Year of the Rabbit begins, please accept "
          "our best wishes for health, prosperity and peace for you and your families. We remember with "
          "pleasure the visits our delegations have paid to your country and hope to continue them.\n"
          "Cordially,\nRubén Moreira Valdez\nSecretary of International Affairs\nInstitutional Revolutionary "
          "Party (PRI)",
          "2023-01-23", url(EN, "2023-01-23", 6),
          msg("Mexico", None, {PRI}, B)),
    Probe("late-preamble-two-paragraphs-pcdob",
          "Greetings on the 75th Anniversary of the People's Republic",
          "Beijing, September 29th--Seventy-five years ago a new China was proclaimed in Tiananmen "
          "Square. Over these decades the country has become the second largest economy in the world.\n"
          "Friends from many countries have marked the anniversary in different ways.\nIn a message to the "
          "CPC Central Committee, Luciana Santos, president of the Communist Party of Brazil (PCdoB), said "
          "the Brazilian communists share the joy of the Chinese people.",
          "2024-09-29", url(EN, "2024-09-29", 7),
          msg("Brazil", "2024-09-29", {PCDOB}, BL)),
    Probe("late-closing-line-sender-colombia",
          "A Message of Solidarity",
          "Beijing, June 3rd--The heavy rains that struck southern China in recent weeks have claimed many "
          "lives and forced thousands from their homes. Words of sympathy have reached Beijing from many "
          "places.\n\"We share your grief and admire the courage of those who rebuild,\" one of them read.\n"
          "The message quoted above was sent to the International Department by Jaime Caycedo, "
          "General Secretary of the Colombian Communist Party.",
          "2024-06-03", url(EN, "2024-06-03", 8),
          msg("Colombia", "2024-06-03", {PCCOL}, BL)),

    # ---- B. passive and nominal forms ---------------------------------------------------------------
    Probe("passive-condolence-received-pcc",
          "Condolences on the Passing of Comrade Jiang Zemin Continue to Arrive",
          "Beijing, December 2nd--A message of condolence was received from the Central Committee of the "
          "Communist Party of Cuba on the death of Comrade Jiang Zemin. The Cuban communists recalled his "
          "visit to the island and the friendship he built with the Cuban leadership.",
          "2022-12-02", url(EN, "2022-12-02", 9),
          msg("Cuba", "2022-12-02", {PCC}, BL)),
    Probe("nominal-congratulations-reached-monday",
          "Congratulations Reach the CPC from Uruguay",
          "Congratulations from the Broad Front of Uruguay reached the CPC Central Committee on Monday. "
          "In its message, the Front's president Fernando Pereira hailed the re-election of Xi Jinping as "
          "the Party's General Secretary and the conclusion of its 20th National Congress.",
          "2022-10-26", url(EN, "2022-10-26", 10),
          msg("Uruguay", "2022-10-24", {FA}, BL)),
    Probe("among-the-messages-peru-nationalist",
          "Messages Hail the 20th National Congress",
          "Beijing, October 20th--A letter from the Peruvian Nationalist Party was among the many messages "
          "the CPC Central Committee has received for its 20th National Congress. Ollanta Humala, the "
          "party's president, wrote that the Congress would shape the world's future as well as China's.",
          "2022-10-20", url(EN, "2022-10-20", 11),
          msg("Peru", "2022-10-20", {PNP_PE}, BL)),
    Probe("passive-sympathy-sent-by-idcpc-sunday",
          "Sympathy over the Floods in Southern Brazil",
          "Beijing, May 6th--A message of sympathy was sent by the International Department of the CPC "
          "Central Committee to the Workers' Party of Brazil on Sunday, after floods devastated much of "
          "Rio Grande do Sul. The message said the Chinese people feel for the victims and their families.",
          "2024-05-06", url(EN, "2024-05-06", 12),
          msg("Brazil", "2024-05-05", {PT}, BL)),
    Probe("passive-condolences-conveyed-ecuador-stated-day",
          "Condolences after the Earthquake in Ecuador",
          "Beijing, March 21st--The condolences of the CPC Central Committee were conveyed on March 20 to "
          "the Citizen Revolution Movement of Ecuador over the loss of life caused by the earthquake in "
          "the province of Guayas. The CPC wished the injured a quick recovery.",
          "2023-03-21", url(EN, "2023-03-21", 13),
          msg("Ecuador", "2023-03-20", {RC}, BL)),
    Probe("passive-letter-addressed-to-mas-victory",
          "Congratulations on the Election Victory in Bolivia",
          "Beijing, October 23rd--A congratulatory letter was addressed on Friday by the CPC Central "
          "Committee to the Movement for Socialism (MAS-IPSP) of Bolivia, whose candidates won the "
          "presidency and a majority in the Plurinational Legislative Assembly in Sunday's general "
          "election.",
          "2020-10-24", url(EN, "2020-10-24", 14),
          msg("Bolivia", "2020-10-23", {MAS}, BL)),
    Probe("nominal-new-year-wishes-arrived-no-day",
          "New Year Greetings from the Colombian Communist Party",
          "Warm wishes for the New Year arrived from the Colombian Communist Party, whose Central "
          "Executive Committee wrote to the International Department to thank it for a year of fruitful "
          "exchanges and to wish the Chinese people happiness.",
          "2024-01-05", url(EN, "2024-01-05", 15),
          msg("Colombia", None, {PCCOL}, BL)),
    Probe("nominal-letter-of-thanks-pcch-tuesday",
          "Letter of Thanks from Chilean Communists",
          "A letter of thanks from the Communist Party of Chile for the CPC's condolences on the death of "
          "its president Guillermo Teillier came to the International Department on Tuesday.",
          "2023-07-20", url(EN, "2023-07-20", 16),
          msg("Chile", "2023-07-18", {PCCH}, BL)),
    Probe("passive-received-by-cpc-from-fmln",
          "FMLN Congratulates the CPC on Its Centenary",
          "Beijing, June 29th--Congratulations on the centenary of the Communist Party of China were "
          "received today from the Farabundo Martí National Liberation Front (FMLN) of El Salvador, whose "
          "Secretary General said the two parties share a long history of friendship.",
          "2021-06-29", url(EN, "2021-06-29", 17),
          msg("El Salvador", "2021-06-29", {FMLN}, BL)),
    Probe("passive-were-expressed-in-message-dominican",
          "Message from the Dominican Liberation Party",
          "Beijing, October 25th--Warm congratulations on the successful close of the 20th National "
          "Congress of the Communist Party of China were expressed in a message from the Dominican "
          "Liberation Party (PLD). Its president Danilo Medina wished the CPC further achievements.",
          "2022-10-25", url(EN, "2022-10-25", 18),
          msg("Dominican Republic", "2022-10-25", {PLD}, B)),

    # ---- C. quotation first; reported speech spread over paragraphs ---------------------------------
    Probe("quote-first-fsln-national-day",
          "Nicaraguan Sandinistas Greet China's National Day",
          "Beijing, September 30th--\"The Chinese people can count on the Sandinistas in every "
          "circumstance,\" the Sandinista National Liberation Front said in its message to the CPC Central "
          "Committee on the 75th anniversary of the founding of the People's Republic of China.",
          "2024-09-30", url(EN, "2024-09-30", 19),
          msg("Nicaragua", "2024-09-30", {FSLN}, BL)),
    Probe("quote-first-spread-pcdob-dated-letter",
          "\"A Century of Struggle and Victories\"",
          "\"A century of struggle has turned a poor and humiliated nation into a great power of peace.\"\n"
          "With those words the Communist Party of Brazil (PCdoB) opened the letter it sent to the CPC "
          "Central Committee on June 29 for the centenary of the Communist Party of China.\n"
          "The letter went on to recall that the two parties have exchanged delegations for decades. "
          "The PCdoB, it said, will keep working for ever closer ties between Brazil and China.",
          "2021-07-02", url(EN, "2021-07-02", 20),
          msg("Brazil", "2021-06-29", {PCDOB}, BL)),
    Probe("quote-first-pcc-thanks-wrote",
          "Cuban Communists Thank the CPC for Its Solidarity",
          "Beijing, August 10th--\"Cuba will never forget who stood by it in the hardest days,\" wrote "
          "Roberto Morales Ojeda, a member of the Secretariat of the Communist Party of Cuba, in a letter "
          "of thanks to the International Department for the aid sent after the fire at the Matanzas fuel "
          "depot.",
          "2022-08-10", url(EN, "2022-08-10", 21),
          msg("Cuba", "2022-08-10", {PCC}, BL)),
    Probe("quote-first-psch-said-in-message-no-day",
          "Chilean Socialists Salute the CPC Centenary",
          "\"The Chinese revolution is one of the great events of the twentieth century,\" said Álvaro "
          "Elizalde, president of the Socialist Party of Chile, in a message to the Communist Party of "
          "China on its 100th anniversary. He added that his party values its long ties with the CPC.",
          "2021-07-05", url(EN, "2021-07-05", 22),
          msg("Chile", None, {PSCH}, BL)),
    Probe("quote-first-cpc-side-sanctions-thursday",
          "CPC Stands with the Venezuelan People",
          "Beijing, January 26th--\"The CPC firmly supports the Venezuelan people in defending their "
          "sovereignty and opposes outside interference,\" said the message which the International "
          "Department sent on Thursday to the United Socialist Party of Venezuela.",
          "2019-01-26", url(EN_OLD, "2019-01-26", 23),
          msg("Venezuela", "2019-01-24", {PSUV}, BL)),
    Probe("quote-first-morena-message-dated",
          "MORENA Hails the Sixth Plenary Session",
          "\"The resolution adopted by the plenary session is a lesson in how a party learns from its own "
          "history,\" wrote Mario Delgado, national president of the National Regeneration Movement "
          "(MORENA) of Mexico, in a message dated November 14 to the CPC Central Committee.",
          "2021-11-18", url(EN, "2021-11-18", 24),
          msg("Mexico", "2021-11-14", {MORENA}, BL)),
    Probe("reported-speech-three-paragraphs-pacto",
          "Colombia's Historic Pact Writes to the CPC",
          "Beijing, October 24th--The Historic Pact for Colombia has congratulated Xi Jinping on his "
          "re-election as General Secretary of the CPC Central Committee.\n"
          "The coalition said in its letter that the Congress's report offers the peoples of the South a "
          "vision of development without hegemony.\n"
          "It also expressed the hope that exchanges between the Pact and the CPC would grow, and thanked "
          "the Chinese side for receiving its delegations.",
          "2022-10-24", url(EN, "2022-10-24", 25),
          msg("Colombia", "2022-10-24", {PACTO}, BL)),
    Probe("quote-in-middle-psuv-yesterday",
          "PSUV Condoles over the Death of Li Keqiang",
          "Beijing, October 29th--The United Socialist Party of Venezuela yesterday sent a message of "
          "condolence to the CPC Central Committee. \"Comrade Li Keqiang devoted his life to the Chinese "
          "people,\" the message read, \"and his memory will stay with us.\"",
          "2023-10-29", url(EN, "2023-10-29", 26),
          msg("Venezuela", "2023-10-28", {PSUV}, BL)),

    # ---- D. headline names only the occasion or the CPC side ----------------------------------------
    Probe("headline-cpc-thanks-guyana-in-body",
          "CPC Thanks Foreign Friends for Their Support",
          "Beijing, February 20th--The International Department of the CPC Central Committee has thanked "
          "political parties abroad for their messages of support in China's fight against the novel "
          "coronavirus. In a reply to the People's Progressive Party/Civic of Guyana, whose "
          "General Secretary Bharrat Jagdeo had written to express solidarity, the Department said the "
          "Chinese people are confident of winning the battle.",
          "2020-02-20", url(EN_OLD, "2020-02-20", 27),
          msg("Guyana", "2020-02-20", {PPP}, BL)),
    Probe("headline-messages-hail-anniversary-dominican",
          "Messages Hail CPC Anniversary",
          "Beijing, July 2nd--Messages hailing the anniversary of the Communist Party of China have come "
          "from parties in many countries. The Communist Party of Vietnam praised the CPC's leadership. "
          "The Dominican Liberation Party said in its message that China's experience shows what a "
          "developing country can achieve.",
          "2021-07-02", url(EN, "2021-07-02", 28),
          msg("Dominican Republic", "2021-07-02", {PLD}, B)),
    Probe("headline-occasion-only-pri-spring-festival",
          "Greetings on the Spring Festival",
          "Beijing, January 19th--As the Spring Festival approaches, the Institutional Revolutionary Party "
          "(PRI) of Mexico sent greetings to the International Department of the CPC Central Committee, "
          "wishing the Chinese people peace and prosperity in the new year.",
          "2023-01-19", url(EN, "2023-01-19", 29),
          msg("Mexico", "2023-01-19", {PRI}, B)),
    Probe("headline-idcpc-receives-pj-stated-day",
          "IDCPC Receives Condolences over the Gansu Earthquake",
          "Beijing, December 22nd--On December 20, the Justicialist Party of Argentina wrote to the "
          "International Department of the CPC Central Committee to express its sorrow over the earthquake "
          "in Jishishan County, Gansu Province, and its solidarity with the families of the victims.",
          "2023-12-22", url(EN, "2023-12-22", 30),
          msg("Argentina", "2023-12-20", {PJ}, B),
          doubtful={"mechanism": "Peronism's family is argued: a coder may take the PJ as left of "
                                 "centre; the gazetteer does not"}),
    Probe("headline-election-occasion-panama-rm",
          "Message on the Election in Panama",
          "Beijing, May 7th--The International Department of the CPC Central Committee sent a message of "
          "congratulations today to the Realizing Goals party (RM) of Panama on the victory of its "
          "candidate José Raúl Mulino in the presidential election.",
          "2024-05-07", url(EN, "2024-05-07", 31),
          msg("Panama", "2024-05-07", {RM}, B)),
    Probe("headline-new-leader-pt-tuesday",
          "CPC Congratulates New Leader",
          "Beijing, July 10th--The CPC Central Committee sent a message on Tuesday to Edinho Silva, "
          "congratulating him on his election as national president of the Workers' Party of Brazil.",
          "2025-07-10", url(EN, "2025-07-10", 32),
          msg("Brazil", "2025-07-08", {PT}, BL)),
    Probe("headline-foreign-parties-hail-plenary-ecuador",
          "Foreign Parties Hail the Fourth Plenary Session",
          "Beijing, October 27th--Political parties abroad have continued to send messages on the Fourth "
          "Plenary Session of the 20th CPC Central Committee. Luisa González, president of the Citizen "
          "Revolution Movement of Ecuador, wrote on October 24 that the plenary's plans for the next five "
          "years will benefit the whole Global South.",
          "2025-10-27", url(EN, "2025-10-27", 33),
          msg("Ecuador", "2025-10-24", {RC}, BL)),
    Probe("headline-cpc-side-only-pcch-anniversary",
          "CPC Sends Greetings to a Fraternal Party",
          "Beijing, June 4th--The CPC Central Committee today sent a message to the Communist Party of "
          "Chile, congratulating it on the 110th anniversary of its founding and wishing the Chilean "
          "communists success in their work.",
          "2022-06-04", url(EN, "2022-06-04", 34),
          msg("Chile", "2022-06-04", {PCCH}, BL)),

    # ---- E. replies and exchanges both ways; messages conveyed or read out --------------------------
    Probe("reply-of-thanks-cpc-to-pcch-monday",
          "Reply of Thanks to the Communist Party of Chile",
          "In a reply of thanks sent on Monday, the International Department of the CPC Central Committee "
          "thanked the Communist Party of Chile for its message of condolence on the death of Comrade Li "
          "Keqiang.",
          "2023-11-08", url(EN, "2023-11-08", 35),
          msg("Chile", "2023-11-06", {PCCH}, BL)),
    Probe("messages-exchanged-fsln-friday",
          "CPC and FSLN Exchange Messages",
          "Beijing, December 10th--The CPC Central Committee and the Sandinista National Liberation Front "
          "of Nicaragua exchanged messages on Friday to mark the first anniversary of the resumption of "
          "diplomatic relations between the two countries.",
          "2022-12-10", url(EN, "2022-12-10", 36),
          msg("Nicaragua", "2022-12-09", {FSLN}, BL)),
    Probe("reply-from-psuv-dated",
          "PSUV Replies to the CPC",
          "Beijing, December 3rd--Diosdado Cabello, first vice president of the United Socialist Party "
          "of Venezuela, answered the CPC's congratulations on the regional and municipal elections in a "
          "reply dated November 30, thanking the Chinese comrades for their support.",
          "2021-12-03", url(EN, "2021-12-03", 37),
          msg("Venezuela", "2021-11-30", {PSUV}, BL)),
    Probe("read-out-at-lac-congress-pcdob",
          "CPC Message Read Out at PCdoB Congress",
          "Brasília, October 16th--A message from the CPC Central Committee was read out at the opening "
          "session of the 15th Congress of the Communist Party of Brazil on October 15. The message wished "
          "the Congress success and praised the PCdoB's contribution to friendship between the peoples.",
          "2021-10-16", url(EN, "2021-10-16", 38),
          msg("Brazil", "2021-10-15", {PCDOB}, BL),
          doubtful={"event_type": "the LAC party's congress is an event around the message, though none "
                                  "of the kinds rule 1 names (seminar, forum, ...): message or other"}),
    Probe("letter-read-out-at-theory-seminar-pcc",
          "CPC and PCC Hold Theory Seminar in Havana",
          "Havana, June 6th--A letter from Xi Jinping was read out today at the opening of the theory "
          "seminar of the Communist Party of China and the Communist Party of Cuba. Party scholars and "
          "officials from both sides then discussed the building of socialism in the new era over two "
          "days.",
          "2023-06-06", url(EN, "2023-06-06", 39),
          msg("Cuba", "2023-06-06", {PCC}, BL, event_type="seminar", content=KE)),
    Probe("envoy-conveys-message-in-meeting-nicaragua",
          "Chen Zhou Meets Daniel Ortega and Conveys Xi Jinping's Greetings",
          "Managua, November 8th--Chen Zhou, Vice-minister of the CPC's International Department, met here "
          "today with Daniel Ortega, General Secretary of the Sandinista National Liberation Front and "
          "President of Nicaragua. Chen conveyed the cordial greetings of Xi Jinping, and Ortega asked him "
          "to pass on his best wishes in return.",
          "2023-11-08", url(EN, "2023-11-08", 40),
          msg("Nicaragua", "2023-11-08", {FSLN}, BL, event_type="meeting")),
    Probe("ambassador-hands-over-letter-cuba",
          "Chinese Ambassador Hands Over Xi Jinping's Letter",
          "Havana, April 19th--Ma Hui, China's ambassador to Cuba, called on Roberto Morales Ojeda of "
          "the Secretariat of the Communist Party of Cuba at the party's headquarters today and handed "
          "him a letter from Xi Jinping congratulating the PCC on its congress.",
          "2021-04-19", url(EN, "2021-04-19", 41),
          msg("Cuba", "2021-04-19", {PCC}, BL, event_type="meeting"),
          doubtful={"event_type": "the exchange is a letter, but it is handed over in a call; the "
                                  "codebook's 'no event around it' may make it a meeting"}),
    Probe("reply-cpc-to-morena-thanks-both-ways",
          "CPC Replies to MORENA",
          "Beijing, March 14th--The International Department of the CPC Central Committee wrote back on "
          "Saturday to the National Regeneration Movement (MORENA) of Mexico, thanking it for the masks "
          "its members had collected for Wuhan and wishing Mexico well in facing the epidemic.",
          "2020-03-14", url(EN, "2020-03-14", 42),
          msg("Mexico", "2020-03-14", {MORENA}, BL)),
    Probe("thanks-mas-for-help-floods-friday",
          "Bolivia's MAS Thanks the CPC",
          "Beijing, March 22nd--The Movement for Socialism (MAS-IPSP) of Bolivia thanked the CPC Central "
          "Committee in a letter on Friday for the help China sent after floods in several Bolivian "
          "departments.",
          "2024-03-22", url(EN, "2024-03-22", 43),
          msg("Bolivia", "2024-03-22", {MAS}, BL)),
    Probe("read-out-by-cpc-delegation-at-fsln-event-visit",
          "CPC Delegation Visits Nicaragua",
          "Managua, July 21st--A CPC delegation led by Sun Haiyan, Vice-minister of the International "
          "Department, visited Nicaragua from July 17 to 21 at the invitation of the Sandinista National "
          "Liberation Front. In Managua the delegation read out a message of the CPC Central Committee at "
          "the ceremony for the anniversary of the revolution, met FSLN leaders and visited a school.",
          "2019-07-21", url(EN, "2019-07-21", 44),
          msg("Nicaragua", "2019-07-17", {FSLN}, BL, event_type="delegation_visit_abroad")),

    # ---- F. occasions of every kind, many countries -------------------------------------------------
    Probe("occ-death-fidel-raul",
          "Xi Jinping Sends Condolences on the Death of Fidel Castro",
          "Beijing, November 26th--Xi Jinping sent a message to Raúl Castro today to express deep grief "
          "over the death of Fidel Castro. Raúl Castro leads the Communist Party of Cuba and is President "
          "of the Councils of State and of Ministers. Xi said that the Chinese people have lost a close "
          "comrade and a sincere friend.",
          "2016-11-26", url(EN_OLD, "2016-11-26", 45),
          msg("Cuba", "2016-11-26", {PCC}, BL)),
    Probe("occ-death-chavez-psuv",
          "Condolences to the United Socialist Party of Venezuela",
          "Beijing, March 6th--The CPC Central Committee sent a message of condolence to the United "
          "Socialist Party of Venezuela today over the death of Hugo Chávez, its founder and the President "
          "of Venezuela, who died in Caracas on March 5.",
          "2013-03-06", url(EN_OLD, "2013-03-06", 46),
          msg("Venezuela", "2013-03-06", {PSUV}, BL)),
    Probe("occ-forest-fires-chile-psch",
          "Sympathy over the Forest Fires in Valparaíso",
          "Beijing, February 5th--The International Department of the CPC Central Committee sent a message "
          "of sympathy today to Paulina Vodanovic, president of the Socialist Party of Chile, over the "
          "forest fires that have claimed many lives in the Valparaíso region.",
          "2024-02-05", url(EN, "2024-02-05", 47),
          msg("Chile", "2024-02-05", {PSCH}, BL)),
    Probe("occ-covid-solidarity-apra",
          "Peruvian Aprista Party Expresses Solidarity",
          "Beijing, February 14th--The Peruvian Aprista Party has written to the International Department "
          "of the CPC Central Committee to express solidarity with the Chinese people in the fight against "
          "the novel coronavirus epidemic.",
          "2020-02-14", url(EN_OLD, "2020-02-14", 48),
          msg("Peru", "2020-02-14", {APRA}, B)),
    Probe("occ-blockade-cpc-to-pcc-thursday",
          "CPC Reaffirms Opposition to the Blockade of Cuba",
          "Beijing, November 4th--In a message to the Communist Party of Cuba on Thursday, the "
          "International Department of the CPC Central Committee reaffirmed China's opposition to the "
          "economic blockade imposed on Cuba and welcomed the vote at the United Nations General Assembly.",
          "2023-11-04", url(EN, "2023-11-04", 49),
          msg("Cuba", "2023-11-02", {PCC}, BL)),
    Probe("occ-election-el-salvador-nuevas-ideas-tuesday",
          "Congratulations on the Elections in El Salvador",
          "Beijing, February 7th--The International Department of the CPC Central Committee sent a "
          "congratulatory message on Tuesday to Nuevas Ideas of El Salvador on its victory in Sunday's "
          "presidential and legislative elections.",
          "2024-02-07", url(EN, "2024-02-07", 50),
          msg("El Salvador", "2024-02-06", {NI}, B)),
    Probe("occ-new-leader-diaz-canel",
          "Xi Jinping Congratulates Miguel Díaz-Canel",
          "Beijing, April 19th--Xi Jinping today sent a message to Miguel Díaz-Canel congratulating him on "
          "becoming the leader of the Communist Party of Cuba at its Eighth Congress. Xi said that the CPC "
          "is ready to work with its Cuban comrades to carry their special friendship forward.",
          "2021-04-19", url(EN, "2021-04-19", 51),
          msg("Cuba", "2021-04-19", {PCC}, BL)),
    Probe("occ-cpc-congress-prd-mexico-stated",
          "Party of the Democratic Revolution Congratulates the CPC",
          "On October 25, the Party of the Democratic Revolution (PRD) of Mexico sent the CPC Central "
          "Committee a message congratulating it on the conclusion of its 19th National Congress.",
          "2017-10-30", url(EN_OLD, "2017-10-30", 52),
          msg("Mexico", "2017-10-25", {"Party of the Democratic Revolution"}, BL)),
    Probe("occ-anniversary-fmln",
          "Message to the FMLN on Its Anniversary",
          "Beijing, October 10th--The CPC Central Committee sent a message to the Farabundo Martí "
          "National Liberation Front today, congratulating it on the 44th anniversary of its founding.",
          "2024-10-10", url(EN, "2024-10-10", 53),
          msg("El Salvador", "2024-10-10", {FMLN}, BL)),
    Probe("occ-centenary-pcu",
          "CPC Congratulates the Communist Party of Uruguay on Its Centenary",
          "Beijing, September 21st--The CPC Central Committee sent a message to the Communist Party of "
          "Uruguay, congratulating it on 100 years of struggle for the Uruguayan working people.",
          "2020-09-21", url(EN_OLD, "2020-09-21", 54),
          msg("Uruguay", "2020-09-21", {PCU}, BL)),
    Probe("occ-hurricane-jamaica-jlp",
          "Sympathy after Hurricane Beryl",
          "Beijing, July 5th--The International Department of the CPC Central Committee has sent a message "
          "of sympathy to the Jamaica Labour Party after Hurricane Beryl caused deaths and damage across "
          "Jamaica.",
          "2024-07-05", url(EN, "2024-07-05", 55),
          msg("Jamaica", "2024-07-05", {JLP}, B)),
    Probe("occ-hurricane-grenada-ndc-stated",
          "Message to Grenada's National Democratic Congress",
          "Beijing, July 4th--On July 3, the International Department of the CPC Central Committee sent a "
          "message to the National Democratic Congress (NDC) of Grenada, expressing sympathy over the "
          "destruction that Hurricane Beryl brought to Carriacou and Petite Martinique.",
          "2024-07-04", url(EN, "2024-07-04", 56),
          msg("Grenada", "2024-07-03", {NDC_GD}, B)),
    Probe("occ-election-trinidad-unc",
          "Congratulations to the United National Congress",
          "Beijing, May 1st--The International Department of the CPC Central Committee today congratulated "
          "the United National Congress of Trinidad and Tobago on its victory in the general election.",
          "2025-05-01", url(EN, "2025-05-01", 57),
          msg("Trinidad and Tobago", "2025-05-01", {UNC}, B)),
    Probe("occ-election-suriname-ndp",
          "Message to the National Democratic Party of Suriname",
          "Beijing, May 30th--In a message on May 29, the International Department of the CPC Central "
          "Committee congratulated the National Democratic Party (NDP) of Suriname on winning the most "
          "seats in the parliamentary elections.",
          "2025-05-30", url(EN, "2025-05-30", 58),
          msg("Suriname", "2025-05-29", {NDP_SR}, B)),
    Probe("occ-election-guyana-ppp",
          "Congratulations to the People's Progressive Party/Civic",
          "Beijing, September 8th--The CPC Central Committee sent a message of congratulations today to "
          "the People's Progressive Party/Civic (PPP/C) of Guyana on its victory in the general and "
          "regional elections.",
          "2025-09-08", url(EN, "2025-09-08", 59),
          msg("Guyana", "2025-09-08", {PPP}, BL)),
    Probe("occ-election-colombia-pacto-stated",
          "Message to the Historic Pact for Colombia",
          "Beijing, June 22nd--On June 21, the International Department of the CPC Central Committee sent "
          "a message to the Historic Pact for Colombia, congratulating it on the victory of Gustavo Petro "
          "and Francia Márquez in the presidential runoff.",
          "2022-06-22", url(EN, "2022-06-22", 60),
          msg("Colombia", "2022-06-21", {PACTO}, BL)),
    Probe("occ-congress-psuv-cpc-message",
          "Message to the Congress of the PSUV",
          "Beijing, April 21st--The CPC Central Committee sent a message today to the Fifth Congress of the "
          "United Socialist Party of Venezuela, wishing the Congress full success.",
          "2022-04-21", url(EN, "2022-04-21", 61),
          msg("Venezuela", "2022-04-21", {PSUV}, BL)),
    Probe("occ-new-leader-morena-alcalde",
          "Congratulations to the New President of MORENA",
          "Beijing, October 2nd--The International Department of the CPC Central Committee sent a message "
          "today to Luisa María Alcalde, congratulating her on her election as national president of the "
          "National Regeneration Movement (MORENA) of Mexico.",
          "2024-10-02", url(EN, "2024-10-02", 62),
          msg("Mexico", "2024-10-02", {MORENA}, BL)),
    Probe("occ-anniversary-pt-brazil",
          "Greetings on the 45th Anniversary of the Workers' Party",
          "Beijing, February 10th--The CPC Central Committee today sent a message of congratulations to the "
          "Workers' Party (PT) of Brazil on the 45th anniversary of its founding.",
          "2025-02-10", url(EN, "2025-02-10", 63),
          msg("Brazil", "2025-02-10", {PT}, BL)),
    Probe("occ-cpc-congress-peru-libre-signature",
          "Free Peru Congratulates the CPC",
          "Dear comrades,\nPerú Libre salutes the 20th National Congress of the Communist Party of China, "
          "which confirms the socialist road chosen by the Chinese people.\nWith revolutionary greetings,\n"
          "Vladimir Cerrón\nSecretary General\nFree Peru Party (Perú Libre)\nLima, October 17, 2022",
          "2022-10-21", url(EN, "2022-10-21", 64),
          msg("Peru", "2022-10-17", {PERU_LIBRE}, BL)),
    Probe("occ-covid-donation-thanks-fsln",
          "FSLN Thanks the CPC for Medical Supplies",
          "Beijing, June 16th--The Sandinista National Liberation Front sent a letter of thanks today to "
          "the International Department of the CPC Central Committee for the protective equipment donated "
          "to Nicaragua to fight COVID-19.",
          "2020-06-16", url(EN, "2020-06-16", 65),
          msg("Nicaragua", "2020-06-16", {FSLN}, BL)),
    Probe("occ-hurricane-ian-cuba",
          "Xi Jinping Sends Message of Sympathy to Cuba",
          "Beijing, September 30th--Xi Jinping today sent a message of sympathy to Miguel Díaz-Canel, who "
          "heads the Communist Party of Cuba and the Cuban state, over the heavy losses caused by "
          "Hurricane Ian in western Cuba.",
          "2022-09-30", url(EN, "2022-09-30", 66),
          msg("Cuba", "2022-09-30", {PCC}, BL)),
    Probe("occ-cpc-congress-panama-prd",
          "Panama's Democratic Revolutionary Party Greets the CPC Congress",
          "Beijing, October 19th--The Democratic Revolutionary Party (PRD) of Panama sent a message to the "
          "CPC Central Committee today, congratulating it on the opening of its 20th National Congress.",
          "2022-10-19", url(EN, "2022-10-19", 67),
          msg("Panama", "2022-10-19", {PRD_PA}, B)),
    Probe("occ-reelection-dominican-prm",
          "CPC Congratulates the Modern Revolutionary Party",
          "Beijing, May 22nd--The International Department of the CPC Central Committee sent a message "
          "today to the Modern Revolutionary Party (PRM) of the Dominican Republic, congratulating it on "
          "the re-election of Luis Abinader as President.",
          "2024-05-22", url(EN, "2024-05-22", 68),
          msg("Dominican Republic", "2024-05-22", {PRM}, B)),
    Probe("occ-runoff-uruguay-fa",
          "Message to the Broad Front of Uruguay",
          "Beijing, November 26th--The CPC Central Committee sent a message today to the Broad Front of "
          "Uruguay, congratulating it on the victory of Yamandú Orsi in the presidential runoff.",
          "2024-11-26", url(EN, "2024-11-26", 69),
          msg("Uruguay", "2024-11-26", {FA}, BL)),
    Probe("occ-anniversary-cpc-pca-letter",
          "Letter from the Communist Party of Argentina",
          "Beijing, July 3rd--Víctor Kot, General Secretary of the Communist Party of Argentina, has written "
          "to the CPC Central Committee to congratulate it on its 100th anniversary.",
          "2021-07-03", url(EN, "2021-07-03", 70),
          msg("Argentina", "2021-07-03", {PCA}, BL)),
    Probe("occ-election-chile-social-convergence",
          "CPC Congratulates Chile's Social Convergence",
          "Beijing, December 22nd--The International Department of the CPC Central Committee sent a "
          "message on Monday to Social Convergence of Chile, congratulating it on the victory of Gabriel "
          "Boric in the presidential election.",
          "2021-12-22", url(EN, "2021-12-22", 71),
          msg("Chile", "2021-12-20", {CS}, BL)),
    Probe("occ-cpc-congress-barbados-blp-signature",
          "Message from the Barbados Labour Party",
          "Dear General Secretary,\nOn behalf of the Barbados Labour Party, I congratulate you on your "
          "re-election and the Communist Party of China on the close of its 20th National Congress.\n"
          "Yours sincerely,\nMia Amor Mottley\nPolitical Leader\nBarbados Labour Party\nBridgetown, "
          "October 25, 2022",
          "2022-10-31", url(EN, "2022-10-31", 72),
          msg("Barbados", "2022-10-25", {BLP}, B)),
    Probe("occ-plenary-pj-argentina",
          "Argentine Justicialists Hail the Third Plenary Session",
          "Beijing, July 24th--The Justicialist Party of Argentina sent a message to the CPC Central "
          "Committee on July 22, praising the decisions of the Third Plenary Session of the 20th Central "
          "Committee on further deepening reform.",
          "2024-07-24", url(EN, "2024-07-24", 73),
          msg("Argentina", "2024-07-22", {PJ}, B),
          doubtful={"mechanism": "Peronism's family is argued (see the Gansu probe)"}),
    Probe("occ-earthquake-sichuan-pcch-old",
          "Chilean Communists Express Sympathy",
          "Beijing, August 10th--The Communist Party of Chile sent a message of sympathy today to the CPC "
          "Central Committee over the earthquake in Jiuzhaigou, Sichuan Province.",
          "2017-08-10", url(EN_OLD, "2017-08-10", 74),
          msg("Chile", "2017-08-10", {PCCH}, BL)),

    # ---- G. copies on agency, newspaper and embassy sites -------------------------------------------
    Probe("copy-xinhua-dateline-xi-condolence-pcc",
          "Xi sends condolences to Cuban leader over hotel blast",
          " date 2022-05-07\nHome | China | World\nBEIJING, May 7 (Xinhua) -- Chinese President Xi Jinping "
          "on Saturday sent a message of condolence to Miguel Díaz-Canel, who leads the Communist Party of "
          "Cuba and is Cuba's President, over the deadly explosion at a hotel in Havana.\nXi said the "
          "Chinese people stand with the Cuban people at this difficult moment.\nEditor: Zhang Wei",
          "2022-05-07", url(XINHUA, "2022-05-07", 75),
          msg("Cuba", "2022-05-07", {PCC}, BL)),
    Probe("copy-chinadaily-passive-fsln",
          "Nicaraguan party sends congratulations",
          " date 2022-10-23\nBy Liu Xin | chinadaily.com.cn | Updated: 2022-10-23 18:40\nCongratulations "
          "from Nicaragua's ruling Sandinista National Liberation Front were received by the CPC Central "
          "Committee on Sunday after Xi Jinping was re-elected general secretary.\nThe FSLN said the "
          "result shows the trust of the Chinese people.",
          "2022-10-23", url(CHINADAILY, "2022-10-23", 76),
          msg("Nicaragua", "2022-10-23", {FSLN}, BL)),
    Probe("copy-cgtn-quote-first-pcdob",
          "Brazilian communists: China's path offers hope",
          " date 2021-07-01\nWorld\n\"China's path offers hope to every developing nation,\" the Communist "
          "Party of Brazil said in a letter to the Communist Party of China on Thursday, the day the CPC "
          "marked its 100th anniversary.",
          "2021-07-01", url(CGTN, "2021-07-01", 77),
          msg("Brazil", "2021-07-01", {PCDOB}, BL)),
    Probe("copy-people-late-sender-mas",
          "Greetings arrive from Bolivia",
          " date 2024-10-01\n(People's Daily Online) 16:22, October 01, 2024\nAs China celebrated the 75th "
          "anniversary of the People's Republic, many friends abroad sent good wishes. From La Paz came a "
          "message of the Movement for Socialism (MAS-IPSP) of Bolivia, which described China as a reliable "
          "friend of the peoples of the South.",
          "2024-10-01", url(PEOPLE, "2024-10-01", 78),
          msg("Bolivia", None, {MAS}, BL),
          doubtful={"event_date": "no dateline and no day in the body: the codebook gives null, but a "
                                  "coder may read the byline's day as the dateline"}),
    Probe("copy-embassy-cuba-cpc-message-read",
          "Ambassador conveys CPC message on the anniversary of the Cuban Revolution",
          " date 2024-01-02\nEmbassy of the People's Republic of China in the Republic of Cuba\nHavana, "
          "January 1--The message sent by the CPC Central Committee to the Central Committee of the "
          "Communist Party of Cuba on the 65th anniversary of the triumph of the Revolution was published "
          "today in the Cuban press. The message hailed the achievements of the Cuban people.",
          "2024-01-02", url(EMBASSY, "2024-01-02", 79, host="cu"),
          msg("Cuba", "2024-01-01", {PCC}, BL),
          doubtful={"event_date": "the day the message appeared in print, not the day it was sent; the "
                                  "dateline rule gives it"}),
    Probe("copy-xinhua-reply-thanks-psuv",
          "Venezuela's ruling party thanks CPC",
          " date 2020-04-09\nBEIJING, April 9 (Xinhua) -- The United Socialist Party of Venezuela has "
          "thanked the Communist Party of China for its support in the fight against COVID-19, in a "
          "letter received on Wednesday.\nThe party said that the medical supplies from China had reached "
          "Caracas at a critical moment.",
          "2020-04-09", url(XINHUA, "2020-04-09", 80),
          msg("Venezuela", "2020-04-08", {PSUV}, BL)),
    Probe("copy-chinadaily-headline-occasion-ecuador",
          "Messages mark 75th anniversary of New China",
          " date 2024-10-02\nBy Cao Desheng | China Daily | Updated: 2024-10-02 07:12\nBEIJING, October 1 "
          "-- Messages celebrating the 75th anniversary of the founding of the People's Republic of China "
          "have been sent by political parties around the world.\nAmong them, Ecuador's Citizen Revolution "
          "Movement said that China has shown the world a new model of modernization.",
          "2024-10-02", url(CHINADAILY, "2024-10-02", 81),
          msg("Ecuador", "2024-10-01", {RC}, BL)),
    Probe("copy-embassy-mexico-morena-letter",
          "MORENA sends letter to the CPC",
          " date 2023-07-01\nEmbassy of the People's Republic of China in the United Mexican States\n"
          "Mexico City, June 30--The National Regeneration Movement (MORENA) sent a letter to the "
          "Communist Party of China today on the 102nd anniversary of its founding, the Embassy said.",
          "2023-07-01", url(EMBASSY, "2023-07-01", 82, host="mx"),
          msg("Mexico", "2023-06-30", {MORENA}, BL)),
    Probe("copy-cgtn-exchange-pcc-both-ways",
          "CPC, Communist Party of Cuba exchange New Year greetings",
          " date 2024-01-03\nChina\nBEIJING, January 3 (CGTN) -- The Communist Party of China and the "
          "Communist Party of Cuba exchanged New Year greetings on Tuesday, vowing to deepen their "
          "friendship in 2024.",
          "2024-01-03", url(CGTN, "2024-01-03", 83),
          msg("Cuba", "2024-01-02", {PCC}, BL)),
    Probe("copy-people-signature-psch",
          "Letter from the Socialist Party of Chile",
          " date 2022-10-27\n(People's Daily Online) 09:15, October 27, 2022\nThe following letter was sent "
          "to the CPC Central Committee:\nDear Comrade Xi Jinping,\nThe Socialist Party of Chile "
          "congratulates you on your new term at the head of the Communist Party of China.\nFraternally,\n"
          "Paulina Vodanovic\nPresident\nSocialist Party of Chile\nSantiago, October 24, 2022",
          "2022-10-27", url(PEOPLE, "2022-10-27", 84),
          msg("Chile", "2022-10-24", {PSCH}, BL)),
    Probe("copy-xinhua-feature-weekday-fmln",
          "Salvadoran left party hails CPC congress",
          " date 2022-10-22\nSAN SALVADOR, Oct. 21 (Xinhua) -- The Farabundo Martí National Liberation "
          "Front (FMLN) on Thursday sent a message to the Communist Party of China, congratulating it on "
          "its 20th National Congress and wishing it success.",
          "2022-10-22", url(XINHUA, "2022-10-22", 85),
          msg("El Salvador", "2022-10-20", {FMLN}, BL)),

    # ---- H. further shapes: appositions, lists, inverted order, subordinate clauses -----------------
    Probe("inverted-from-the-pcc-came-message",
          "Message from Havana",
          "Beijing, October 1st--From the Communist Party of Cuba came a warm message to the CPC Central "
          "Committee on China's National Day, recalling the solidarity between the two socialist "
          "countries.",
          "2023-10-01", url(EN, "2023-10-01", 86),
          msg("Cuba", "2023-10-01", {PCC}, BL)),
    Probe("subordinate-clause-in-which-pt",
          "Message to the Workers' Party",
          "Beijing, November 1st--The CPC Central Committee sent a message to the Workers' Party of Brazil, "
          "in which it congratulated the party on the election of Luiz Inácio Lula da Silva as President "
          "of Brazil on October 30.",
          "2022-11-01", url(EN, "2022-11-01", 87),
          msg("Brazil", "2022-11-01", {PT}, BL)),
    Probe("sent-word-of-congratulations-pcv",
          "Venezuelan Communists Greet the CPC",
          "Beijing, July 1st--The Communist Party of Venezuela sent word of its congratulations to the "
          "Communist Party of China today on the 98th anniversary of its founding.",
          "2019-07-01", url(EN_OLD, "2019-07-01", 88),
          msg("Venezuela", "2019-07-01", {"Communist Party of Venezuela"}, BL)),
    Probe("message-bearing-signatures-ps-uruguay",
          "Uruguayan Socialists Write to the CPC",
          "Beijing, October 26th--A message bearing the signature of Gonzalo Civila, Secretary General of "
          "the Socialist Party of Uruguay, reached the International Department today, congratulating the "
          "CPC on its 20th National Congress.",
          "2022-10-26", url(EN, "2022-10-26", 89),
          msg("Uruguay", "2022-10-26", {"Socialist Party of Uruguay"}, BL)),
    Probe("gerund-lead-mas-condoles",
          "Condolences from Bolivia",
          "Beijing, November 30th--Expressing deep sorrow over the death of Comrade Jiang Zemin, the "
          "Movement for Socialism (MAS-IPSP) of Bolivia sent a message of condolence today to the CPC "
          "Central Committee.",
          "2022-11-30", url(EN, "2022-11-30", 90),
          msg("Bolivia", "2022-11-30", {MAS}, BL)),
    Probe("office-only-cpc-side-jamaica-pnp",
          "Message to the People's National Party of Jamaica",
          "Beijing, March 3rd--The head of the CPC's International Department wrote today to Mark Golding, "
          "president of the People's National Party (PNP) of Jamaica, thanking him for his party's support "
          "for the one-China principle.",
          "2023-03-03", url(EN, "2023-03-03", 91),
          msg("Jamaica", "2023-03-03", {"People's National Party"}, BL)),
    Probe("message-on-behalf-of-pcc-by-official",
          "Cuban Party Official Writes to the IDCPC",
          "Beijing, May 12th--On behalf of the Communist Party of Cuba, Emilio Lozada García, who heads "
          "its Department of International Relations, wrote to the International Department today to "
          "thank it for the solar panels donated to Cuban communities.",
          "2023-05-12", url(EN, "2023-05-12", 92),
          msg("Cuba", "2023-05-12", {PCC}, BL)),
    Probe("question-reply-shape-fsln-anniversary",
          "What Nicaragua's Sandinistas Wrote to the CPC",
          "Beijing, June 30th--What do Nicaragua's Sandinistas think of the CPC at 100? In a message to the "
          "CPC Central Committee today, the Sandinista National Liberation Front called the Party's "
          "century \"an epic of the peoples\".",
          "2021-06-30", url(EN, "2021-06-30", 93),
          msg("Nicaragua", "2021-06-30", {FSLN}, BL)),
    Probe("message-and-donation-pcch-covid-received-yesterday",
          "Solidarity from Chile",
          "Beijing, February 11th--Along with a donation of masks, a message of solidarity from the "
          "Communist Party of Chile reached the International Department yesterday.",
          "2020-02-11", url(EN_OLD, "2020-02-11", 94),
          msg("Chile", "2020-02-10", {PCCH}, BL)),
    Probe("cpc-to-party-leader-with-party-in-apposition-later",
          "Message to Evo Morales",
          "Beijing, December 18th--The CPC Central Committee sent a message today to Evo Morales, "
          "congratulating him on his re-election as head of the Movement for Socialism of Bolivia.",
          "2021-12-18", url(EN, "2021-12-18", 95),
          msg("Bolivia", "2021-12-18", {MAS}, BL)),
    Probe("telegram-word-cable-pcdob",
          "A Cable from Brazil's Communists",
          "Beijing, October 2nd--The Communist Party of Brazil cabled the CPC Central Committee today with "
          "greetings on China's National Day.",
          "2019-10-02", url(EN_OLD, "2019-10-02", 96),
          msg("Brazil", "2019-10-02", {PCDOB}, BL)),
    Probe("wrote-to-congratulate-ps-chile-election",
          "Message to the Socialist Party of Chile",
          "Beijing, November 23rd--Liu Jianchao, who heads the CPC's International Department, wrote to "
          "Paulina Vodanovic today to congratulate the Socialist Party of Chile on its results in the "
          "parliamentary elections.",
          "2025-11-23", url(EN, "2025-11-23", 97),
          msg("Chile", "2025-11-23", {PSCH}, BL)),
    Probe("letter-from-youth-wing-pcc-ujc",
          "Letter from the Young Communist League of Cuba",
          "Beijing, May 4th--The Young Communist League of Cuba wrote to the Communist Youth League of "
          "China and to the International Department of the CPC Central Committee today, greeting Chinese "
          "youth on the anniversary of the May Fourth Movement.",
          "2022-05-04", url(EN, "2022-05-04", 98),
          msg("Cuba", "2022-05-04", set(), {"bilateral"}),
          doubtful={"mechanism": "the UJC is the PCC's youth wing: a coder may add leftist and name the "
                                 "PCC as its party",
                    "parties": "the youth wing's party (PCC) may be named as the party of the contact"}),
    Probe("letter-in-full-cpc-to-pt-mexico-sign-date",
          "Message of the International Department to the Labor Party of Mexico",
          "Dear Comrade Alberto Anaya,\nOn the 35th anniversary of the founding of the Labor Party, we send "
          "our warm congratulations to you and, through you, to all its members. We are glad to see the "
          "good relations between our two parties keep growing.\nInternational Department, Central "
          "Committee of the Communist Party of China\nBeijing, December 8, 2025",
          "2025-12-10", url(EN, "2025-12-10", 99),
          msg("Mexico", "2025-12-08", {PT_MX}, BL)),
    Probe("thanks-via-embassy-handed-letter-grenada-weekday",
          "Grenada's NDC Thanks the CPC",
          "Beijing, July 12th--The National Democratic Congress of Grenada has thanked the CPC Central "
          "Committee for its sympathy after Hurricane Beryl, in a letter delivered on Wednesday.",
          "2024-07-12", url(EN, "2024-07-12", 100),
          msg("Grenada", "2024-07-10", {NDC_GD}, B)),

    # ---- N. negatives: no exchange between the CPC and a LAC actor ----------------------------------
    Probe("neg-cpc-to-cpv-mentions-havana",
          "CPC Congratulates the Communist Party of Vietnam",
          "Beijing, February 3rd--The CPC Central Committee sent a message to the Communist Party of "
          "Vietnam today on its 94th anniversary, recalling that both parties took part in the meeting of "
          "communist and workers' parties held in Havana last autumn.",
          "2024-02-03", url(EN, "2024-02-03", 101),
          NO),
    Probe("neg-cpc-to-psoe-mentions-latin-america",
          "Condolences to the Spanish Socialist Workers' Party",
          "Beijing, November 1st--The International Department of the CPC Central Committee sent a message "
          "of sympathy to the Spanish Socialist Workers' Party over the floods in Valencia. Messages of "
          "solidarity with Spain have also come from Latin America, the message noted.",
          "2024-11-01", url(EN, "2024-11-01", 102),
          NO),
    Probe("neg-pcc-to-psuv-on-idcpc-page",
          "Cuban Communists Congratulate Venezuelan Socialists",
          "Beijing, July 30th--The Communist Party of Cuba sent a message to the United Socialist Party of "
          "Venezuela today, congratulating it on the result of the presidential election.",
          "2024-07-30", url(EN, "2024-07-30", 103),
          NO),
    Probe("neg-pcc-to-cpv-message",
          "Message from the Communist Party of Cuba to the Communist Party of Vietnam",
          "Hanoi, September 2nd--The Communist Party of Cuba sent greetings today to the Communist Party of "
          "Vietnam on Vietnam's National Day, hailing the friendship between the two socialist countries.",
          "2023-09-02", url(EN, "2023-09-02", 104),
          NO),
    Probe("neg-cpc-to-portuguese-pcp-cuba-solidarity",
          "CPC Greets the Portuguese Communist Party Congress",
          "Beijing, December 13th--The CPC Central Committee sent a message today to the 22nd Congress of "
          "the Portuguese Communist Party, which has long campaigned in solidarity with Cuba.",
          "2024-12-13", url(EN, "2024-12-13", 105),
          NO),
    Probe("neg-wpk-to-cpc-list-of-socialist-countries",
          "Workers' Party of Korea Congratulates the CPC",
          "Beijing, October 24th--The Central Committee of the Workers' Party of Korea sent a message to "
          "the CPC Central Committee today, saying that the socialist countries, from Cuba to Laos, draw "
          "strength from China's success.",
          "2022-10-24", url(EN, "2022-10-24", 106),
          NO),
    Probe("neg-pt-brazil-to-pj-argentina",
          "Brazil's Workers' Party Congratulates Argentine Justicialists",
          "Brasília, October 28th--The Workers' Party of Brazil sent a message today to the Justicialist "
          "Party of Argentina on its candidate's showing in the election.",
          "2019-10-28", url(EN, "2019-10-28", 107),
          NO),
    Probe("neg-morena-to-psoe",
          "MORENA Greets the Spanish Socialists",
          "Mexico City, July 24th--The National Regeneration Movement (MORENA) sent a message to the Spanish "
          "Socialist Workers' Party today on its result in the general election.",
          "2023-07-24", url(EN, "2023-07-24", 108),
          NO),
    Probe("neg-cpc-to-kke-havana-meeting",
          "Message to the Communist Party of Greece",
          "Beijing, November 15th--The CPC Central Committee sent a message to the Communist Party of Greece "
          "today on the occasion of its congress. Both parties attended the international meeting of "
          "communist and workers' parties in Havana in October.",
          "2023-11-15", url(EN, "2023-11-15", 109),
          NO),
    Probe("neg-cpc-to-lprp-cuba-vietnam-laos",
          "Message to the Lao People's Revolutionary Party",
          "Beijing, December 2nd--The CPC Central Committee sent a message to the Lao People's Revolutionary "
          "Party today on Laos's National Day, describing China, Vietnam, Laos and Cuba as a family of "
          "socialist countries.",
          "2023-12-02", url(EN, "2023-12-02", 110),
          NO),
    Probe("neg-xinhua-cpv-to-pcc-copy",
          "Vietnamese party sends greetings to Cuba",
          " date 2024-01-01\nHANOI, Jan. 1 (Xinhua) -- The Communist Party of Vietnam sent a message to "
          "the Communist Party of Cuba on Monday on the 65th anniversary of the Cuban Revolution.",
          "2024-01-01", url(XINHUA, "2024-01-01", 111),
          NO),
    Probe("neg-cpc-to-anc-brazil-brics-mention",
          "CPC Congratulates the African National Congress",
          "Beijing, June 2nd--The CPC Central Committee sent a message to the African National Congress "
          "today on the elections in South Africa, noting the cooperation of China, Brazil, India, Russia "
          "and South Africa in BRICS.",
          "2024-06-02", url(EN, "2024-06-02", 112),
          NO),
    Probe("neg-fsln-to-fmln-on-idcpc-copy",
          "Sandinistas Greet the FMLN",
          " date 2020-10-11\nMANAGUA, Oct. 10 (Xinhua) -- The Sandinista National Liberation Front sent "
          "greetings today to the Farabundo Martí National Liberation Front on the 40th anniversary of its "
          "founding.",
          "2020-10-11", url(XINHUA, "2020-10-11", 113),
          NO),
    Probe("neg-cpc-to-spain-pce-with-mexico-guests",
          "CPC Congratulates the Communist Party of Spain",
          "Beijing, May 25th--The CPC Central Committee sent a message to the Communist Party of Spain "
          "today on its congress, which guests from Mexico and Argentina also attended.",
          "2022-05-25", url(EN, "2022-05-25", 114),
          NO),
    Probe("neg-cpc-to-philippines-mentions-caribbean-storm",
          "Sympathy to the Philippines",
          "Beijing, November 12th--The International Department of the CPC Central Committee sent a "
          "message of sympathy to the Lakas-CMD party over the typhoon that struck the Philippines, as "
          "strong as the hurricanes that batter the Caribbean.",
          "2025-11-12", url(EN, "2025-11-12", 115),
          NO),
    Probe("neg-psuv-to-pcc-thanks-on-idcpc-page",
          "PSUV Thanks Cuban Communists",
          "Beijing, August 5th--The United Socialist Party of Venezuela sent a message of thanks today to "
          "the Communist Party of Cuba for its solidarity.",
          "2024-08-05", url(EN, "2024-08-05", 116),
          NO),
]

# Second batch, written after the first fixes and run once blind before any further change: the
# same campaign's shapes in new combinations (appositive and relative dating of the message, day-month
# order, replies, messages read at worldwide platforms, Caribbean and Central American parties).
PROBES_B: list[Probe] = [
    Probe("b2-passive-by-agent-psuv-friday",
          "Message from the United Socialist Party of Venezuela",
          "Beijing, June 17th--A message of greetings was sent on Friday by the United Socialist Party of "
          "Venezuela to the CPC Central Committee, expressing support for the Global Civilization "
          "Initiative.",
          "2023-06-17", url(EN, "2023-06-17", 201),
          msg("Venezuela", "2023-06-16", {PSUV}, BL)),
    Probe("b2-appositive-dated-comma-pcc",
          "Cuban Communists Write to the CPC",
          "Beijing, June 17th--The letter of the Communist Party of Cuba, dated June 12, thanked the CPC "
          "Central Committee for the rice donated to Cuban families.",
          "2023-06-17", url(EN, "2023-06-17", 202),
          msg("Cuba", "2023-06-12", {PCC}, BL)),
    Probe("b2-relative-which-was-dated-fsln",
          "The FSLN Hails China's Mediation",
          "Beijing, June 17th--The message of the Sandinista National Liberation Front, which was dated June "
          "14, welcomed China's role in peace efforts and was addressed to the International Department of "
          "the CPC Central Committee.",
          "2023-06-17", url(EN, "2023-06-17", 203),
          msg("Nicaragua", "2023-06-14", {FSLN}, BL)),
    Probe("b2-day-month-order-dated-fa",
          "Broad Front Sends Greetings",
          "Beijing, June 17th--In a message dated 15 June, the Broad Front of Uruguay greeted the CPC "
          "Central Committee and wished the Chinese people well for the Dragon Boat Festival.",
          "2023-06-17", url(EN, "2023-06-17", 204),
          msg("Uruguay", "2023-06-15", {FA}, BL)),
    Probe("b2-letter-of-date-fa-thanks",
          "Broad Front Thanks the CPC",
          "Beijing, June 17th--In its letter of June 10, the Broad Front of Uruguay thanked the "
          "International Department of the CPC Central Committee for receiving its delegation in May.",
          "2023-06-17", url(EN, "2023-06-17", 205),
          msg("Uruguay", "2023-06-10", {FA}, BL)),
    Probe("b2-quote-paragraphs-then-sender-mas",
          "Letter from the Movement for Socialism",
          "\"Our peoples are building a world without hegemony.\"\n\"The friendship between Bolivia and "
          "China is a bridge across the Pacific.\"\nThese lines come from the letter that the Movement for "
          "Socialism (MAS-IPSP) of Bolivia addressed to Xi Jinping, General Secretary of the CPC Central "
          "Committee, on February 3.",
          "2021-02-06", url(EN, "2021-02-06", 206),
          msg("Bolivia", "2021-02-03", {MAS}, BL)),
    Probe("b2-in-reply-fsln-cpc-friday",
          "CPC Replies to the Sandinista Front",
          "Beijing, February 6th--In reply to a message from the Sandinista National Liberation Front, the "
          "CPC Central Committee on Friday thanked the Front for its good wishes for the Year of the Ox.",
          "2021-02-06", url(EN, "2021-02-06", 207),
          msg("Nicaragua", "2021-02-05", {FSLN}, BL)),
    Probe("b2-read-out-at-worldwide-dialogue-psuv",
          "CPC in Dialogue with World Political Parties Held in Beijing",
          "Beijing, September 14th--The CPC in Dialogue with World Political Parties opened in Beijing on "
          "September 12. A message from the United Socialist Party of Venezuela was read out at the opening, "
          "and leaders of parties from over 60 countries discussed modernization.",
          "2024-09-14", url(EN, "2024-09-14", 208),
          msg("multilateral", "2024-09-12", {PSUV}, {"global", "leftist"}, event_type="dialogue",
              content=KE)),
    Probe("b2-video-message-summit-fsln",
          "Daniel Ortega Addresses the CPC and World Political Parties Summit",
          "Managua, July 7th--Daniel Ortega, who leads the Sandinista National Liberation Front, sent a "
          "video message to the CPC and World Political Parties Summit, held online on July 6, "
          "praising the CPC's century of struggle.",
          "2021-07-07", url(EN, "2021-07-07", 209),
          msg("multilateral", "2021-07-06", {FSLN}, {"global", "leftist"}, event_type="forum",
              content=KE)),
    Probe("b2-envoy-delivers-letter-meeting-psuv",
          "Liu Jianchao Meets Venezuelan Ambassador and Receives a Letter from the PSUV",
          "Beijing, March 12th--Liu Jianchao, who heads the CPC's International Department, met here today "
          "with Venezuelan Ambassador Tatiana Pugh, who handed him a letter from the United Socialist Party "
          "of Venezuela.",
          "2022-03-12", url(EN, "2022-03-12", 210),
          msg("Venezuela", "2022-03-12", {PSUV}, BL, event_type="meeting")),
    Probe("b2-roundup-mourn-one-lac-third-paragraph",
          "Foreign Parties Mourn Comrade Li Keqiang",
          "Beijing, October 30th--Political parties abroad continue to send condolences on the death of "
          "Comrade Li Keqiang.\nThe Communist Party of Vietnam praised his contribution to the friendship "
          "between the two countries.\nThe Communist Party of Brazil also sent a message of condolence to "
          "the CPC Central Committee.",
          "2023-10-30", url(EN, "2023-10-30", 211),
          msg("Brazil", "2023-10-30", {PCDOB}, BL)),
    Probe("b2-cpc-letter-full-day-month-signature-psuv",
          "Letter of the International Department to the PSUV",
          "Dear comrades of the United Socialist Party of Venezuela,\nOn the anniversary of the founding of "
          "your Party, we wish you new successes in defending the sovereignty of your homeland.\n"
          "International Department, Central Committee of the Communist Party of China\nBeijing, 10 March "
          "2022",
          "2022-03-12", url(EN, "2022-03-12", 212),
          msg("Venezuela", "2022-03-10", {PSUV}, BL)),
    Probe("b2-spanish-salutation-signature-pcch",
          "Letter from the Communist Party of Chile",
          "Estimados camaradas,\nThe Communist Party of Chile sends its greetings on International Women's "
          "Day to the women of the Communist Party of China.\nFraternalmente,\nComisión de Relaciones "
          "Internacionales\nPartido Comunista de Chile\nSantiago, March 8, 2022",
          "2022-03-12", url(EN, "2022-03-12", 213),
          msg("Chile", "2022-03-08", {PCCH}, BL)),
    Probe("b2-nominal-thanks-reached-thursday-pt-mx",
          "Thanks from the Labor Party of Mexico",
          "Beijing, January 11th--Thanks from the Labor Party (PT) of Mexico for the CPC's New Year card "
          "reached the International Department on Thursday.",
          "2025-01-11", url(EN, "2025-01-11", 214),
          msg("Mexico", "2025-01-09", {PT_MX}, BL)),
    Probe("b2-new-years-day-exchange-pcc",
          "CPC and Cuban Party Exchange New Year Greetings",
          "Beijing, January 2nd--The CPC Central Committee and the Communist Party of Cuba exchanged "
          "greetings on New Year's Day, which is also the anniversary of the Cuban Revolution.",
          "2025-01-02", url(EN, "2025-01-02", 215),
          msg("Cuba", "2025-01-01", {PCC}, BL),
          doubtful={"event_date": "New Year's Day is a day in words, not in figures; rule 1 reads "
                                  "stated days, and the occasion's day is also the message's here"}),
    Probe("b2-to-mark-inauguration-morena-wednesday",
          "Message to MORENA on the Inauguration",
          "Beijing, October 3rd--To mark the inauguration of Claudia Sheinbaum as President of Mexico on "
          "October 1, the International Department of the CPC Central Committee sent a message to the "
          "National Regeneration Movement (MORENA) on Wednesday.",
          "2024-10-03", url(EN, "2024-10-03", 216),
          msg("Mexico", "2024-10-02", {MORENA}, BL)),
    Probe("b2-after-hurricane-fronted-jlp",
          "Sympathy to the Jamaica Labour Party",
          "Beijing, October 30th--After Hurricane Melissa struck Jamaica on October 28, the International "
          "Department of the CPC Central Committee sent a message of sympathy to the Jamaica Labour Party.",
          "2025-10-30", url(EN, "2025-10-30", 217),
          msg("Jamaica", "2025-10-30", {JLP}, B)),
    Probe("b2-runoff-day-in-parentheses-fa",
          "CPC Congratulates the Broad Front",
          "Beijing, November 27th--The CPC Central Committee congratulated the Broad Front of Uruguay today "
          "on its candidate's victory in the presidential runoff (November 24).",
          "2024-11-27", url(EN, "2024-11-27", 218),
          msg("Uruguay", "2024-11-27", {FA}, BL)),
    Probe("b2-xinhua-following-is-message-pcv",
          "Message of the Communist Party of Venezuela to the CPC",
          " date 2021-07-01\nCARACAS, June 30 (Xinhua) -- The following is the message the Communist Party "
          "of Venezuela sent to the Communist Party of China on its centenary:\nDear comrades, the "
          "Venezuelan communists salute your hundred years of struggle.\nPolitical Bureau, "
          "Communist Party of Venezuela",
          "2021-07-01", url(XINHUA, "2021-07-01", 219),
          msg("Venezuela", "2021-06-30", {"Communist Party of Venezuela"}, BL)),
    Probe("b2-has-been-received-no-dateline-fmln",
          "Support from the FMLN",
          "A letter of support has been received from the Farabundo Martí National Liberation Front of El "
          "Salvador, which backs China's position on Taiwan.",
          "2022-08-06", url(EN, "2022-08-06", 220),
          msg("El Salvador", None, {FMLN}, BL)),
    Probe("b2-honduras-libre",
          "Message from Liberty and Refoundation",
          "Beijing, June 17th--The Liberty and Refoundation party (LIBRE) of Honduras sent a message to the "
          "CPC Central Committee today, welcoming the establishment of diplomatic relations between the two "
          "countries.",
          "2023-06-17", url(EN, "2023-06-17", 221),
          msg("Honduras", "2023-06-17", {"Liberty and Refoundation"}, BL)),
    Probe("b2-costa-rica-broad-front",
          "Greetings from Costa Rica",
          "Beijing, October 1st--The Broad Front of Costa Rica sent greetings today to the CPC Central "
          "Committee on the National Day of the People's Republic of China.",
          "2023-10-01", url(EN, "2023-10-01", 222),
          msg("Costa Rica", "2023-10-01", {"Broad Front (Costa Rica)"}, BL)),
    Probe("b2-paraguay-guasu-centenary",
          "Paraguay's Guasu Front Congratulates the CPC",
          "Beijing, July 2nd--The Guasu Front of Paraguay has written to the CPC Central Committee to "
          "congratulate it on its 100th anniversary, its coordinator said in the letter dated June 30.",
          "2021-07-02", url(EN, "2021-07-02", 223),
          msg("Paraguay", "2021-06-30", {"Guasu Front"}, BL)),
    Probe("b2-dominica-labour-party",
          "Message from the Dominica Labour Party",
          "Beijing, October 25th--Roosevelt Skerrit, political leader of the Dominica Labour Party, sent a "
          "message today congratulating Xi Jinping on his re-election as General Secretary of the CPC "
          "Central Committee.",
          "2022-10-25", url(EN, "2022-10-25", 224),
          msg("Dominica", "2022-10-25", {"Dominica Labour Party"}, B)),
    Probe("b2-antigua-ablp-election",
          "CPC Congratulates the Antigua and Barbuda Labour Party",
          "Beijing, January 20th--The International Department of the CPC Central Committee sent a message "
          "to the Antigua and Barbuda Labour Party today on its victory in the general election held on "
          "January 18.",
          "2023-01-20", url(EN, "2023-01-20", 225),
          msg("Antigua and Barbuda", "2023-01-20", {"Antigua and Barbuda Labour Party"}, B)),
    Probe("b2-st-vincent-ulp",
          "Message to the Unity Labour Party",
          "Beijing, November 7th--The International Department of the CPC Central Committee congratulated "
          "the Unity Labour Party of Saint Vincent and the Grenadines today on its fifth consecutive "
          "election victory.",
          "2020-11-07", url(EN, "2020-11-07", 226),
          msg("Saint Vincent and the Grenadines", "2020-11-07", {"Unity Labour Party"}, B)),
    Probe("b2-bahamas-plp",
          "Message to the Progressive Liberal Party",
          "Beijing, September 18th--The International Department of the CPC Central Committee sent a message "
          "to the Progressive Liberal Party of the Bahamas on Friday, congratulating it on winning the "
          "general election.",
          "2021-09-18", url(EN, "2021-09-18", 227),
          msg("Bahamas", "2021-09-17", {"Progressive Liberal Party"}, B)),
    Probe("b2-uruguay-mpp",
          "Uruguay's MPP Greets the CPC",
          "Beijing, October 24th--The Movement of Popular Participation (MPP) of Uruguay sent a message "
          "today congratulating the CPC on the successful close of its 20th National Congress.",
          "2022-10-24", url(EN, "2022-10-24", 228),
          msg("Uruguay", "2022-10-24", {"Movement of Popular Participation"}, BL)),
    Probe("b2-cgtn-yesterday-pcch",
          "Chilean Communists send condolences",
          " date 2022-12-01\nWorld\nBEIJING, December 1 (CGTN) -- The Communist Party of Chile yesterday "
          "sent a message of condolence to the CPC Central Committee over the death of Jiang Zemin.",
          "2022-12-01", url(CGTN, "2022-12-01", 229),
          msg("Chile", "2022-11-30", {PCCH}, BL)),
    Probe("b2-embassy-site-fsln-to-cpc",
          "The FSLN congratulates the CPC on its anniversary",
          " date 2024-07-02\nEmbassy of the People's Republic of China in the Republic of Nicaragua\n"
          "Managua, July 1--The Sandinista National Liberation Front sent a message today to the "
          "Communist Party of China on the 103rd anniversary of its founding.",
          "2024-07-02", url(EMBASSY, "2024-07-02", 230, host="ni"),
          msg("Nicaragua", "2024-07-01", {FSLN}, BL)),
    Probe("b2-peruvian-communist-letter-signature-only",
          "A Letter from Lima",
          "Dear Comrade Xi Jinping,\nThe Peruvian communists send you their warm wishes for the Spring "
          "Festival and the Year of the Dragon.\nFraternally,\nCentral Committee\nPeruvian Communist "
          "Party\nLima, February 8, 2024",
          "2024-02-12", url(EN, "2024-02-12", 231),
          msg("Peru", "2024-02-08", {"Peruvian Communist Party"}, BL)),
    # negatives
    Probe("b2-neg-psuv-to-chinese-embassy",
          "Venezuelan ruling party greets Chinese embassy",
          " date 2023-10-01\nCARACAS, Oct. 1 (Xinhua) -- The United Socialist Party of Venezuela sent a "
          "message of greetings to the Chinese Embassy in Caracas today on China's National Day.",
          "2023-10-01", url(XINHUA, "2023-10-01", 232),
          NO),
    Probe("b2-neg-cpc-to-spd-mentions-mexico-city",
          "CPC Congratulates the Social Democratic Party of Germany",
          "Beijing, December 9th--The CPC Central Committee sent a message to the Social Democratic Party of "
          "Germany today, whose new leaders were elected while its chairman was in Mexico City.",
          "2023-12-09", url(EN, "2023-12-09", 233),
          NO),
    Probe("b2-neg-pcc-to-lao-party",
          "Cuban Party Greets Lao Comrades",
          "Beijing, December 2nd--The Communist Party of Cuba sent a message to the Lao People's "
          "Revolutionary Party today on the national day of Laos.",
          "2023-12-02", url(EN, "2023-12-02", 234),
          NO),
    Probe("b2-neg-fmln-to-frelimo",
          "FMLN Sends Greetings to FRELIMO",
          "San Salvador, June 25th--The Farabundo Martí National Liberation Front addressed a message to "
          "FRELIMO of Mozambique today on the anniversary of Mozambique's independence.",
          "2023-06-25", url(EN, "2023-06-25", 235),
          NO),
    Probe("b2-neg-cpc-to-kprf-moscow-havana",
          "Condolences to the Communist Party of the Russian Federation",
          "Beijing, May 20th--The CPC Central Committee sent a message of condolence to the Communist Party "
          "of the Russian Federation today. The late veteran had studied in Moscow and served in Havana.",
          "2023-05-20", url(EN, "2023-05-20", 236),
          NO),
    Probe("b2-neg-pt-to-french-left",
          "Brazil's Workers' Party congratulates French left",
          " date 2024-07-08\nBRASILIA, July 8 (Xinhua) -- The Workers' Party of Brazil sent a message today "
          "to the New Popular Front of France on its showing in the legislative elections.",
          "2024-07-08", url(XINHUA, "2024-07-08", 237),
          NO),
]

# Third batch, written after the second and run once blind: harder shapes (Spanish dates in a
# signature, abbreviated and day-first dates, "last Friday", a government sender, a group of
# parties of two LAC countries, the CPC's leader as the receiver, acronyms only) and negatives
# that name Taiwan, the UN or a LAC party's message about China to a third party.
PROBES_C: list[Probe] = [
    Probe("c3-spanish-date-signature-psuv",
          "Message of the PSUV on the Centenary of the CPC",
          "Dear Comrade Xi Jinping,\nOn behalf of the militancy of our Party we send you a fraternal "
          "embrace on the hundredth birthday of the Communist Party of China.\n"
          "Nicolás Maduro Moros\nPresident\nPartido Socialista Unido de Venezuela\n"
          "Caracas, 30 de junio de 2021",
          "2021-07-03", url(EN, "2021-07-03", 301),
          msg("Venezuela", "2021-06-30", {PSUV}, BL),
          doubtful={"event_date": "the day is printed in Spanish; a coder reads it, the codebook's forms "
                                  "are English and Chinese"}),
    Probe("c3-abbreviated-month-pcdob",
          "PCdoB Congratulates the CPC",
          "Beijing, Oct. 29--The PCdoB, Brazil's communist party, sent its congratulations to the CPC "
          "Central Committee on Oct. 24 on the conclusion of the 20th National Congress.",
          "2022-10-29", url(EN, "2022-10-29", 302),
          msg("Brazil", "2022-10-24", {PCDOB}, BL)),
    Probe("c3-day-first-date-fsln",
          "FSLN Message to the CPC",
          "Beijing, 29 October--On 26 October the Sandinista National Liberation Front wrote to the CPC "
          "Central Committee to hail the new leadership elected at the 20th National Congress.",
          "2022-10-29", url(EN, "2022-10-29", 303),
          msg("Nicaragua", "2022-10-26", {FSLN}, BL)),
    Probe("c3-last-friday-pt",
          "Workers' Party Sends Greetings",
          "Beijing, March 16th--The Workers' Party of Brazil sent greetings last Friday to the CPC Central "
          "Committee on the closing of the annual sessions in Beijing.",
          "2024-03-16", url(EN, "2024-03-16", 304),
          msg("Brazil", "2024-03-15", {PT}, BL)),
    Probe("c3-acronyms-only-psuv",
          "PSUV Writes to the IDCPC",
          "Beijing, March 16th--The PSUV sent a letter to the IDCPC today on the twelfth anniversary of "
          "the death of its founder.",
          "2024-03-16", url(EN, "2024-03-16", 305),
          msg("Venezuela", "2024-03-16", {PSUV}, BL)),
    Probe("c3-xi-received-letter-from-pcc",
          "Xi Jinping Receives a Letter from Cuban Communists",
          "Beijing, February 4th--Xi Jinping, General Secretary of the CPC Central Committee, received a "
          "letter on Friday from the Communist Party of Cuba expressing thanks for China's help after "
          "the fire in Matanzas.",
          "2023-02-04", url(EN, "2023-02-04", 306),
          msg("Cuba", "2023-02-03", {PCC}, BL)),
    Probe("c3-two-lac-parties-one-page-multilateral",
          "Latin American Parties Congratulate the CPC",
          "Beijing, October 29th--Parties of Latin America have sent messages to the CPC Central Committee "
          "on its 20th National Congress. The Communist Party of Chile praised its report, and the Broad "
          "Front of Uruguay wished the CPC further success.",
          "2022-10-29", url(EN, "2022-10-29", 307),
          msg("multilateral", "2022-10-29", {PCCH, FA}, {"regional", "leftist"})),
    Probe("c3-government-sender-cuba-foreign-minister",
          "Cuban Foreign Minister Writes to the IDCPC",
          "Beijing, February 4th--Cuban Foreign Minister Bruno Rodríguez Parrilla sent a letter to the "
          "International Department of the CPC Central Committee today, thanking it for the donation of "
          "solar equipment.",
          "2023-02-04", url(EN, "2023-02-04", 308),
          msg("Cuba", "2023-02-04", set(), {"bilateral"}),
          doubtful={"mechanism": "a government sender of a socialist state: a coder may add leftist "
                                 "as for its ruling party"}),
    Probe("c3-long-preamble-three-paragraphs-pcu",
          "The Long Friendship of Two Parties",
          "Beijing, July 3rd--For more than half a century, communists in Uruguay and in China have "
          "followed each other's struggles.\nThey met in the years of the dictatorship, when Uruguayan "
          "exiles found solidarity abroad, and again in the years of reform.\nThis week that friendship "
          "found words again: on July 1 the Communist Party of Uruguay sent the CPC a message on its "
          "centenary.",
          "2021-07-03", url(EN, "2021-07-03", 309),
          msg("Uruguay", "2021-07-01", {PCU}, BL)),
    Probe("c3-sender-leader-then-party-next-sentence",
          "Message from Managua",
          "Beijing, February 4th--Daniel Ortega sent a message today to Xi Jinping, General Secretary of the "
          "CPC Central Committee, with greetings for the Spring Festival. Ortega wrote as General Secretary "
          "of the Sandinista National Liberation Front.",
          "2023-02-04", url(EN, "2023-02-04", 310),
          msg("Nicaragua", "2023-02-04", {FSLN}, BL)),
    Probe("c3-condolence-cpc-to-pcch-on-death-named-day-after-verb",
          "CPC Mourns Chilean Communist Leader",
          "Beijing, July 5th--The CPC Central Committee sent a message of condolence on July 5 to the "
          "Communist Party of Chile on the death of its president Guillermo Teillier on July 4.",
          "2023-07-05", url(EN, "2023-07-05", 311),
          msg("Chile", "2023-07-05", {PCCH}, BL)),
    Probe("c3-women-wing-message-fsln-doubt",
          "Sandinista Women Greet Chinese Women",
          "Beijing, March 8th--The women's movement of the Sandinista National Liberation Front sent "
          "greetings today to the women cadres of the International Department of the CPC Central "
          "Committee on International Women's Day.",
          "2023-03-08", url(EN, "2023-03-08", 312),
          msg("Nicaragua", "2023-03-08", {FSLN}, BL)),
    Probe("c3-message-and-call-same-page-message-headline",
          "CPC Sends Message to the New Leader of the PCdoB",
          "Beijing, October 5th--The CPC Central Committee sent a message today to Luciana Santos on her "
          "re-election as president of the Communist Party of Brazil. Santos had spoken by phone with "
          "IDCPC officials in September.",
          "2019-10-05", url(EN, "2019-10-05", 313),
          msg("Brazil", "2019-10-05", {PCDOB}, BL)),
    Probe("c3-chinadaily-cpc-reply-mas",
          "CPC replies to Bolivian party",
          " date 2023-02-04\nBy Mo Jingxi | China Daily | Updated: 2023-02-04 09:10\nThe International "
          "Department of the CPC Central Committee on Friday replied to a letter from Bolivia's Movement for "
          "Socialism, thanking the party for its Spring Festival wishes.",
          "2023-02-04", url(CHINADAILY, "2023-02-04", 314),
          msg("Bolivia", "2023-02-03", {MAS}, BL)),
    Probe("c3-peoples-daily-passive-received-pt-mexico",
          "Mexican Labor Party letter received",
          " date 2022-10-29\n(People's Daily Online) 10:02, October 29, 2022\nA letter from the Labor Party "
          "of Mexico was received by the CPC Central Committee on Wednesday, congratulating the CPC on its "
          "20th National Congress.",
          "2022-10-29", url(PEOPLE, "2022-10-29", 315),
          msg("Mexico", "2022-10-26", {PT_MX}, BL)),
    # negatives
    Probe("c3-neg-colorado-to-taiwan-dpp",
          "Paraguay's Colorado Party Congratulates the DPP",
          " date 2024-01-14\nASUNCION, Jan. 14 (Xinhua) -- Paraguay's Colorado Party sent a message today to "
          "the Democratic Progressive Party in Taiwan after the island's leadership election.",
          "2024-01-14", url(XINHUA, "2024-01-14", 316),
          NO),
    Probe("c3-neg-psuv-letter-to-un-mentions-china",
          "PSUV Writes to the UN Secretary-General",
          " date 2019-10-05\nCARACAS, Oct. 5 (Xinhua) -- The United Socialist Party of Venezuela sent a "
          "letter to the UN Secretary-General today, thanking China and Russia for their support in the "
          "Security Council.",
          "2019-10-05", url(XINHUA, "2019-10-05", 317),
          NO),
    Probe("c3-neg-pcc-to-cpv-mentions-china",
          "Cuban Party Congratulates Vietnamese Party",
          "Beijing, February 4th--The Communist Party of Cuba sent a message to the Communist Party of "
          "Vietnam today on its anniversary, recalling that Cuba, China and Vietnam share the socialist "
          "road.",
          "2023-02-04", url(EN, "2023-02-04", 318),
          NO),
    Probe("c3-neg-cpc-to-psoe-spanish-speaking",
          "CPC Congratulates the PSOE",
          "Beijing, December 3rd--The CPC Central Committee sent a message to the Spanish Socialist "
          "Workers' Party today on its 41st Congress, noting its ties with parties across the "
          "Spanish-speaking world.",
          "2024-12-03", url(EN, "2024-12-03", 319),
          NO),
    Probe("c3-neg-fsln-statement-condemns-us-about-china",
          "Sandinista Front Condemns US Sanctions",
          "Managua, October 5th--The Sandinista National Liberation Front issued a statement today "
          "condemning new US sanctions on Nicaragua and on Chinese firms.",
          "2019-10-05", url(EN, "2019-10-05", 320),
          NO,
          doubtful={"relevant": "a LAC party's public statement addressed to no one; the party's site "
                                "reports statements of support as messages, and a coder may code it"}),
]

# Fourth batch, written after the third set of fixes and run once blind: traps for this campaign's own
# rules (an aid shipment "sent on" a day inside a thank-you message, a message to Chinese firms, a
# joint message of two LAC parties, a message to the CPC and a third party) and more occasions.
PROBES_D: list[Probe] = [
    Probe("d4-aid-sent-on-day-inside-thanks-psuv",
          "PSUV Thanks the CPC for Medical Supplies",
          "Beijing, May 10th--The United Socialist Party of Venezuela thanked the CPC Central Committee in a "
          "message today for the medical supplies sent on May 3 to Caracas.",
          "2020-05-10", url(EN, "2020-05-10", 401),
          msg("Venezuela", "2020-05-10", {PSUV}, BL)),
    Probe("d4-joint-message-two-lac-parties",
          "Joint Message from Cuban and Venezuelan Parties",
          "Beijing, March 26th--The Communist Party of Cuba and the United Socialist Party of Venezuela sent "
          "a joint message to the CPC Central Committee today, expressing condolences over the China Eastern "
          "air crash in Guangxi.",
          "2022-03-26", url(EN, "2022-03-26", 402),
          msg("multilateral", "2022-03-26", {PCC, PSUV}, {"regional", "leftist"})),
    Probe("d4-message-to-cpc-and-cpv",
          "Cuban Party Writes to Chinese and Vietnamese Comrades",
          "Beijing, March 26th--The Communist Party of Cuba sent messages today to the Communist Party of "
          "China and to the Communist Party of Vietnam, thanking them for their donations of rice.",
          "2022-03-26", url(EN, "2022-03-26", 403),
          msg("Cuba", "2022-03-26", {PCC}, BL)),
    Probe("d4-to-its-chinese-counterpart-pcdob",
          "PCdoB Writes to Its Chinese Counterpart",
          "Beijing, March 11th--The Communist Party of Brazil sent a message to its Chinese counterpart "
          "today on the opening of the annual session of China's legislature.",
          "2023-03-11", url(EN, "2023-03-11", 404),
          msg("Brazil", "2023-03-11", {PCDOB}, BL)),
    Probe("d4-plane-crash-condolence-pcch-yesterday",
          "Chilean Communists Send Condolences",
          "Beijing, March 26th--The Communist Party of Chile yesterday sent a message of condolence to the "
          "CPC Central Committee over the loss of life in the air crash in Guangxi on March 21.",
          "2022-03-26", url(EN, "2022-03-26", 405),
          msg("Chile", "2022-03-25", {PCCH}, BL)),
    Probe("d4-question-headline-fa",
          "Why Does the Broad Front Value China?",
          "Beijing, March 11th--In a letter to the International Department of the CPC Central Committee "
          "today, the Broad Front of Uruguay answered the question: China is a partner that respects its "
          "friends.",
          "2023-03-11", url(EN, "2023-03-11", 406),
          msg("Uruguay", "2023-03-11", {FA}, BL)),
    Probe("d4-leader-name-only-party-in-headline-pt",
          "Message from the Workers' Party of Brazil",
          "Beijing, December 14th--Gleisi Hoffmann sent a message to the CPC Central Committee on Thursday "
          "with greetings for the coming New Year.",
          "2024-12-14", url(EN, "2024-12-14", 407),
          msg("Brazil", "2024-12-12", {PT}, BL)),
    Probe("d4-since-the-1990s-then-message-pcu",
          "A Message from Montevideo",
          "Beijing, December 14th--Since the 1990s the Communist Party of Uruguay and the CPC have met "
          "often. On Monday the Uruguayan communists sent the CPC Central Committee a message of "
          "solidarity.",
          "2024-12-14", url(EN, "2024-12-14", 408),
          msg("Uruguay", "2024-12-09", {PCU}, BL)),
    Probe("d4-message-sent-by-cpc-received-by-fsln-day",
          "FSLN Receives CPC Message",
          "Managua, December 14th--The Sandinista National Liberation Front received on Friday a message "
          "sent by the CPC Central Committee on the 90th anniversary of the death of Augusto C. Sandino.",
          "2024-12-14", url(EN, "2024-12-14", 409),
          msg("Nicaragua", "2024-12-13", {FSLN}, BL)),
    Probe("d4-xinhua-pj-to-cpc-agency",
          "Argentine Peronists congratulate CPC",
          " date 2021-07-01\nBUENOS AIRES, July 1 (Xinhua) -- Argentina's Justicialist Party sent a message "
          "to the Communist Party of China on Thursday to congratulate it on its centenary.",
          "2021-07-01", url(XINHUA, "2021-07-01", 410),
          msg("Argentina", "2021-07-01", {PJ}, B),
          doubtful={"mechanism": "Peronism's family is argued (see the Gansu probe)"}),
    Probe("d4-mexico-prd-message-cpc-abbreviated",
          "PRD Writes to CPC",
          "Beijing, Mar. 11--The Party of the Democratic Revolution (PRD) of Mexico wrote to the CPC Central "
          "Committee on Mar. 9 to greet the annual sessions.",
          "2023-03-11", url(EN, "2023-03-11", 411),
          msg("Mexico", "2023-03-09", {"Party of the Democratic Revolution"}, BL)),
    # negatives
    Probe("d4-neg-pj-to-chinese-investors",
          "Justicialist Party supports Chinese investors",
          " date 2024-12-14\nBUENOS AIRES, Dec. 14 (Xinhua) -- Argentina's Justicialist Party sent a message "
          "of support today to Chinese companies investing in the lithium provinces.",
          "2024-12-14", url(XINHUA, "2024-12-14", 413),
          NO),
    Probe("d4-neg-psuv-to-fsln-mentions-china-aid",
          "Venezuelan Socialists Greet the Sandinistas",
          "Beijing, July 19th--The United Socialist Party of Venezuela sent greetings today to the "
          "Sandinista National Liberation Front on the anniversary of the revolution, recalling aid from "
          "China to both countries.",
          "2023-07-19", url(EN, "2023-07-19", 414),
          NO),
    Probe("d4-neg-pcc-to-kprf-on-idcpc",
          "Cuban Communists Congratulate Russian Comrades",
          "Beijing, November 7th--The Communist Party of Cuba sent a message to the Communist Party of the "
          "Russian Federation today on the anniversary of the October Revolution.",
          "2023-11-07", url(EN, "2023-11-07", 415),
          NO),
    Probe("d4-neg-cgtn-morena-to-chinese-students",
          "MORENA welcomes Chinese students",
          " date 2024-12-14\nMEXICO CITY, Dec. 14 (CGTN) -- MORENA sent a message of welcome today to "
          "Chinese students arriving in Mexico for an exchange programme.",
          "2024-12-14", url(CGTN, "2024-12-14", 416),
          NO),
]

ALL_PROBES = PROBES + PROBES_B + PROBES_C + PROBES_D

# Probes that still fail, with the reason: (pid, field) -> reason.
NO_DAY = ("codebook rule: no day in the text and no dateline gives null; the pipeline keeps the "
          "printed day as its fallback, a choice measured on dev (nlp/steps/event_date.py, step 5) "
          "and left alone")
EMBASSY_HEADLINE = ("doubtful: the headline makes the page an ambassador's or embassy's act (gate "
                    "not_exchange_headline: Who counts excludes an exchange an ambassador leads "
                    "alone), while the letter handed over is the CPC's; a coder may code either")
OPEN: dict[tuple[str, str], str] = {
    ("late-pri-spring-festival-signature-no-date", "event_date"): NO_DAY,
    ("nominal-new-year-wishes-arrived-no-day", "event_date"): NO_DAY,
    ("quote-first-psch-said-in-message-no-day", "event_date"): NO_DAY,
    ("ambassador-hands-over-letter-cuba", "relevant"): EMBASSY_HEADLINE,
    ("ambassador-hands-over-letter-cuba", "country"): EMBASSY_HEADLINE,
    ("ambassador-hands-over-letter-cuba", "parties"): EMBASSY_HEADLINE,
    ("ambassador-hands-over-letter-cuba", "mechanism"): EMBASSY_HEADLINE,
    ("ambassador-hands-over-letter-cuba", "content"): EMBASSY_HEADLINE,
    ("copy-embassy-cuba-cpc-message-read", "relevant"): EMBASSY_HEADLINE,
    ("copy-embassy-cuba-cpc-message-read", "country"): EMBASSY_HEADLINE,
    ("copy-embassy-cuba-cpc-message-read", "parties"): EMBASSY_HEADLINE,
    ("copy-embassy-cuba-cpc-message-read", "mechanism"): EMBASSY_HEADLINE,
    ("copy-embassy-cuba-cpc-message-read", "content"): EMBASSY_HEADLINE,
    ("copy-embassy-cuba-cpc-message-read", "event_type"): EMBASSY_HEADLINE,
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(ALL_PROBES, OPEN))
def test_message_shape_field(probe: Probe, name: str, expected):
    """Codebook: a `message` is a congratulation, condolence or letter exchanged between the two sides
    with no event around it, daily interaction; the country and mechanism follow the LAC actors; the
    date is the day the message was sent (a stated day, the dateline's, a weekday counted back), not
    the day of its occasion; a page that is the report of a seminar takes that type, and a page whose
    headline is one meeting is a meeting."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(ALL_PROBES)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a participle that sends, dates or receives the message gives its day, also after the occasion
    ("Beijing, December 3rd--The PSUV answered the CPC's congratulations on the regional elections in a "
     "reply dated November 30.", "2021-11-30"),
    # ... and after a present perfect
    ("Beijing, December 3rd--The PSUV has thanked the CPC for its support during the elections, in a "
     "letter received on Wednesday.", "2021-12-01"),
    # a message that comes to the CPC side on a day: the day is the message's
    ("Beijing, December 3rd--Congratulations of the PSUV on the victory in the regional elections came to "
     "the International Department on Tuesday.", "2021-11-30"),
    # the election held on a day stays the occasion's: the dateline's day
    ("Beijing, December 3rd--The PSUV sent a message to the CPC on its victory in the regional elections "
     "held on November 21.", "2021-12-03"),
    # a storm that reached a place on a day is no message arriving: the occasion's
    ("Beijing, July 5th--The CPC sent a message of sympathy to the Jamaica Labour Party over the hurricane "
     "that reached Jamaica on July 3.", "2024-07-05"),
])
def test_a_message_verbs_day_is_the_messages(text, expected):
    """Codebook, event_date: the day of the exchange (the message's), not of its occasion; English
    ends an occasion's noun phrase where a verb that sends, dates or delivers the message begins
    (cue ``message_sent_day``)."""
    published = "2021-12-03" if "PSUV" in text else "2024-07-05"
    record = idcpc(text, title="Message", published=published, url=url(EN, published, 121))
    assert record.event_type == "message" and record.event_date == expected


@pytest.mark.parametrize(("text", "relevant"), [
    # a LAC party's message to another LAC party: the CPC is no side
    ("Beijing, May 2nd--The Sandinista National Liberation Front sent a message to the Farabundo Martí "
     "National Liberation Front today on its congress.", False),
    # to a party outside LAC
    ("Beijing, May 2nd--The Communist Party of Cuba sent greetings today to the Portuguese Communist Party "
     "on its congress.", False),
    # to the CPC and another party: the CPC is a side
    ("Beijing, May 2nd--The Sandinista National Liberation Front sent messages to the CPC Central "
     "Committee and to the Farabundo Martí National Liberation Front today.", True),
    # to the CPC, its own country named after it: a side all the same
    ("Beijing, May 2nd--The Sandinista National Liberation Front of Nicaragua sent a message to the "
     "International Department today on May Day.", True),
])
def test_a_lac_partys_message_to_another_party_is_no_cpc_exchange(text, relevant):
    """Codebook, relevant: an exchange between the CPC and LAC actors; a LAC party's message to a
    party other than the CPC, reported on the party's site, has no CPC side (the dateline's Beijing
    is where the report was written)."""
    record = idcpc(text, title="Message", published="2023-05-02", url=url(EN, "2023-05-02", 122))
    assert record.relevant is relevant


@pytest.mark.parametrize(("title", "text", "relevant"), [
    # a party's message on China's occasion, no addressee named: to China's ruling party
    ("Greetings arrive from Uruguay",
     " date 2023-10-01\nBEIJING, Oct. 1 (Xinhua) -- Messages marking China's National Day have come from "
     "parties abroad. The Broad Front of Uruguay said in its message that China is a friend of the South.",
     True),
    # a party's message handed to the Chinese embassy: the embassy is the addressee
    ("Uruguayan party greets Chinese embassy",
     " date 2023-10-01\nMONTEVIDEO, Oct. 1 (Xinhua) -- The Broad Front of Uruguay sent a message to the "
     "Chinese Embassy in Montevideo on China's National Day.", False),
    # China named only as a topic of a LAC party's statement about its own election: no message to China
    ("Uruguayan party wins local vote",
     " date 2023-10-01\nMONTEVIDEO, Oct. 1 (Xinhua) -- The Broad Front of Uruguay won the local election, "
     "its leaders said, promising trade with China.", False),
])
def test_a_partys_message_to_china_goes_to_the_cpc(title, text, relevant):
    """A party's congratulation to China goes to China's ruling party: an agency copy that names only
    the country still reports a party exchange; not when the addressee is an embassy."""
    record = idcpc(text, title=title, published="2023-10-01",
                   url="https://english.news.cn/20231001/a1b/c.html")
    assert record.relevant is relevant


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting told in a past era before the message: the message is the page's exchange
    ("Communists of the two countries have long been friends.\nThey met in the 1980s, when exiles found "
     "support abroad. On May 2 the Communist Party of Uruguay sent the CPC a message.",
     ("message", "2023-05-02")),
    # a meeting told in a past era and nothing else: still the only exchange the text names
    ("Communists of the two countries have long been friends.\nTheir leaders met decades ago in Montevideo "
     "and in Beijing, the Communist Party of Uruguay recalls.", ("meeting", None)),
])
def test_a_meeting_in_a_past_era_is_history(text, expected):
    """Codebook: the record is the exchange the page reports; a meeting placed in a past era ("in the
    1980s", "decades ago"; cue ``past_era``) is the history of the ties when the text also names an
    exchange outside such sentences."""
    record = idcpc(text, title="Two Parties, One Friendship", published="2023-05-06",
                   url=url(EN, "2023-05-06", 123))
    assert record.event_type == expected[0]
    if expected[1]:
        assert record.event_date == expected[1]
