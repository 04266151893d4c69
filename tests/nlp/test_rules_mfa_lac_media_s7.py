"""Session 7, campaign P: head-of-state exchanges as LAC governments and media publish them in
English (presidency releases, Caribbean papers), with the LAC principal as the subject."""
from nlp_helpers import mfa


def test_commonwealth_honorific_between_office_and_name_is_the_head() -> None:
    """'Prime Minister the Most Hon. Andrew Holness', 'Prime Minister Dr Keith Rowley': the style
    stands between office and name; the head is the counterpart, so both principals are heads."""
    r = mfa("KINGSTON, Jamaica, 13 March 2023 (JIS):\nPrime Minister the Most Hon. Andrew Holness has sent a "
            "message of congratulations to Li Qiang on his election as Premier of the State Council of the "
            "People's Republic of China.\n", title="PM Holness congratulates new Chinese Premier",
            published="2023-03-13")
    assert r.relevant and r.country == "Jamaica" and r.event_type == "message"
    assert r.head_of_state_level is True
    r = mfa("PORT OF SPAIN, Trinidad - Prime Minister Dr Keith Rowley held talks with Chinese Premier "
            "Li Qiang in Beijing on Tuesday. The two leaders discussed energy and trade.\n",
            title="Rowley holds talks with Chinese Premier", published="2023-06-28")
    assert r.country == "Trinidad and Tobago" and r.head_of_state_level is True


def test_given_name_the_table_leaves_out_and_spanish_title() -> None:
    """'President Chandrikapersad Santokhi' (the table's Chan Santokhi) and 'Presidente Luis Arce'
    (a Spanish title kept in an English release) name the head in office."""
    r = mfa("PARAMARIBO, 29 November 2023\nPresident Chandrikapersad Santokhi held talks with President Xi "
            "Jinping in Beijing on Wednesday during his state visit to China.\n",
            title="President Santokhi holds talks with President Xi", published="2023-11-29")
    assert r.country == "Suriname" and r.event_type == "talks" and r.head_of_state_level is True
    r = mfa("La Paz, Bolivia\nPresidente Luis Arce held talks with President Xi Jinping in Beijing "
            "on 25 October. The two heads of state signed agreements on trade and lithium.\n",
            title="Presidente Arce sostuvo reunión con el Presidente Xi Jinping", published="2023-10-26")
    assert r.country == "Bolivia" and r.head_of_state_level is True
    assert r.counterpart is not None and "Arce" in r.counterpart


def test_honorific_before_a_minister_is_no_head() -> None:
    """The style alone makes no head: 'Foreign Minister Dr Amery Browne' met a Chinese minister."""
    r = mfa("PORT OF SPAIN - Trinidad and Tobago Foreign Minister Dr Amery Browne held talks with "
            "Chinese Foreign Minister Wang Yi in Beijing on Tuesday.\n",
            title="Browne holds talks with Wang Yi",
            published="2023-06-28")
    assert r.country == "Trinidad and Tobago" and r.head_of_state_level is False
