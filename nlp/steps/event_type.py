"""Event type in the codebook's vocabulary, by the codebook's decision rules: the step.

The words for each kind live in ``nlp/gazetteer/cues.json`` (``idcpc.*`` and ``mfa.*``, in order
of precedence). The title is read first, then the lead, then the paragraph around it
(``event_type_passages``, which also blanks the words on IDCPC pages that name no exchange of the
page).

The step picks the rules by the page's source: an IDCPC page (party exchanges) by the IDCPC rules
and their order of precedence (``event_type_idcpc``); a foreign-ministry page by its own, where the
headline picks the exchange and the text's own word gives its type (``event_type_mfa``, the lead's
word in ``event_type_mfa_lead``), and a meeting on the sidelines is one during a summit or
conference the page names ("on the sidelines", "who is here for the … forum"), or a meeting
datelined in a third country. Both read visits and stays (``event_type_visits``), the dateline's
country (``dateline_country``) and set the type the same way (``event_type_rules``).
"""

from __future__ import annotations

from nlp.release import Release
from nlp.steps.event_type_idcpc import type_idcpc_page
from nlp.steps.event_type_mfa import type_mfa_page


def step(release: Release) -> None:
    if not release.record.relevant:
        return
    if release.is_mfa:
        type_mfa_page(release)
    else:
        type_idcpc_page(release)
