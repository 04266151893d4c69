"""Release text with the evidence of every field marked — escaped first, then wrapped.

Evidence spans are char offsets into the text (or the title). Spans may overlap (the same
words can be evidence of the country and of a contact), so the text is cut at every span
boundary and each piece is wrapped once, naming all the fields it is evidence for. Every
piece of text is HTML-escaped; only the ``<mark>`` tags made here are markup. A span whose
offsets do not fit the text (the page changed since extraction) is reported, not placed.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from nlp.schema import Span


@dataclass
class Misplaced:
    field: str
    span: Span
    reason: str


def css_name(field: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in field)


def highlight(
    text: str, evidence: dict[str, list[Span]], where: str = "text"
) -> tuple[Markup, list[Misplaced]]:
    """``text`` as safe HTML with ``<mark>`` around each evidence span of ``where``."""
    misplaced: list[Misplaced] = []
    placed: list[tuple[int, int, str]] = []
    for field, spans in sorted(evidence.items()):
        for span in spans:
            if (span.where or "text") != where:
                continue
            if not (0 <= span.start < span.end <= len(text)):
                misplaced.append(
                    Misplaced(field, span, f"offsets {span.start}-{span.end} outside the {where}")
                )
                continue
            if span.text and text[span.start : span.end] != span.text:
                misplaced.append(
                    Misplaced(
                        field,
                        span,
                        f"the {where} at {span.start}-{span.end} is not "
                        f"{span.text!r} (changed since extraction?)",
                    )
                )
                continue
            placed.append((span.start, span.end, field))
    cuts = sorted({0, len(text), *(s for s, _, _ in placed), *(e for _, e, _ in placed)})
    out: list[str] = []
    for begin, end in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[begin:end])
        fields = sorted({f for s, e, f in placed if s <= begin and end <= e})
        if fields:
            classes = " ".join(f"ev-{css_name(f)}" for f in fields) + (
                " ev-several" if len(fields) > 1 else ""
            )
            names = " ".join(fields)
            out.append(
                f'<mark class="ev {classes}" data-fields="{escape(names)}" '
                f'title="{escape(", ".join(fields))}">{piece}</mark>'
            )
        else:
            out.append(str(piece))
    return Markup("".join(out)), misplaced
