"""Release pages: decoding, template detection, parsing, removed-page detection.

``parse_page(body, url, content_type)`` -> ``ParsedPage``; ``decode_html``; ``is_gone_page``.
What is known of each template's layout lives in ``layouts.py``.
"""

from scraper.pages.decode import decode_html
from scraper.pages.gone import is_gone_page
from scraper.pages.model import ParsedPage
from scraper.pages.parse import parse_page

__all__ = ["ParsedPage", "decode_html", "is_gone_page", "parse_page"]
