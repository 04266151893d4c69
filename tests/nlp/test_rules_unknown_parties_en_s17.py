"""Campaign 17P2: LAC parties no name list knows, named in English (and the open cases of 17P).

The IDCPC's English pages name LAC parties in English far more often than in Spanish, and in every
form English has: "the People's X Movement of Grenada", "Jamaica's X Party", "the X Party (XP) of
Saint Lucia" with the acronym alone later, "the Grenadian party New Vision", "X, a centre-left party
of Suriname", the party told later only as "the party's chairwoman"; names built on League,
Alliance, Union, Congress, Movement, Front, Coalition, Organisation, Bloc, Convergence, Action,
Democrats; several such parties on one page (one country, or two → multilateral); a listed and an
unlisted party together; the country told by demonym, by "of X", by the dateline only or by a later
sentence. Hard negatives: English-named parties outside LAC, LAC parties only mentioned (an election
result, a guest's rival), coalitions that are not parties.

Self-written releases in the sites' style; the party names are invented (none is in the gazetteer,
and none may be added), country and official names are facts. Each probe names the values a careful
coder gives under the codebook (shared/eval/SCHEMA.md): an unlisted party is listed by the name as the
page gives it (without the article, the acronym in brackets or a possessive country before it).
Leftist only when the page says the party is of the left (left-wing, socialist, communist,
revolutionary workers) — an invented party has no family a coder could know otherwise.
"""

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
    G,
    M,
    Probe,
    R,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

PT = "Workers' Party (Brazil)"
PSUV = "United Socialist Party of Venezuela"
MORENA = "National Regeneration Movement"
PCC = "Communist Party of Cuba"
FA = "Broad Front"
AGENCY_TOP = "Home | China | World | Business | Culture | Photos\n"

PROBES: list[Probe] = [
    # ---- A. name forms, IDCPC English pages --------------------------------------------------
    Probe("of-country-holds-listed-name",
          "Liu Jianchao Receives Delegation of the People's Democratic Movement of Grenada",
          "Beijing, May 14th — Liu Jianchao, who heads the CPC's International Department, received here "
          "today a delegation of the People's Democratic Movement of Grenada led by its political leader "
          "Daniel Roberts.\nLiu said the CPC is willing to deepen exchanges of governance experience with "
          "Grenadian parties of all stripes. Roberts thanked China for its help after the hurricane and "
          "said his movement supports the one-China principle.",
          "2024-05-15", url(IDCPC_EN, "2024-05-14", 1),
          yes("Grenada", "meeting", "2024-05-14", parties={"People's Democratic Movement of Grenada"},
              mechanism=B, content=DI)),
    Probe("possessive-country-workers-party",
          "Sun Haiyan Meets with Jamaica's National Workers Party Delegation",
          "On the afternoon of March 6, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a "
          "delegation of Jamaica's National Workers Party headed by its general secretary Lloyd Campbell.\n"
          "The two sides talked about party building, youth work and practical cooperation between the "
          "two countries. Campbell said his party admires China's achievements in cutting poverty.",
          "2024-03-07", url(IDCPC_EN, "2024-03-07", 2),
          yes("Jamaica", "meeting", "2024-03-06", parties={"National Workers Party"}, mechanism=B,
              content=DI)),
    Probe("acronym-in-brackets-used-alone",
          "Chen Zhou Meets with PLP Delegation from Saint Lucia",
          "Beijing, September 19th — Chen Zhou, a vice minister of the IDCPC, met here today with a "
          "delegation of the Progressive Labour Party (PLP) of Saint Lucia.\nChen briefed the guests on the "
          "CPC's work in rural areas. The PLP delegation, led by party chairman Peter Joseph, said the PLP "
          "hopes to learn from China's experience in training young cadres.",
          "2023-09-20", url(IDCPC_EN, "2023-09-20", 3),
          yes("Saint Lucia", "meeting", "2023-09-19", parties={"Progressive Labour Party"}, mechanism=B,
              content=DI)),
    Probe("demonym-party-apposition-name",
          "Guo Yezhou Meets with Leaders of the Grenadian Party New Vision",
          "On June 21, Guo Yezhou, deputy head of the IDCPC, met in Beijing with Kerry-Ann Thomas, leader "
          "of the Grenadian party New Vision, and her delegation.\nGuo said the CPC values its friendship "
          "with political forces in the Caribbean. Thomas said New Vision, founded five years ago, wants to "
          "learn how China links its development planning with local needs.",
          "2023-06-22", url(IDCPC_EN, "2023-06-22", 4),
          yes("Grenada", "meeting", "2023-06-21", parties={"New Vision"}, mechanism=B, content=DI)),
    Probe("centre-left-party-of-suriname",
          "Qian Hongshan Meets with Surinamese Guests",
          "Beijing, November 2nd — Qian Hongshan, a deputy head of the CPC's International Department, "
          "received today a delegation of the Party for Democratic Renewal, a "
          "centre-left party of Suriname, led by its chairman Ravi Mahabier.\nBoth sides agreed to "
          "strengthen exchanges between the two parties and to support cooperation in agriculture.",
          "2023-11-03", url(IDCPC_EN, "2023-11-03", 5),
          yes("Suriname", "meeting", "2023-11-02", parties={"Party for Democratic Renewal"}, mechanism=B,
              content=DI),
          doubtful={"mechanism": "a centre-left party: whether the study's 'leftist' takes the centre-left "
                                 "family is not said by the codebook"}),
    Probe("party-chairwoman-later",
          "Guyanese Party Delegation Visits the IDCPC",
          "On April 11, Li Mingxiang, a deputy head of the IDCPC, met in Beijing with a delegation from the "
          "Citizens' Alliance for Progress of Guyana.\nThe party's chairwoman, Sharon Baptiste, said the "
          "alliance was founded by community organisers and seeks closer ties with the CPC. Li welcomed the "
          "delegation and introduced China's whole-process people's democracy.",
          "2024-04-12", url(IDCPC_EN, "2024-04-12", 6),
          yes("Guyana", "meeting", "2024-04-11", parties={"Citizens' Alliance for Progress of Guyana"},
              mechanism=B, content=DI)),
    Probe("league-left-wing-apposition",
          "Liu Jianchao Meets with Trinidad and Tobago Party Leader",
          "Beijing, July 8th — Liu Jianchao, head of the IDCPC, met here today with Marlon Ramdass, "
          "leader of "
          "the Popular Workers' League of Trinidad and Tobago, a left-wing party.\nLiu said the CPC is ready "
          "to share experience with progressive forces in the Caribbean. Ramdass said the league regards "
          "the CPC as a source of inspiration in the struggle for social justice.",
          "2024-07-09", url(IDCPC_EN, "2024-07-09", 7),
          yes("Trinidad and Tobago", "meeting", "2024-07-08",
              parties={"Popular Workers' League of Trinidad and Tobago"}, mechanism=BL, content=DI)),
    Probe("union-possessive-haiti",
          "Ma Hui Meets with President of Haiti's National Union for Progress",
          "On the morning of October 16, Ma Hui, vice minister of the IDCPC, met in Beijing with Jean-Marc "
          "Pierre, president of Haiti's National Union for Progress.\nMa expressed concern over the "
          "security situation in Haiti and hoped the Haitian people would soon see stability. Pierre said "
          "his party stands for national dialogue and reconstruction.",
          "2023-10-17", url(IDCPC_EN, "2023-10-17", 8),
          yes("Haiti", "meeting", "2023-10-16", parties={"National Union for Progress"}, mechanism=B,
              content=DI)),
    Probe("congress-country-in-name",
          "Sun Haiyan Meets with Delegation of Belize People's Congress",
          "Beijing, August 23rd — Sun Haiyan, a deputy head of the IDCPC, met here today with a "
          "delegation of "
          "the Belize People's Congress headed by its national chair Andrea Flowers.\nThe two sides "
          "exchanged views on party governance and on how young people can take part in politics.",
          "2024-08-24", url(IDCPC_EN, "2024-08-24", 9),
          yes("Belize", "meeting", "2024-08-23", parties={"Belize People's Congress"}, mechanism=B,
              content=DI)),
    Probe("movement-of-country-long",
          "Li Mingxiang Meets with Delegation from Saint Kitts and Nevis",
          "On May 28, Li Mingxiang, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Movement for National Renewal of Saint Kitts and Nevis led by its deputy leader Colin Hanley.\n"
          "Li said the CPC stands ready to strengthen exchanges with political parties of Saint Kitts and "
          "Nevis. Hanley said his movement supports closer trade links with China.",
          "2024-05-29", url(IDCPC_EN, "2024-05-29", 10),
          yes("Saint Kitts and Nevis", "meeting", "2024-05-28",
              parties={"Movement for National Renewal of Saint Kitts and Nevis"}, mechanism=B, content=DI)),
    Probe("front-left-in-name",
          "Guo Yezhou Meets with Paraguayan Party Delegation",
          "Beijing, February 27th — Guo Yezhou, deputy head of the IDCPC, met here today with a "
          "delegation of "
          "the Patriotic Left Front of Paraguay led by its secretary general Hugo Benítez.\nBenítez said the "
          "front, a coalition member of the Paraguayan left, admires the CPC's people-centred approach.",
          "2024-02-28", url(IDCPC_EN, "2024-02-28", 11),
          yes("Paraguay", "meeting", "2024-02-27", parties={"Patriotic Left Front of Paraguay"}, mechanism=BL,
              content=DI)),
    Probe("coalition-opposition-party",
          "Chen Zhou Meets with Antiguan Opposition Leader",
          "On January 17, Chen Zhou, vice minister of the IDCPC, met in Beijing with Roslyn Matthew, leader "
          "of the Coalition for Democratic Change, an opposition party in Antigua and Barbuda.\nThe two "
          "sides "
          "discussed climate adaptation for small island states and exchanges between young politicians.",
          "2024-01-18", url(IDCPC_EN, "2024-01-18", 12),
          yes("Antigua and Barbuda", "meeting", "2024-01-17", parties={"Coalition for Democratic Change"},
              mechanism=B, content=DI)),
    Probe("organisation-revolutionary-workers",
          "Qian Hongshan Meets with Haitian Party Delegation",
          "Beijing, December 5th — Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation "
          "of the Organisation of Revolutionary Workers of Haiti headed by its coordinator Pierre-Louis "
          "Estimé.\nEstimé said his organisation, a Marxist party founded in the 1980s, wants to learn from "
          "the CPC's experience in building grassroots organisations.",
          "2023-12-06", url(IDCPC_EN, "2023-12-06", 13),
          yes("Haiti", "meeting", "2023-12-05", parties={"Organisation of Revolutionary Workers of Haiti"},
              mechanism=BL, content=DI)),
    Probe("bloc-left-party-from",
          "Ma Hui Meets with Guatemalan Guests",
          "On September 3, Ma Hui, vice minister of the IDCPC, met in Beijing with Carlos Xitumul, secretary "
          "general of the Popular Bloc, a left party from Guatemala, and his delegation.\nThe two sides "
          "discussed rural development and the training of party members.",
          "2024-09-04", url(IDCPC_EN, "2024-09-04", 14),
          yes("Guatemala", "meeting", "2024-09-03", parties={"Popular Bloc"}, mechanism=BL, content=DI)),
    Probe("convergence-of-country",
          "Sun Haiyan Meets with Honduran Party Delegation",
          "Beijing, March 19th — Sun Haiyan, a deputy head of the IDCPC, met here today with a delegation of "
          "the Democratic Convergence of Honduras led by its president Ana Lucía Ferrera.\nSun said that "
          "since China and Honduras set up diplomatic ties, exchanges between the two peoples have grown.",
          "2024-03-20", url(IDCPC_EN, "2024-03-20", 15),
          yes("Honduras", "meeting", "2024-03-19", parties={"Democratic Convergence of Honduras"},
              mechanism=B,
              content=DI)),
    Probe("action-party-from-ecuador",
          "Li Mingxiang Meets with Ecuadorian Party Leader",
          "On July 2, Li Mingxiang, deputy head of the IDCPC, met in Beijing with Rosa Andrade, president of "
          "the Citizens' Action for Change, a party from Ecuador.\nAndrade said her party values the "
          "friendship between Ecuador and China and hopes to send young members to study in China.",
          "2024-07-03", url(IDCPC_EN, "2024-07-03", 16),
          yes("Ecuador", "meeting", "2024-07-02", parties={"Citizens' Action for Change"}, mechanism=B,
              content=DI)),
    Probe("democrats-of-svg",
          "Guo Yezhou Meets with Vincentian Party Delegation",
          "Beijing, October 9th — Guo Yezhou, deputy head of the IDCPC, met here today with a delegation of "
          "the Island Democrats of Saint Vincent and the Grenadines led by its leader Keith DaSilva.\nThe "
          "two sides discussed tourism, renewable energy and exchanges between political parties.",
          "2023-10-10", url(IDCPC_EN, "2023-10-10", 17),
          yes("Saint Vincent and the Grenadines", "meeting", "2023-10-09",
              parties={"Island Democrats of Saint Vincent and the Grenadines"}, mechanism=B, content=DI)),
    Probe("alliance-for-new-country",
          "Chen Zhou Meets with Delegation of the Alliance for a New Guyana",
          "On August 14, Chen Zhou, vice minister of the IDCPC, met in Beijing with a delegation of the "
          "Alliance for a New Guyana (ANG) headed by its leader Rohan Persaud.\nPersaud said the ANG will "
          "work for stronger links between Guyana and China in energy and infrastructure.",
          "2024-08-15", url(IDCPC_EN, "2024-08-15", 18),
          yes("Guyana", "meeting", "2024-08-14", parties={"Alliance for a New Guyana"}, mechanism=B,
              content=DI)),
    Probe("socialist-union-of-country",
          "Liu Jianchao Meets with Chilean Socialist Guests",
          "Beijing, April 24th — Liu Jianchao, head of the IDCPC, met here today with Daniela Fuentes, "
          "president of the Socialist Union of Chile.\nLiu said the CPC is willing to strengthen exchanges "
          "with Chile's left-wing forces. Fuentes said her party follows China's modernization with "
          "great interest.",
          "2024-04-25", url(IDCPC_EN, "2024-04-25", 19),
          yes("Chile", "meeting", "2024-04-24", parties={"Socialist Union of Chile"}, mechanism=BL,
              content=DI)),
    Probe("labour-movement-of-barbados-acronym",
          "Sun Haiyan Meets with DLM Delegation from Barbados",
          "On November 13, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Democratic Labour Movement (DLM) of Barbados.\nThe DLM delegation was led by its president "
          "Andre Skeete, who said the DLM wants to build long-term ties with the CPC.",
          "2023-11-14", url(IDCPC_EN, "2023-11-14", 20),
          yes("Barbados", "meeting", "2023-11-13", parties={"Democratic Labour Movement"}, mechanism=B,
              content=DI)),
    # ---- B. the country told by demonym, dateline, a later sentence -------------------------
    Probe("vincentian-demonym-only",
          "Qian Hongshan Meets with Guests from the Caribbean",
          "Beijing, June 12th — Qian Hongshan, vice minister of the IDCPC, met here today with Camillo "
          "Browne, leader of the People's Voice Movement, a Vincentian opposition party.\nBrowne said his "
          "party hopes to learn from China's experience in disaster prevention and in building roads.",
          "2024-06-13", url(IDCPC_EN, "2024-06-13", 21),
          yes("Saint Vincent and the Grenadines", "meeting", "2024-06-12",
              parties={"People's Voice Movement"}, mechanism=B, content=DI)),
    Probe("dateline-capital-only",
          "Chen Zhou Meets with Leader of National Progress Party",
          "Paramaribo, April 8th — Chen Zhou, vice minister of the IDCPC, who is leading a CPC delegation on "
          "a visit, met here today with Ronald Kartodikromo, chairman of the National Progress Party.\n"
          "Chen said the CPC is willing to deepen exchanges with all friendly parties in the country. "
          "Kartodikromo thanked China for its support in fighting the pandemic.",
          "2023-04-10", url(IDCPC_EN, "2023-04-10", 22),
          yes("Suriname", "meeting", "2023-04-08", parties={"National Progress Party"}, mechanism=B,
              content=DI)),
    Probe("later-sentence-country",
          "Liu Jianchao Meets with Leader of Liberty Alliance Party",
          "On June 4, Liu Jianchao, head of the IDCPC, met in Beijing with Marcus Allen, leader of the "
          "Liberty Alliance Party.\nLiu welcomed Allen on his first visit to China. Allen said his party, "
          "the second largest force in the Bahamas, supports a closer relationship between the Bahamas and "
          "China in tourism and fisheries.",
          "2024-06-05", url(IDCPC_EN, "2024-06-05", 23),
          yes("Bahamas", "meeting", "2024-06-04", parties={"Liberty Alliance Party"}, mechanism=B,
              content=DI)),
    Probe("demonym-trinidadian-adjective",
          "Ma Hui Meets with Trinidadian Party Delegation",
          "Beijing, January 23rd — Ma Hui, vice minister of the IDCPC, met here today with a delegation of "
          "the National Reform Party, led by its deputy political leader Anil Maharaj.\nThe two sides "
          "exchanged views on energy transition and on ties between China and Trinidad and Tobago.",
          "2024-01-24", url(IDCPC_EN, "2024-01-24", 24),
          yes("Trinidad and Tobago", "meeting", "2024-01-23", parties={"National Reform Party"}, mechanism=B,
              content=DI)),
    Probe("from-country-after-delegation",
          "Sun Haiyan Meets with Delegation from Dominica",
          "On February 15, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a delegation from "
          "Dominica of the United Freedom Coalition, headed by its leader Jerome Laville.\nLaville said the "
          "coalition, a party formed three years ago, hopes to visit Chinese villages that have escaped "
          "poverty.",
          "2024-02-16", url(IDCPC_EN, "2024-02-16", 25),
          yes("Dominica", "meeting", "2024-02-15", parties={"United Freedom Coalition"}, mechanism=B,
              content=DI)),
    Probe("old-site-of-country-union",
          "Song Tao Meets with Delegation of Popular Democratic Union of Ecuador",
          "Beijing, September 12th — Song Tao, who headed the CPC's International Department, met here today "
          "with a delegation of the Popular Democratic Union of Ecuador led by its national director Jaime "
          "Cevallos.\nSong said the CPC attaches importance to its ties with Ecuadorian parties. Cevallos "
          "said the union is a socialist party and admires the CPC.",
          "2019-09-13", url(IDCPC_EN_OLD, "2019-09-13", 26),
          yes("Ecuador", "meeting", "2019-09-12", parties={"Popular Democratic Union of Ecuador"},
              mechanism=BL, content=DI)),
    Probe("guatemalan-adjective-party-name",
          "Guo Yezhou Meets with Guatemalan Party Leader",
          "On May 7, Guo Yezhou, deputy head of the IDCPC, met in Beijing with Marta Coy, leader of the "
          "Guatemalan Renewal Movement.\nThe two sides discussed poverty reduction and cooperation among "
          "young politicians.",
          "2024-05-08", url(IDCPC_EN, "2024-05-08", 27),
          yes("Guatemala", "meeting", "2024-05-07", parties={"Guatemalan Renewal Movement"}, mechanism=B,
              content=DI)),
    Probe("jamaican-capital-later",
          "Li Mingxiang Holds Talks with Caribbean Party Guests",
          "Beijing, October 30th — Li Mingxiang, a deputy head of the IDCPC, met here today with a "
          "delegation "
          "of the People's Progressive Union led by its chairman Desmond Wright.\nWright, who flew in from "
          "Kingston, said his party is the youngest party in Jamaica's parliament and wants to learn from "
          "the CPC's experience in governance.",
          "2023-10-31", url(IDCPC_EN, "2023-10-31", 28),
          yes("Jamaica", "meeting", "2023-10-30", parties={"People's Progressive Union"}, mechanism=B,
              content=DI)),
    # ---- C. several parties on one page; listed and unlisted together -------------------------
    Probe("two-unlisted-one-country",
          "Chen Zhou Meets with Leaders of Two Guyanese Parties",
          "On March 26, Chen Zhou, vice minister of the IDCPC, met in Beijing with leaders of the Guyana "
          "Unity Congress and the Justice for All Party, who are on a joint study visit to China.\nChen said "
          "the CPC maintains exchanges with parties in Guyana across the political spectrum. The guests "
          "said their parties would help deepen Guyana-China friendship.",
          "2024-03-27", url(IDCPC_EN, "2024-03-27", 29),
          yes("Guyana", "meeting", "2024-03-26", parties={"Guyana Unity Congress", "Justice for All Party"},
              mechanism=B, content=DI)),
    Probe("two-unlisted-two-countries",
          "Sun Haiyan Meets with Caribbean Party Delegation",
          "Beijing, July 17th — Sun Haiyan, a deputy head of the IDCPC, met here today with a joint "
          "delegation of the Grenada Progressive Alliance and the Saint Lucia Labour Movement.\nSun said "
          "China values its friendship with the Caribbean countries. The delegates said their parties look "
          "forward to more exchanges with the CPC.",
          "2024-07-18", url(IDCPC_EN, "2024-07-18", 30),
          yes(M, "meeting", "2024-07-17",
              parties={"Grenada Progressive Alliance", "Saint Lucia Labour Movement"}, mechanism=R,
              content=DI)),
    Probe("listed-and-unlisted-brazil",
          "Liu Jianchao Meets with Brazilian Party Leaders",
          "On August 5, Liu Jianchao, head of the IDCPC, met in Beijing with a delegation of Brazilian "
          "parties made up of leaders of the Workers' Party (PT) and of the Brazilian Socialist Renewal "
          "Party, an ally of the PT in the governing coalition.\nLiu said the CPC is ready to deepen "
          "exchanges with Brazil's progressive parties.",
          "2024-08-06", url(IDCPC_EN, "2024-08-06", 31),
          yes("Brazil", "meeting", "2024-08-05", parties={PT, "Brazilian Socialist Renewal Party"},
              mechanism=BL, content=DI)),
    Probe("listed-and-unlisted-mexico",
          "Guo Yezhou Meets with Mexican Party Delegation",
          "Beijing, November 21st — Guo Yezhou, deputy head of the IDCPC, met here today with a "
          "delegation of "
          "Mexican politicians from Morena and from the Labour Solidarity Party of Mexico.\nThe guests "
          "said both parties value the exchange of experience with the CPC on social policy.",
          "2023-11-22", url(IDCPC_EN, "2023-11-22", 32),
          yes("Mexico", "meeting", "2023-11-21", parties={MORENA, "Labour Solidarity Party of Mexico"},
              mechanism=BL, content=DI)),
    Probe("listed-and-unlisted-two-countries",
          "Ma Hui Meets with Latin American Party Leaders",
          "On October 22, Ma Hui, vice minister of the IDCPC, met in Beijing with Ricardo Mena of the "
          "United Socialist Party of Venezuela and Lucía Paredes, president of the Bolivian Popular "
          "Sovereignty Movement.\nMa said the CPC is willing to work with Latin American parties for "
          "common development.",
          "2024-10-23", url(IDCPC_EN, "2024-10-23", 33),
          yes(M, "meeting", "2024-10-22", parties={PSUV, "Bolivian Popular Sovereignty Movement"},
              mechanism=RL, content=DI)),
    Probe("three-unlisted-seminar",
          "CPC Holds Online Seminar with Caribbean Parties",
          "On September 25, the IDCPC held an online seminar on the theme of green development with "
          "political parties from the Caribbean. Li Mingxiang, a deputy head of the IDCPC, addressed it.\n"
          "Leaders of the Barbados Unity Alliance, the Jamaica Progressive Congress and the Belize Workers' "
          "Front took part and spoke about climate policy in their countries.",
          "2024-09-26", url(IDCPC_EN, "2024-09-26", 34),
          yes(M, "seminar", "2024-09-25",
              parties={"Barbados Unity Alliance", "Jamaica Progressive Congress", "Belize Workers' Front"},
              mechanism=R, content=KE)),
    Probe("rival-only-mentioned-grenada",
          "Chen Zhou Meets with Leader of Grenada's New Vision",
          "Beijing, December 11th — Chen Zhou, vice minister of the IDCPC, met here today with Kerry-Ann "
          "Thomas, leader of New Vision of Grenada.\nThomas said her party, which ran against the National "
          "Democratic Congress in the last election, wants to learn from China's rural revitalization.",
          "2024-12-12", url(IDCPC_EN, "2024-12-12", 35),
          yes("Grenada", "meeting", "2024-12-11", parties={"New Vision of Grenada"}, mechanism=B,
              content=DI)),
    Probe("rival-unlisted-mentioned",
          "Sun Haiyan Meets with Belizean Party Delegation",
          "On June 26, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Belize National Alliance led by its leader Rudy Gomez.\nGomez said his alliance had won two seats "
          "from the Belize Heritage Party in the municipal elections and now hopes to learn from China's "
          "urban management.",
          "2024-06-27", url(IDCPC_EN, "2024-06-27", 36),
          yes("Belize", "meeting", "2024-06-26", parties={"Belize National Alliance"}, mechanism=B,
              content=DI)),
    Probe("coalition-not-party-unions",
          "Qian Hongshan Meets with Guyanese Trade Union Leaders",
          "Beijing, May 20th — Qian Hongshan, vice minister of the IDCPC, met here today with a delegation "
          "of the Guyana Coalition of Trade Unions led by its president Lincoln Lewis.\nThe two sides "
          "discussed workers' rights and vocational training.",
          "2024-05-21", url(IDCPC_EN, "2024-05-21", 37),
          yes("Guyana", "meeting", "2024-05-20", parties=set(), mechanism=B, content=DI)),
    Probe("coalition-not-party-ngo",
          "Ma Hui Meets with Jamaican Civil Society Delegation",
          "On April 3, Ma Hui, vice minister of the IDCPC, met in Beijing with members of the Jamaica Civic "
          "Alliance, a network of community groups and charities.\nThe guests said they hope to learn about "
          "China's community services.",
          "2024-04-04", url(IDCPC_EN, "2024-04-04", 38),
          yes("Jamaica", "meeting", "2024-04-03", parties=set(), mechanism=B, content=DI)),
    # ---- D. other formats with an unlisted party ---------------------------------------------
    Probe("message-anniversary-unlisted",
          "CPC Sends Congratulations to People's Progress Movement of Saint Kitts and Nevis",
          "On March 1, the International Department of the CPC Central Committee sent a message to the "
          "People's Progress Movement of Saint Kitts and Nevis, congratulating it on the 20th anniversary "
          "of its founding.\nThe message said the CPC appreciates the movement's commitment to friendship "
          "with China and wishes it new successes.",
          "2024-03-02", url(IDCPC_EN, "2024-03-02", 39),
          yes("Saint Kitts and Nevis", "message", "2024-03-01",
              parties={"People's Progress Movement of Saint Kitts and Nevis"}, mechanism=B, content=DI)),
    Probe("message-condolence-acronym",
          "IDCPC Sends Condolences on the Death of BUA Founder",
          "Beijing, August 2nd — Liu Jianchao, head of the IDCPC, today sent a message of condolence to the "
          "Barbados Unity Alliance (BUA) on the death of its founder George Alleyne.\nLiu said Alleyne was "
          "an old friend of the Chinese people and the BUA had lost an outstanding leader.",
          "2024-08-03", url(IDCPC_EN, "2024-08-03", 40),
          yes("Barbados", "message", "2024-08-02", parties={"Barbados Unity Alliance"}, mechanism=B,
              content=DI)),
    Probe("video-call-alliance",
          "Ma Hui Holds Video Call with Belize Progressive Alliance",
          "On the evening of May 16, Ma Hui, vice minister of the IDCPC, held a video call with Sandra "
          "Young, chairwoman of the Belize Progressive Alliance.\nThe two sides exchanged views on party "
          "building and on cooperation in agriculture and health.",
          "2024-05-17", url(IDCPC_EN, "2024-05-17", 41),
          yes("Belize", "video_call", "2024-05-16", parties={"Belize Progressive Alliance"}, mechanism=B,
              content=DI)),
    Probe("phone-call-party-leader",
          "Liu Jianchao Talks with Leader of the Haitian Democratic Front by Phone",
          "Beijing, February 9th — Liu Jianchao, head of the IDCPC, talked on the phone today with Marie "
          "Duverger, leader of the Haitian Democratic Front.\nLiu said the CPC hopes Haiti will restore "
          "order soon. Duverger thanked China for its humanitarian aid.",
          "2024-02-10", url(IDCPC_EN, "2024-02-10", 42),
          yes("Haiti", "phone_call", "2024-02-09", parties={"Haitian Democratic Front"}, mechanism=B,
              content=DI)),
    Probe("training-course-cadres",
          "Workshop for Cadres of the Guyana Democratic Renewal Party Opens",
          "On September 9, a workshop for cadres of the Guyana Democratic Renewal Party opened in Beijing. "
          "The ten-day course, run by the IDCPC, deals with poverty reduction and rural governance.\n"
          "Li Mingxiang, a deputy head of the IDCPC, spoke at the opening. Twenty-five party officials "
          "attend the workshop.",
          "2024-09-10", url(IDCPC_EN, "2024-09-10", 43),
          yes("Guyana", "training_course", "2024-09-09", parties={"Guyana Democratic Renewal Party"},
              mechanism=B, content=KE)),
    Probe("field-trip-province",
          "Delegation of Honduran Liberty and Justice Movement Visits Zhejiang",
          "From June 18 to 21, a delegation of the Honduran Liberty and Justice Movement visited Zhejiang at "
          "the invitation of the CPC.\nThe delegation toured villages, a digital economy park and a county "
          "party school in Hangzhou and Huzhou.",
          "2024-06-22", url(IDCPC_EN, "2024-06-22", 44),
          yes("Honduras", "field_trip", "2024-06-18", parties={"Honduran Liberty and Justice Movement"},
              mechanism=B, content=KE)),
    Probe("delegation-abroad-unlisted-host",
          "CPC Delegation Visits Saint Lucia",
          "At the invitation of the Saint Lucia Progressive Front, a CPC delegation led by Guo Yezhou, "
          "deputy "
          "head of the IDCPC, paid a visit to Saint Lucia from November 4 to 7.\nDuring the visit, the "
          "delegation met with the front's leader Andre Charles and with ministers of the government.",
          "2023-11-09", url(IDCPC_EN, "2023-11-09", 45),
          yes("Saint Lucia", "delegation_visit_abroad", "2023-11-04",
              parties={"Saint Lucia Progressive Front"}, mechanism=B, content=DI)),
    Probe("delegation-received-whole-stay",
          "Delegation of Jamaica's United People's Party Concludes Visit to China",
          "A delegation of Jamaica's United People's Party led by its president Olivia Grant visited China "
          "from July 10 to 17 at the invitation of the CPC.\nIn Beijing, Sun Haiyan, a deputy head of the "
          "IDCPC, met with the delegation. The guests also went to Sichuan and Chongqing.",
          "2024-07-18", url(IDCPC_EN, "2024-07-18", 46),
          yes("Jamaica", "delegation_received", "2024-07-10", parties={"United People's Party"},
              mechanism=B, content=DI)),
    Probe("briefing-two-countries",
          "IDCPC Briefs Caribbean Parties on the Third Plenary Session",
          "On August 20, the IDCPC held a briefing session in Beijing on the outcomes of the Third Plenary "
          "Session of the 20th CPC Central Committee for Caribbean political parties.\nRepresentatives of "
          "the Antigua Reform Movement and the Dominica Workers' Congress attended and asked questions "
          "about China's reform plans.",
          "2024-08-21", url(IDCPC_EN, "2024-08-21", 47),
          yes(M, "briefing", "2024-08-20",
              parties={"Antigua Reform Movement", "Dominica Workers' Congress"}, mechanism=R, content=KE)),
    Probe("bilateral-seminar-unlisted",
          "CPC and Dominican Popular Alliance Hold Theory Seminar",
          "On April 17, the CPC and the Dominican Popular Alliance held a theory seminar in Santo Domingo on "
          "modernization and party governance.\nQian Hongshan, vice minister of the IDCPC, and the "
          "alliance's president Luis Almonte spoke at the seminar.",
          "2024-04-19", url(IDCPC_EN, "2024-04-19", 48),
          yes("Dominican Republic", "seminar", "2024-04-17", parties={"Dominican Popular Alliance"},
              mechanism=B, content=KE)),
    Probe("meeting-during-visit-host-party",
          "Chen Zhou Meets with Leader of the Suriname People's Union",
          "Paramaribo, March 14th — Chen Zhou, vice minister of the IDCPC, who is leading a CPC "
          "delegation on "
          "a visit to Suriname, met today with Dewanand Ramsaran, chairman of the Suriname People's Union "
          "(SPU).\nRamsaran said the SPU will keep working for closer ties with China.",
          "2024-03-15", url(IDCPC_EN, "2024-03-15", 49),
          yes("Suriname", "meeting", "2024-03-14", parties={"Suriname People's Union"}, mechanism=B,
              content=DI)),
    Probe("weekday-date-unlisted",
          "Li Mingxiang Meets with Costa Rican Party Delegation",
          "Beijing, Friday, May 24th — Li Mingxiang, a deputy head of the IDCPC, on Thursday met with a "
          "delegation of the Costa Rican Democratic Renewal Party, led by its secretary general Esteban "
          "Mora.\nThe two sides discussed green development and education.",
          "2024-05-24", url(IDCPC_EN, "2024-05-24", 50),
          yes("Costa Rica", "meeting", "2024-05-23", parties={"Costa Rican Democratic Renewal Party"},
              mechanism=B, content=DI)),
    Probe("communist-party-unlisted-country",
          "Sun Haiyan Meets with Delegation of the Communist Workers' Movement of Colombia",
          "On October 15, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Communist Workers' Movement of Colombia led by its secretary general Jairo Cárdenas.\nCárdenas "
          "said the movement studies the CPC's theory and practice.",
          "2024-10-16", url(IDCPC_EN, "2024-10-16", 51),
          yes("Colombia", "meeting", "2024-10-15", parties={"Communist Workers' Movement of Colombia"},
              mechanism=BL, content=DI)),
    Probe("peru-action-front",
          "Guo Yezhou Meets with Peruvian Party Delegation",
          "Beijing, January 30th — Guo Yezhou, deputy head of the IDCPC, met here today with a delegation of "
          "the Peruvian Democratic Action Front led by its president Martha Quispe.\nQuispe said her party "
          "supports cooperation on the Chancay port and wants more student exchanges.",
          "2024-01-31", url(IDCPC_EN, "2024-01-31", 52),
          yes("Peru", "meeting", "2024-01-30", parties={"Peruvian Democratic Action Front"}, mechanism=B,
              content=DI)),
    Probe("argentina-union-possessive",
          "Chen Zhou Meets with Argentine Party Guests",
          "On July 25, Chen Zhou, vice minister of the IDCPC, met in Beijing with Federico Albornoz, "
          "president "
          "of Argentina's Federal Popular Union, and his delegation.\nThe two sides exchanged views on "
          "agricultural trade and on exchanges between local governments.",
          "2024-07-26", url(IDCPC_EN, "2024-07-26", 53),
          yes("Argentina", "meeting", "2024-07-25", parties={"Federal Popular Union"}, mechanism=B,
              content=DI)),
    Probe("uruguay-possessive-league",
          "Ma Hui Meets with Uruguayan Party Leader",
          "Beijing, March 12th — Ma Hui, vice minister of the IDCPC, met here today with Gabriel Pereira, "
          "general secretary of Uruguay's Workers' Socialist League.\nPereira said the league hopes to "
          "strengthen exchanges with the CPC on theory.",
          "2024-03-13", url(IDCPC_EN, "2024-03-13", 54),
          yes("Uruguay", "meeting", "2024-03-12", parties={"Workers' Socialist League"}, mechanism=BL,
              content=DI)),
    Probe("panama-democrats-of",
          "Li Mingxiang Meets with Panamanian Guests",
          "On November 27, Li Mingxiang, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Independent Democrats of Panama headed by its founder Raúl Arosemena.\nThe two sides discussed "
          "logistics, the canal economy and exchanges among young people.",
          "2024-11-28", url(IDCPC_EN, "2024-11-28", 55),
          yes("Panama", "meeting", "2024-11-27", parties={"Independent Democrats of Panama"}, mechanism=B,
              content=DI)),
    Probe("nicaragua-unlisted-ally",
          "Qian Hongshan Meets with Nicaraguan Party Delegation",
          "Beijing, June 5th — Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation of "
          "the Nicaraguan Christian Unity Movement, an ally of the Sandinista Front in the national "
          "assembly.\nThe guests said their party supports Nicaragua's ties with China.",
          "2024-06-06", url(IDCPC_EN, "2024-06-06", 56),
          yes("Nicaragua", "meeting", "2024-06-05", parties={"Nicaraguan Christian Unity Movement"},
              mechanism=B, content=DI)),
    # ---- E. agency copies with page furniture ------------------------------------------------
    Probe("agency-copy-possessive-party",
          "Senior CPC official meets Saint Lucian party leader",
          AGENCY_TOP + " date 2024-04-16\nBEIJING, April 16 -- Liu Jianchao, who heads the International "
          "Department of the Communist Party of China, met with Andre Charles, leader of Saint Lucia's "
          "Progressive Front, in Beijing on Tuesday.\nLiu said the CPC is ready to expand exchanges with "
          "Saint Lucian parties. Charles said his party firmly supports the one-China principle.\n"
          "Editor: Wang Li\nRelated: China, Caribbean nations deepen cooperation",
          "2024-04-16", url(AGENCY_EN, "2024-04-16", 57),
          yes("Saint Lucia", "meeting", "2024-04-16", parties={"Progressive Front"}, mechanism=B,
              content=DI)),
    Probe("agency-copy-acronym-dateline-abroad",
          "CPC delegation meets Barbadian opposition party",
          AGENCY_TOP + " date 2024-10-03\nBRIDGETOWN, Oct. 2 -- A CPC delegation led by Sun Haiyan met on "
          "Wednesday with leaders of the New Democratic Alliance (NDA), an opposition party.\nThe NDA "
          "leaders said they hope to learn from China's experience in vocational education.\n"
          "Editor: Li Hua",
          "2024-10-03", url(AGENCY_EN, "2024-10-03", 58),
          yes("Barbados", "meeting", "2024-10-02", parties={"New Democratic Alliance"}, mechanism=B,
              content=DI)),
    Probe("agency-copy-two-countries",
          "Caribbean party leaders attend CPC dialogue",
          AGENCY_TOP + " date 2024-06-28\nFUZHOU, June 27 -- A dialogue between the CPC and Caribbean "
          "political parties opened here on Thursday.\nLeaders of the Bahamas Democratic Movement and the "
          "Antigua People's Congress joined about 40 Chinese officials and scholars to discuss "
          "development paths of small states.\nEditor: Zhou Min",
          "2024-06-28", url(AGENCY_EN, "2024-06-28", 59),
          yes(M, "dialogue", "2024-06-27",
              parties={"Bahamas Democratic Movement", "Antigua People's Congress"}, mechanism=R, content=KE)),
    Probe("agency-copy-left-wing-front",
          "CPC official meets Chilean left-wing party delegation",
          AGENCY_TOP + " date 2024-11-06\nBEIJING, Nov. 6 -- Guo Yezhou, deputy head of the International "
          "Department of the CPC Central Committee, met here on Wednesday with a delegation of the Chilean "
          "left-wing party Front for Popular Dignity.\nThe two sides exchanged views on social policy and "
          "party building.\nEditor: Sun Jie",
          "2024-11-06", url(AGENCY_EN, "2024-11-06", 60),
          yes("Chile", "meeting", "2024-11-06", parties={"Front for Popular Dignity"}, mechanism=BL,
              content=DI)),
    Probe("agency-copy-party-chairwoman",
          "CPC, Dominican party hold talks in Beijing",
          AGENCY_TOP + " date 2024-02-21\nBEIJING, Feb. 21 -- Qian Hongshan of the CPC International "
          "Department met on Wednesday with a delegation of the Dominican Republic's Citizen Renewal "
          "Movement.\nThe party's chairwoman, Altagracia Peña, said the movement admires China's fight "
          "against poverty.\nEditor: Liu Yang",
          "2024-02-21", url(AGENCY_EN, "2024-02-21", 61),
          yes("Dominican Republic", "meeting", "2024-02-21", parties={"Citizen Renewal Movement"},
              mechanism=B, content=DI)),
    Probe("agency-copy-training-course",
          "Surinamese party cadres attend training course in China",
          AGENCY_TOP + " date 2024-05-10\nBEIJING, May 9 -- A training course for cadres of the Suriname "
          "National Alliance opened in Beijing on Thursday, organised by the CPC International Department.\n"
          "Some 20 members of the party will study governance and rural development for two weeks.\n"
          "Editor: Zhang Wei",
          "2024-05-10", url(AGENCY_EN, "2024-05-10", 62),
          yes("Suriname", "training_course", "2024-05-09", parties={"Suriname National Alliance"},
              mechanism=B, content=KE)),
    # ---- F. Chinese pages (simplified and traditional) ---------------------------------------
    Probe("zh-unlisted-prefix-country",
          "刘建超会见格林纳达新愿景党领导人",
          "6月21日，中联部部长刘建超在京会见格林纳达新愿景党领导人托马斯率领的代表团。\n刘建超表示，中国共产党愿同"
          "格林纳达各政党加强交流。托马斯表示，新愿景党愿学习中国发展经验。",
          "2024-06-22", url(IDCPC_ZH, "2024-06-22", 63),
          yes("Grenada", "meeting", "2024-06-21", parties={"格林纳达新愿景党"}, mechanism=B, content=DI),
          lang="zh"),
    Probe("zh-unlisted-league-leftist",
          "孙海燕会见伯利兹社会主义工人联盟代表团",
          "3月8日，中联部副部长孙海燕在京会见伯利兹社会主义工人联盟总书记加西亚率领的代表团。\n双方就党的建设和"
          "青年工作交换意见。加西亚表示，该党作为伯利兹左翼政党，高度赞赏中国共产党的理论与实践。",
          "2024-03-09", url(IDCPC_ZH, "2024-03-09", 64),
          yes("Belize", "meeting", "2024-03-08", parties={"伯利兹社会主义工人联盟"}, mechanism=BL,
              content=DI),
          lang="zh"),
    Probe("zh-two-unlisted-two-countries",
          "马辉会见加勒比政党联合代表团",
          "7月17日，中联部副部长马辉在京会见巴巴多斯团结联盟和安提瓜人民大会党联合代表团。\n马辉表示，中方重视"
          "同加勒比国家的友好关系。",
          "2024-07-18", url(IDCPC_ZH, "2024-07-18", 65),
          yes(M, "meeting", "2024-07-17", parties={"巴巴多斯团结联盟", "安提瓜人民大会党"}, mechanism=R,
              content=DI),
          lang="zh"),
    Probe("zh-listed-and-unlisted",
          "郭业洲会见巴西政党代表团",
          "11月21日，中联部副部长郭业洲在京会见由巴西劳工党和巴西社会主义革新党领导人组成的代表团。\n双方就治国"
          "理政经验交换了看法。",
          "2024-11-22", url(IDCPC_ZH, "2024-11-22", 66),
          yes("Brazil", "meeting", "2024-11-21", parties={PT, "巴西社会主义革新党"}, mechanism=BL,
              content=DI),
          lang="zh"),
    Probe("zh-traditional-unlisted",
          "陳洲會見蘇里南人民聯盟主席",
          "3月14日，中聯部副部長陳洲在京會見蘇里南人民聯盟主席拉姆薩蘭。\n拉姆薩蘭表示，該黨願為深化蘇中友好作出"
          "努力。",
          "2024-03-15", url(IDCPC_ZH, "2024-03-15", 67),
          yes("Suriname", "meeting", "2024-03-14", parties={"蘇里南人民聯盟"}, mechanism=B, content=DI),
          lang="zh"),
    Probe("zh-video-call-unlisted",
          "李明祥同伯利兹进步联盟领导人举行视频会谈",
          "5月16日晚，中联部副部长李明祥同伯利兹进步联盟主席扬举行视频会谈。\n双方就党的建设、农业和卫生合作"
          "等交换意见。",
          "2024-05-17", url(IDCPC_ZH, "2024-05-17", 68),
          yes("Belize", "video_call", "2024-05-16", parties={"伯利兹进步联盟"}, mechanism=B, content=DI),
          lang="zh"),
    Probe("zh-message-unlisted",
          "中共中央对外联络部致电祝贺圣基茨和尼维斯人民进步运动成立二十周年",
          "3月1日，中共中央对外联络部致电圣基茨和尼维斯人民进步运动，祝贺该党成立二十周年。\n贺电表示，中方赞赏"
          "该党长期致力于对华友好。",
          "2024-03-02", url(IDCPC_ZH, "2024-03-02", 69),
          yes("Saint Kitts and Nevis", "message", "2024-03-01", parties={"圣基茨和尼维斯人民进步运动"},
              mechanism=B, content=DI),
          lang="zh"),
    Probe("zh-field-trip-unlisted",
          "洪都拉斯自由正义运动代表团访问浙江",
          "6月18日至21日，洪都拉斯自由正义运动代表团应中国共产党邀请访问浙江，考察了杭州、湖州的乡村和数字经济"
          "园区。",
          "2024-06-22", url(IDCPC_ZH, "2024-06-22", 70),
          yes("Honduras", "field_trip", "2024-06-18", parties={"洪都拉斯自由正义运动"}, mechanism=B,
              content=KE),
          lang="zh"),
    Probe("zh-agency-copy-unlisted",
          "中联部负责人会见牙买加全国工人党代表团",
          "首页 | 时政 | 国际 | 财经\n date 2024-03-06\n新华社北京3月6日电 中联部副部长孙海燕6日在京会见"
          "牙买加全国工人党总书记坎贝尔率领的代表团。\n双方就党的建设和青年工作交换意见。\n责任编辑：王丽",
          "2024-03-06", url(AGENCY_ZH, "2024-03-06", 71),
          yes("Jamaica", "meeting", "2024-03-06", parties={"牙买加全国工人党"}, mechanism=B, content=DI),
          lang="zh"),
    Probe("zh-coalition-not-party",
          "钱洪山会见圭亚那工会联合会代表团",
          "5月20日，中联部副部长钱洪山在京会见圭亚那工会联合会主席刘易斯率领的代表团。\n双方就劳工权益和职业"
          "培训交换意见。",
          "2024-05-21", url(IDCPC_ZH, "2024-05-21", 72),
          yes("Guyana", "meeting", "2024-05-20", parties=set(), mechanism=B, content=DI),
          lang="zh"),
    Probe("zh-dateline-capital-only",
          "陈洲会见全国进步党主席",
          "新华社帕拉马里博4月8日电 正在访问的中联部副部长陈洲8日在此间会见全国进步党主席卡尔托迪克罗莫。\n"
          "陈洲表示，中国共产党愿同该国友好政党深化交流。",
          "2023-04-09", url(AGENCY_ZH, "2023-04-09", 73),
          yes("Suriname", "meeting", "2023-04-08", parties={"全国进步党"}, mechanism=B, content=DI),
          lang="zh"),
    Probe("zh-training-course-multi",
          "加勒比国家政党干部研修班在京开班",
          "9月9日，加勒比国家政党干部研修班在京开班。来自圭亚那民主革新党、多米尼克工人大会党等政党的30名"
          "干部参加。中联部副部长李明祥出席开班式并致辞。",
          "2024-09-10", url(IDCPC_ZH, "2024-09-10", 74),
          yes(M, "training_course", "2024-09-09", parties={"圭亚那民主革新党", "多米尼克工人大会党"},
              mechanism=R, content=KE),
          lang="zh"),
    # ---- I. more forms: "a party called", "leader of" with no article, global platform --------
    Probe("party-called-name",
          "Guo Yezhou Meets with Saint Lucian Guests",
          "On March 18, Guo Yezhou, deputy head of the IDCPC, met in Beijing with the leaders of a party "
          "from "
          "Saint Lucia called the Progressive Citizens' Movement.\nThe guests said their movement wants to "
          "learn how China trains local officials.",
          "2024-03-19", url(IDCPC_EN, "2024-03-19", 101),
          yes("Saint Lucia", "meeting", "2024-03-18", parties={"Progressive Citizens' Movement"}, mechanism=B,
              content=DI)),
    Probe("leader-of-no-article-acronym",
          "Ma Hui Meets with UD Leader from Trinidad and Tobago",
          "Beijing, September 24th — Ma Hui, vice minister of the IDCPC, met here today with Keisha "
          "Mohammed, "
          "leader of Unity Democrats (UD), a party in Trinidad and Tobago.\nMohammed said UD wants to "
          "deepen exchanges with the CPC on youth work.",
          "2024-09-25", url(IDCPC_EN, "2024-09-25", 102),
          yes("Trinidad and Tobago", "meeting", "2024-09-24", parties={"Unity Democrats"}, mechanism=B,
              content=DI)),
    Probe("bahamian-party-comma-name",
          "Li Mingxiang Meets with Bahamian Party Leader",
          "On April 23, Li Mingxiang, a deputy head of the IDCPC, met in Beijing with the leader of a "
          "Bahamian "
          "party, the Independent Citizens' Bloc, and his delegation.\nThe two sides discussed tourism and "
          "the blue economy.",
          "2024-04-24", url(IDCPC_EN, "2024-04-24", 103),
          yes("Bahamas", "meeting", "2024-04-23", parties={"Independent Citizens' Bloc"}, mechanism=B,
              content=DI)),
    Probe("course-two-unlisted-one-country",
          "Training Course for Jamaican Party Cadres Held in Beijing",
          "From October 14 to 25, the IDCPC ran a training course in Beijing for mid-level cadres of the "
          "Jamaica Progressive Congress and the National Workers Party of Jamaica.\nThe 30 participants "
          "studied China's practice in poverty reduction and digital government.",
          "2024-10-26", url(IDCPC_EN, "2024-10-26", 104),
          yes("Jamaica", "training_course", "2024-10-14",
              parties={"Jamaica Progressive Congress", "National Workers Party of Jamaica"}, mechanism=B,
              content=KE)),
    Probe("global-forum-two-lac-unlisted",
          "CPC in Dialogue with World Political Parties Held",
          "On November 28, the CPC in Dialogue with World Political Parties High-level Meeting was held in "
          "Beijing. Over 200 parties from 120 countries took part.\nAmong the participants from Latin "
          "America were leaders of the Haitian Democratic Front and the Suriname People's Union.",
          "2024-11-29", url(IDCPC_EN, "2024-11-29", 105),
          yes(M, "dialogue", "2024-11-28", parties={"Haitian Democratic Front", "Suriname People's Union"},
              mechanism=G, content=KE)),
    Probe("haitian-alliance-for-renewal",
          "Qian Hongshan Meets with Delegation of the Haitian Alliance for Renewal",
          "Beijing, July 30th — Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation of "
          "the Haitian Alliance for Renewal headed by its coordinator Rose-Marie Célestin.\nThe two sides "
          "discussed humanitarian aid and the rebuilding of schools.",
          "2024-07-31", url(IDCPC_EN, "2024-07-31", 106),
          yes("Haiti", "meeting", "2024-07-30", parties={"Haitian Alliance for Renewal"}, mechanism=B,
              content=DI)),
    Probe("ruling-party-unlisted-apposition",
          "Sun Haiyan Meets with Delegation of Belize's Ruling Party",
          "On January 9, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Alliance for Progress, the ruling party of Belize, led by its deputy leader Omar Castillo.\nThe "
          "two sides exchanged views on sustainable tourism and the sugar industry.",
          "2024-01-10", url(IDCPC_EN, "2024-01-10", 107),
          yes("Belize", "meeting", "2024-01-09", parties={"Alliance for Progress"}, mechanism=B, content=DI)),
    Probe("old-site-front-congress-message",
          "IDCPC Congratulates the Popular Unity Front on Its Congress",
          "On November 5, the IDCPC sent a congratulatory message to the Popular Unity Front of Bolivia on "
          "the opening of its third national congress.\nThe message wished the congress success and said "
          "the CPC values the front's friendship.",
          "2018-11-06", url(IDCPC_EN_OLD, "2018-11-06", 108),
          yes("Bolivia", "message", "2018-11-05", parties={"Popular Unity Front of Bolivia"}, mechanism=B,
              content=DI)),
    Probe("venezuelan-unlisted-ally-listed",
          "Guo Yezhou Meets with Venezuelan Party Leaders",
          "Beijing, April 9th — Guo Yezhou, deputy head of the IDCPC, met here today with leaders of the "
          "United Socialist Party of Venezuela and of the Venezuelan Popular Power Movement, a left-wing "
          "ally of the ruling party.\nThe guests said the two parties back closer party-to-party ties.",
          "2024-04-10", url(IDCPC_EN, "2024-04-10", 109),
          yes("Venezuela", "meeting", "2024-04-09", parties={PSUV, "Venezuelan Popular Power Movement"},
              mechanism=BL, content=DI)),
    Probe("salvador-democrats-later-country",
          "Chen Zhou Meets with Leader of the New Democrats",
          "On June 13, Chen Zhou, vice minister of the IDCPC, met in Beijing with Claudia Rivas, leader "
          "of the "
          "New Democrats.\nRivas said her party, which has four seats in El Salvador's legislative assembly, "
          "supports the ties China and El Salvador set up in 2018.",
          "2024-06-14", url(IDCPC_EN, "2024-06-14", 110),
          yes("El Salvador", "meeting", "2024-06-13", parties={"New Democrats"}, mechanism=B, content=DI)),
    # ---- G. foreign-ministry pages with an unlisted party ------------------------------------
    Probe("mfa-capital-dateline-only",
          "Vice Foreign Minister Hua Chunying Meets with Leader of the National Democratic Front",
          "Castries, September 12 — Vice Foreign Minister Hua Chunying, who is on a visit here, met today "
          "with Martin Lafeuillee, leader of the National Democratic Front.\nHua said China is ready to "
          "work with all sectors of the country to move bilateral relations forward. Lafeuillee said his "
          "party supports the one-China principle.",
          "2024-09-13", url(MFA_EN, "2024-09-13", 75),
          yes("Saint Lucia", "meeting", "2024-09-12"), source="mfa"),
    Probe("mfa-minister-meets-party-leader",
          "Wang Yi Meets with Leader of Guyana's People's Alliance for Change",
          "On May 22, Foreign Minister Wang Yi met in Beijing with Dharamdeo Singh, leader of Guyana's "
          "People's Alliance for Change.\nWang Yi said China regards Guyana as a good friend in the "
          "Caribbean. Singh said his party values Guyana-China cooperation in energy and roads.",
          "2024-05-23", url(MFA_EN, "2024-05-23", 76),
          yes("Guyana", "meeting", "2024-05-22"), source="mfa"),
    Probe("mfa-zh-unlisted-party-leader",
          "王毅会见巴巴多斯新民主联盟领导人",
          "2024年10月15日，外交部长王毅在北京会见巴巴多斯新民主联盟领导人斯基特。\n王毅表示，中方愿同巴方加强各"
          "领域交流合作。斯基特表示，该党坚定奉行一个中国原则。",
          "2024-10-15", url(MFA_ZH, "2024-10-15", 77),
          yes("Barbados", "meeting", "2024-10-15"), source="mfa", lang="zh"),
    Probe("mfa-ambassador-only-negative",
          "Ambassador Meets with Leader of the Belize Progressive Alliance",
          "On March 4, the Chinese Ambassador met with Sandra Young, chairwoman of the Belize Progressive "
          "Alliance, at the embassy.\nThe two sides exchanged views on bilateral relations.",
          "2024-03-05", url(MFA_EN, "2024-03-05", 78),
          NO, source="mfa"),
    # ---- H. hard negatives: parties outside LAC, LAC parties only mentioned ------------------
    Probe("neg-fiji-labour",
          "Sun Haiyan Meets with Delegation of the Labour Party of Fiji",
          "Beijing, April 18th — Sun Haiyan, a deputy head of the IDCPC, met here today with a delegation of "
          "the Labour Party of Fiji led by its general secretary Ravinesh Kumar.\nThe two sides discussed "
          "ocean affairs, sugar cane farming and climate change in the Pacific.",
          "2024-04-19", url(IDCPC_EN, "2024-04-19", 79), NO),
    Probe("neg-zambia-upnd",
          "Liu Jianchao Meets with Zambian Guests",
          "On June 11, Liu Jianchao, head of the IDCPC, met in Beijing with a delegation of Zambia's United "
          "Party for National Development led by its national chairman.\nThe two sides discussed mining, "
          "debt relief and exchanges between the two ruling parties.",
          "2024-06-12", url(IDCPC_EN, "2024-06-12", 80), NO),
    Probe("neg-solomon-alliance",
          "Chen Zhou Meets with Solomon Islands Party Delegation",
          "Beijing, August 27th — Chen Zhou, vice minister of the IDCPC, met here today with a delegation of "
          "the Democratic Alliance of Solomon Islands.\nThe guests said their party hopes to learn from "
          "China's experience in fisheries and road building.",
          "2024-08-28", url(IDCPC_EN, "2024-08-28", 81), NO),
    Probe("neg-ghana-ndc-listed-name",
          "Guo Yezhou Meets with Delegation of Ghana's National Democratic Congress",
          "On October 8, Guo Yezhou, deputy head of the IDCPC, met in Beijing with a delegation of Ghana's "
          "National Democratic Congress led by its general secretary.\nThe two sides exchanged views on "
          "party building and China-Africa cooperation.",
          "2024-10-09", url(IDCPC_EN, "2024-10-09", 82), NO),
    Probe("neg-png-pangu",
          "Ma Hui Meets with Papua New Guinea Party Leaders",
          "Beijing, November 19th — Ma Hui, vice minister of the IDCPC, met here today with leaders of Papua "
          "New Guinea's Pangu Party.\nThe two sides discussed infrastructure and exchanges among young "
          "politicians of the two countries.",
          "2024-11-20", url(IDCPC_EN, "2024-11-20", 83), NO),
    Probe("neg-liberia-unity",
          "Li Mingxiang Meets with Liberian Party Delegation",
          "On February 6, Li Mingxiang, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Unity Party of Liberia headed by its chairman.\nThe guests said their party values its ties with "
          "the CPC.",
          "2024-02-07", url(IDCPC_EN, "2024-02-07", 84), NO),
    Probe("neg-guinea-rally",
          "Qian Hongshan Meets with Guinean Party Delegation",
          "Beijing, March 28th — Qian Hongshan, vice minister of the IDCPC, met here today with a delegation "
          "of the Rally of the Guinean People led by its vice president.\nThe two sides discussed bauxite "
          "mining and vocational training in Conakry.",
          "2024-03-29", url(IDCPC_EN, "2024-03-29", 85), NO),
    Probe("neg-new-zealand-labour",
          "Sun Haiyan Meets with New Zealand Labour Party Delegation",
          "On September 17, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "New Zealand Labour Party.\nThe two sides exchanged views on trade and on the Pacific region.",
          "2024-09-18", url(IDCPC_EN, "2024-09-18", 86), NO),
    Probe("neg-south-africa-democratic-alliance",
          "Chen Zhou Meets with South African Party Guests",
          "Beijing, May 30th — Chen Zhou, vice minister of the IDCPC, met here today with a delegation of "
          "the "
          "Democratic Alliance of South Africa led by its federal chairperson.\nThe guests said the party "
          "hopes to learn about China's urban governance.",
          "2024-05-31", url(IDCPC_EN, "2024-05-31", 87), NO),
    Probe("neg-namibia-congress-of-democrats",
          "Guo Yezhou Meets with Namibian Party Leader",
          "On July 15, Guo Yezhou, deputy head of the IDCPC, met in Beijing with the president of Namibia's "
          "Congress of Democrats.\nThe two sides discussed water management and youth employment.",
          "2024-07-16", url(IDCPC_EN, "2024-07-16", 88), NO),
    Probe("neg-timor-congress-acronym",
          "Ma Hui Meets with CNRT Delegation from Timor-Leste",
          "Beijing, January 16th — Ma Hui, vice minister of the IDCPC, met here today with a delegation "
          "of the "
          "National Congress for Timorese Reconstruction (CNRT) of Timor-Leste.\nThe CNRT guests said they "
          "hope to strengthen exchanges with the CPC.",
          "2024-01-17", url(IDCPC_EN, "2024-01-17", 89), NO),
    Probe("neg-malta-labour",
          "Li Mingxiang Meets with Maltese Labour Party Delegation",
          "On April 29, Li Mingxiang, a deputy head of the IDCPC, met in Beijing with a delegation of "
          "Malta's "
          "Labour Party.\nThe two sides exchanged views on Mediterranean shipping and tourism.",
          "2024-04-30", url(IDCPC_EN, "2024-04-30", 90), NO),
    Probe("neg-vanuatu-union",
          "Qian Hongshan Meets with Vanuatu Party Delegation",
          "Beijing, October 24th — Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation "
          "of the Union of Moderate Parties of Vanuatu.\nThe guests thanked China for building the "
          "convention centre in Port Vila.",
          "2024-10-25", url(IDCPC_EN, "2024-10-25", 91), NO),
    Probe("neg-equatorial-guinea-party",
          "Sun Haiyan Meets with Delegation of Equatorial Guinea's Democratic Party",
          "On December 3, Sun Haiyan, a deputy head of the IDCPC, met in Beijing with a delegation of the "
          "Democratic Party of Equatorial Guinea.\nThe two sides discussed oil, gas and health cooperation.",
          "2024-12-04", url(IDCPC_EN, "2024-12-04", 92), NO),
    Probe("neg-lac-election-result-only",
          "Belize National Alliance wins municipal polls",
          AGENCY_TOP + " date 2024-03-07\nBELMOPAN, March 6 -- The Belize National Alliance won seven of the "
          "nine town councils in municipal elections held on Wednesday, the elections body said.\nThe "
          "Belize Heritage Party took the other two.\nEditor: Li Hua",
          "2024-03-07", url(AGENCY_EN, "2024-03-07", 93), NO),
    Probe("neg-lac-party-mentioned-by-european-guest",
          "Liu Jianchao Meets with Spanish Party Delegation",
          "Beijing, May 21st — Liu Jianchao, head of the IDCPC, met here today with a delegation of the "
          "Spanish party United Left for Change.\nThe guests, who came to Beijing from La Paz, where they "
          "had "
          "attended a congress of the Bolivian Popular Sovereignty Movement, said their party follows "
          "Latin American affairs closely.",
          "2024-05-22", url(IDCPC_EN, "2024-05-22", 94), NO),
    Probe("neg-pacific-coalition-not-party",
          "Chen Zhou Meets with Pacific Civil Society Coalition",
          "On August 6, Chen Zhou, vice minister of the IDCPC, met in Beijing with members of the Pacific "
          "Islands Civil Society Coalition from Samoa, Tonga and Kiribati.\nThe two sides discussed "
          "climate adaptation.",
          "2024-08-07", url(IDCPC_EN, "2024-08-07", 95), NO),
    Probe("neg-zh-fiji-labour",
          "孙海燕会见斐济工党代表团",
          "4月18日，中联部副部长孙海燕在京会见斐济工党总书记库马尔率领的代表团。\n双方就海洋事务和气候变化交换"
          "意见。",
          "2024-04-19", url(IDCPC_ZH, "2024-04-19", 96), NO, lang="zh"),
    Probe("neg-zh-zambia",
          "刘建超会见赞比亚国家发展联合党代表团",
          "6月11日，中联部部长刘建超在京会见赞比亚国家发展联合党全国主席率领的代表团。\n双方就矿业和债务问题"
          "交换意见。",
          "2024-06-12", url(IDCPC_ZH, "2024-06-12", 97), NO, lang="zh"),
    Probe("neg-zh-ghana-ndc",
          "郭业洲会见加纳全国民主大会党代表团",
          "10月8日，中联部副部长郭业洲在京会见加纳全国民主大会党总书记率领的代表团。\n双方就党的建设和中非合作"
          "交换意见。",
          "2024-10-09", url(IDCPC_ZH, "2024-10-09", 98), NO, lang="zh"),
    Probe("neg-mfa-fiji-party-leader",
          "Wang Yi Meets with Leader of Fiji's People's Alliance",
          "On July 9, Foreign Minister Wang Yi met in Beijing with the leader of Fiji's People's Alliance.\n"
          "Wang Yi said China and Fiji are good friends in the Pacific.",
          "2024-07-10", url(MFA_EN, "2024-07-10", 99), NO, source="mfa"),
    Probe("neg-mongolia-peoples-party",
          "Guo Yezhou Meets with Mongolian People's Party Delegation",
          "Beijing, June 25th — Guo Yezhou, deputy head of the IDCPC, met here today with a delegation of "
          "the "
          "Mongolian People's Party.\nThe two sides discussed grassland protection and trade.",
          "2024-06-26", url(IDCPC_EN, "2024-06-26", 100), NO),
]

assert_unique_ids(PROBES)

ZH_NAME = ("an unlisted party on a Chinese page is only noted for the reviewer, by design "
           "(nlp/party_names.py): which form a coder writes as its name (the Chinese as printed, or an "
           "English title) the codebook does not say")
# zh parties are doubtful, not open: the coder's value itself is in doubt
DOUBTFUL: dict[tuple[str, str], str] = {
    (p.pid, "parties"): ZH_NAME for p in PROBES
    if p.lang == "zh" and p.source == "idcpc" and "parties" in p.expect
    and any(not n.isascii() for n in p.expect["parties"])
}
DOUBTFUL[("party-chairwoman-later", "event_type")] = (
    "headline 'Party Delegation Visits the IDCPC' over one meeting in Beijing: a meeting by the text, but "
    "the headline speaks of a visit (delegation_received?); read as a CPC visit abroad, wrong either way")

# (pid, field) → why it still fails after the campaign's rules
OPEN: dict[tuple[str, str], str] = {
    ("congress-country-in-name", "parties"): (
        "'Congress' heads a party's name only where the page calls the body a party; this page never does "
        "(only 'party governance')"),
    ("meeting-during-visit-host-party", "parties"): (
        "'Union' heads a party's name only where the page calls the body a party; this page never does"),
    ("vincentian-demonym-only", "country"): (
        "the headline's 'Guests from the Caribbean' is read as a group of the region (multilateral) though "
        "the text names one party of one country"),
    ("vincentian-demonym-only", "mechanism"): "follows the country (regional for multilateral)",
    ("from-country-after-delegation", "parties"): (
        "'a delegation from Dominica of the United Freedom Coalition': the country stands before 'of', "
        "not in, before or after the name"),
    ("two-unlisted-one-country", "parties"): (
        "'Justice for All Party' carries no country and follows 'leaders of the Guyana Unity Congress and "
        "the': not the counterpart's office phrase; 'Congress' is never called a party"),
    ("listed-and-unlisted-mexico", "parties"): (
        "'solidarity' is a body's word (a solidarity movement) that vetoes an unlisted name; an older "
        "probe keeps 'the Peace and Progress Party of Belize' no party, so a name headed by 'Party' is "
        "not exempt"),
    ("rival-only-mentioned-grenada", "parties"): (
        "'New Vision of Grenada' has no head noun: names with none are read only as listed parties' forms"),
    ("field-trip-province", "parties"): (
        "'Honduran Liberty and Justice Movement': words joined by 'and' are read as one name only with no "
        "country among them, so the demonym that opens the name cuts it short and no country is left"),
    ("briefing-two-countries", "parties"): (
        "'Antigua' alone is no name of Antigua and Barbuda in the gazetteer (Antigua is also a Guatemalan "
        "city), so 'Antigua Reform Movement' carries no country"),
    ("agency-copy-two-countries", "parties"): (
        "'Antigua People's Congress': 'Antigua' alone names no country in the gazetteer"),
    ("nicaragua-unlisted-ally", "parties"): (
        "a listed party named only as the guest party's ally ('an ally of the Sandinista Front') is read "
        "as a counterpart"),
    ("nicaragua-unlisted-ally", "mechanism"): "leftist by the ally (FSLN) read as a counterpart",
    ("zh-unlisted-league-leftist", "mechanism"): (
        "联盟 (league) heads no Chinese party name the notes read, so the page's own 该党作为伯利兹左翼政党 "
        "finds no unlisted party to give the family to"),
    ("salvador-democrats-later-country", "parties"): (
        "'the New Democrats' carries no country; the counterpart's party takes the page's country only with "
        "two or more words before its head ('the Spanish Party' is a kind, not a name)"),
    ("neg-lac-party-mentioned-by-european-guest", "relevant"): (
        "a LAC party named only as the host of a congress the European guests attended reads as a "
        "counterpart"),
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN, DOUBTFUL))
def test_unknown_parties_en_page_field(probe: Probe, name: str, expected: object) -> None:
    assert value_of(record_of(probe), name) == expected
