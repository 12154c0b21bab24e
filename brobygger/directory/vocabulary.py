"""The directory's starting taxonomy: the shared vocabulary of :mod:`brobygger.vocabulary`.

Migration 0003 reads ``TAXONOMIES`` from this module, so the name stays importable here; new
code imports :mod:`brobygger.vocabulary` directly.
"""

from brobygger.vocabulary import TAXONOMIES

__all__ = ["TAXONOMIES"]
