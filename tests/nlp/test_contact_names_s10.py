# ruff: noqa: E501  (headlines and page texts are kept whole, as printed)
"""Campaign 10F (an audit of the names a record writes): every ``contacts`` name and the name in a
foreign-ministry ``counterpart`` must be the name of a person or of a body, as a researcher reading
the exported rows expects: no verb, office, place, date, building, pronoun or fragment; no title glued
to the name; no possessive 's; one person once per record; no Chinese official among the LAC
counterparts. Self-written releases in the sites' style (English, simplified and traditional
Chinese; party, foreign-ministry and agency pages); names of people, parties and countries are facts."""

from __future__ import annotations

import re

import pytest
from nlp_helpers import idcpc, mfa

IDCPC_EN = "https://www.idcpc.org.cn/english/news/202305/t20230510_1.html"
IDCPC_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202305/t20230510_1.html"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/202304/t20230415_1.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/202304/t20230415_1.shtml"
AGENCY_EN = "http://www.agency-news.cn/english/2023-05/10/c_1.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/2023-05/10/c_1.htm"

CHINESE_OFFICIALS = {
    "Xi Jinping", "Wang Yi", "Li Qiang", "Han Zheng", "Zhao Leji", "Liu Jianchao", "Sun Haiyan", "Chen Zhou",
    "Qian Hongshan", "Wang Huning", "Ma Zhaoxu", "Guo Yezhou", "Song Tao", "Li Mingxiang", "Hua Chunying",
    "Cai Qi", "Li Xi", "Ding Xuexiang", "Qin Gang", "Xie Feng", "Miao Deyu",
    "习近平", "王毅", "李强", "韩正", "赵乐际", "刘建超", "孙海燕", "陈洲", "钱洪山", "王沪宁", "马朝旭",
    "郭业洲", "宋涛", "李明祥", "蔡奇", "李希", "丁薛祥", "秦刚", "谢锋", "苗得雨", "習近平", "劉建超",
    "錢洪山", "趙樂際", "王滬寧", "馬朝旭", "郭業洲",
}

# what a name never is: an office or title word, a verb, a place or a building, a date, a pronoun
_TITLE_EN = re.compile(
    r"^(?:Dr|Mr|Mrs|Ms|Prof|Hon|Sen|Rep|Gen)\.?\s|^(?:President|Vice|Minister|Secretary|Chairman|Chairwoman|"
    r"Chair|Senator|Deputy|Ambassador|Prime|Premier|Governor|Mayor|Comrade|General|Foreign|Speaker|"
    r"Honourable|Honorable|The|His|Her|Former|Chancellor|Congressman|Congresswoman|Lawmaker)\b"
    r"|\b(?:said|told|stressed|noted|met|held|visited|expressed|pointed|added|will|who|which|and|of|the|on|in|"
    r"at|with|for|from|to)$", re.I)
_POSSESSIVE = re.compile(r"[’']s?$")
_BAD_ZH = re.compile(
    r"(?:主席|总统|總統|总理|總理|部长|部長|书记|書記|大使|议长|議長|参议员|參議員|众议员|眾議員|外长|外長|副|州长|州長|市长|市長|"
    r"会见|會見|会谈|會談|表示|指出|强调|強調|说|說|签署|簽署|宣布|宣佈|访华|訪華|举行|舉行|通电话|通電話|"
    r"时|時|说道|一行|等|和|及|与|與|同|的|在|他|她|我|其|府|宫|宮|官邸|大厦|大廈|日|月|年)$"
    r"|^(?:主席|总统|總統|总理|總理|部长|部長|书记|書記|大使|议长|議長|副|前|新任|他|她|该|該|其|同志|会见|會見|在|与|與|和|同)")
_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                   r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d")
_PLACE_EN = re.compile(r"^(?:Beijing|Shanghai|Havana|Caracas|Brasilia|Brasília|Buenos Aires|Mexico City|Lima|"
                       r"Santiago|Bogota|Bogotá|Montevideo|La Paz|Managua|Kingston|Bridgetown|Georgetown|"
                       r"Great Hall of the People|Diaoyutai)$")


def _country_names() -> frozenset[str]:
    from nlp.gazetteer import Gazetteer
    gaz = Gazetteer.load()
    return frozenset(n for c in gaz.countries for names in c.names.values() for n in names if n)


COUNTRY_NAMES = _country_names()
STYLES_ALONE = frozenset("Dr Mr Mrs Ms Hon H.E. Prof Sr Sra".split())


def bad_names(record) -> list[str]:
    """The names on a record that a reader would call garbage, each with its class."""
    names = [c.name for c in record.contacts]
    if getattr(record, "counterpart", None):
        names.append(record.counterpart.split(",")[0].strip())
    bad = []
    for name in names:
        if not name or len(name) < 2 or name in STYLES_ALONE:
            bad.append(f"fragment:{name!r}")
        elif name in COUNTRY_NAMES:
            bad.append(f"place:{name}")
        elif name in CHINESE_OFFICIALS:
            bad.append(f"chinese-official:{name}")
        elif _TITLE_EN.search(name):
            bad.append(f"title-or-verb:{name}")
        elif _POSSESSIVE.search(name):
            bad.append(f"possessive:{name}")
        elif _BAD_ZH.search(name):
            bad.append(f"zh-office-or-verb:{name}")
        elif _DATE.search(name):
            bad.append(f"date:{name}")
        elif _PLACE_EN.match(name):
            bad.append(f"place:{name}")
    people = [c.name for c in record.contacts]
    principal = names[-1] if getattr(record, "counterpart", None) else ""
    for a in people:  # the counterpart "Hugh Hilton Todd" and the contact "Hilton Todd": one person, two forms
        if a != principal and principal.endswith(" " + a) and not re.search(r"[\u4e00-\u9fff]", a):
            bad.append(f"two-forms:{a}|{principal}")
    for a in people:
        for b in people:
            if a != b and len(a) >= 2 and (f" {a}" in f" {b}" or f"{a} " in f"{b} " or (
                    re.search(r"[\u4e00-\u9fff]", a) and a in b)):
                bad.append(f"duplicate:{a}|{b}")
    return bad


# (id, site, lang, url, title, text, names that must be contacts: "A|B" means either form)
PROBES = [
    # --- IDCPC, English ------------------------------------------------------------------------
    ("en-dr-title", "idcpc", "en", IDCPC_EN, "Liu Jianchao Meets Delegation of Trinidad and Tobago's PNM",
     "Beijing, May 9 (IDCPC) -- Liu Jianchao, head of the International Department of the CPC Central Committee, met with Dr. Amery Browne, Chairman of the People's National Movement of Trinidad and Tobago, in Beijing on May 9. Browne said his party admires the achievements of the CPC.",
     ["Amery Browne"]),
    ("en-hon-commonwealth", "idcpc", "en", IDCPC_EN, "Sun Haiyan Meets Jamaican Guests",
     "Sun Haiyan, vice minister of the IDCPC, met with the Hon. Julian Robinson, General Secretary of the People's National Party of Jamaica, in Beijing on May 9. Robinson told Sun that the PNP values its ties with the CPC.",
     ["Julian Robinson"]),
    ("en-possessive-lula", "idcpc", "en", IDCPC_EN, "Chen Zhou Meets Brazilian Workers' Party Delegation",
     "Chen Zhou met with a delegation of the Workers' Party of Brazil led by its national president Gleisi Hoffmann in Beijing on May 9. Hoffmann said that President Lula's government attaches great importance to relations with China.",
     ["Gleisi Hoffmann"]),
    ("en-compound-spanish", "idcpc", "en", IDCPC_EN, "Qian Hongshan Meets Cuban Party Delegation",
     "Qian Hongshan met with Roberto Morales Ojeda, Member of the Political Bureau and Secretary of Organization of the Central Committee of the Communist Party of Cuba, in Beijing on May 9. Morales Ojeda stressed that Cuba firmly supports China on Taiwan.",
     ["Roberto Morales Ojeda"]),
    ("en-particle-de-la", "idcpc", "en", IDCPC_EN, "Guo Yezhou Meets Mexican Morena Delegation",
     "Guo Yezhou met with Citlalli Hernández Mora, Secretary General of the National Regeneration Movement (Morena), and senator Ana Lilia Rivera de la Torre in Beijing on May 9. Hernández said Morena wishes to learn from the CPC's experience.",
     ["Citlalli Hernández Mora", "Ana Lilia Rivera de la Torre"]),
    ("en-particle-da", "idcpc", "en", IDCPC_EN, "Liu Jianchao Meets Brazilian Guests",
     "Liu Jianchao met with Humberto Costa, senator of the Workers' Party, and José Dirceu de Oliveira e Silva, former chief of staff, in Beijing on May 9. Costa said the PT hopes to deepen exchanges.",
     ["Humberto Costa", "José Dirceu de Oliveira e Silva"]),
    ("en-initials", "idcpc", "en", IDCPC_EN, "IDCPC Official Meets Guyanese PPP Delegation",
     "Sun Haiyan met with Bharrat Jagdeo, General Secretary of the People's Progressive Party/Civic of Guyana, and Dr. Frank C. S. Anthony, Minister of Health, in Beijing on May 9. Jagdeo said the PPP/C admires the CPC.",
     ["Bharrat Jagdeo", "Frank C. S. Anthony"]),
    ("en-apposition", "idcpc", "en", IDCPC_EN, "Chen Zhou Meets Uruguayan Broad Front Leader",
     "Chen Zhou met with the president of the Broad Front of Uruguay, Fernando Pereira, in Beijing on May 9. Pereira, a former trade union leader, said the Broad Front attaches importance to its friendship with the CPC.",
     ["Fernando Pereira"]),
    ("en-list-and", "idcpc", "en", IDCPC_EN, "Guo Yezhou Meets Delegation of Latin American Parties",
     "Guo Yezhou met with a delegation of Latin American party leaders including Diosdado Cabello of the United Socialist Party of Venezuela, Fernando Pereira of the Broad Front of Uruguay and Gleisi Hoffmann of the Workers' Party of Brazil in Beijing on May 9.",
     ["Diosdado Cabello", "Fernando Pereira", "Gleisi Hoffmann"]),
    ("en-said-told", "idcpc", "en", IDCPC_EN, "Liu Jianchao Meets PSUV Delegation",
     "Liu Jianchao met with a delegation of the United Socialist Party of Venezuela led by Diosdado Cabello Rondón, First Vice President of the PSUV, in Beijing on May 9. Cabello told Liu that the PSUV is grateful for China's support. Liu said the CPC stands ready to work with the PSUV.",
     ["Diosdado Cabello Rondón|Diosdado Cabello"]),
    ("en-name-then-office", "idcpc", "en", IDCPC_EN, "Sun Haiyan Meets Chilean Socialist Party Delegation",
     "Sun Haiyan met with Paulina Vodanovic, President of the Socialist Party of Chile, in Beijing on May 9. Vodanovic expressed gratitude for the warm hospitality.",
     ["Paulina Vodanovic"]),
    ("en-prime-minister-name", "idcpc", "en", IDCPC_EN, "Liu Jianchao Meets Barbados Prime Minister",
     "Liu Jianchao met with Prime Minister Mia Amor Mottley, leader of the Barbados Labour Party, in Bridgetown on May 9. Mottley noted that Barbados values its ties with China.",
     ["Mia Amor Mottley"]),
    ("en-secretary-general-with-comrade", "idcpc", "en", IDCPC_EN, "Chen Zhou Meets Salvadoran FMLN Delegation",
     "Chen Zhou met with Comrade Óscar Ortiz, Secretary General of the Farabundo Martí National Liberation Front, in Beijing on May 9. Ortiz said that the FMLN treasures its friendship with the CPC.",
     ["Óscar Ortiz"]),
    ("en-hyphen-surname", "idcpc", "en", IDCPC_EN, "Qian Hongshan Meets Honduran Libre Delegation",
     "Qian Hongshan met with Manuel Zelaya Rosales, General Coordinator of the Liberty and Refoundation Party, and Luis Redondo-Guifarro, President of the National Congress, in Beijing on May 9.",
     ["Manuel Zelaya Rosales", "Luis Redondo-Guifarro"]),
    ("en-van-klaveren", "mfa", "en", MFA_EN, "Wang Yi Holds Talks with Chilean Foreign Minister Alberto van Klaveren",
     "On April 14, 2023, Wang Yi, who directs the office of the foreign affairs commission and sits on the Political Bureau, held talks with Chilean Foreign Minister Alberto van Klaveren in Beijing. Van Klaveren said that Chile is willing to deepen cooperation with China.",
     ["Alberto van Klaveren"]),
    ("en-long-given", "idcpc", "en", IDCPC_EN, "Guo Yezhou Meets Mexican PT Delegation",
     "Guo Yezhou met with Alberto Anaya Gutiérrez, National Coordinator of the Labor Party of Mexico, in Beijing on May 9. Anaya said the PT of Mexico values its long friendship with the CPC.",
     ["Alberto Anaya Gutiérrez"]),
    ("en-video-call", "idcpc", "en", IDCPC_EN, "Liu Jianchao Holds Video Call with Secretary General of the Communist Party of Chile",
     "Liu Jianchao held a video call with Lautaro Carmona, Secretary General of the Communist Party of Chile, on May 9. Carmona stressed that the Communist Party of Chile supports the one-China principle.",
     ["Lautaro Carmona"]),
    ("en-wife-and-husband-list", "idcpc", "en", IDCPC_EN, "Chen Zhou Meets Dominican Guests",
     "Chen Zhou met with Francisco Javier García, Secretary General of the Dominican Liberation Party, and Carlos Amarante Baret, a member of its political committee, in Beijing on May 9.",
     ["Francisco Javier García", "Carlos Amarante Baret"]),
    ("en-mr-title", "idcpc", "en", IDCPC_EN, "Sun Haiyan Meets St Vincent ULP Delegation",
     "Sun Haiyan met with Mr. Julian Francis, General Secretary of the Unity Labour Party of Saint Vincent and the Grenadines, in Beijing on May 9. Mr. Francis said the ULP is grateful for China's help.",
     ["Julian Francis"]),
    ("en-deputy-name", "idcpc", "en", IDCPC_EN, "Qian Hongshan Meets Argentine Guests",
     "Qian Hongshan met with Argentine national deputy Eduardo Valdés of the Justicialist Party and Senator Oscar Parrilli in Beijing on May 9. Valdés said Argentina and China are comprehensive strategic partners.",
     ["Eduardo Valdés", "Oscar Parrilli"]),
    # --- IDCPC, Chinese ------------------------------------------------------------------------
    ("zh-dot-name", "idcpc", "zh", IDCPC_ZH, "刘建超会见古巴共产党代表团",
     "5月9日，中联部部长刘建超在京会见由古共中央政治局委员、组织部长罗伯托·莫拉莱斯率领的古巴共产党代表团。莫拉莱斯表示，古共愿同中共加强交流。",
     ["罗伯托·莫拉莱斯|Roberto Morales Ojeda|Roberto Morales"]),
    ("zh-name-said", "idcpc", "zh", IDCPC_ZH, "孙海燕会见委内瑞拉统一社会主义党代表团",
     "5月9日，中联部副部长孙海燕在京会见委内瑞拉统一社会主义党第一副主席卡贝略。卡贝略说，统社党高度重视同中共的关系。",
     ["卡贝略|Diosdado Cabello"]),
    ("zh-list-dun", "idcpc", "zh", IDCPC_ZH, "陈洲会见拉美政党干部考察团",
     "5月9日，中联部副部长陈洲在京会见由巴西劳工党主席霍夫曼、乌拉圭广泛阵线主席佩雷拉率领的拉美政党干部考察团。霍夫曼、佩雷拉表示，愿同中共加强治国理政经验交流。",
     ["霍夫曼|Gleisi Hoffmann", "佩雷拉|Fernando Pereira"]),
    ("zh-name-office-after", "idcpc", "zh", IDCPC_ZH, "钱洪山会见墨西哥国家复兴运动党代表团",
     "5月9日，中联部副部长钱洪山在京会见墨西哥国家复兴运动党全国主席德尔加多一行。德尔加多感谢中方的热情接待。",
     ["德尔加多|Mario Delgado"]),
    ("zh-hyphen-name", "idcpc", "zh", IDCPC_ZH, "刘建超会见古巴客人",
     "5月9日，刘建超在京会见古巴共产党中央第一书记、国家主席迪亚斯-卡内尔的特使、古共中央国际部部长埃米利奥·洛萨达。洛萨达转达了迪亚斯-卡内尔对习近平总书记的问候。",
     ["埃米利奥·洛萨达|Emilio Lozada"]),
    ("zh-long-name-with", "idcpc", "zh", IDCPC_ZH, "郭业洲会见尼加拉瓜桑解阵代表团",
     "5月9日，中联部副部长郭业洲在京会见尼加拉瓜桑地诺民族解放阵线全国领导委员会委员、国民议会议长古斯塔沃·波拉斯。双方就加强党际交流交换了意见。",
     ["古斯塔沃·波拉斯|Gustavo Porras"]),
    ("zh-vice-name", "idcpc", "zh", IDCPC_ZH, "孙海燕会见智利共产党总书记",
     "5月9日，孙海燕在京会见智利共产党总书记卡尔莫纳。卡尔莫纳强调，智共坚定奉行一个中国原则。",
     ["卡尔莫纳|Lautaro Carmona"]),
    ("zh-video", "idcpc", "zh", IDCPC_ZH, "刘建超同巴西劳工党主席视频通话",
     "5月9日，中联部部长刘建超同巴西劳工党主席格莱西·霍夫曼视频通话。霍夫曼祝贺中共二十大胜利召开。",
     ["格莱西·霍夫曼|Gleisi Hoffmann"]),
    ("zh-delegation-led-by", "idcpc", "zh", IDCPC_ZH, "陈洲会见玻利维亚争取社会主义运动代表团",
     "5月9日，陈洲在京会见由玻利维亚争取社会主义运动党主席埃沃·莫拉莱斯率领的代表团。莫拉莱斯表示，争社党愿学习中共经验。",
     ["埃沃·莫拉莱斯|Evo Morales"]),
    ("zh-two-people-and", "idcpc", "zh", IDCPC_ZH, "钱洪山会见哥伦比亚客人",
     "5月9日，钱洪山在京会见哥伦比亚历史公约联盟参议员伊万·塞佩达和众议员玛丽亚·何塞·皮萨罗。双方就两党关系交换了意见。",
     ["伊万·塞佩达|Iván Cepeda", "玛丽亚·何塞·皮萨罗|María José Pizarro"]),
    # traditional
    ("zht-dot-name", "idcpc", "zh", IDCPC_ZH, "劉建超會見古巴共產黨代表團",
     "5月9日，中聯部部長劉建超在京會見由古共中央政治局委員、組織部長羅伯托·莫拉萊斯率領的古巴共產黨代表團。莫拉萊斯表示，古共願同中共加強交流。",
     ["羅伯托·莫拉萊斯|Roberto Morales Ojeda|Roberto Morales"]),
    ("zht-said", "idcpc", "zh", IDCPC_ZH, "孫海燕會見委內瑞拉統一社會主義黨代表團",
     "5月9日，中聯部副部長孫海燕在京會見委內瑞拉統一社會主義黨第一副主席卡貝略。卡貝略說，統社黨高度重視同中共的關係。",
     ["卡貝略|Diosdado Cabello"]),
    ("zht-list", "idcpc", "zh", IDCPC_ZH, "陳洲會見拉美政黨幹部考察團",
     "5月9日，中聯部副部長陳洲在京會見由巴西勞工黨主席霍夫曼、烏拉圭廣泛陣線主席佩雷拉率領的拉美政黨幹部考察團。霍夫曼、佩雷拉表示，願同中共加強治國理政經驗交流。",
     ["霍夫曼|Gleisi Hoffmann", "佩雷拉|Fernando Pereira"]),
    # --- MFA, English --------------------------------------------------------------------------
    ("mfa-en-lula-possessive", "mfa", "en", MFA_EN, "Xi Jinping Holds Talks with Brazilian President Lula",
     "On April 14, 2023, President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva at the Great Hall of the People. Xi Jinping noted that Lula's visit shows the high level of China-Brazil relations. Lula said Brazil is willing to work with China.",
     ["Luiz Inácio Lula da Silva"]),
    ("mfa-en-foreign-minister-said", "mfa", "en", MFA_EN, "Wang Yi Meets with Mexican Foreign Secretary Alicia Bárcena",
     "On April 14, 2023, Wang Yi met with Mexican Secretary of Foreign Affairs Alicia Bárcena Ibarra in Beijing. Bárcena said that Mexico attaches importance to its comprehensive strategic partnership with China.",
     ["Alicia Bárcena Ibarra"]),
    ("mfa-en-pm-commonwealth", "mfa", "en", MFA_EN, "Li Qiang Holds Talks with Prime Minister of Jamaica Andrew Holness",
     "On April 14, 2023, Premier Li Qiang held talks with Prime Minister of Jamaica Andrew Michael Holness at the Great Hall of the People. Holness said Jamaica firmly adheres to the one-China principle.",
     ["Andrew Michael Holness"]),
    ("mfa-en-senator-dr", "mfa", "en", MFA_EN, "Wang Yi Meets with Foreign Minister of Jamaica Kamina Johnson Smith",
     "On April 14, 2023, Wang Yi met with Senator the Hon. Kamina Johnson Smith, Minister of Foreign Affairs and Foreign Trade of Jamaica, in Beijing.",
     ["Kamina Johnson Smith"]),
    ("mfa-en-dr-pm", "mfa", "en", MFA_EN, "Li Qiang Meets with Prime Minister of Trinidad and Tobago Keith Rowley",
     "On April 14, 2023, Premier Li Qiang met with Prime Minister of Trinidad and Tobago Dr. Keith Rowley in Beijing. Dr. Rowley said his country sees China as a reliable partner.",
     ["Keith Rowley"]),
    ("mfa-en-two-fms", "mfa", "en", MFA_EN, "Wang Yi Meets with Foreign Ministers of Guyana and Suriname",
     "On April 14, 2023, Wang Yi met with Foreign Minister of Guyana Hugh Hilton Todd and Foreign Minister of Suriname Albert Ramdin in Beijing. Todd and Ramdin said their countries value cooperation with China.",
     ["Hugh Hilton Todd", "Albert Ramdin"]),
    ("mfa-en-vice-president", "mfa", "en", MFA_EN, "Han Zheng Meets with Brazilian Vice President Geraldo Alckmin",
     "On April 14, 2023, Vice President Han Zheng met with Brazilian Vice President Geraldo Alckmin in Beijing. Alckmin told Han that Brazil welcomes Chinese investment.",
     ["Geraldo Alckmin"]),
    ("mfa-en-phone-call-maduro", "mfa", "en", MFA_EN, "Wang Yi Has a Phone Call with Venezuelan Foreign Minister Yván Gil",
     "On April 14, 2023, Wang Yi had a phone call with Venezuelan Foreign Minister Yván Gil Pinto. Gil conveyed President Nicolás Maduro's greetings to President Xi Jinping.",
     ["Yván Gil Pinto"]),
    ("mfa-en-message-castro", "mfa", "en", MFA_EN, "Xi Jinping Sends Congratulatory Message to Xiomara Castro",
     "On April 14, 2023, President Xi Jinping sent a congratulatory message to Honduran President Iris Xiomara Castro Sarmiento on the establishment of diplomatic relations between China and Honduras.",
     ["Iris Xiomara Castro Sarmiento|Xiomara Castro"]),
    ("mfa-en-speaker", "mfa", "en", MFA_EN, "Zhao Leji Meets with President of the National Assembly of Cuba Esteban Lazo",
     "On April 14, 2023, Zhao Leji met with President of the National Assembly of People's Power of Cuba Esteban Lazo Hernández at the Great Hall of the People. Lazo said the Cuban parliament is ready to deepen exchanges with the NPC.",
     ["Esteban Lazo Hernández"]),
    ("mfa-en-ambassador-credentials", "mfa", "en", MFA_EN, "Wang Yi Meets with Argentine Foreign Minister Santiago Cafiero",
     "On April 14, 2023, Wang Yi met with Argentine Minister of Foreign Affairs, International Trade and Worship Santiago Andrés Cafiero in Beijing. Cafiero said Argentina is grateful for China's support on the Malvinas.",
     ["Santiago Andrés Cafiero"]),
    ("mfa-en-amorim-adviser", "mfa", "en", MFA_EN, "Wang Yi Meets with Chief Adviser to the Brazilian President Celso Amorim",
     "On April 14, 2023, Wang Yi met with Chief Adviser to the President of Brazil Celso Luiz Nunes Amorim in Beijing. Amorim stressed that Brazil and China share many views on global governance.",
     ["Celso Luiz Nunes Amorim"]),
    # --- MFA, Chinese --------------------------------------------------------------------------
    ("mfa-zh-lula", "mfa", "zh", MFA_ZH, "习近平同巴西总统卢拉会谈",
     "2023年4月14日下午，习近平主席在人民大会堂同正在中国国事访问的巴西总统卢拉举行了会谈。卢拉表示，巴方愿同中方深化全面战略伙伴关系。",
     ["卢拉|Luiz Inácio Lula da Silva|Lula"]),
    ("mfa-zh-fm-dot", "mfa", "zh", MFA_ZH, "王毅会见墨西哥外长巴尔塞纳",
     "2023年4月14日，中共中央政治局委员、外交部长王毅在北京会见墨西哥外长阿莉西亚·巴尔塞纳。巴尔塞纳表示，墨方高度重视对华关系。",
     ["阿莉西亚·巴尔塞纳|Alicia Bárcena"]),
    ("mfa-zh-diazcanel", "mfa", "zh", MFA_ZH, "习近平同古巴国家主席迪亚斯-卡内尔通电话",
     "2023年4月14日，国家主席习近平同古巴共产党中央委员会第一书记、国家主席迪亚斯-卡内尔通电话。迪亚斯-卡内尔表示，古方坚定支持中方。",
     ["迪亚斯-卡内尔|Miguel Díaz-Canel|Díaz-Canel"]),
    ("mfa-zh-pm-holness", "mfa", "zh", MFA_ZH, "李强会见牙买加总理霍尔尼斯",
     "2023年4月14日，国务院总理李强在人民大会堂会见来华进行正式访问的牙买加总理霍尔尼斯。霍尔尼斯说，牙方恪守一个中国原则。",
     ["霍尔尼斯|Andrew Holness"]),
    ("mfa-zh-two-fms", "mfa", "zh", MFA_ZH, "王毅会见乌拉圭外长布斯蒂略和巴拉圭客人",
     "2023年4月14日，王毅在北京会见乌拉圭外长布斯蒂略。布斯蒂略表示，乌方愿同中方推进自贸协定谈判。",
     ["布斯蒂略|Francisco Bustillo"]),
    ("mfa-zh-vp-name-then-verb", "mfa", "zh", MFA_ZH, "韩正会见巴西副总统阿尔克明",
     "2023年4月14日，国家副主席韩正在北京会见巴西副总统阿尔克明。阿尔克明强调，巴方欢迎中国企业投资。",
     ["阿尔克明|Geraldo Alckmin"]),
    ("mfa-zh-maduro-state-visit", "mfa", "zh", MFA_ZH, "习近平同委内瑞拉总统马杜罗举行会谈",
     "2023年9月13日，国家主席习近平在人民大会堂同来华进行国事访问的委内瑞拉总统马杜罗举行会谈。两国元首宣布将中委关系提升为全天候战略伙伴关系。",
     ["马杜罗|Nicolás Maduro"]),
    ("mfa-zh-speaker-lazo", "mfa", "zh", MFA_ZH, "赵乐际会见古巴全国人大主席拉索",
     "2023年4月14日，全国人大常委会委员长赵乐际在人民大会堂会见古巴全国人民政权代表大会主席拉索。",
     ["拉索|Esteban Lazo"]),
    ("mfa-zht-boric", "mfa", "zh", MFA_ZH, "習近平會見智利總統博里奇",
     "2023年4月14日，國家主席習近平在人民大會堂會見智利總統博里奇。博里奇表示，智方願同中方深化各領域合作。",
     ["博里奇|Gabriel Boric"]),
    ("mfa-zht-petro", "mfa", "zh", MFA_ZH, "習近平同哥倫比亞總統佩特羅會談",
     "2023年10月25日，國家主席習近平在人民大會堂同哥倫比亞總統佩特羅舉行會談。佩特羅說，哥方願同中方建立戰略伙伴關係。",
     ["佩特羅|佩特罗|Gustavo Petro"]),
    # --- agency / newspaper copies --------------------------------------------------------------
    ("agency-en-xi-lula", "mfa", "en", AGENCY_EN, "Xi meets Brazilian president",
     "BEIJING, April 14 -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday. Lula's state visit is his first to China since he took office. Lula said Brazil wants to raise its ties with China to a new level.",
     ["Luiz Inacio Lula da Silva"]),
    ("agency-en-cpc-official", "agency", "en", AGENCY_EN, "Senior CPC official meets Cuban delegation",
     "BEIJING, May 9 -- Liu Jianchao, who heads the CPC's international department, met with a delegation of the Communist Party of Cuba headed by Roberto Morales Ojeda here on Tuesday. Morales Ojeda said the two parties share ideals.",
     ["Roberto Morales Ojeda"]),
    ("agency-en-wangyi-vieira", "mfa", "en", AGENCY_EN, "Chinese FM holds talks with Brazilian counterpart",
     "BEIJING, May 9 -- Chinese Foreign Minister Wang Yi held talks with his Brazilian counterpart Mauro Vieira here on Tuesday. Vieira told Wang that Brazil values the comprehensive strategic partnership.",
     ["Mauro Vieira"]),
    ("agency-zh-wangyi", "mfa", "zh", AGENCY_ZH, "王毅同阿根廷外长卡菲耶罗会谈",
     "新华社北京5月9日电 外交部长王毅9日在北京同阿根廷外长卡菲耶罗举行会谈。卡菲耶罗表示，阿方感谢中方在马岛问题上的支持。",
     ["卡菲耶罗|Santiago Cafiero"]),
    ("agency-zh-idcpc", "agency", "zh", AGENCY_ZH, "刘建超会见秘鲁客人",
     "新华社北京5月9日电 中联部部长刘建超9日在京会见秘鲁自由秘鲁党总书记弗拉迪米尔·塞隆。塞隆说，自由秘鲁党希望借鉴中共经验。",
     ["弗拉迪米尔·塞隆|Vladimir Cerrón"]),
    ("agency-en-cpc-list", "agency", "en", AGENCY_EN, "CPC official meets Latin American party leaders",
     "BEIJING, May 9 -- Chen Zhou, a vice minister of the International Department of the CPC Central Committee, on Tuesday met with Bolivian lawmaker Andrónico Rodríguez, Colombian senator Iván Cepeda and Ecuadorian Luisa González of the Citizen Revolution Movement.",
     ["Andrónico Rodríguez", "Iván Cepeda", "Luisa González"]),
    ("en-mfa-ortega-murillo", "mfa", "en", MFA_EN, "Xi Jinping Sends Message to Nicaraguan President Daniel Ortega",
     "On April 14, 2023, President Xi Jinping sent a message to President of the Republic of Nicaragua Daniel Ortega Saavedra and Vice President Rosario Murillo. Ortega and Murillo said Nicaragua is proud of its friendship with China.",
     ["Daniel Ortega Saavedra"]),
    ("en-idcpc-mayor-governor", "idcpc", "en", IDCPC_EN, "Qian Hongshan Meets Governor of Brazilian State of Bahia",
     "Qian Hongshan met with Jerônimo Rodrigues, Governor of the State of Bahia and a member of the Workers' Party, in Beijing on May 9. Rodrigues said Bahia hopes to attract Chinese investment.",
     ["Jerônimo Rodrigues"]),
    ("en-idcpc-ambassador", "idcpc", "en", IDCPC_EN, "Sun Haiyan Meets Cuban Ambassador",
     "Sun Haiyan met with Cuban Ambassador to China Alberto Blanco Silva in Beijing on May 9. Blanco said the Cuban people thank China for its solidarity.",
     ["Alberto Blanco Silva"]),
    ("en-idcpc-youth", "idcpc", "en", IDCPC_EN, "Chen Zhou Meets Young Leaders of Venezuela",
     "Chen Zhou met with Nahum Fernández, head of the youth of the United Socialist Party of Venezuela, and Grecia Colmenares, a PSUV deputy, in Beijing on May 9.",
     ["Nahum Fernández", "Grecia Colmenares"]),
    ("zh-mfa-ambassador", "mfa", "zh", MFA_ZH, "外交部副部长马朝旭会见阿根廷驻华大使",
     "2023年4月14日，外交部副部长马朝旭会见阿根廷驻华大使牛望道。牛望道表示，阿方愿推进双边合作。",
     ["牛望道|Sabino Vaca Narvaja"]),
    ("zh-idcpc-trinidad", "idcpc", "zh", IDCPC_ZH, "孙海燕会见特立尼达和多巴哥人民民族运动代表团",
     "5月9日，孙海燕在京会见由特立尼达和多巴哥人民民族运动主席、外交部长阿梅里·布朗率领的代表团。布朗说，人民民族运动钦佩中共的成就。",
     ["阿梅里·布朗|Amery Browne"]),
]


def _is(name: str, alt: str) -> bool:
    """The name as printed, or the printed form with its roster form after it ("卢拉 (Lula)")."""
    return name == alt or name.startswith(alt + " (") or name.endswith(f"({alt})")


# people the rules do not read yet (a miss, not a garbage name): left open
MISSED = {
    "en-particle-de-la": "a second person after 'and senator' with a lower-case office and no role after the name",
    "agency-en-cpc-list": "'Bolivian lawmaker X, Colombian senator Y': a demonym and a lower-case office before the name",
}
CASES = [pytest.param(*p, marks=pytest.mark.xfail(strict=True, reason=MISSED[p[0]])) if p[0] in MISSED else p
         for p in PROBES]


@pytest.mark.parametrize(("pid", "site", "lang", "url", "title", "text", "want"), CASES, ids=[p[0] for p in PROBES])
def test_contact_names_are_names(pid: str, site: str, lang: str, url: str, title: str, text: str,
                                 want: list[str]) -> None:
    fn = mfa if site == "mfa" else idcpc
    kwargs = {"published": "2023-05-10"} if site != "mfa" else {"published": "2023-04-15"}
    record = fn(text, title=title, lang=lang, url=url, **kwargs)
    names = {c.name for c in record.contacts}
    if site == "mfa" and record.counterpart:
        names |= {part.strip() for part in re.split(r";", record.counterpart)}
        names |= {record.counterpart.split(",")[0].strip()}
    assert bad_names(record) == []
    missing = [w for w in want if not any(_is(name, alt) for alt in w.split("|") for name in names)]
    assert missing == [], f"{sorted(names)} / counterpart={getattr(record, 'counterpart', None)!r}"


# ---------------------------------------------------------------- the classes, one rule each

def _names(record) -> list[str]:
    return [c.name for c in record.contacts]


@pytest.mark.parametrize(("text", "name"), [
    ("Liu Jianchao met with a delegation of the Movement for Socialism of Bolivia led by Grover García in Beijing "
     "on May 9. García conveyed President Luis Arce Catacora's greetings to General Secretary Xi Jinping.",
     "Luis Arce Catacora"),
    ("Chen Zhou met with Gleisi Hoffmann, President of the Workers' Party of Brazil, in Beijing on May 9. Hoffmann "
     "said President Luiz Inácio Lula da Silva's visit to China had opened a new chapter.", "Gleisi Hoffmann"),
    ("Qian Hongshan met with a delegation of the Movement for Socialism of Bolivia led by Leonilda Zurita in Beijing "
     "on May 9. Zurita said former President Evo Morales' party would keep its friendship with the CPC.",
     "Leonilda Zurita"),
])
def test_a_possessive_ends_a_name(text: str, name: str) -> None:
    """English marks the owner with 's (or a bare ' after s): the mark is no part of the name."""
    record = idcpc(text, title="IDCPC Official Meets Latin American Guests", published="2023-05-10")
    assert name in _names(record)
    assert not [n for n in _names(record) if re.search(r"['’]s?$", n)]


def test_a_possessive_on_a_foreign_ministry_page() -> None:
    record = mfa("On April 14, 2023, Wang Yi had a phone call with Venezuelan Foreign Minister Yván Gil Pinto. Gil "
                 "conveyed President Nicolás Maduro's greetings to President Xi Jinping.",
                 title="Wang Yi Has a Phone Call with Venezuelan Foreign Minister Yván Gil")
    assert not [n for n in _names(record) if re.search(r"['’]s?$", n)]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Liu Jianchao met with Prime Minister Mia Amor Mottley, leader of the Barbados Labour Party, in Bridgetown on "
     "May 9.", "Mia Amor Mottley", "party"),
    ("Sun Haiyan met with Vice President Bharrat Jagdeo, General Secretary of the People's Progressive Party/Civic, "
     "in Georgetown on May 9.", "Bharrat Jagdeo", "party"),
    ("Chen Zhou met with Speaker Luis Redondo, a member of the Liberty and Refoundation Party, in Beijing on May 9.",
     "Luis Redondo", None),
])
def test_an_office_before_a_name_is_no_part_of_it(text: str, name: str, kind: str | None) -> None:
    """"Prime Minister X, leader of P": the office is a role; the name begins after it."""
    record = idcpc(text, title="IDCPC Official Meets Caribbean Guest", published="2023-05-10")
    assert name in _names(record), _names(record)
    assert not [n for n in _names(record) if n.split()[0] in ("Prime", "Vice", "Speaker", "President")]
    if kind:
        assert {c.name: c.kind for c in record.contacts}[name] == kind


@pytest.mark.parametrize(("title", "text", "name"), [
    ("Li Qiang Meets with Prime Minister of Trinidad and Tobago Keith Rowley",
     "On April 14, 2023, Premier Li Qiang met with Prime Minister of Trinidad and Tobago Dr. Keith Rowley in "
     "Beijing. Dr. Rowley said his country sees China as a reliable partner.", "Keith Rowley"),
    ("Wang Yi Meets with Foreign Minister of Dominica",
     "On April 14, 2023, Wang Yi met with Foreign Minister of Dominica the Hon. Vince Henderson in Beijing. "
     "Henderson said Dominica values China's help after the hurricanes.", "Vince Henderson"),
])
def test_a_style_between_office_and_name_is_no_name(title: str, text: str, name: str) -> None:
    """"Prime Minister of T&T Dr. Keith Rowley": "Dr." is a form of address, not the counterpart."""
    record = mfa(text, title=title)
    assert record.counterpart.split(",")[0] == name


@pytest.mark.parametrize(("fn", "title", "text", "name"), [
    (mfa, "Wang Yi Meets with Foreign Minister of Guyana Hugh Todd",
     "On April 14, 2023, Wang Yi met with Foreign Minister of Guyana Hugh Hilton Todd in Beijing. Todd said Guyana "
     "values its cooperation with China.", "Hugh Hilton Todd"),
    (idcpc, "Liu Jianchao Meets Barbadian Prime Minister",
     "Liu Jianchao met with Prime Minister of Barbados Mia Amor Mottley, leader of the Barbados Labour Party, in "
     "Bridgetown on May 9.", "Mia Amor Mottley"),
    (idcpc, "Chen Zhou Meets Chilean Guest",
     "Chen Zhou met with Ambassador of Chile to China Mauricio Hurtado Vergara in Beijing on May 9. Hurtado said "
     "the Socialist Party of Chile values exchanges with the CPC.", "Mauricio Hurtado Vergara"),
])
def test_a_country_before_the_name_does_not_take_its_given_name(fn, title: str, text: str, name: str) -> None:
    """"Foreign Minister of Guyana Hugh Hilton Todd": the country ends where its name ends."""
    record = fn(text, title=title, **({"published": "2023-05-10"} if fn is idcpc else {}))
    assert name in _names(record), _names(record)
    assert bad_names(record) == []


def test_a_foreign_party_leader_at_a_world_meeting_is_no_lac_contact() -> None:
    """At a worldwide meeting the page names other countries' party leaders too; contacts list the
    LAC counterparts only (codebook)."""
    record = idcpc(
        "The CPC in Dialogue with World Political Parties High-level Meeting was held in Beijing on May 9. Among the "
        "speakers were Dilma Rousseff, former President of Brazil and a leader of the Workers' Party, Hun Manet, "
        "President of the Cambodian People's Party, and José Luis Centella, President of the Communist Party of Spain.",
        title="CPC in Dialogue with World Political Parties High-level Meeting Held", published="2023-05-10")
    assert "Dilma Rousseff" in _names(record)
    assert "Hun Manet" not in _names(record)
    assert "José Luis Centella" not in _names(record)


@pytest.mark.parametrize(("title", "text", "country"), [
    ("李强会见乌拉圭总统拉卡列·波乌", "2023年11月22日，国务院总理李强在人民大会堂会见乌拉圭总统拉卡列·波乌。拉卡列·波乌称，乌方期待早日签署自贸协定。", "乌拉圭"),
    ("习近平会见委内瑞拉总统马杜罗", "2023年9月13日，国家主席习近平在人民大会堂会见委内瑞拉总统尼古拉斯·马杜罗·莫罗斯。马杜罗表示，委方珍视对华友谊。", "委内瑞拉"),
    ("王毅會見阿根廷外長", "2023年4月14日，王毅在北京會見阿根廷外長聖地亞哥·卡菲耶羅。卡菲耶羅表示，阿方感謝中方支持。", "阿根廷"),
])
def test_a_country_before_an_office_is_no_transliterated_name(title: str, text: str, country: str) -> None:
    """"会见乌拉圭总统拉卡列·波乌": the office ends the words before it, which name the office's
    country; the dotted name is the one after the office."""
    record = mfa(text, title=title, lang="zh", url=MFA_ZH)
    assert country not in _names(record), _names(record)
    assert any("·" in n for n in _names(record)), _names(record)


def test_a_body_read_after_an_office_is_no_person() -> None:
    """"President of Beijing Foreign Studies University": the capitalised words after the office are
    a body's name (its head noun says so), not a person's."""
    record = idcpc(
        "The CPC in Dialogue with World Political Parties Forum was held in Beijing on May 9. Speakers included "
        "Dilma Rousseff, former President of Brazil and a leader of the Workers' Party, and Zhang Wei, President of "
        "Beijing Foreign Studies University.", title="CPC in Dialogue with World Political Parties Forum Held",
        published="2023-05-10")
    assert "Dilma Rousseff" in _names(record)
    assert not [n for n in _names(record) if "University" in n]


CLEAN_EN = [
    (mfa, "Li Qiang Meets with Jamaican Prime Minister", "On April 14, 2023, Li Qiang met with Jamaica's Prime Minister Andrew Holness in Beijing. Holness thanked China.", "Andrew Holness"),
    (mfa, "Wang Yi Meets with Colombian Foreign Minister", "On April 14, 2023, Wang Yi met with Colombia's Foreign Minister Álvaro Leyva Durán in Beijing.", "Álvaro Leyva Durán"),
    (mfa, "Han Zheng Meets with Argentine Vice President", "On April 14, 2023, Han Zheng met with Argentina's Vice President Cristina Fernández de Kirchner in Beijing.", "Cristina Fernández de Kirchner"),
    (mfa, "Xi Jinping Holds Talks with Honduran President", "On April 14, 2023, Xi Jinping held talks with President Xiomara Castro of Honduras in Beijing.", "Xiomara Castro"),
    (mfa, "Xi Jinping Meets with Dominican President", "On April 14, 2023, Xi Jinping met with President of the Dominican Republic Luis Abinader in Beijing.", "Luis Abinader"),
    (mfa, "Xi Jinping Holds Talks with Salvadoran President", "On April 14, 2023, Xi Jinping held talks with President of El Salvador Nayib Bukele in Beijing.", "Nayib Bukele"),
    (mfa, "Wang Yi Meets with Costa Rican Foreign Minister", "On April 14, 2023, Wang Yi met with Foreign Minister of Costa Rica Arnoldo André Tinoco in Beijing.", "Arnoldo André Tinoco"),
    (mfa, "Xi Jinping Meets with Cuban Vice President", "On April 14, 2023, Xi Jinping met with Cuban Vice President Salvador Valdés Mesa and his wife in Beijing.", "Salvador Valdés Mesa"),
    (mfa, "Li Qiang Meets with Prime Minister of Trinidad and Tobago", "On April 14, 2023, Li Qiang met with Trinidad and Tobago Prime Minister Keith Rowley in Beijing. Rowley said his country values China.", "Keith Rowley"),
    (mfa, "Wang Yi Meets with Peruvian Foreign Minister", "On April 14, 2023, Wang Yi met with Peru's Minister of Foreign Affairs Javier González-Olaechea in Beijing. González-Olaechea said Peru welcomes Chinese investment.", "Javier González-Olaechea"),
    (mfa, "Xi Jinping Meets with Mexican President", "On April 14, 2023, Xi Jinping met with Mexican President Andrés Manuel López Obrador (AMLO) in Beijing.", "Andrés Manuel López Obrador"),
    (mfa, "Xi Jinping Meets with Ecuadorian President", "On April 14, 2023, Xi Jinping met with Ecuadorian President Daniel Noboa Azín at the Diaoyutai State Guesthouse.", "Daniel Noboa Azín"),
    (mfa, "Wang Yi Meets with Cuban Foreign Minister", "On April 14, 2023, Wang Yi met with Cuban Foreign Minister Bruno Eduardo Rodríguez Parrilla in Beijing. Rodríguez said Cuba supports China.", "Bruno Eduardo Rodríguez Parrilla"),
    (idcpc, "Chen Zhou Meets Chilean Senator", "Chen Zhou met with Chilean Senator Isabel Allende Bussi, a member of the Socialist Party of Chile, in Beijing on May 9.", "Isabel Allende Bussi"),
    (idcpc, "Guo Yezhou Meets PCV Leader", "Guo Yezhou met with General Secretary of the Communist Party of Venezuela Óscar Figuera in Beijing on May 9.", "Óscar Figuera"),
    (idcpc, "Sun Haiyan Meets Jamaican Speaker", "Sun Haiyan met with Marisa Dalrymple-Philibert, Speaker of the House of Representatives of Jamaica, in Beijing on May 9.", "Marisa Dalrymple-Philibert"),
]


@pytest.mark.parametrize(("fn", "title", "text", "name"), CLEAN_EN, ids=[c[3] for c in CLEAN_EN])
def test_name_shapes_read_whole(fn, title: str, text: str, name: str) -> None:
    """Possessive countries, compound surnames, particles, hyphens, an acronym after the name."""
    record = fn(text, title=title, **({"published": "2023-05-10"} if fn is idcpc else {}))
    assert name in _names(record), _names(record)
    assert bad_names(record) == []


@pytest.mark.parametrize(("title", "text"), [
    ("郭业洲会见古巴共青盟代表团", "5月9日，郭业洲在京会见古巴共产主义青年联盟第一书记艾卢迪斯·加西亚率领的代表团。双方就青年交流交换了意见。"),
    ("郭業洲會見古巴共青盟代表團", "5月9日，郭業洲在京會見古巴共產主義青年聯盟第一書記艾盧迪斯·加西亞率領的代表團。雙方就青年交流交換了意見。"),
])
def test_a_body_named_twice_is_one_contact(title: str, text: str) -> None:
    """The headline's short name of a league and the text's full one are one body: one contact."""
    record = idcpc(text, title=title, lang="zh", url=IDCPC_ZH, published="2023-05-10")
    youth = [c.name for c in record.contacts if c.kind == "youth" and "·" not in c.name]
    assert len(youth) == 1, _names(record)


@pytest.mark.parametrize(("text", "name"), [
    ("5月9日，陈洲在京会见玻利维亚前总统、争取社会主义运动党主席莫拉莱斯。莫拉莱斯表示愿加强交流。", "莫拉莱斯"),
    ("5月9日，刘建超在京会见洪都拉斯前总统、自由与重建党总协调人塞拉亚。塞拉亚说，自由与重建党珍视同中共关系。", "塞拉亚"),
])
def test_a_former_office_in_a_chinese_chain_gives_way_to_the_party_office(text: str, name: str) -> None:
    """玻利维亚前总统、争取社会主义运动党主席X: he holds the party's office now, not the state's."""
    record = idcpc(text, title="中联部领导会见拉美政党领导人", lang="zh", url=IDCPC_ZH, published="2023-05-10")
    kinds = {c.name.split(" (")[0]: c.kind for c in record.contacts}
    assert kinds.get(name) == "party", kinds


@pytest.mark.parametrize(("fn", "title", "text", "name"), [
    (mfa, "Xi Jinping Meets with Bolivian President Luis Arce",
     "On April 14, 2023, Xi Jinping met with His Excellency Luis Arce Catacora, President of the Plurinational State "
     "of Bolivia, in Beijing.", "Luis Arce Catacora"),
    (mfa, "Wang Yi Meets with Foreign Minister of Dominica",
     "On April 14, 2023, Wang Yi met with Foreign Minister of Dominica H.E. Vince Henderson in Beijing.",
     "Vince Henderson"),
    (idcpc, "Qian Hongshan Meets FSLN Guest",
     "Qian Hongshan met with Comandante Bayardo Arce, economic adviser to the President of Nicaragua, in Beijing on "
     "May 9.", "Bayardo Arce"),
    (idcpc, "Sun Haiyan Meets Guyanese Guest",
     "Sun Haiyan met with Her Excellency Gail Teixeira, Minister of Parliamentary Affairs of Guyana and a member of "
     "the People's Progressive Party/Civic, in Beijing on May 9.", "Gail Teixeira"),
])
def test_a_form_of_address_is_no_part_of_a_name(fn, title: str, text: str, name: str) -> None:
    """"His Excellency", "H.E.", "Comandante": how the page addresses him, not his name."""
    record = fn(text, title=title, **({"published": "2023-05-10"} if fn is idcpc else {}))
    names = _names(record) + ([record.counterpart.split(",")[0]] if record.counterpart else [])
    assert name in names, names
    assert bad_names(record) == [] and not [n for n in names if n.split()[0] in ("His", "Her", "H.E.", "Comandante")]


@pytest.mark.parametrize("text", [
    "Sun Haiyan met with Cuba's Deputy Foreign Minister Carlos Fernández de Cossío in Beijing on May 9.",
    "Sun Haiyan met with Cuban Deputy Foreign Minister Carlos Fernández de Cossío in Beijing on May 9.",
])
def test_a_deputy_minister_is_no_legislator(text: str) -> None:
    """"Deputy Foreign Minister X": "deputy" heads the minister's office, no seat in a legislature."""
    record = idcpc(text, title="Sun Haiyan Meets Cuban Vice Foreign Minister", published="2023-05-10")
    assert {c.name: c.kind for c in record.contacts}.get("Carlos Fernández de Cossío") == "government", _names(record)


def test_an_office_in_a_party_central_committee_is_a_party_office() -> None:
    """古共中央国际关系部部长X: the head of a department of the party's Central Committee holds a
    party office, as "head of the International Relations Department of the PCC Central Committee"."""
    record = idcpc("5月9日，孙海燕在哈瓦那会见古共中央国际关系部部长洛萨达。中国驻古巴大使马辉在座。",
                   title="孙海燕会见古巴客人", lang="zh", url=IDCPC_ZH, published="2023-05-10")
    assert {c.name.split(" (")[0]: c.kind for c in record.contacts}.get("洛萨达") == "party", _names(record)


@pytest.mark.parametrize(("role", "kind"), [
    ("委内瑞拉全国代表大会副主席", "legislature"),
    ("巴西劳工党籍州长", "government"),
    ("哈瓦那大学校长", "think_tank"),
    ("古巴外交部副部长", "government"),
    ("古巴工人中央工会总书记", "trade_union"),
])
def test_the_kind_follows_the_office_written_in_chinese(role: str, kind: str) -> None:
    """An office right after a legislature's name is the legislature's; 党籍 (a party member) holds
    no party office; a university's 校长 heads a university."""
    record = idcpc(f"5月9日，孙海燕在京会见{role}罗伯托·佩雷斯。双方交换了意见。", title="孙海燕会见拉美客人",
                   lang="zh", url=IDCPC_ZH, published="2023-05-10")
    assert {c.name.split(" (")[0]: c.kind for c in record.contacts}.get("罗伯托·佩雷斯") == kind, _names(record)


def test_an_aide_named_before_the_heads_office_is_the_counterpart() -> None:
    """"X, Advisor to the President of Nicaragua": X is the one met, not the unnamed President."""
    record = mfa("On April 14, 2023, Xi Jinping met with Laureano Ortega Murillo, Advisor to the President of Nicaragua "
                 "for Investment, Trade and International Cooperation, in Beijing.",
                 title="Xi Jinping Meets with Nicaraguan Presidential Advisor")
    assert record.counterpart.startswith("Laureano Ortega Murillo, Advis"), record.counterpart
    assert bad_names(record) == []


@pytest.mark.parametrize(("text", "first", "second"), [
    ("5月9日，钱洪山在京会见哥伦比亚历史公约联盟参议员伊万·塞佩达和众议员玛丽亚·何塞·皮萨罗。", "伊万·塞佩达", "玛丽亚·何塞·皮萨罗"),
    ("5月9日，陈洲在京会见巴西劳工党主席霍夫曼及国际关系书记罗马尼奥。", "霍夫曼", "罗马尼奥"),
    ("5月9日，陳洲在京會見巴西勞工黨主席霍夫曼和國際關係書記羅馬尼奧。", "霍夫曼", "羅馬尼奧"),
])
def test_a_second_office_and_name_joined_by_he_shares_the_first_ones_party(text: str, first: str, second: str) -> None:
    """参议员X和众议员Y: the second office and name, joined to a counterpart just named, are read
    too (the first name no longer runs over 和 into the next office)."""
    record = idcpc(text, title="中联部领导会见拉美客人", lang="zh", url=IDCPC_ZH, published="2023-05-10")
    names = [n.split(" (")[0] for n in _names(record)]
    assert first in names and second in names, names
    assert bad_names(record) == []


@pytest.mark.parametrize(("role", "counterpart"), [
    ("Party Secretary of Beijing Foreign Studies University", False),
    ("President of the Shanghai Institutes for International Studies", False),
    ("Vice President of Peking University", False),
    ("Rector of the University of Havana", True),
    ("Cuban Consul General in Shanghai", True),
])
def test_an_officer_of_a_chinese_university_is_the_chinese_side(role: str, counterpart: bool) -> None:
    """A university or institute of a place in China is a Chinese body: its officer is no LAC
    counterpart (a LAC university's rector, a LAC consul posted in China, are)."""
    record = idcpc("The CPC in Dialogue with World Political Parties Forum was held in Beijing on May 9. Speakers "
                   "included Dilma Rousseff, former President of Brazil and a leader of the Workers' Party, and Zhang "
                   f"Wei, {role}.", title="CPC in Dialogue with World Political Parties Forum Held",
                   published="2023-05-10")
    assert ("Zhang Wei" in _names(record)) is counterpart, _names(record)
