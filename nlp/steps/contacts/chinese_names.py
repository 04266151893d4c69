"""How Chinese writes a person with an office (古巴国家主席迪亚斯-卡内尔, 劳尔·卡斯特罗), the words
that end a name, and the marks of the Chinese side before an office (中国, 省委书记, a Chinese
province's or city's own office): the patterns the Chinese readers of people share.
"""

from __future__ import annotations

import re

from nlp import cues

# Chinese: 古巴国家主席迪亚斯-卡内尔, 劳尔·卡斯特罗, 厄瓜多尔总统科雷亚
ROLE_ZH = (r"国家主席|國家主席|总统|總統|总理|總理|第一书记|第一書記|总书记|總書記|外长|外長|外交部长|"
           r"外交部長|议长|議長|"
           r"大使|副总统|副總統|主席|部长|部長|书记|書記|委员|委員|协调员|協調員|协调人|協調人|"
           # the other offices Chinese puts before a foreign name: a party's leader and secretary
           # general, a member of congress, the heads of a research centre, a paper, a station, a
           # company or an association, a governor or mayor, a commander
           r"秘书长|秘書長|领袖|領袖|议员|議員|主任|社长|社長|台长|台長|主编|主編|院长|院長|所长|所長|"
           r"会长|會長|理事长|理事長|董事长|董事長|总裁|總裁|总经理|總經理|州长|州長|省长|省長|市长|市長|"
           r"校长|校長|行长|行長|"
           r"司令员|司令員|司令")
# A role word that opens a longer word is no office before a name: 主席国 (the chair country),
# 总统府 and 总统官邸 (the president's palace and residence), 大使馆, 书记处, 部长级会议, 外长会议, 主席团
# (a given name the middle dot ends may run longer than six characters: 马克西米利亚诺·费拉罗)
FORMER_ZH = re.compile(r"(?:前|原)任?$")
FORMER_OFFICE_ZH = re.compile(rf"(?:前|原)任?(?:{ROLE_ZH})$")
PERSON_ZH = re.compile(
    rf"(?P<role>{ROLE_ZH})(?![国國馆館处處级級会會团團府]|官邸)"
    rf"(?P<name>(?:[\u4e00-\u9fff]{{1,8}}(?=[·・\-－])|[\u4e00-\u9fff]{{1,6}})(?:[·・\-－][\u4e00-\u9fff]{{1,6}}){{0,3}})"
)
# The words that end a Chinese name (cue "name_end_zh"): the one list both paths cut names with
ZH_STOP = re.compile(cues.source("name_end_zh"))
# A transliterated foreign name (劳尔·卡斯特罗, 迪亚斯-卡内尔) right after a message or meeting verb
# is a counterpart even without an office before it: 致电祝贺劳尔·卡斯特罗再次当选…
FOREIGN_NAME_ZH = re.compile(
    r"(?:致电|致電|致函|致信|复信|復信|祝贺|祝賀|会见|會見|会晤|會晤|同|与|與)"
    r"(?P<name>[\u4e00-\u9fff]{1,8}[·・\-－][\u4e00-\u9fff]{1,8}(?:[·・\-－][\u4e00-\u9fff]{1,8}){0,2})")
DOT_ZH = re.compile(r"[·・\-－]")  # what joins the parts of a transliterated name
ZH_VERBS = re.compile(r"(?:致电|致電|致函|致信|复信|復信|祝贺|祝賀|会见|會見|会晤|會晤|同|与|與)+")
# (and the office Chinese puts after a guest's name: 会见珀塞德-比塞萨尔总理, 同维埃拉外长会谈)
ZH_NAME_END = re.compile(ZH_STOP.pattern + r"|再次|当选|當選|就任|连任|連任|继续|繼續|担任|擔任")
CN_NAMES_ZH = ("习近平", "習近平", "李强", "李強", "李克强", "李克強", "王毅", "胡锦涛", "胡錦濤",
               "温家宝", "溫家寶")
CHINESE_BEFORE_ZH = re.compile(r"中国|中國|中方|我国|我國|国务院|國務院|全国人大|全國人大|中共|联络部|聯絡部|"
                               r"中联部|中聯部")
# A committee of the CPC in China's provinces and cities right before an office (省委书记, 湖南省委副书记,
# 市委常委): the office is the Chinese side's, also when the LAC party that invited or was met is named
# just before (应古巴共产党邀请，省委书记X率团). The committee stands at a clause's opening or after a
# Chinese province's or city's name: a LAC party's own provincial committee (古共关塔那摩省委第一书记)
# follows a foreign place.
CN_PLACES_ZH = (r"北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|"
                r"福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|"
                r"内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|广州|廣州|深圳|杭州|南京|厦门|廈門|福州|成都|武汉|"
                r"武漢|长沙|長沙|昆明|南宁|南寧|西安|济南|濟南|青岛|青島|大连|大連|宁波|寧波|苏州|蘇州")
# A Chinese province's or city's own office right before a name (福建省省长X, 厦门市副市长X): the host
# side, whatever LAC party was named before
CN_PLACE_OFFICE_ZH = re.compile(rf"(?:{CN_PLACES_ZH})(?:省|市)?\Z")
# a country or party named in an earlier sentence is not the one an office belongs to (…代表团。新华社社长X)
SENTENCE_END_ZH = re.compile(r"[。！？；]")
LOCAL_COMMITTEE_ZH = re.compile(
    rf"(?:\A|[，,。；;：:、\s（(]|{CN_PLACES_ZH})(?:省|市|区|區|县|縣|州|自治区|自治區)?(?:委|党委|黨委)"
    r"(?:常委|副)?\Z")
