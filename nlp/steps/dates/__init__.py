"""The parts of the event_date step (nlp/steps/event_date.py), one job a module.

``datelines`` reads the page's dateline, the anchor of every day placed without its year or month;
``english`` and ``chinese`` read the days a text writes, ``relative`` the days it counts from the
anchor (weekdays, "today", "the same day"), each as a candidate (``candidates.Found``); ``visits``,
``exchange`` and ``signature`` hold the codebook's rules for choosing among them, which the step
applies in order. The forms of a date and their calendar arithmetic (``month_day``, ``bare_day``,
the weekday functions) are nlp/dates.py's, the project's one date parser; the few patterns defined
here find the lines a date stands in (a standalone dateline, a signature line).
"""
