"""Contacts (s7R campaign): the party of a person whose office the party's name premodifies, and the
party of who leads a party's delegation with the office before the name. Self-written releases."""

from __future__ import annotations

from nlp_helpers import idcpc


def _contact(record, name):
    return next(c for c in record.contacts if name in c.name)


def test_party_name_running_into_the_office_gives_the_persons_party() -> None:
    r = idcpc("Beijing, June 14th--Song Tao, head of the IDCPC, met with Farabundo Martí National "
              "Liberation Front Secretary General Medardo González on June 13.",
              published="2019-06-14")
    c = _contact(r, "Medardo González")
    assert (c.kind, c.party) == ("party", "Farabundo Martí National Liberation Front")
    r = idcpc("Beijing, March 28th--Guo Yezhou, Vice Minister of the IDCPC, met with Jamaican People's "
              "National Party General Secretary Julian Robinson and his delegation on March 27.",
              published="2019-03-28")
    c = _contact(r, "Julian Robinson")
    assert (c.kind, c.party) == ("party", "People's National Party")


def test_party_acronym_before_a_state_sounding_office_is_a_party_office() -> None:
    r = idcpc("Beijing, April 24th--Liu Jianchao, head of the IDCPC, met with PSUV First Vice President "
              "Diosdado Cabello in Beijing on April 23.", published="2023-04-24")
    c = _contact(r, "Diosdado Cabello")
    assert (c.kind, c.party) == ("party", "United Socialist Party of Venezuela")


def test_state_office_not_premodified_by_the_party_stays_government() -> None:
    r = idcpc("Beijing, April 24th--Liu Jianchao, head of the IDCPC, met with a PSUV delegation and with "
              "Venezuelan Vice President Delcy Rodríguez in Beijing on April 23.", published="2023-04-24")
    c = _contact(r, "Delcy Rodríguez")
    assert c.kind == "government"
    assert c.party is None


def test_leader_of_a_party_delegation_with_his_office_before_the_name() -> None:
    r = idcpc("BEIJING, Nov. 21 -- Song Tao, head of the IDCPC, met with a delegation of Peruvian Aprista "
              "Party led by Secretary General Elías Rodríguez Zavaleta here on Thursday.",
              published="2019-11-22")
    c = _contact(r, "Elías Rodríguez Zavaleta")
    assert (c.kind, c.party) == ("party", "Peruvian Aprista Party")
    r = idcpc("Beijing, July 3rd--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the "
              "Communist Party of Chile headed by Deputy Secretary General Bárbara Figueroa on July 2.",
              published="2019-07-03")
    c = _contact(r, "Bárbara Figueroa")
    assert c.party == "Communist Party of Chile"


def test_cpc_delegation_led_by_an_official_gives_no_lac_party() -> None:
    r = idcpc("Havana, March 14th--A CPC delegation led by Vice Minister Guo Yezhou of the IDCPC met with "
              "Cuban Foreign Minister Bruno Rodríguez Parrilla on March 13.", published="2019-03-14")
    assert all("Guo" not in c.name for c in r.contacts)
    c = _contact(r, "Bruno Rodríguez")
    assert c.kind == "government"
