"""What each review field allows, from the page (JSON) and from a spreadsheet cell."""

from __future__ import annotations

import datetime

import pytest
from review_corpus import VOCAB, build_records

from review.fields import BY_NAME, FIELDS, FieldError, fields_for
from review.vocab import PartyChoice, Vocab


def test_fields_follow_the_source_of_a_release():
    idcpc = {f.name for f in fields_for("idcpc")}
    mfa = {f.name for f in fields_for("mfa")}
    assert {"contacts", "content", "mechanism"} <= idcpc and not {"chinese_side", "counterpart"} & idcpc
    assert {
        "chinese_side",
        "counterpart",
        "head_of_state_level",
        "partnership_action",
        "partnership_level",
        "content",  # published as the row's Type of content, so a reviewer can correct it
    } <= mfa and not {"contacts", "mechanism"} & mfa
    assert {f.name for f in fields_for("other")} == {f.name for f in FIELDS}
    assert "talks" in BY_NAME["event_type"].choices("mfa")
    assert "talks" not in BY_NAME["event_type"].choices("idcpc")


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("relevant", False, False),
        ("content", "knowledge exchange", "knowledge exchange"),
        ("event_date", " 2024-03-05 ", "2024-03-05"),
        ("event_date", "", None),
        ("mechanism", ["leftist", "bilateral", "leftist"], ["bilateral", "leftist"]),
        ("country", "cuba", "Cuba"),
        ("country", "Multilateral", "multilateral"),
        ("partnership_action", None, None),
        ("counterpart", "  Gabriel   Boric, President ", "Gabriel Boric, President"),
    ],
)
def test_good_values_are_normalised(name, value, expected):
    assert BY_NAME[name].validate(value, "other", VOCAB) == expected


@pytest.mark.parametrize(
    ("name", "value", "allowed_part"),
    [
        ("relevant", None, "yes | no"),
        ("relevant", "maybe", "yes | no"),
        ("content", "daily", "daily interaction | knowledge exchange"),
        ("event_date", "2024-02-30", "YYYY-MM-DD"),
        ("event_date", "5 March 2024", "YYYY-MM-DD"),
        ("mechanism", ["continental"], "global, regional, bilateral, leftist"),
        ("country", "Atlantis", "gazetteer"),
        ("event_type", "talks", "meeting | delegation_visit_abroad"),
    ],
)
def test_bad_values_say_what_is_allowed(name, value, allowed_part):
    with pytest.raises(FieldError) as raised:
        BY_NAME[name].validate(value, "idcpc", VOCAB)
    assert allowed_part in raised.value.allowed


def test_a_contact_party_is_resolved_through_the_gazetteer():
    contacts = BY_NAME["contacts"]
    value = contacts.validate(
        [{"name": " Gleisi  Hoffmann ", "kind": "party", "party": "PT"}, {"name": "", "kind": "party"}],
        "idcpc",
        VOCAB,
    )
    assert value == [
        {"name": "Gleisi Hoffmann", "kind": "party", "party_id": "br-pt", "party": "Workers' Party"}
    ]
    # the autocomplete offers "name (country)": that resolves too, as does the id kept by the page
    assert (
        contacts.validate([{"name": "X", "party": "Communist Party of Cuba (Cuba)"}], "idcpc", VOCAB)[0][
            "party_id"
        ]
        == "cu-pcc"
    )
    assert (
        contacts.validate([{"name": "X", "party_id": "mx-morena"}], "idcpc", VOCAB)[0]["party"]
        == "National Regeneration Movement"
    )
    with pytest.raises(FieldError, match="gazetteer"):
        contacts.validate([{"name": "X", "party": "Party of Atlantis"}], "idcpc", VOCAB)
    with pytest.raises(FieldError, match="contact kind"):
        contacts.validate([{"name": "X", "kind": "alien"}], "idcpc", VOCAB)
    # without a gazetteer a party is kept as typed
    assert (
        contacts.validate([{"name": "X", "party": "Some Party"}], "idcpc", Vocab())[0]["party"]
        == "Some Party"
    )


def test_every_field_survives_a_trip_through_a_cell():
    for record in build_records():
        for f in fields_for(record.source):
            value = f.value_of(record)
            if f.name == "relevant" or value not in (None, [], ""):
                assert f.from_cell(f.to_cell(value), record.source, VOCAB) == value, f.name


def test_cells_accept_what_spreadsheets_produce():
    assert BY_NAME["event_date"].from_cell(datetime.datetime(2024, 3, 5), "idcpc", VOCAB) == "2024-03-05"
    assert BY_NAME["relevant"].from_cell("TRUE", "idcpc", VOCAB) is True
    assert BY_NAME["head_of_state_level"].from_cell(False, "mfa", VOCAB) is False
    assert BY_NAME["content"].from_cell("Knowledge Exchange", "idcpc", VOCAB) == "knowledge exchange"
    assert BY_NAME["mechanism"].from_cell("regional; leftist", "idcpc", VOCAB) == ["regional", "leftist"]
    contacts = BY_NAME["contacts"].from_cell(
        "Ana Pérez | government\nLuis Díaz | party | PCC", "idcpc", VOCAB
    )
    assert [c["party_id"] for c in contacts] == [None, "cu-pcc"]
    with pytest.raises(FieldError):
        BY_NAME["contacts"].from_cell("a | party | PCC | extra", "idcpc", VOCAB)


def test_a_name_several_parties_share_needs_its_country():
    vocab = Vocab(
        countries=["Chile", "Uruguay"],
        parties=[
            PartyChoice("cl-ps", "Socialist Party", "Chile", ("PS",)),
            PartyChoice("uy-ps", "Socialist Party", "Uruguay", ("PS",)),
        ],
    )
    assert vocab.party("PS") is None and vocab.party("socialist party") is None
    assert vocab.party("Socialist Party (Uruguay)").id == "uy-ps"
    contacts = BY_NAME["contacts"]
    with pytest.raises(FieldError, match="name \\(country\\)"):
        contacts.validate([{"name": "X", "party": "Socialist Party"}], "idcpc", vocab)
    # the page keeps the id of an unchanged party, so an existing contact saves as it was
    kept = contacts.validate([{"name": "X", "party": "Socialist Party", "party_id": "cl-ps"}], "idcpc", vocab)
    assert kept[0]["party_id"] == "cl-ps"


def test_the_gazetteer_gives_every_party_an_unambiguous_pick():
    from nlp.gazetteer import Gazetteer
    from review.vocab import from_gazetteer

    vocab = from_gazetteer(Gazetteer.load())
    assert "Cuba" in vocab.countries and vocab.country("cuba") == "Cuba"
    assert vocab.parties and all(vocab.party(p.label()) is p for p in vocab.parties)
    assert all(vocab.party(p.id) is p for p in vocab.parties)


def test_a_party_no_entry_lists_is_kept_as_extraction_named_it():
    """Extraction codes a LAC party the gazetteer lacks by its name as written (id
    ``unlisted:<country>:<name>``): a record carrying one saves unchanged from the page and round-trips
    through a spreadsheet cell, while a typed unknown party is still refused."""
    contacts = BY_NAME["contacts"]
    unlisted = {"name": "Ana Ruiz", "kind": "party", "party_id": "unlisted:BLZ:Communist Party of Belize",
                "party": "Communist Party of Belize"}
    saved = contacts.validate([unlisted], "idcpc", VOCAB)
    assert saved == [unlisted]
    cell = contacts.to_cell(saved)
    assert "unlisted:BLZ:Communist Party of Belize" in cell
    assert contacts.from_cell(cell, "idcpc", VOCAB) == [unlisted]
    with pytest.raises(FieldError):  # the reviewer typed another name over it: not a gazetteer party
        contacts.validate([{**unlisted, "party": "Party of Atlantis"}], "idcpc", VOCAB)
    with pytest.raises(FieldError):
        contacts.validate([{"name": "X", "party": "unlisted:BLZ"}], "idcpc", VOCAB)
