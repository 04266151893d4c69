"""Campaign 9F: event_date by the codebook's Decision rules on dates, on both sources and their
copies (agency, newspaper and embassy sites). Self-written releases in the sites' style; party,
country and official names are facts, the wording and the days are invented.

The rules probed (SCHEMA.md, "event_date" and "Dates of visits and briefings"):
1. a stated day; a range gives its first day;
2. the dateline's day for "here today", "on the same day", 当天, or when no other day is named;
3. a weekday or relative day counts back from the dateline's day, else from the printed date;
   "recently", "last week", 近日, 日前 give no day;
4. a month-day without a year takes the year of the dateline, the printed date or the address,
   and a month after that date means the year before;
no day in the text gives null; an announced event is dated by the day it will start.

``ALL_CASES`` were written before reading the code (the blind first run: 111 of 117 right);
``ROUND_TWO_CASES`` after it, to probe the classes the code's shape suggested.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from probe_harness import url

from nlp.extract import extract

IDCPC_EN = "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_1.html"
IDCPC_EN23 = "https://www.idcpc.org.cn/english2023/lldt/{ym}/t{ymd}_1.html"
IDCPC_ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_1.html"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_1.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_1.shtml"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_1.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_1.htm"
EMBASSY_EN = "http://cu.china-embassy.gov.cn/eng/zgxw/{ym}/t{ymd}_1.htm"
HK_ZH = "https://www.hk-daily-news.com/news/{y}/{m}{d}/1.html"


class Case(NamedTuple):
    id: str
    source: str
    lang: str
    title: str
    text: str
    published: str | None
    url: str
    expected: str | None


def run(case: Case):
    return extract({"url": case.url, "source": case.source, "lang": case.lang, "title": case.title,
                    "published": case.published, "text": case.text})


# ---- IDCPC pages in English -----------------------------------------------------------------------

IDCPC_EN_CASES = [
    Case("dateline-only", "idcpc", "en", "Song Tao Meets with Delegation of Communist Party of Cuba",
         "Beijing, May 8th--Song Tao, head of the IDCPC, met with a delegation of the Communist Party of "
         "Cuba led by Jorge Luis Broche, member of the Secretariat of its Central Committee. The two sides "
         "exchanged views on party-building.\nEnditem",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("here-today", "idcpc", "en", "Song Tao Meets with Venezuelan PSUV Delegation",
         "Beijing, May 8th--Song Tao, head of the IDCPC, met here today with a delegation of the United "
         "Socialist Party of Venezuela (PSUV). Song said the CPC values its ties with the PSUV.\nEnditem",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("stated-day-before-dateline", "idcpc", "en", "Song Tao Meets with Brazilian Workers' Party Leader",
         "Beijing, May 9th--Song Tao, head of the IDCPC, met on May 7 in Beijing with Gleisi Hoffmann, "
         "President of the Workers' Party of Brazil. The two sides talked about exchanges of experience.",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-07"),
    Case("ordinal-rd-emdash", "idcpc", "en", "Chen Zhou Meets with Venezuelan Delegation",
         "Beijing, April 23rd—Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the United "
         "Socialist Party of Venezuela led by Diosdado Cabello, First Vice President of the party.",
         "2024-04-25", url(IDCPC_EN, "2024-04-25"), "2024-04-23"),
    Case("display-marker-then-dateline", "idcpc", "en", "Song Tao Meets with Delegation of Mexico's Morena",
         "Song Tao Meets with Delegation of Mexico's Morena\n( 2019.05.10 )\nBeijing, May 8th--Song Tao, "
         "head "
         "of the IDCPC, met with a delegation of Mexico's National Regeneration Movement (Morena).\nEnditem",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("english2023-marker-here-today", "idcpc", "en",
         "Lu Kang Meets with Delegation of the Communist Party of Cuba",
         "Liaison Activities\nLu Kang Meets with Delegation of the Communist Party of Cuba\n2025.07.25 / "
         "Source: "
         "IDCPC\nBeijing, July 24th—Lu Kang, Vice-minister of the IDCPC, met here today with a delegation of "
         "the Communist Party of Cuba led by Emilio Lozada, member of its Secretariat.",
         "2025-07-25", url(IDCPC_EN23, "2025-07-25"), "2025-07-24"),
    Case("range-visit-china", "idcpc", "en", "Delegation of Brazil's Workers' Party Visits China",
         "Beijing, August 17th--At the invitation of the IDCPC, a delegation of the Workers' Party of Brazil "
         "visited China from August 11th to 17th. During its stay, the delegation toured Beijing and Fujian.",
         "2019-08-19", url(IDCPC_EN, "2019-08-19"), "2019-08-11"),
    Case("range-visit-abroad", "idcpc", "en", "CPC Delegation Visits Brazil",
         "From August 14th to 16th, a CPC delegation led by Guo Yezhou, Vice Minister of the IDCPC, visited "
         "Brazil and met with leaders of the Workers' Party and the Communist Party of Brazil.",
         "2019-08-21", url(IDCPC_EN, "2019-08-21"), "2019-08-14"),
    Case("range-across-months", "idcpc", "en", "Delegation of Uruguay's Broad Front Visits China",
         "At the invitation of the CPC, a delegation of the Broad Front of Uruguay visited China from "
         "November 28 to December 3. The delegation held talks with the IDCPC and visited Zhejiang.",
         "2023-12-05", url(IDCPC_EN, "2023-12-05"), "2023-11-28"),
    Case("range-across-years-no-year", "idcpc", "en", "Delegation of Chile's Socialist Party Visits China",
         "At the invitation of the CPC, a delegation of the Socialist Party of Chile visited China from "
         "December 28 to January 3. The delegation met with Liu Jianchao, head of the IDCPC.",
         "2024-01-05", url(IDCPC_EN, "2024-01-05"), "2023-12-28"),
    Case("range-with-years", "idcpc", "en", "Delegation of Chile's Socialist Party Visits China",
         "At the invitation of the CPC, a delegation of the Socialist Party of Chile visited China from "
         "December 28, 2023 to January 3, 2024 and met with Liu Jianchao, head of the IDCPC.",
         "2024-01-05", url(IDCPC_EN, "2024-01-05"), "2023-12-28"),
    Case("december-printed-january", "idcpc", "en", "Liu Jianchao Meets with FMLN Delegation",
         "On December 28, Liu Jianchao, head of the IDCPC, met with a delegation of the Farabundo Martí "
         "National Liberation Front (FMLN) of El Salvador in Beijing.",
         "2024-01-03", url(IDCPC_EN, "2024-01-03"), "2023-12-28"),
    Case("december-dateline-january", "idcpc", "en", "Liu Jianchao Meets with Nicaraguan FSLN Delegation",
         "Beijing, January 2nd--Liu Jianchao, head of the IDCPC, met on December 30 with a delegation of the "
         "Sandinista National Liberation Front of Nicaragua.", "2024-01-03", url(IDCPC_EN, "2024-01-03"),
         "2023-12-30"),
    Case("december-printed-december", "idcpc", "en", "Liu Jianchao Meets with FMLN Delegation",
         "On December 28, Liu Jianchao, head of the IDCPC, met with a delegation of the Farabundo Martí "
         "National Liberation Front (FMLN) of El Salvador in Beijing.",
         "2023-12-30", url(IDCPC_EN, "2023-12-30"), "2023-12-28"),
    Case("january-printed-february", "idcpc", "en", "Sun Haiyan Meets with Delegation of Peru's Free Peru",
         "On January 30, Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the Free Peru "
         "party in Beijing.", "2023-02-01", url(IDCPC_EN, "2023-02-01"), "2023-01-30"),
    Case("year-from-address", "idcpc", "en", "Song Tao Meets with Delegation of Cuba's Communist Party",
         "On June 23, Song Tao, head of the IDCPC, met with a delegation of the Communist Party of Cuba in "
         "Beijing.", None, url(IDCPC_EN, "2018-06-25"), "2018-06-23"),
    Case("no-year-anywhere", "idcpc", "en", "Song Tao Meets with Delegation of Cuba's Communist Party",
         "On June 23, Song Tao, head of the IDCPC, met with a delegation of the Communist Party of Cuba in "
         "Beijing.", None, "https://www.idcpc.org.cn/english/news/t1234.html", None),
    Case("weekday-before-dateline", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met on Tuesday with a delegation of the "
         "United Socialist Party of Venezuela.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-28"),
    Case("weekday-of-dateline", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met on Wednesday with a delegation of the "
         "United Socialist Party of Venezuela.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-29"),
    Case("weekday-after-dateline-weekday", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met on Thursday with a delegation of the "
         "United Socialist Party of Venezuela.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-23"),
    Case("weekday-from-printed", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "Liu Jianchao, head of the IDCPC, met on Tuesday with a delegation of the United Socialist Party of "
         "Venezuela in Beijing.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-28"),
    Case("yesterday-dateline", "idcpc", "en", "Liu Jianchao Meets with Morena Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met yesterday with a delegation of "
         "Mexico's National Regeneration Movement.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-28"),
    Case("yesterday-printed", "idcpc", "en", "Liu Jianchao Meets with Morena Delegation",
         "Liu Jianchao, head of the IDCPC, met yesterday in Beijing with a delegation of Mexico's National "
         "Regeneration Movement.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-29"),
    Case("today-printed", "idcpc", "en", "Liu Jianchao Meets with Morena Delegation",
         "Liu Jianchao, head of the IDCPC, met today in Beijing with a delegation of Mexico's National "
         "Regeneration Movement.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-30"),
    Case("the-previous-day", "idcpc", "en", "Liu Jianchao Meets with Morena Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met the previous day with a delegation of "
         "Mexico's National Regeneration Movement, which is visiting China.", "2023-11-30",
         url(IDCPC_EN, "2023-11-30"), "2023-11-28"),
    Case("on-the-same-day", "idcpc", "en", "CPC Delegation Visits Cuba",
         "Havana, November 29th--A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, arrived in "
         "Havana for a visit to Cuba. On the same day, the delegation met with Roberto Morales Ojeda of the "
         "Communist Party of Cuba.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-29"),
    Case("recently-no-dateline", "idcpc", "en", "Liu Jianchao Meets with Broad Front Delegation",
         "Recently, Liu Jianchao, head of the IDCPC, met with a delegation of the Broad Front of Uruguay in "
         "Beijing.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), None),
    Case("last-week-no-dateline", "idcpc", "en", "Liu Jianchao Meets with Broad Front Delegation",
         "Last week, Liu Jianchao, head of the IDCPC, met with a delegation of the Broad Front of Uruguay in "
         "Beijing.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), None),
    Case("month-only", "idcpc", "en", "Liu Jianchao Meets with Broad Front Delegation",
         "In November, Liu Jianchao, head of the IDCPC, met with a delegation of the Broad Front of "
         "Uruguay in Beijing.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), None),
    Case("no-day-at-all", "idcpc", "en", "Liu Jianchao Meets with Broad Front Delegation",
         "Liu Jianchao, head of the IDCPC, met with a delegation of the Broad Front of Uruguay in Beijing. "
         "The two sides exchanged views on party ties.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), None),
    Case("recalled-earlier-after", "idcpc", "en", "Song Tao Meets with Cuban Party Delegation",
         "Beijing, May 8th--Song Tao, head of the IDCPC, met with a delegation of the Communist Party of "
         "Cuba. Song recalled the visit of the Cuban leader to China on November 5, 2018.",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("recalled-earlier-first", "idcpc", "en", "Song Tao Meets with Cuban Party Delegation",
         "Six months after the visit of the Cuban leader to China on November 5, 2018, Song Tao, head of the "
         "IDCPC, met on May 8 with a delegation of the Communist Party of Cuba in Beijing.",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("future-mentioned-after", "idcpc", "en", "Song Tao Meets with PSUV Delegation",
         "Beijing, May 8th--Song Tao, head of the IDCPC, met with a delegation of the United Socialist Party "
         "of Venezuela. The two sides discussed the São Paulo Forum meeting to be held in Caracas on July "
         "25.",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("future-mentioned-first", "idcpc", "en", "Song Tao Meets with PSUV Delegation",
         "Ahead of the São Paulo Forum meeting to be held in Caracas on July 25, Song Tao, head of the "
         "IDCPC, met on May 8 with a delegation of the United Socialist Party of Venezuela in Beijing.",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("announced-forum", "idcpc", "en", "China-CELAC Political Parties Forum to Open in Shenzhen",
         "The China-Latin America and the Caribbean Political Parties Forum will be held in Shenzhen from "
         "June "
         "10 to 12, the IDCPC announced on May 8. Leaders of political parties from over 20 Latin American "
         "and Caribbean countries are expected to attend.", "2019-05-10", url(IDCPC_EN, "2019-05-10"),
         "2019-06-10"),
    Case("course-opened-closed", "idcpc", "en", "Training Course for Cuban Party Cadres Concludes",
         "Beijing, November 18th--The training course for cadres of the Communist Party of Cuba, which "
         "opened on November 5th, concluded in Beijing today. Some 30 Cuban cadres attended the course.",
         "2019-11-19", url(IDCPC_EN, "2019-11-19"), "2019-11-05"),
    Case("course-range", "idcpc", "en", "Seminar for PSUV Cadres Held in Beijing",
         "A seminar for cadres of the United Socialist Party of Venezuela was held in Beijing from October 9 "
         "to 22. The participants learned about the CPC's experience in poverty alleviation.",
         "2019-10-24", url(IDCPC_EN, "2019-10-24"), "2019-10-09"),
    Case("lac-dateline-here-today", "idcpc", "en", "CPC Delegation Visits Mexico",
         "Mexico City, November 29th--A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, met "
         "here today with Mario Delgado, President of Mexico's National Regeneration Movement (Morena).",
         "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-29"),
    Case("meeting-during-visit", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "A delegation of the Communist Party of Cuba visited China from June 5 to 12 at the invitation of "
         "the CPC. Liu Jianchao, head of the IDCPC, met with the delegation on June 7 in Beijing.",
         "2023-06-14", url(IDCPC_EN, "2023-06-14"), "2023-06-07"),
    Case("visit-earliest-day", "idcpc", "en", "Delegation of Communist Party of Cuba Visits China",
         "At the invitation of the CPC, a delegation of the Communist Party of Cuba paid a visit to China. "
         "On June 7, Liu Jianchao, head of the IDCPC, met with the delegation. On June 9 the guests visited "
         "Fujian.", "2023-06-14", url(IDCPC_EN, "2023-06-14"), "2023-06-07"),
    Case("abbreviated-month", "idcpc", "en", "Sun Haiyan Meets with Socialist Party of Chile Delegation",
         "Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the Socialist Party of Chile in "
         "Beijing on Sept. 5.", "2023-09-07", url(IDCPC_EN, "2023-09-07"), "2023-09-05"),
    Case("day-month-order", "idcpc", "en", "Sun Haiyan Meets with Socialist Party of Chile Delegation",
         "On 5 September, Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the Socialist "
         "Party of Chile in Beijing.", "2023-09-07", url(IDCPC_EN, "2023-09-07"), "2023-09-05"),
]


# ---- agency, newspaper and embassy copies (English) ------------------------------------------------

COPY_EN_CASES = [
    Case("agency-file-photo-before-lead", "idcpc", "en", "Senior CPC official meets Cuban party delegation",
         " date 2023-11-30\nAgency News English | Menu | Search\nFile photo: Cuban President Miguel "
         "Díaz-Canel "
         "speaks in Havana, Cuba, July 26, 2023.\nBEIJING, Nov. 29 -- Liu Jianchao, head of the IDCPC, met "
         "on Wednesday with a delegation of the Communist Party of Cuba.\n", "2023-11-30",
         url(AGENCY_EN, "2023-11-30"), "2023-11-29"),
    Case("agency-time-stamp-line", "idcpc", "en", "Senior CPC official meets Venezuelan party delegation",
         " date 2023-11-30\nAgency News English | Menu\nSource: Agency News | 2023-11-30 18:06:12 | Editor: "
         "Wang Lei\nBEIJING, Nov. 29 -- Liu Jianchao, head of the IDCPC, met on Tuesday with a delegation of "
         "the United Socialist Party of Venezuela.\n",
         "2023-11-30", url(AGENCY_EN, "2023-11-30"), "2023-11-28"),
    Case("agency-title-time-stamp", "idcpc", "en", "Senior CPC official meets Cuban delegation 2023-11-30 "
                                                   "18:06",
         " date 2023-11-30\nBEIJING, Nov. 29 -- Liu Jianchao, head of the IDCPC, met here on Wednesday "
         "with a delegation of the Communist Party of Cuba.\n", "2023-11-30", url(AGENCY_EN, "2023-11-30"),
         "2023-11-29"),
    Case("time-stamp-after-body", "idcpc", "en", "Senior CPC official meets Cuban delegation",
         " date 2023-11-30\nBEIJING, Nov. 29 -- Liu Jianchao, head of the IDCPC, met on Wednesday with a "
         "delegation of the Communist Party of Cuba.\nEditor: Wang Lei 2023-11-30 18:06:12\n", "2023-11-30",
         url(AGENCY_EN, "2023-11-30"), "2023-11-29"),
    Case("newspaper-byline-weekday", "idcpc", "en", "CPC, Cuban party vow closer ties",
         "By Li Ming | Daily News | Updated: 2023-11-30 08:12\nLiu Jianchao, head of the IDCPC, met on "
         "Tuesday with a delegation of the Communist Party of Cuba in Beijing, pledging closer exchanges.",
         "2023-11-30", "https://www.daily-news.cn/a/202311/30/WS1.html", "2023-11-28"),
    Case("lac-dateline-weekday", "idcpc", "en", "Cuban president meets CPC delegation",
         " date 2023-11-30\nHAVANA, Nov. 29 -- Cuban President Miguel Díaz-Canel, also First Secretary of "
         "the "
         "Communist Party of Cuba Central Committee, met here on Tuesday with a CPC delegation led by Sun "
         "Haiyan, Vice Minister of the IDCPC.\n", "2023-11-30", url(AGENCY_EN, "2023-11-30"), "2023-11-28"),
    Case("lac-dateline-no-day", "idcpc", "en", "Venezuelan party leader meets CPC delegation",
         " date 2023-11-30\nCARACAS, Nov. 29 -- Diosdado Cabello, First Vice President of the United "
         "Socialist "
         "Party of Venezuela, met here with a CPC delegation led by Sun Haiyan, Vice Minister of the "
         "IDCPC.\n",
         "2023-11-30", url(AGENCY_EN, "2023-11-30"), "2023-11-29"),
    Case("caption-with-event-day", "idcpc", "en", "Senior CPC official meets Brazilian party leader",
         " date 2023-11-30\nLiu Jianchao, head of the IDCPC, meets with Gleisi Hoffmann, President of the "
         "Workers' Party of Brazil, in Beijing, Nov. 28, 2023. (Photo by Zhang Wei)\nBEIJING -- Liu Jianchao "
         "met with Gleisi Hoffmann and said the CPC is ready to deepen exchanges with the Workers' Party.\n",
         "2023-11-30", url(AGENCY_EN, "2023-11-30"), "2023-11-28"),
    Case("caption-with-other-date-after", "idcpc", "en", "Senior CPC official meets Brazilian party leader",
         " date 2023-11-30\nBEIJING, Nov. 29 -- Liu Jianchao, head of the IDCPC, met on Wednesday with "
         "Gleisi "
         "Hoffmann, President of the Workers' Party of Brazil.\nPhoto taken on April 14, 2023 shows the "
         "Brazilian and Chinese flags in Beijing.\n",
         "2023-11-30", url(AGENCY_EN, "2023-11-30"), "2023-11-29"),
    Case("embassy-copy-printed-later", "mfa", "en", "President Xi Jinping Holds Talks with President Lula",
         "2023-04-20 09:30\nOn the afternoon of April 14, President Xi Jinping held talks with President "
         "Luiz Inácio Lula da Silva of Brazil at the Great Hall of the People.", "2023-04-20",
         url(EMBASSY_EN, "2023-04-20"), "2023-04-14"),
    Case("embassy-copy-weekday-printed-later", "mfa", "en", "Xi holds talks with Brazil's Lula",
         "President Xi Jinping held talks on Friday with Brazilian President Luiz Inácio Lula da Silva, "
         "who is on a state visit to China.", "2023-04-20", url(EMBASSY_EN, "2023-04-20"), "2023-04-14"),
    Case("agency-xi-friday", "mfa", "en", "Xi holds talks with Brazilian president",
         " date 2023-04-14\nBEIJING, April 14 -- Chinese President Xi Jinping held talks with Brazilian "
         "President Luiz Inácio Lula da Silva in Beijing on Friday.\n", "2023-04-14",
         url(AGENCY_EN, "2023-04-14"), "2023-04-14"),
    Case("agency-xi-thursday", "mfa", "en", "Chinese vice president meets Brazilian president",
         " date 2023-04-14\nBEIJING, April 14 -- Chinese Vice President Han Zheng met with Brazilian "
         "President Luiz Inácio Lula da Silva in Shanghai on Thursday.\n", "2023-04-14",
         url(AGENCY_EN, "2023-04-14"), "2023-04-13"),
    Case("agency-here-weekday-no-on", "mfa", "en", "Xi, Lula hold talks in Brasilia",
         " date 2024-11-21\nAgency News | Updated: 2024-11-21 09:14\nBRASILIA, Nov. 20 -- Chinese President "
         "Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva here Wednesday.\n",
         "2024-11-21", url(AGENCY_EN, "2024-11-21"), "2024-11-20"),
    Case("weekday-and-date", "mfa", "en", "Xi, Lula hold talks in Brasilia",
         "President Xi Jinping held talks with President Luiz Inácio Lula da Silva in Brasilia on Wednesday, "
         "November 20.", "2024-11-22", url(EMBASSY_EN, "2024-11-22"), "2024-11-20"),
]


# ---- foreign-ministry pages in English -------------------------------------------------------------

MFA_EN_CASES = [
    Case("afternoon-of", "mfa", "en", "Han Zheng Meets with Brazilian Foreign Minister Mauro Vieira",
         "On the afternoon of May 5, Vice President Han Zheng met with Brazilian Foreign Minister Mauro "
         "Vieira at the Great Hall of the People.", "2023-05-06", url(MFA_EN, "2023-05-06"), "2023-05-05"),
    Case("morning-of", "mfa", "en", "Xi Jinping Holds Talks with Brazilian President Lula",
         "On the morning of April 14, President Xi Jinping held talks with President Luiz Inácio Lula da "
         "Silva "
         "of Brazil at the Great Hall of the People.", "2023-04-15", url(MFA_EN, "2023-04-15"), "2023-04-14"),
    Case("in-the-evening-of", "mfa", "en", "Xi Jinping Hosts Banquet for Brazilian President Lula",
         "In the evening of April 14, President Xi Jinping hosted a welcoming banquet for President Luiz "
         "Inácio Lula da Silva of Brazil, who is on a state visit to China.",
         "2023-04-15", url(MFA_EN, "2023-04-15"),
         "2023-04-14"),
    Case("day-month-year", "mfa", "en", "Wang Yi Meets with Colombian Foreign Minister",
         "On 14 April 2023, Foreign Minister Wang Yi met with Colombian Foreign Minister Álvaro Leyva in "
         "Beijing.", "2023-04-15", url(MFA_EN, "2023-04-15"), "2023-04-14"),
    Case("local-time", "mfa", "en", "Wang Yi Meets with Argentine President",
         "On the afternoon of August 4 local time, Foreign Minister Wang Yi met with President Alberto "
         "Fernández of Argentina at the Casa Rosada in Buenos Aires.",
         "2023-08-05", url(MFA_EN, "2023-08-05"),
         "2023-08-04"),
    Case("local-and-beijing-time", "mfa", "en", "Xi Jinping Meets with Peruvian President Dina Boluarte",
         "On November 14 local time (November 15 Beijing time), President Xi Jinping met with President Dina "
         "Boluarte of Peru in Lima.", "2024-11-15", url(MFA_EN, "2024-11-15"), "2024-11-14"),
    Case("letter-closing-line", "mfa", "en",
         "Message of Congratulations from President Xi Jinping to President Luis Abinader",
         "His Excellency Luis Abinader,\nPresident of the Dominican Republic,\nOn the occasion of your "
         "inauguration as President of the Dominican Republic, I extend to you my warm congratulations.\n"
         "Xi Jinping\nPresident of the People's Republic of China\nBeijing, 16 August 2024",
         "2024-08-17", url(MFA_EN, "2024-08-17"), "2024-08-16"),
    Case("announced-state-visit", "mfa", "en", "Colombian President Gustavo Petro to Visit China",
         "At the invitation of President Xi Jinping, President Gustavo Petro of Colombia will pay a state "
         "visit to China from October 24 to 27.", "2023-10-20", url(MFA_EN, "2023-10-20"), "2023-10-24"),
    Case("recalled-after", "mfa", "en", "Xi Jinping Meets with Chilean President Gabriel Boric",
         "On October 17, President Xi Jinping met with President Gabriel Boric of Chile at the Great Hall of "
         "the People. Xi recalled their meeting in Bangkok on November 17, 2022.", "2023-10-18",
         url(MFA_EN, "2023-10-18"), "2023-10-17"),
    Case("recalled-first", "mfa", "en", "Xi Jinping Meets with Chilean President Gabriel Boric",
         "Eleven months after their meeting in Bangkok on November 17, 2022, President Xi Jinping met with "
         "President Gabriel Boric of Chile on October 17 at the Great Hall of the People.", "2023-10-18",
         url(MFA_EN, "2023-10-18"), "2023-10-17"),
    Case("recently", "mfa", "en", "Xi Jinping Exchanges Congratulatory Messages with Cuban President",
         "Recently, President Xi Jinping exchanged congratulatory messages with President Miguel Díaz-Canel "
         "of Cuba on the anniversary of diplomatic relations.",
         "2023-09-30", url(MFA_EN, "2023-09-30"), None),
    Case("arrival", "mfa", "en", "President Lula Arrives in Shanghai to Begin State Visit to China",
         "On the evening of April 12 local time, President Luiz Inácio Lula da Silva of Brazil arrived in "
         "Shanghai to begin his state visit to China.",
         "2023-04-13", url(MFA_EN, "2023-04-13"), "2023-04-12"),
    Case("visit-overview-range", "mfa", "en", "President Lula Concludes State Visit to China",
         "From April 12 to 15, President Luiz Inácio Lula da Silva of Brazil paid a state visit to China. On "
         "April 14, President Xi Jinping held talks with him in Beijing.", "2023-04-16",
         url(MFA_EN, "2023-04-16"), "2023-04-12"),
    Case("briefing-after-trip", "mfa", "en",
         "Wang Yi Briefs the Press on President Xi Jinping's State Visit to Brazil",
         "On November 21, Foreign Minister Wang Yi briefed the press on the trip. From November 17 to 21, "
         "President Xi Jinping attended the G20 Summit in Rio de Janeiro and paid a state visit to Brazil.",
         "2024-11-22", url(MFA_EN, "2024-11-22"), "2024-11-17"),
    Case("phone-call-evening", "mfa", "en", "Xi Jinping Has a Phone Call with Mexican President",
         "On the evening of March 3, President Xi Jinping had a phone call with President Claudia Sheinbaum "
         "of Mexico.", "2025-03-04", url(MFA_EN, "2025-03-04"), "2025-03-03"),
    Case("december-printed-january", "mfa", "en", "Li Qiang Meets with Uruguayan Foreign Minister",
         "On the afternoon of December 30, Premier Li Qiang met with Foreign Minister Omar Paganini of "
         "Uruguay in Beijing.", "2024-01-02", url(MFA_EN, "2024-01-02"), "2023-12-30"),
    Case("joint-statement-done-in", "mfa", "en",
         "Joint Statement between the People's Republic of China and the Federative Republic of Brazil",
         "The People's Republic of China and the Federative Republic of Brazil agree to deepen their "
         "comprehensive strategic partnership.\n1. Both sides agree to strengthen exchanges.\nDone in "
         "Beijing on 14 April 2023.", "2023-04-15", url(MFA_EN, "2023-04-15"), "2023-04-14"),
    Case("no-year-from-address", "mfa", "en", "Wang Yi Meets with Bolivian Foreign Minister",
         "On May 5, Foreign Minister Wang Yi met with Foreign Minister Celinda Sosa of Bolivia in Beijing.",
         None, url(MFA_EN, "2024-05-06"), "2024-05-05"),
]


# ---- IDCPC pages and copies in Chinese --------------------------------------------------------------

IDCPC_ZH_CASES = [
    Case("zh-month-day", "idcpc", "zh", "马辉会见哥伦比亚自由党代表团",
         "9月18日，中联部副部长马辉在北京会见哥伦比亚自由党代表团。双方就两党关系交换意见。",
         "2024-09-19", url(IDCPC_ZH, "2024-09-19"), "2024-09-18"),
    Case("zh-fullwidth-month-day", "idcpc", "zh", "马辉会见哥伦比亚自由党代表团",
         "９月１８日，中联部副部长马辉在北京会见哥伦比亚自由党代表团。",
         "2024-09-19", url(IDCPC_ZH, "2024-09-19"), "2024-09-18"),
    Case("zh-fullwidth-full-date", "idcpc", "zh", "马辉会见哥伦比亚自由党代表团",
         "２０２４年９月１８日，中联部副部长马辉在北京会见哥伦比亚自由党代表团。",
         "2024-09-19", url(IDCPC_ZH, "2024-09-19"), "2024-09-18"),
    Case("zh-range-visit", "idcpc", "zh", "古巴共产党代表团访华",
         "应中共中央对外联络部邀请，古巴共产党代表团于6月5日至12日访华。访华期间，代表团会见了中联部领导，"
         "并赴福建参观考察。",
         "2023-06-14", url(IDCPC_ZH, "2023-06-14"), "2023-06-05"),
    Case("zh-range-across-months", "idcpc", "zh", "乌拉圭广泛阵线代表团访华",
         "应中共中央对外联络部邀请，乌拉圭广泛阵线代表团于6月28日至7月3日访华。", "2023-07-05",
         url(IDCPC_ZH, "2023-07-05"), "2023-06-28"),
    Case("zh-jinri-no-dateline", "idcpc", "zh", "陈洲会见巴西劳工党代表团",
         "近日，中联部副部长陈洲会见巴西劳工党代表团。双方就加强两党交往交换意见。", "2023-06-14",
         url(IDCPC_ZH, "2023-06-14"), None),
    Case("zh-riqian-no-dateline", "idcpc", "zh", "陈洲会见巴西劳工党代表团",
         "日前，中联部副部长陈洲在京会见巴西劳工党代表团。", "2023-06-14", url(IDCPC_ZH, "2023-06-14"), None),
    Case("zh-dangtian", "idcpc", "zh", "中共代表团访问古巴",
         "6月10日，以中联部副部长孙海燕为团长的中共代表团抵达哈瓦那，开始对古巴进行访问。当天，代表团会见了"
         "古巴共产党中央第二书记莫拉莱斯。",
         "2023-06-14", url(IDCPC_ZH, "2023-06-14"), "2023-06-10"),
    Case("zh-agency-day-only", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-06-11\n新华社北京6月11日电 中共中央对外联络部部长刘建超10日在京会见古巴共产党代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), "2023-06-10"),
    Case("zh-agency-zuotian", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-06-11\n新华社北京6月11日电 中共中央对外联络部部长刘建超昨天在京会见古巴共产党代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), "2023-06-10"),
    Case("zh-agency-qiantian", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-06-11\n新华社北京6月11日电 中共中央对外联络部部长刘建超前天在京会见古巴共产党代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), "2023-06-09"),
    Case("zh-agency-jintian", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-06-11\n新华社北京6月11日电 中共中央对外联络部部长刘建超今天在京会见古巴共产党代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), "2023-06-11"),
    Case("zh-agency-zuori", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-06-11\n人民网北京6月11日电 中共中央对外联络部部长刘建超昨日在京会见古巴共产党代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), "2023-06-10"),
    Case("zh-agency-local-time", "idcpc", "zh", "迪亚斯-卡内尔会见中共代表团",
         " date 2023-06-11\n新华社哈瓦那6月11日电（记者王明）当地时间10日，古巴国家主席、古共中央第一书记迪"
         "亚斯-卡内尔在哈瓦那会见了孙海燕率领的中共代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), "2023-06-10"),
    Case("zh-agency-day-previous-month", "idcpc", "zh", "刘建超会见委内瑞拉统一社会主义党代表团",
         " date 2023-12-01\n新华社北京12月1日电 中共中央对外联络部部长刘建超30日在京会见委内瑞拉统一社会主"
         "义党代表团。",
         "2023-12-01", url(AGENCY_ZH, "2023-12-01"), "2023-11-30"),
    Case("zh-december-printed-january", "idcpc", "zh", "刘建超会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团",
         "12月28日，中联部部长刘建超在京会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团。", "2024-01-03",
         url(IDCPC_ZH, "2024-01-03"), "2023-12-28"),
    Case("zh-fullwidth-dateline", "idcpc", "zh", "刘建超会见委内瑞拉统一社会主义党代表团",
         " date 2023-11-30\n新华社北京１１月２９日电 中共中央对外联络部部长刘建超在京会见委内瑞拉统一社会主"
         "义党代表团。",
         "2023-11-30", url(AGENCY_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-weekday", "idcpc", "zh", "刘建超会见委内瑞拉统一社会主义党代表团",
         " date 2023-11-30\n新华社北京11月29日电 中共中央对外联络部部长刘建超周二在京会见委内瑞拉统一社会主"
         "义党代表团。",
         "2023-11-30", url(AGENCY_ZH, "2023-11-30"), "2023-11-28"),
    Case("zh-traditional-zuori", "idcpc", "zh", "劉建超會見古巴共產黨代表團",
         "【本報訊】中聯部部長劉建超昨日在北京會見古巴共產黨代表團，雙方就加強兩黨交往交換意見。",
         "2023-11-30", url(HK_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-traditional-month-day", "idcpc", "zh", "劉建超會見委內瑞拉統一社會主義黨代表團",
         "11月29日，中聯部部長劉建超在北京會見委內瑞拉統一社會主義黨代表團。",
         "2023-11-30", url(HK_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-traditional-local-time", "idcpc", "zh", "古巴領導人會見中共代表團",
         "【本報訊】綜合報道：當地時間28日，古巴國家主席迪亞斯-卡內爾在哈瓦那會見孫海燕率領的中共代表團。",
         "2023-11-30", url(HK_ZH, "2023-11-30"), "2023-11-28"),
    Case("zh-letter-ling-closing", "idcpc", "zh", "习近平致中国共产党与拉美和加勒比政党理论研讨会的贺信",
         "值此中国共产党与拉美和加勒比政党理论研讨会召开之际，我谨代表中国共产党中央委员会，向研讨会的召开"
         "表示热烈祝贺。\n"
         "中共中央总书记 习近平\n二〇二三年十一月二十九日", "2023-11-30", url(IDCPC_ZH, "2023-11-30"),
         "2023-11-29"),
    Case("zh-letter-circle-closing", "idcpc", "zh", "习近平致电祝贺古巴共产党成立纪念",
         "古巴共产党中央委员会第一书记迪亚斯-卡内尔同志：\n值此古巴共产党成立纪念之际，我谨代表中国共产党中"
         "央委员会，向你并通过你向古巴共产党中央委员会致以热烈的祝贺。\n"
         "中国共产党中央委员会总书记 习近平\n二○二五年十月三日", "2025-10-04", url(IDCPC_ZH, "2025-10-04"),
         "2025-10-03"),
    Case("zh-recalled-after", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "11月29日，刘建超在京会见古巴共产党代表团。刘建超回顾了2018年11月6日习近平总书记同迪亚斯-卡内尔主"
         "席的会见。",
         "2023-11-30", url(IDCPC_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-future-mentioned", "idcpc", "zh", "刘建超会见巴西劳工党代表团",
         "11月29日，刘建超在京会见巴西劳工党代表团。双方就将于明年3月5日举行的中拉政党论坛筹备工作交换意见。",
         "2023-11-30", url(IDCPC_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-course-opened-closed", "idcpc", "zh", "古巴共产党干部研修班结业",
         "11月18日，古巴共产党干部研修班在京结业。研修班于11月5日开班，30名古共干部参加学习。",
         "2019-11-19", url(IDCPC_ZH, "2019-11-19"), "2019-11-05"),
    Case("zh-year-in-text", "idcpc", "zh", "刘建超会见墨西哥国家复兴运动代表团",
         "2023年11月29日，中联部部长刘建超在京会见墨西哥国家复兴运动代表团。", "2023-12-04",
         url(IDCPC_ZH, "2023-12-04"), "2023-11-29"),
]


# ---- foreign-ministry pages and copies in Chinese ----------------------------------------------------

MFA_ZH_CASES = [
    Case("zh-mfa-full-date-afternoon", "mfa", "zh", "习近平同巴西总统卢拉举行会谈",
         "2023年4月14日下午，国家主席习近平在北京人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。",
         "2023-04-14", url(MFA_ZH, "2023-04-14"), "2023-04-14"),
    Case("zh-mfa-month-day-afternoon", "mfa", "zh", "习近平同巴西总统卢拉举行会谈",
         "4月14日下午，国家主席习近平在北京人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。",
         "2023-04-15", url(MFA_ZH, "2023-04-15"), "2023-04-14"),
    Case("zh-mfa-agency-day-afternoon", "mfa", "zh", "习近平同巴西总统卢拉举行会谈",
         " date 2023-04-14\n新华社北京4月14日电 国家主席习近平14日下午在人民大会堂同来华进行国事访问的巴西"
         "总统卢拉举行会谈。",
         "2023-04-14", url(AGENCY_ZH, "2023-04-14"), "2023-04-14"),
    Case("zh-mfa-local-time-full", "mfa", "zh", "习近平同巴西总统卢拉举行会谈",
         "当地时间2024年11月20日上午，国家主席习近平在巴西利亚黎明宫同巴西总统卢拉举行会谈。",
         "2024-11-21", url(MFA_ZH, "2024-11-21"), "2024-11-20"),
    Case("zh-mfa-local-and-beijing", "mfa", "zh", "习近平会见秘鲁总统博鲁阿尔特",
         "当地时间11月14日晚（北京时间15日上午），国家主席习近平在利马会见秘鲁总统博鲁阿尔特。",
         "2024-11-15", url(MFA_ZH, "2024-11-15"), "2024-11-14"),
    Case("zh-mfa-message-closing", "mfa", "zh", "习近平致电祝贺阿比纳德尔就任多米尼加总统",
         "尊敬的阿比纳德尔总统阁下：\n值此阁下就任多米尼加共和国总统之际，我谨向你致以热烈的祝贺。\n"
         "中华人民共和国主席 习近平\n二〇二四年八月十六日于北京", "2024-08-17", url(MFA_ZH, "2024-08-17"),
         "2024-08-16"),
    Case("zh-mfa-traditional-day", "mfa", "zh", "習近平同巴西總統盧拉舉行會談",
         "【本報訊】據新華社報道，國家主席習近平14日下午在人民大會堂同來華進行國事訪問的巴西總統盧拉舉行會"
         "談。",
         "2023-04-15", url(HK_ZH, "2023-04-15"), "2023-04-14"),
    Case("zh-mfa-fullwidth", "mfa", "zh", "習近平同巴西總統盧拉舉行會談",
         "２０２３年４月１４日下午，國家主席習近平在北京人民大會堂同巴西總統盧拉舉行會談。",
         "2023-04-15", url(HK_ZH, "2023-04-15"), "2023-04-14"),
    Case("zh-mfa-december-printed-january", "mfa", "zh", "李强会见乌拉圭外长帕加尼尼",
         "12月30日下午，国务院总理李强在北京会见乌拉圭外长帕加尼尼。", "2024-01-02",
         url(MFA_ZH, "2024-01-02"), "2023-12-30"),
    Case("zh-mfa-announced-visit", "mfa", "zh", "哥伦比亚总统佩特罗将对中国进行国事访问",
         "应国家主席习近平邀请，哥伦比亚总统佩特罗将于10月24日至27日对中国进行国事访问。",
         "2023-10-20", url(MFA_ZH, "2023-10-20"), "2023-10-24"),
    Case("zh-mfa-range-visit", "mfa", "zh", "巴西总统卢拉结束对中国的国事访问",
         "4月12日至15日，巴西总统卢拉对中国进行国事访问。14日，国家主席习近平同卢拉举行会谈。",
         "2023-04-16", url(MFA_ZH, "2023-04-16"), "2023-04-12"),
    Case("zh-mfa-jinri", "mfa", "zh", "习近平同古巴国家主席迪亚斯-卡内尔互致贺电",
         "近日，国家主席习近平同古巴国家主席迪亚斯-卡内尔互致贺电，庆祝两国建交纪念日。",
         "2023-09-30", url(MFA_ZH, "2023-09-30"), None),
    Case("zh-mfa-phone-evening", "mfa", "zh", "习近平同墨西哥总统辛鲍姆通电话",
         "3月3日晚，国家主席习近平同墨西哥总统辛鲍姆通电话。", "2025-03-04", url(MFA_ZH, "2025-03-04"),
         "2025-03-03"),
    Case("zh-mfa-agency-day-previous-month", "mfa", "zh", "习近平同智利总统博里奇通电话",
         " date 2023-12-01\n新华社北京12月1日电 国家主席习近平30日晚同智利总统博里奇通电话。",
         "2023-12-01", url(AGENCY_ZH, "2023-12-01"), "2023-11-30"),
    Case("zh-mfa-recalled", "mfa", "zh", "习近平会见智利总统博里奇",
         "10月17日上午，国家主席习近平在人民大会堂会见智利总统博里奇。习近平回顾了2022年11月17日两国元首在"
         "曼谷的会晤。",
         "2023-10-18", url(MFA_ZH, "2023-10-18"), "2023-10-17"),
]


ALL_CASES = IDCPC_EN_CASES + COPY_EN_CASES + MFA_EN_CASES + IDCPC_ZH_CASES + MFA_ZH_CASES


# The codebook says "No day in the text → null"; the pipeline deliberately keeps the printed day as
# a noted fallback when the text gives no day it can read (measured on dev; see
# nlp.steps.event_date.step), so these two stay marked.
PRINTED_DAY_FALLBACK = {"month-only", "no-day-at-all"}


def _params(cases: list[Case]) -> list:
    mark = pytest.mark.xfail(strict=True, reason="printed-day fallback, not null")
    return [pytest.param(c, id=f"{c.source}-{c.id}", marks=[mark] if c.id in PRINTED_DAY_FALLBACK else [])
            for c in cases]


@pytest.mark.parametrize("case", _params(ALL_CASES))
def test_event_date_by_the_codebook(case: Case):
    record = run(case)
    assert record.relevant
    assert record.event_date == case.expected


# ---- second round (written after reading the code: not blind) --------------------------------------

ROUND_TWO_CASES = [
    Case("prensa-latina-credit-weekday", "idcpc", "en", "Cuban party leader receives CPC delegation",
         "Havana, Nov 29 (Prensa Latina) Roberto Morales Ojeda, member of the Political Bureau of the "
         "Communist Party of Cuba, received on Tuesday a CPC delegation led by Sun Haiyan.",
         "2023-11-30", "https://www.latin-news.com/english/2023/11/30/1.html", "2023-11-28"),
    Case("copy-printed-later-dateline-weekday", "mfa", "en", "Xi holds talks with Brazil's Lula",
         "BEIJING, April 14 -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inácio "
         "Lula da Silva on Friday.", "2023-04-20", url(EMBASSY_EN, "2023-04-20"), "2023-04-14"),
    Case("copy-later-dateline-stated-day", "idcpc", "en", "Cuban party and CPC hold exchange",
         "Havana, Dec 2 (Prensa Latina) The exchange between the Communist Party of Cuba and a CPC "
         "delegation led by Sun Haiyan, held on November 29, strengthened party ties, the PCC said.",
         "2023-12-02", "https://www.latin-news.com/english/2023/12/02/1.html", "2023-11-29"),
    Case("weekday-local-time", "mfa", "en", "Xi meets Peruvian president in Lima",
         "LIMA, Nov. 15 -- Chinese President Xi Jinping met with Peruvian President Dina Boluarte in Lima on "
         "Thursday afternoon local time (early Friday Beijing time).", "2024-11-15",
         url(AGENCY_EN, "2024-11-15"), "2024-11-14"),
    Case("last-friday", "idcpc", "en", "Liu Jianchao meets Chilean party delegation",
         "BEIJING, Nov. 24 -- Liu Jianchao, head of the IDCPC, met last Friday with a delegation of the "
         "Socialist Party of Chile, the department said.", "2023-11-24", url(AGENCY_EN, "2023-11-24"),
         "2023-11-17"),
    Case("weekday-across-new-year", "idcpc", "en", "Liu Jianchao Meets with FMLN Delegation",
         "Beijing, January 2nd--Liu Jianchao, head of the IDCPC, met on Saturday with a delegation of the "
         "Farabundo Martí National Liberation Front of El Salvador.", "2024-01-03",
         url(IDCPC_EN, "2024-01-03"), "2023-12-30"),
    Case("january-printed-january", "idcpc", "en", "Liu Jianchao Meets with FMLN Delegation",
         "On January 3, Liu Jianchao, head of the IDCPC, met with a delegation of the Farabundo Martí "
         "National Liberation Front of El Salvador in Beijing.", "2024-01-05", url(IDCPC_EN, "2024-01-05"),
         "2024-01-03"),
    Case("weekday-then-date", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "Liu Jianchao, head of the IDCPC, met on Monday, November 27, with a delegation of the United "
         "Socialist Party of Venezuela in Beijing.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-27"),
    Case("day-first-range", "idcpc", "en", "Delegation of Uruguay's Broad Front Visits China",
         "From 5 to 12 June, a delegation of the Broad Front of Uruguay visited China at the invitation of "
         "the CPC.", "2023-06-14", url(IDCPC_EN, "2023-06-14"), "2023-06-05"),
    Case("hyphen-range", "idcpc", "en", "Delegation of Uruguay's Broad Front Visits China",
         "A delegation of the Broad Front of Uruguay visited China June 5-12 at the invitation of the CPC.",
         "2023-06-14", url(IDCPC_EN, "2023-06-14"), "2023-06-05"),
    Case("ordinal-day-alone", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met on the 27th in Beijing with a "
         "delegation of the United Socialist Party of Venezuela.", "2023-11-30", url(IDCPC_EN, "2023-11-30"),
         "2023-11-27"),
    Case("marker-no-published-weekday", "idcpc", "en", "Song Tao Meets with Cuban Party Delegation",
         "Song Tao Meets with Cuban Party Delegation\n(2019.05.10)\nSong Tao, head of the IDCPC, met on "
         "Wednesday with a delegation of the Communist Party of Cuba in Beijing.",
         None, "https://www.idcpc.org.cn/english/news/t1234.html", "2019-05-08"),
    Case("english2023-marker-no-published", "idcpc", "en", "Lu Kang Meets with Cuban Party Delegation",
         "Lu Kang Meets with Cuban Party Delegation\n2025.07.25 / Source: IDCPC\nLu Kang, Vice-minister of "
         "the IDCPC, met on Thursday with a delegation of the Communist Party of Cuba in Beijing.",
         None, "https://www.idcpc.org.cn/english2023/lldt/t1234.html", "2025-07-24"),
    Case("time-stamp-gives-year", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "2023-11-30 18:06\nOn November 28, Liu Jianchao, head of the IDCPC, met with a delegation of the "
         "United Socialist Party of Venezuela.", None, "https://www.idcpc.org.cn/english/news/t1234.html",
         "2023-11-28"),
    Case("following-the-talks-only-day", "mfa", "en", "Xi Jinping and Lula Witness Signing of Agreements",
         "Following the talks on April 14, President Xi Jinping and President Luiz Inácio Lula da Silva of "
         "Brazil witnessed the signing of cooperation documents.", "2023-04-15",
         url(MFA_EN, "2023-04-15"), "2023-04-14"),
    Case("day-before-the-forum", "idcpc", "en", "Liu Jianchao Meets with PSUV Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met here today with a delegation of the "
         "United Socialist Party of Venezuela, the day before the forum opens.", "2023-11-30",
         url(IDCPC_EN, "2023-11-30"), "2023-11-29"),
    Case("previous-day-after-named-day", "mfa", "en", "Xi Jinping Meets with Chilean President Boric",
         "President Gabriel Boric of Chile arrived in Beijing on October 17. President Xi Jinping had met "
         "him at the Belt and Road Forum the previous day.", "2023-10-18", url(MFA_EN, "2023-10-18"),
         "2023-10-16"),
    Case("looking-back-participle", "mfa", "en", "Xi Jinping Meets with Chilean President Boric",
         "Recalling their meeting in Bangkok, President Xi Jinping met with President Gabriel Boric of Chile "
         "on October 17 at the Great Hall of the People.", "2023-10-18", url(MFA_EN, "2023-10-18"),
         "2023-10-17"),
    Case("zh-dateline-local-time-previous-day", "mfa", "zh", "习近平致电祝贺智利总统",
         " date 2023-11-30\n新华社圣地亚哥11月30日电 当地时间29日晚，"
         "智利总统博里奇收到国家主席习近平的贺电。",
         "2023-11-30", url(AGENCY_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-bare-day-across-new-year", "idcpc", "zh", "古巴领导人会见中共代表团",
         " date 2024-01-01\n新华社哈瓦那1月1日电 当地时间31日，"
         "古巴国家主席迪亚斯-卡内尔在哈瓦那会见中共代表团。",
         "2024-01-01", url(AGENCY_ZH, "2024-01-01"), "2023-12-31"),
    Case("zh-bare-day-no-dateline", "mfa", "zh", "王毅会见巴西外长维埃拉",
         "5日下午，外交部长王毅在北京会见巴西外长维埃拉。", "2025-05-06", url(MFA_ZH, "2025-05-06"),
         "2025-05-05"),
    Case("zh-tongri", "mfa", "zh", "习近平会见巴西总统卢拉",
         "4月14日下午，国家主席习近平同巴西总统卢拉举行会谈。同日，李强会见卢拉。", "2023-04-15",
         url(MFA_ZH, "2023-04-15"), "2023-04-14"),
    Case("zh-numeral-dateline", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-11-30\n新华社北京十一月二十九日电 中共中央对外联络部部长"
         "刘建超二十九日在京会见古巴共产党代表团。",
         "2023-11-30", url(AGENCY_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-shangzhou-null", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "上周，中联部部长刘建超在京会见古巴共产党代表团。", "2023-11-30", url(IDCPC_ZH, "2023-11-30"), None),
    Case("earlier-this-month-null", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "Earlier this month, Liu Jianchao, head of the IDCPC, met with a delegation of the Communist Party "
         "of Cuba in Beijing.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), None),
    Case("zh-qianyitian-of-event-not-read", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "11月29日，即论坛开幕前一天，中联部部长刘建超在京会见古巴共产党代表团。", "2023-11-30",
         url(IDCPC_ZH, "2023-11-30"), "2023-11-29"),
    Case("headline-meeting-second-day", "mfa", "en", "Xi Jinping Meets with Brazilian President Lula",
         "On April 13, Vice President Han Zheng met with President Luiz Inácio Lula da Silva of Brazil in "
         "Shanghai. On the afternoon of April 14, President Xi Jinping met with President Lula in Beijing.",
         "2023-04-15", url(MFA_EN, "2023-04-15"), "2023-04-14"),
    Case("letter-en-idcpc-closing", "idcpc", "en", "Xi Jinping Replies to Letter from Cuban Party Leader",
         "Dear Comrade Miguel Díaz-Canel,\nI have received your letter and thank you for your warm "
         "greetings.\nXi Jinping\nGeneral Secretary of the Central Committee of the Communist Party of "
         "China\nBeijing, July 1, 2021", "2021-07-03", url(IDCPC_EN, "2021-07-03"), "2021-07-01"),
]


ROUND_TWO_CASES += [
    Case("marker-differs-from-dateline", "idcpc", "en", "Senior CPC official meets Cuban delegation",
         " date 2023-12-01\nBEIJING, Nov. 30 -- Liu Jianchao, head of the IDCPC, met on Thursday with a "
         "delegation of the Communist Party of Cuba.\n", "2023-12-01", url(AGENCY_EN, "2023-12-01"),
         "2023-11-30"),
    Case("zh-range-month-first-day-only", "idcpc", "zh", "古巴共产党代表团访华",
         "应中共中央对外联络部邀请，古巴共产党代表团于6月5至12日访华。", "2023-06-14",
         url(IDCPC_ZH, "2023-06-14"), "2023-06-05"),
    Case("zh-course-range-across-months", "idcpc", "zh", "拉美政党干部研修班在京举办",
         "11月28日至12月10日，拉美和加勒比国家政党干部研修班在京举办，"
         "来自古巴、委内瑞拉等国的30名政党干部参加。",
         "2023-12-11", url(IDCPC_ZH, "2023-12-11"), "2023-11-28"),
    Case("zh-range-across-years", "idcpc", "zh", "智利社会党代表团访华",
         "应中共中央对外联络部邀请，智利社会党代表团于12月28日至1月3日访华。", "2024-01-05",
         url(IDCPC_ZH, "2024-01-05"), "2023-12-28"),
    Case("zh-cong-dao-bare", "idcpc", "zh", "古巴共产党代表团访华",
         " date 2023-06-13\n新华社北京6月13日电 应中共中央对外联络部邀请，古巴共产党代表团从5日到12日访华。",
         "2023-06-13", url(AGENCY_ZH, "2023-06-13"), "2023-06-05"),
    Case("zh-peoples-daily-dateline", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "本报北京11月29日电 中共中央对外联络部部长刘建超29日在京会见古巴共产党代表团。", "2023-11-30",
         "http://paper.people-daily.cn/html/2023-11/30/nw_1.htm", "2023-11-29"),
    Case("zh-fullwidth-brackets-marker", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "（2023.11.30）\n11月29日，中联部部长刘建超在京会见古巴共产党代表团。", None,
         "https://www.idcpc.org.cn/lldt/t1234.html", "2023-11-29"),
    Case("weekday-with-date-in-brackets", "idcpc", "en", "Senior CPC official meets Cuban delegation",
         " date 2023-11-30\nBEIJING -- Liu Jianchao, head of the IDCPC, met on Wednesday (Nov. 29) with a "
         "delegation of the Communist Party of Cuba.\n", "2023-11-30", url(AGENCY_EN, "2023-11-30"),
         "2023-11-29"),
    Case("evening-of-the-ordinal", "mfa", "en", "Wang Yi Meets with Cuban Foreign Minister",
         "HAVANA, Nov. 30 -- On the evening of the 29th, Chinese Foreign Minister Wang Yi met with Cuban "
         "Foreign Minister Bruno Rodríguez in Havana.", "2023-11-30", url(AGENCY_EN, "2023-11-30"),
         "2023-11-29"),
    Case("idcpc-on-dateline-no-city", "idcpc", "en", "Guo Yezhou Meets with Delegation of Peru's Free Peru",
         "On September 27th—Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of Peru's Free "
         "Peru party in Beijing.", "2022-09-29", url(IDCPC_EN, "2022-09-29"), "2022-09-27"),
    Case("zh-caption-then-dateline", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-11-30\n11月29日，中联部部长刘建超在京会见古巴共产党代表团。新华社记者王明摄\n"
         "新华社北京11月29日电 中共中央对外联络部部长刘建超29日在京会见古巴共产党代表团。",
         "2023-11-30", url(AGENCY_ZH, "2023-11-30"), "2023-11-29"),
    Case("this-morning", "idcpc", "en", "Liu Jianchao Meets with Morena Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met this morning with a delegation of "
         "Mexico's National Regeneration Movement.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-29"),
]


ROUND_TWO_CASES += [
    Case("message-weekday-occasion-weekday", "mfa", "en", "Xi congratulates Sheinbaum on election",
         " date 2024-06-04\nBEIJING, June 4 -- Chinese President Xi Jinping on Monday sent a message to "
         "Claudia Sheinbaum, congratulating her on her election as president of Mexico on Sunday.\n",
         "2024-06-04", url(AGENCY_EN, "2024-06-04"), "2024-06-03"),
    Case("announcement-with-announcing-day", "mfa", "en", "Brazilian President Lula to Visit China",
         "Foreign Ministry Spokesperson Hua Chunying announced on May 8: At the invitation of President Xi "
         "Jinping, President Luiz Inácio Lula da Silva of Brazil will pay a state visit to China from May 13 "
         "to 17.", "2023-05-08", url(MFA_EN, "2023-05-08"), "2023-05-13"),
    Case("announcement-weekdays", "mfa", "en", "Peruvian President to Visit China",
         " date 2024-11-11\nBEIJING, Nov. 11 -- Peruvian President Dina Boluarte will pay a state visit to "
         "China from Wednesday to Saturday at the invitation of President Xi Jinping, a spokesperson said "
         "on Monday.\n", "2024-11-11", url(AGENCY_EN, "2024-11-11"), "2024-11-13"),
    Case("zh-announcement-range", "mfa", "zh", "巴西总统卢拉将对中国进行国事访问",
         "外交部发言人华春莹5月8日宣布：应国家主席习近平邀请，"
         "巴西总统卢拉将于5月13日至17日对中国进行国事访问。",
         "2023-05-08", url(MFA_ZH, "2023-05-08"), "2023-05-13"),
    Case("zh-message-occasion-day", "mfa", "zh", "习近平致电祝贺辛鲍姆当选墨西哥总统",
         "6月3日，国家主席习近平致电辛鲍姆，祝贺她在6月2日举行的墨西哥大选中当选总统。", "2024-06-04",
         url(MFA_ZH, "2024-06-04"), "2024-06-03"),
    Case("zh-condolence-occasion", "mfa", "zh", "习近平就智利森林火灾向智利总统博里奇致慰问电",
         "智利中部地区2月2日起发生森林火灾。"
         "2月4日，国家主席习近平就此向智利总统博里奇致慰问电。", "2024-02-05",
         url(MFA_ZH, "2024-02-05"), "2024-02-04"),
]


ROUND_TWO_CASES += [
    Case("one-line-copy-weekday", "idcpc", "en", "Senior CPC official meets Cuban party delegation",
         " date 2023-11-30 Agency News English | Menu | Search BEIJING, Nov. 29 -- Liu Jianchao, head of the "
         "IDCPC, met on Tuesday with a delegation of the Communist Party of Cuba. Editor: Wang Lei",
         "2023-11-30", url(AGENCY_EN, "2023-11-30"), "2023-11-28"),
    Case("zh-visit-jinri-then-local-day", "idcpc", "zh", "中共代表团访问古巴",
         "近日，以中联部副部长孙海燕为团长的中共代表团访问古巴。"
         "当地时间6月10日，代表团会见了古巴共产党中央第二书记莫拉莱斯。",
         "2023-06-14", url(IDCPC_ZH, "2023-06-14"), "2023-06-10"),
    Case("visit-recently-then-day", "idcpc", "en", "CPC Delegation Visits Cuba",
         "A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, visited Cuba recently. On June 10, "
         "the delegation met with Roberto Morales Ojeda of the Communist Party of Cuba.", "2023-06-14",
         url(IDCPC_EN, "2023-06-14"), "2023-06-10"),
    Case("name-26th-of-july-movement", "idcpc", "en", "Song Tao Meets with Cuban Party Delegation",
         "Beijing, May 8th--Song Tao, head of the IDCPC, met with a delegation of the Communist Party of "
         "Cuba that included veterans of the 26th of July Movement.",
         "2019-05-10", url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("name-july-26-movement", "idcpc", "en", "Song Tao Meets with Cuban Party Delegation",
         "Beijing, May 8th--Song Tao, head of the IDCPC, met with a delegation of the Communist Party of "
         "Cuba that included veterans of the July 26 Movement.", "2019-05-10", url(IDCPC_EN, "2019-05-10"),
         "2019-05-08"),
    Case("ahead-of-anniversary-only-day", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "Beijing, September 28th--Liu Jianchao, head of the IDCPC, met with a delegation of the Communist "
         "Party of Cuba ahead of the anniversary of the founding of the People's Republic on October 1.",
         "2023-09-29", url(IDCPC_EN, "2023-09-29"), "2023-09-28"),
    Case("ahead-of-forum-only-day", "idcpc", "en", "Song Tao Meets with PSUV Delegation",
         "Beijing, May 8th--Song Tao, head of the IDCPC, met with a delegation of the United Socialist Party "
         "of Venezuela ahead of the São Paulo Forum meeting in Caracas on July 25.", "2019-05-10",
         url(IDCPC_EN, "2019-05-10"), "2019-05-08"),
    Case("april-19-movement", "mfa", "en", "Wang Yi Meets with Colombian Foreign Minister",
         "On May 5, Foreign Minister Wang Yi met with Colombian Foreign Minister Luis Gilberto Murillo, who "
         "recalled that President Petro was once a member of the April 19 Movement.", "2024-05-06",
         url(MFA_EN, "2024-05-06"), "2024-05-05"),
    Case("following-talks-weekday-dateline", "mfa", "en", "Xi, Lula witness signing of documents",
         " date 2023-04-15\nBEIJING, April 15 -- Following their talks on Friday, Chinese President Xi "
         "Jinping and Brazilian President Luiz Inácio Lula da Silva witnessed the signing of cooperation "
         "documents.\n", "2023-04-15", url(AGENCY_EN, "2023-04-15"), "2023-04-14"),
]


ROUND_TWO_CASES += [
    Case("sidelines-summit-span", "mfa", "en", "Xi Jinping Meets with Brazilian President Lula",
         "On November 19 local time, President Xi Jinping met with President Luiz Inácio Lula da Silva "
         "on the sidelines of the G20 Summit in Rio de Janeiro, which runs from November 18 to 19.",
         "2024-11-20", url(MFA_EN, "2024-11-20"), "2024-11-19"),
    Case("sidelines-forum-span-after", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "On June 11, Liu Jianchao, head of the IDCPC, met with a delegation of the Communist Party of "
         "Cuba on the sidelines of the forum held in Shenzhen from June 10 to 12.",
         "2023-06-14", url(IDCPC_EN, "2023-06-14"), "2023-06-11"),
    Case("during-visit-span-then-day", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "During its visit to China from June 5 to 12, a delegation of the Communist Party of Cuba met "
         "with Liu Jianchao, head of the IDCPC, on June 7 in Beijing.",
         "2023-06-14", url(IDCPC_EN, "2023-06-14"), "2023-06-07"),
    Case("relative-clause-visit-span", "mfa", "en", "Xi Jinping Holds Talks with Brazilian President Lula",
         "President Xi Jinping held talks with President Luiz Inácio Lula da Silva, who is in China for "
         "a state visit from April 12 to 15, on April 14 at the Great Hall of the People.",
         "2023-04-15", url(MFA_EN, "2023-04-15"), "2023-04-14"),
    Case("caps-multiword-city", "mfa", "en", "Chinese FM meets Trinidad and Tobago PM",
         " date 2024-05-02\nPORT OF SPAIN, May 1 -- Chinese Foreign Minister Wang Yi met with Prime "
         "Minister Keith Rowley of Trinidad and Tobago here on Tuesday.\n",
         "2024-05-02", url(AGENCY_EN, "2024-05-02"), "2024-04-30"),
    Case("zh-long-city-dateline", "mfa", "zh", "习近平会见巴西总统卢拉",
         " date 2024-11-20\n新华社里约热内卢11月19日电 当地时间19日，"
         "国家主席习近平在里约热内卢会见巴西总统卢拉。",
         "2024-11-20", url(AGENCY_ZH, "2024-11-20"), "2024-11-19"),
]


ROUND_TWO_CASES += [
    Case("zh-last-month-day", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "上月28日，中联部部长刘建超在京会见古巴共产党代表团。",
         "2023-12-30", url(IDCPC_ZH, "2023-12-30"), "2023-11-28"),
    Case("zh-last-month-day-early", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "上个月5日，中联部部长刘建超在京会见古巴共产党代表团。",
         "2024-01-03", url(IDCPC_ZH, "2024-01-03"), "2023-12-05"),
    Case("zh-this-month-day", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "本月5日，中联部部长刘建超在京会见古巴共产党代表团。",
         "2023-12-30", url(IDCPC_ZH, "2023-12-30"), "2023-12-05"),
    Case("zh-last-year-day", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "去年12月28日，中联部部长刘建超在京会见古巴共产党代表团。",
         "2024-03-01", url(IDCPC_ZH, "2024-03-01"), "2023-12-28"),
    Case("zh-hao", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         "11月29号，中联部部长刘建超在京会见古巴共产党代表团。",
         "2023-11-30", url(IDCPC_ZH, "2023-11-30"), "2023-11-29"),
    Case("zh-numeral-range", "idcpc", "zh", "古巴共产党代表团访华",
         "应中联部邀请，古巴共产党代表团于六月五日至十二日访华。",
         "2023-06-14", url(IDCPC_ZH, "2023-06-14"), "2023-06-05"),
    Case("range-hyphen-two-days", "idcpc", "en", "Liu Jianchao Holds Talks with Cuban Party Delegation",
         "Beijing, Dec. 1st--Liu Jianchao, head of the IDCPC, held talks on Nov. 29-30 with a delegation of "
         "the Communist Party of Cuba.", "2023-12-02", url(IDCPC_EN, "2023-12-02"), "2023-11-29"),
    Case("between-day-first", "idcpc", "en", "Cuban Party Delegation Visits China",
         "A delegation of the Communist Party of Cuba visited China between 5 and 12 June at the invitation "
         "of the CPC.", "2023-06-14", url(IDCPC_EN, "2023-06-14"), "2023-06-05"),
    Case("month-day-last-year", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "Liu Jianchao, head of the IDCPC, met with a delegation of the Communist Party of Cuba on Nov. 28 "
         "last year.", "2024-03-01", url(IDCPC_EN, "2024-03-01"), "2023-11-28"),
    Case("weekday-night", "mfa", "en", "Xi Jinping Has Phone Call with Lula",
         " date 2024-03-05\nBEIJING, March 5 -- Chinese President Xi Jinping held a phone call with "
         "Brazilian President Luiz Inácio Lula da Silva on Tuesday night.\n",
         "2024-03-05", url(AGENCY_EN, "2024-03-05"), "2024-03-05"),
]


ROUND_TWO_CASES += [
    Case("zh-dangwan-dateline", "idcpc", "zh", "古巴领导人会见中共代表团",
         " date 2023-06-11\n新华社哈瓦那6月10日电 以孙海燕为团长的中共代表团当天抵达哈瓦那。"
         "当晚，古巴共产党中央第二书记莫拉莱斯会见代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), "2023-06-10"),
    Case("zh-traditional-dangtian", "idcpc", "zh", "古巴領導人會見中共代表團",
         "【本報訊】中聯部副部長孫海燕率領的中共代表團抵達哈瓦那。當天，古巴共產黨中央第二書記莫拉萊斯"
         "會見代表團。", "2023-06-11", url(HK_ZH, "2023-06-11"), "2023-06-11"),
    Case("zh-traditional-beijing-time-first", "mfa", "zh", "習近平會見秘魯總統博魯阿爾特",
         "北京時間11月15日上午（當地時間14日晚），國家主席習近平在利馬會見秘魯總統博魯阿爾特。",
         "2024-11-15", url(HK_ZH, "2024-11-15"), "2024-11-14"),
    Case("zh-beijing-time-first", "mfa", "zh", "习近平会见秘鲁总统博鲁阿尔特",
         "北京时间11月15日上午（当地时间14日晚），国家主席习近平在利马会见秘鲁总统博鲁阿尔特。",
         "2024-11-15", url(MFA_ZH, "2024-11-15"), "2024-11-14"),
    Case("beijing-time-first", "mfa", "en", "Xi Jinping Meets with Peruvian President",
         "On the morning of November 15 Beijing time (the evening of November 14 local time), President Xi "
         "Jinping met with President Dina Boluarte of Peru in Lima.",
         "2024-11-15", url(MFA_EN, "2024-11-15"), "2024-11-14"),
    Case("a-day-earlier", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met a day earlier with a delegation of "
         "the Communist Party of Cuba.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), "2023-11-28"),
    Case("earlier-in-the-day", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, met earlier in the day with a "
         "delegation of the Communist Party of Cuba.", "2023-11-30", url(IDCPC_EN, "2023-11-30"),
         "2023-11-29"),
    Case("weekday-second-paragraph", "idcpc", "en", "Liu Jianchao Meets with Cuban Party Delegation",
         " date 2023-11-30\nBEIJING, Nov. 29 -- China and Cuba pledged closer party ties.\nLiu Jianchao, "
         "head of the IDCPC, met on Tuesday with a delegation of the Communist Party of Cuba.\n",
         "2023-11-30", url(AGENCY_EN, "2023-11-30"), "2023-11-28"),
    Case("zh-traditional-zuotian-dateline", "idcpc", "zh", "劉建超會見古巴共產黨代表團",
         "新華社北京11月29日電 中共中央對外聯絡部部長劉建超昨天在京會見古巴共產黨代表團。",
         "2023-11-30", url(HK_ZH, "2023-11-30"), "2023-11-28"),
]


@pytest.mark.parametrize("case", _params(ROUND_TWO_CASES))
def test_event_date_round_two(case: Case):
    record = run(case)
    assert record.relevant
    assert record.event_date == case.expected


# ---- doubtful: the codebook does not settle these cleanly -------------------------------------------

DOUBTFUL_CASES = [
    # 近日/日前 under a dateline: rule 3 says they give no day, rule 2 says the dateline dates a text
    # that names no other day; we read "recently" as naming another (unknown) day
    Case("zh-agency-jinri-dateline", "idcpc", "zh", "刘建超会见古巴共产党代表团",
         " date 2023-06-11\n新华社北京6月11日电 近日，中共中央对外联络部部长刘建超在京会见古巴共产党代表团。",
         "2023-06-11", url(AGENCY_ZH, "2023-06-11"), None),
    Case("en-recently-dateline", "idcpc", "en", "Liu Jianchao Meets with Broad Front Delegation",
         "Beijing, November 29th--Liu Jianchao, head of the IDCPC, recently met with a delegation of the "
         "Broad Front of Uruguay.", "2023-11-30", url(IDCPC_EN, "2023-11-30"), None),
    # an announced visit in January on a page printed in December: rule 4's "a month after that date
    # means the year before" against "a future event is dated by the day it will start"
    Case("announced-across-new-year", "mfa", "en", "Bolivian President to Visit China",
         "At the invitation of President Xi Jinping, President Luis Arce of Bolivia will pay a state visit "
         "to China from January 3 to 7.", "2023-12-28", url(MFA_EN, "2023-12-28"), "2024-01-03"),
    # a joint statement that gives the visit's span and its own signing day
    Case("joint-statement-visit-span", "mfa", "en",
         "Joint Statement between the People's Republic of China and the Federative Republic of Brazil",
         "At the invitation of President Xi Jinping, President Luiz Inácio Lula da Silva paid a state "
         "visit to "
         "China from April 12 to 15, 2023.\n1. Both sides agree to deepen cooperation.\nDone in Beijing on "
         "14 April 2023.", "2023-04-15", url(MFA_EN, "2023-04-15"), "2023-04-12"),
# an announced visit that gives no day, on a page that says when it was announced: the codebook dates
# an announcement by the day the visit will start, and a preview with no day is null; the day of the
# announcement is neither
    Case("announced-next-week-no-day", "mfa", "en", "Chinese Premier to Visit Brazil",
         "Premier Li Qiang will pay an official visit to Brazil next week, a spokesperson announced on "
         "Thursday.", "2024-11-15", url(MFA_EN, "2024-11-15"), None),
    # an agency copy whose only day is its own time stamp: a printed date, not a dateline
    Case("agency-time-stamp-only", "idcpc", "en", "Senior CPC official meets Cuban party delegation",
         " date 2023-11-30\nSource: Agency News | 2023-11-30 18:06:12\nLiu Jianchao, head of the IDCPC, met "
         "with a delegation of the Communist Party of Cuba in Beijing.\n", "2023-11-30",
         url(AGENCY_EN, "2023-11-30"), None),
]


@pytest.mark.xfail(strict=False, reason="doubtful: the codebook does not settle these cleanly")
@pytest.mark.parametrize("case", DOUBTFUL_CASES, ids=[f"{c.source}-{c.id}" for c in DOUBTFUL_CASES])
def test_doubtful_dates(case: Case):
    record = run(case)
    assert record.relevant
    assert record.event_date == case.expected
