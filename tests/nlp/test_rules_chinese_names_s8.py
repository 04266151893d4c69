"""Chinese pages naming LAC people by short renderings several people share (campaign s8X).

Self-written releases. The rules: a head's rendering under an office of a country outside LAC
names that country's person (西班牙首相桑切斯 is not El Salvador's Sánchez Cerén); the chair of a
LAC legislature is a legislature contact and the foreign ministry's counterpart, also where
Chinese calls the body a people's congress (古巴全国人大); a head's envoy named after the head is
the counterpart, not the head."""
from __future__ import annotations

from nlp_helpers import idcpc, mfa

ZH_IDCPC = "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{ymd}_170001.html"
ZH_MFA = "https://www.fmprc.gov.cn/web/wjbzhd/{ym}/t{ymd}_11000001.shtml"


def zh_idcpc(text: str, title: str, published: str):
    ym, ymd = published[:7].replace("-", ""), published.replace("-", "")
    return idcpc(text, title=title, published=published, lang="zh", url=ZH_IDCPC.format(ym=ym, ymd=ymd))


def zh_mfa(text: str, title: str, published: str):
    ym, ymd = published[:7].replace("-", ""), published.replace("-", "")
    return mfa(text, title=title, published=published, lang="zh", url=ZH_MFA.format(ym=ym, ymd=ymd))


# --- a LAC head's rendering under an office of a country outside LAC --------------------------

def test_spanish_prime_minister_sanchez_while_sanchez_ceren_in_office_is_not_el_salvador() -> None:
    record = zh_mfa("国务院总理李克强28日在人民大会堂会见西班牙首相桑切斯。\n双方就中西关系交换了意见。",
                    "李克强会见桑切斯", "2019-04-28")
    assert record.relevant is False


def test_spanish_party_leader_and_premier_sanchez_envoy_on_party_page_is_not_relevant() -> None:
    record = zh_idcpc("4月28日，中联部部长宋涛会见西班牙工人社会党总书记、首相桑切斯的特别代表。\n"
                      "双方就两党交往交换意见。", "宋涛会见桑切斯特别代表", "2019-04-28")
    assert record.relevant is False


def test_spanish_premier_then_party_office_chain_names_spain() -> None:
    record = zh_idcpc("4月1日，中联部部长刘建超会见西班牙首相、工人社会党总书记桑切斯特使。",
                      "刘建超会见桑切斯特使", "2023-04-01")
    assert record.relevant is False


def test_sanchez_ceren_under_el_salvador_office_still_el_salvador() -> None:
    record = zh_mfa("国家主席习近平28日在人民大会堂同萨尔瓦多总统桑切斯举行会谈。", "习近平同桑切斯举行会谈",
                    "2019-04-28")
    assert record.country == "El Salvador"
    assert record.head_of_state_level is True


def test_lac_head_listed_after_an_outside_party_keeps_his_country() -> None:
    record = zh_idcpc("4月28日，中联部部长宋涛会见西班牙共产党和萨尔瓦多总统桑切斯·塞伦的特别代表。",
                      "宋涛会见桑切斯特别代表", "2019-04-28")
    assert record.country == "El Salvador"


# --- the chair of a LAC legislature ----------------------------------------------------------

def test_cuban_national_assembly_chair_called_people_congress_is_legislature_contact() -> None:
    for text in ("5月10日，中联部部长刘建超会见古巴全国人大主席拉索。",
                 "5月10日，中联部部长刘建超会见古巴全国人大议长拉索。",
                 "5月10日，中聯部部長劉建超會見古巴全國人大主席拉索。"):
        record = zh_idcpc(text, "刘建超会见古巴客人", "2023-05-10")
        assert record.country == "Cuba", text
        assert any("拉索" in c.name and c.kind == "legislature" for c in record.contacts), text


def test_assembly_chair_named_with_the_body_is_legislature_not_government() -> None:
    record = zh_idcpc("4月20日，中联部部长刘建超在京会见委内瑞拉全国代表大会主席豪尔赫·罗德里格斯。",
                      "刘建超会见委内瑞拉客人", "2023-04-20")
    assert any("罗德里格斯" in c.name and c.kind == "legislature" for c in record.contacts)


def test_foreign_minister_keeps_government_kind() -> None:
    record = zh_idcpc("3月5日，中联部部长刘建超会见古巴外长罗德里格斯。", "刘建超会见古巴客人", "2024-03-05")
    assert any("罗德里格斯" in c.name and c.kind == "government" for c in record.contacts)


def test_chinese_npc_before_an_office_is_still_the_chinese_side() -> None:
    record = zh_idcpc("5月10日，全国人大副委员长、中联部部长刘建超会见古巴共产党代表团。",
                      "刘建超会见古共代表团", "2023-05-10")
    assert not any("刘建超" in c.name for c in record.contacts)


def test_legislature_chair_is_the_mfa_counterpart_not_head_level() -> None:
    cases = (("国务委员兼外长王毅12日在北京会见古巴全国人大主席拉索。", "王毅会见拉索", "拉索"),
             ("全国人大常委会委员长赵乐际13日同古巴全国人大主席拉索举行会谈。", "赵乐际同拉索会谈", "拉索"),
             ("國家副主席韓正14日在北京會見洪都拉斯國民議會議長雷東多。", "韓正會見雷東多", "雷东多"),
             ("国务院总理李强15日会见委内瑞拉全国代表大会主席罗德里格斯。", "李强会见罗德里格斯",
              "罗德里格斯"))
    for text, title, name in cases:
        record = zh_mfa(text, title, "2023-05-12")
        assert record.counterpart and record.counterpart.startswith(name), text
        assert "President of the" in record.counterpart, text
        assert record.head_of_state_level is False, text


def test_head_of_state_counterpart_unchanged_by_legislature_offices() -> None:
    record = zh_mfa("国家主席习近平15日在人民大会堂同古巴国家主席迪亚斯-卡内尔举行会谈。"
                    "古巴全国人大主席拉索在座。", "习近平同迪亚斯-卡内尔举行会谈", "2023-05-15")
    assert record.counterpart and "Díaz-Canel" in record.counterpart
    assert record.head_of_state_level is True


# --- a head's envoy ----------------------------------------------------------------------------

def test_envoy_named_after_the_head_is_the_counterpart() -> None:
    cases = (("国务委员兼外长王毅9日会见阿根廷总统费尔南德斯特使、外长索拉。", "索拉, Foreign Minister"),
             ("国家副主席韩正9日会见巴西总统卢拉特别代表阿莫林。", "阿莫林 (Celso Amorim), Special Envoy"),
             ("国家副主席韩正9日会见哥斯达黎加总统查韦斯的特使、外长安德烈。", "安德烈, Foreign Minister"))
    for text, expected in cases:
        record = zh_mfa(text, "会见总统特使", "2023-03-09")
        assert record.counterpart == expected, text
        assert record.head_of_state_level is False, text


def test_envoy_words_without_a_name_keep_the_head_not_at_head_level() -> None:
    record = zh_mfa("国家副主席韩正9日会见巴西总统卢拉的特使。", "韩正会见巴西总统特使", "2023-03-09")
    assert record.counterpart and "Lula" in record.counterpart
    assert record.head_of_state_level is False


def test_spouse_without_office_keeps_the_head_name() -> None:
    record = zh_mfa("国家主席习近平9日会见尼加拉瓜总统奥尔特加夫人穆里略。", "习近平会见尼加拉瓜客人",
                    "2023-03-09")
    assert record.head_of_state_level is False


# --- offices in a chain before the name ----------------------------------------------------------

def test_former_head_with_a_party_office_chained_is_a_former_head() -> None:
    for text in ("国务委员兼外长王毅20日在北京会见多米尼加前总统、人民力量党主席费尔南德斯。",
                 "国家主席习近平20日在北京会见多米尼加人民力量党主席、前总统费尔南德斯。"):
        record = zh_mfa(text, "会见多米尼加客人", "2019-11-20")
        assert record.counterpart == "Leonel Fernández, former President", text
        assert record.head_of_state_level is False, text


def test_first_office_of_a_chain_gives_the_rank() -> None:
    record = zh_mfa("国家主席习近平20日会见委内瑞拉副总统、统一社会主义党副主席罗德里格斯。",
                    "习近平会见罗德里格斯", "2019-11-20")
    assert record.counterpart == "罗德里格斯, Vice President"
    assert record.head_of_state_level is False


def test_a_list_of_officials_is_no_chain() -> None:
    record = zh_mfa("外交部长王毅20日会见古巴外长罗德里格斯、副外长费尔南德斯。", "王毅会见古巴外长",
                    "2019-11-20")
    # (the roster's foreign minister that day: his English name beside the printed one, campaign 9J)
    assert record.counterpart and record.counterpart.startswith(
        "罗德里格斯 (Bruno Rodríguez Parrilla), Foreign Minister")
