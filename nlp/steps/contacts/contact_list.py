"""The step's name (its evidence key) and the one way a contact joins the list: once per name,
a later, fuller reading of the same person completing the first.
"""

from __future__ import annotations

import re

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
            if (key == other_key and existing.kind == contact.kind == "party" and existing.party_id
                    and contact.party_id and existing.party_id != contact.party_id):
                continue  # "the PT of Brazil, the PT of Mexico": one acronym, two parties
            if existing.party is None and contact.party:
                existing.party, existing.party_id = contact.party, contact.party_id
            if existing.kind == "other" and contact.kind != "other":
                existing.kind = contact.kind
            return False
    seen[key] = len(contacts)
    contacts.append(contact)
    return True
