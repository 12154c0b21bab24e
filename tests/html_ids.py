"""Every id on a page once: a label, an error message or aria-describedby pointing at an id
that two controls share reaches the wrong one (WCAG 4.1.1, 1.3.1)."""

from collections import Counter
from html.parser import HTMLParser


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [value for name, value in attrs if name == "id" and value is not None]


def duplicate_ids(html: str) -> dict[str, int]:
    """The ids that occur more than once in ``html``, with how often."""
    parser = _Ids()
    parser.feed(html)
    return {i: n for i, n in Counter(parser.ids).items() if n > 1}


def ids(html: str) -> list[str]:
    parser = _Ids()
    parser.feed(html)
    return parser.ids
