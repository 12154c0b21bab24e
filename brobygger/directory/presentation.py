"""How an offer is shown: each fact once, whichever field it was recorded in."""

from typing import Protocol

from brobygger.vocabulary import TAXONOMIES

ACCESS = "access"
FULL_CODE = "status:fuldt"
# A place's own flags and the access term that says the same.
PLACE_FLAGS = (("wheelchair", "access:koerestol"), ("hearing_loop", "access:teleslynge"))


class _Term(Protocol):
    code: str

    def label(self, language: str) -> str: ...


def _vocabulary_label(code: str, language: str) -> str:
    slug, _, short = code.partition(":")
    for taxonomy, _name, _name_en, terms in TAXONOMIES:
        if taxonomy == slug:
            for term_code, name, name_en in terms:
                if term_code == short:
                    return name_en if language == "en" else name
    return code


def access_labels(terms: list[_Term], place: object | None, language: str) -> list[str]:
    """The offer's accessibility labels, each once: its access terms in order, then what
    the place says (wheelchair, hearing loop) when no term says it already."""
    seen: set[str] = set()
    labels: list[str] = []
    for term in terms:
        if term.code.startswith(ACCESS + ":") and term.code not in seen:
            seen.add(term.code)
            labels.append(term.label(language))
    for flag, code in PLACE_FLAGS:
        if place is not None and getattr(place, flag, False) and code not in seen:
            seen.add(code)
            labels.append(_vocabulary_label(code, language))
    return labels


def is_full(terms: list[_Term], has_places: bool) -> bool:
    """No places: the owner unticked them or the "full" term is set (one label for both)."""
    return not has_places or any(term.code == FULL_CODE for term in terms)
