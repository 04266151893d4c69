"""The step's name (its evidence key) and the one way a contact joins the list: once per name,
a later, fuller reading of the same person completing the first.
"""

from __future__ import annotations

import re

from nlp.gazetteer import UNLISTED
from nlp.schema import Contact

NAME = "contacts"


def add_contact(contacts: list[Contact], seen: dict[str, int], contact: Contact) -> bool:
    """Add the contact unless the page gave the same person or party before, which it completes (its
    party, its kind) instead: each counterpart once. True when added."""
    key = re.sub(r"\W+", " ", contact.name.lower()).strip()
    if not key:
        return False
    for other_key, index in seen.items():  # "Diaz-Canel" after "Miguel Diaz-Canel": one person
        if key == other_key or key in other_key or other_key in key:
            existing = contacts[index]  # a later mention may say more (the title rarely gives a role)
            if (existing.kind == contact.kind == "party" and existing.party_id
                    and contact.party_id and existing.party_id != contact.party_id
                    and (key == other_key or not _unlisted(existing, contact))):
                # "the PT of Brazil, the PT of Mexico": one acronym, two parties; "the Frente Amplio of
                # Uruguay and the Frente Amplio of Chile": a name inside the other's, two listed
                # parties (an unlisted party's id is its name as written: "X of Dominica" after "X"
                # is the same party written twice)
                continue
            if existing.party is None and contact.party:
                existing.party, existing.party_id = contact.party, contact.party_id
            if existing.kind == "other" and contact.kind != "other":
                existing.kind = contact.kind
            return False
    seen[key] = len(contacts)
    contacts.append(contact)
    return True


def _unlisted(*contacts: Contact) -> bool:
    """Is any of these contacts' party one no gazetteer entry lists (its id is its written name)?"""
    return any((c.party_id or "").startswith(UNLISTED) for c in contacts)
