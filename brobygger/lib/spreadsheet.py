"""Spreadsheet exports that cannot run what people typed.

A name typed on a public form as ``=HYPERLINK("http://…")`` becomes a live formula when a
coordinator opens the export in Excel (CSV/formula injection, OWASP). Every export writes its
rows through ``append_row``: text is always stored as text, never as a formula, and text that
starts like a formula (``= + - @``, tab or carriage return) also gets Excel's "quote prefix",
the flag Excel itself sets when someone types an apostrophe first, so the cell stays text
even after it is edited. The characters an xlsx file cannot hold are dropped, not a 500.
"""

from collections.abc import Iterable
from io import BytesIO
from typing import Any

from django.utils.functional import Promise
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS)


def cell_value(value: Any) -> Any:
    """A value as it may go into a cell: text without the characters xlsx cannot hold;
    lazy translations as plain text; numbers and dates unchanged."""
    if isinstance(value, str | Promise):
        return ILLEGAL_CHARACTERS_RE.sub("", str(value))
    return value


def append_row(sheet: Worksheet, values: Iterable[Any]) -> None:
    """Append one row; every text cell is literal text."""
    sheet.append([cell_value(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # openpyxl reads a leading "=" as a formula otherwise
            if looks_like_formula(cell.value):
                cell.quotePrefix = True


def to_bytes(book: Workbook) -> bytes:
    out = BytesIO()
    book.save(out)
    return out.getvalue()
