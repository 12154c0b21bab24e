"""Validating API output against the HSDS 3 JSON Schemas shipped in /work/shared/standards.

The compiled schemas are self-contained; ``schema/*.json`` and ``openapi.json`` refer to each
other by relative and absolute URLs under the specification's published address, so all of
them are registered under that address and resolved offline.
"""

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HSDS_DIR = Path("/work/shared/standards/hsds-3")
BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

format_checker = FormatChecker()


@format_checker.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    # jsonschema only checks date-time with an optional package; RFC 3339 needs a zone.
    if not isinstance(value, str):
        return True
    parsed = datetime.fromisoformat(value)
    return "T" in value and parsed.tzinfo is not None


@format_checker.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme in ("http", "https") and parts.netloc)


@cache
def registry() -> Registry:
    resources = []
    for folder, prefix in (
        (HSDS_DIR / "schema", BASE),
        (HSDS_DIR / "schema" / "compiled", BASE + "compiled/"),
    ):
        for path in sorted(folder.glob("*.json")):
            contents = json.loads(path.read_text())
            resources.append(
                (
                    prefix + path.name,
                    Resource.from_contents(contents, default_specification=DRAFT202012),
                )
            )
    return Registry().with_resources(resources)


def _validator(ref: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": ref}, registry=registry(), format_checker=format_checker)


def errors(instance: Any, ref: str) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validator(ref).iter_errors(instance)
    ]


def compiled(name: str) -> str:
    return f"{BASE}compiled/{name}.json"


def plain(name: str) -> str:
    return f"{BASE}{name}.json"


def response_schema(path: str) -> str:
    """The 200 response schema of an OpenAPI path, e.g. '/services/{id}'."""
    token = path.replace("~", "~0").replace("/", "~1")
    return f"{BASE}openapi.json#/paths/{token}/get/responses/200/content/application~1json/schema"


def assert_valid(instance: Any, ref: str) -> None:
    found = errors(instance, ref)
    assert not found, f"not valid against {ref}:\n" + "\n".join(found[:20])


def assert_page(body: dict[str, Any], item_ref: str | None, path: str) -> None:
    """A list answer: the whole page per the OpenAPI file, and each item per its own schema."""
    assert_valid(body, response_schema(path))
    for key in (
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
        "contents",
    ):
        assert key in body, key
    if item_ref:
        for item in body["contents"]:
            assert_valid(item, item_ref)
