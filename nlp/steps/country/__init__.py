"""Country: which LAC country the release's counterpart belongs to, or "multilateral".

Evidence is every gazetteer mention that places a counterpart: country names, demonyms and
capitals, and the country of each named party or organisation, weighted by where it stands
(title > lead > early body > the rest). A regional platform (CELAC, the China-LAC parties
forum, a course for LAC cadres) or the region itself ("Latin America and the Caribbean", 拉美, or
a part of it: Central or South America, the Caribbean, the Andean countries) as the actors, or an
event named for China and the region ("China-LAC Dialogue on Governance", 中拉…研讨会), in the title
or lead, or several countries standing side by side there, make the exchange
multilateral (codebook: "multilateral when the exchange involves a regional organisation or
several LAC countries"). LAC participants named early in the report of a worldwide event
(a briefing or forum of parties "from around the world", ``worldwide`` and the event kinds in
``nlp/gazetteer/cues.json``) make it multilateral too, and the mechanism step makes it global.

The parts, one job a module: ``mentions`` holds what every part reads off a mention (its country,
the zones of focus); ``region_names`` the region's names, ``region_actors`` and ``one_actor`` when
they stand for the exchange's actors, for a topic or for one actor, and ``regional`` the
multilateral cues of the title and lead. ``venues`` and ``postings`` tell places (capitals, venues,
datelines, where envoys serve) from actors; ``speech`` finds what was said or talked about, a topic
and no side; ``platform_roles`` a platform named as the occasion or an office of one country, and
``worldwide`` the events of parties from around the world. ``outside`` finds actors outside LAC,
``trips`` the stops of a trip and lists of several countries' parties, ``leader_names`` and
``in_focus`` the people whose country is the exchange's, ``shared_demonyms`` whose a shared demonym
is, and ``body`` the counterparts of a page whose title and lead name none. ``coding`` is the step
(``step``) that weighs all of them and codes the record.
"""

from nlp.steps.country.coding import NAME, step
from nlp.steps.country.mentions import FOCUS
from nlp.steps.country.one_actor import GROUP_AFTER_ZH, ONE_ACTOR_AFTER_ZH
from nlp.steps.country.outside import FOREIGN_KINDS, LANGUAGE_DEMONYM, names_elsewhere, outside_counterpart
from nlp.steps.country.region_names import REGION_EN, REGION_ZH, region_patterns
from nlp.steps.country.speech import (
    RUBRIC,
    SPEAKER_AFTER_EN,
    SPEAKER_FIRST_EN,
    SPEAKER_FIRST_ZH,
    TOPIC_BEFORE_EN,
    quoted_in_title,
    topic_of_talks,
)
from nlp.steps.country.venues import is_capital, is_venue
from nlp.steps.country.worldwide import is_worldwide_event, listed_with_outsiders

__all__ = [
    "FOCUS",
    "FOREIGN_KINDS",
    "GROUP_AFTER_ZH",
    "LANGUAGE_DEMONYM",
    "NAME",
    "ONE_ACTOR_AFTER_ZH",
    "REGION_EN",
    "REGION_ZH",
    "RUBRIC",
    "SPEAKER_AFTER_EN",
    "SPEAKER_FIRST_EN",
    "SPEAKER_FIRST_ZH",
    "TOPIC_BEFORE_EN",
    "is_capital",
    "is_venue",
    "is_worldwide_event",
    "listed_with_outsiders",
    "names_elsewhere",
    "outside_counterpart",
    "quoted_in_title",
    "region_patterns",
    "step",
    "topic_of_talks",
]
