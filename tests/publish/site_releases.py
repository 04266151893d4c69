"""Self-written releases for the end-to-end publish tests (invented wording; real names).

Instances of sample_site.releases.SampleRelease (own wording), so SampleSite serves them.
One exchange is reported twice (IDCPC English and Chinese), to see it merged end to end.
"""

from __future__ import annotations

from sample_site.releases import SampleRelease as Release

SECTIONS = ["idcpc_en2023_lldt", "idcpc_zh_lldt", "mfa_en_topnews"]


def releases() -> list[Release]:
    r = Release
    return [
        r(
            150101,
            "idcpc",
            "idcpc_en2023_lldt",
            "en",
            "Liu Haixing Meets Delegation of the Communist Party of Cuba",
            "2024-04-03",
            "10:00",
            [
                "Beijing, April 3rd--IDCPC head Liu Haixing met here today with a group from the "
                "Communist Party of Cuba, led by Roberto Morales Ojeda, its organization secretary.",
                "The two sides exchanged views on party building and on deepening the friendship between "
                "the two parties and the two countries. Enditem",
            ],
        ),
        r(
            150102,
            "idcpc",
            "idcpc_zh_lldt",
            "zh",
            "刘海星会见古巴共产党代表团",
            "2024-04-03",
            "18:00",
            [
                "4月3日，中联部部长刘海星在北京会见古巴共产党中央政治局委员莫拉莱斯率领的古巴共产党代表团。",
                "双方就党的建设和深化两党两国友谊交换了意见。",
            ],
        ),
        r(
            150230,
            "idcpc",
            "idcpc_en2023_lldt",
            "en",
            "CPC Delegation Holds Seminar with Brazil's Workers' Party",
            "2024-06-12",
            "09:00",
            [
                "Brasilia, June 12th--A delegation of the Communist Party of China held a theoretical "
                "seminar with the Workers' Party of Brazil on governance and poverty reduction.",
                "More than sixty party cadres and scholars took part in the two-day seminar. Enditem",
            ],
        ),
        r(
            11300001,
            "mfa",
            "mfa_en_topnews",
            "en",
            "Xi Jinping Holds Phone Call with President of Peru",
            "2024-08-20",
            "21:00",
            [
                "On the evening of August 20, President Xi Jinping held a phone call with President "
                "Dina Boluarte of Peru.",
                "The two heads of state agreed to deepen the comprehensive strategic partnership between "
                "China and Peru.",
            ],
        ),
    ]


def extra_release() -> Release:
    """A release that appears on the site between two runs."""
    return Release(
        150400,
        "idcpc",
        "idcpc_en2023_lldt",
        "en",
        "Vice-minister Meets Mexican Party Leaders",
        "2024-09-02",
        "11:00",
        [
            "Beijing, September 2nd--IDCPC Vice-minister Sun Haiyan met with visitors from Mexico's "
            "National Regeneration Movement (Morena).",
            "Both sides agreed to strengthen exchanges between the two parties. Enditem",
        ],
    )
