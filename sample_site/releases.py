"""Self-written releases for the local copy of the sites, with the coding a person would give them.

The wording is our own, built from the formulas the real releases use (datelines such as
"Beijing, June 21st--", yearless Chinese dates "9月18日，", "met here today with"), with real
names of parties, countries and Chinese officials (names are facts). Each release carries
``truth`` in the codebook schema, so the demo and the benchmarks can score what dipex extracts.
Everything is deterministic per seed: the bundled set is the same on every machine.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from sample_site.content import COUNTRIES
from scraper.sources import Source, load_sources

DATA_FILE = Path(__file__).with_name("data") / "releases.jsonl"


@cache
def _sources() -> dict[str, Source]:
    return {s.name: s for s in load_sources()}


# Country pages of the Chinese country_index section: the continent folder and the 1206_<id>.
COUNTRY_PAGES = {
    "Argentina": ("nmz_680924", 680926),
    "Brazil": ("nmz_680924", 680974),
    "Antigua and Barbuda": ("bmz_679954", 680008),
    "Trinidad and Tobago": ("bmz_679954", 680826),
}


@dataclass
class SampleRelease:
    """One release of the local site (see /work/notes contract: id, section, url rules)."""

    id: int
    site: str
    section: str
    lang: str
    title: str
    published: str
    published_time: str
    paragraphs: list[str]
    truth: dict = field(default_factory=dict)
    country_page: str | None = None

    @property
    def url(self) -> str:
        return release_url(self.section, self.published, self.id, self.country_page)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def release_url(section: str, published: str, number: int, country_page: str | None = None) -> str:
    """The real url of a release, by the url conventions of its section."""
    source = _sources()[section]
    ext = source.page.rsplit(".", 1)[-1]
    day = published.replace("-", "")
    if source.kind == "country_index":
        cid = int((country_page or "1206_680926").split("_")[1])
        continent = next((u for u in source.list_urls
                          if any(cid in ids for folder, ids in COUNTRIES.items() if u.rstrip("/").endswith(folder))),
                         source.list_urls[0])
        return f"{continent}1206_{cid}/xgxw_{cid + 6}/{day[:6]}/t{day}_{number}.shtml"
    folder = source.list_urls[0]
    if source.first_page.startswith("default"):
        return f"{folder}t{number}.shtml"
    return f"{folder}{day[:6]}/t{day}_{number}.{ext}"


# ----------------------------------------------------------------- facts used by the templates

@dataclass(frozen=True)
class Counterpart:
    country: str
    country_zh: str
    adjective: str
    party: str  # canonical name as coders write it
    party_text: str  # as a release names it
    party_zh: str
    leader: str
    office: str
    leftist: bool


COUNTERPARTS = (
    Counterpart("Cuba", "古巴", "Cuban", "Communist Party of Cuba", "Communist Party of Cuba (PCC)",
                "古巴共产党", "Roberto Morales Ojeda",
                "Organization Secretary", True),
    Counterpart("Nicaragua", "尼加拉瓜", "Nicaraguan", "Sandinista National Liberation Front",
                "Sandinista National Liberation Front (FSLN)", "尼加拉瓜桑地诺民族解放阵线",
                "Gustavo Porras", "Member of the National Directorate", True),
    Counterpart("Venezuela", "委内瑞拉", "Venezuelan", "United Socialist Party of Venezuela",
                "United Socialist Party of Venezuela (PSUV)", "委内瑞拉统一社会主义党",
                "Diosdado Cabello", "First Vice President", True),
    Counterpart("Brazil", "巴西", "Brazilian", "Workers' Party (Brazil)", "Workers' Party (PT) of Brazil",
                "巴西劳工党", "Gleisi Hoffmann", "President", True),
    Counterpart("Uruguay", "乌拉圭", "Uruguayan", "Broad Front", "Broad Front (FA) of Uruguay",
                "乌拉圭广泛阵线", "Fernando Pereira", "President", True),
    Counterpart("Mexico", "墨西哥", "Mexican", "Institutional Revolutionary Party",
                "Institutional Revolutionary Party (PRI) of Mexico", "墨西哥革命制度党",
                "Alejandro Moreno", "President", False),
    Counterpart("Argentina", "阿根廷", "Argentine", "Justicialist Party",
                "Justicialist Party (PJ) of Argentina", "阿根廷正义党", "José Luis Gioja",
                "Vice President", False),
    Counterpart("Chile", "智利", "Chilean", "Socialist Party of Chile", "Socialist Party of Chile",
                "智利社会党", "Paulina Vodanovic", "President", True),
    Counterpart("Colombia", "哥伦比亚", "Colombian", "Colombian Communist Party",
                "Colombian Communist Party", "哥伦比亚共产党", "Jaime Caycedo", "General Secretary",
                True),
    Counterpart("Peru", "秘鲁", "Peruvian", "Peruvian Aprista Party", "Peruvian Aprista Party (APRA)",
                "秘鲁阿普拉党", "Mauricio Mulder", "Secretary General", False),
    Counterpart("Bolivia", "玻利维亚", "Bolivian", "Movement for Socialism",
                "Movement for Socialism (MAS) of Bolivia", "玻利维亚争取社会主义运动", "Grover García",
                "President", True),
    Counterpart("Trinidad and Tobago", "特立尼达和多巴哥", "Trinidadian", "People's National Movement",
                "People's National Movement (PNM) of Trinidad and Tobago", "特立尼达和多巴哥人民民族运动",
                "Stuart Young", "Chairman", False),
    Counterpart("Antigua and Barbuda", "安提瓜和巴布达", "Antiguan", "Antigua and Barbuda Labour Party",
                "Antigua and Barbuda Labour Party", "安提瓜和巴布达工党", "Gaston Browne",
                "Political Leader", False),
)

# Who a release names as the LAC principal: the head in office on the day (nlp/lac_leaders.json
# holds the facts; a release must not have a 2015 meeting with a president elected in 2022).
ISO3 = {"Cuba": "CUB", "Nicaragua": "NIC", "Venezuela": "VEN", "Brazil": "BRA", "Uruguay": "URY",
        "Mexico": "MEX", "Argentina": "ARG", "Chile": "CHL", "Colombia": "COL", "Peru": "PER",
        "Bolivia": "BOL", "Trinidad and Tobago": "TTO", "Antigua and Barbuda": "ATG"}
PARLIAMENTARY = {"Trinidad and Tobago", "Antigua and Barbuda"}
OFFICE_ZH = {"President": "总统", "Prime Minister": "总理"}


@dataclass(frozen=True)
class Head:
    name: str
    zh: str
    office: str


def head_of(c: Counterpart, day: date) -> Head | None:
    """The head of state (or of government, in parliamentary states) on ``day``; None in a gap."""
    from nlp.leaders import leaders

    office = "Prime Minister" if c.country in PARLIAMENTARY else "President"
    for leader in leaders():
        if leader.country == ISO3[c.country] and leader.office == office and leader.held_on(day):
            return Head(leader.name, min(leader.xinhua or leader.zh, key=len), office)  # as Xinhua writes it
    return None


NEGATIVES = (
    ("Spain", "Spanish Socialist Workers' Party (PSOE)", "西班牙工人社会党", "Europe"),
    ("Portugal", "Portuguese Communist Party", "葡萄牙共产党", "Europe"),
    ("Poland", "Polish People's Party (PSL)", "波兰人民党", "Europe"),
    ("Sri Lanka", "Sri Lanka Freedom Party", "斯里兰卡自由党", "Asia"),
    ("South Africa", "African National Congress", "南非非洲人国民大会", "Africa"),
    ("Viet Nam", "Communist Party of Viet Nam", "越南共产党", "Asia"),
)


def idcpc_official(day: date) -> tuple[str, str, str, str]:
    """The IDCPC principal on a date: (name, office en, name zh, office zh)."""
    if day < date(2015, 11, 1):
        return ("Wang Jiarui", "Minister", "王家瑞", "部长")
    if day < date(2022, 6, 1):
        return ("Song Tao", "Minister", "宋涛", "部长")
    if day < date(2025, 9, 1):
        return ("Liu Jianchao", "Minister", "刘建超", "部长")
    return ("Liu Haixing", "Minister", "刘海星", "部长")


def vice_minister(day: date) -> tuple[str, str]:
    if day < date(2020, 1, 1):
        return ("Guo Yezhou", "郭业洲")
    if day < date(2023, 1, 1):
        return ("Chen Zhou", "陈洲")
    return ("Ma Hui", "马辉")


def foreign_minister(day: date) -> tuple[str, str]:
    """China's foreign minister on a date, and how a release styles him."""
    if date(2022, 12, 30) <= day < date(2023, 7, 25):
        return "Qin Gang", "Foreign Minister Qin Gang"
    if day >= date(2022, 10, 23):
        return "Wang Yi", "Foreign Minister Wang Yi"
    if day >= date(2018, 3, 19):
        return "Wang Yi", "State Councilor and Foreign Minister Wang Yi"
    return "Wang Yi", "Foreign Minister Wang Yi"


def premier(day: date) -> str:
    return "Li Keqiang" if day < date(2023, 3, 11) else "Li Qiang"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December")


def dateline(day: date) -> str:
    return f"Beijing, {MONTH[day.month - 1]} {ordinal(day.day)}--"


def zh_day(day: date) -> str:
    return f"{day.month}月{day.day}日"


LEVELS = (
    ("strategic partnership", "战略伙伴关系"),
    ("comprehensive strategic partnership", "全面战略伙伴关系"),
    ("comprehensive cooperative partnership", "全面合作伙伴关系"),
    ("all-weather strategic partnership", "全天候战略伙伴关系"),
)
STRATEGIC, COMPREHENSIVE_STRATEGIC, _, ALL_WEATHER = (level for level, _ in LEVELS)
# China's partnerships with the sample's countries: (day, action, level). Facts, so the demo's
# partnership figure shows real establishments and upgrades, each once.
PARTNERSHIPS: dict[str, list[tuple[date, str, str]]] = {
    "Brazil": [(date(2012, 6, 21), "upgrade", COMPREHENSIVE_STRATEGIC)],
    "Mexico": [(date(2013, 6, 4), "upgrade", COMPREHENSIVE_STRATEGIC)],
    "Peru": [(date(2013, 4, 6), "upgrade", COMPREHENSIVE_STRATEGIC)],
    "Argentina": [(date(2014, 7, 18), "upgrade", COMPREHENSIVE_STRATEGIC)],
    "Chile": [(date(2012, 6, 26), "establish", STRATEGIC), (date(2016, 11, 22), "upgrade", COMPREHENSIVE_STRATEGIC)],
    "Uruguay": [(date(2016, 10, 18), "establish", STRATEGIC), (date(2023, 11, 22), "upgrade", COMPREHENSIVE_STRATEGIC)],
    "Bolivia": [(date(2018, 6, 19), "establish", STRATEGIC)],
    "Colombia": [(date(2023, 10, 25), "establish", STRATEGIC)],
    "Venezuela": [(date(2014, 7, 20), "upgrade", COMPREHENSIVE_STRATEGIC), (date(2023, 9, 13), "upgrade", ALL_WEATHER)],
}


def partnership_on(country: str, day: date) -> tuple[str | None, str | None]:
    """(action taken that day or None, the level in force after that day or None)."""
    action, level = None, None
    for when, what, rung in PARTNERSHIPS.get(country, []):
        if when <= day:
            level = rung
            action = what if when == day else None
    return action, level

# ----------------------------------------------------------------- release templates
# Each template returns (title, paragraphs, truth) for a counterpart and event date.


def _idcpc_truth(c: Counterpart, day: date, event_type: str, content: str, contacts: list[dict],
                 *, mechanism: list[str] | None = None, country: str | None = None,
                 end: date | None = None) -> dict:
    mech = mechanism or (["bilateral", "leftist"] if c.leftist else ["bilateral"])
    country = country or c.country
    return {
        "relevant": True, "event_date": day.isoformat(),
        "event_date_end": end.isoformat() if end else None, "country": country,
        "exchange_type": "multilateral" if country == "multilateral" else "bilateral",
        "contacts": contacts, "event_type": event_type, "content": content, "mechanism": mech,
    }


def idcpc_meeting_en(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    name, office, _, _ = idcpc_official(day)
    when = rng.choice(["met here today with", "met here this afternoon with", "received in Beijing today"])
    title = f"{name} Meets with Delegation of the {c.party_text.split(' (')[0]}"
    paras = [
        f"{dateline(day)}IDCPC {office} {name} {when} a {c.adjective} delegation headed by {c.leader} "
        f"({c.office}, {c.party_text}).",
        f"{name} said that the CPC values its friendly relations with the {c.party_text.split(' (')[0]} "
        f"and stands ready to strengthen exchanges of experience in party building and state governance, "
        f"so as to push China-{c.country} relations to a new level.",
        f"{c.leader} congratulated the CPC on its achievements and said the {c.adjective} side is willing to "
        "learn from China's development experience and to deepen practical cooperation between the two countries.",
    ]
    truth = _idcpc_truth(c, day, "meeting", "daily interaction", [
        {"name": c.party_text, "kind": "party", "party": c.party},
        {"name": c.leader, "kind": "party", "party": c.party},
    ])
    return title, paras, truth


def idcpc_training_en(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    name, _ = vice_minister(day)
    end = day + timedelta(days=rng.choice([5, 7, 9]))
    title = f"Training Course for Cadres of the {c.party_text.split(' (')[0]} Opens"
    paras = [
        f"{dateline(day)}A training course for cadres of the {c.party_text} opened today by video link. "
        f"IDCPC Vice-minister {name} "
        "attended the opening ceremony and delivered a speech.",
        f"From {MONTH[day.month - 1]} {ordinal(day.day)} to {ordinal(end.day) if end.month == day.month else MONTH[end.month - 1] + ' ' + ordinal(end.day)}, "
        "about 40 cadres will attend lectures on the CPC's experience in poverty alleviation, "
        "party self-governance and the Chinese path to modernization, and hold seminars with Chinese scholars.",
        f"{c.leader}, {c.office} of the party, thanked the CPC for sharing its governance experience.",
    ]
    truth = _idcpc_truth(c, day, "training_course", "knowledge exchange", [
        {"name": f"cadres of the {c.party_text}", "kind": "party", "party": c.party},
        {"name": c.leader, "kind": "party", "party": c.party},
    ], end=end)
    return title, paras, truth


def idcpc_video_en(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    name, office, _, _ = idcpc_official(day)
    title = f"{name} Holds Video Call with {c.leader} of the {c.party_text.split(' (')[0]}"
    paras = [
        f"{dateline(day)}IDCPC {office} {name} "
        f"held a video call today with {c.leader}, {c.office} of the {c.party_text}.",
        "The two sides exchanged views on relations between the two parties and on issues of common concern.",
    ]
    truth = _idcpc_truth(c, day, "video_call", "daily interaction",
                         [{"name": c.leader, "kind": "party", "party": c.party}])
    return title, paras, truth


def idcpc_seminar_en(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    name, office, _, _ = idcpc_official(day)
    title = f"CPC and {c.party_text.split(' (')[0]} Hold Theoretical Seminar"
    paras = [
        f"{dateline(day)}The CPC and the {c.party_text} held a theoretical seminar on party building "
        f"and governance today. IDCPC {office} {name} "
        f"and {c.leader}, {c.office} of the party, addressed the seminar.",
        "More than 60 scholars and party officials from both sides discussed the experience of "
        "modernization, rural development and the building of a ruling party.",
    ]
    truth = _idcpc_truth(c, day, "seminar", "knowledge exchange", [
        {"name": c.party_text, "kind": "party", "party": c.party},
        {"name": c.leader, "kind": "party", "party": c.party},
    ])
    return title, paras, truth


def idcpc_regional_en(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    name, _ = vice_minister(day)
    title = "Training Course for Young Cadres of Latin American and Caribbean Political Parties Held"
    others = [x for x in ("Chile", "Colombia", "Mexico", "Peru") if x != c.country][:3]
    countries = f"{c.country}, {others[0]}, {others[1]} and {others[2]}"
    paras = [
        f"{dateline(day)}A training course for young cadres of political parties of Latin American and "
        f"Caribbean countries opened in Beijing today. IDCPC Vice-minister {name} spoke at the opening "
        "and talked with the participants.",
        f"Some 30 young cadres from {countries} will visit Beijing and "
        "Zhejiang to learn about the CPC's experience in governance and rural revitalization.",
    ]
    truth = _idcpc_truth(c, day, "training_course", "knowledge exchange", [
        {"name": f"young cadres from {countries}", "kind": "youth", "party": None},
    ], mechanism=["regional"], country="multilateral")
    return title, paras, truth


def idcpc_negative_en(neg: tuple[str, str, str, str], day: date, rng: random.Random):
    name, office, _, _ = idcpc_official(day)
    country, party, _, _ = neg
    title = f"{name} Meets with Delegation of {party.split(' (')[0]}"
    paras = [
        f"{dateline(day)}IDCPC {office} {name} met here today with visiting representatives of the "
        f"{party} of {country}.",
        f"The two sides exchanged views on China-{country} relations and on exchanges between the two parties.",
    ]
    return title, paras, {"relevant": False, "event_date": day.isoformat(), "country": None,
                          "exchange_type": None, "contacts": [], "event_type": "meeting",
                          "content": None, "mechanism": []}


def idcpc_meeting_zh(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    _, vm = vice_minister(day)
    title = f"{vm}会见{c.party_zh}代表团"
    paras = [
        f"{zh_day(day)}，中共中央对外联络部副部长{vm}在北京会见{c.party_zh}代表团。",
        f"{vm}表示，中国共产党高度重视同{c.party_zh}的友好关系，愿同对方加强治国理政经验交流，推动中{c.country_zh[:1]}关系不断向前发展。",
        "代表团表示，愿深化两党交流合作，学习借鉴中国发展经验。",
    ]
    truth = _idcpc_truth(c, day, "meeting", "daily interaction",
                         [{"name": f"{c.party_zh}代表团", "kind": "party", "party": c.party}])
    return title, paras, truth


def idcpc_meeting_zh_retold(c: Counterpart, day: date, truth: dict) -> tuple[str, list[str], dict]:
    """The Chinese page of an event the English tree also reported (idcpc_meeting_en)."""
    _, _, name_zh, office_zh = idcpc_official(day)
    title = f"{name_zh}会见{c.party_zh}代表团"
    paras = [
        f"{zh_day(day)}，中共中央对外联络部{office_zh}{name_zh}在北京会见{c.party_zh}代表团。",
        f"{name_zh}表示，中国共产党愿同{c.party_zh}加强治国理政经验交流，推动中{c.country_zh[:1]}关系不断向前发展。",
        "代表团表示，愿深化两党友好合作，学习借鉴中国共产党的治党治国经验。",
    ]
    contacts = [{"name": f"{c.party_zh}代表团", "kind": "party", "party": c.party}]
    return title, paras, {**truth, "contacts": contacts}


LEVELS_ZH = dict(LEVELS)


def mfa_talks_zh_retold(c: Counterpart, day: date, truth: dict) -> tuple[str, list[str], dict]:
    """The Chinese page of talks the English page reported (mfa_talks_en): same event, same coding."""
    short = c.country_zh[:1]
    head = head_of(c, day)
    office_zh = OFFICE_ZH[head.office]
    visit_zh = "国事访问" if head.office == "President" else "正式访问"
    title = f"习近平同{c.country_zh}{office_zh}{head.zh}举行会谈"
    paras = [
        f"{day.year}年{zh_day(day)}下午，国家主席习近平在北京人民大会堂同来华进行{visit_zh}的{c.country_zh}{office_zh}"
        f"{head.zh}举行会谈。",
        f"习近平指出，中国和{c.country_zh}是好朋友、好伙伴，双方要深化经贸、基础设施和绿色发展合作。",
    ]
    level_zh = LEVELS_ZH.get(truth["partnership_level"] or "")
    if truth["partnership_action"] == "establish":
        paras.append(f"两国元首宣布建立中{short}{level_zh}。")
    elif truth["partnership_action"] == "upgrade":
        paras.append(f"两国元首宣布将中{short}关系提升为{level_zh}。")
    elif level_zh:
        paras.append(f"双方同意不断丰富中{short}{level_zh}内涵。")
    else:
        paras.append("双方同意深化各领域友好合作。")
    return title, paras, dict(truth)


RETOLD = {"idcpc_meeting_en": ("idcpc", idcpc_meeting_zh_retold), "mfa_talks_en": ("mfa", mfa_talks_zh_retold)}
# Chinese sections that retell an event reported in English a day or two before.
RETELLING_SECTIONS = {"idcpc_zh_lldt", "mfa_zh_leaders", "mfa_zh_topnews"}


def mfa_talks_en(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    head = head_of(c, day)
    visit_words = "a state visit" if head.office == "President" else "an official visit"
    title = f"Xi Jinping and {c.adjective} {head.office} {head.name} Hold Talks in Beijing"
    paras = [
        f"On the afternoon of {MONTH[day.month - 1]} {day.day}, {day.year}, President Xi Jinping held talks "
        f"with {head.office} {head.name} of {c.country}, who is on {visit_words} to China, at the Great Hall of the People.",
        f"Xi Jinping noted that China and {c.country} are good friends and partners, and the two sides "
        "should deepen cooperation in trade, infrastructure and green development.",
        f"{head.name} said that {c.country} is committed to the one-China principle and looks forward to "
        "closer cooperation with China under the Belt and Road Initiative.",
    ]
    action, level = partnership_on(c.country, day)
    if action == "establish":
        paras.append(f"The two heads of state announced the establishment of a {level} between China and {c.country}.")
    elif action == "upgrade":
        paras.append(f"The two heads of state announced the elevation of bilateral relations to a {level}.")
    elif level:
        paras.append(f"The two sides agreed to enrich the {level} between the two countries.")
    else:
        paras.append("The two sides agreed to deepen friendly cooperation in all fields.")
    truth = {
        "relevant": True, "event_date": day.isoformat(), "country": c.country,
        "chinese_side": "Xi Jinping, President", "counterpart": f"{head.name}, {head.office}",
        "head_of_state_level": True, "event_type": "talks",  # coders code "held talks" as talks
        "partnership_action": action, "partnership_level": level,
    }
    return title, paras, truth


def mfa_call_en(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    minister, styled = foreign_minister(day)
    title = f"{minister} Holds Phone Call with Foreign Minister of {c.country}"
    paras = [
        f"On {MONTH[day.month - 1]} {day.day}, {day.year}, {styled} held a phone call with the Foreign "
        f"Minister of {c.country}.",
        "The two sides exchanged views on bilateral relations and on cooperation in multilateral affairs.",
    ]
    truth = {
        "relevant": True, "event_date": day.isoformat(), "country": c.country,
        "chinese_side": f"{minister}, Foreign Minister", "counterpart": f"Foreign Minister of {c.country}",
        "head_of_state_level": False, "event_type": "phone_call",
        "partnership_action": None, "partnership_level": None,
    }
    return title, paras, truth


def mfa_message_zh(c: Counterpart, day: date, rng: random.Random) -> tuple[str, list[str], dict]:
    head = head_of(c, day)
    office_zh = OFFICE_ZH[head.office]
    title = f"习近平就{c.country_zh}遭受严重自然灾害向{c.country_zh}{office_zh}{head.zh}致慰问电"
    paras = [
        f"{day.year}年{zh_day(day)}，国家主席习近平就{c.country_zh}遭受严重自然灾害向{c.country_zh}{office_zh}{head.zh}致慰问电。",
        f"习近平表示，惊悉{c.country_zh}遭受严重自然灾害，造成重大人员伤亡和财产损失。我谨代表中国政府和中国人民，"
        "对遇难者表示深切哀悼，向伤者和受灾民众致以诚挚慰问。",
    ]
    truth = {
        "relevant": True, "event_date": day.isoformat(), "country": c.country,
        "chinese_side": "Xi Jinping, President", "counterpart": f"{head.name}, {head.office}",
        "head_of_state_level": True, "event_type": "message",
        "partnership_action": None, "partnership_level": None,
    }
    return title, paras, truth


def mfa_negative_en(neg: tuple[str, str, str, str], day: date, rng: random.Random):
    country = neg[0]
    title = f"{premier(day)} Meets with Prime Minister of {country}"
    paras = [
        f"On {MONTH[day.month - 1]} {day.day}, {day.year}, Premier {premier(day)} met with the Prime Minister "
        f"of {country} in Beijing.",
        f"The two sides exchanged views on China-{country} relations and practical cooperation.",
    ]
    return title, paras, {"relevant": False, "event_date": day.isoformat(), "country": None,
                          "chinese_side": None, "counterpart": None, "head_of_state_level": None,
                          "event_type": "meeting", "partnership_action": None, "partnership_level": None}


IDCPC_EN = (idcpc_meeting_en, idcpc_meeting_en, idcpc_training_en, idcpc_video_en, idcpc_seminar_en,
            idcpc_regional_en)
MFA_EN = (mfa_talks_en, mfa_call_en)

# section -> (site, lang, first year, last year)
SECTIONS = {
    "idcpc_en_news": ("idcpc", "en", 2015, 2024),
    "idcpc_en2023_lldt": ("idcpc", "en", 2023, 2026),
    "idcpc_en2023_bzhd": ("idcpc", "en", 2021, 2026),
    "idcpc_en2023_ttxw": ("idcpc", "en", 2023, 2026),
    "idcpc_zh_lldt": ("idcpc", "zh", 2019, 2026),
    "mfa_zh_leaders": ("mfa", "zh", 2022, 2026),
    "mfa_zh_leaders_2015": ("mfa", "zh", 2015, 2020),
    "mfa_zh_topnews": ("mfa", "zh", 2022, 2026),
    "mfa_zh_minister": ("mfa", "zh", 2022, 2026),
    "mfa_zh_statements": ("mfa", "zh", 2022, 2026),
    "mfa_zh_lac_countries": ("mfa", "zh", 2022, 2026),
    "mfa_en_topnews_2015": ("mfa", "en", 2015, 2020),
    "mfa_en_topnews": ("mfa", "en", 2021, 2024),
    "mfa_en_minister_2015": ("mfa", "en", 2015, 2020),
    "mfa_en_communiques_2015": ("mfa", "en", 2015, 2020),
    "mfa_en_lac_2015": ("mfa", "en", 2015, 2020),
    "mfa_en_news": ("mfa", "en", 2025, 2026),
    "mfa_en_minister": ("mfa", "en", 2025, 2026),
    "mfa_en_communiques": ("mfa", "en", 2025, 2026),
}


def _retelling(section: str, told: list[tuple[str, Counterpart, date, dict]],
               rng: random.Random) -> SampleRelease | None:
    """Half the time, a Chinese section reports again an event its site told in English."""
    site, lang, first, last = SECTIONS[section]
    if section not in RETELLING_SECTIONS or rng.random() >= 0.5:
        return None
    for i, (template, c, day, truth) in enumerate(told):
        twin_site, retell = RETOLD[template]
        if twin_site == site and first <= day.year <= last:
            del told[i]
            title, paras, twin_truth = retell(c, day, truth)
            published = day + timedelta(days=rng.choice([0, 1]))
            return SampleRelease(
                id=0, site=site, section=section, lang=lang, title=title, published=published.isoformat(),
                published_time=f"{rng.randint(8, 21):02d}:{rng.choice(['00', '15', '30', '45'])}",
                paragraphs=paras, truth=twin_truth,
            )
    return None


def _milestone(first: int, last: int, rng: random.Random) -> tuple[str, date] | None:
    """A partnership step dated within a section's years, or None when there is none."""
    steps = [(country, when) for country, entries in PARTNERSHIPS.items() for when, _, _ in entries
             if first <= when.year <= last]
    return rng.choice(steps) if steps else None


def _one(section: str, index: int, rng: random.Random,
         told: list[tuple[str, Counterpart, date, dict]] | None = None,
         years: tuple[int, int] | None = None) -> SampleRelease:
    site, lang, first, last = SECTIONS[section]
    if years:
        first, last = years
    year = rng.randint(first, last)
    day = date(year, rng.randint(1, 11), rng.randint(1, 27))
    if year == 2026:
        day = date(2026, rng.randint(1, 10), rng.randint(1, 27))
    country_page = None
    candidates = COUNTERPARTS
    if section == "mfa_zh_lac_countries":
        candidates = tuple(c for c in COUNTERPARTS if c.country in COUNTRY_PAGES)
    c = rng.choice(candidates)
    if section == "mfa_zh_lac_countries":  # every country page gets releases in turn
        c = candidates[(index // len(SECTIONS)) % len(candidates)]
    if site == "mfa" and head_of(c, day) is None:  # a named head in office on the day
        with_head = [other for other in candidates if head_of(other, day)]
        if with_head:
            c = rng.choice(with_head)
        while head_of(c, day) is None:
            day -= timedelta(days=45)
    milestone = site == "mfa" and lang == "en" and rng.random() < 0.2 and _milestone(first, last, rng)
    if milestone:  # a real establishment or upgrade, reported on this section's pages
        country, day = milestone
        c = next(x for x in COUNTERPARTS if x.country == country)
    published = day + timedelta(days=rng.choice([0, 0, 1, 2]))
    negative = not milestone and rng.random() < 0.22 and section != "mfa_zh_lac_countries"
    if site == "idcpc":
        if negative:
            title, paras, truth = idcpc_negative_en(rng.choice(NEGATIVES), day, rng)
        elif lang == "zh":
            title, paras, truth = idcpc_meeting_zh(c, day, rng)
        else:
            template = rng.choice(IDCPC_EN)
            title, paras, truth = template(c, day, rng)
            if told is not None and template.__name__ in RETOLD:
                told.append((template.__name__, c, day, truth))
    else:
        if negative:
            title, paras, truth = mfa_negative_en(rng.choice(NEGATIVES), day, rng)
        elif lang == "zh":
            title, paras, truth = mfa_message_zh(c, day, rng)
        else:
            template = mfa_talks_en if milestone else rng.choice(MFA_EN)
            title, paras, truth = template(c, day, rng)
            if told is not None and template.__name__ in RETOLD:
                told.append((template.__name__, c, day, truth))
    if negative and lang == "zh":
        lang_title = {"idcpc": "中联部领导会见外国政党代表团", "mfa": "国务院总理会见外国客人"}[site]
        title = lang_title
        paras = [f"{zh_day(day)}，中方领导人在北京会见{neg_zh(rng)}代表团，双方就两国关系交换了意见。"]
    if country_page is None and section == "mfa_zh_lac_countries":
        continent, cid = COUNTRY_PAGES[c.country]
        country_page = f"1206_{cid}"
    return SampleRelease(
        id=0, site=site, section=section, lang=lang, title=title, published=published.isoformat(),
        published_time=f"{rng.randint(8, 21):02d}:{rng.choice(['00', '15', '30', '45'])}",
        paragraphs=paras, truth=truth, country_page=country_page,
    )


def neg_zh(rng: random.Random) -> str:
    return rng.choice(NEGATIVES)[2]


def _number(releases: list[SampleRelease]) -> None:
    """Ids grow with the publication date, per site, in the ranges the real counters use."""
    ordered = sorted(range(len(releases)), key=lambda i: (releases[i].published, i))
    for rank, i in enumerate(ordered):
        release = releases[i]
        old = _sources()[release.section].first_page.startswith("default")
        if old:
            release.id = 1_400_000 + rank * 37
        elif release.site == "mfa":
            release.id = 9_600_000 + rank * 911
        else:
            release.id = 90_000 + rank * 113


def generate(n: int, seed: int = 0) -> Iterator[SampleRelease]:
    """``n`` releases spread over every section, deterministic per seed. Some events are
    reported twice (English, then Chinese), as on the real sites: the data set must merge them."""
    rng = random.Random(seed)
    names = list(SECTIONS)
    batch: list[SampleRelease] = []
    told: list[tuple[str, Counterpart, date, dict]] = []
    for index in range(n):
        section = names[index % len(names)]
        batch.append(_retelling(section, told, rng) or _one(section, index, rng, told))
    _number(batch)
    yield from batch


# Sections of the 2015-2021 site that also held 2013-2014 releases: the years the studies start
# with, which no list of the sites reaches any more (only the archive does).
OLDER_SECTIONS = ("idcpc_en_news", "mfa_zh_leaders_2015", "mfa_en_topnews_2015", "mfa_en_minister_2015",
                  "mfa_en_communiques_2015", "mfa_en_lac_2015")


def older(n: int = 12, seed: int = 2013) -> list[SampleRelease]:
    """``n`` releases of 2013-2014 in the old sections, with ids below the bundled ones'."""
    rng = random.Random(seed)
    batch = [_one(OLDER_SECTIONS[i % len(OLDER_SECTIONS)], i, rng, None, years=(2013, 2014))
             for i in range(n)]
    ordered = sorted(range(len(batch)), key=lambda i: (batch[i].published, i))
    for rank, i in enumerate(ordered):
        release = batch[i]
        if _sources()[release.section].first_page.startswith("default"):
            release.id = 1_300_000 + rank * 37
        else:
            release.id = 80_000 + rank * 113
    return batch


def write_bundled(count: int = 152, seed: int = 2026) -> Path:
    """Regenerate the bundled demo content (committed, so it can be reviewed): ``count``
    releases of 2015 onwards, then the older ones of 2013-2014."""
    DATA_FILE.parent.mkdir(parents=True, exist_ok=True)
    with open(DATA_FILE, "w", encoding="utf-8") as handle:
        for release in [*generate(count, seed), *older()]:
            handle.write(json.dumps(asdict(release), ensure_ascii=False, sort_keys=True) + "\n")
    return DATA_FILE


@cache
def _bundled_rows() -> tuple[str, ...]:
    return tuple(DATA_FILE.read_text(encoding="utf-8").splitlines())


def bundled() -> list[SampleRelease]:
    """The demo and test site content (sample_site/data/releases.jsonl)."""
    return [SampleRelease(**json.loads(line)) for line in _bundled_rows() if line.strip()]


if __name__ == "__main__":
    print(write_bundled())
