"""The content classifier learns the codebook's grounds, and reviewed labels move it.

SCHEMA.md's content rule: knowledge exchange for training courses, seminars, forums, dialogues,
briefings and field trips, and for a meeting with a group that came for one; daily interaction
for the rest. The shipped examples must not teach anything else by accident (every multilateral
example a forum), and labels that contradict a cue must still move the model. All releases here
are self-written.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

from learn_helpers import DAILY, KNOWLEDGE

from dipex.workspace import Workspace
from learn import dataset, features, model
from learn.dataset import EXAMPLES, HUMAN, Example
from nlp.extract import extract
from nlp.schema import Document, Record


def _page(n: int, title: str, text: str, source: str = "idcpc", lang: str = "en") -> tuple[Record, str]:
    body = f"{title} {text}"
    doc = Document(url=f"https://tests.dipex.invalid/s8/{source}/{n}.html", source=source, lang=lang,
                   title=title, published="2022-05-10", text=body)
    return extract(doc), body


@cache
def _shipped() -> tuple[Example, ...]:
    with tempfile.TemporaryDirectory(prefix="dipex-s8-") as folder:
        examples, _ = dataset.build(Workspace(Path(folder)), with_examples=True)
    return tuple(examples)


def _tags(examples: list[Example], pages: list[tuple[Record, str]]) -> list[tuple[str, float]]:
    return model.ContentModel("test", model.fit(examples)).predict(pages)


def test_shipped_examples_break_the_multilateral_and_no_contact_confounds():
    """A side of several countries, or no named contact, is no ground of content: the shipped
    examples carry daily interaction of both kinds, so neither token goes with one class only."""
    lines = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    daily_many = [e for e in _shipped() if e.content == DAILY
                  and "participants=many" in features.facts_of(e.record, e.text).split()]
    assert len(daily_many) >= 8
    assert {e.record.source for e in daily_many} == {"idcpc", "mfa"}
    assert {line["lang"] for line in lines if line["key"] in {e.key for e in daily_many}} == {"en", "zh"}


def test_facts_leave_out_relevance_and_mechanism_and_carry_the_formats_the_page_names():
    record, text = _page(1, "China-Latin America Media Forum Held in Beijing",
                         "Beijing, May 10th--The forum brought together journalists of twenty countries.",
                         source="mfa")
    tokens = features.facts_of(record, text).split()
    assert "title_format=forum" in tokens and "lead_format=forum" in tokens
    assert not any(t.startswith(("relevant=", "mechanism=", "exchange_type=")) for t in tokens)
    zh, zh_text = _page(2, "拉美政党干部研修班在京开班", "5月10日，拉美政党干部研修班在京开班。", lang="zh")
    assert "title_format=training_course" in features.facts_of(zh, zh_text).split()
    meeting, meeting_text = _page(3, "Sun Haiyan Meets with Chilean Guests",
                                  "Beijing, May 10th--Sun Haiyan, Vice-minister of the IDCPC, met with "
                                  "leaders of the Socialist Party of Chile.")
    assert not any("_format=" in t for t in features.facts_of(meeting, meeting_text).split())


MULTILATERAL_DAILY = [
    ("Qian Hongshan Meets with Ambassadors of Central American Countries",
     "Beijing, May 10th--Qian Hongshan, Vice-minister of the IDCPC, met with the ambassadors to China of "
     "Nicaragua, Honduras and El Salvador. They talked about ties between the parties of their countries."),
    ("Liu Haixing Meets with Delegation of the Sao Paulo Forum",
     "Beijing, May 10th--Liu Haixing, Vice-minister of the IDCPC, met with a delegation of the Sao Paulo "
     "Forum led by its executive secretary. Both sides pledged to keep in close touch."),
]
KNOWLEDGE_PAGES = [
    ("Workshop for Caribbean Party Cadres Opens in Beijing",
     "Beijing, May 10th--A two-week workshop for cadres of political parties of Caribbean countries opened "
     "today. Thirty participants from Jamaica, Guyana and Suriname will study China's experience."),
    ("Third China-Latin America Think Tank Forum Held",
     "On May 10, the third China-Latin America Think Tank Forum was held, with scholars from eighteen "
     "countries discussing development."),
]


def test_trained_on_the_shipped_examples_the_model_follows_the_codebook_on_new_pages():
    """A meeting with envoys of several countries is daily interaction, a course or a forum is
    knowledge exchange — by format, not by how many countries the other side has."""
    daily = [_page(10 + i, t, x) for i, (t, x) in enumerate(MULTILATERAL_DAILY)]
    knowledge = [_page(20 + i, t, x, source="mfa" if i else "idcpc")
                 for i, (t, x) in enumerate(KNOWLEDGE_PAGES)]
    assert all(record.content == DAILY for record, _ in daily)  # the rules' own tag
    tags = [tag for tag, _ in _tags(list(_shipped()), daily + knowledge)]
    assert tags == [DAILY] * len(daily) + [KNOWLEDGE] * len(knowledge)


STUDY_GROUPS = ["Workers' Party of Brazil", "Broad Front of Uruguay", "Socialist Party of Chile",
                "Communist Party of Cuba", "Sandinista National Liberation Front", "Movement for Socialism",
                "United Socialist Party of Venezuela", "Libre Party", "Justicialist Party",
                "Farabundo Marti National Liberation Front"]


def _study_group_meeting(n: int, party: str) -> tuple[Record, str]:
    return _page(40 + n, f"Qian Hongshan Meets with Study Group of the {party}",
                 f"Beijing, May 10th--Qian Hongshan, Vice-minister of the IDCPC, met with a study group of "
                 f"the {party} that came to China for a seminar on governance. Both sides talked about "
                 "party building.")


def test_labels_that_contradict_a_cue_move_the_prediction():
    """A meeting with a study group is knowledge exchange by the rules' group cue; a reviewer who
    codes such meetings daily interaction moves the model: the probe's tag follows the labels."""
    pages = [_study_group_meeting(i, party) for i, party in enumerate(STUDY_GROUPS)]
    probe = pages[-1]
    assert probe[0].content == KNOWLEDGE  # the rules' tag, from the group cue
    base = list(_shipped())

    def knowledge_probability(n: int) -> float:
        labels = [Example(f"s8-{i}", record, text, DAILY, HUMAN)
                  for i, (record, text) in enumerate(pages[:n])]
        tag, prob = _tags(base + labels, [probe])[0]
        return prob if tag == KNOWLEDGE else 1 - prob

    before, after = knowledge_probability(0), knowledge_probability(len(pages) - 1)
    assert before > 0.5 > after
