"""Clauses that make a name a topic, not a side of the exchange.

A name inside what someone said (after a speech verb, in a quotation closed before its verb), or
in a clause describing a person's career, ties or descent, is talked about, not met: unless the
clause is the message's own greeting to or from it (``greets``). Many steps (relevance, country,
contacts, dates, event type, mechanism) ask this of a name; it is a reading of a sentence's
clauses, not of the page's layout, so it lives here, once.
"""

from __future__ import annotations

import re

from nlp.sentences import sentence_at

# 表示 is "said" unless a message's own words follow: 致电表示祝贺 / 表示慰问 / 表示哀悼 is the message sent
# (to the party named next), not a speech about it
# Verbs that report speech or a view (said, pointed out, recalled, hoped, "told the guests that",
# "explained that", "expressed concern that", 认为, 希望): what follows in the sentence is what someone
# said or thought, not who took part.
# (verbs of mentioning count as saying: "the meeting mentioned …", 会议提到 / 与会者谈到 / 提及: what
# is mentioned is a topic)
SAID = re.compile(r"\b(?:said|says|noted|stressed|added|pointed out|recalled|hoped|believed|mentioned|"
                  r"briefed [^.]{0,40} on|told [^.]{0,40}? that|"
                  r"(?:explained|stated|warned|argued|expressed [^.]{0,40}?) that)\b|"
                  r"表示(?!(?:热烈|衷心|诚挚|誠摯|深切|沉痛|深切的|诚挚的|誠摯的)?(?:祝贺|祝賀|慰问|慰問|哀悼|吊唁|弔唁))|"
                  r"说|說|指出|强调|強調|认为|認為|希望|回顾|回顧|介绍了|介紹了|愿同|願同|提到|提及|谈到|談到")
# "Liu said this when meeting with a delegation of the PCC": the meeting names who took part
MEETING_CLAUSE = re.compile(r"\b(?:meet(?:s|ing)?|met|talks|delegation|visit(?:ing|s)?|received)\b|"
                            r"会见|會見|会谈|會談|代表团|代表團|访问|訪問|时|時")


# A quotation closed right before the speech verb: '"…," said X' names its speaker after the verb
QUOTE_CLOSED = re.compile(r"[\"”’][,\s]*$")
QUOTE_OPENS = re.compile(r"[\"“‘]")
# Reported speech without quotation marks, inverted the same way: "China and Cuba are brothers, said
# Roberto Morales Ojeda, member of …": a comma closes the words, and a name ends the clause right after
# the verb (a comma, a full stop, "when …"). "Zyuganov, Chairman of the CPRF, said China's success …"
# is the plain order: what follows the verb goes on as a clause.
COMMA_CLOSED = re.compile(r",\s*$")
# The attribution as a sentence of its own after the quotation, opened by an anaphoric "so" or "thus"
# ('"China is a reliable friend." So said Diosdado Cabello, …'): the verb comes first, its speaker after it
SO_SAID = re.compile(r"(?:^|[.!?])[\"”’]?\s*(?:So|Thus)\s+$")
SPEAKER_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’.-]*"
                          r"(?:\s+(?:of|the|de|del|da|do|dos|y|and|[A-Z][\w'’.-]*))*"
                          r"\s*(?:[,.;]|\s(?:when|while|who|during|at|in|on)\b)")


def in_what_was_said(text: str, at: int) -> bool:
    """Is a name inside what someone said or briefed on (after a speech verb in its sentence, with
    no meeting clause between them, or in a quotation closed before its verb: ``quoted_before_verb``)?
    Then it is a topic, not a side of the exchange (unless the clause is the message's own greeting
    to or from it: ``greets``). In an inverted attribution the quotation comes first and the speaker
    after the verb ('"…," said the Communist Party of Brazil', '"…," said Gleisi Hoffmann, president
    of the Workers' Party'): a name after such a verb, with no new quotation opened before it, is the
    speaker, not what was said."""
    if quoted_before_verb(text, at):
        return not greets(text, at)
    left = sentence_at(text, at)[0]
    matches = list(SAID.finditer(text, left, at))
    if not matches or MEETING_CLAUSE.search(text, matches[-1].end(), at):
        return False
    last = matches[-1]
    inverted = (QUOTE_CLOSED.search(text[max(left, last.start() - 4):last.start()])
                or (COMMA_CLOSED.search(text[max(left, last.start() - 4):last.start()])
                    and SPEAKER_NEXT.match(text, last.end())))
    inverted = inverted or SO_SAID.search(text[left:last.start()])
    if inverted and not QUOTE_OPENS.search(text, last.end(), at):
        return False
    return not greets(text, at)


# A clause or apposition that describes a person or party by its career, studies, birth, ties, travels
# or reputation ("the INC, which has ties with parties in Guyana", "its vice president, who was born in
# São Paulo", "an official who once led an office in Santiago", "a party known for its solidarity with
# Cuba", "author of a book on the Cuban revolution"): a place named in it is no side of the exchange the
# sentence reports. English only; a Chinese attribute before its noun (曾任驻巴西大使的) is met elsewhere.
DESCRIPTIVE_OPENER = re.compile(r"\b(?:who|whose|which)\b|\b(?:known|famous|noted|remembered)\s+for\b|"
                                r"\bauthor\s+of\b|\bborn\s+in\b", re.I)
# A demonym of a person's descent or birthplace ("an MP of Jamaican descent", "a Cuban-born writer")
ANCESTRY_AFTER = re.compile(r"-born\b|\s+(?:descent|origin|ancestry|heritage|extraction)\b", re.I)


def in_descriptive_clause(text: str, at: int, end: int | None = None) -> bool:
    """Is a name inside a descriptive clause (``DESCRIPTIVE_OPENER``) of its sentence, with no meeting
    clause between the opener and the name (``MEETING_CLAUSE``: "Liu, who heads the department, met a
    delegation of Brazil's PT" names the guests after the clause has closed), or the word of a person's
    descent or birthplace (``ANCESTRY_AFTER``, the name ending at ``end``)?"""
    if end is not None and ANCESTRY_AFTER.match(text, end):
        return True
    left = sentence_at(text, at)[0]
    matches = list(DESCRIPTIVE_OPENER.finditer(text, left, at))
    return bool(matches) and not MEETING_CLAUSE.search(text, matches[-1].end(), at)


# A quotation's close followed by its speech verb ('…," said Zyuganov', '…" Maduro said'): the
# quotation is what was said, as the words after a verb are
CLOSE_THEN_SAID = re.compile(r"[\"”]\s*,?\s*(?:[A-Z][\w.'’-]*\s+){0,3}"
                             r"(?:said|says|added|noted|stressed|wrote)\b")
QUOTE_REACH = 400  # characters a quotation is looked for around a name (a paragraph's length)


def quoted_before_verb(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation (in its paragraph) that closes before its speech verb ('"The CPC
    is a model for parties from Cuba to Vietnam," said Zyuganov')?"""
    left = max(0, at - QUOTE_REACH, text.rfind("\n", 0, at) + 1)
    before = text[left:at]
    curly_open = before.rfind("“") > before.rfind("”")
    if not (curly_open or before.count('"') % 2 == 1):
        return False
    right = text.find("\n", at)
    window = text[at:min(right if right != -1 else len(text), at + QUOTE_REACH)]
    close = min((i for i in (window.find("”"), window.find('"')) if i != -1), default=-1)
    return close != -1 and CLOSE_THEN_SAID.match(window, close) is not None


# The message's own greeting inside what its writer said (…在唁电中说，我代表…，向古巴共产党中央委员会
# 致以慰问 / …在贺函中表示，桑地诺民族解放阵线向中国共产党致以敬意 / "said the CPC extends condolences
# to the Communist Party of Cuba"): a clause whose verb conveys the greeting, condolence or salute,
# from the party that opens it or to the party after 向 / "to"
GREETING_ZH = (r"(?:致以|转达|轉達|致敬|"
               r"表示(?:热烈|衷心|诚挚|誠摯|深切|沉痛)?的?(?:祝贺|祝賀|慰问|慰問|哀悼|敬意))")
GREETED_ZH = re.compile(rf"[^，。；,;]{{0,30}}?{GREETING_ZH}")
GREETS_ZH = re.compile(rf"[^，。；,;]{{0,30}}?向[^，。；,;]{{0,30}}?{GREETING_ZH}")
GREETED_EN = re.compile(r"\b(?:condolences?|congratulations|greetings|sympathy|sympathies|regards|respects)"
                        r"\b[^.;]{0,40}\bto (?:the )?$", re.I)
CLAUSE_OPENING = re.compile(r"[，,：:；;“\"]\s*$")
# The same in English: the party a clause of the message opens with, whose verb mourns, grieves,
# salutes or conveys the greeting ("said in their message that the Communist Party of Cuba and the
# Cuban people mourn the loss", "… received the sad news with deep grief"), and the party the writer
# speaks for ("on behalf of the Communist Party of Cuba"): the sender, not a topic
GREETING_EN = (r"(?:mourn\w*|griev\w*|grief|sorrow|salut(?:e|es|ed|ing)|congratulat\w*|"
               r"(?:extend|express|convey|send)\w*\b[^.;]{0,30}?\b(?:congratulations|condolences|greetings|"
               r"sympath\w+|respects))")
GREETS_EN = re.compile(rf"[^.;,]{{0,80}}?\b{GREETING_EN}", re.I)
CLAUSE_OPENING_EN = re.compile(r"(?:\bthat|[,:;“\"])\s*(?:the\s+)?$", re.I)
SPEAKS_FOR_EN = re.compile(r"\bon behalf of (?:the )?$", re.I)


def greets(text: str, at: int) -> bool:
    """Is the name at ``at`` the sender or the addressee of the greeting a clause of what was said
    conveys (see ``GREETING_ZH``, ``GREETING_EN``)? The writer speaks for the party, and the party
    greeted is the message's recipient: both are sides of the exchange, not topics."""
    if text[max(0, at - 1):at] == "向":
        return GREETED_ZH.match(text, at) is not None
    if GREETED_EN.search(text[max(0, at - 60):at]) or SPEAKS_FOR_EN.search(text[max(0, at - 20):at]):
        return True
    if CLAUSE_OPENING_EN.search(text[max(0, at - 10):at]) and GREETS_EN.match(text, at):
        return True
    if CLAUSE_OPENING.search(text[max(0, at - 2):at]):
        return GREETS_ZH.match(text, at) is not None
    return False
