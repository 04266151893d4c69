"""Self-written releases for the site and parser tests (a handful, one or more per template),
so these tests do not depend on the bundled demo content of sample_site/releases.py."""

from __future__ import annotations

from sample_site.releases import SampleRelease

# Instances of the site's own release class (same fields and url rules); the content is ours.
FixtureRelease = SampleRelease


EN_PARAS = [
    "Beijing, August 17th--A delegation of the Communist Party of China visited Brazil from August 12 to 16 "
    "and held talks with leaders of several Brazilian parties on party-building experience.",
    "Both sides agreed to deepen exchanges between the two parties and to support cooperation in trade, "
    "agriculture and infrastructure for the benefit of the two peoples.",
]
ZH_PARAS = [
    "9月18日，中共中央对外联络部副部长在北京会见哥伦比亚客人，双方就加强政党交流交换了意见。",
    "双方表示，愿以两国建交周年为契机，深化治国理政经验交流，推动双边关系不断向前发展。",
]


def fixture_releases() -> list[FixtureRelease]:
    r = FixtureRelease
    out = [
        r(
            101150,
            "idcpc",
            "idcpc_en_news",
            "en",
            "CPC Delegation Visits Brazil",
            "2019-08-21",
            "10:00",
            EN_PARAS,
        ),
        r(
            167425,
            "idcpc",
            "idcpc_en2023_lldt",
            "en",
            "Vice-minister Meets Latin American Party Leaders",
            "2025-07-29",
            "09:30",
            [
                "Beijing, July 24th—One of the IDCPC's vice-ministers met here today with a study group "
                "of Latin American party cadres.",
                "The guests said they were glad to learn about the governance experience of the CPC.",
            ],
        ),
        r(
            165279,
            "idcpc",
            "idcpc_zh_lldt",
            "zh",
            "对外联络部副部长会见哥伦比亚客人",
            "2024-09-19",
            "16:20",
            ZH_PARAS,
        ),
        r(
            1714388,
            "mfa",
            "mfa_zh_leaders_2015",
            "zh",
            "国家主席会见智利总统",
            "2019-11-08",
            "18:00",
            [
                "11月8日，国家主席在人民大会堂会见来华进行国事访问的智利总统。",
                "两国元首一致同意，推动中智全面战略伙伴关系迈上新台阶。",
            ],
        ),
        r(
            1714390,
            "mfa",
            "mfa_zh_leaders_2015",
            "zh",
            "国务院总理会见秘鲁外长",
            "2019-11-10",
            "17:00",
            ["11月10日，国务院总理在北京会见秘鲁外长，双方就经贸合作交换意见。"],
        ),
        r(
            9500001,
            "mfa",
            "mfa_zh_topnews",
            "zh",
            "外交部长同巴西外长通电话",
            "2021-06-10",
            "21:15",
            ["6月10日，外交部长应约同巴西外长通电话。", "双方表示愿共同推动中巴关系持续发展。"],
        ),
        r(
            11276142,
            "mfa",
            "mfa_zh_topnews",
            "zh",
            "外交部长会见墨西哥外长",
            "2024-04-03",
            "21:30",
            ["4月3日，外交部长在北京会见墨西哥外长。", "双方同意加强在多边机制中的协调与合作。"],
        ),
        r(
            11276150,
            "mfa",
            "mfa_zh_topnews",
            "zh",
            "中国同古巴签署合作文件",
            "2024-04-05",
            "11:05",
            ["4月5日，中古双方在哈瓦那签署经济技术合作文件，涉及农业、能源和卫生领域。"],
        ),
        r(
            11276160,
            "mfa",
            "mfa_zh_topnews",
            "zh",
            "外交部副部长会见乌拉圭客人",
            "2024-04-07",
            "15:40",
            ["4月7日，外交部副部长在北京会见乌拉圭执政党代表团，双方就双边关系交换意见。"],
        ),
        r(
            1617472,
            "mfa",
            "mfa_en_topnews_2015",
            "en",
            "Foreign Ministry Spokesperson's Regular Press Conference on May 3, 2018",
            "2018-05-03",
            "15:00",
            [
                "Q: Could you tell us more about the upcoming visit of the President of Panama to China?",
                "A: The two sides will sign a number of cooperation documents during the visit, covering "
                "trade, tourism and connectivity. We look forward to new progress in the relationship.",
            ],
        ),
        r(
            1617480,
            "mfa",
            "mfa_en_topnews_2015",
            "en",
            "Wang Yi Meets with Foreign Minister of Ecuador",
            "2018-05-06",
            "19:00",
            [
                "On May 6, Foreign Minister Wang Yi met with the Foreign Minister of Ecuador in Beijing, and "
                "the two sides exchanged views on bilateral cooperation and regional affairs."
            ],
        ),
        r(
            10709083,
            "mfa",
            "mfa_en_topnews",
            "en",
            "Xi Jinping Holds Talks with the President of Argentina",
            "2022-06-25",
            "22:10",
            [
                "On the afternoon of June 25, President Xi Jinping held talks in Beijing with the visiting "
                "President of Argentina.",
                "The two heads of state agreed to strengthen cooperation on trade, investment and green "
                "energy.",
            ],
        ),
        r(
            11679233,
            "mfa",
            "mfa_en_news",
            "en",
            "Wang Yi Meets with Colombian Foreign Minister",
            "2025-07-29",
            "20:45",
            [
                "On July 29, Wang Yi met in Beijing with the Foreign Minister of Colombia.",
                "Wang Yi said China is ready to work with Colombia to enrich the comprehensive strategic "
                "partnership between the two countries.",
            ],
        ),
        r(
            11300001,
            "mfa",
            "mfa_zh_lac_countries",
            "zh",
            "驻阿根廷大使会见阿根廷众议长",
            "2024-05-10",
            "09:00",
            ["5月10日，驻阿根廷大使会见阿根廷众议长，双方就议会交流与务实合作交换意见。"],
            country_page="1206_680926",
        ),
    ]
    return out


def by_section(releases, section: str) -> list:
    return [r for r in releases if r.section == section]
