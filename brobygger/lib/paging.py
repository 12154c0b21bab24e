"""Pagination that never counts more rows than anyone would page through."""

from functools import cached_property
from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet


class CappedPaginator(Paginator[Any]):
    """Counts at most ``cap`` rows: counting 17,000 matches of a popular word costs as much as
    finding them, and nobody reads past page 50. ``capped`` tells the template to say "over"."""

    cap = 1000

    @cached_property
    def _found(self) -> int:
        rows = self.object_list
        if not isinstance(rows, QuerySet):
            return len(rows)  # already in memory: nothing to save
        # No ORDER BY: the first cap+1 matches in any order are enough to count.
        return rows.order_by().values("pk")[: self.cap + 1].count()

    @cached_property
    def count(self) -> int:
        return min(self._found, self.cap)

    @property
    def capped(self) -> bool:
        return self._found > self.cap
