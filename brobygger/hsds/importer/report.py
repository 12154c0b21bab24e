"""Where a value came from, what was wrong with it, and what the import did."""

import json
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

_DECODER = json.JSONDecoder()


def _string_at(text: str, i: int) -> tuple[str, int]:
    """The JSON string whose opening quote is at ``i``, and the index just after it."""
    decoded, end = _DECODER.raw_decode(text, i)
    return str(decoded), end


ENTITIES = ("taxonomies", "terms", "organisations", "contacts", "locations", "offers", "schedules")
OUTCOMES = ("created", "updated", "unchanged", "skipped")
# The summary table's words: one word each, so a row can be read by its first word.
ENTITY_LABELS = {
    "taxonomies": gettext_lazy("ordlister"),
    "terms": gettext_lazy("begreber"),
    "organisations": gettext_lazy("arrangører"),
    "contacts": gettext_lazy("kontaktpersoner"),
    "locations": gettext_lazy("steder"),
    "offers": gettext_lazy("tilbud"),
    "schedules": gettext_lazy("mødetider"),
}
OUTCOME_LABELS = {
    "created": gettext_lazy("oprettet"),
    "updated": gettext_lazy("opdateret"),
    "unchanged": gettext_lazy("uændret"),
    "skipped": gettext_lazy("sprunget over"),
}


def pointer_token(key: str | int) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


class LineIndex:
    """JSON pointer → line number of a parsed JSON text, worked out only when asked."""

    _WS = re.compile(r"[ \t\n\r]*")
    # Python's json also reads NaN and Infinity, so the scanner must step over them too.
    _SCALAR = re.compile(
        r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity"
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._offsets: dict[str, int] | None = None
        self._newlines: list[int] | None = None

    def line_of(self, pointer: str) -> int | None:
        if self._offsets is None:
            self._offsets = self._scan()
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        offset = self._offsets.get(pointer)
        while offset is None and pointer:  # a missing key: the line of its object
            pointer = pointer.rsplit("/", 1)[0]
            offset = self._offsets.get(pointer)
        if offset is None or self._newlines is None:
            return None
        return bisect_left(self._newlines, offset) + 1

    def _scan(self) -> dict[str, int]:
        # Only called on text json.loads has accepted, so the grammar needs no error paths.
        text, offsets = self.text, {}

        def skip(i: int) -> int:
            match = self._WS.match(text, i)
            return match.end() if match else i

        def value(i: int, pointer: str) -> int:
            i = skip(i)
            offsets[pointer] = i
            if text[i] == "{":
                i = skip(i + 1)
                while text[i] != "}":
                    key, i = _string_at(text, skip(i))
                    i = skip(value(skip(i) + 1, f"{pointer}/{pointer_token(key)}"))
                    i = skip(i + 1) if text[i] == "," else i
                return i + 1
            if text[i] == "[":
                i, n = skip(i + 1), 0
                while text[i] != "]":
                    i = skip(value(i, f"{pointer}/{n}"))
                    i, n = (skip(i + 1) if text[i] == "," else i), n + 1
                return i + 1
            if text[i] == '"':
                return _string_at(text, i)[1]
            match = self._SCALAR.match(text, i)
            return match.end() if match else i + 1

        value(0, "")
        return offsets


@dataclass(frozen=True)
class Where:
    """A place in the input: a JSON pointer (with its line) or a CSV line and column."""

    file: str
    line: int | None = None
    pointer: str | None = None
    column: str | None = None
    index: LineIndex | None = field(default=None, compare=False, repr=False)

    def at(self, *keys: str | int) -> "Where":
        if self.pointer is None:  # a CSV row: a field is a column
            return replace(self, column=str(keys[-1])) if keys else self
        return replace(self, pointer=self.pointer + "".join(f"/{pointer_token(k)}" for k in keys))

    @property
    def line_number(self) -> int | None:
        if self.index is not None and self.pointer is not None:
            return self.index.line_of(self.pointer) or self.line
        return self.line

    def sort_key(self) -> tuple[str, int, str]:
        return (self.file, self.line_number or 0, self.pointer or self.column or "")

    def __str__(self) -> str:
        parts = [self.file]
        if self.line_number:
            parts.append(_("linje %(line)s") % {"line": self.line_number})
        if self.pointer:
            parts.append(_("ved %(pointer)s") % {"pointer": self.pointer})
        if self.column:
            parts.append(_("kolonne %(column)s") % {"column": self.column})
        return ", ".join(parts)


class Node(dict):  # type: ignore[type-arg]
    """A JSON object or CSV row that remembers where it was read."""

    where: Where

    def __init__(self, *args: object, where: Where, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.where = where


@dataclass(frozen=True)
class Problem:
    where: Where
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = _("advarsel") if self.warning else _("fejl")
        return f"{kind}: {self.where}: {self.message}"


class Problems:
    """Collects problems; plans compare ``errors`` before and after to learn if they failed."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.errors = 0

    def error(self, where: Where, message: str) -> None:
        self.items.append(Problem(where, message))
        self.errors += 1

    def warn(self, where: Where, message: str) -> None:
        self.items.append(Problem(where, message, warning=True))

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: p.where.sort_key())


@dataclass
class ImportReport:
    source: str
    problems: list[Problem]
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    )
    dry_run: bool = False
    saved: bool = False
    removed_schedules: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    def count(self, entity: str, outcome: str, n: int = 1) -> None:
        self.counts[entity][outcome] += n

    def table(self) -> str:
        entities = [str(ENTITY_LABELS[e]) for e in ENTITIES]
        outcomes = [str(OUTCOME_LABELS[o]) for o in OUTCOMES]
        first = max(map(len, entities)) + 2
        width = max(map(len, outcomes)) + 2
        rows = [" " * first + "".join(f"{o:>{width}}" for o in outcomes)]
        for entity, label in zip(ENTITIES, entities, strict=True):
            numbers = self.counts.get(entity) or dict.fromkeys(OUTCOMES, 0)
            rows.append(f"{label:{first}}" + "".join(f"{numbers[o]:>{width}}" for o in OUTCOMES))
        return "\n".join(rows)
