"""Pages that report several exchanges: one record per exchange with a LAC actor.

Studies count exchanges, not pages. Three kinds of page report many:

- a *roundup* of messages ("Highlights of foreign congratulatory messages …", 外国政党政要致电
  祝贺…): a list or a run of paragraphs, one sender each;
- a *digest* ("news in brief", 简讯): a few lines per exchange, each often opening with its day;
- a delegation's report of a trip to several LAC countries, one *leg* per country.

The page is cut into segments (list entries, paragraphs, legs) and each segment is extracted by
the same field steps as a whole release, given a segment-shaped input: the page text with
everything outside the segment overwritten by spaces (same length, so every evidence span is an
offset into the page), and the segment's own line breaks joined so that it is the lead the steps
read. Segments without a LAC actor (the non-LAC senders of a roundup, look-alikes the gazetteer
rejects) give no item. Segments of one sender (several people of one party, a quote continued in
the next paragraph) are one item. Item 0 is the exchange the headline names, else the first —
except on a roundup whose headline names no sender and whose senders come from several LAC
countries: item 0 is then the page's own record (``collective``), the senders as one multilateral
exchange as the codebook codes such a page, and the exchanges follow as items 1, 2 … (so too for
several senders of one country: item 0 is that country's record with all of them as contacts).

A page of these kinds with no LAC segment keeps its page-level record; so does a roundup whose
LAC segments all name the one country the page-level coding found (a page about one exchange that
merely looks like a roundup), which then gains the senders as contacts. Every other page gives
exactly the record it gave before items existed — as item 0 of its own when the page reports
several exchanges of one kind held apart in one breath ("met separately with A and B", 分别致电;
``nlp/separate.py``), then followed by one item per counterpart.

The parts, one job a module: ``kinds`` tells which kind of page a release is; ``units`` holds the
paragraphs (or a one-line copy's sentences) segments are cut from, ``openings`` how a news item
opens, ``headline`` what the headline names; ``entries`` cuts a roundup into its senders and
``segments`` any kind of page into its segments, which ``documents`` makes releases of their own;
``outsiders`` finds segments whose sender is outside LAC, ``senders`` a roundup entry's sender;
``item_record`` puts a segment's record in the page's terms and ``page_items`` makes the page's
items of them; ``collective`` holds the page's own record over its items, and ``build`` the
records of each page (``expand``).
"""

from nlp.items.build import expand
from nlp.items.collective import exchanges
from nlp.items.item_record import DATELINE_NOTE

__all__ = ["DATELINE_NOTE", "exchanges", "expand"]
