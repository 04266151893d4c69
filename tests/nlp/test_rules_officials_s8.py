"""Campaign 8O: LAC officials other than heads (vice presidents, foreign ministers, heads of the
legislature, party leaders) named without their country. The roster ``nlp/lac_officials.json``
says whose actor each is; a surname alone, or one two countries' holders share, names no one.
Self-written releases; the names and offices are facts."""

from __future__ import annotations

from datetime import date

import pytest
from nlp_helpers import idcpc, mfa

from nlp.leaders import official_problems, officials_named


@pytest.mark.parametrize("title, text, published, country, name", [
    ("Xi Jinping Meets with Geraldo Alckmin",
     "Beijing, June 7 -- President Xi Jinping met with Vice President Geraldo Alckmin at the Great Hall of "
     "the People on Wednesday afternoon. Alckmin conveyed greetings.", "2023-06-07", "Brazil", "Alckmin"),
    ("Wang Yi Meets with Jorge Arreaza",
     "State Councilor and Foreign Minister Wang Yi met with Foreign Minister Jorge Arreaza in Beijing.",
     "2019-04-25", "Venezuela", "Arreaza"),
    ("Li Yuanchao Holds Talks with Jorge Glas",
     "On March 18, 2014, Vice President Li Yuanchao held talks with Vice President Jorge Glas.",
     "2014-03-18", "Ecuador", "Glas"),
    ("Wang Yi Holds Talks with Rodolfo Nin Novoa",
     "Foreign Minister Wang Yi held talks with Foreign Minister Rodolfo Nin Novoa in Beijing on Wednesday.",
     "2016-10-19", "Uruguay", "Nin Novoa"),
    ("Wang Yi Meets with Hugh Todd",
     "Foreign Minister Wang Yi met with Foreign Minister Hugh Todd in Beijing.",
     "2023-05-30", "Guyana", "Todd"),
])
def test_mfa_official_named_without_country(title: str, text: str, published: str, country: str,
                                            name: str) -> None:
    record = mfa(text, title=title, published=published)
    assert record.relevant and record.country == country and record.exchange_type == "bilateral"
    assert name in (record.counterpart or "")
    assert record.head_of_state_level is False


def test_mfa_official_by_office_and_surname_in_office() -> None:
    record = mfa("On the afternoon of 2 December 2024 Director Wang Yi had a phone call with Minister of "
                 "Foreign Affairs Vieira.", title="Wang Yi Has a Phone Call with Foreign Minister Vieira",
                 published="2024-12-02")
    assert record.country == "Brazil" and (record.counterpart or "").endswith("Vieira, Foreign Minister")


def test_mfa_official_met_in_another_lac_country() -> None:
    """A G20 meeting in Rio: Brazil is the place, Chile's foreign minister the counterpart."""
    record = mfa("Wang Yi met with Foreign Minister Alberto van Klaveren on the sidelines of the G20 foreign "
                 "ministers' meeting in Rio de Janeiro on February 21.",
                 title="Wang Yi Meets with Alberto van Klaveren", published="2024-02-21")
    assert record.country == "Chile" and "van Klaveren" in (record.counterpart or "")


@pytest.mark.parametrize("title, text, country, name", [
    ("王毅同维埃拉会谈", "2023年7月28日，外交部长王毅在北京同外长维埃拉会谈。", "Brazil", "维埃拉"),
    ("李强会见德尔西·罗德里格斯", "2023年9月12日，国务院总理李强在人民大会堂会见副总统德尔西·罗德里格斯。",
     "Venezuela", "德尔西·罗德里格斯"),
    ("韩正同乔克万卡会谈", "2024年4月2日，国家副主席韩正在北京同副总统乔克万卡会谈。", "Bolivia", "乔克万卡"),
])
def test_mfa_chinese_official_keeps_chinese_name(title: str, text: str, country: str, name: str) -> None:
    record = mfa(text, title=title, published=text[:4] + "-" + text[5:7].rstrip("月").zfill(2) + "-"
                 + text[text.index("月") + 1:text.index("日")].zfill(2), lang="zh")
    assert record.relevant and record.country == country
    assert (record.counterpart or "").startswith(name) and record.head_of_state_level is False


def test_former_minister_keeps_country_not_office() -> None:
    record = mfa("On June 3, 2023, Wang Yi met with former Foreign Minister Ernesto Araújo in Beijing.",
                 title="Wang Yi Meets with Ernesto Araújo", published="2023-06-03")
    assert record.country == "Brazil"
    assert "Araújo" in (record.counterpart or "") and "Foreign Minister Ernesto" not in record.counterpart


@pytest.mark.parametrize("title, text, published", [
    # a bare surname names no one
    ("Li Qiang Meets with Rodríguez", "Premier Li Qiang met with Rodríguez in Beijing on 12 September.",
     "2023-09-12"),
    # 2016: Cuba's and Venezuela's foreign ministers were both Rodríguez
    ("Wang Yi Meets with Foreign Minister Rodríguez",
     "Foreign Minister Wang Yi met with Foreign Minister Rodríguez in Beijing on Friday.", "2016-03-11"),
    # no LAC foreign minister of that name then
    ("Wang Yi Meets with Foreign Minister López",
     "Foreign Minister Wang Yi met with Foreign Minister López in Beijing on Friday.", "2019-03-08"),
])
def test_surname_alone_decides_no_country(title: str, text: str, published: str) -> None:
    record = mfa(text, title=title, published=published)
    assert record.country is None and not record.relevant


def test_surname_after_office_only_for_the_holder_that_day() -> None:
    """Vieira was foreign minister 2015-16 and from 2023, not in 2019."""
    assert officials_named((("title", "Wang Yi Meets with Foreign Minister Vieira"),), date(2019, 6, 1)) == []
    found = officials_named((("title", "Wang Yi Meets with Foreign Minister Vieira"),), date(2023, 6, 1))
    assert [f[0].country for f in found] == ["BRA"]


def test_short_name_inside_another_officials_full_name() -> None:
    """"Foreign Minister Delcy Rodríguez" is Venezuela's, not Cuba's Foreign Minister Rodríguez."""
    record = mfa("Foreign Minister Wang Yi met with Foreign Minister Delcy Rodríguez in Beijing.",
                 title="Wang Yi Meets with Delcy Rodríguez", published="2016-05-05")
    assert record.country == "Venezuela"


@pytest.mark.parametrize("title, text, published, country, name, kind, party", [
    ("Song Tao Meets with Gleisi Hoffmann",
     "Song Tao met with Gleisi Hoffmann in Beijing on Tuesday. Gleisi Hoffmann said the party values its "
     "exchanges with the CPC.", "2018-09-11", "Brazil", "Hoffmann", "party", "Workers' Party (Brazil)"),
    ("Guo Yezhou Meets with Roberto Morales Ojeda",
     "Guo Yezhou, Vice Minister of the IDCPC, met with Roberto Morales Ojeda, Secretary of Organization of "
     "the Central Committee, in Havana on October 20.", "2022-10-20", "Cuba", "Morales Ojeda", "party",
     "Communist Party of Cuba"),
    ("Liu Jianchao Meets with Bruno Rodríguez",
     "Liu Jianchao met with Foreign Minister Bruno Rodríguez Parrilla in Havana on Tuesday.", "2023-04-18",
     "Cuba", "Rodríguez", "government", None),
    ("Guo Yezhou Meets with Aristóbulo Istúriz",
     "Guo Yezhou met with Aristóbulo Istúriz, Vice President, in Caracas on March 3.", "2016-03-03",
     "Venezuela", "Istúriz", "government", None),
])
def test_idcpc_official_named_without_country(title: str, text: str, published: str, country: str, name: str,
                                              kind: str, party: str | None) -> None:
    record = idcpc(text, title=title, published=published)
    assert record.relevant and record.country == country
    assert any(name in c.name and c.kind == kind and c.party == party for c in record.contacts)


def test_idcpc_chinese_official_in_his_capital() -> None:
    record = idcpc("5月15日，中联部部长刘建超在巴西利亚会见副总统阿尔克明。", title="刘建超会见阿尔克明",
                   published="2023-05-15", lang="zh",
                   url="https://www.idcpc.org.cn/bzhd/wshd/202305/t20230515_1.html")
    assert record.relevant and record.country == "Brazil"
    assert any("阿尔克明" in c.name and c.kind == "government" for c in record.contacts)


def test_idcpc_bare_surname_is_not_relevant() -> None:
    record = idcpc("6月10日，中联部部长刘建超在京会见罗德里格斯。", title="刘建超会见罗德里格斯",
                   published="2023-06-10", lang="zh",
                   url="https://www.idcpc.org.cn/bzhd/wshd/202306/t20230610_1.html")
    assert not record.relevant


def test_outside_lac_official_stays_outside() -> None:
    record = mfa("Wang Yi met with Foreign Minister José Manuel Albares of Spain in Madrid on Tuesday.",
                 title="Wang Yi Meets with José Manuel Albares", published="2023-11-28")
    assert not record.relevant


def test_roster_has_no_problems() -> None:
    assert official_problems() == []


@pytest.mark.parametrize("text", [
    "Vice Foreign Minister Qin Gang met with Vice President López in Beijing.",
    "Vice Foreign Minister Qin Gang met with Vice-President López in Beijing.",
])
def test_vice_president_surname_is_not_the_head(text: str) -> None:
    """A head's surname after a deputy's office (López, 2019: President López Obrador) is not the head."""
    record = mfa(text, title="Qin Gang Meets with a Vice President", published="2019-06-10")
    assert record.country is None and not record.relevant


def test_head_by_surname_after_his_office_still_found() -> None:
    record = mfa("Vice Foreign Minister Qin Gang met with President López Obrador in Mexico City.",
                 title="Qin Gang Meets with President López Obrador", published="2019-06-10")
    assert record.country == "Mexico"
