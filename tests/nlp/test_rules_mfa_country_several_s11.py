"""Campaign 11T: foreign-ministry pages whose `country` is hard by the codebook's country rules, with
the event type, head-of-state level and partnership fields of the same pages.

Kinds: a LAC head or minister who speaks for a group (the CELAC, CARICOM, SICA or Mercosur chair,
the G77 chair) against an officer of a regional body (IDB, CAF, CDB, ECLAC, OAS, SICA) and a LAC
national heading a worldwide body (WTO, FAO, UNGA); one LAC state met at a multilateral event
against the event itself; one leg of a leader's trip to several countries; pages of two or three
LAC states; LAC envoys and ambassadors, and Chinese officials below vice minister; a Chinese
special envoy at a LAC inauguration meeting several heads; a LAC minister met in a third country.

Self-written releases in the style of the ministry's pages and their copies (agency, Big5 gate,
embassy sites); leader, minister and country names are facts, the wording is invented. Each probe
gives the values a careful coder would give under shared/eval/SCHEMA.md; a field not given is not
checked."""

from __future__ import annotations

from typing import Any

import probe_harness
import pytest
from probe_harness import NO, M, MfaProbe, assert_unique_ids, cases, record_of

SP = "strategic partnership"
CSP = "comprehensive strategic partnership"
CCP = "comprehensive cooperative partnership"


def en(day: str, n: int) -> str:
    return f"https://www.fmprc.gov.cn/eng/zxxx_662805/{day[:6]}/t{day}_{n}.html"


def enm(day: str, n: int) -> str:
    """The minister's activities column."""
    column = "https://www.fmprc.gov.cn/mfa_eng/wjb_663304/wjbz_663308/activities_663312"
    return f"{column}/{day[:6]}/t{day}_{n}.html"


def zh(day: str, n: int) -> str:
    return f"https://www.mfa.gov.cn/web/zyxw/{day[:6]}/t{day}_{n}.shtml"


def zhm(day: str, n: int) -> str:
    return f"https://www.mfa.gov.cn/web/wjbzhd/{day[:6]}/t{day}_{n}.shtml"


def agency(day: str, n: int) -> str:
    return f"http://www.agency-news.cn/english/{day[:4]}-{day[4:6]}/{day[6:]}/c_{n}.htm"


def big5(day: str, n: int) -> str:
    return f"http://big5.agency-news.cn/gate/big5/www.agency-news.cn/{day[:4]}-{day[4:6]}/{day[6:]}/c_{n}.htm"


def embassy(cc: str, day: str, n: int, lang: str = "eng") -> str:
    col = "eng/zgyw" if lang == "eng" else "chn/zgyw"
    return f"http://{cc}.china-embassy.gov.cn/{col}/{day[:6]}/t{day}_{n}.htm"


def copy(day: str, body: str, lang: str = "en") -> str:
    """The furniture an agency copy carries: the date marker, a menu line, a byline."""
    menu = "Agency News | Home | World | China | Photos" if lang == "en" else "新聞 | 首頁 | 國際 | 圖片"
    editor = "Editor: Li Ming" if lang == "en" else "責任編輯：李明"
    return f" date {day[:4]}-{day[4:6]}-{day[6:]}\n{menu}\n{body}\n{editor}\n"


def Probe(pid: str, lang: str, url: str, published: str, title: str, text: str,  # noqa: N802
          expect: dict[str, Any], doubt: dict[str, str] | None = None) -> probe_harness.Probe:
    """A foreign-ministry probe written in this campaign's order: language and address first."""
    return MfaProbe(pid, title, text, published, url, expect, lang, doubtful=doubt or {})


def rel(country: str, event_type: str | None = None, hos: bool | None = None, date: str | None = None,
        action: str | None = "-", level: str | None = "-") -> dict[str, Any]:
    """A relevant page's expected fields; None for event_type/hos means not checked, "-" for the
    partnership fields means not checked."""
    out: dict[str, Any] = {"relevant": True, "country": country}
    if event_type is not None:
        out["event_type"] = event_type
    if hos is not None:
        out["head_of_state_level"] = hos
    if date is not None:
        out["event_date"] = date
    if action != "-":
        out["partnership_action"] = action
    if level != "-":
        out["partnership_level"] = level
    return out


PROBES: list[probe_harness.Probe] = [
    # ---- A. a LAC head or minister who speaks for a group: the capacity is his country's turn ----
    Probe("a-skerrit-caricom-chair-en", "en", en("20230318", 11710001), "2023-03-18",
          "Xi Jinping Meets with Dominican Prime Minister Roosevelt Skerrit",
          "On the afternoon of March 17, 2023, Prime Minister Roosevelt Skerrit of Dominica was received "
          "by President Xi Jinping in the Great Hall. Skerrit this half-year chairs the Conference of "
          "Heads of Government of the Caribbean Community. Xi Jinping said Dominica is a sincere friend, "
          "and that China sees the Caribbean as a partner in climate action. Skerrit said he would also "
          "bring the views of fellow CARICOM members to Beijing.",
          rel("Dominica", "meeting", True, "2023-03-17")),
    Probe("a-skerrit-caricom-chair-zh", "zh", zh("20230318", 11710002), "2023-03-18",
          "李强会见加共体轮值主席、多米尼克总理斯凯里特",
          "2023年3月17日下午，国务院总理李强在人民大会堂会见加勒比共同体轮值主席、多米尼克总理斯凯里特。"
          "李强说，中方珍视同多米尼克的传统友谊，愿同加勒比国家一道应对气候变化挑战。斯凯里特表示，"
          "多方愿当好加共体同中国合作的桥梁。",
          rel("Dominica", "meeting", True, "2023-03-17")),
    Probe("a-ali-caricom-chair-talks-en", "en", en("20240612", 11710003), "2024-06-12",
          "Xi Jinping Holds Talks with Guyanese President Irfaan Ali, Chairman of CARICOM",
          "Beijing, June 11 -- President Xi Jinping held talks with President Irfaan Ali of Guyana at the "
          "Great Hall of the People today. Ali, who currently holds the rotating chairmanship of the "
          "Caribbean Community, said Guyana stands ready to work with China on food security for the whole "
          "region. Xi Jinping welcomed Guyana's role and said China backs Caribbean integration.",
          rel("Guyana", "talks", True, "2024-06-11", None, None)),
    Probe("a-espinosa-g77-chair-en", "en", enm("20170331", 11710004), "2017-03-31",
          "Wang Yi Holds Talks with Ecuadorian Foreign Minister Maria Fernanda Espinosa",
          "On March 30, 2017, Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Maria "
          "Fernanda Espinosa of Ecuador, whose country chairs the Group of 77 this year. Wang Yi said "
          "China will keep supporting Ecuador as it speaks for developing countries in New York. Espinosa "
          "thanked China for its help after last year's earthquake.",
          rel("Ecuador", "talks", False, "2017-03-30")),
    Probe("a-rodriguez-g77-chair-zh", "zh", zhm("20230505", 11710005), "2023-05-05",
          "王毅会见77国集团主席国古巴外长罗德里格斯",
          "2023年5月4日，国务委员兼外长王毅在北京会见77国集团主席国古巴外长罗德里格斯。王毅表示，中方支持"
          "古巴履行77国集团主席国职责，愿同古方加强协调。罗德里格斯表示，古方期待中国出席在哈瓦那举行的"
          "峰会。",
          rel("Cuba", "meeting", False, "2023-05-04")),
    Probe("a-todd-g77-chair-video-en", "en", enm("20200716", 11710006), "2020-07-16",
          "Wang Yi Holds Video Call with Guyanese Foreign Minister Hugh Todd",
          "On July 15, 2020, State Councilor and Foreign Minister Wang Yi had a video call with Foreign "
          "Minister Hugh Todd of Guyana. Guyana holds the chairmanship of the Group of 77 in 2020. The two "
          "ministers talked about vaccines, debt relief for developing countries and the oil industry.",
          rel("Guyana", "video_call", False, "2020-07-15")),
    Probe("a-bustillo-mercosur-ppt-en", "en", enm("20220713", 11710007), "2022-07-13",
          "Wang Yi Speaks with Uruguayan Foreign Minister Francisco Bustillo on the Phone",
          "On July 12, 2022, State Councilor and Foreign Minister Wang Yi spoke on the phone with "
          "Uruguayan Foreign Minister Francisco Bustillo. Uruguay holds the pro tempore presidency of "
          "Mercosur this semester. Bustillo said Uruguay hopes to move ahead with a free trade study with "
          "China while it coordinates the bloc's external agenda.",
          rel("Uruguay", "phone_call", False, "2022-07-12")),
    Probe("a-hill-sica-ppt-zh", "zh", zhm("20230920", 11710008), "2023-09-20",
          "王毅会见萨尔瓦多外长希尔",
          "当地时间2023年9月19日，外交部长王毅在纽约会见萨尔瓦多外长亚历山德拉·希尔。萨尔瓦多现任中美洲"
          "一体化体系轮值主席国。希尔表示，萨方愿推动中美洲国家同中国的合作。",
          rel("El Salvador", None, False, "2023-09-19")),
    Probe("a-gonsalves-celac-ppt-zh", "zh", zh("20231021", 11710009), "2023-10-21",
          "习近平会见拉共体轮值主席、圣文森特和格林纳丁斯总理冈萨尔维斯",
          "2023年10月20日下午，国家主席习近平在钓鱼台国宾馆会见拉美和加勒比国家共同体轮值主席、"
          "圣文森特和格林纳丁斯总理冈萨尔维斯。习近平指出，中方赞赏圣文森特和格林纳丁斯作为轮值主席国为"
          "中拉整体合作所作努力。冈萨尔维斯表示，圣方坚定奉行一个中国原则。",
          rel("Saint Vincent and the Grenadines", "meeting", True, "2023-10-20")),
    Probe("a-celac-ppt-co-chair-forum-en", "en", enm("20250514", 11710010), "2025-05-14",
          "Wang Yi and Colombian Foreign Minister Co-chair the Fourth Ministerial Meeting of the "
          "China-CELAC Forum",
          "On May 13, 2025, Foreign Minister Wang Yi and Colombian Foreign Minister Laura Sarabia, whose "
          "country holds the pro tempore presidency of CELAC, co-chaired the Fourth Ministerial Meeting of "
          "the China-CELAC Forum in Beijing. Ministers and representatives of more than 30 Latin American "
          "and Caribbean countries took part and adopted a joint action plan for the next three years.",
          rel(M, "other", False, "2025-05-13")),
    Probe("a-celac-ppt-co-chair-forum-zh", "zh", zhm("20250514", 11710011), "2025-05-14",
          "王毅同拉共体轮值主席国哥伦比亚外长萨拉维亚共同主持中拉论坛第四届部长级会议",
          "2025年5月13日，外交部长王毅同拉共体轮值主席国哥伦比亚外长萨拉维亚在北京共同主持中国－拉共体论坛"
          "第四届部长级会议。拉美和加勒比三十余国外长和代表与会，会议通过了今后三年的共同行动计划。",
          rel(M, "other", False, "2025-05-13")),
    Probe("a-rowley-caricom-50-message-en", "en", en("20230705", 11710012), "2023-07-05",
          "Xi Jinping Sends Congratulatory Message on the 50th Anniversary of the Caribbean Community",
          "On July 4, 2023, President Xi Jinping sent a congratulatory message to Prime Minister Keith "
          "Rowley of Trinidad and Tobago, Chairman of the Caribbean Community, on the 50th anniversary of "
          "the founding of CARICOM. Xi Jinping said that over half a century the Community has become an "
          "important force for unity in the Caribbean, and that China supports its members in pursuing "
          "integration.",
          rel(M, "message", None, "2023-07-04")),
    Probe("a-mottley-on-behalf-caricom-en", "en", en("20220302", 11710013), "2022-03-02",
          "Li Keqiang Holds Video Call with Barbadian Prime Minister Mia Amor Mottley",
          "On March 1, 2022, Premier Li Keqiang held a video call with Prime Minister Mia Amor Mottley of "
          "Barbados, who spoke also on behalf of the heads of government of CARICOM. The two sides talked "
          "about vaccines, climate finance and debt relief for small island states.",
          rel("Barbados", "video_call", True, "2022-03-01"),
          doubt={"country": "a head who speaks 'also on behalf of' CARICOM: her country (the capacity "
                            "of a head) or the body (the LAC side speaks for a regional body)?"}),
    Probe("a-celac-ppt-fm-with-delegation-en", "en", enm("20240322", 11710014), "2024-03-22",
          "Wang Yi Meets with Honduran Foreign Minister Eduardo Enrique Reina",
          "On March 21, 2024, Foreign Minister Wang Yi met with Honduran Foreign Minister Eduardo Enrique "
          "Reina in Beijing. Honduras took over the pro tempore presidency of CELAC this month. Reina "
          "said Honduras will work with China to prepare the next China-CELAC ministerial meeting.",
          rel("Honduras", "meeting", False, "2024-03-21")),
    # a body's own officer speaks for the body, whatever his nationality
    Probe("a-idb-goldfajn-en", "en", en("20240328", 11710015), "2024-03-28",
          "Li Qiang Meets with President of the Inter-American Development Bank Ilan Goldfajn",
          "On March 27, 2024, Premier Li Qiang met in Beijing with Ilan Goldfajn, President of the "
          "Inter-American Development Bank. Li Qiang said China, as a member of the bank, will keep "
          "supporting its work for Latin American and Caribbean development. Goldfajn, a Brazilian "
          "economist, said the bank welcomes Chinese co-financing.",
          rel(M, "meeting", False, "2024-03-27")),
    Probe("a-idb-goldfajn-zh", "zh", zh("20240328", 11710016), "2024-03-28",
          "李强会见美洲开发银行行长戈德法因",
          "2024年3月27日，国务院总理李强在人民大会堂会见美洲开发银行行长戈德法因。李强表示，中方愿同美洲"
          "开发银行深化第三方合作，支持拉美和加勒比地区发展。戈德法因表示，美洲开发银行期待同中方扩大"
          "联合融资。",
          rel(M, "meeting", False, "2024-03-27")),
    Probe("a-caf-diaz-granados-zh", "zh", zhm("20241016", 11710017), "2024-10-16",
          "马朝旭会见拉美开发银行行长迪亚斯－格拉纳多斯",
          "2024年10月15日，外交部副部长马朝旭在北京会见拉美开发银行执行行长、哥伦比亚人迪亚斯－格拉纳多斯。"
          "双方就该行在华设立代表处等事宜交换意见。",
          rel(M, "meeting", False, "2024-10-15")),
    Probe("a-eclac-salazar-en", "en", enm("20231110", 11710018), "2023-11-10",
          "Vice Foreign Minister Xie Feng Meets with ECLAC Executive Secretary",
          "On November 9, 2023, Vice Foreign Minister Xie Feng met in Beijing with José Manuel "
          "Salazar-Xirinachs, Executive Secretary of the United Nations Economic Commission for Latin "
          "America and the Caribbean. They discussed trade between China and the region and a joint "
          "study on green industries.",
          rel(M, "meeting", False, "2023-11-09"),
          doubt={"relevant": "a UN regional commission for Latin America: a LAC regional body or a "
                             "worldwide one's office?",
                 "country": "follows from relevant"}),
    Probe("a-cdb-leon-en", "en", enm("20230607", 11710019), "2023-06-07",
          "Vice Foreign Minister Ma Zhaoxu Meets with President of the Caribbean Development Bank",
          "On June 6, 2023, Vice Foreign Minister Ma Zhaoxu met in Beijing with Hyginus Leon, President of "
          "the Caribbean Development Bank and a national of Saint Lucia. Ma Zhaoxu said China will keep "
          "working with the bank for the resilience of Caribbean economies.",
          rel(M, "meeting", False, "2023-06-06")),
    Probe("a-sica-sg-vargas-en", "en", enm("20220914", 11710020), "2022-09-14",
          "Vice Foreign Minister Xie Feng Meets with SICA Secretary General Werner Vargas",
          "On September 13, 2022, Vice Foreign Minister Xie Feng met in Beijing with Werner Vargas, "
          "Secretary General of the Central American Integration System. Vargas, a Guatemalan diplomat, "
          "said the System values its observer ties with China.",
          rel(M, "meeting", False, "2022-09-13")),
    Probe("a-oas-asg-mendez-en", "en", enm("20190523", 11710021), "2019-05-23",
          "Vice Foreign Minister Qin Gang Meets with OAS Assistant Secretary General Nestor Mendez",
          "On May 22, 2019, Vice Foreign Minister Qin Gang met in Beijing with Nestor Mendez, Assistant "
          "Secretary General of the Organization of American States, who is from Belize. The two sides "
          "talked about China's role as a permanent observer to the organization.",
          rel(M, "meeting", False, "2019-05-22")),
    # a LAC national at the head of a worldwide body is that body's actor, not his country's
    Probe("a-wto-azevedo-en", "en", enm("20180621", 11710022), "2018-06-21",
          "Wang Yi Meets with WTO Director-General Roberto Azevedo",
          "On June 20, 2018, State Councilor and Foreign Minister Wang Yi met in Beijing with Roberto "
          "Azevedo, Director-General of the World Trade Organization. Wang Yi said China firmly upholds the "
          "multilateral trading system. Azevedo, a Brazilian diplomat, thanked China for its support.",
          NO),
    Probe("a-wto-azevedo-zh", "zh", zhm("20180621", 11710023), "2018-06-21",
          "王毅会见世界贸易组织总干事阿泽维多",
          "2018年6月20日，国务委员兼外长王毅在北京会见世界贸易组织总干事阿泽维多。王毅表示，中方坚定维护"
          "多边贸易体制。阿泽维多感谢中方对世贸组织工作的支持。",
          NO),
    Probe("a-fao-graziano-en", "en", en("20190412", 11710024), "2019-04-12",
          "Vice Premier Hu Chunhua Meets with FAO Director-General Jose Graziano da Silva",
          "On April 11, 2019, Vice Premier Hu Chunhua met in Beijing with Jose Graziano da Silva, "
          "Director-General of the Food and Agriculture Organization of the United Nations and a former "
          "Brazilian minister. They discussed South-South cooperation on food security.",
          NO),
    Probe("a-unga-espinosa-en", "en", enm("20190517", 11710025), "2019-05-17",
          "Wang Yi Meets with President of the UN General Assembly Maria Fernanda Espinosa",
          "On May 16, 2019, State Councilor and Foreign Minister Wang Yi met in Beijing with Maria Fernanda "
          "Espinosa, President of the 73rd Session of the United Nations General Assembly. Wang Yi said "
          "China supports the General Assembly's work on multilateralism.",
          NO,
          doubt={"relevant": "an Ecuadorian at the head of a worldwide body: the body's actor (not "
                             "relevant) by the codebook's reading of the LAC side"}),
    Probe("a-ndb-rousseff-zh", "zh", zh("20240620", 11710026), "2024-06-20",
          "李强会见新开发银行行长罗塞夫",
          "2024年6月19日，国务院总理李强在人民大会堂会见新开发银行行长罗塞夫。李强表示，中方支持新开发银行"
          "扩员，愿同该行深化合作。罗塞夫表示，新开发银行愿为全球南方发展提供更多融资。",
          NO,
          doubt={"relevant": "a former Brazilian head at the head of the BRICS bank: the project reads "
                             "her as a LAC actor (test_nlp_decision_rules); the codebook's LAC side is "
                             "a country's or a LAC body's actor"}),

    # ---- B. one LAC state met at a multilateral event, and the event itself ------------------------
    Probe("b-boric-celac-forum-en", "en", en("20250514", 11710101), "2025-05-14",
          "Xi Jinping Meets with Chilean President Gabriel Boric",
          "On the afternoon of May 14, 2025, President Xi Jinping met at the Great Hall of the People with "
          "Chilean President Gabriel Boric, who came to Beijing for the Fourth Ministerial Meeting of the "
          "China-CELAC Forum. Xi Jinping said Chile was the first South American country to recognize "
          "the People's Republic. Boric said Chile wants more trade in clean energy and lithium.",
          rel("Chile", "meeting_on_sidelines", True, "2025-05-14")),
    Probe("b-boric-celac-forum-zh", "zh", zh("20250514", 11710102), "2025-05-14",
          "习近平会见智利总统博里奇",
          "2025年5月14日下午，国家主席习近平在人民大会堂会见来华出席中国－拉共体论坛第四届部长级会议的智利"
          "总统博里奇。习近平指出，智利是第一个同新中国建交的南美国家。博里奇表示，智方愿扩大锂矿和"
          "清洁能源合作。",
          rel("Chile", "meeting_on_sidelines", True, "2025-05-14")),
    Probe("b-solis-celac-forum-establish-en", "en", en("20150108", 11710103), "2015-01-08",
          "Xi Jinping Holds Talks with Costa Rican President Luis Guillermo Solis",
          "On January 7, 2015, President Xi Jinping held talks at the Great Hall of the People with "
          "President Luis Guillermo Solis of Costa Rica, who is in China for a state visit and for the "
          "first ministerial meeting of the China-CELAC Forum, as Costa Rica holds CELAC's rotating "
          "presidency. The two heads of state agreed to establish a strategic partnership between China "
          "and Costa Rica.",
          rel("Costa Rica", "talks", True, "2015-01-07", "establish", SP)),
    Probe("b-correa-establish-zh", "zh", zh("20150108", 11710104), "2015-01-08",
          "习近平同厄瓜多尔总统科雷亚举行会谈",
          "2015年1月7日，国家主席习近平在人民大会堂同来华进行国事访问并出席中拉论坛首届部长级会议开幕式的"
          "厄瓜多尔总统科雷亚举行会谈。两国元首一致决定，建立中厄战略伙伴关系。",
          rel("Ecuador", "talks", True, "2015-01-07", "establish", SP)),
    Probe("b-maduro-celac-forum-en", "en", en("20150108", 11710105), "2015-01-08",
          "Li Keqiang Meets with Venezuelan President Nicolas Maduro",
          "Beijing, January 7 -- Premier Li Keqiang met with Venezuelan President Nicolas Maduro here "
          "today. Maduro is in Beijing to attend the first ministerial meeting of the China-CELAC Forum. "
          "Li Keqiang said the two sides should upgrade their financing cooperation and oil trade.",
          rel("Venezuela", "meeting_on_sidelines", True, "2015-01-07")),
    Probe("b-brasilia-leaders-establish-en", "en", en("20140718", 11710106), "2014-07-18",
          "Xi Jinping Attends China-Latin America and Caribbean Leaders' Meeting",
          "On July 17, 2014 local time, President Xi Jinping attended the meeting of leaders of China and "
          "Latin American and Caribbean countries in Brasilia with President Dilma Rousseff of Brazil and "
          "leaders of the CELAC Quartet and other countries. The leaders announced the establishment of a "
          "China-Latin America comprehensive cooperative partnership and agreed to set up the China-CELAC "
          "Forum.",
          rel(M, "other", None, "2014-07-17", "establish", CCP)),
    Probe("b-brasilia-leaders-establish-zh", "zh", zh("20140718", 11710107), "2014-07-18",
          "习近平出席中国－拉美和加勒比国家领导人会晤",
          "当地时间2014年7月17日，国家主席习近平在巴西利亚出席中国－拉美和加勒比国家领导人会晤。与会领导人"
          "一致同意，建立平等互利、共同发展的中拉全面合作伙伴关系，并正式成立中国－拉共体论坛。",
          rel(M, "other", None, "2014-07-17", "establish", CCP)),
    Probe("b-macri-g20-osaka-en", "en", en("20190628", 11710108), "2019-06-28",
          "Xi Jinping Meets with Argentine President Mauricio Macri",
          "On June 28, 2019 local time, President Xi Jinping met with Argentine President Mauricio Macri on "
          "the sidelines of the G20 Summit in Osaka. Xi Jinping recalled his state visit to Argentina after "
          "the Buenos Aires summit. Macri said Argentina hopes to sell more beef to China.",
          rel("Argentina", "meeting_on_sidelines", True, "2019-06-28")),
    Probe("b-marrero-ciie-en", "en", en("20231107", 11710109), "2023-11-07",
          "Li Qiang Meets with Cuban Prime Minister Manuel Marrero Cruz",
          "On November 6, 2023, Premier Li Qiang met in Shanghai with Cuban Prime Minister Manuel Marrero "
          "Cruz, who is in China for the Sixth China International Import Expo. Li Qiang said China will "
          "help Cuba with power generation. Marrero said Cuban rum and cigars found new buyers at the expo.",
          rel("Cuba", "meeting", True, "2023-11-06")),
    Probe("b-marrero-ciie-zh", "zh", zh("20231107", 11710110), "2023-11-07",
          "李强会见古巴总理马雷罗",
          "2023年11月6日，国务院总理李强在上海会见来华出席第六届中国国际进口博览会的古巴总理马雷罗。李强"
          "表示，中方愿帮助古方缓解电力短缺。马雷罗感谢中方长期以来的支持。",
          rel("Cuba", "meeting", True, "2023-11-06")),
    Probe("b-mottley-summer-davos-en", "en", en("20240626", 11710111), "2024-06-26",
          "Li Qiang Meets with Barbadian Prime Minister Mia Amor Mottley",
          "On June 25, 2024, Premier Li Qiang met in Dalian with Prime Minister Mia Amor Mottley of "
          "Barbados, who is attending the Annual Meeting of the New Champions of the World Economic Forum. "
          "The two sides discussed climate finance and tourism.",
          rel("Barbados", "meeting_on_sidelines", True, "2024-06-25"),
          doubt={"event_type": "the World Economic Forum's 'Summer Davos' is a conference, not a trade "
                               "expo, yet not intergovernmental"}),
    Probe("b-pena-nieto-xiamen-en", "en", en("20170905", 11710112), "2017-09-05",
          "Xi Jinping Meets with Mexican President Enrique Pena Nieto",
          "On September 5, 2017, President Xi Jinping met in Xiamen with Mexican President Enrique Pena "
          "Nieto, who was invited to the Dialogue of Emerging Market and Developing Countries held with the "
          "BRICS summit. Xi Jinping said China and Mexico are both major developing countries.",
          rel("Mexico", "meeting_on_sidelines", True, "2017-09-05")),
    Probe("b-xiamen-dialogue-en", "en", en("20170905", 11710113), "2017-09-05",
          "Xi Jinping Chairs the Dialogue of Emerging Market and Developing Countries",
          "On September 5, 2017, President Xi Jinping chaired in Xiamen the Dialogue of Emerging Market and "
          "Developing Countries. Leaders of the BRICS countries and of Egypt, Guinea, Mexico, Tajikistan and "
          "Thailand attended and discussed development cooperation.",
          rel(M, "other"),
          doubt={"relevant": "one LAC head among many at a worldwide summit's dialogue: LAC participants "
                             "at a worldwide platform, or no exchange with LAC actors?",
                 "country": "'LAC participants at a worldwide platform' is multilateral, but only one LAC "
                            "state takes part: Mexico's actors, or the platform?"}),
    Probe("b-moncada-unga-zh", "zh", zhm("20220923", 11710114), "2022-09-23",
          "王毅会见尼加拉瓜外长蒙卡达",
          "当地时间2022年9月22日，王毅国务委员兼外长在纽约出席联大期间，会见了尼加拉瓜外长蒙卡达。王毅"
          "表示，复交以来中尼关系发展势头良好。蒙卡达表示，尼方坚定支持中方立场。",
          rel("Nicaragua", "meeting_on_sidelines", False, "2022-09-22")),
    Probe("b-cafiero-g20fm-bali-en", "en", enm("20220708", 11710115), "2022-07-08",
          "Wang Yi Meets with Argentine Foreign Minister Santiago Cafiero",
          "On July 7, 2022 local time, State Councilor and Foreign Minister Wang Yi met with Argentine "
          "Foreign Minister Santiago Cafiero in Bali, where both attend the G20 Foreign Ministers' Meeting. "
          "Cafiero said Argentina wishes to join BRICS.",
          rel("Argentina", "meeting_on_sidelines", False, "2022-07-07")),
    Probe("b-vieira-brics-fm-en", "en", enm("20240611", 11710116), "2024-06-11",
          "Wang Yi Meets with Brazilian Foreign Minister Mauro Vieira",
          "On June 10, 2024 local time, Foreign Minister Wang Yi met in Nizhny Novgorod with Brazilian "
          "Foreign Minister Mauro Vieira on the margins of the BRICS Foreign Ministers' Meeting. The two "
          "ministers talked about the 50th anniversary of diplomatic ties and a peace plan for Ukraine.",
          rel("Brazil", "meeting_on_sidelines", False, "2024-06-10")),
    Probe("b-lula-after-g20-talks-en", "en", en("20241121", 11710117), "2024-11-21",
          "Xi Jinping Holds Talks with Brazilian President Luiz Inacio Lula da Silva",
          "On November 20, 2024 local time, President Xi Jinping held talks with President Luiz Inacio Lula "
          "da Silva at the Alvorada Palace in Brasilia. Xi Jinping came to Brasilia for a state visit after "
          "attending the G20 Summit in Rio de Janeiro. The two heads of state decided to lift bilateral ties "
          "to a China-Brazil community with a shared future for a more just world and a more sustainable "
          "planet, recalling the comprehensive strategic partnership of 2012.",
          rel("Brazil", "talks", True, "2024-11-20", None, None)),
    Probe("b-boluarte-before-apec-zh", "zh", zh("20241115", 11710118), "2024-11-15",
          "习近平同秘鲁总统博鲁阿特举行会谈",
          "当地时间2024年11月14日，国家主席习近平在利马总统府同秘鲁总统博鲁阿特举行会谈。习近平是应邀对秘鲁"
          "进行国事访问并出席亚太经合组织第三十一次领导人非正式会议。两国元首共同见证钱凯港开港。",
          rel("Peru", "talks", True, "2024-11-14", None, None)),
    Probe("b-rodriguez-unga-big5", "zh", big5("20230922", 11710119), "2023-09-22",
          "王毅在紐約會見古巴外長羅德里格斯",
          copy("20230922", "新華社紐約9月21日電 外交部長王毅21日在紐約出席聯合國大會期間會見古巴外長"
                           "羅德里格斯。王毅表示，中方支持古巴反對封鎖的正義立場。", "zh"),
          rel("Cuba", "meeting_on_sidelines", False, "2023-09-21")),
    Probe("b-xi-speech-celac-forum-zh", "zh", zh("20150109", 11710120), "2015-01-09",
          "习近平出席中国－拉共体论坛首届部长级会议开幕式并发表讲话",
          "2015年1月8日，国家主席习近平在人民大会堂出席中国－拉共体论坛首届部长级会议开幕式并发表题为"
          "《共同谱写中拉全面合作伙伴关系新篇章》的重要讲话。拉共体轮值主席国哥斯达黎加总统索利斯、"
          "厄瓜多尔总统科雷亚、委内瑞拉总统马杜罗、巴哈马总理克里斯蒂出席。",
          rel(M, "other", None, "2015-01-08", None, None)),
    Probe("b-quartet-heads-2015-en", "en", en("20150109", 11710121), "2015-01-09",
          "Xi Jinping Meets Jointly with Leaders of the CELAC Quartet",
          "On January 8, 2015, before the opening of the first ministerial meeting of the China-CELAC "
          "Forum, President Xi Jinping met jointly with President Luis Guillermo Solis of Costa Rica, "
          "President Rafael Correa of Ecuador and Prime Minister Perry Christie of the Bahamas, the "
          "leaders of the CELAC Quartet countries.",
          rel(M, "meeting_on_sidelines", True, "2015-01-08")),
    Probe("b-boric-celac-forum-agency", "en", agency("20250514", 11710122), "2025-05-14",
          "Xi meets Chilean president in Beijing",
          copy("20250514", "BEIJING, May 14 (Agency) -- Chinese President Xi Jinping met with Chilean "
                           "President Gabriel Boric in Beijing on Wednesday. Boric is in the Chinese capital "
                           "for the ministerial meeting of the China-CELAC Forum, which opened on Tuesday."),
          rel("Chile", "meeting_on_sidelines", True, "2025-05-14")),

    # ---- C. a leader's trip to several countries: one page, one country ----------------------------
    Probe("c-chinchilla-talks-en", "en", en("20130604", 11710201), "2013-06-04",
          "Xi Jinping Holds Talks with Costa Rican President Laura Chinchilla",
          "On June 3, 2013 local time, President Xi Jinping held talks in San Jose with Costa Rican "
          "President Laura Chinchilla. Costa Rica is the second stop of Xi Jinping's trip, which has taken "
          "him to Trinidad and Tobago and will continue to Mexico and the United States. The two leaders "
          "agreed to build a new road together.",
          rel("Costa Rica", "talks", True, "2013-06-03", None, None)),
    Probe("c-persad-upgrade-en", "en", en("20130602", 11710202), "2013-06-02",
          "Xi Jinping Holds Talks with Prime Minister Kamla Persad-Bissessar of Trinidad and Tobago",
          "On June 1, 2013 local time, President Xi Jinping held talks in Port of Spain with Prime Minister "
          "Kamla Persad-Bissessar. It is the first stop of his trip to the Americas. The two leaders agreed "
          "to lift China-Trinidad and Tobago relations to a comprehensive cooperative partnership for "
          "common development.",
          rel("Trinidad and Tobago", "talks", True, "2013-06-01", "upgrade", CCP)),
    Probe("c-spencer-port-of-spain-zh", "zh", zh("20130603", 11710203), "2013-06-03",
          "习近平会见安提瓜和巴布达总理斯潘塞",
          "当地时间2013年6月2日，国家主席习近平在西班牙港会见安提瓜和巴布达总理斯潘塞。当天，习近平在西班牙港"
          "分别会见多位加勒比国家领导人。斯潘塞表示，安方感谢中方对安巴经济发展的帮助。",
          rel("Antigua and Barbuda", "meeting", True, "2013-06-02")),
    Probe("c-pena-upgrade-zh", "zh", zh("20130605", 11710204), "2013-06-05",
          "习近平同墨西哥总统培尼亚举行会谈",
          "当地时间2013年6月4日，国家主席习近平在墨西哥城国家宫同墨西哥总统培尼亚举行会谈。墨西哥是习近平"
          "此次美洲之行的第三站。两国元首一致同意，将中墨关系提升为全面战略伙伴关系。",
          rel("Mexico", "talks", True, "2013-06-04", "upgrade", CSP)),
    Probe("c-fernandez-upgrade-en", "en", en("20140719", 11710205), "2014-07-19",
          "Xi Jinping Holds Talks with Argentine President Cristina Fernandez de Kirchner",
          "On July 18, 2014 local time, President Xi Jinping held talks in Buenos Aires with President "
          "Cristina Fernandez de Kirchner. Xi Jinping arrived from Brazil, where he attended the BRICS "
          "summit. The two heads of state agreed to upgrade China-Argentina relations to a comprehensive "
          "strategic partnership.",
          rel("Argentina", "talks", True, "2014-07-18", "upgrade", CSP)),
    Probe("c-maduro-upgrade-zh", "zh", zh("20140721", 11710206), "2014-07-21",
          "习近平同委内瑞拉总统马杜罗举行会谈",
          "当地时间2014年7月20日，国家主席习近平在加拉加斯同委内瑞拉总统马杜罗举行会谈。此前，习近平已访问"
          "巴西和阿根廷，此后将前往古巴。两国元首宣布，将中委关系提升为全面战略伙伴关系。",
          rel("Venezuela", "talks", True, "2014-07-20", "upgrade", CSP)),
    Probe("c-raul-castro-last-stop-en", "en", en("20140723", 11710207), "2014-07-23",
          "Xi Jinping Holds Talks with President Raul Castro of Cuba",
          "On July 22, 2014 local time, President Xi Jinping held talks in Havana with Raul Castro, "
          "President of the Councils of State and Ministers of Cuba. Cuba is the last stop of Xi's Latin "
          "American trip, which began in Brazil and took him to Argentina and Venezuela.",
          rel("Cuba", "talks", True, "2014-07-22", None, None)),
    Probe("c-2014-trip-preview-en", "en", en("20140704", 11710208), "2014-07-04",
          "Xi Jinping to Attend BRICS Summit and Visit Four Latin American Countries",
          "Foreign Ministry Spokesperson Hong Lei announced that President Xi Jinping will attend the sixth "
          "BRICS summit in Fortaleza and the China-Latin America leaders' meeting in Brasilia, and will pay "
          "state visits to Brazil, Argentina, Venezuela and Cuba from July 13 to 23.",
          rel(M, "state_visit", None, "2014-07-13")),
    Probe("c-2014-trip-briefing-en", "en", enm("20140724", 11710209), "2014-07-24",
          "Wang Yi Briefs the Press on President Xi Jinping's Visit to Latin America",
          "On July 23, 2014, Foreign Minister Wang Yi briefed accompanying journalists in Havana on "
          "President Xi Jinping's trip, during which he attended the BRICS summit and visited Brazil, "
          "Argentina, Venezuela and Cuba. Wang Yi said the trip opened a new stage for China-Latin America "
          "relations.",
          rel(M, "other", False)),
    Probe("c-correa-upgrade-en", "en", en("20161118", 11710210), "2016-11-18",
          "Xi Jinping Holds Talks with Ecuadorian President Rafael Correa",
          "On November 17, 2016 local time, President Xi Jinping held talks in Quito with Ecuadorian "
          "President Rafael Correa. Ecuador is the first stop of Xi's tour, which will take him on to Peru "
          "for the APEC meeting and a state visit, and then to Chile. The two presidents announced that "
          "relations are raised to a comprehensive strategic partnership.",
          rel("Ecuador", "talks", True, "2016-11-17", "upgrade", CSP)),
    Probe("c-bachelet-upgrade-zh", "zh", zh("20161123", 11710211), "2016-11-23",
          "习近平同智利总统巴切莱特举行会谈",
          "当地时间2016年11月22日，国家主席习近平在圣地亚哥同智利总统巴切莱特举行会谈。智利是习近平此次拉美"
          "之行的最后一站。两国元首一致决定，建立中智全面战略伙伴关系。",
          rel("Chile", "talks", True, "2016-11-22", "upgrade", CSP)),
    Probe("c-li-santos-talks-en", "en", en("20150522", 11710212), "2015-05-22",
          "Li Keqiang Holds Talks with Colombian President Juan Manuel Santos",
          "On May 21, 2015 local time, Premier Li Keqiang held talks in Bogota with Colombian President Juan "
          "Manuel Santos. Colombia is the second country on Li Keqiang's tour of Brazil, Colombia, Peru and "
          "Chile. The two leaders agreed to study a free trade agreement.",
          rel("Colombia", "talks", True, "2015-05-21", None, None)),
    Probe("c-li-arrives-lima-en", "en", en("20150523", 11710213), "2015-05-23",
          "Li Keqiang Arrives in Lima for Official Visit to Peru",
          "On the evening of May 22, 2015 local time, Premier Li Keqiang arrived in Lima on an official "
          "visit to Peru, the third leg of his trip to four Latin American countries.",
          rel("Peru", "official_visit", None, "2015-05-22")),
    Probe("c-wen-pinera-upgrade-zh", "zh", zh("20120627", 11710214), "2012-06-27",
          "温家宝同智利总统皮涅拉举行会谈",
          "当地时间2012年6月26日，国务院总理温家宝在圣地亚哥同智利总统皮涅拉举行会谈。智利是温家宝此次南美"
          "之行的最后一站。双方宣布建立中智战略伙伴关系。",
          rel("Chile", "talks", True, "2012-06-26", "upgrade", SP)),
    Probe("c-wen-mercosur-video-en", "en", en("20120626", 11710215), "2012-06-26",
          "Wen Jiabao Holds Video Conference with Leaders of Brazil, Argentina and Uruguay",
          "On June 25, 2012 local time, Premier Wen Jiabao, who is in Buenos Aires on an official visit, "
          "held a video conference with President Dilma Rousseff of Brazil, President Cristina Fernandez "
          "de Kirchner of Argentina and President Jose Mujica of Uruguay on China-Mercosur cooperation.",
          rel(M, "video_call", True, "2012-06-25")),
    Probe("c-wen-mujica-talks-en", "en", en("20120623", 11710216), "2012-06-23",
          "Wen Jiabao Holds Talks with Uruguayan President Jose Mujica",
          "On June 22, 2012 local time, Premier Wen Jiabao held talks in Montevideo with Uruguayan "
          "President Jose Mujica. Wen came to Uruguay after attending the Rio+20 conference in Brazil and "
          "will go on to Argentina and Chile.",
          rel("Uruguay", "talks", True, "2012-06-22", None, None)),
    Probe("c-2018-trip-preview-en", "en", en("20181123", 11710217), "2018-11-23",
          "Xi Jinping to Attend G20 Summit and Visit Spain, Argentina, Panama and Portugal",
          "Foreign Ministry Spokesperson Geng Shuang announced that President Xi Jinping will attend the "
          "13th G20 Summit in Buenos Aires from November 30 to December 1 and pay state visits to Spain, "
          "Argentina, Panama and Portugal from November 27 to December 5.",
          rel(M, "state_visit", None, "2018-11-27")),
    Probe("c-varela-talks-en", "en", en("20181204", 11710218), "2018-12-04",
          "Xi Jinping Holds Talks with Panamanian President Juan Carlos Varela",
          "On December 3, 2018 local time, President Xi Jinping held talks in Panama City with President "
          "Juan Carlos Varela. Xi arrived in Panama from Buenos Aires after the G20 summit, on the first "
          "visit by a Chinese head of state since diplomatic ties were set up last year.",
          rel("Panama", "talks", True, "2018-12-03", None, None)),
    Probe("c-holness-kingston-en", "en", enm("20240224", 11710219), "2024-02-24",
          "Wang Yi Meets with Jamaican Prime Minister Andrew Holness",
          "On February 23, 2024 local time, Foreign Minister Wang Yi met with Prime Minister Andrew Holness "
          "in Kingston. Wang Yi came to Jamaica from Brazil, where he attended the G20 foreign ministers' "
          "meeting. Holness said Jamaica values China's help with roads and the port.",
          rel("Jamaica", "meeting", False, "2024-02-23")),
    Probe("c-wang-arrives-kingston-agency", "en", agency("20240223", 11710220), "2024-02-23",
          "Chinese FM arrives in Jamaica for official visit",
          copy("20240223", "KINGSTON, Feb. 22 (Agency) -- Chinese Foreign Minister Wang Yi arrived here on "
                           "Thursday for an official visit to Jamaica, after a stay in Brazil."),
          rel("Jamaica", "official_visit", None, "2024-02-22")),
    Probe("c-wang-g20-brazil-jamaica-zh", "zh", zhm("20240216", 11710221), "2024-02-16",
          "王毅将出席二十国集团外长会并访问巴西、牙买加",
          "外交部发言人汪文斌宣布：应巴西、牙买加政府邀请，外交部长王毅将于2月20日至23日出席在里约热内卢举行的"
          "二十国集团外长会，并对巴西、牙买加进行正式访问。",
          rel(M, "official_visit", False, "2024-02-20")),
    Probe("c-li-arrives-brasilia-zh", "zh", zh("20150519", 11710222), "2015-05-19",
          "李克强抵达巴西利亚开始对巴西、哥伦比亚、秘鲁、智利进行正式访问",
          "当地时间2015年5月18日，国务院总理李克强乘专机抵达巴西利亚，开始对巴西、哥伦比亚、秘鲁、智利四国"
          "进行正式访问。",
          rel("Brazil", "official_visit", None, "2015-05-18"),
          doubt={"country": "the arrival at the first stop, with the four-country trip in the "
                            "headline: the stop (Brazil) or the trip (multilateral)?"}),

    # ---- D. pages of two or three LAC states ------------------------------------------------------
    Probe("d-quake-ecuador-peru-en", "en", en("20230320", 11710301), "2023-03-20",
          "Xi Jinping Sends Messages of Condolence to the Presidents of Ecuador and Peru over the "
          "Earthquake",
          "On March 19, 2023, President Xi Jinping sent messages of condolence to Ecuadorian President "
          "Guillermo Lasso and Peruvian President Dina Boluarte over the strong earthquake in southern "
          "Ecuador and northern Peru.",
          rel(M, "message", True, "2023-03-19")),
    Probe("d-quake-ecuador-peru-zh", "zh", zh("20230320", 11710302), "2023-03-20",
          "习近平分别向厄瓜多尔总统拉索和秘鲁总统博鲁阿特致慰问电",
          "2023年3月19日，国家主席习近平就厄瓜多尔南部和秘鲁北部发生强烈地震分别向厄瓜多尔总统拉索和秘鲁"
          "总统博鲁阿特致慰问电。",
          rel(M, "message", True, "2023-03-19")),
    Probe("d-central-am-bicentenary-en", "en", en("20210916", 11710303), "2021-09-16",
          "Xi Jinping Sends Congratulatory Messages on the Bicentenary of Independence of Central "
          "American Countries",
          "On September 15, 2021, President Xi Jinping sent congratulatory messages to President Carlos "
          "Alvarado of Costa Rica, President Nayib Bukele of El Salvador and President Daniel Ortega of "
          "Nicaragua on the 200th anniversary of their independence.",
          rel(M, "message", True, "2021-09-15")),
    Probe("d-caribbean-fms-communique-en", "en", en("20210207", 11710304), "2021-02-07",
          "Joint Press Communique of the Video Meeting of the Foreign Ministers of China and Caribbean "
          "Countries Having Diplomatic Relations with China",
          "On February 5, 2021, the foreign ministers of China and of the Caribbean countries having "
          "diplomatic relations with China met by video link. The ministers, among them those of Antigua "
          "and Barbuda, the Bahamas, Barbados, Cuba, Dominica and Jamaica, agreed the points below on "
          "fighting the pandemic together.\n1. They will share vaccines and medical supplies.\n2. They "
          "will keep trade and supply chains open.",
          rel(M, "joint_statement", False, "2021-02-05")),
    Probe("d-caribbean-fms-communique-zh", "zh", zh("20210207", 11710305), "2021-02-07",
          "中国和加勒比建交国外长视频会议联合新闻公报",
          "2021年2月5日，中国和加勒比建交国外长举行视频会议。安提瓜和巴布达、巴哈马、巴巴多斯、古巴、多米尼克、"
          "牙买加等国外长出席。各方就共同抗击疫情达成以下共识：\n一、共享疫苗和医疗物资。\n二、保持贸易和供应链畅通。",
          rel(M, "joint_statement", False, "2021-02-05")),
    Probe("d-li-two-caribbean-pms-en", "en", en("20240627", 11710306), "2024-06-27",
          "Li Qiang Meets with Prime Ministers of Barbados and Antigua and Barbuda",
          "On June 26, 2024, Premier Li Qiang met jointly in Dalian with Prime Minister Mia Amor Mottley of "
          "Barbados and Prime Minister Gaston Browne of Antigua and Barbuda. They talked about small island "
          "states and the financing of climate adaptation.",
          rel(M, "meeting", True, "2024-06-26")),
    Probe("d-joint-press-brazil-colombia-zh", "zh", zhm("20250514", 11710307), "2025-05-14",
          "王毅同巴西外长维埃拉、哥伦比亚外长萨拉维亚共同会见记者",
          "2025年5月13日，外交部长王毅在北京同巴西外长维埃拉、哥伦比亚外长萨拉维亚共同会见记者，介绍中拉论坛"
          "部长级会议成果。",
          rel(M, "other", False, "2025-05-13")),
    Probe("d-separate-calls-two-fms-en", "en", enm("20200312", 11710308), "2020-03-12",
          "Wang Yi Speaks with the Foreign Ministers of Brazil and Argentina on the Phone",
          "On March 11, 2020, State Councilor and Foreign Minister Wang Yi had separate phone calls with "
          "Brazilian Foreign Minister Ernesto Araujo and Argentine Foreign Minister Felipe Sola on the "
          "COVID-19 outbreak.",
          rel(M, "phone_call", False, "2020-03-11")),
    Probe("d-separate-calls-two-fms-big5", "zh", big5("20200312", 11710309), "2020-03-12",
          "王毅分別同巴西外長和阿根廷外長通電話",
          copy("20200312", "新華社北京3月11日電 國務委員兼外長王毅11日分別同巴西外長阿勞若、阿根廷外長索拉"
                           "通電話，就新冠肺炎疫情交換意見。", "zh"),
          rel(M, "phone_call", False, "2020-03-11")),
    Probe("d-han-zheng-two-heads-zh", "zh", zh("20230920", 11710310), "2023-09-20",
          "韩正会见古巴国家主席和玻利维亚总统",
          "当地时间2023年9月19日，国家副主席韩正在纽约出席联合国大会期间分别会见古巴国家主席迪亚斯－卡内尔和"
          "玻利维亚总统阿尔塞。",
          rel(M, "meeting_on_sidelines", False, "2023-09-19")),
    Probe("d-one-message-two-topics-en", "en", en("20230320", 11710311), "2023-03-20",
          "Xi Jinping Sends Message of Condolence to Ecuadorian President Guillermo Lasso",
          "On March 19, 2023, President Xi Jinping sent a message of condolence to Ecuadorian President "
          "Guillermo Lasso over the earthquake in the south of Ecuador, which was also felt in northern "
          "Peru.",
          rel("Ecuador", "message", True, "2023-03-19")),
    Probe("d-caribbean-heads-two-named-en", "en", en("20190522", 11710312), "2019-05-22",
          "Wang Qishan Meets with Leaders of Dominica and Grenada",
          "On May 21, 2019, Vice President Wang Qishan met in Beijing with Prime Minister Roosevelt Skerrit "
          "of Dominica and Prime Minister Keith Mitchell of Grenada, who are visiting China at the same "
          "time. The three talked about hurricane recovery and tourism.",
          rel(M, "meeting", False, "2019-05-21")),

    # ---- E. LAC envoys and ambassadors; Chinese officials below vice minister ----------------------
    Probe("e-credentials-honduras-nicaragua-en", "en", en("20231220", 11710401), "2023-12-20",
          "Xi Jinping Accepts Credentials of Seven New Ambassadors",
          "On the morning of December 19, 2023, President Xi Jinping accepted the credentials presented by "
          "seven new ambassadors to China at the Great Hall of the People. They are Salvador Moncada of "
          "Honduras, Michael Campbell of Nicaragua and the ambassadors of Belgium, Oman, Laos, Mali and "
          "Bhutan.",
          rel(M, "other", False, "2023-12-19")),
    Probe("e-credentials-jamaica-big5", "zh", big5("20230915", 11710402), "2023-09-15",
          "習近平接受多國新任駐華大使遞交國書",
          copy("20230915", "新華社北京9月14日電 國家主席習近平14日在人民大會堂接受牙買加、芬蘭、馬來西亞、"
                           "贊比亞新任駐華大使遞交國書。", "zh"),
          rel("Jamaica", "other", False, "2023-09-14")),
    Probe("e-credentials-nicaragua-agency", "en", agency("20220120", 11710403), "2022-01-20",
          "Nicaraguan ambassador presents credentials to Chinese president",
          copy("20220120", "BEIJING, Jan. 19 (Agency) -- Chinese President Xi Jinping on Wednesday "
                           "accepted the credentials of Nicaraguan Ambassador Michael Campbell, the first "
                           "envoy since the two countries resumed diplomatic ties last month, together with "
                           "those of the new ambassadors of Thailand and Sweden."),
          rel("Nicaragua", "other", False, "2022-01-19")),
    Probe("e-vfm-lac-envoys-en", "en", enm("20250411", 11710404), "2025-04-11",
          "Vice Foreign Minister Hua Chunying Meets with Envoys of Latin American and Caribbean Countries",
          "On April 10, 2025, Vice Foreign Minister Hua Chunying met in Beijing with the ambassadors and "
          "charges d'affaires of Latin American and Caribbean countries in China, and briefed them on "
          "preparations for the Fourth Ministerial Meeting of the China-CELAC Forum. The ambassador of "
          "Colombia, whose country holds the CELAC presidency, spoke on behalf of the group.",
          rel(M, "meeting", False, "2025-04-10")),
    Probe("e-vfm-lac-envoys-zh", "zh", zhm("20250411", 11710405), "2025-04-11",
          "华春莹集体会见拉美和加勒比国家驻华使节",
          "2025年4月10日，外交部副部长华春莹在北京集体会见拉美和加勒比国家驻华使节，通报中拉论坛第四届部长级"
          "会议筹备情况。拉共体轮值主席国哥伦比亚驻华大使代表使节们发言。",
          rel(M, "meeting", False, "2025-04-10")),
    Probe("e-dg-lac-envoys-en", "en", enm("20241205", 11710406), "2024-12-05",
          "Director-General of the Department of Latin American and Caribbean Affairs Meets with LAC Envoys",
          "On December 4, 2024, Cai Wei, Director-General of the Department of Latin American and "
          "Caribbean Affairs of the Foreign Ministry, met with diplomats of Latin American and Caribbean "
          "countries in Beijing to brief them on the year's exchanges.",
          NO),
    Probe("e-dg-salvador-ambassador-zh", "zh", zhm("20230711", 11710407), "2023-07-11",
          "外交部拉美司司长蔡伟会见萨尔瓦多驻华大使",
          "2023年7月10日，外交部拉美司司长蔡伟在北京会见萨尔瓦多驻华大使。双方就两国高层交往安排交换意见。",
          NO),
    Probe("e-ambassador-mondino-embassy-en", "en", embassy("ar", "20240305", 11710408), "2024-03-05",
          "Ambassador Wang Wei Meets with Argentine Foreign Minister Diana Mondino",
          "On March 4, 2024, Chinese Ambassador to Argentina Wang Wei paid a call on Foreign Minister Diana "
          "Mondino at the San Martin Palace. The two discussed the currency swap and soybean exports.",
          NO),
    Probe("e-ambassador-cuba-fm-embassy-zh", "zh", embassy("cu", "20230605", 11710409, "chn"), "2023-06-05",
          "驻古巴大使马辉会见古巴外长罗德里格斯",
          "2023年6月2日，驻古巴大使马辉在哈瓦那会见古巴外长罗德里格斯，双方就落实两国元首共识交换意见。",
          NO),
    Probe("e-wang-brazil-ambassador-en", "en", enm("20230112", 11710410), "2023-01-12",
          "Wang Yi Meets with Brazilian Ambassador to China Marcos Galvao",
          "On January 11, 2023, State Councilor and Foreign Minister Wang Yi met in Beijing with Brazilian "
          "Ambassador Marcos Galvao, who briefed him on President Lula's wish to visit China soon.",
          rel("Brazil", "meeting", False, "2023-01-11")),
    Probe("e-han-peru-envoy-en", "en", en("20230714", 11710411), "2023-07-14",
          "Han Zheng Meets with Special Envoy of the Peruvian President",
          "On July 13, 2023, Vice President Han Zheng met in Beijing with Ana Cecilia Gervasi, Foreign "
          "Minister and special envoy of Peruvian President Dina Boluarte.",
          rel("Peru", "meeting", False, "2023-07-13")),
    Probe("e-reception-lac-envoys-en", "en", enm("20240717", 11710412), "2024-07-17",
          "Wang Yi Attends a Reception with Latin American and Caribbean Envoys for the 10th Anniversary of "
          "the China-CELAC Forum",
          "On July 16, 2024, Foreign Minister Wang Yi attended in Beijing a reception with envoys of Latin "
          "American and Caribbean countries to mark ten years since the China-CELAC Forum was founded, and "
          "gave a speech.",
          rel(M, "other", False, "2024-07-16")),
    Probe("e-vfm-two-ambassadors-en", "en", enm("20240904", 11710413), "2024-09-04",
          "Vice Foreign Minister Hua Chunying Meets with the Ambassadors of the Dominican Republic and El "
          "Salvador",
          "On September 3, 2024, Vice Foreign Minister Hua Chunying met in Beijing with the ambassadors of "
          "the Dominican Republic and El Salvador to China, who came together to present the Central "
          "American and Caribbean investment fair.",
          rel(M, "meeting", False, "2024-09-03")),
    Probe("e-wang-departing-cuba-ambassador-en", "en", enm("20240725", 11710414), "2024-07-25",
          "Wang Yi Meets with Outgoing Cuban Ambassador Carlos Miguel Pereira",
          "On July 24, 2024, Foreign Minister Wang Yi met in Beijing with Cuban Ambassador Carlos Miguel "
          "Pereira, who is about to finish his term in China.",
          rel("Cuba", "meeting", False, "2024-07-24")),
    Probe("e-assistant-fm-chile-ambassador-en", "en", enm("20220412", 11710415), "2022-04-12",
          "Assistant Foreign Minister Meets with Chilean Ambassador",
          "On April 11, 2022, Assistant Foreign Minister Wu Jianghao met in Beijing with Chilean Ambassador "
          "to China Mauricio Hurtado to exchange views on the visit plans of the new Chilean government.",
          NO),
    Probe("e-credentials-three-lac-zh", "zh", zh("20190111", 11710416), "2019-01-11",
          "习近平接受新任驻华大使递交国书",
          "2019年1月10日上午，国家主席习近平在人民大会堂接受新任驻华大使递交国书。他们是：多米尼加驻华大使"
          "布里乌内斯、萨尔瓦多驻华大使索拉诺、巴拿马驻华大使迪亚斯，以及印度、法国驻华大使。",
          rel(M, "other", False, "2019-01-10")),
    Probe("e-special-rep-qiu-inaug-en", "en", embassy("sv", "20190603", 11710417), "2019-06-03",
          "Special Representative Qiu Xiaoqi Attends Inauguration of Salvadoran President Nayib Bukele",
          "On June 1, 2019, Qiu Xiaoqi, special representative of the Chinese government on Latin American "
          "affairs, attended in San Salvador the inauguration of President Nayib Bukele as special envoy of "
          "President Xi Jinping, and met Bukele briefly.",
          NO,
          doubt={"relevant": "a special representative of ambassador rank who is the President's envoy: "
                             "not a minister or vice minister, so not relevant by 'who counts'"}),

    # ---- F. a Chinese special envoy at a LAC inauguration --------------------------------------------
    Probe("f-wang-qishan-amlo-inaug-en", "en", en("20181202", 11710501), "2018-12-02",
          "Wang Qishan Attends the Inauguration of Mexican President Andres Manuel Lopez Obrador",
          "On December 1, 2018 local time, Vice President Wang Qishan, as special envoy of President Xi "
          "Jinping, attended in Mexico City the inauguration ceremony of President Andres Manuel Lopez "
          "Obrador. Heads of state and government of many Latin American countries were present.",
          rel("Mexico", "other", False, "2018-12-01")),
    Probe("f-wang-qishan-amlo-meets-en", "en", en("20181203", 11710502), "2018-12-03",
          "Wang Qishan Meets with Mexican President Andres Manuel Lopez Obrador",
          "On December 2, 2018 local time, Vice President Wang Qishan, special envoy of President Xi Jinping "
          "to the inauguration, met in Mexico City with President Andres Manuel Lopez Obrador. Wang Qishan "
          "conveyed Xi Jinping's congratulations and good wishes.",
          rel("Mexico", "meeting", False, "2018-12-02")),
    Probe("f-wang-qishan-morales-en", "en", en("20181202", 11710503), "2018-12-02",
          "Wang Qishan Meets with Bolivian President Evo Morales",
          "On December 1, 2018 local time, Vice President Wang Qishan, who is in Mexico City as President Xi "
          "Jinping's special envoy to the inauguration of the Mexican president, met with Bolivian "
          "President Evo Morales. Morales said Bolivia cherishes the strategic partnership set up with "
          "China this year.",
          rel("Bolivia", "meeting", False, "2018-12-01", None, None),
          doubt={"event_type": "a side meeting at an inauguration abroad: no summit or conference, so "
                               "`meeting`; a coder may read the gathering of heads as one"}),
    Probe("f-wang-qishan-diaz-canel-zh", "zh", zh("20181202", 11710504), "2018-12-02",
          "王岐山会见古巴国家主席迪亚斯－卡内尔",
          "当地时间2018年12月1日，国家副主席王岐山作为习近平主席特使在墨西哥城出席墨西哥总统就职仪式期间，"
          "会见古巴国家主席迪亚斯－卡内尔。迪亚斯－卡内尔感谢中方给予古巴的支持。",
          rel("Cuba", "meeting", False, "2018-12-01")),
    Probe("f-wang-qishan-several-heads-en", "en", en("20181203", 11710505), "2018-12-03",
          "Wang Qishan Meets with Leaders of Latin American Countries Attending the Inauguration in Mexico",
          "On December 1, 2018 local time, Vice President Wang Qishan met separately in Mexico City with "
          "President Nicolas Maduro of Venezuela, President Miguel Diaz-Canel of Cuba and President Evo "
          "Morales of Bolivia, who were there for the inauguration of the Mexican president.",
          rel(M, "meeting", False, "2018-12-01")),
    Probe("f-wang-qishan-several-heads-zh", "zh", zh("20181203", 11710506), "2018-12-03",
          "王岐山分别会见出席墨西哥总统就职仪式的拉美国家领导人",
          "当地时间2018年12月1日，国家副主席王岐山在墨西哥城分别会见委内瑞拉总统马杜罗、古巴国家主席"
          "迪亚斯－卡内尔和玻利维亚总统莫拉莱斯。",
          rel(M, "meeting", False, "2018-12-01")),
    Probe("f-wu-weihua-milei-inaug-en", "en", en("20231211", 11710507), "2023-12-11",
          "Special Envoy of President Xi Jinping Wu Weihua Attends the Inauguration of Argentine President "
          "Javier Milei",
          "On December 10, 2023 local time, Wu Weihua, Vice Chairman of the NPC Standing Committee and "
          "special envoy of President Xi Jinping, attended the inauguration of President Javier Milei in "
          "Buenos Aires. The leaders of Uruguay, Chile, Paraguay and Ecuador were among the guests.",
          rel("Argentina", "other", False, "2023-12-10")),
    Probe("f-wu-weihua-milei-meets-zh", "zh", zh("20231211", 11710508), "2023-12-11",
          "吴维华会见阿根廷总统米莱",
          "当地时间2023年12月10日，习近平主席特使、全国人大常委会副委员长吴维华在布宜诺斯艾利斯出席阿根廷总统"
          "就职仪式后会见米莱总统，转达习近平主席的祝贺。",
          rel("Argentina", "meeting", False, "2023-12-10")),
    Probe("f-wu-weihua-lacalle-en", "en", en("20231212", 11710509), "2023-12-12",
          "Wu Weihua Meets with Uruguayan President Luis Lacalle Pou",
          "On December 10, 2023 local time, Wu Weihua, special envoy of President Xi Jinping at the "
          "inauguration of the Argentine president, met in Buenos Aires with Uruguayan President Luis "
          "Lacalle Pou. Lacalle Pou said Uruguay still wants a trade agreement with China.",
          rel("Uruguay", "meeting", False, "2023-12-10")),
    Probe("f-wang-qishan-lula-en", "en", en("20230103", 11710510), "2023-01-03",
          "Wang Qishan Meets with Brazilian President Luiz Inacio Lula da Silva",
          "On January 2, 2023 local time, Vice President Wang Qishan, who attended the inauguration "
          "ceremony the day before as special envoy of President Xi Jinping, met in Brasilia with President "
          "Luiz Inacio Lula da Silva. Lula said he will visit China soon.",
          rel("Brazil", "meeting", False, "2023-01-02")),
    Probe("f-wang-qishan-fernandez-brasilia-zh", "zh", zh("20230103", 11710511), "2023-01-03",
          "王岐山会见阿根廷总统费尔南德斯",
          "当地时间2023年1月1日，出席巴西总统就职仪式的习近平主席特使、国家副主席王岐山在巴西利亚会见阿根廷"
          "总统阿尔韦托·费尔南德斯。",
          rel("Argentina", "meeting", False, "2023-01-01")),
    Probe("f-wang-dongming-maduro-inaug-en", "en", en("20250111", 11710512), "2025-01-11",
          "Wang Dongming Attends Inauguration of Venezuelan President Nicolas Maduro",
          "On January 10, 2025 local time, Wang Dongming, Vice Chairman of the NPC Standing Committee, "
          "attended in Caracas the swearing-in of President Nicolas Maduro as special envoy of President Xi "
          "Jinping, and met with Maduro afterwards.",
          rel("Venezuela", "other", False, "2025-01-10")),
    Probe("f-wang-dongming-diaz-canel-zh", "zh", zh("20250111", 11710513), "2025-01-11",
          "王东明会见古巴国家主席迪亚斯－卡内尔",
          "当地时间2025年1月10日，习近平主席特使、全国人大常委会副委员长王东明在加拉加斯出席委内瑞拉总统"
          "就职仪式期间会见古巴国家主席迪亚斯－卡内尔。",
          rel("Cuba", "meeting", False, "2025-01-10")),
    Probe("f-wang-qishan-amlo-agency", "en", agency("20181202", 11710514), "2018-12-02",
          "Chinese vice president meets new Mexican president",
          copy("20181202", "MEXICO CITY, Dec. 2 (Agency) -- Chinese Vice President Wang Qishan met here "
                           "on Sunday with Mexican President Andres Manuel Lopez Obrador, who took office a "
                           "day earlier, and conveyed the greetings of President Xi Jinping."),
          rel("Mexico", "meeting", False, "2018-12-02")),
    Probe("f-minister-envoy-noboa-en", "en", en("20231125", 11710515), "2023-11-25",
          "Special Envoy of President Xi Jinping Attends the Inauguration of Ecuadorian President Daniel "
          "Noboa",
          "On November 23, 2023 local time, Minister of Agriculture and Rural Affairs Tang Renjian attended "
          "in Quito the inauguration of President Daniel Noboa as special envoy of President Xi Jinping. "
          "On the sidelines he met the presidents of Colombia and Peru.",
          rel("Ecuador", "other", False, "2023-11-23")),
    Probe("f-wang-qishan-lula-inaug-big5", "zh", big5("20230102", 11710516), "2023-01-02",
          "王岐山出席巴西總統盧拉就職儀式",
          copy("20230102", "新華社巴西利亞1月1日電 國家主席習近平特使、國家副主席王岐山1日在巴西利亞出席巴西"
                           "總統盧拉就職儀式。", "zh"),
          rel("Brazil", "other", False, "2023-01-01")),

    # ---- G. a LAC minister met in a third country ---------------------------------------------------
    Probe("g-rodriguez-kazan-en", "en", enm("20241024", 11710601), "2024-10-24",
          "Wang Yi Meets with Cuban Foreign Minister Bruno Rodriguez",
          "On October 23, 2024 local time, Foreign Minister Wang Yi met with Cuban Foreign Minister Bruno "
          "Rodriguez Parrilla in Kazan, where the BRICS summit is taking place. Rodriguez thanked China for "
          "backing Cuba's bid to be a BRICS partner country.",
          rel("Cuba", "meeting_on_sidelines", False, "2024-10-23")),
    Probe("g-rodriguez-kazan-zh", "zh", zhm("20241024", 11710602), "2024-10-24",
          "王毅会见古巴外长罗德里格斯",
          "当地时间2024年10月23日，外交部长王毅在喀山金砖国家领导人会晤期间会见古巴外长罗德里格斯。",
          rel("Cuba", "meeting_on_sidelines", False, "2024-10-23")),
    Probe("g-murillo-munich-en", "en", enm("20250215", 11710603), "2025-02-15",
          "Wang Yi Meets with Colombian Foreign Minister Luis Gilberto Murillo",
          "On February 14, 2025 local time, Foreign Minister Wang Yi met with Colombian Foreign Minister "
          "Luis Gilberto Murillo on the sidelines of the Munich Security Conference.",
          rel("Colombia", "meeting_on_sidelines", False, "2025-02-14")),
    Probe("g-moncada-moscow-en", "en", enm("20230510", 11710604), "2023-05-10",
          "Wang Yi Meets with Nicaraguan Foreign Minister Denis Moncada",
          "On May 9, 2023 local time, State Councilor Wang Yi met with Nicaraguan Foreign Minister Denis "
          "Moncada in Moscow. They discussed the free trade agreement under negotiation.",
          rel("Nicaragua", "meeting", False, "2023-05-09")),
    Probe("g-vfm-mexico-geneva-en", "en", enm("20240227", 11710605), "2024-02-27",
          "Vice Foreign Minister Ma Zhaoxu Meets with Mexican Deputy Foreign Minister",
          "On February 26, 2024 local time, Vice Foreign Minister Ma Zhaoxu met in Geneva with Mexican "
          "Deputy Foreign Minister Joel Hernandez, as both attended the high-level segment of the UN Human "
          "Rights Council.",
          rel("Mexico", "meeting_on_sidelines", False, "2024-02-26")),
    Probe("g-vieira-new-york-zh", "zh", zhm("20240926", 11710606), "2024-09-26",
          "王毅会见巴西外长维埃拉",
          "当地时间2024年9月25日，外交部长王毅在纽约出席联合国大会期间会见巴西外长维埃拉。双方就乌克兰危机"
          "“和平之友”小组交换意见。",
          rel("Brazil", "meeting_on_sidelines", False, "2024-09-25")),
    Probe("g-qin-cafiero-delhi-en", "en", enm("20230303", 11710607), "2023-03-03",
          "Qin Gang Meets with Argentine Foreign Minister Santiago Cafiero",
          "On March 2, 2023 local time, Foreign Minister Qin Gang met in New Delhi with Argentine Foreign "
          "Minister Santiago Cafiero during the G20 Foreign Ministers' Meeting.",
          rel("Argentina", "meeting_on_sidelines", False, "2023-03-02")),
    Probe("g-peru-fm-apec-sf-en", "en", enm("20231116", 11710608), "2023-11-16",
          "Wang Yi Meets with Peruvian Foreign Minister Javier Gonzalez-Olaechea",
          "On November 14, 2023 local time, Foreign Minister Wang Yi met with Peruvian Foreign Minister "
          "Javier Gonzalez-Olaechea in San Francisco at the APEC ministerial meeting. Peru will host APEC "
          "next year.",
          rel("Peru", "meeting_on_sidelines", False, "2023-11-14")),
    Probe("g-vieira-johannesburg-agency", "en", agency("20250221", 11710609), "2025-02-21",
          "Chinese, Brazilian foreign ministers meet in Johannesburg",
          copy("20250221", "JOHANNESBURG, Feb. 20 (Agency) -- Chinese Foreign Minister Wang Yi met with "
                           "his Brazilian counterpart Mauro Vieira here on Thursday on the sidelines of the "
                           "G20 foreign ministers' meeting."),
          rel("Brazil", "meeting_on_sidelines", False, "2025-02-20")),
    Probe("g-argentina-fm-munich-big5", "zh", big5("20240218", 11710610), "2024-02-18",
          "王毅在慕尼黑會見阿根廷外長蒙迪諾",
          copy("20240218", "新華社慕尼黑2月17日電 外交部長王毅17日在出席慕尼黑安全會議期間會見阿根廷外長"
                           "蒙迪諾。", "zh"),
          rel("Argentina", "meeting_on_sidelines", False, "2024-02-17")),
    Probe("g-han-diaz-canel-new-york-en", "en", en("20230920", 11710611), "2023-09-20",
          "Han Zheng Meets with Cuban President Miguel Diaz-Canel",
          "On September 19, 2023 local time, Vice President Han Zheng met in New York with Cuban President "
          "Miguel Diaz-Canel, both attending the general debate of the UN General Assembly. Diaz-Canel spoke "
          "of the G77 and China summit that Cuba hosted days before.",
          rel("Cuba", "meeting_on_sidelines", False, "2023-09-19")),
    Probe("g-han-lasso-new-york-zh", "zh", zh("20230921", 11710612), "2023-09-21",
          "韩正会见厄瓜多尔总统拉索",
          "当地时间2023年9月20日，国家副主席韩正在纽约出席第78届联合国大会一般性辩论期间会见厄瓜多尔总统拉索。"
          "拉索表示，厄中自贸协定将为两国合作注入新动力。",
          rel("Ecuador", "meeting_on_sidelines", False, "2023-09-20")),
    Probe("g-gil-istanbul-en", "en", enm("20240502", 11710613), "2024-05-02",
          "Wang Yi Meets with Venezuelan Foreign Minister Yvan Gil in Istanbul",
          "On May 1, 2024 local time, Foreign Minister Wang Yi met in Istanbul with Venezuelan Foreign "
          "Minister Yvan Gil, who was on a tour of Eurasian countries. Gil briefed Wang Yi on the coming "
          "presidential election.",
          rel("Venezuela", "meeting", False, "2024-05-01")),
]


# ---- H. partnership and level on pages of groups and trips -----------------------------------------
PROBES_2: list[probe_harness.Probe] = [
    Probe("h-suriname-establish-en", "en", en("20191128", 11710701), "2019-11-28",
          "Xi Jinping Holds Talks with President of Suriname Desire Delano Bouterse",
          "On November 27, 2019, President Xi Jinping held talks at the Great Hall of the People with "
          "President Desire Delano Bouterse of Suriname, who is on a state visit. The two heads of state "
          "announced a strategic cooperative partnership between China and Suriname. Bouterse said "
          "Suriname will work for closer ties between China and the Caribbean Community.",
          rel("Suriname", "talks", True, "2019-11-27", "establish", "strategic cooperative partnership")),
    Probe("h-jamaica-upgrade-zh", "zh", zh("20190816", 11710702), "2019-08-16",
          "王岐山同牙买加总理霍尔尼斯会谈",
          "2019年8月15日，国家副主席王岐山在北京同牙买加总理霍尔尼斯会谈。双方同意，将中牙关系提升为战略"
          "伙伴关系。霍尔尼斯表示，牙方愿成为中国同加勒比地区合作的门户。",
          rel("Jamaica", "talks", False, "2019-08-15", "upgrade", SP)),
    Probe("h-uruguay-establish-en", "en", en("20161019", 11710703), "2016-10-19",
          "Xi Jinping Holds Talks with Uruguayan President Tabare Vazquez",
          "On October 18, 2016, President Xi Jinping held talks with Uruguayan President Tabare Vazquez in "
          "Beijing. Uruguay, which will soon hold the rotating presidency of Mercosur, is the first member "
          "of the bloc to set up a strategic partnership with China, the two leaders said in announcing it.",
          rel("Uruguay", "talks", True, "2016-10-18", "establish", SP)),
    Probe("h-bolivia-establish-zh", "zh", zh("20180620", 11710704), "2018-06-20",
          "习近平同玻利维亚总统莫拉莱斯举行会谈",
          "2018年6月19日，国家主席习近平在人民大会堂同玻利维亚总统莫拉莱斯举行会谈。两国元首宣布建立中玻"
          "战略伙伴关系。莫拉莱斯表示，玻方愿推动南美国家同中国共建“一带一路”。",
          rel("Bolivia", "talks", True, "2018-06-19", "establish", SP)),
    Probe("h-colombia-establish-en", "en", en("20231026", 11710705), "2023-10-26",
          "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
          "On October 25, 2023, President Xi Jinping held talks with Colombian President Gustavo Petro at "
          "the Great Hall of the People. The two heads of state jointly announced that China and Colombia "
          "have established a strategic partnership. Petro said Colombia will push for closer ties between "
          "China and the Andean Community.",
          rel("Colombia", "talks", True, "2023-10-25", "establish", SP)),
    Probe("h-venezuela-allweather-zh", "zh", zh("20230914", 11710706), "2023-09-14",
          "习近平同委内瑞拉总统马杜罗举行会谈",
          "2023年9月13日，国家主席习近平同委内瑞拉总统马杜罗在北京会谈。双方宣布，将中委关系"
          "提升为全天候战略伙伴关系。马杜罗表示，委方支持中方在拉共体框架内的合作倡议。",
          rel("Venezuela", "talks", True, "2023-09-13", "upgrade", "all-weather strategic partnership")),
    Probe("h-uruguay-upgrade-en", "en", en("20230223", 11710707), "2023-02-23",
          "Xi Jinping Holds Video Call with Uruguayan President Luis Lacalle Pou",
          "On February 22, 2023, President Xi Jinping held a video call with President Luis Lacalle Pou of "
          "Uruguay. The two heads of state agreed to raise China-Uruguay relations to a comprehensive "
          "strategic partnership. Lacalle Pou said Uruguay will keep pressing Mercosur to open up to "
          "China.",
          rel("Uruguay", "video_call", True, "2023-02-22", "upgrade", CSP)),
    Probe("h-costa-rica-recall-celac-en", "en", en("20180411", 11710708), "2018-04-11",
          "Wang Qishan Meets with Costa Rican Second Vice President",
          "On April 10, 2018, Vice President Wang Qishan met in Beijing with Second Vice President Ana "
          "Helena Chacon of Costa Rica. Wang Qishan said the strategic partnership set up in 2015 during "
          "the China-CELAC Forum has grown well.",
          rel("Costa Rica", "meeting", False, "2018-04-10", None, None)),
    Probe("h-celac-recall-ccp-zh", "zh", zhm("20210604", 11710709), "2021-06-04",
          "王毅同拉共体轮值主席国墨西哥外长埃布拉德通电话",
          "2021年6月3日，国务委员兼外长王毅应约同拉共体轮值主席国墨西哥外长埃布拉德通电话。王毅表示，中方"
          "愿同拉美国家不断充实中拉全面合作伙伴关系内涵。埃布拉德感谢中方提供疫苗。",
          rel("Mexico", "phone_call", False, "2021-06-03", None, None)),
    Probe("h-ecuador-upgrade-trip-agency", "en", agency("20161118", 11710710), "2016-11-18",
          "China, Ecuador lift ties to comprehensive strategic partnership",
          copy("20161118", "QUITO, Nov. 17 (Agency) -- Chinese President Xi Jinping and his Ecuadorian "
                           "counterpart Rafael Correa agreed here on Thursday to lift bilateral ties to a "
                           "comprehensive strategic partnership, as Xi began a three-nation Latin American "
                           "tour that will also take him to Peru and Chile."),
          rel("Ecuador", "talks", True, "2016-11-17", "upgrade", CSP),
          doubt={"event_type": "an agency lead 'agreed here' names no meeting word; the exchange was "
                               "talks, yet the page says neither talks nor met"}),
]


# ---- I. the classes the fix round read, in other words than the probes above -------------------------
PROBES_3: list[probe_harness.Probe] = [
    Probe("i-where-apec-held-en", "en", enm("20231117", 11710801), "2023-11-17",
          "Wang Yi Meets with Chilean Foreign Minister Alberto van Klaveren",
          "On November 15, 2023 local time, Foreign Minister Wang Yi met with Chilean Foreign Minister "
          "Alberto van Klaveren in San Francisco, where the APEC Ministerial Meeting is being held.",
          rel("Chile", "meeting_on_sidelines", False, "2023-11-15")),
    Probe("i-as-the-two-attend-en", "en", en("20161121", 11710802), "2016-11-21",
          "Xi Jinping Meets with Mexican President Enrique Pena Nieto",
          "On November 19, 2016 local time, President Xi Jinping met in Lima with Mexican President Enrique "
          "Pena Nieto, as the two leaders attended the APEC Economic Leaders' Meeting.",
          rel("Mexico", "meeting_on_sidelines", True, "2016-11-19")),
    Probe("i-after-visit-to-arrives-zh", "zh", zhm("20240223", 11710803), "2024-02-23",
          "王毅抵达金斯敦对牙买加进行正式访问",
          "当地时间2024年2月22日，外交部长王毅在结束对巴西的访问后抵达金斯敦，开始对牙买加进行正式访问。",
          rel("Jamaica", "official_visit", None, "2024-02-22")),
    Probe("i-tour-during-which-en", "en", enm("20180603", 11710804), "2018-06-03",
          "Vice Foreign Minister Qin Gang Concludes Latin American Tour",
          "On June 2, 2018, Vice Foreign Minister Qin Gang wrapped up a tour, during which he visited "
          "Panama, the Dominican Republic and Costa Rica and met their foreign ministers.",
          rel(M, None, False)),
    Probe("i-recalled-year-summit-en", "en", enm("20190410", 11710805), "2019-04-10",
          "Wang Yi Meets with Ecuadorian Foreign Minister Jose Valencia",
          "On April 9, 2019, State Councilor and Foreign Minister Wang Yi met in Beijing with Ecuadorian "
          "Foreign Minister Jose Valencia. Wang Yi said the partnership the two presidents agreed in 2016 "
          "on the eve of the APEC summit in Lima keeps growing.",
          rel("Ecuador", "meeting", False, "2019-04-09")),
]


# Probes the first (blind) run got wrong and no general rule of this campaign fixes: (pid, field) ->
# why. A level only recalled is kept as partnership_level by the project's convention (measured on
# dev pages, see test_rules_fresh_mfa_s10.LEVEL_RECALLED); the codebook's field reads as the new level.
LEVEL_RECALLED = ("a level only recalled is kept as partnership_level by project convention; the "
                  "codebook's decision rule names the new level")
OPEN: dict[tuple[str, str], str] = {
    ("b-lula-after-g20-talks-en", "partnership_level"):
        "the relations lifted to a 'community with a shared future' (no partnership level) beside a "
        "recalled comprehensive strategic partnership: the project keeps the named relation",
    ("b-xi-speech-celac-forum-zh", "partnership_level"): LEVEL_RECALLED + " (here the speech's title)",
    ("f-wang-qishan-morales-en", "partnership_level"): LEVEL_RECALLED,
    ("h-costa-rica-recall-celac-en", "partnership_level"): LEVEL_RECALLED,
    ("h-celac-recall-ccp-zh", "partnership_level"): LEVEL_RECALLED,
    ("h-uruguay-establish-en", "partnership_action"):
        "the step told only as 'the first member … to set up a strategic partnership …, the two "
        "leaders said in announcing it': the announcing verb follows the level; a rare order, left",
}


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES + PROBES_2 + PROBES_3)


@pytest.mark.parametrize(("probe", "name", "want"), cases(PROBES + PROBES_2 + PROBES_3, OPEN))
def test_country_several_probe(probe: probe_harness.Probe, name: str, want: Any):
    """Codebook, country: the LAC country whose actors take part; "multilateral" for a regional
    body, actors of two or more LAC countries, or a trip to several; a head in his country's turn
    at a group's chair is his country's; who counts: minister or vice minister on the Chinese side."""
    record = record_of(probe)
    if name != "relevant" and not record.relevant:
        pytest.fail(f"not relevant, so no {name}")
    assert getattr(record, name) == want
