"""Self-written sample releases of the IDCPC and the foreign ministry, with their expected coding.

The local site (sample_site.server) serves ``bundled()`` as its content, the crawler tests and
the demo read it over HTTP, benchmarks and the NLP use ``generate()`` for many more, and the
``truth`` of each release is what a careful human coder would write following the codebook
(../shared/eval/SCHEMA.md), so extraction can be scored on pages whose answer is known.

Every sentence is written here from templates (no text of any real release). Names of
countries, parties, leaders and platforms, office holders by date, summit dates and the
partnership steps China took with LAC countries are facts; delegation members, ambassadors
and mid-level party officials are invented names. Coding rules applied (the codebook's,
made explicit where it leaves room):

- relevant = an exchange of the CPC/IDCPC (or of China's state, for the ministry) with actors
  of a LAC country or a LAC regional body. A meeting with a Spanish or Portuguese party, or
  a meeting held in Rio with a French president, is not relevant.
- country = the counterpart's LAC country, or "multilateral" when several LAC countries or a
  regional body take part; exchange_type follows (bilateral | multilateral).
- mechanism: "bilateral" for one country's actors, "regional" for LAC-wide platforms (party
  forum, courses for several LAC countries, envoys as a group), "global" for worldwide
  platforms (CPC in Dialogue, BRICS party forum); "leftist" is added when every named
  counterpart party is leftist (gazetteer flag) or the counterpart is Cuba's state/party.
- content: "knowledge exchange" for courses, seminars, forums, dialogues, study tours and
  briefings on a subject; "daily interaction" for meetings, calls, messages, visits.
- ministry records: chinese_side/counterpart "Name, Office" in English whatever the page
  language; head_of_state_level when both are heads of state or government;
  partnership_action only when the release itself establishes or upgrades a partnership,
  partnership_level whenever a level is named (also when only recalled).
- not relevant: IDCPC records keep event_date and event_type, everything else empty; ministry
  records keep only relevant=false (as in the human-coded sets).

``python -m sample_site.releases`` rewrites sample_site/data/releases.jsonl (``write_bundled``).
"""

from __future__ import annotations

import json
import random
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES_TOML = ROOT / "scraper" / "sources.toml"
DATA_FILE = Path(__file__).with_name("data") / "releases.jsonl"
BUNDLED_SEED = 20260
FIRST_DAY = date(2015, 1, 5)
LAST_DAY = date(2026, 11, 20)


# ====================================================================== the release
@dataclass
class SampleRelease:
    """One release page of the sample site (SCRAPER_CONTRACT.md "Sample releases")."""

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
        return release_url(self.section, self.id, self.published, self.country_page)

    @property
    def text(self) -> str:
        """The body as a parser should give it back (paragraphs joined by a blank line)."""
        return "\n\n".join(p for p in self.paragraphs if p.strip())

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> SampleRelease:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@cache
def sections() -> dict[str, dict]:
    """The sections of scraper/sources.toml by name (read here, so the url rules follow it)."""
    with open(SOURCES_TOML, "rb") as fh:
        return {s["name"]: s for s in tomllib.load(fh)["source"]}


# Country roots of the Chinese country pages that the sample site serves: id -> (continent
# folder, canonical country). Real ids (sites/README §2.2); the site lists the same four.
COUNTRY_PAGES = {
    680926: ("nmz_680924", "Argentina"),
    680974: ("nmz_680924", "Brazil"),
    680008: ("bmz_679954", "Antigua and Barbuda"),
    680826: ("bmz_679954", "Trinidad and Tobago"),
}


def is_old_section(section: str) -> bool:
    """2015-21 MFA columns: ``default*.shtml`` lists and ``t<7 digits>.shtml`` articles."""
    return sections()[section].get("first_page", "").startswith("default")


def release_url(section: str, id: int, published: str, country_page: str | None = None) -> str:
    """Canonical real url of a release, from its section's folder and the site's conventions."""
    source = sections()[section]
    day = published.replace("-", "")
    if source.get("kind") == "country_index":
        if not country_page:
            raise ValueError(f"release {id} of {section} has no country_page")
        cid = int(country_page.split("_")[1])
        continent = COUNTRY_PAGES[cid][0]
        folder = next(u for u in source["list_urls"] if u.rstrip("/").endswith(continent))
        return f"{folder}1206_{cid}/xgxw_{cid + 6}/{day[:6]}/t{day}_{id}.shtml"
    folder = source["list_urls"][0]
    if is_old_section(section):
        return f"{folder}t{id}.shtml"
    ext = source["page"].rsplit(".", 1)[-1]
    return f"{folder}{day[:6]}/t{day}_{id}.{ext}"


# ====================================================================== facts
@dataclass(frozen=True)
class Nation:
    name: str  # canonical English short name (the codebook's)
    adj: str
    zh: str
    short_zh: str  # the one-character form of "China-X" (中古, 中巴)
    lac: bool
    capital: str
    capital_zh: str
    ties: str = "1900-01-01"  # diplomatic relations with the PRC since (ministry events after)


def _n(name, adj, zh, short, lac, cap, cap_zh, ties="1900-01-01") -> Nation:
    return Nation(name, adj, zh, short, lac, cap, cap_zh, ties)


NATIONS: dict[str, Nation] = {n.name: n for n in [
    _n("Argentina", "Argentine", "阿根廷", "阿", True, "Buenos Aires", "布宜诺斯艾利斯", "1972-02-16"),
    _n("Brazil", "Brazilian", "巴西", "巴", True, "Brasilia", "巴西利亚", "1974-08-15"),
    _n("Chile", "Chilean", "智利", "智", True, "Santiago", "圣地亚哥", "1970-12-15"),
    _n("Cuba", "Cuban", "古巴", "古", True, "Havana", "哈瓦那", "1960-09-28"),
    _n("Venezuela", "Venezuelan", "委内瑞拉", "委", True, "Caracas", "加拉加斯", "1974-06-28"),
    _n("Bolivia", "Bolivian", "玻利维亚", "玻", True, "La Paz", "拉巴斯", "1985-07-09"),
    _n("Ecuador", "Ecuadorian", "厄瓜多尔", "厄", True, "Quito", "基多", "1980-01-02"),
    _n("Peru", "Peruvian", "秘鲁", "秘", True, "Lima", "利马", "1971-11-02"),
    _n("Uruguay", "Uruguayan", "乌拉圭", "乌", True, "Montevideo", "蒙得维的亚", "1988-02-03"),
    _n("Colombia", "Colombian", "哥伦比亚", "哥", True, "Bogota", "波哥大", "1980-02-07"),
    _n("Mexico", "Mexican", "墨西哥", "墨", True, "Mexico City", "墨西哥城", "1972-02-14"),
    _n("Nicaragua", "Nicaraguan", "尼加拉瓜", "尼", True, "Managua", "马那瓜", "2021-12-10"),
    _n("Honduras", "Honduran", "洪都拉斯", "洪", True, "Tegucigalpa", "特古西加尔巴", "2023-03-26"),
    _n("El Salvador", "Salvadoran", "萨尔瓦多", "萨", True, "San Salvador", "圣萨尔瓦多", "2018-08-21"),
    _n("Dominican Republic", "Dominican", "多米尼加", "多", True, "Santo Domingo", "圣多明各",
       "2018-05-01"),
    _n("Panama", "Panamanian", "巴拿马", "巴", True, "Panama City", "巴拿马城", "2017-06-13"),
    _n("Costa Rica", "Costa Rican", "哥斯达黎加", "哥", True, "San Jose", "圣何塞", "2007-06-01"),
    _n("Jamaica", "Jamaican", "牙买加", "牙", True, "Kingston", "金斯敦", "1972-11-21"),
    _n("Trinidad and Tobago", "Trinidad and Tobago", "特立尼达和多巴哥", "特", True, "Port of Spain",
       "西班牙港", "1974-06-20"),
    _n("Barbados", "Barbadian", "巴巴多斯", "巴", True, "Bridgetown", "布里奇敦", "1977-05-30"),
    _n("Antigua and Barbuda", "Antigua and Barbuda", "安提瓜和巴布达", "安", True, "St. John's",
       "圣约翰", "1983-01-01"),
    _n("Guyana", "Guyanese", "圭亚那", "圭", True, "Georgetown", "乔治敦", "1972-06-27"),
    _n("Suriname", "Surinamese", "苏里南", "苏", True, "Paramaribo", "帕拉马里博", "1976-05-28"),
    _n("Grenada", "Grenadian", "格林纳达", "格", True, "St. George's", "圣乔治", "2005-01-20"),
    _n("Dominica", "Dominican", "多米尼克", "多", True, "Roseau", "罗索", "2004-03-23"),
    _n("Bahamas", "Bahamian", "巴哈马", "巴", True, "Nassau", "拿骚", "1997-05-23"),
    _n("Paraguay", "Paraguayan", "巴拉圭", "巴", True, "Asuncion", "亚松森", "2100-01-01"),
    # not LAC: look-alikes (Spanish/Portuguese-speaking, "Guinea", "New") and ordinary partners
    _n("Spain", "Spanish", "西班牙", "西", False, "Madrid", "马德里"),
    _n("Portugal", "Portuguese", "葡萄牙", "葡", False, "Lisbon", "里斯本"),
    _n("Angola", "Angolan", "安哥拉", "安", False, "Luanda", "罗安达"),
    _n("Mozambique", "Mozambican", "莫桑比克", "莫", False, "Maputo", "马普托"),
    _n("Guinea-Bissau", "Bissau-Guinean", "几内亚比绍", "几", False, "Bissau", "比绍"),
    _n("Equatorial Guinea", "Equatorial Guinean", "赤道几内亚", "赤几", False, "Malabo", "马拉博"),
    _n("Papua New Guinea", "Papua New Guinean", "巴布亚新几内亚", "巴新", False, "Port Moresby",
       "莫尔兹比港"),
    _n("South Africa", "South African", "南非", "南", False, "Pretoria", "比勒陀利亚"),
    _n("Tanzania", "Tanzanian", "坦桑尼亚", "坦", False, "Dodoma", "多多马"),
    _n("Vietnam", "Vietnamese", "越南", "越", False, "Hanoi", "河内"),
    _n("Laos", "Lao", "老挝", "老", False, "Vientiane", "万象"),
    _n("Mongolia", "Mongolian", "蒙古国", "蒙", False, "Ulaanbaatar", "乌兰巴托"),
    _n("Japan", "Japanese", "日本", "日", False, "Tokyo", "东京"),
    _n("Cambodia", "Cambodian", "柬埔寨", "柬", False, "Phnom Penh", "金边"),
    _n("Russia", "Russian", "俄罗斯", "俄", False, "Moscow", "莫斯科"),
    _n("Serbia", "Serbian", "塞尔维亚", "塞", False, "Belgrade", "贝尔格莱德"),
    _n("Germany", "German", "德国", "德", False, "Berlin", "柏林"),
    _n("France", "French", "法国", "法", False, "Paris", "巴黎"),
    _n("Philippines", "Philippine", "菲律宾", "菲", False, "Manila", "马尼拉"),
    _n("United States", "US", "美国", "美", False, "Washington", "华盛顿"),
]}


@dataclass(frozen=True)
class Party:
    id: str
    canonical: str  # the codebook's party value (English Wikipedia title, as the gazetteer)
    en: str  # as printed on first mention, without article
    short: str  # later mentions
    zh: str
    nation: str
    leftist: bool
    since: int = 1900  # founded (year)


def _p(pid, canonical, en, short, zh, nation, leftist, since=1900) -> Party:
    return Party(pid, canonical, en, short, zh, nation, leftist, since)


PARTIES: dict[str, Party] = {p.id: p for p in [
    _p("pcc-cu", "Communist Party of Cuba", "Communist Party of Cuba (PCC)", "PCC", "古巴共产党", "Cuba", True),
    _p("pt-br", "Workers' Party (Brazil)", "Workers' Party of Brazil (PT)", "PT", "巴西劳工党", "Brazil", True),
    _p("pcdob-br", "Communist Party of Brazil", "Communist Party of Brazil (PCdoB)", "PCdoB", "巴西共产党",
       "Brazil", True),
    _p("pdt-br", "Democratic Labour Party (Brazil)", "Democratic Labour Party of Brazil (PDT)", "PDT",
       "巴西民主工党", "Brazil", True),
    _p("mdb-br", "Brazilian Democratic Movement", "Brazilian Democratic Movement (MDB)", "MDB",
       "巴西民主运动党", "Brazil", False),
    _p("psuv-ve", "United Socialist Party of Venezuela", "United Socialist Party of Venezuela (PSUV)", "PSUV",
       "委内瑞拉统一社会主义党", "Venezuela", True),
    _p("mas-bo", "Movement for Socialism (Bolivia)", "Movement for Socialism of Bolivia (MAS)", "MAS",
       "玻利维亚争取社会主义运动", "Bolivia", True),
    _p("fsln-ni", "Sandinista National Liberation Front", "Sandinista National Liberation Front (FSLN) of "
       "Nicaragua", "FSLN", "尼加拉瓜桑地诺民族解放阵线", "Nicaragua", True),
    _p("fa-uy", "Broad Front", "Broad Front of Uruguay", "Broad Front", "乌拉圭广泛阵线", "Uruguay", True),
    _p("pn-uy", "National Party (Uruguay)", "National Party of Uruguay", "National Party", "乌拉圭白党",
       "Uruguay", False),
    _p("pc-cl", "Communist Party of Chile", "Communist Party of Chile", "Communist Party of Chile",
       "智利共产党", "Chile", True),
    _p("ps-cl", "Socialist Party of Chile", "Socialist Party of Chile", "Socialist Party", "智利社会党",
       "Chile", True),
    _p("rn-cl", "National Renewal", "National Renewal party of Chile", "National Renewal", "智利民族革新党",
       "Chile", False),
    _p("morena-mx", "National Regeneration Movement", "National Regeneration Movement (MORENA) of Mexico",
       "MORENA", "墨西哥国家复兴运动党", "Mexico", True, 2014),
    _p("pri-mx", "Institutional Revolutionary Party", "Institutional Revolutionary Party (PRI) of Mexico",
       "PRI", "墨西哥革命制度党", "Mexico", False),
    _p("pt-mx", "Labor Party (Mexico)", "Labor Party of Mexico (PT)", "PT", "墨西哥劳动党", "Mexico", True),
    _p("pj-ar", "Justicialist Party", "Justicialist Party (PJ) of Argentina", "PJ", "阿根廷正义党",
       "Argentina", False),
    _p("pca-ar", "Communist Party of Argentina", "Communist Party of Argentina", "Communist Party of Argentina",
       "阿根廷共产党", "Argentina", True),
    _p("pro-ar", "Republican Proposal", "Republican Proposal (PRO) party of Argentina", "PRO",
       "阿根廷共和国方案党", "Argentina", False),
    _p("ph-co", "Historic Pact for Colombia", "Historic Pact for Colombia", "Historic Pact",
       "哥伦比亚历史公约", "Colombia", True, 2021),
    _p("plc-co", "Colombian Liberal Party", "Colombian Liberal Party", "Liberal Party", "哥伦比亚自由党",
       "Colombia", False),
    _p("pcc-co", "Colombian Communist Party", "Colombian Communist Party", "Colombian Communist Party",
       "哥伦比亚共产党", "Colombia", True),
    _p("ap-ec", "PAIS Alliance", "PAIS Alliance of Ecuador", "PAIS Alliance", "厄瓜多尔主权祖国联盟运动",
       "Ecuador", True),
    _p("rc-ec", "Citizen Revolution Movement", "Citizen Revolution Movement of Ecuador", "Citizen Revolution",
       "厄瓜多尔公民革命运动", "Ecuador", True, 2018),
    _p("pl-pe", "Free Peru", "Free Peru party", "Free Peru", "秘鲁自由党", "Peru", True),
    _p("apra-pe", "Peruvian Aprista Party", "Peruvian Aprista Party (APRA)", "APRA", "秘鲁阿普拉党", "Peru",
       False),
    _p("pnp-pe", "Peruvian Nationalist Party", "Peruvian Nationalist Party", "Nationalist Party",
       "秘鲁民族主义党", "Peru", True),
    _p("fmln-sv", "Farabundo Martí National Liberation Front", "Farabundo Marti National Liberation Front "
       "(FMLN) of El Salvador", "FMLN", "萨尔瓦多法拉本多·马蒂民族解放阵线", "El Salvador", True),
    _p("ni-sv", "Nuevas Ideas", "Nuevas Ideas party of El Salvador", "Nuevas Ideas", "萨尔瓦多新思想党",
       "El Salvador", False, 2018),
    _p("libre-hn", "Liberty and Refoundation", "Liberty and Refoundation Party (LIBRE) of Honduras", "LIBRE",
       "洪都拉斯自由与重建党", "Honduras", True),
    _p("pld-do", "Dominican Liberation Party", "Dominican Liberation Party (PLD)", "PLD", "多米尼加解放党",
       "Dominican Republic", False),
    _p("prm-do", "Modern Revolutionary Party", "Modern Revolutionary Party (PRM) of the Dominican Republic",
       "PRM", "多米尼加现代革命党", "Dominican Republic", False),
    _p("prd-pa", "Democratic Revolutionary Party", "Democratic Revolutionary Party (PRD) of Panama", "PRD",
       "巴拿马民主革命党", "Panama", False),
    _p("pln-cr", "National Liberation Party", "National Liberation Party (PLN) of Costa Rica", "PLN",
       "哥斯达黎加民族解放党", "Costa Rica", False),
    _p("pnp-jm", "People's National Party", "People's National Party (PNP) of Jamaica", "PNP",
       "牙买加人民民族党", "Jamaica", True),
    _p("jlp-jm", "Jamaica Labour Party", "Jamaica Labour Party (JLP)", "JLP", "牙买加工党", "Jamaica", False),
    _p("pnm-tt", "People's National Movement", "People's National Movement (PNM) of Trinidad and Tobago",
       "PNM", "特立尼达和多巴哥人民民族运动", "Trinidad and Tobago", False),
    _p("unc-tt", "United National Congress", "United National Congress (UNC) of Trinidad and Tobago", "UNC",
       "特立尼达和多巴哥联合民族大会", "Trinidad and Tobago", False),
    _p("ppp-gy", "People's Progressive Party/Civic", "People's Progressive Party/Civic (PPP/C) of Guyana",
       "PPP/C", "圭亚那人民进步党", "Guyana", True),
    _p("ndp-sr", "National Democratic Party (Suriname)", "National Democratic Party (NDP) of Suriname", "NDP",
       "苏里南民族民主党", "Suriname", False),
    _p("vhp-sr", "Progressive Reform Party (Suriname)", "Progressive Reform Party (VHP) of Suriname", "VHP",
       "苏里南进步改革党", "Suriname", False),
    _p("blp-bb", "Barbados Labour Party", "Barbados Labour Party (BLP)", "BLP", "巴巴多斯工党", "Barbados",
       False),
    _p("ablp-ag", "Antigua and Barbuda Labour Party", "Antigua and Barbuda Labour Party (ABLP)", "ABLP",
       "安提瓜和巴布达工党", "Antigua and Barbuda", False),
    _p("dlp-dm", "Dominica Labour Party", "Dominica Labour Party (DLP)", "DLP", "多米尼克工党", "Dominica",
       False),
    _p("ndc-gd", "National Democratic Congress (Grenada)", "National Democratic Congress (NDC) of Grenada",
       "NDC", "格林纳达全国民主大会党", "Grenada", False),
    _p("plp-bs", "Progressive Liberal Party", "Progressive Liberal Party (PLP) of the Bahamas", "PLP",
       "巴哈马进步自由党", "Bahamas", False),
    _p("fg-py", "Guasu Front", "Guasu Front (Frente Guasu) of Paraguay", "Frente Guasu", "巴拉圭广泛阵线",
       "Paraguay", True),
    # not LAC
    _p("psoe-es", None, "Spanish Socialist Workers' Party (PSOE)", "PSOE", "西班牙工人社会党", "Spain", False),
    _p("pce-es", None, "Communist Party of Spain", "Communist Party of Spain", "西班牙共产党", "Spain", True),
    _p("pp-es", None, "People's Party of Spain", "People's Party", "西班牙人民党", "Spain", False),
    _p("pcp-pt", None, "Portuguese Communist Party (PCP)", "PCP", "葡萄牙共产党", "Portugal", True),
    _p("ps-pt", None, "Socialist Party of Portugal", "Socialist Party", "葡萄牙社会党", "Portugal", False),
    _p("mpla-ao", None, "People's Movement for the Liberation of Angola (MPLA)", "MPLA", "安哥拉人民解放运动",
       "Angola", True),
    _p("frelimo-mz", None, "Mozambique Liberation Front (FRELIMO)", "FRELIMO", "莫桑比克解放阵线党",
       "Mozambique", True),
    _p("paigc-gw", None, "African Party for the Independence of Guinea and Cape Verde (PAIGC)", "PAIGC",
       "几内亚比绍和佛得角非洲独立党", "Guinea-Bissau", True),
    _p("pdge-gq", None, "Democratic Party of Equatorial Guinea", "PDGE", "赤道几内亚民主党",
       "Equatorial Guinea", False),
    _p("pnc-pg", None, "People's National Congress of Papua New Guinea", "People's National Congress",
       "巴布亚新几内亚人民国民大会党", "Papua New Guinea", False),
    _p("anc-za", None, "African National Congress (ANC)", "ANC", "南非非洲人国民大会", "South Africa", True),
    _p("ccm-tz", None, "Chama Cha Mapinduzi (CCM) of Tanzania", "CCM", "坦桑尼亚革命党", "Tanzania", True),
    _p("cpv-vn", None, "Communist Party of Vietnam", "CPV", "越南共产党", "Vietnam", True),
    _p("lprp-la", None, "Lao People's Revolutionary Party", "LPRP", "老挝人民革命党", "Laos", True),
    _p("mpp-mn", None, "Mongolian People's Party (MPP)", "MPP", "蒙古人民党", "Mongolia", False),
    _p("ldp-jp", None, "Liberal Democratic Party of Japan", "LDP", "日本自民党", "Japan", False),
    _p("cpp-kh", None, "Cambodian People's Party", "CPP", "柬埔寨人民党", "Cambodia", False),
    _p("ur-ru", None, "United Russia party", "United Russia", "统一俄罗斯党", "Russia", False),
    _p("sns-rs", None, "Serbian Progressive Party", "SNS", "塞尔维亚前进党", "Serbia", False),
    _p("spd-de", None, "Social Democratic Party of Germany (SPD)", "SPD", "德国社会民主党", "Germany", False),
    _p("pcf-fr", None, "French Communist Party", "PCF", "法国共产党", "France", True),
]}


@dataclass(frozen=True)
class Person:
    en: str
    zh: str
    last: str  # English later mentions ("Hoffmann said")
    role_en: str  # "President of the Workers' Party of Brazil"
    role_zh: str
    nation: str
    kind: str  # codebook contact kind
    party: str | None  # party id, when the text makes the person a party member
    start: str
    end: str
    office: str | None = None  # ministry "counterpart" office ("President")
    head: bool = False  # head of state or government

    def valid(self, day: date) -> bool:
        return self.start <= day.isoformat() <= self.end


def _h(en, zh, last, office_en, office_zh, nation, start, end, party=None, head=True) -> Person:
    """A head of state/government (or a minister when head=False), by term."""
    return Person(en, zh, last, office_en, office_zh, nation, "government", party, start, end,
                  office_en.split(" of ")[0], head)


HEADS: list[Person] = [
    _h("Cristina Fernandez de Kirchner", "克里斯蒂娜·费尔南德斯", "Fernandez", "President of Argentina", "阿根廷总统",
       "Argentina", "2007-12-10", "2015-12-09"),
    _h("Mauricio Macri", "毛里西奥·马克里", "Macri", "President of Argentina", "阿根廷总统", "Argentina",
       "2015-12-10", "2019-12-09", "pro-ar"),
    _h("Alberto Fernandez", "阿尔韦托·费尔南德斯", "Fernandez", "President of Argentina", "阿根廷总统", "Argentina",
       "2019-12-10", "2023-12-09", "pj-ar"),
    _h("Javier Milei", "哈维尔·米莱", "Milei", "President of Argentina", "阿根廷总统", "Argentina", "2023-12-10",
       "2099-12-31"),
    _h("Dilma Rousseff", "迪尔玛·罗塞夫", "Rousseff", "President of Brazil", "巴西总统", "Brazil", "2011-01-01",
       "2016-05-11", "pt-br"),
    _h("Michel Temer", "米歇尔·特梅尔", "Temer", "President of Brazil", "巴西总统", "Brazil", "2016-08-31",
       "2018-12-31", "mdb-br"),
    _h("Jair Bolsonaro", "雅伊尔·博索纳罗", "Bolsonaro", "President of Brazil", "巴西总统", "Brazil", "2019-01-01",
       "2022-12-31"),
    _h("Luiz Inacio Lula da Silva", "路易斯·伊纳西奥·卢拉·达席尔瓦", "Lula", "President of Brazil", "巴西总统",
       "Brazil", "2023-01-01", "2099-12-31", "pt-br"),
    _h("Michelle Bachelet", "米歇尔·巴切莱特", "Bachelet", "President of Chile", "智利总统", "Chile", "2014-03-11",
       "2018-03-10", "ps-cl"),
    _h("Sebastian Pinera", "塞瓦斯蒂安·皮涅拉", "Pinera", "President of Chile", "智利总统", "Chile", "2018-03-11",
       "2022-03-10", "rn-cl"),
    _h("Gabriel Boric", "加夫列尔·博里奇", "Boric", "President of Chile", "智利总统", "Chile", "2022-03-11",
       "2026-03-10"),
    _h("Raul Castro", "劳尔·卡斯特罗", "Castro", "President of the Council of State of Cuba", "古巴国务委员会主席",
       "Cuba", "2008-02-24", "2018-04-18", "pcc-cu"),
    _h("Miguel Diaz-Canel", "米格尔·迪亚斯-卡内尔", "Diaz-Canel", "President of Cuba", "古巴国家主席", "Cuba",
       "2018-04-19", "2099-12-31", "pcc-cu"),
    _h("Nicolas Maduro", "尼古拉斯·马杜罗", "Maduro", "President of Venezuela", "委内瑞拉总统", "Venezuela",
       "2013-04-19", "2025-11-30", "psuv-ve"),
    _h("Evo Morales", "埃沃·莫拉莱斯", "Morales", "President of Bolivia", "玻利维亚总统", "Bolivia", "2006-01-22",
       "2019-11-09", "mas-bo"),
    _h("Luis Arce", "路易斯·阿尔塞", "Arce", "President of Bolivia", "玻利维亚总统", "Bolivia", "2020-11-08",
       "2025-11-07", "mas-bo"),
    _h("Rafael Correa", "拉斐尔·科雷亚", "Correa", "President of Ecuador", "厄瓜多尔总统", "Ecuador", "2007-01-15",
       "2017-05-23", "ap-ec"),
    _h("Lenin Moreno", "莱宁·莫雷诺", "Moreno", "President of Ecuador", "厄瓜多尔总统", "Ecuador", "2017-05-24",
       "2021-05-23"),
    _h("Guillermo Lasso", "吉列尔莫·拉索", "Lasso", "President of Ecuador", "厄瓜多尔总统", "Ecuador", "2021-05-24",
       "2023-11-22"),
    _h("Daniel Noboa", "丹尼尔·诺沃亚", "Noboa", "President of Ecuador", "厄瓜多尔总统", "Ecuador", "2023-11-23",
       "2099-12-31"),
    _h("Ollanta Humala", "奥良塔·乌马拉", "Humala", "President of Peru", "秘鲁总统", "Peru", "2011-07-28",
       "2016-07-27", "pnp-pe"),
    _h("Pedro Pablo Kuczynski", "佩德罗·巴勃罗·库琴斯基", "Kuczynski", "President of Peru", "秘鲁总统", "Peru",
       "2016-07-28", "2018-03-22"),
    _h("Martin Vizcarra", "马丁·比斯卡拉", "Vizcarra", "President of Peru", "秘鲁总统", "Peru", "2018-03-23",
       "2020-11-09"),
    _h("Pedro Castillo", "佩德罗·卡斯蒂略", "Castillo", "President of Peru", "秘鲁总统", "Peru", "2021-07-28",
       "2022-12-06", "pl-pe"),
    _h("Dina Boluarte", "迪娜·博鲁阿尔特", "Boluarte", "President of Peru", "秘鲁总统", "Peru", "2022-12-07",
       "2025-10-09"),
    _h("Tabare Vazquez", "塔瓦雷·巴斯克斯", "Vazquez", "President of Uruguay", "乌拉圭总统", "Uruguay",
       "2015-03-01", "2020-02-29", "fa-uy"),
    _h("Luis Lacalle Pou", "路易斯·拉卡列·波乌", "Lacalle Pou", "President of Uruguay", "乌拉圭总统", "Uruguay",
       "2020-03-01", "2025-02-28", "pn-uy"),
    _h("Yamandu Orsi", "亚曼杜·奥尔西", "Orsi", "President of Uruguay", "乌拉圭总统", "Uruguay", "2025-03-01",
       "2099-12-31", "fa-uy"),
    _h("Juan Manuel Santos", "胡安·曼努埃尔·桑托斯", "Santos", "President of Colombia", "哥伦比亚总统", "Colombia",
       "2010-08-07", "2018-08-06"),
    _h("Ivan Duque", "伊万·杜克", "Duque", "President of Colombia", "哥伦比亚总统", "Colombia", "2018-08-07",
       "2022-08-06"),
    _h("Gustavo Petro", "古斯塔沃·彼得罗", "Petro", "President of Colombia", "哥伦比亚总统", "Colombia",
       "2022-08-07", "2026-08-06", "ph-co"),
    _h("Enrique Pena Nieto", "恩里克·培尼亚·涅托", "Pena Nieto", "President of Mexico", "墨西哥总统", "Mexico",
       "2012-12-01", "2018-11-30", "pri-mx"),
    _h("Andres Manuel Lopez Obrador", "安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔", "Lopez Obrador", "President of Mexico",
       "墨西哥总统", "Mexico", "2018-12-01", "2024-09-30", "morena-mx"),
    _h("Claudia Sheinbaum", "克劳迪娅·辛鲍姆", "Sheinbaum", "President of Mexico", "墨西哥总统", "Mexico",
       "2024-10-01", "2099-12-31", "morena-mx"),
    _h("Daniel Ortega", "丹尼尔·奥尔特加", "Ortega", "President of Nicaragua", "尼加拉瓜总统", "Nicaragua",
       "2007-01-10", "2099-12-31", "fsln-ni"),
    _h("Xiomara Castro", "希奥马拉·卡斯特罗", "Castro", "President of Honduras", "洪都拉斯总统", "Honduras",
       "2022-01-27", "2026-01-26", "libre-hn"),
    _h("Nayib Bukele", "纳伊布·布克尔", "Bukele", "President of El Salvador", "萨尔瓦多总统", "El Salvador",
       "2019-06-01", "2099-12-31", "ni-sv"),
    _h("Danilo Medina", "达尼洛·梅迪纳", "Medina", "President of the Dominican Republic", "多米尼加总统",
       "Dominican Republic", "2012-08-16", "2020-08-15", "pld-do"),
    _h("Luis Abinader", "路易斯·阿比纳德尔", "Abinader", "President of the Dominican Republic", "多米尼加总统",
       "Dominican Republic", "2020-08-16", "2099-12-31", "prm-do"),
    _h("Juan Carlos Varela", "胡安·卡洛斯·巴雷拉", "Varela", "President of Panama", "巴拿马总统", "Panama",
       "2014-07-01", "2019-06-30"),
    _h("Laurentino Cortizo", "劳伦蒂诺·科尔蒂索", "Cortizo", "President of Panama", "巴拿马总统", "Panama",
       "2019-07-01", "2024-06-30", "prd-pa"),
    _h("Carlos Alvarado", "卡洛斯·阿尔瓦拉多", "Alvarado", "President of Costa Rica", "哥斯达黎加总统",
       "Costa Rica", "2018-05-08", "2022-05-07"),
    _h("Rodrigo Chaves", "罗德里戈·查韦斯", "Chaves", "President of Costa Rica", "哥斯达黎加总统", "Costa Rica",
       "2022-05-08", "2099-12-31"),
    _h("Andrew Holness", "安德鲁·霍尔尼斯", "Holness", "Prime Minister of Jamaica", "牙买加总理", "Jamaica",
       "2016-03-03", "2099-12-31", "jlp-jm"),
    _h("Keith Rowley", "基思·罗利", "Rowley", "Prime Minister of Trinidad and Tobago", "特立尼达和多巴哥总理",
       "Trinidad and Tobago", "2015-09-09", "2025-03-16", "pnm-tt"),
    _h("Kamla Persad-Bissessar", "卡姆拉·珀萨德-比塞萨尔", "Persad-Bissessar", "Prime Minister of Trinidad and "
       "Tobago", "特立尼达和多巴哥总理", "Trinidad and Tobago", "2025-05-01", "2099-12-31", "unc-tt"),
    _h("Mia Amor Mottley", "米娅·阿莫尔·莫特利", "Mottley", "Prime Minister of Barbados", "巴巴多斯总理",
       "Barbados", "2018-05-25", "2099-12-31", "blp-bb"),
    _h("Gaston Browne", "加斯顿·布朗", "Browne", "Prime Minister of Antigua and Barbuda", "安提瓜和巴布达总理",
       "Antigua and Barbuda", "2014-06-13", "2099-12-31", "ablp-ag"),
    _h("Irfaan Ali", "伊尔凡·阿里", "Ali", "President of Guyana", "圭亚那总统", "Guyana", "2020-08-02",
       "2099-12-31", "ppp-gy"),
    _h("Desi Bouterse", "德西·鲍特瑟", "Bouterse", "President of Suriname", "苏里南总统", "Suriname",
       "2010-08-12", "2020-07-15", "ndp-sr"),
    _h("Chan Santokhi", "单多吉", "Santokhi", "President of Suriname", "苏里南总统", "Suriname", "2020-07-16",
       "2025-07-15", "vhp-sr"),
    _h("Dickon Mitchell", "迪肯·米切尔", "Mitchell", "Prime Minister of Grenada", "格林纳达总理", "Grenada",
       "2022-06-24", "2099-12-31", "ndc-gd"),
    _h("Roosevelt Skerrit", "罗斯福·斯凯里特", "Skerrit", "Prime Minister of Dominica", "多米尼克总理", "Dominica",
       "2004-01-08", "2099-12-31", "dlp-dm"),
    _h("Philip Davis", "菲利普·戴维斯", "Davis", "Prime Minister of the Bahamas", "巴哈马总理", "Bahamas",
       "2021-09-17", "2099-12-31", "plp-bs"),
    # not LAC
    _h("Pedro Sanchez", "佩德罗·桑切斯", "Sanchez", "Prime Minister of Spain", "西班牙首相", "Spain", "2018-06-02",
       "2099-12-31", "psoe-es"),
    _h("Marcelo Rebelo de Sousa", "马塞洛·雷贝洛·德索萨", "Rebelo de Sousa", "President of Portugal", "葡萄牙总统",
       "Portugal", "2016-03-09", "2026-03-08"),
    _h("Joao Lourenco", "若昂·洛伦索", "Lourenco", "President of Angola", "安哥拉总统", "Angola", "2017-09-26",
       "2099-12-31", "mpla-ao"),
    _h("Filipe Nyusi", "菲利佩·纽西", "Nyusi", "President of Mozambique", "莫桑比克总统", "Mozambique",
       "2015-01-15", "2025-01-14", "frelimo-mz"),
    _h("Teodoro Obiang Nguema Mbasogo", "特奥多罗·奥比昂·恩圭马·姆巴索戈", "Obiang", "President of Equatorial Guinea",
       "赤道几内亚总统", "Equatorial Guinea", "1979-08-03", "2099-12-31", "pdge-gq"),
    _h("Umaro Sissoco Embalo", "乌马罗·西索科·恩巴洛", "Embalo", "President of Guinea-Bissau", "几内亚比绍总统",
       "Guinea-Bissau", "2020-02-27", "2025-11-25"),
    _h("James Marape", "詹姆斯·马拉佩", "Marape", "Prime Minister of Papua New Guinea", "巴布亚新几内亚总理",
       "Papua New Guinea", "2019-05-30", "2099-12-31", "pnc-pg"),
    _h("Cyril Ramaphosa", "西里尔·拉马福萨", "Ramaphosa", "President of South Africa", "南非总统", "South Africa",
       "2018-02-15", "2099-12-31", "anc-za"),
    _h("Emmanuel Macron", "埃马纽埃尔·马克龙", "Macron", "President of France", "法国总统", "France", "2017-05-14",
       "2099-12-31"),
    _h("Joe Biden", "约瑟夫·拜登", "Biden", "President of the United States", "美国总统", "United States",
       "2021-01-20", "2025-01-19"),
    _h("Shigeru Ishiba", "石破茂", "Ishiba", "Prime Minister of Japan", "日本首相", "Japan", "2024-10-01",
       "2025-10-20", "ldp-jp"),
    _h("Hun Manet", "洪玛奈", "Hun Manet", "Prime Minister of Cambodia", "柬埔寨首相", "Cambodia", "2023-08-22",
       "2099-12-31", "cpp-kh"),
]

FOREIGN_MINISTERS: list[Person] = [
    _h("Bruno Rodriguez Parrilla", "布鲁诺·罗德里格斯", "Rodriguez", "Foreign Minister of Cuba", "古巴外长", "Cuba",
       "2009-03-02", "2099-12-31", "pcc-cu", head=False),
    _h("Jorge Arreaza", "豪尔赫·阿雷亚萨", "Arreaza", "Foreign Minister of Venezuela", "委内瑞拉外长", "Venezuela",
       "2017-08-02", "2021-08-19", head=False),
    _h("Yvan Gil", "伊万·希尔", "Gil", "Foreign Minister of Venezuela", "委内瑞拉外长", "Venezuela", "2023-04-01",
       "2025-11-30", head=False),
    _h("Santiago Cafiero", "圣地亚哥·卡菲耶罗", "Cafiero", "Foreign Minister of Argentina", "阿根廷外长",
       "Argentina", "2021-09-20", "2023-12-09", head=False),
    _h("Mauro Vieira", "毛罗·维埃拉", "Vieira", "Foreign Minister of Brazil", "巴西外长", "Brazil", "2023-01-01",
       "2099-12-31", head=False),
    _h("Marcelo Ebrard", "马塞洛·埃布拉德", "Ebrard", "Foreign Minister of Mexico", "墨西哥外长", "Mexico",
       "2018-12-01", "2023-06-12", head=False),
    _h("Alberto van Klaveren", "阿尔韦托·范克拉韦伦", "van Klaveren", "Foreign Minister of Chile", "智利外长",
       "Chile", "2023-03-10", "2026-03-10", head=False),
    _h("Francisco Bustillo", "弗朗西斯科·布斯蒂略", "Bustillo", "Foreign Minister of Uruguay", "乌拉圭外长",
       "Uruguay", "2020-07-06", "2023-06-30", head=False),
    _h("Denis Moncada", "德尼斯·蒙卡达", "Moncada", "Foreign Minister of Nicaragua", "尼加拉瓜外长", "Nicaragua",
       "2021-12-10", "2099-12-31", head=False),
    _h("Eduardo Enrique Reina", "爱德华多·恩里克·雷纳", "Reina", "Foreign Minister of Honduras", "洪都拉斯外长",
       "Honduras", "2023-03-26", "2026-01-26", head=False),
    _h("Jose Manuel Albares", "何塞·曼努埃尔·阿尔瓦雷斯", "Albares", "Foreign Minister of Spain", "西班牙外交大臣",
       "Spain", "2021-07-12", "2099-12-31", head=False),
]


def _party_person(en, zh, last, role_en, role_zh, party, start, end, kind="party") -> Person:
    return Person(en, zh, last, role_en, role_zh, PARTIES[party].nation, kind, party, start, end)


PARTY_LEADERS: list[Person] = [
    _party_person("Gleisi Hoffmann", "格莱西·霍夫曼", "Hoffmann", "President of the Workers' Party of Brazil",
                  "巴西劳工党主席", "pt-br", "2017-06-03", "2025-03-09"),
    _party_person("Luciana Santos", "卢西亚娜·桑托斯", "Santos", "President of the Communist Party of Brazil",
                  "巴西共产党主席", "pcdob-br", "2015-05-01", "2025-06-30"),
    _party_person("Carlos Lupi", "卡洛斯·卢皮", "Lupi", "President of the Democratic Labour Party of Brazil",
                  "巴西民主工党主席", "pdt-br", "2015-01-01", "2022-12-31"),
    _party_person("Diosdado Cabello", "迪奥斯达多·卡韦略", "Cabello", "First Vice President of the United "
                  "Socialist Party of Venezuela", "委内瑞拉统一社会主义党第一副主席", "psuv-ve", "2011-01-01",
                  "2025-11-30"),
    _party_person("Jose Ramon Balaguer", "何塞·拉蒙·巴拉格尔", "Balaguer", "Head of the International Relations "
                  "Department of the Central Committee of the Communist Party of Cuba",
                  "古巴共产党中央国际关系部部长", "pcc-cu", "2006-01-01", "2019-06-30"),
    _party_person("Emilio Lozada Garcia", "埃米利奥·洛萨达", "Lozada", "Head of the International Relations "
                  "Department of the Central Committee of the Communist Party of Cuba",
                  "古巴共产党中央国际关系部部长", "pcc-cu", "2021-06-01", "2099-12-31"),
    _party_person("Roberto Morales Ojeda", "罗伯托·莫拉莱斯", "Morales", "Member of the Political Bureau and "
                  "Secretary of Organization of the Central Committee of the Communist Party of Cuba",
                  "古巴共产党中央政治局委员、组织书记", "pcc-cu", "2021-04-19", "2099-12-31"),
    _party_person("Guillermo Teillier", "吉列尔莫·泰列尔", "Teillier", "President of the Communist Party of "
                  "Chile", "智利共产党主席", "pc-cl", "2005-01-01", "2022-10-31"),
    _party_person("Lautaro Carmona", "劳塔罗·卡莫纳", "Carmona", "President of the Communist Party of Chile",
                  "智利共产党主席", "pc-cl", "2023-01-20", "2099-12-31"),
    _party_person("Alvaro Elizalde", "阿尔瓦罗·埃利萨尔德", "Elizalde", "President of the Socialist Party of Chile",
                  "智利社会党主席", "ps-cl", "2016-06-01", "2021-12-31"),
    _party_person("Paulina Vodanovic", "保利娜·沃达诺维奇", "Vodanovic", "President of the Socialist Party of "
                  "Chile", "智利社会党主席", "ps-cl", "2022-02-01", "2099-12-31"),
    _party_person("Javier Miranda", "哈维尔·米兰达", "Miranda", "President of the Broad Front of Uruguay",
                  "乌拉圭广泛阵线主席", "fa-uy", "2016-08-01", "2020-12-31"),
    _party_person("Fernando Pereira", "费尔南多·佩雷拉", "Pereira", "President of the Broad Front of Uruguay",
                  "乌拉圭广泛阵线主席", "fa-uy", "2021-03-01", "2025-06-30"),
    _party_person("Mario Delgado", "马里奥·德尔加多", "Delgado", "President of the National Regeneration "
                  "Movement of Mexico", "墨西哥国家复兴运动党主席", "morena-mx", "2020-11-01", "2024-09-30"),
    _party_person("Alejandro Moreno", "亚历杭德罗·莫雷诺", "Moreno", "President of the Institutional "
                  "Revolutionary Party of Mexico", "墨西哥革命制度党主席", "pri-mx", "2019-08-18", "2099-12-31"),
    _party_person("Alberto Anaya", "阿尔韦托·阿纳亚", "Anaya", "National Leader of the Labor Party of Mexico",
                  "墨西哥劳动党全国领导人", "pt-mx", "2000-01-01", "2099-12-31"),
    _party_person("Mark Golding", "马克·戈尔丁", "Golding", "President of the People's National Party of "
                  "Jamaica", "牙买加人民民族党主席", "pnp-jm", "2020-11-07", "2099-12-31"),
    _party_person("Bharrat Jagdeo", "巴拉特·贾格迪奥", "Jagdeo", "General Secretary of the People's Progressive "
                  "Party/Civic of Guyana", "圭亚那人民进步党总书记", "ppp-gy", "2018-01-01", "2099-12-31"),
    _party_person("Evo Morales", "埃沃·莫拉莱斯", "Morales", "President of the Movement for Socialism of Bolivia",
                  "玻利维亚争取社会主义运动主席", "mas-bo", "2020-01-01", "2023-10-31"),
    _party_person("Vladimir Cerron", "弗拉迪米尔·塞龙", "Cerron", "Secretary General of the Free Peru party",
                  "秘鲁自由党总书记", "pl-pe", "2017-01-01", "2099-12-31"),
    _party_person("Medardo Gonzalez", "梅达多·冈萨雷斯", "Gonzalez", "Secretary General of the Farabundo Marti "
                  "National Liberation Front of El Salvador", "萨尔瓦多法拉本多·马蒂民族解放阵线总书记", "fmln-sv",
                  "2004-01-01", "2019-10-31"),
    _party_person("Jose Luis Gioja", "何塞·路易斯·希奥哈", "Gioja", "President of the Justicialist Party of "
                  "Argentina", "阿根廷正义党主席", "pj-ar", "2016-05-09", "2020-03-21"),
    _party_person("Gustavo Porras", "古斯塔沃·波拉斯", "Porras", "Member of the National Council of the FSLN and "
                  "President of the National Assembly of Nicaragua", "尼加拉瓜桑地诺民族解放阵线全国委员会委员、"
                  "国民议会主席", "fsln-ni", "2021-12-10", "2099-12-31"),
    _party_person("Fernando Lugo", "费尔南多·卢戈", "Lugo", "Leader of the Guasu Front and former President of "
                  "Paraguay", "巴拉圭广泛阵线领导人、前总统", "fg-py", "2015-01-01", "2022-12-31"),
    # not LAC
    _party_person("Enrique Santiago", "恩里克·圣地亚哥", "Santiago", "Secretary General of the Communist Party "
                  "of Spain", "西班牙共产党总书记", "pce-es", "2018-01-01", "2099-12-31"),
    _party_person("Paulo Raimundo", "保罗·赖蒙多", "Raimundo", "General Secretary of the Portuguese Communist "
                  "Party", "葡萄牙共产党总书记", "pcp-pt", "2022-11-12", "2099-12-31"),
    _party_person("Jeronimo de Sousa", "热罗尼莫·德索萨", "de Sousa", "General Secretary of the Portuguese "
                  "Communist Party", "葡萄牙共产党总书记", "pcp-pt", "2004-11-28", "2022-11-11"),
    _party_person("Fikile Mbalula", "菲基莱·姆巴卢拉", "Mbalula", "Secretary General of the African National "
                  "Congress", "南非非洲人国民大会总书记", "anc-za", "2022-12-20", "2099-12-31"),
    _party_person("Daniel Chongolo", "丹尼尔·冲戈洛", "Chongolo", "Secretary General of Chama Cha Mapinduzi",
                  "坦桑尼亚革命党总书记", "ccm-tz", "2021-04-30", "2023-11-29"),
    _party_person("Le Hoai Trung", "黎怀忠", "Le Hoai Trung", "Head of the Commission for External Relations "
                  "of the Communist Party of Vietnam", "越共中央对外部部长", "cpv-vn", "2021-04-01", "2025-06-30"),
    _party_person("Paulo Pombolo", "保罗·彭博洛", "Pombolo", "Secretary General of the MPLA",
                  "安哥拉人民解放运动总书记", "mpla-ao", "2019-06-01", "2099-12-31"),
]


@dataclass(frozen=True)
class Official:
    """A Chinese principal: name and office over a period."""

    en: str
    zh: str
    last: str  # English later mentions ("Song said")
    title_en: str
    title_zh: str
    start: str
    end: str
    office: str  # ministry "chinese_side" office
    head: bool = False

    def valid(self, day: date) -> bool:
        return self.start <= day.isoformat() <= self.end

    @property
    def side(self) -> str:
        return f"{self.en}, {self.office}"


_IDCPC = "of the International Department of the CPC Central Committee"
_ILD = "中共中央对外联络部"


def _idcpc(en, zh, rank, start, end) -> Official:
    title_en = {"minister": f"Minister {_IDCPC}", "vice": f"Vice-minister {_IDCPC}",
                "assistant": f"Assistant Minister {_IDCPC}"}[rank]
    title_zh = {"minister": f"{_ILD}部长", "vice": f"{_ILD}副部长", "assistant": f"{_ILD}部长助理"}[rank]
    return Official(en, zh, en.split()[0], title_en, title_zh, start, end, title_en)


IDCPC_OFFICIALS: dict[str, list[Official]] = {
    "minister": [
        _idcpc("Wang Jiarui", "王家瑞", "minister", "2003-03-01", "2015-11-10"),
        _idcpc("Song Tao", "宋涛", "minister", "2015-11-11", "2022-05-31"),
        _idcpc("Liu Jianchao", "刘建超", "minister", "2022-06-01", "2025-08-15"),
        _idcpc("Liu Haixing", "刘海星", "minister", "2025-10-01", "2099-12-31"),
    ],
    "vice": [
        _idcpc("Guo Yezhou", "郭业洲", "vice", "2015-01-01", "2022-05-31"),
        _idcpc("Li Jun", "李军", "vice", "2015-01-01", "2018-06-30"),
        _idcpc("Zheng Xiaosong", "郑晓松", "vice", "2015-06-01", "2017-06-30"),
        _idcpc("Qian Hongshan", "钱洪山", "vice", "2016-06-01", "2023-05-31"),
        _idcpc("Chen Zhou", "陈洲", "vice", "2021-06-01", "2099-12-31"),
        _idcpc("Ma Hui", "马辉", "vice", "2022-06-01", "2099-12-31"),
        _idcpc("Sun Haiyan", "孙海燕", "vice", "2022-06-01", "2099-12-31"),
        _idcpc("Lu Kang", "陆慷", "vice", "2023-01-01", "2099-12-31"),
    ],
    "assistant": [
        _idcpc("Wang Yajun", "王亚军", "assistant", "2016-06-01", "2022-12-31"),
        _idcpc("Chen Zhou", "陈洲", "assistant", "2016-06-01", "2021-03-31"),
        _idcpc("Zhu Rui", "朱锐", "assistant", "2017-06-01", "2099-12-31"),
        _idcpc("Li Mingxiang", "李明祥", "assistant", "2019-06-01", "2099-12-31"),
        _idcpc("Sun Haiyan", "孙海燕", "assistant", "2019-06-01", "2022-03-31"),
    ],
}

XI_PARTY = Official("Xi Jinping", "习近平", "Xi", "General Secretary of the CPC Central Committee and Chinese "
                    "President", "中共中央总书记、国家主席", "2013-03-14", "2099-12-31",
                    "General Secretary of the CPC Central Committee and President", True)

STATE_OFFICIALS: dict[str, list[Official]] = {
    "president": [Official("Xi Jinping", "习近平", "Xi", "President", "国家主席", "2013-03-14", "2099-12-31",
                           "President", True)],
    "premier": [
        Official("Li Keqiang", "李克强", "Li", "Premier of the State Council", "国务院总理", "2013-03-15",
                 "2023-03-10", "Premier", True),
        Official("Li Qiang", "李强", "Li", "Premier of the State Council", "国务院总理", "2023-03-11", "2099-12-31",
                 "Premier", True),
    ],
    "vice_president": [
        Official("Li Yuanchao", "李源潮", "Li", "Vice President", "国家副主席", "2013-03-14", "2018-03-16",
                 "Vice President"),
        Official("Wang Qishan", "王岐山", "Wang", "Vice President", "国家副主席", "2018-03-17", "2023-03-09",
                 "Vice President"),
        Official("Han Zheng", "韩正", "Han", "Vice President", "国家副主席", "2023-03-10", "2099-12-31",
                 "Vice President"),
    ],
    "foreign_minister": [
        Official("Wang Yi", "王毅", "Wang", "Foreign Minister", "外交部长", "2013-03-16", "2018-03-18",
                 "Foreign Minister"),
        Official("Wang Yi", "王毅", "Wang", "State Councilor and Foreign Minister", "国务委员兼外交部长",
                 "2018-03-19", "2022-12-29", "State Councilor and Foreign Minister"),
        Official("Wang Yi", "王毅", "Wang", "Member of the Political Bureau of the CPC Central Committee and "
                 "Foreign Minister", "中共中央政治局委员、外交部长", "2023-07-26", "2099-12-31", "Foreign Minister"),
    ],
}

# Partnership steps (facts): country -> [(date, action, level)], ordered.
PARTNERSHIPS: dict[str, list[tuple[str, str, str]]] = {
    "Argentina": [("2014-07-18", "upgrade", "comprehensive strategic partnership")],
    "Brazil": [("2012-06-21", "upgrade", "comprehensive strategic partnership")],
    "Chile": [("2012-06-26", "establish", "strategic partnership"),
              ("2016-11-22", "upgrade", "comprehensive strategic partnership")],
    "Ecuador": [("2015-01-07", "establish", "strategic partnership"),
                ("2016-11-17", "upgrade", "comprehensive strategic partnership")],
    "Peru": [("2013-04-06", "upgrade", "comprehensive strategic partnership")],
    "Mexico": [("2013-06-04", "upgrade", "comprehensive strategic partnership")],
    "Venezuela": [("2014-07-20", "upgrade", "comprehensive strategic partnership"),
                  ("2023-09-13", "upgrade", "all-weather strategic partnership")],
    "Uruguay": [("2016-10-18", "establish", "strategic partnership"),
                ("2023-11-22", "upgrade", "comprehensive strategic partnership")],
    "Bolivia": [("2018-06-19", "establish", "strategic partnership")],
    "Colombia": [("2023-10-25", "establish", "strategic partnership")],
}
LEVEL_ZH = {
    "strategic partnership": "战略伙伴关系",
    "comprehensive strategic partnership": "全面战略伙伴关系",
    "all-weather strategic partnership": "全天候战略伙伴关系",
}
# State visits to China during which a step was announced: (country, first day, last day).
STEP_VISITS = {
    ("Uruguay", "2016-10-18"): ("2016-10-16", "2016-10-22", "china"),
    ("Bolivia", "2018-06-19"): ("2018-06-18", "2018-06-22", "china"),
    ("Venezuela", "2023-09-13"): ("2023-09-08", "2023-09-14", "china"),
    ("Colombia", "2023-10-25"): ("2023-10-24", "2023-10-28", "china"),
    ("Uruguay", "2023-11-22"): ("2023-11-20", "2023-11-24", "china"),
    ("Ecuador", "2016-11-17"): ("2016-11-17", "2016-11-18", "abroad"),
    ("Chile", "2016-11-22"): ("2016-11-21", "2016-11-23", "abroad"),
}


def partnership_on(country: str, day: date) -> str | None:
    """The level in force with a country on a day (None if no named partnership)."""
    level = None
    for when, _action, name in PARTNERSHIPS.get(country, []):
        if when <= day.isoformat():
            level = name
    return level


@dataclass(frozen=True)
class Summit:
    en: str
    zh: str
    city: str
    city_zh: str
    host: str
    start: str
    end: str
    guests: tuple[str, ...]  # counterparts Xi met there (names of HEADS entries)


SUMMITS = [
    Summit("G20 Hangzhou Summit", "二十国集团领导人杭州峰会", "Hangzhou", "杭州", "China", "2016-09-04",
           "2016-09-05", ("Mauricio Macri", "Michel Temer", "Enrique Pena Nieto")),
    Summit("BRICS Xiamen Summit", "金砖国家领导人厦门会晤", "Xiamen", "厦门", "China", "2017-09-03", "2017-09-05",
           ("Michel Temer", "Enrique Pena Nieto")),
    Summit("APEC Economic Leaders' Meeting", "亚太经合组织领导人非正式会议", "Port Moresby", "莫尔兹比港",
           "Papua New Guinea", "2018-11-17", "2018-11-18", ("Sebastian Pinera", "Martin Vizcarra", "James Marape")),
    Summit("G20 Osaka Summit", "二十国集团领导人大阪峰会", "Osaka", "大阪", "Japan", "2019-06-28", "2019-06-29",
           ("Mauricio Macri", "Jair Bolsonaro")),
    Summit("G20 Bali Summit", "二十国集团领导人巴厘岛峰会", "Bali", "巴厘岛", "Indonesia", "2022-11-15",
           "2022-11-16", ("Alberto Fernandez", "Pedro Sanchez", "Emmanuel Macron")),
    Summit("APEC Economic Leaders' Meeting", "亚太经合组织领导人非正式会议", "Bangkok", "曼谷", "Thailand",
           "2022-11-18", "2022-11-19", ("Gabriel Boric",)),
    Summit("BRICS Johannesburg Summit", "金砖国家领导人约翰内斯堡会晤", "Johannesburg", "约翰内斯堡",
           "South Africa", "2023-08-22", "2023-08-24", ("Luiz Inacio Lula da Silva", "Cyril Ramaphosa")),
    Summit("APEC Economic Leaders' Meeting", "亚太经合组织领导人非正式会议", "San Francisco", "旧金山",
           "United States", "2023-11-15", "2023-11-17", ("Andres Manuel Lopez Obrador", "Dina Boluarte",
                                                         "Gabriel Boric")),
    Summit("APEC Economic Leaders' Meeting", "亚太经合组织领导人非正式会议", "Lima", "利马", "Peru", "2024-11-15",
           "2024-11-16", ("Gabriel Boric", "Joe Biden", "Shigeru Ishiba")),
    Summit("G20 Rio de Janeiro Summit", "二十国集团领导人里约热内卢峰会", "Rio de Janeiro", "里约热内卢", "Brazil",
           "2024-11-18", "2024-11-19", ("Javier Milei", "Emmanuel Macron", "Pedro Sanchez",
                                        "Marcelo Rebelo de Sousa")),
]

# CPC plenary sessions and congresses (what a minister "briefed the guests on").
CPC_MEETINGS = [
    ("2014-10-23", "the fourth plenary session of the 18th CPC Central Committee", "党的十八届四中全会"),
    ("2015-10-29", "the fifth plenary session of the 18th CPC Central Committee", "党的十八届五中全会"),
    ("2016-10-27", "the sixth plenary session of the 18th CPC Central Committee", "党的十八届六中全会"),
    ("2017-10-24", "the 19th National Congress of the CPC", "党的十九大"),
    ("2019-10-31", "the fourth plenary session of the 19th CPC Central Committee", "党的十九届四中全会"),
    ("2020-10-29", "the fifth plenary session of the 19th CPC Central Committee", "党的十九届五中全会"),
    ("2021-11-11", "the sixth plenary session of the 19th CPC Central Committee", "党的十九届六中全会"),
    ("2022-10-22", "the 20th National Congress of the CPC", "党的二十大"),
    ("2024-07-18", "the third plenary session of the 20th CPC Central Committee", "党的二十届三中全会"),
    ("2025-10-23", "the fourth plenary session of the 20th CPC Central Committee", "党的二十届四中全会"),
]


def cpc_meeting(day: date) -> tuple[str, str]:
    last = CPC_MEETINGS[0]
    for row in CPC_MEETINGS:
        if row[0] < day.isoformat():
            last = row
    return last[1], last[2]


PROVINCES = [("Zhejiang", "浙江"), ("Fujian", "福建"), ("Guangdong", "广东"), ("Sichuan", "四川"),
             ("Yunnan", "云南"), ("Guizhou", "贵州"), ("Shaanxi", "陕西"), ("Jiangsu", "江苏"), ("Hunan", "湖南"),
             ("Shanghai", "上海"), ("Xinjiang", "新疆"), ("Gansu", "甘肃"), ("Hainan", "海南"), ("Anhui", "安徽")]

# Invented people (delegation leaders, ambassadors, course participants): names and renderings.
_GIVEN = [("Carlos", "卡洛斯"), ("Maria", "玛丽亚"), ("Jose", "何塞"), ("Ana", "安娜"), ("Luis", "路易斯"),
          ("Juan", "胡安"), ("Rosa", "罗莎"), ("Jorge", "豪尔赫"), ("Elena", "埃莱娜"), ("Ricardo", "里卡多"),
          ("Patricia", "帕特里夏"), ("Andres", "安德烈斯"), ("Camila", "卡米拉"), ("Marcos", "马科斯"),
          ("Beatriz", "贝亚特里斯"), ("Rafael", "拉斐尔"), ("Lucia", "露西娅"), ("Daniel", "丹尼尔")]
_SURNAME = [("Garcia", "加西亚"), ("Rodriguez", "罗德里格斯"), ("Martinez", "马丁内斯"), ("Lopez", "洛佩斯"),
            ("Gonzalez", "冈萨雷斯"), ("Perez", "佩雷斯"), ("Ramirez", "拉米雷斯"), ("Torres", "托雷斯"),
            ("Flores", "弗洛雷斯"), ("Silva", "席尔瓦"), ("Oliveira", "奥利维拉"), ("Costa", "科斯塔"),
            ("Ferreira", "费雷拉"), ("Herrera", "埃雷拉"), ("Medina", "梅迪纳"), ("Castillo", "卡斯蒂略"),
            ("Mendoza", "门多萨"), ("Rojas", "罗哈斯"), ("Vargas", "巴尔加斯"), ("Suarez", "苏亚雷斯")]
_GIVEN_CARIB = [("David", "戴维"), ("Michael", "迈克尔"), ("Sarah", "萨拉"), ("Joseph", "约瑟夫"),
                ("Karen", "卡伦"), ("Anthony", "安东尼"), ("Denise", "丹尼丝"), ("Trevor", "特雷弗")]
_SURNAME_CARIB = [("Williams", "威廉斯"), ("Thomas", "托马斯"), ("Charles", "查尔斯"), ("Baptiste", "巴蒂斯特"),
                  ("Henry", "亨利"), ("Greene", "格林"), ("Lewis", "刘易斯"), ("Clarke", "克拉克")]
_GIVEN_OTHER = [("Anna", "安娜"), ("Peter", "彼得"), ("Marta", "玛尔塔"), ("Tomas", "托马斯"), ("Joao", "若昂"),
                ("Miguel", "米格尔"), ("Ines", "伊内丝"), ("Paulo", "保罗")]
_SURNAME_OTHER = [("Novak", "诺瓦克"), ("Fernandes", "费尔南德斯"), ("Pereira", "佩雷拉"), ("Santos", "桑托斯"),
                  ("Moreira", "莫雷拉"), ("Nkosi", "恩科西"), ("Dlamini", "德拉米尼"), ("Hoang", "黄")]
CARIBBEAN = {"Jamaica", "Trinidad and Tobago", "Barbados", "Antigua and Barbuda", "Guyana", "Suriname", "Grenada",
             "Dominica", "Bahamas"}


# ====================================================================== small helpers
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def md(d: date, ordinals: bool = True) -> str:
    return f"{MONTHS[d.month - 1]} {ordinal(d.day) if ordinals else d.day}"


def mdy(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def zh_md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def en_range(a: date, b: date, ordinals: bool = True) -> str:
    if a.month == b.month:
        return f"{md(a, ordinals)} to {ordinal(b.day) if ordinals else b.day}"
    return f"{md(a, ordinals)} to {md(b, ordinals)}"


def zh_range(a: date, b: date) -> str:
    if a.month == b.month:
        return f"{zh_md(a)}至{b.day}日"
    return f"{zh_md(a)}至{zh_md(b)}"


def day_of(s: str) -> date:
    return date.fromisoformat(s)


def contact(name: str, kind: str, party: str | None) -> dict:
    canonical = PARTIES[party].canonical if party else None
    return {"name": name, "kind": kind, "party": canonical}


def strip_article(s: str) -> str:
    for a in ("a ", "an ", "the "):
        if s.startswith(a):
            return s[len(a):]
    return s


@dataclass
class Invented:
    en: str
    zh: str
    last: str


def invent(rng: random.Random, nation: str) -> Invented:
    if nation in CARIBBEAN:
        g, s = rng.choice(_GIVEN_CARIB), rng.choice(_SURNAME_CARIB)
    elif NATIONS[nation].lac:
        g, s = rng.choice(_GIVEN), rng.choice(_SURNAME)
        if rng.random() < 0.4:
            s2 = rng.choice(_SURNAME)
            if s2 != s:
                return Invented(f"{g[0]} {s[0]} {s2[0]}", f"{g[1]}·{s[1]}", s[0])
    else:
        g, s = rng.choice(_GIVEN_OTHER), rng.choice(_SURNAME_OTHER)
    return Invented(f"{g[0]} {s[0]}", f"{g[1]}·{s[1]}", s[0])
