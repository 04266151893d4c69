"""Bad input gives a record, never an exception."""

from __future__ import annotations

import json

from nlp_helpers import idcpc

from nlp.extract import extract, extract_many
from nlp.schema import Document


def test_empty_and_none_fields():
    for item in ({"url": "u1", "text": ""}, {"url": None, "text": None, "title": None, "published": None,
                                              "lang": None, "source": None}, {}):
        record = extract(item)
        assert record.relevant is False
        assert record.contacts == []


def test_unparseable_published_date():
    record = idcpc("Beijing, June 21st--Song Tao met here today with a group of the Communist Party of "
                   "Cuba (PCC).", title="Song Tao Meets PCC Delegation", published="sometime in June")
    assert record.relevant and record.country == "Cuba"


def test_huge_text_is_cut_and_noted():
    body = "Beijing, June 21st--Song Tao met here today with a group of the Communist Party of Cuba. "
    record = idcpc(body + "Both sides exchanged views. " * 20_000, title="Song Tao Meets PCC Delegation")
    assert record.relevant
    assert any("only the first" in note for note in record.notes)


def test_html_remnants_are_not_read_as_text():
    text = ('<div class="ticker">Off the wire</div>\n<p>Beijing, June 21st--Song Tao met here today with a '
            'group of the Communist Party of Cuba (PCC).&nbsp;</p>\n<script>var x = "Brazil";</script>')
    record = idcpc(text, title="Song Tao Meets PCC Delegation")
    assert record.country == "Cuba"
    for spans in record.evidence.values():
        for span in spans:
            if span.where == "text":
                assert text[span.start:span.end] == span.text


def test_headline_ticker_is_not_this_release():
    text = ("Off the wire | Storm hits coast • Spotlight: China, Ecuador upgrade relations to comprehensive "
            "strategic partnership • Weather forecast for world cities • Markets close higher\n\n"
            "Beijing, June 21st--Song Tao met here today with a group of the Communist Party of Cuba.")
    record = idcpc(text, title="Song Tao Meets PCC Delegation")
    assert record.country == "Cuba"
    assert "Ecuador" not in json.dumps(record.to_dict()["evidence"])


def test_mixed_languages():
    text = ("Beijing, June 21st--Song Tao met here today with a group of the Communist Party of Cuba. "
            "会见时，宋涛表示，中方愿同古巴共产党加强交流。Ambos partidos acordaron profundizar la "
            "cooperación.")
    record = idcpc(text, title="Song Tao Meets PCC Delegation 宋涛会见古共代表团")
    assert record.relevant and record.country == "Cuba"


def test_garbage_and_control_characters():
    record = idcpc("\x00\x01ʬƲΤƶںϲẔ̌ʻϼԸ߱ȷ\ufffd" * 50, title="\x00")
    assert record.relevant is False


def test_non_lac_release_gives_an_empty_exchange():
    record = idcpc("BEIJING, Nov. 4 (Xinhua) -- On Tuesday in Beijing, Russian Prime Minister Mikhail "
                   "Mishustin was received by Chinese President Xi Jinping.", title="Xi meets Russian PM")
    assert record.relevant is False and record.event_type is None and record.mechanism == []


def test_stream_keeps_order_and_survives_bad_items():
    items = [{"url": "a", "text": "Beijing, June 21st--Song Tao met a delegation of the Communist Party of "
                                  "Cuba.", "published": "2018-06-21", "source": "idcpc", "title": "PCC"},
             {"url": "b", "text": 12345}, "not a dict",
             Document(url="c", text="Nothing about Latin America here.")]
    records = list(extract_many(items, batch_size=2))
    assert [r.url for r in records] == ["a", "b", "", "c"]
    assert records[0].relevant and not records[1].relevant
    assert any("extraction failed" in n for n in records[2].notes)


def test_two_worker_processes_give_the_same_records_in_order():
    items = [{"url": f"u{i}", "source": "idcpc", "lang": "en", "title": "Song Tao Meets PCC Delegation",
              "published": "2018-06-22",
              "text": f"Beijing, June {1 + i % 20}th--Song Tao met here today with a group of the Communist "
                      "Party of Cuba (PCC)." if i % 3 else "Nothing to see here, only weather."}
             for i in range(12)]
    alone = [r.to_dict() for r in extract_many(items, batch_size=4)]
    together = [r.to_dict() for r in extract_many(iter(items), batch_size=4, processes=2)]
    assert together == alone
    assert [r["url"] for r in together] == [f"u{i}" for i in range(12)]
