"""Long, real-length pages (campaign 8W2): a copy's bracketed source credit below the report, a
study-tour group met by the CPC side, and a bare Chinese party name after 来自 / 包括. Self-written
releases in the sites' style; the names are facts."""

from __future__ import annotations

from nlp_helpers import idcpc, parties

CHILE_VISIT = ("{lead}应智利社会党邀请，中联部副部长沈蓓莉率中共代表团访问智利，分别会见智利社会党主席"
               "沃达诺维奇和智利共产党领导人。\n\n"
               "沈蓓莉表示，智利是第一个同新中国建交的南美国家。中共愿同智利各政党深化交流。\n\n"
               "智方领导人高度评价中国发展成就，表示愿深化锂、铜和清洁能源等领域合作。\n"
               "【新华社圣地亚哥9月12日电】\n责任编辑：周洁")


def test_bracketed_credit_below_report_is_no_lead_dateline() -> None:
    """The visit's stated first day, not the credit's filing day; the lead's parties are read."""
    rec = idcpc(CHILE_VISIT.format(lead="当地时间9月8日至12日，"), title="中共代表团访问智利",
                published="2023-09-14", lang="zh")
    assert rec.event_date == "2023-09-08"
    assert {"Socialist Party of Chile", "Communist Party of Chile"} <= parties(rec)
    assert "leftist" in rec.mechanism


def test_bracketed_credit_day_when_the_report_names_none() -> None:
    """No day in the report: the credit's day is the dispatch's (rule 2), not the printed date."""
    rec = idcpc(CHILE_VISIT.format(lead=""), title="中共代表团访问智利", published="2023-09-14", lang="zh")
    assert rec.event_date == "2023-09-12"
    assert "Socialist Party of Chile" in parties(rec)


def test_bracketed_credit_with_a_day_in_the_lead() -> None:
    rec = idcpc(CHILE_VISIT.format(lead="9月10日，"), title="中共代表团访问智利", published="2023-09-14",
                lang="zh")
    assert rec.event_date == "2023-09-10"


def test_bracketed_dateline_above_the_report_still_opens_it() -> None:
    """Not over-firing: a bracketed dateline on the first line, above the report, is its dateline."""
    text = ("【新华社北京9月4日电】\n中联部副部长孙海燕当天在京会见萨尔瓦多法拉本多·马蒂民族解放阵线总书记"
            "奥尔蒂斯率领的代表团。\n\n孙海燕表示，2018年8月中萨建交，开启了两国关系新篇章。")
    rec = idcpc(text, title="孙海燕会见萨尔瓦多法马阵线代表团", published="2019-09-05", lang="zh")
    assert rec.event_date == "2019-09-04"


def test_agency_dateline_opening_the_lead_unchanged() -> None:
    text = ("新华社北京9月4日电　中联部副部长孙海燕3日在京会见萨尔瓦多法拉本多·马蒂民族解放阵线总书记"
            "奥尔蒂斯率领的代表团。\n\n孙海燕表示，中共愿同法马阵线一道巩固两国关系政治基础。\n【责任编辑：吴昊】")
    rec = idcpc(text, title="孙海燕会见萨尔瓦多法马阵线代表团", published="2019-09-04", lang="zh")
    assert rec.event_date == "2019-09-03"


STUDY_LEAD = ("Beijing, August 3rd--Liu Jianchao, head of the IDCPC, met with {who} in Beijing today. "
              "{more}\n\nLiu said that the CPC and the PT enjoy a long-standing friendship and is ready "
              "to strengthen exchanges of experience in state governance.\n\n"
              "Brazilian Ambassador Marcos Galvao was present.")


def test_study_tour_group_met_is_knowledge_exchange() -> None:
    for who, more in (
            ("a delegation of the Workers' Party of Brazil (PT)",
             "The delegation is in China for a study tour on governance and rural revitalization."),
            ("a PT delegation on a study trip to China", ""),
            ("a delegation of senior cadres of the Workers' Party of Brazil (PT)", ""),
            ("a delegation of young cadres of the Workers' Party of Brazil (PT)", "")):
        rec = idcpc(STUDY_LEAD.format(who=who, more=more), title="Liu Jianchao Meets with PT Delegation",
                    published="2023-08-03")
        assert rec.event_type == "meeting", who
        assert rec.content == "knowledge exchange", who


def test_plain_party_delegation_stays_daily_interaction() -> None:
    who = "a delegation of the Workers' Party of Brazil (PT) led by its President Gleisi Hoffmann"
    rec = idcpc(STUDY_LEAD.format(who=who, more="The two sides exchanged views on bilateral ties."),
                title="Liu Jianchao Meets with PT Delegation", published="2023-08-03")
    assert rec.content == "daily interaction"


ARG_YOUTH = ("5月16日，中联部部长刘建超在京会见阿根廷政党青年领导人代表团。"
             "代表团成员{members}。\n\n"
             "刘建超表示，阿根廷是拉美重要国家。中共愿同阿各党派加强交流，包括青年交流。\n\n"
             "同日，刘建超还会见了越南共产党中央对外部部长黎怀忠。")


def test_bare_party_name_after_from_or_including() -> None:
    for members in ("来自正义党、激进公民联盟和共和国方案党",
                    "包括正义党、激进公民联盟和共和国方案党的青年干部",
                    "分别来自正义党和激进公民联盟"):
        rec = idcpc(ARG_YOUTH.format(members=members), title="刘建超会见阿根廷政党青年领导人代表团",
                    published="2023-05-16", lang="zh")
        assert "Justicialist Party" in parties(rec), members
        assert "Radical Civic Union" in parties(rec), members


def test_bare_party_name_after_from_needs_a_party_of_the_page_country() -> None:
    """Not over-firing: 正义党 on a Chilean page is no Argentine party."""
    text = ("5月16日，中联部部长刘建超在京会见智利政党青年领导人代表团。"
            "代表团成员来自正义党和争取民主党。\n\n"
            "刘建超表示，中共愿同智利各党派加强交流。")
    rec = idcpc(text, title="刘建超会见智利政党青年领导人代表团", published="2023-05-16", lang="zh")
    assert "Justicialist Party" not in parties(rec)


COLOMBIA = ("Beijing, June 8th--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the Liberal "
            "Party of Colombia led by its Director Cesar Gaviria in Beijing today.\n\n"
            "Guo said that China and Colombia established diplomatic ties in 1980.\n\n"
            "Gaviria said that the Liberal Party supports the one-China policy.\n\n{more}")


def test_another_country_party_met_the_same_day_is_no_counterpart() -> None:
    for more in ("On the same day, Guo also met with Alberto Anaya, National Commissioner of the Labor Party "
                 "of Mexico, and exchanged views on party building.",
                 "Later that day, Guo met separately with a delegation of the Communist Party of Cuba."):
        rec = idcpc(COLOMBIA.format(more=more), title="Guo Yezhou Meets with Delegation of Liberal Party "
                    "of Colombia", published="2019-06-08")
        assert rec.country == "Colombia", more
        assert parties(rec) == {"Colombian Liberal Party"}, more
        assert rec.mechanism == ["bilateral"], more


def test_another_country_party_met_the_same_day_is_no_counterpart_zh() -> None:
    text = ("中联部副部长郭业洲6月8日在京会见哥伦比亚自由党领导人加维里亚率领的代表团。\n\n"
            "郭业洲表示，中哥1980年建交以来，两国关系稳步发展。\n\n加维里亚表示，自由党支持一个中国政策。\n\n"
            "同日，郭业洲还会见了墨西哥劳动党全国委员阿纳亚。")
    rec = idcpc(text, title="郭业洲会见哥伦比亚自由党代表团", published="2019-06-10", lang="zh")
    assert parties(rec) == {"Colombian Liberal Party"}
    assert rec.mechanism == ["bilateral"]


def test_several_countries_parties_kept_on_a_multilateral_record() -> None:
    """Not over-firing: a regional event keeps every country's parties."""
    text = ("Beijing, November 30th--The Seminar for Latin American and Caribbean political parties was held "
            "online today, attended by leaders of the Communist Party of Cuba, the Labor Party of Mexico and "
            "the Liberal Party of Colombia.\n\nGuo Yezhou, Vice Minister of the IDCPC, delivered a speech.")
    rec = idcpc(text, title="Seminar Held for LAC Political Parties", published="2021-11-30")
    assert rec.country == "multilateral"
    assert {"Communist Party of Cuba", "Labor Party (Mexico)", "Colombian Liberal Party"} <= parties(rec)


def test_chinese_envoys_designate_to_the_region_are_no_lac_counterpart() -> None:
    for who in ("Chinese diplomats-designate to Latin American and Caribbean countries",
                "Chinese ambassadors-designate to Cuba, Venezuela and Nicaragua",
                "Chen Xi, Chinese Ambassador-designate to Nicaragua,"):
        text = (f"Beijing, March 14th--Liu Jianchao, head of the IDCPC, met with {who} in Beijing "
                "today.\n\n"
                "Liu said that the IDCPC will support their work in carrying out party-to-party "
                "exchanges.\n\n"
                "On the same day, Liu met with a delegation of the Communist Party of Vietnam.")
        rec = idcpc(text, title="Liu Jianchao Meets with Chinese Diplomats-designate", published="2023-03-14")
        assert rec.relevant is False, who


def test_lac_envoys_to_china_stay_counterparts() -> None:
    """Not over-firing: LAC countries' own ambassadors in Beijing are LAC actors."""
    text = ("Beijing, March 9th--Liu Jianchao, head of the IDCPC, met with ambassadors of Latin American and "
            "Caribbean countries to China in Beijing today, and briefed them on the Two Sessions.\n\n"
            "The ambassadors of Cuba, Venezuela and Brazil spoke at the meeting.")
    rec = idcpc(text, title="Liu Jianchao Meets with LAC Envoys", published="2024-03-09")
    assert rec.relevant is True
    assert rec.country == "multilateral"
