"""Foreign-ministry pages: a head's special envoy is the principal, not the head who sent him
(head-of-state level), and a counterpart outside LAC met in a LAC city, or beside LAC names that
are only topics, makes no LAC exchange (country: "the LAC country whose actors take part"; a place
is not an actor). Self-written releases in the ministry's and the agencies' styles; the envoys'
names are invented, the heads' are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

AGENCY = "https://english.example-agency.cn/20241117/a1/c.html"


# ---------------------------------------------------------------- a Chinese head's special envoy

@pytest.mark.parametrize("lang,title,text", [
    ("en", "Special Envoy of President Xi Jinping Lin Guohua Attends the Inauguration of Panamanian "
           "President",
     "On July 1, 2024, local time, Special Envoy of President Xi Jinping and Vice Chairman of the Standing "
     "Committee of the National People's Congress Lin Guohua attended the swearing-in of Panamanian "
     "President Jose Raul Mulino in Panama City and met with him afterwards.\n\n"
     "Lin Guohua passed on President Xi Jinping's warm congratulations to the new president."),
    ("en", "Chinese envoy meets Uruguayan president",
     "MONTEVIDEO, March 1 (Xinhua) -- Lin Guohua, vice chairman of the Standing Committee of China's "
     "National People's Congress and special envoy of Chinese President Xi Jinping, met with Uruguayan "
     "President Yamandu Orsi here on Saturday.\n\nLin handed over Xi's congratulations."),
    ("en", "Vice Premier Attends the Inauguration of Brazilian President",
     "On January 1, 2023, a Vice Premier of the State Council, President Xi Jinping's special "
     "representative, attended the inauguration of Brazilian President Luiz Inacio Lula da Silva in "
     "Brasilia and met with him."),
    ("zh", "习近平主席特使林国华会见萨尔瓦多总统布克尔",
     "当地时间2024年6月2日，习近平主席特使、全国人大常委会副委员长林国华在圣萨尔瓦多会见萨尔瓦多总统布克尔。\n\n"
     "林国华转达了习近平主席的亲切问候。"),
    ("zh", "国家主席习近平特别代表出席巴西总统就职仪式",
     "2023年1月1日，国家主席习近平特别代表、国务院副总理林国华在巴西利亚出席巴西总统卢拉就职仪式，并会见卢拉。"),
])
def test_a_chinese_heads_envoy_is_the_principal_not_the_head(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2024-07-02")
    assert record.relevant
    assert record.head_of_state_level is False
    assert not (record.chinese_side or "").startswith("Xi Jinping")


def test_a_known_envoy_is_the_principal_when_the_headline_names_the_sender_first():
    record = mfa("On October 1, 2024, local time, Special Envoy of President Xi Jinping and Vice President "
                 "Han Zheng attended the inauguration of Mexican President Claudia Sheinbaum in Mexico "
                 "City.\n\n"
                 "Han Zheng conveyed President Xi Jinping's congratulations to President Sheinbaum.",
                 title="Special Envoy of President Xi Jinping Han Zheng Attends Inauguration of Mexican "
                       "President", published="2024-10-02")
    assert record.chinese_side.startswith("Han Zheng") and record.head_of_state_level is False


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Xi Jinping Meets Special Envoy of Brazilian President",
     "On June 12, 2023, Celso Amorim, special envoy of Brazilian President Luiz Inacio Lula da Silva, met "
     "with President Xi Jinping in Beijing."),
    ("en", "Xi Jinping Meets with Special Envoy of the President of Brazil",
     "On June 12, 2023, President Xi Jinping met in Beijing with Special Envoy of the President of Brazil "
     "Celso Amorim."),
    ("zh", "习近平会见巴西总统特别代表",
     "2023年6月12日，国家主席习近平在北京会见巴西总统卢拉特别代表阿莫林。"),
])
def test_a_lac_heads_envoy_is_the_counterpart_and_xi_stays_the_chinese_principal(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2023-06-13")
    assert record.relevant and record.country == "Brazil"
    assert record.chinese_side == "Xi Jinping, President"
    assert record.head_of_state_level is False


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Xi Jinping Holds Talks with Uruguayan President Yamandu Orsi",
     "On March 5, 2025, President Xi Jinping held talks with Uruguayan President Yamandu Orsi in Beijing.\n\n"
     "Orsi asked that his greetings be passed on to President Xi Jinping's family."),
    ("en", "Xi Jinping Sends Congratulatory Message to Uruguayan President Yamandu Orsi",
     "On March 1, 2025, President Xi Jinping sent a congratulatory message to Yamandu Orsi on his "
     "inauguration as President of Uruguay. Xi Jinping's special envoy attended the ceremony."),
    ("zh", "习近平同乌拉圭总统奥尔西会谈", "2025年3月5日，国家主席习近平在北京同乌拉圭总统奥尔西举行会谈。"),
])
def test_a_heads_own_exchange_stays_at_head_of_state_level(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2025-03-06")
    assert record.chinese_side == "Xi Jinping, President" and record.head_of_state_level is True


# ---------------------------------------------------------------- a counterpart outside LAC

@pytest.mark.parametrize("title,text", [
    ("Xi meets U.S. president",
     "LIMA, Peru, Nov. 16 (Xinhua) -- Chinese President Xi Jinping met with U.S. President Joe Biden here "
     "on Saturday.\n\nBoth sides spoke about managing their differences."),
    ("Xi meets French president in Rio",
     "RIO DE JANEIRO, Brazil, Nov. 18 (Xinhua) -- Chinese President Xi Jinping met with French President "
     "Emmanuel Macron here on Monday.\n\nThe two presidents discussed trade."),
    ("", "RIO DE JANEIRO, Brazil, Nov. 18 (Xinhua) -- Chinese President Xi Jinping met with French President "
     "Emmanuel Macron here on Monday.\n\nThe two presidents discussed trade."),
])
def test_a_lac_country_in_the_dateline_is_the_place_not_the_counterpart(title, text):
    record = mfa(text, title=title, url=AGENCY, published="2024-11-19")
    assert not record.relevant and record.country is None


@pytest.mark.parametrize("text,country", [
    ("RIO DE JANEIRO, Brazil, Nov. 19 (Xinhua) -- Chinese President Xi Jinping met with President Luiz "
     "Inacio Lula da Silva here on Tuesday, as U.S. tariffs weigh on world trade.", "Brazil"),
    ("RIO DE JANEIRO, Brazil, Nov. 19 (Xinhua) -- Chinese President Xi Jinping met with Argentine "
     "President Javier Milei here on Tuesday.", "Argentina"),
    ("LIMA, Peru, Nov. 15 (Xinhua) -- Chinese President Xi Jinping held talks with Peruvian President Dina "
     "Boluarte here on Friday.", "Peru"),
])
def test_a_lac_counterpart_named_beside_a_dateline_country_is_kept(text, country):
    record = mfa(text, title="Xi meets president", url=AGENCY, published="2024-11-20")
    assert record.relevant and record.country == country


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Ding Xuexiang Meets with UN Secretary-General Antonio Guterres",
     "On November 6, 2025, Vice Premier Ding Xuexiang met with UN Secretary-General Antonio Guterres in "
     "Belem, Brazil. Ding said China supports Brazil in hosting the climate conference."),
    ("en", "Wang Yi Meets with IMF Managing Director Kristalina Georgieva",
     "On April 10, 2024, Foreign Minister Wang Yi met with IMF Managing Director Kristalina Georgieva in "
     "Beijing. Wang said China supports the Fund's programmes for Peru, Argentina and other economies "
     "of the region."),
    ("en", "", "On April 10, 2024, Foreign Minister Wang Yi met with IMF Managing Director Kristalina "
     "Georgieva in Lima, Peru.\n\nThe two sides discussed the world economy."),
    ("en", "Wang Yi meets WTO chief in Lima",
     "LIMA, Nov. 14 (Xinhua) -- Chinese Foreign Minister Wang Yi met with the Director-General of the "
     "World Trade Organization Ngozi Okonjo-Iweala here on Thursday."),
    ("zh", "王毅会见国际货币基金组织总裁格奥尔基耶娃",
     "2024年4月10日，外交部长王毅在秘鲁利马会见国际货币基金组织总裁格奥尔基耶娃。王毅表示，中方支持基金组织同阿根廷等国的合作。"),
])
def test_an_international_organisations_head_is_no_lac_counterpart(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2024-04-11")
    assert not record.relevant


@pytest.mark.parametrize("title,relevant,country", [
    ("Han Zheng Meets with Canadian Government Representative in Mexico City", False, None),
    ("Han Zheng Meets with Mexican President in Mexico City", True, "Mexico"),
])
def test_a_lac_city_in_the_headline_is_the_place_of_a_meeting_with_someone_else(title, relevant, country):
    record = mfa("On October 1, 2024, Vice President Han Zheng, who is in Mexico City to attend the "
                 "inauguration of Mexican President Claudia Sheinbaum, met with a representative of the "
                 "meeting's guest.", title=title, published="2024-10-02")
    assert record.relevant is relevant and record.country == country


def test_a_lac_minister_met_on_a_world_organisations_business_is_still_the_counterpart():
    record = mfa("On April 10, 2024, Foreign Minister Wang Yi met with Argentine Foreign Minister Diana "
                 "Mondino in Beijing. They discussed Argentina's talks with the IMF Managing Director.",
                 title="Wang Yi Meets with Argentine Foreign Minister Diana Mondino", published="2024-04-11")
    assert record.relevant and record.country == "Argentina"
