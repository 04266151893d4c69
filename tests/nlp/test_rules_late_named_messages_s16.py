"""Campaign 16K: message pages whose LAC actor comes late or in letter form.

Congratulations, condolences, greetings, letters and replies where the lead names the LAC actor
vaguely or not at all ("sent a message of congratulations to the party's 8th congress", 致电祝贺
其…召开) and the party comes in the 2nd–4th paragraph, in the letter's address line ("To the
National Directorate of …", 致…全国领导委员会), in its signature, or in a closing sentence; a letter
printed whole under a one-line lead or none; a LAC party's letter to the CPC in translation; reply
letters; messages to LAC regional gatherings (São Paulo Forum, COPPPAL, ALBA parties) with the
participants listed after the lead; condolences on a party figure's death or a disaster; digests
whose LAC item is 3rd or 4th; LAC actors in less usual forms (full Spanish/Portuguese name, acronym
only, Chinese short form, traditional characters). About a sixth are not relevant: a message to a
non-LAC party, a LAC party's message to a third party the page only mentions, a message only
planned or recalled.

Coding follows shared/eval/SCHEMA.md: the event over the medium (a letter to a forum meeting is
that forum; a message to a party congress is a message, the congress being no exchange of the
CPC's), the day the message is sent (a letter's signature date, a stated day, else the dateline),
every LAC party taking part, the mechanism's scope plus leftist by party family.

Self-written releases in the sites' style; party, country and official names are facts."""

from __future__ import annotations

import pytest
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
    BL,
    DI,
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
    ZhProbe,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
EMB_EN = "http://cu.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_11{n:06d}.htm"
EMB_ZH = "http://ve.china-embassy.gov.cn/chn/sgxw/{ym}/t{ymd}_11{n:06d}.htm"

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
PCU = "Communist Party of Uruguay"
PCA = "Communist Party of Argentina"
PCB = "Communist Party of Bolivia"
PCV = "Communist Party of Venezuela"
PCP = "Peruvian Communist Party"
URNG = "Guatemalan National Revolutionary Unity"
LIBRE = "Liberty and Refoundation"
PNU = "National Party (Uruguay)"
ANR = "Colorado Party (Paraguay)"
PAN = "National Action Party (Mexico)"
RN = "National Renewal (Chile)"
PNH = "National Party of Honduras"
PRD_PA = "Democratic Revolutionary Party"
PNM = "People's National Movement"
PCE = "Communist Party of Ecuador"

PROBES: list[Probe] = [
    # ======== A. English IDCPC: the lead names the occasion, the party comes later ========
    Probe("en-congress-party-2nd-para",
          "CPC Central Committee Congratulates Party Congress",
          "Beijing, April 16th (IDCPC)—The CPC Central Committee today sent a message of congratulations "
          "on the opening of the party's Eighth Congress.\n"
          "In the message to the Communist Party of Cuba, the CPC said it was convinced that the congress "
          "would guide the Cuban people in updating their socialist model and that relations between the "
          "two parties would keep moving forward.",
          "2021-04-17", url(IDCPC_EN, "2021-04-17", 1),
          yes("Cuba", "message", "2021-04-16", parties={PCC}, mechanism=BL, content=DI)),
    Probe("en-congress-party-3rd-para",
          "Message of Congratulations Sent on Party Congress Opening",
          "Beijing, December 9th (IDCPC)—The Central Committee of the CPC sent a message on Friday "
          "congratulating the opening of the 6th National Congress of a fraternal party in Latin America.\n"
          "The message said the CPC highly values its friendship with the party and is ready to deepen "
          "exchanges on governance.\n"
          "The congress of the Communist Party of Venezuela is being held in Caracas this week.",
          "2022-12-10", url(IDCPC_EN, "2022-12-10", 2),
          yes("Venezuela", "message", "2022-12-09", parties={PCV}, mechanism=BL, content=DI)),
    Probe("en-anniv-closing-sentence",
          "CPC Sends Greetings on 60th Founding Anniversary",
          "Beijing, July 19th (IDCPC)—On the occasion of the 60th anniversary of its founding, the CPC "
          "Central Committee sent a message of warm greetings to a friendly party.\n"
          "The message spoke highly of the party's long struggle for national independence and social "
          "justice, and of the friendship that has grown between the two parties over the years.\n"
          "The message was addressed to the Sandinista National Liberation Front of Nicaragua.",
          "2021-07-20", url(IDCPC_EN, "2021-07-20", 3),
          yes("Nicaragua", "message", "2021-07-19", parties={FSLN}, mechanism=BL, content=DI)),
    Probe("en-reelection-leader-late",
          "Liu Jianchao Congratulates Re-elected Party Leader",
          "Beijing, March 27th (IDCPC)—Liu Jianchao, who heads the CPC's International Department, sent a "
          "message on Monday to congratulate a party leader on re-election.\n"
          "In the message to Gleisi Hoffmann, who was re-elected national president of Brazil's Workers' "
          "Party, Liu said the CPC is willing to work with the PT to lift their ties to a new level.",
          "2023-03-28", url(IDCPC_EN, "2023-03-28", 4),
          yes("Brazil", "message", "2023-03-27", parties={PT}, mechanism=BL, content=DI)),
    Probe("en-election-win-party-later",
          "CPC Congratulates Party on Election Victory",
          "Beijing, June 4th (IDCPC)—The International Department of the CPC Central Committee sent a "
          "message today congratulating a Latin American party on its victory in the general elections.\n"
          "The message said the result showed the trust the people place in the party. It was addressed "
          "to the National Regeneration Movement (MORENA) of Mexico, whose candidate won the presidency.",
          "2024-06-05", url(IDCPC_EN, "2024-06-05", 5),
          yes("Mexico", "message", "2024-06-04", parties={MORENA}, mechanism=BL, content=DI)),
    Probe("en-right-party-congrats-late",
          "IDCPC Sends Message on Party Convention",
          "Beijing, May 20th (IDCPC)—The International Department of the CPC Central Committee sent a "
          "congratulatory message to a party's national convention held on the same day.\n"
          "The message wished the convention of the National Party of Uruguay full success and said the "
          "CPC is ready to keep up exchanges with the party on the basis of mutual respect.",
          "2018-05-21", url(IDCPC_EN_OLD, "2018-05-21", 6),
          yes("Uruguay", "message", "2018-05-20", parties={PNU}, mechanism=B, content=DI)),
    Probe("en-new-chair-weekday",
          "Congratulations on Election as Party Chair",
          "Beijing, November 10th (IDCPC)—On Wednesday, Sun Haiyan, a deputy head of the CPC's "
          "International Department, wrote to congratulate the newly elected chair of a friendly party.\n"
          "Sun wrote that the CPC appreciates its cooperation with the Socialist Party of Chile and hopes "
          "the party will achieve new successes under its new leadership.",
          "2022-11-11", url(IDCPC_EN, "2022-11-11", 7),
          yes("Chile", "message", "2022-11-09", parties={PSCH}, mechanism=BL, content=DI)),
    Probe("en-congress-two-parties-late",
          "CPC Sends Messages to Two Party Congresses",
          "Beijing, October 14th (IDCPC)—The CPC Central Committee this week sent messages of "
          "congratulations to two party congresses opening in South America.\n"
          "The messages went to the Communist Party of Uruguay, which opened its congress in Montevideo on "
          "October 12th, and to the Communist Party of Argentina, meeting in Buenos Aires. Both messages "
          "said the CPC is willing to deepen exchanges with the parties.",
          "2017-10-15", url(IDCPC_EN_OLD, "2017-10-15", 8),
          yes(M, "message", None, parties={PCU, PCA}, mechanism=RL, content=DI),
          doubtful={"event_date": "only the congress's opening day is stated, not "
                              "the day the messages were sent"}),
    # ======== B. a letter printed whole: one-line lead or none, party in address or signature ========
    Probe("letter-address-line-directorate",
          "Message of the CPC Central Committee to a Party Congress",
          "To the National Directorate of the Sandinista National Liberation Front\n"
          "Managua\n"
          "Dear comrades,\n"
          "On behalf of the Central Committee of the Communist Party of China, we warmly congratulate you "
          "on the holding of your party congress. Under your leadership Nicaragua has reduced poverty and "
          "defended its sovereignty.\n"
          "We are ready to work with you to carry our friendship forward.\n"
          "Central Committee of the Communist Party of China\n"
          "Beijing, 5 September 2014",
          "2014-09-08", url(IDCPC_EN_OLD, "2014-09-08", 9),
          yes("Nicaragua", "message", "2014-09-05", parties={FSLN}, mechanism=BL, content=DI)),
    Probe("letter-one-line-lead-address",
          "Full Text of the Message to the 7th Congress",
          "The CPC Central Committee on April 15th sent the following message:\n"
          "To the Seventh Congress of the Communist Party of Cuba\n"
          "Dear comrades,\n"
          "On the opening of your congress, we extend our heartfelt congratulations to all delegates. The "
          "CPC is convinced that the congress will chart the course for Cuba's development in the years to "
          "come.\n"
          "Long live the friendship between our two parties!",
          "2016-04-16", url(IDCPC_EN_OLD, "2016-04-16", 10),
          yes("Cuba", "message", "2016-04-15", parties={PCC}, mechanism=BL, content=DI)),
    Probe("letter-signature-only-from-lac",
          "Message to the Communist Party of China",
          "Dear comrades,\n"
          "We send the Central Committee of the Communist Party of China our revolutionary greetings on "
          "the 75th anniversary of the founding of the People's Republic of China. Your achievements are "
          "an inspiration for the peoples who struggle for a world free of exploitation.\n"
          "Fraternally,\n"
          "Political Commission\n"
          "Communist Party of Brazil (PCdoB)\n"
          "São Paulo, 30 September 2024",
          "2024-10-03", url(IDCPC_EN, "2024-10-03", 11),
          yes("Brazil", "message", "2024-09-30", parties={PCDOB}, mechanism=BL, content=DI)),
    Probe("letter-signature-spanish-name",
          "Greetings on the 2024 Spring Festival",
          "Dear friends of the International Department,\n"
          "As the Year of the Dragon begins, we convey to you and to the Chinese people our best wishes for "
          "health and prosperity, and we reaffirm our will to strengthen the ties between our parties.\n"
          "Partido Socialista Unido de Venezuela\n"
          "Comisión de Asuntos Internacionales\n"
          "Caracas, 9 de febrero de 2024",
          "2024-02-15", url(IDCPC_EN, "2024-02-15", 12),
          yes("Venezuela", "message", "2024-02-09", parties={PSUV}, mechanism=BL, content=DI)),
    Probe("letter-no-lead-address-gs",
          "Letter of Congratulations",
          "Comrade Secretary-General Medardo González\n"
          "Farabundo Martí National Liberation Front\n"
          "San Salvador\n"
          "On the occasion of the anniversary of the founding of the FMLN, I wish to convey to you our warm "
          "congratulations. The CPC values the friendship with your party and stands ready to strengthen "
          "exchanges in all fields.\n"
          "Song Tao\n"
          "International Department of the Central Committee of the CPC\n"
          "October 10, 2019",
          "2019-10-12", url(IDCPC_EN_OLD, "2019-10-12", 13),
          yes("El Salvador", "message", "2019-10-10", parties={FMLN}, mechanism=BL, content=DI)),
    Probe("letter-address-right-party",
          "Message to a Party Convention",
          "To the Executive Committee of the National Action Party\n"
          "Mexico City\n"
          "Dear friends,\n"
          "On the occasion of your national assembly, the International Department of the CPC Central "
          "Committee extends its congratulations. We hope to maintain dialogue with your party in the "
          "spirit of mutual respect.\n"
          "International Department, CPC Central Committee\n"
          "November 18, 2017",
          "2017-11-20", url(IDCPC_EN_OLD, "2017-11-20", 14),
          yes("Mexico", "message", "2017-11-18", parties={PAN}, mechanism=B, content=DI)),
    Probe("letter-lead-dateline-signature-no-date",
          "CPC Message to Bolivian Party",
          "Beijing, March 25th (IDCPC)—The following is the message the CPC Central Committee sent today:\n"
          "Movimiento al Socialismo – Instrumento Político por la Soberanía de los Pueblos\n"
          "La Paz\n"
          "On the 30th anniversary of your party's founding, we send you our warm congratulations and "
          "best wishes.\n"
          "Central Committee of the Communist Party of China",
          "2025-03-26", url(IDCPC_EN, "2025-03-26", 15),
          yes("Bolivia", "message", "2025-03-25", parties={MAS}, mechanism=BL, content=DI)),
    # ======== C. a LAC party's letter to the CPC in translation ========
    Probe("translation-note-pt-centenary",
          "Brazilian Party Congratulates CPC on Anniversary (Translation)",
          "(Unofficial translation)\n"
          "Dear Comrade Xi Jinping,\n"
          "We write to you on the 103rd anniversary of the founding of the Communist Party of China to "
          "convey our friendship and admiration for the path of development your Party has led.\n"
          "With fraternal greetings,\n"
          "National Executive Committee, Workers' Party\n"
          "Brasília, 1 July 2024",
          "2024-07-04", url(IDCPC_EN, "2024-07-04", 16),
          yes("Brazil", "message", "2024-07-01", parties={PT}, mechanism=BL, content=DI)),
    Probe("translation-pcch-lead-then-letter",
          "Chilean Communists Write to the CPC",
          "Beijing, January 12th (IDCPC)—The IDCPC has received a letter of New Year greetings, whose text "
          "in translation reads:\n"
          "Esteemed comrades,\n"
          "At the start of the new year, the Communist Party of Chile sends you its warmest greetings and "
          "its wishes for peace and prosperity for the Chinese people.\n"
          "Lautaro Carmona, Secretary General\n"
          "Santiago, 3 January 2024",
          "2024-01-12", url(IDCPC_EN, "2024-01-12", 17),
          yes("Chile", "message", "2024-01-03", parties={PCCH}, mechanism=BL, content=DI)),
    Probe("translation-urng-acronym",
          "Letter from the URNG",
          "Dear comrades of the Communist Party of China,\n"
          "The National Directorate of the URNG-MAIZ greets you on the success of the 19th National "
          "Congress of your Party and wishes you new victories in building socialism with Chinese "
          "characteristics.\n"
          "Guatemala City, October 26, 2017",
          "2017-10-30", url(IDCPC_EN_OLD, "2017-10-30", 18),
          yes("Guatemala", "message", "2017-10-26", parties={URNG}, mechanism=BL, content=DI)),
    Probe("translation-libre-honduras",
          "Honduran Party Sends Message to CPC",
          "Beijing, October 2nd (IDCPC)—The Liberty and Refoundation Party (LIBRE) of Honduras sent a "
          "message to the CPC Central Committee on the national day of the People's Republic of China.\n"
          "The message said LIBRE is proud of the ties established between Honduras and China and will "
          "work with the CPC to enrich them.",
          "2023-10-03", url(IDCPC_EN, "2023-10-03", 19),
          yes("Honduras", "message", "2023-10-02", parties={LIBRE}, mechanism=BL, content=DI)),
    # ======== D. replies ========
    Probe("reply-liu-to-pcu-late",
          "Reply Letter from Liu Jianchao",
          "Beijing, August 8th (IDCPC)—Liu Jianchao, who leads the CPC's International Department, recently "
          "replied to a letter from the leader of a fraternal party.\n"
          "In the reply to Juan Castillo, general secretary of the Communist Party of Uruguay, Liu thanked "
          "him for his good wishes on the CPC's anniversary and said the two parties should keep close "
          "contact.",
          "2023-08-09", url(IDCPC_EN, "2023-08-09", 20),
          yes("Uruguay", "message", "2023-08-08", parties={PCU}, mechanism=BL, content=DI),
          doubtful={"event_date": "'recently' gives no day, yet the dateline is "
                              "the only day the text gives"}),
    Probe("reply-xi-to-pcdob-dated",
          "Xi Jinping Replies to Letter from Brazilian Party Leader",
          "Beijing, May 15th—Xi Jinping, general secretary of the CPC Central Committee, on May 14 sent a "
          "reply to a letter he had received from the leader of a Brazilian party.\n"
          "In his reply to Luciana Santos, president of the Communist Party of Brazil, Xi said he "
          "appreciated her kind words and was ready to work with her to strengthen friendship between the "
          "two parties.",
          "2022-05-15", url(IDCPC_EN, "2022-05-15", 21),
          yes("Brazil", "message", "2022-05-14", parties={PCDOB}, mechanism=BL, content=DI)),
    Probe("reply-fa-uruguay-address-line",
          "Reply to a Letter of Thanks",
          "To Mr. Fernando Pereira\n"
          "President of the Frente Amplio\n"
          "Montevideo\n"
          "Dear Mr. President,\n"
          "Thank you for your letter. We are glad that the visit of your delegation to China last month was "
          "fruitful, and we look forward to continuing our dialogue.\n"
          "Liu Jianchao\n"
          "Beijing, 22 June 2023",
          "2023-06-26", url(IDCPC_EN, "2023-06-26", 22),
          yes("Uruguay", "message", "2023-06-22", parties={FA}, mechanism=BL, content=DI)),
    # ======== E. messages to LAC regional gatherings, participants listed after the lead ========
    Probe("spf-meeting-participants-after",
          "CPC Sends Message to Regional Left Gathering",
          "Beijing, July 2nd (IDCPC)—The CPC Central Committee sent a congratulatory message today to the "
          "gathering opening in Brasília.\n"
          "More than 100 parties and movements from across Latin America and the Caribbean, among them the "
          "Workers' Party of Brazil, the Communist Party of Cuba and the Broad Front of Uruguay, are taking "
          "part in the 29th meeting of the São Paulo Forum.\n"
          "The message wished the meeting full success.",
          "2025-07-03", url(IDCPC_EN, "2025-07-03", 23),
          yes(M, "forum", "2025-07-02", parties={PT, PCC, FA}, mechanism=RL, content=KE)),
    Probe("copppal-plenary-message",
          "Message to Latin American Parties' Conference",
          "Beijing, October 24th (IDCPC)—The International Department of the CPC Central Committee sent a "
          "message today to the plenary meeting of the Permanent Conference of Political Parties of Latin "
          "America and the Caribbean, opening in Mexico City.\n"
          "The message said the conference has played a positive role in promoting unity in the region.",
          "2023-10-25", url(IDCPC_EN, "2023-10-25", 24),
          yes(M, "forum", "2023-10-24", content=KE)),
    Probe("alba-parties-message-late",
          "Message to Meeting of Parties of a Regional Alliance",
          "Beijing, December 14th (IDCPC)—The CPC Central Committee sent a message to the meeting of "
          "political parties and social movements of the countries of the Bolivarian Alliance for the "
          "Peoples of Our America (ALBA) that opened today in Caracas.\n"
          "The United Socialist Party of Venezuela, the Sandinista National Liberation Front and the "
          "Movement for Socialism of Bolivia are among the hosts of the meeting.",
          "2024-12-15", url(IDCPC_EN, "2024-12-15", 25),
          yes(M, "forum", "2024-12-14", parties={PSUV, FSLN, MAS}, mechanism=RL, content=KE)),
    Probe("spf-anniversary-letter-signature",
          "Letter of Greetings",
          "To the Executive Secretariat of the São Paulo Forum\n"
          "Dear comrades,\n"
          "On the 35th anniversary of the founding of the Forum, we send our warm greetings to all its "
          "member parties. The CPC is ready to deepen exchanges with the progressive forces of the region.\n"
          "International Department of the Central Committee of the Communist Party of China\n"
          "July 4, 2025",
          "2025-07-06", url(IDCPC_EN, "2025-07-06", 26),
          yes(M, "message", "2025-07-04", mechanism=RL, content=DI)),
    Probe("spf-letter-to-cpc-signature",
          "Message from a Regional Forum",
          "Dear comrades,\n"
          "We, the member parties of the São Paulo Forum gathered at our 26th meeting, send you our "
          "greetings and our thanks for the message you addressed to us.\n"
          "Executive Secretariat of the Foro de São Paulo\n"
          "Caracas, 28 July 2019",
          "2019-08-02", url(IDCPC_EN_OLD, "2019-08-02", 27),
          yes(M, "message", "2019-07-28", mechanism=RL, content=DI),
          doubtful={"event_type": "a letter sent from the forum meeting: the exchange is a "
                              "letter, yet it is tied to the meeting",
                    "content": "follows the type: a forum's letter is daily interaction, "
                               "the forum itself is not"}),
    # ======== F. condolences: a figure's death or a disaster, party named at the end ========
    Probe("condolence-figure-party-end",
          "CPC Mourns Passing of Revolutionary Leader",
          "Beijing, May 2nd (IDCPC)—The International Department of the CPC Central Committee today sent a "
          "message of condolence on the death of Tomás Borge, a founder of the party and a veteran of the "
          "revolution.\n"
          "The message expressed deep sorrow and sympathy to his family. It was sent to the Sandinista "
          "National Liberation Front.",
          "2012-05-03", url(IDCPC_EN_OLD, "2012-05-03", 28),
          yes("Nicaragua", "message", "2012-05-02", parties={FSLN}, mechanism=BL, content=DI)),
    Probe("condolence-hurricane-party-end",
          "IDCPC Expresses Sympathy over Hurricane",
          "Beijing, September 30th (IDCPC)—Following the hurricane that swept across the west of the island "
          "this week, the International Department of the CPC Central Committee sent a message of sympathy "
          "on Friday.\n"
          "The message said the Chinese people share the pain of the victims and believe the people will "
          "overcome the disaster. The message was addressed to the Central Committee of the Communist "
          "Party of Cuba.",
          "2022-10-01", url(IDCPC_EN, "2022-10-01", 29),
          yes("Cuba", "message", "2022-09-30", parties={PCC}, mechanism=BL, content=DI)),
    Probe("condolence-floods-pt-later",
          "Message of Sympathy on Floods",
          "Beijing, May 6th (IDCPC)—Liu Jianchao, head of the CPC's International Department, sent a "
          "message of sympathy today over the severe floods in the south of the country.\n"
          "In the message to Gleisi Hoffmann, president of the Workers' Party, Liu said the CPC was saddened "
          "to learn of the heavy losses in Rio Grande do Sul.",
          "2024-05-07", url(IDCPC_EN, "2024-05-07", 30),
          yes("Brazil", "message", "2024-05-06", parties={PT}, mechanism=BL, content=DI)),
    Probe("condolence-otis-morena-acronym",
          "CPC Sends Sympathy after Hurricane Strikes Pacific Coast",
          "Beijing, October 27th (IDCPC)—The CPC's International Department sent a message of sympathy "
          "today after the hurricane that hit Acapulco.\n"
          "The message, addressed to MORENA's national leadership, expressed condolences for the victims "
          "and wished the affected people an early return to normal life.",
          "2023-10-28", url(IDCPC_EN, "2023-10-28", 31),
          yes("Mexico", "message", "2023-10-27", parties={MORENA}, mechanism=BL, content=DI)),
    Probe("condolence-earthquake-pais-end",
          "Condolences over Earthquake",
          "Beijing, April 18th (IDCPC)—The CPC Central Committee sent a message of condolence on Monday over "
          "the strong earthquake that struck the country's coast on the weekend.\n"
          "The message said the CPC stands ready to help the affected areas rebuild. It went to the PAIS "
          "Alliance of Ecuador.",
          "2016-04-19", url(IDCPC_EN_OLD, "2016-04-19", 32),
          yes("Ecuador", "message", "2016-04-18", parties={"PAIS Alliance"}, mechanism=BL, content=DI)),
    Probe("condolence-teillier-letter-signature",
          "Message of Condolence",
          "To the Central Committee of the Communist Party of Chile\n"
          "Dear comrades,\n"
          "We were deeply grieved to learn of the death of comrade Guillermo Teillier, president of your "
          "party. He devoted his life to the cause of the Chilean people and was an old friend of the CPC.\n"
          "International Department of the CPC Central Committee\n"
          "July 5, 2023",
          "2023-07-06", url(IDCPC_EN, "2023-07-06", 33),
          yes("Chile", "message", "2023-07-05", parties={PCCH}, mechanism=BL, content=DI)),
    Probe("condolence-pnm-trinidad-late",
          "Condolences on Passing of Former Prime Minister",
          "Beijing, July 3rd (IDCPC)—The International Department of the CPC Central Committee sent a "
          "message of condolence today on the passing of Patrick Manning, former prime minister.\n"
          "The message, sent to the People's National Movement of Trinidad and Tobago, said Manning had "
          "made important contributions to China-Trinidad and Tobago friendship.",
          "2016-07-04", url(IDCPC_EN_OLD, "2016-07-04", 34),
          yes("Trinidad and Tobago", "message", "2016-07-03", parties={PNM}, mechanism=B, content=DI),
          doubtful={"mechanism": "party family of the PNM (nationalist, centre-left "
                              "origin) is for the coder's knowledge"}),
    # ======== G. digests: the LAC item third or fourth ========
    Probe("digest-lac-third",
          "News in Brief",
          "Beijing, January 20th (IDCPC)—The CPC Central Committee sent a message of congratulations to the "
          "Communist Party of Vietnam on its 14th National Congress.\n"
          "The International Department sent a message to the Lao People's Revolutionary Party on its "
          "party-building seminar.\n"
          "On January 19th, Liu Haixing, a vice minister of the department, sent greetings to the Communist "
          "Party of Bolivia on the party's anniversary, wishing it success in its work.",
          "2026-01-21", url(IDCPC_EN, "2026-01-21", 35),
          yes("Bolivia", "message", "2026-01-19", parties={PCB}, mechanism=BL, content=DI)),
    Probe("digest-lac-fourth",
          "Roundup of Messages",
          "Beijing, September 12th (IDCPC)—The CPC sent several messages this week.\n"
          "It congratulated the Workers' Party of Korea on the founding anniversary of the DPRK.\n"
          "It sent condolences to a Japanese party on the death of its former chairman.\n"
          "It greeted the Communist Party of Vietnam on Vietnam's National Day.\n"
          "On September 10th, it sent a message of congratulations to the Communist Party of Peru – Red "
          "Fatherland on its party conference.",
          "2025-09-13", url(IDCPC_EN, "2025-09-13", 36),
          yes("Peru", "message", "2025-09-10", parties={"Communist Party of Peru – Red Fatherland"},
              mechanism=BL, content=DI)),
    Probe("digest-lac-third-two-lac",
          "Recent Party Messages",
          "The CPC Central Committee sent a message to the Communist Party of India (Marxist) on its party "
          "congress on April 2nd.\n"
          "It sent a message to the South African Communist Party on its anniversary on April 5th.\n"
          "On April 7th it sent a message of congratulations to Peru's Communist Party (Patria Roja), and on "
          "April 9th a message to the Communist Party of Ecuador.",
          "2025-04-11", url(IDCPC_EN, "2025-04-11", 37),
          yes("Peru", "message", "2025-04-07", parties={"Communist Party of Peru – Red Fatherland"},
              mechanism=BL, content=DI)),
    # ======== H. English copies: agency and embassy ========
    Probe("agency-congress-party-late",
          "CPC congratulates party congress",
          " date 2021-04-16\nXinhua English | Home | China | World | Business\nEditor: Zhang Yi\n"
          "BEIJING, April 16 (Xinhua) -- The Central Committee of the Communist Party of China (CPC) on "
          "Friday sent a message of congratulations on the opening of a fraternal party's congress.\n"
          "The message to the Eighth Congress of the Communist Party of Cuba said the CPC is ready to work "
          "with the Cuban party to push forward their relations.",
          "2021-04-16", url(AGENCY_EN, "2021-04-16", 38),
          yes("Cuba", "message", "2021-04-16", parties={PCC}, mechanism=BL, content=DI)),
    Probe("embassy-letter-pcc-handed",
          "Ambassador Delivers CPC Letter to Cuban Party",
          "On July 25, Ambassador Ma Hui delivered to the Communist Party of Cuba a letter from the CPC "
          "Central Committee on the 70th anniversary of the assault on the Moncada barracks. The letter was "
          "received by a member of the party's secretariat.",
          "2023-07-26", url(EMB_EN, "2023-07-26", 39),
          yes("Cuba", "message", "2023-07-25", parties={PCC}, mechanism=BL, content=DI),
          doubtful={"event_date": "the letter's own date is not given: the "
                              "handing-over day is the one the page states"}),
    Probe("agency-no-fsln-to-vietnam",
          "Nicaraguan party sends condolences to Vietnam",
          " date 2024-07-21\nXinhua English | Home | China | World\nEditor: Li Na\n"
          "MANAGUA, July 20 (Xinhua) -- The Sandinista National Liberation Front on Saturday sent a message "
          "of condolence to the Communist Party of Vietnam on the death of its general secretary Nguyen Phu "
          "Trong.",
          "2024-07-21", url(AGENCY_EN, "2024-07-21", 40), NO),
    # ======== I. not relevant (English) ========
    Probe("no-message-vietnam-cuba-mentioned",
          "CPC Congratulates Vietnamese Party on Congress",
          "Beijing, January 19th (IDCPC)—The CPC Central Committee sent a message of congratulations today "
          "to the 14th National Congress of the Communist Party of Vietnam.\n"
          "The congress has also received messages from many parties, among them the Communist Party of "
          "Cuba and the Lao People's Revolutionary Party.",
          "2026-01-20", url(IDCPC_EN, "2026-01-20", 41), NO),
    Probe("no-message-recalled-fidel",
          "Seminar Marks Centenary of Birth of Chinese Diplomat",
          "Beijing, August 13th (IDCPC)—A seminar was held in Beijing today in memory of a veteran diplomat. "
          "Speakers recalled his work over half a century, including the message of condolence he helped "
          "draft when Fidel Castro died in 2016.",
          "2026-08-14", url(IDCPC_EN, "2026-08-14", 42), NO),
    Probe("no-message-planned-in-domestic",
          "Department Holds Work Meeting",
          "Beijing, January 8th (IDCPC)—The International Department of the CPC Central Committee held its "
          "annual work meeting today. The meeting reviewed the party's external work of the past year and "
          "set tasks for the new year, among them preparing messages for foreign parties' congresses, such "
          "as that of the Communist Party of Cuba in April.",
          "2021-01-09", url(IDCPC_EN, "2021-01-09", 43), NO),
    Probe("no-message-to-spanish-party",
          "Message to Spanish Party Congress",
          "Beijing, June 3rd (IDCPC)—The CPC Central Committee sent a message of congratulations to the "
          "congress of the Spanish Socialist Workers' Party held in Seville. The message was addressed to "
          "the party's secretary-general in Madrid.",
          "2024-06-04", url(IDCPC_EN, "2024-06-04", 44), NO),
    Probe("no-lac-party-to-other-party",
          "Cuban Communists Greet Korean Party",
          "Havana, October 10th—The Communist Party of Cuba s"
          "ent a message of greetings to the Workers' Party "
          "of Korea on the 80th anniversary of its founding, praising the friendship between the two "
          "parties.",
          "2025-10-11", url(AGENCY_EN, "2025-10-11", 45), NO),
    # ======== J. Chinese IDCPC: lead vague, party later ========
    ZhProbe("zh-congress-qi-party-2nd",
            "中共中央致电祝贺其第八次全国代表大会召开",
            "4月16日，中共中央致电，祝贺其第八次全国代表大会召开。\n"
            "贺电说，中国共产党高度重视同古巴共产党的关系，相信大会将引领古巴人民在社会主义道路上取得新成就。",
            "2021-04-17", url(IDCPC_ZH, "2021-04-17", 46),
            yes("Cuba", "message", "2021-04-16", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("zh-address-line-directorate",
            "中共中央致桑解阵的贺电",
            "致尼加拉瓜桑地诺民族解放阵线全国领导委员会：\n"
            "值此贵党成立六十周年之际，中国共产党中央委员会谨向你们致以热烈的祝贺。\n"
            "我们愿同贵党一道，推动两党两国关系不断向前发展。\n"
            "中国共产党中央委员会\n"
            "2021年7月19日",
            "2021-07-20", url(IDCPC_ZH, "2021-07-20", 47),
            yes("Nicaragua", "message", "2021-07-19", parties={FSLN}, mechanism=BL, content=DI)),
    ZhProbe("zh-short-form-guozhu",
            "中联部致电祝贺古共中央新任领导",
            "4月19日，中联部致电，祝贺迪亚斯-卡内尔当选古共中央第一书记。电文表示，中方愿同古方携手推进两党关系。",
            "2021-04-20", url(IDCPC_ZH, "2021-04-20", 48),
            yes("Cuba", "message", "2021-04-19", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("zh-weitongshedang-short",
            "中联部致函委统社党",
            "中联部部长刘建超10日致函委统社党，祝贺该党第五次代表大会成功举行。函件说，中共愿同委统社党加强交流互鉴。",
            "2022-07-11", url(IDCPC_ZH, "2022-07-11", 49),
            yes("Venezuela", "message", "2022-07-10", parties={PSUV}, mechanism=BL, content=DI)),
    ZhProbe("zh-party-in-closing",
            "中共中央致电祝贺友党成立百年",
            "3月25日，中共中央致电，祝贺友党成立一百周年。\n"
            "贺电指出，一个世纪以来，该党为国家独立和人民幸福进行了不懈斗争。\n"
            "贺电致智利共产党中央委员会。",
            "2012-03-26", url(IDCPC_ZH, "2012-03-26", 50),
            yes("Chile", "message", "2012-03-25", parties={PCCH}, mechanism=BL, content=DI)),
    ZhProbe("zh-signature-from-lac",
            "巴西劳工党致中共中央的贺信",
            "尊敬的习近平总书记：\n"
            "值此中国共产党成立一百周年之际，我们谨代表巴西劳工党全国执行委员会向您和中国共产党全体党员致以热烈祝贺。\n"
            "巴西劳工党主席 格莱茜·霍夫曼\n"
            "2021年6月28日于巴西利亚",
            "2021-07-01", url(IDCPC_ZH, "2021-07-01", 51),
            yes("Brazil", "message", "2021-06-28", parties={PT}, mechanism=BL, content=DI)),
    ZhProbe("zh-letter-signature-only",
            "来函",
            "亲爱的同志们：\n"
            "在中华人民共和国成立七十周年之际，我们向中国共产党和中国人民致以兄弟般的问候。\n"
            "祝中国人民在新时代取得更大成就。\n"
            "乌拉圭共产党中央委员会\n"
            "2019年9月30日，蒙得维的亚",
            "2019-10-04", url(IDCPC_ZH, "2019-10-04", 52),
            yes("Uruguay", "message", "2019-09-30", parties={PCU}, mechanism=BL, content=DI)),
    ZhProbe("zh-reply-letter-late",
            "刘建超复信",
            "8月3日，中联部部长刘建超复信一位拉美政党领导人。\n"
            "刘建超在复信中感谢智利社会党主席保利娜·维多拉对中共成立周年的祝贺，表示愿同该党保持密切沟通。",
            "2023-08-04", url(IDCPC_ZH, "2023-08-04", 53),
            yes("Chile", "message", "2023-08-03", parties={PSCH}, mechanism=BL, content=DI)),
    ZhProbe("zh-condolence-hurricane-end",
            "中联部就飓风灾害致电慰问",
            "9月30日，中联部致电，对飓风给当地造成严重人员伤亡和财产损失表示慰问。\n"
            "电文表示，中国人民感同身受，相信受灾地区人民一定能够战胜灾害、重建家园。\n"
            "电文致古巴共产党中央委员会。",
            "2022-10-01", url(IDCPC_ZH, "2022-10-01", 54),
            yes("Cuba", "message", "2022-09-30", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("zh-condolence-earthquake-yesterday",
            "中共中央就地震灾害致电慰问",
            "新华社北京1月14日电 中共中央昨日致电，就强烈地震造成重大人员伤亡表示深切慰问。"
            "电文致海地拉瓦拉斯家族党领导人。",
            "2010-01-14", url(AGENCY_ZH, "2010-01-14", 55),
            yes("Haiti", "message", "2010-01-13", parties={"Fanmi Lavalas"}, content=DI),
            doubtful={"mechanism": "party family of Fanmi Lavalas (left-populist) "
                                "is for the coder's knowledge"}),
    ZhProbe("zh-condolence-figure-late",
            "中联部致电悼念拉美友党创始人",
            "5月2日，中联部致电，对托马斯·博尔赫逝世表示深切哀悼。\n"
            "电文说，博尔赫同志是尼加拉瓜桑地诺民族解放阵线创始人之一，为中尼两党友好作出了贡献。",
            "2012-05-03", url(IDCPC_ZH, "2012-05-03", 56),
            yes("Nicaragua", "message", "2012-05-02", parties={FSLN}, mechanism=BL, content=DI)),
    ZhProbe("zh-spf-meeting-list-after",
            "中共中央致电祝贺圣保罗论坛会议召开",
            "6月29日，中共中央致电祝贺圣保罗论坛第28次会议在巴西利亚开幕。\n"
            "来自拉美和加勒比地区的100多个政党和组织出席会议，其中包括巴西劳工党、古巴共产党、墨西哥国家复兴运动等。",
            "2023-06-30", url(IDCPC_ZH, "2023-06-30", 57),
            yes(M, "forum", "2023-06-29", parties={PT, PCC, MORENA}, mechanism=RL, content=KE)),
    ZhProbe("zh-copppal-plenary-letter",
            "中联部致信拉美政党常设大会全会",
            "10月24日，中联部致信拉丁美洲和加勒比政党常设大会全体会议，祝贺会议在墨西哥城召开。信中表示，中共愿同大会成员党深化交流。",
            "2023-10-25", url(IDCPC_ZH, "2023-10-25", 58),
            yes(M, "forum", "2023-10-24", content=KE)),
    ZhProbe("zh-alba-parties-message",
            "中共中央致电祝贺美洲玻利瓦尔联盟政党会议召开",
            "12月14日，中共中央致电祝贺美洲玻利瓦尔联盟成员国政党和社会运动会议在加拉加斯召开。\n"
            "委内瑞拉统一社会主义党、尼加拉瓜桑地诺民族解放阵线等政党出席会议。",
            "2024-12-15", url(IDCPC_ZH, "2024-12-15", 59),
            yes(M, "forum", "2024-12-14", parties={PSUV, FSLN}, mechanism=RL, content=KE)),
    ZhProbe("zh-digest-third",
            "对外联络简讯",
            "1月20日，中共中央致电越南共产党第十四次全国代表大会，表示热烈祝贺。\n"
            "1月20日，中联部致电老挝人民革命党中央，祝贺老挝建国五十周年。\n"
            "1月19日，中联部副部长致电玻利维亚共产党，祝贺该党成立周年。",
            "2026-01-21", url(IDCPC_ZH, "2026-01-21", 60),
            yes("Bolivia", "message", "2026-01-19", parties={PCB}, mechanism=BL, content=DI)),
    ZhProbe("zh-digest-fourth",
            "要闻简报",
            "9月9日，中共中央致电朝鲜劳动党中央委员会，祝贺朝鲜国庆。\n"
            "9月9日，中联部致电日本一政党，悼念其前委员长逝世。\n"
            "9月2日，中联部致电越南共产党中央对外部，祝贺越南国庆。\n"
            "9月10日，中联部致电秘鲁共产党（红色祖国），祝贺其全国会议召开。",
            "2025-09-13", url(IDCPC_ZH, "2025-09-13", 61),
            yes("Peru", "message", "2025-09-10", parties={"Communist Party of Peru – Red Fatherland"},
                mechanism=BL, content=DI)),
    ZhProbe("zh-election-party-second-sentence",
            "中联部致电祝贺友党在大选中获胜",
            "6月4日，中联部致电，祝贺友党在大选中获胜。贺电致墨西哥国家复兴运动全国领导委员会，表示中共愿同国复运加强交往。",
            "2024-06-05", url(IDCPC_ZH, "2024-06-05", 62),
            yes("Mexico", "message", "2024-06-04", parties={MORENA}, mechanism=BL, content=DI)),
    ZhProbe("zh-right-party-late",
            "中联部致电祝贺政党全国大会召开",
            "11月18日，中联部致电祝贺其全国大会召开。电文致墨西哥国家行动党全国执行委员会，表示愿在相互尊重基础上同该党保持交往。",
            "2017-11-20", url(IDCPC_ZH, "2017-11-20", 63),
            yes("Mexico", "message", "2017-11-18", parties={PAN}, mechanism=B, content=DI)),
    ZhProbe("zh-spanish-name-in-brackets",
            "中联部致电祝贺玻利维亚政党成立三十周年",
            "3月25日，中联部致电争取社会主义运动（Movimiento al Socialismo），祝贺该党成立三十周年。"
            "电文表示，中共高度重视同玻利维亚友党的关系。",
            "2025-03-26", url(IDCPC_ZH, "2025-03-26", 64),
            yes("Bolivia", "message", "2025-03-25", parties={MAS}, mechanism=BL, content=DI)),
    ZhProbe("zh-fmln-short-form",
            "中联部致电法马解阵",
            "10月10日，中联部致电法马解阵，祝贺该党成立三十九周年。电文说，中共愿同萨尔瓦多友党加强交流。",
            "2019-10-12", url(IDCPC_ZH, "2019-10-12", 65),
            yes("El Salvador", "message", "2019-10-10", parties={FMLN}, mechanism=BL, content=DI)),
    ZhProbe("zh-guangzhen-short",
            "中联部致电祝贺广阵成立五十周年",
            "2月5日，中联部致电乌拉圭广阵，祝贺其成立五十周年。电文表示，广阵为乌拉圭进步事业作出了重要贡献。",
            "2021-02-06", url(IDCPC_ZH, "2021-02-06", 66),
            yes("Uruguay", "message", "2021-02-05", parties={FA}, mechanism=BL, content=DI)),
    ZhProbe("zh-bagong-short",
            "中联部致电巴共祝贺其成立一百周年",
            "3月25日，中联部致电巴共中央，祝贺巴西共产党成立一百周年。",
            "2022-03-26", url(IDCPC_ZH, "2022-03-26", 67),
            yes("Brazil", "message", "2022-03-25", parties={PCDOB}, mechanism=BL, content=DI)),
    ZhProbe("zh-two-parties-congress",
            "中共中央分别致电祝贺两友党代表大会召开",
            "10月12日，中共中央分别致电乌拉圭共产党和阿根廷共产党，祝贺两党全国代表大会召开。",
            "2017-10-13", url(IDCPC_ZH, "2017-10-13", 68),
            yes(M, "message", "2017-10-12", parties={PCU, PCA}, mechanism=RL, content=DI)),
    ZhProbe("zh-lac-letter-to-cpc-translation",
            "智利共产党致中共中央的新年贺信（译文）",
            "尊敬的同志们：\n"
            "值此新年到来之际，智利共产党向你们致以最热烈的问候。\n"
            "智利共产党总书记 劳塔罗·卡尔莫纳\n"
            "2024年1月3日于圣地亚哥",
            "2024-01-12", url(IDCPC_ZH, "2024-01-12", 69),
            yes("Chile", "message", "2024-01-03", parties={PCCH}, mechanism=BL, content=DI)),
    ZhProbe("zh-reply-xi-late",
            "习近平复信",
            "新华社北京5月14日电 中共中央总书记习近平近日复信巴西共产党主席卢西亚娜·桑托斯，感谢她的祝贺。",
            "2022-05-14", url(AGENCY_ZH, "2022-05-14", 70),
            yes("Brazil", "message", "2022-05-14", parties={PCDOB}, mechanism=BL, content=DI),
            doubtful={"event_date": "近日 gives no day; the dispatch's day is the only day the page names"}),
    # ======== K. traditional-character copies ========
    ZhProbe("hk-trad-congress-late",
            "中共中央致電祝賀古巴共產黨八大",
            " date 2021-04-17\n港聞 | 中國 | 國際 | 評論\n"
            "新華社北京4月16日電 中共中央16日致電，祝賀其第八次全國代表大會在哈瓦那召開。\n"
            "賀電致古巴共產黨中央委員會，表示中國共產黨願同古巴共產黨攜手推動兩黨關係發展。",
            "2021-04-17", url(HK_ZH, "2021-04-17", 71),
            yes("Cuba", "message", "2021-04-16", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("hk-trad-condolence-end",
            "中聯部就颶風災害致電慰問",
            " date 2016-10-08\n大公報 首頁 | 中國 | 國際\n"
            "中聯部7日致電，對颶風「馬修」造成的嚴重人員傷亡表示慰問。電文致海地光頭黨。",
            "2016-10-08", url(HK_ZH, "2016-10-08", 72),
            yes("Haiti", "message", "2016-10-07", parties={"Haitian Tèt Kale Party"},
                mechanism=B, content=DI)),
    ZhProbe("hk-trad-address-line",
            "中共中央賀電全文",
            "致委內瑞拉統一社會主義黨全國領導委員會：\n"
            "值此貴黨第五次代表大會召開之際，中國共產黨中央委員會謹致熱烈祝賀。\n"
            "中國共產黨中央委員會\n"
            "2022年6月24日",
            "2022-06-26", url(HK_ZH, "2022-06-26", 73),
            yes("Venezuela", "message", "2022-06-24", parties={PSUV}, mechanism=BL, content=DI)),
    ZhProbe("hk-trad-signature-lac",
            "尼加拉瓜桑解陣致中共賀信",
            "尊敬的習近平總書記：\n"
            "欣悉中國共產黨第二十次全國代表大會勝利閉幕，我們謹致熱烈祝賀。\n"
            "尼加拉瓜桑地諾民族解放陣線總書記 丹尼爾·奧爾特加\n"
            "2022年10月23日於馬那瓜",
            "2022-10-26", url(HK_ZH, "2022-10-26", 74),
            yes("Nicaragua", "message", "2022-10-23", parties={FSLN}, mechanism=BL, content=DI)),
    ZhProbe("hk-trad-spf-meeting",
            "中共中央致電聖保羅論壇會議",
            "【本報訊】中共中央7月2日致電祝賀聖保羅論壇第29次會議開幕。巴西勞工黨、古巴共產黨等地區政黨出席會議。",
            "2025-07-03", url(HK_ZH, "2025-07-03", 75),
            yes(M, "forum", "2025-07-02", parties={PT, PCC}, mechanism=RL, content=KE)),
    ZhProbe("hk-trad-pt-floods",
            "中聯部就巴西洪災致電慰問",
            "【本報訊】中聯部部長劉建超5月6日致電巴西勞工黨主席霍夫曼，對南里奧格蘭德州洪災造成重大傷亡表示慰問。",
            "2024-05-07", url(HK_ZH, "2024-05-07", 76),
            yes("Brazil", "message", "2024-05-06", parties={PT}, mechanism=BL, content=DI)),
    # ======== L. newspaper / agency / embassy copies in Chinese ========
    ZhProbe("paper-zh-congress-late",
            "中共中央致电祝贺",
            "本报北京4月16日电 中共中央16日致电，祝贺其第八次全国代表大会召开。贺电全文如下：\n"
            "古巴共产党中央委员会：\n"
            "值此古巴共产党第八次全国代表大会召开之际，中国共产党中央委员会向大会致以热烈祝贺。",
            "2021-04-17", url(PAPER_ZH, "2021-04-17", 77),
            yes("Cuba", "message", "2021-04-16", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("agency-zh-party-to-cpc-late",
            "外国政党祝贺中共二十大胜利闭幕",
            " date 2022-10-25\n新华网 | 首页 | 时政 | 国际\n责任编辑：李想\n"
            "新华社北京10月25日电 连日来，多国政党和政党领导人致电致函，祝贺中共二十大胜利闭幕。\n"
            "越南共产党中央总书记阮富仲在贺电中表示……\n"
            "老挝人民革命党中央总书记通伦在贺电中说……\n"
            "委内瑞拉统一社会主义党在贺信中表示，中共二十大对世界具有重要意义。",
            "2022-10-25", url(AGENCY_ZH, "2022-10-25", 78),
            yes("Venezuela", "message", None, parties={PSUV}, mechanism=BL, content=DI),
            doubtful={"event_date": "连日来 gives no day; the dispatch day is not the "
                                "day of the Venezuelan letter"}),
    ZhProbe("embassy-zh-letter-handed",
            "驻委内瑞拉大使转交中共中央贺电",
            "7月10日，驻委内瑞拉大使兰虎向委内瑞拉统一社会主义党转交中共中央致该党第五次代表大会的贺电。委统社党第一副主席接收贺电。",
            "2022-07-11", url(EMB_ZH, "2022-07-11", 79),
            yes("Venezuela", "message", "2022-07-10", parties={PSUV}, mechanism=BL, content=DI),
            doubtful={"event_date": "the handing-over day; the message itself is not dated on the page"}),
    # ======== M. not relevant (Chinese) ========
    ZhProbe("zh-no-vietnam-congress",
            "中共中央致电祝贺越共十四大召开",
            "1月19日，中共中央致电越南共产党第十四次全国代表大会，表示热烈祝贺。\n"
            "据悉，古巴共产党、老挝人民革命党等也向大会发去贺电。",
            "2026-01-20", url(IDCPC_ZH, "2026-01-20", 80), NO),
    ZhProbe("zh-no-cuba-to-korea",
            "古巴共产党致电朝鲜劳动党",
            "新华社哈瓦那10月10日电 古巴共产党中央10日致电朝鲜劳动党，祝贺该党建党八十周年。",
            "2025-10-11", url(AGENCY_ZH, "2025-10-11", 81), NO),
    ZhProbe("zh-no-recalled-condolence",
            "中联部举行老同志座谈会",
            "1月10日，中联部举行老同志新春座谈会。与会老同志回顾了多年来的对外工作，其中谈到2016年菲德尔·卡斯特罗逝世时中方致唁电的情形。",
            "2024-01-11", url(IDCPC_ZH, "2024-01-11", 82), NO),
    ZhProbe("zh-no-message-to-russia",
            "中联部致电统一俄罗斯党",
            "12月8日，中联部致电统一俄罗斯党，祝贺其代表大会召开。电文提及两党在金砖国家框架内同巴西等国政党的合作。",
            "2024-12-09", url(IDCPC_ZH, "2024-12-09", 83), NO),
    # ======== N. foreign ministry: head-of-state messages, counterpart late ========
    MfaProbe("mfa-en-condolence-hurricane-late",
             "Xi Jinping Sends Message of Sympathy over Hurricane Disaster",
             "On October 27, 2023, President Xi Jinping sent a message of sympathy over the hurricane that "
             "caused heavy losses in the state of Guerrero.\n"
             "In the message to Mexican President Andrés Manuel López Obrador, Xi said he was shocked to "
             "learn of the disaster and, on behalf of the Chinese government and people, mourned the "
             "victims.",
             "2023-10-28", url(MFA_EN, "2023-10-28", 84),
             yes("Mexico", "message", "2023-10-27", head_of_state_level=True)),
    MfaProbe("mfa-en-congrats-inauguration-late",
             "Xi Jinping Sends Congratulatory Message on Presidential Inauguration",
             "On January 1, 2023, President Xi Jinping sent a message of congratulations on the inauguration "
             "of a new president.\n"
             "In his message to Luiz Inácio Lula da Silva, who took office as President of Brazil, Xi said "
             "he was ready to work with him to lead the comprehensive strategic partnership to new heights.",
             "2023-01-02", url(MFA_EN, "2023-01-02", 85),
             yes("Brazil", "message", "2023-01-01", head_of_state_level=True, partnership_action=None)),
    MfaProbe("mfa-en-earthquake-premier-late",
             "Chinese Leaders Send Messages of Condolence over Earthquake",
             "On February 28, 2010, President Hu Jintao and Premier Wen Jiabao sent messages of condolence "
             "over the powerful earthquake that hit the central and southern regions of the country.\n"
             "In their messages to Chilean President Michelle Bachelet, the Chinese leaders extended "
             "sympathy to the families of the victims.",
             "2010-03-01", url(MFA_EN, "2010-03-01", 86),
             yes("Chile", "message", "2010-02-28", head_of_state_level=True)),
    MfaProbe("mfa-en-reply-letter-vp",
             "Vice President Replies to Letter from Former Leader",
             "Vice President Han Zheng recently replied to a letter from a former Latin American leader. In "
             "the reply, sent on May 8, 2024 to former Uruguayan President José Mujica, Han thanked him for "
             "his friendship towards China.",
             "2024-05-09", url(MFA_EN, "2024-05-09", 87),
             yes("Uruguay", "message", "2024-05-08", head_of_state_level=False)),
    MfaProbe("mfa-en-no-lac-congrats",
             "Xi Jinping Congratulates New President of Portugal",
             "On March 9, 2026, President Xi Jinping sent a congratulatory message to the new President of "
             "Portugal. Xi noted that Portugal's ties with Brazil and other Portuguese-speaking countries "
             "give "
             "it a special role.",
             "2026-03-10", url(MFA_EN, "2026-03-10", 88), NO),
    MfaProbe("mfa-zh-condolence-late", "习近平就飓风灾害致慰问电",
             "2025年10月30日，国家主席习近平就飓风给当地造成重大人员伤亡和财产损失致电慰问。\n"
             "习近平在慰问电中向牙买加总理霍尼斯表示，中方愿提供力所能及的帮助。",
             "2025-10-31", url(MFA_ZH, "2025-10-31", 89),
             yes("Jamaica", "message", "2025-10-30", head_of_state_level=True), lang="zh"),
    MfaProbe("mfa-zh-congrats-late", "习近平致电祝贺当选总统",
             "2024年6月3日，国家主席习近平致电，祝贺其当选总统。\n"
             "习近平在贺电中向克劳迪娅·辛鲍姆表示，中墨是全面战略伙伴。",
             "2024-06-04", url(MFA_ZH, "2024-06-04", 90),
             yes("Mexico", "message", "2024-06-03", head_of_state_level=False), lang="zh"),
    MfaProbe("mfa-zh-no-planned", "外交部发言人答记者问",
             "问：古巴新任国家主席即将就职，中方是否会致电祝贺？\n答：我们将适时发布消息。",
             "2019-10-09", url(MFA_ZH, "2019-10-09", 91), NO, lang="zh"),
    # ======== O. more forms: Portuguese/Spanish signatures, acronyms only, day sent vs occasion ========
    Probe("letter-portuguese-signature",
          "Greetings on the 70th Anniversary of the People's Republic",
          "Dear comrades,\n"
          "We greet the Communist Party of China and the Chinese people on seventy years of the People's "
          "Republic, years in which your country has changed the lives of hundreds of millions.\n"
          "Partido dos Trabalhadores\n"
          "Secretaria de Relações Internacionais\n"
          "São Paulo, 2 de outubro de 2019",
          "2019-10-08", url(IDCPC_EN_OLD, "2019-10-08", 92),
          yes("Brazil", "message", "2019-10-02", parties={PT}, mechanism=BL, content=DI)),
    Probe("en-acronym-only-psuv",
          "IDCPC Greets PSUV on Founding Anniversary",
          "Beijing, March 14th (IDCPC)—The International Department of the CPC Central Committee sent a "
          "message of congratulations today to the PSUV on the 15th anniversary of its founding, saying the "
          "CPC treasures its friendship with the party.",
          "2022-03-15", url(IDCPC_EN, "2022-03-15", 93),
          yes("Venezuela", "message", "2022-03-14", parties={PSUV}, mechanism=BL, content=DI)),
    Probe("en-acronym-only-pcdob-late",
          "Message on a Party's Centenary",
          "Beijing, March 25th (IDCPC)—The CPC Central Committee sent a message today congratulating a "
          "South American party on its 100th anniversary.\n"
          "The message said the PCdoB had stood at the forefront of the struggles of Brazil's working "
          "people for a century.",
          "2022-03-26", url(IDCPC_EN, "2022-03-26", 94),
          yes("Brazil", "message", "2022-03-25", parties={PCDOB}, mechanism=BL, content=DI)),
    Probe("letter-spanish-signature-pcc",
          "Message from the Cuban Party (Translation)",
          "Dear comrades,\n"
          "We thank you for the solidarity you showed us in the days after the fire at the Matanzas fuel "
          "depot, and for the aid that reached our people.\n"
          "Comité Central del Partido Comunista de Cuba\n"
          "La Habana, 18 de agosto de 2022",
          "2022-08-25", url(IDCPC_EN, "2022-08-25", 95),
          yes("Cuba", "message", "2022-08-18", parties={PCC}, mechanism=BL, content=DI)),
    Probe("letter-pce-acronym-quito",
          "Greetings to the CPC",
          "Dear comrades,\n"
          "On the centenary of your Party, the Central Committee of the PCE salutes the Communist Party of "
          "China and wishes it new successes.\n"
          "PCE – Central Committee\n"
          "Quito, June 30, 2021",
          "2021-07-03", url(IDCPC_EN, "2021-07-03", 96),
          yes("Ecuador", "message", "2021-06-30", parties={PCE}, mechanism=BL, content=DI),
          doubtful={"parties": "PCE is also Spain's party's acronym: only the place line says Ecuador"}),
    Probe("en-day-sent-before-occasion",
          "CPC Message on Moncada Anniversary",
          "Beijing, July 26th (IDCPC)—Ahead of the 70th anniversary of the assault on the Moncada barracks, "
          "which falls today, the CPC Central Committee on July 24th sent a message to the Central Committee "
          "of the Communist Party of Cuba, recalling the struggle that led to the victory of the revolution.",
          "2023-07-27", url(IDCPC_EN, "2023-07-27", 97),
          yes("Cuba", "message", "2023-07-24", parties={PCC}, mechanism=BL, content=DI)),
    Probe("en-eve-of-congress",
          "Message to Congress Sent on Its Eve",
          "Beijing, April 17th (IDCPC)—On the eve of the opening of the party congress in Havana, the CPC "
          "Central Committee on April 15th sent a message of congratulations. The congress of the Communist "
          "Party of Cuba opened on April 16th.",
          "2021-04-18", url(IDCPC_EN, "2021-04-18", 98),
          yes("Cuba", "message", "2021-04-15", parties={PCC}, mechanism=BL, content=DI)),
    Probe("seminar-letter-cuba-late",
          "CPC Sends Letter to Theory Seminar",
          "Havana, May 20th (IDCPC)—The CPC sent a letter of congratulations to the theory seminar that "
          "opened here today.\n"
          "The seminar, the tenth held by the two parties, brought together scholars and officials of the "
          "Communist Party of Cuba and the CPC to discuss socialist construction.",
          "2024-05-21", url(IDCPC_EN, "2024-05-21", 99),
          yes("Cuba", "seminar", "2024-05-20", parties={PCC}, mechanism=BL, content=KE)),
    Probe("hurricane-two-countries-parties-late",
          "IDCPC Sends Sympathy to Caribbean Parties after Hurricane",
          "Beijing, October 31st (IDCPC)—The International Department of the CPC Central Committee sent "
          "messages of sympathy today after the hurricane that struck the Caribbean this week.\n"
          "The messages went to the Communist Party of Cuba and to the Jamaica Labour Party, expressing "
          "condolences for the victims and support for the recovery.",
          "2025-11-01", url(IDCPC_EN, "2025-11-01", 100),
          yes(M, "message", "2025-10-31", parties={PCC, "Jamaica Labour Party"}, mechanism=RL, content=DI)),
    Probe("no-message-frelimo-portuguese",
          "CPC Congratulates FRELIMO on Congress",
          "Beijing, September 28th (IDCPC)—The CPC Central Committee sent a message today to the 12th "
          "Congress of the Frente de Libertação de Moçambique (FRELIMO), held in Matola, wishing it success.",
          "2022-09-29", url(IDCPC_EN, "2022-09-29", 101), NO),
    Probe("no-message-equatorial-guinea",
          "Message to Party of Equatorial Guinea",
          "Beijing, June 12th (IDCPC)—The International Department of the CPC Central Committee sent a "
          "message of congratulations today to the Partido Democrático de Guinea Ecuatorial on its "
          "congress in Bata.",
          "2023-06-13", url(IDCPC_EN, "2023-06-13", 102), NO),
    ZhProbe("zh-no-angola-mpla",
            "中共中央致电安人运",
            "12月10日，中共中央致电安哥拉人民解放运动，祝贺其成立周年。贺电表示，中共愿同葡语国家政党加强交流，包括巴西等拉美国家政党。",
            "2025-12-11", url(IDCPC_ZH, "2025-12-11", 103), NO),
    ZhProbe("zh-zhengqu-sheyun-short",
            "中联部致电争取社运",
            "11月8日，中联部致电玻利维亚争取社运，祝贺该党候选人就任总统。电文表示，中方愿同争取社运加强交往。",
            "2020-11-09", url(IDCPC_ZH, "2020-11-09", 104),
            yes("Bolivia", "message", "2020-11-08", parties={MAS}, mechanism=BL, content=DI)),
    ZhProbe("zh-day-sent-vs-occasion",
            "中联部致电祝贺古巴革命胜利纪念日",
            "7月24日，中联部致电古巴共产党中央，祝贺7月26日攻打蒙卡达兵营70周年。",
            "2023-07-25", url(IDCPC_ZH, "2023-07-25", 105),
            yes("Cuba", "message", "2023-07-24", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("zh-celac-party-forum-letter",
            "习近平致信祝贺中拉政党论坛召开",
            "5月28日，中拉政党论坛在深圳开幕，中共中央总书记习近平致贺信。\n"
            "来自拉美和加勒比地区20多个国家的政党领导人出席论坛，其中包括古巴共产党、巴西劳工党等政党代表。",
            "2018-05-29", url(IDCPC_ZH, "2018-05-29", 106),
            yes(M, "forum", "2018-05-28", parties={PCC, PT}, mechanism=RL, content=KE)),
    ZhProbe("hk-trad-chile-later",
            "中聯部致電友黨悼念其主席逝世",
            "【本報訊】中聯部7月5日致電，對友黨主席逝世表示深切哀悼。\n"
            "電文致智利共產黨中央委員會，表示特伊列爾同志是中國人民的老朋友。",
            "2023-07-06", url(HK_ZH, "2023-07-06", 107),
            yes("Chile", "message", "2023-07-05", parties={PCCH}, mechanism=BL, content=DI)),
    MfaProbe("mfa-en-exchange-messages-late",
             "Chinese and Mexican Presidents Exchange Congratulatory Messages",
             "On February 14, 2022, President Xi Jinping exchanged congratulatory messages with his "
             "counterpart on the 50th anniversary of diplomatic relations.\n"
             "Xi said in his message to President Andrés Manuel López Obrador that the two countries are "
             "comprehensive strategic partners.",
             "2022-02-15", url(MFA_EN, "2022-02-15", 108),
             yes("Mexico", "message", "2022-02-14", head_of_state_level=True, partnership_action=None)),
    MfaProbe("mfa-zh-premier-to-pm", "李强就飓风灾害向牙买加总理致慰问电",
             "2025年10月30日，国务院总理李强致电牙买加总理霍尼斯，对飓风造成重大人员伤亡表示慰问。",
             "2025-10-31", url(MFA_ZH, "2025-10-31", 109),
             yes("Jamaica", "message", "2025-10-30", head_of_state_level=True), lang="zh"),
]

# ======== written after the rule changes, to check their edges (not part of the blind first run) ========
LATER: list[Probe] = [
    Probe("later-agency-address-block",
          "Message of congratulations",
          " date 2019-10-12\nXinhua English | Home | China | World | Business\nEditor: Zhang Yi\n"
          "To the Central Committee of the Communist Party of Cuba\n"
          "Dear comrades,\n"
          "On the 60th anniversary of the founding of your newspaper Granma, we send our warm greetings to "
          "the editors and to your Party.\n"
          "International Department of the CPC Central Committee\n"
          "October 3, 2019",
          "2019-10-12", url(AGENCY_EN, "2019-10-12", 201),
          yes("Cuba", "message", "2019-10-03", parties={PCC}, mechanism=BL, content=DI)),
    Probe("later-no-address-block-laos",
          "Message to a Party Congress",
          "To the Central Committee of the Lao People's Revolutionary Party\n"
          "Dear comrades,\n"
          "On the opening of your 12th Congress, we convey our warm congratulations. The friendship "
          "between our two parties, like that of the Communist Party of Cuba with both of us, rests on "
          "shared ideals.\n"
          "Central Committee of the Communist Party of China\n"
          "January 5, 2026",
          "2026-01-06", url(IDCPC_EN, "2026-01-06", 202), NO),
    Probe("later-no-to-line-subheading",
          "Liu Jianchao Meets Vietnamese Delegation",
          "To Deepen Exchanges Between the Two Parties\n"
          "Beijing, May 9th (IDCPC)—Liu Jianchao, head of the CPC's International Department, met here today "
          "with a delegation of the Communist Party of Vietnam. The two sides also spoke of their ties with "
          "the Communist Party of Cuba.",
          "2024-05-10", url(IDCPC_EN, "2024-05-10", 203), NO),
    ZhProbe("later-trad-address-block",
            "中共中央致古共賀電",
            "致古巴共產黨中央委員會：\n"
            "值此古巴革命勝利六十五週年之際，中國共產黨中央委員會謹向你們致以熱烈祝賀。\n"
            "中國共產黨中央委員會\n"
            "2024年1月1日",
            "2024-01-02", url(HK_ZH, "2024-01-02", 204),
            yes("Cuba", "message", "2024-01-01", parties={PCC}, mechanism=BL, content=DI)),
    ZhProbe("later-zh-address-no-zhi",
            "中联部贺电",
            "巴西劳工党全国执行委员会：\n"
            "值此贵党成立四十五周年之际，中联部谨向你们致以热烈祝贺。\n"
            "中共中央对外联络部\n"
            "2025年2月10日",
            "2025-02-11", url(IDCPC_ZH, "2025-02-11", 205),
            yes("Brazil", "message", "2025-02-10", parties={PT}, mechanism=BL, content=DI)),
    MfaProbe("later-mfa-en-orsi-late",
             "Xi Jinping Sends Congratulatory Message on Presidential Inauguration",
             "On March 1, 2025, President Xi Jinping sent a message of congratulations to the new president "
             "who took office that day.\n"
             "In the message to Uruguayan President Yamandú Orsi, Xi said China is ready to work with "
             "Uruguay to deepen their comprehensive strategic partnership.",
             "2025-03-02", url(MFA_EN, "2025-03-02", 206),
             yes("Uruguay", "message", "2025-03-01", head_of_state_level=True, partnership_action=None)),
    MfaProbe("later-mfa-en-no-portugal-brazil-topic",
             "Xi Jinping Sends Congratulatory Message on Inauguration",
             "On March 9, 2026, President Xi Jinping sent a message of congratulations on the inauguration "
             "of the new head of state.\n"
             "In his message to the President of Portugal, Xi said the two countries, like China and Brazil, "
             "share a long history of friendship.",
             "2026-03-10", url(MFA_EN, "2026-03-10", 207), NO),
    MfaProbe("later-mfa-zh-premier-late",
             "李强就地震灾害致慰问电",
             "2016年4月17日，国务院总理李强就强烈地震造成重大人员伤亡致电慰问。\n"
             "李强在慰问电中对厄瓜多尔总统科雷亚表示，中方愿提供帮助。",
             "2016-04-18", url(MFA_ZH, "2016-04-18", 208),
             yes("Ecuador", "message", "2016-04-17"), lang="zh",
             doubtful={"relevant": "Li Qiang was not premier in 2016: a probe's slip of fact, the page's own "
                                   "words decide all the same"}),
]

# Doubts found on reading the first run's failures (the probe's value stays the careful coder's guess).
DOUBTFUL: dict[tuple[str, str], str] = {
    ("zh-zhengqu-sheyun-short", "parties"):
        "争取社运 is this probe's short form; the press's usual one is 争社运",
    ("zh-zhengqu-sheyun-short", "mechanism"): "follows the party: leftist only once the short form is read",
    ("zh-condolence-earthquake-yesterday", "parties"):
        "拉瓦拉斯家族党 is a rendering of the probe's own; the press's form of Fanmi Lavalas is not sure",
    ("zh-condolence-figure-late", "parties"):
        "the page names no addressee: the deceased's party is his affiliation, the addressee only implied",
    ("zh-condolence-figure-late", "mechanism"): "follows the parties",
    ("spf-letter-to-cpc-signature", "event_date"):
        "follows the type: the letter's own day for a message, the meeting's for the forum",
}

# Probes that still fail after the work of this campaign, with the reason.
SPF_GATHERING = (
    "the lead sends the message to 'the gathering opening in Brasília'; the São "
    "Paulo Forum meeting it is comes only in the next paragraph, which the "
    "event-over-medium rule does not read"
)
TWO_IN_ONE_SENTENCE = (
    "two messages of two days in one sentence ('on April 7th … to Peru's …, and on "
    "April 9th … to Ecuador's'): the digest's items are split by sentence, so the "
    "two are read as one multilateral exchange"
)
RECALLED_IN_OWN_EVENT = (
    "a CPC gathering of its own whose later lead sentence recalls a past LAC "
    "message: no gate for recalled or planned messages after an own-event first "
    "sentence"
)
ELIDED_QUOTES = (
    "the probe elides the quotes with '……', so the three senders' paragraphs read as "
    "one sentence and the Venezuelan party as what the Vietnamese one said"
)
PRESIDENT_ELECT = (
    "the addressee is a president-elect named only by her person (克劳迪娅·辛鲍姆) and 中墨: "
    "the leader table knows her from her inauguration on"
)
COMPARED_IN_LEAD = (
    "a LAC party named in the letter's first paragraph only in a comparison ('like that of the "
    "Communist Party of Cuba') reads as a counterpart in the lead (so before this campaign too)"
)
OPEN: dict[tuple[str, str], str] = {
    ("spf-meeting-participants-after", "event_type"): SPF_GATHERING,
    ("spf-meeting-participants-after", "content"): SPF_GATHERING,
    ("digest-lac-third-two-lac", "country"): TWO_IN_ONE_SENTENCE,
    ("digest-lac-third-two-lac", "parties"): TWO_IN_ONE_SENTENCE,
    ("digest-lac-third-two-lac", "mechanism"): TWO_IN_ONE_SENTENCE,
    ("no-message-recalled-fidel", "relevant"): RECALLED_IN_OWN_EVENT,
    ("no-message-planned-in-domestic", "relevant"): RECALLED_IN_OWN_EVENT,
    ("zh-no-recalled-condolence", "relevant"): RECALLED_IN_OWN_EVENT,
    ("agency-zh-party-to-cpc-late", "relevant"): ELIDED_QUOTES,
    ("agency-zh-party-to-cpc-late", "country"): ELIDED_QUOTES,
    ("agency-zh-party-to-cpc-late", "event_type"): ELIDED_QUOTES,
    ("agency-zh-party-to-cpc-late", "parties"): ELIDED_QUOTES,
    ("agency-zh-party-to-cpc-late", "mechanism"): ELIDED_QUOTES,
    ("agency-zh-party-to-cpc-late", "content"): ELIDED_QUOTES,
    ("mfa-zh-congrats-late", "relevant"): PRESIDENT_ELECT,
    ("mfa-zh-congrats-late", "country"): PRESIDENT_ELECT,
    ("mfa-zh-congrats-late", "event_type"): PRESIDENT_ELECT,
    ("mfa-zh-congrats-late", "head_of_state_level"): PRESIDENT_ELECT,
    ("later-no-address-block-laos", "relevant"): COMPARED_IN_LEAD,
}

assert_unique_ids(PROBES + LATER)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES + LATER, OPEN, DOUBTFUL))
def test_late_named_message_field(probe: Probe, name: str, expected: object) -> None:
    assert value_of(record_of(probe), name) == expected

