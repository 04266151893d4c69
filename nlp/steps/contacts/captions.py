"""A photo caption above the lead: the person it names with a post in a party belongs to that party
when the title or lead names the person.
"""

from __future__ import annotations

import re

from nlp.prose import CAPTION_MAX, is_caption, is_file_photo
from nlp.release import Release
from nlp.schema import Contact
from nlp.sentences import paragraphs
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.contacts.people_en import people_en
from nlp.steps.contacts.people_zh import people_zh

# A Chinese photographer's credit ending a line ("新华社记者 李贺 摄"): a caption, also without the
# brackets around it that the layout's caption rule asks for.
CREDIT_ZH = re.compile(r"(?:记者|記者)[^。\n]{0,16}(?:摄|攝)\s*$")


def _caption_ranges(release: Release) -> list[tuple[int, int]]:
    """Photo captions printed above the lead. A file photo's caption ("Miguel Diaz-Canel, first
    secretary of the Communist Party of Cuba. (File photo)", 图为…（资料照片）) is one too: its day is not
    the news' (the layout leaves it out for dates), but the post it gives the person it shows is his."""
    out = list(release.layout.captions)
    text = release.layout.clean
    out += [(a, b) for a, b in paragraphs(text) if b <= release.layout.lead_start and (a, b) not in out
            and b - a <= CAPTION_MAX and (is_caption(text[a:b]) and is_file_photo(text[a:b])
                                          or release.zh and CREDIT_ZH.search(text, a, b))]
    return out


def _named_in(name: str, text: str) -> bool:
    """Is this person named in ``text``: in full, or (English) by the words after the given name?"""
    written = name.split(" (")[0]
    if written in text:
        return True
    words = written.split()
    return len(words) > 1 and any(len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", text) for w in words[1:])


def captioned(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
    """A person a photo caption above the lead names with a post in a party ("Liu Jianchao meets
    with Roberto Morales Ojeda, member of the Political Bureau of the Communist Party of Cuba …")
    belongs to that party when the title or lead names the same person ("met with a Cuban
    delegation led by Roberto Morales Ojeda"): the caption shows the same exchange, and captions
    are part of the page. People named only in a caption are not taken (another picture)."""
    focus = f"{release.title}\n{release.lead()}"
    evidence = release.record.evidence
    for start, end in _caption_ranges(release):
        found: list[Contact] = []
        had, kept = NAME in evidence, len(evidence.get(NAME, []))
        if release.zh:
            people_zh(release, [(start, end)], found, {})
        else:
            people_en(release, [(start, end)], found, {})
        spans = evidence.get(NAME, [])[kept:]  # one span per person found
        if had:
            del evidence[NAME][kept:]  # only the people kept below are evidence
        else:
            evidence.pop(NAME, None)
        for contact, span in zip(found, spans, strict=False):
            if contact.party and _named_in(contact.name, focus):
                add_contact(contacts, seen, contact)
                release.record.add_evidence(NAME, span)
