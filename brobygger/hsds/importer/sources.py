"""Reading HSDS input into service-shaped ``Node`` trees that remember where each part was.

JSON: one service ("service_full" shape), an array of them, or a page with ``contents``.
CSV: the HSDS tabular package, a folder of ``services.csv``, ``locations.csv`` … (or its
``datapackage.json``); rows are joined into the same nested shape as JSON, so one validator
serves both and each error still names the CSV file and line it came from.
"""

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from .report import LineIndex, Node, Problems, Where

# HSDS table name → default file name in the package.
TABLES = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "address": "addresses.csv",
    "service_at_location": "service_at_location.csv",
    "schedule": "schedules.csv",
    "attribute": "attributes.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "taxonomy": "taxonomies.csv",
    "cost_option": "cost_options.csv",
    "phone": "phones.csv",
    "contact": "contacts.csv",
    "accessibility": "accessibility.csv",
}


@dataclass
class Batch:
    """Everything read from one source, before validation."""

    services: list[Node] = field(default_factory=list)
    # Rows of a CSV package that no service pulls in, imported on their own.
    organizations: list[Node] = field(default_factory=list)
    locations: list[Node] = field(default_factory=list)
    terms: list[Node] = field(default_factory=list)


def read(path: Path, problems: Problems) -> Batch:
    if path.is_dir():
        return read_csv_package(path, problems)
    if path.suffix.lower() == ".csv" or path.name == "datapackage.json":
        return read_csv_package(path.parent, problems)
    return read_json(path, problems)


def _not_utf8(exc: UnicodeDecodeError) -> str:
    return _("filen er ikke UTF-8-tekst (%(reason)s). Gem den som UTF-8, og prøv igen.") % {
        "reason": exc.reason
    }


def _unreadable(exc: OSError) -> str:
    return _("filen kan ikke læses: %(reason)s.") % {"reason": exc.strerror or exc}


def _empty_or(value: str | None) -> str:
    return value or _("(tom)")


def _text(path: Path, problems: Problems) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.error(Where(path.name), _not_utf8(exc))
    except OSError as exc:
        problems.error(Where(path.name), _unreadable(exc))
    return None


# JSON -------------------------------------------------------------------------------------


def to_node(value: Any, where: Where) -> Any:
    if isinstance(value, dict):
        return Node({k: to_node(v, where.at(k)) for k, v in value.items()}, where=where)
    if isinstance(value, list):
        return [to_node(v, where.at(i)) for i, v in enumerate(value)]
    return value


def read_json(path: Path, problems: Problems) -> Batch:
    batch = Batch()
    text = _text(path, problems)
    if text is None:
        return batch
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.error(
            Where(path.name, exc.lineno),
            _("filen er ikke gyldig JSON: %(error)s (kolonne %(column)s).")
            % {"error": exc.msg, "column": exc.colno},
        )
        return batch
    except RecursionError:
        problems.error(
            Where(path.name), _("filen er ikke gyldig JSON: den er indlejret for mange lag dybt.")
        )
        return batch
    root = Where(path.name, pointer="", index=LineIndex(text))
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, base = data["contents"], root.at("contents")
    elif isinstance(data, list):
        items, base = data, root
    elif isinstance(data, dict):
        items, base = [data], None
    else:
        problems.error(
            root,
            _(
                "filen skal indeholde én service (et objekt), en liste af services eller en "
                "side med »contents«."
            ),
        )
        return batch
    for i, item in enumerate(items):
        where = base.at(i) if base is not None else root
        if isinstance(item, dict):
            batch.services.append(to_node(item, where))
        else:
            problems.error(
                where,
                _("her skal stå en service (et objekt), men der står %(type)s.")
                % {"type": _json_type(item)},
            )
    return batch


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, int | float):
        return _("et tal")
    if isinstance(value, str):
        return _("en tekst")
    return _("en liste")


# CSV --------------------------------------------------------------------------------------


def _resource_paths(folder: Path) -> dict[str, Path]:
    """File of each table: from datapackage.json when it lists them, else the HSDS names."""
    paths = {table: folder / name for table, name in TABLES.items()}
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return paths  # absent or not JSON (HSDS's own example ships a link file)
    for resource in package.get("resources", []) if isinstance(package, dict) else []:
        if (
            isinstance(resource, dict)
            and resource.get("name") in TABLES
            and isinstance(resource.get("path"), str)
        ):
            paths[resource["name"]] = folder / resource["path"]
    if not paths["service_at_location"].exists():  # a common spelling of the file name
        paths["service_at_location"] = folder / "service_at_locations.csv"
    return paths


def _rows(path: Path, problems: Problems) -> Iterator[Node]:
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        problems.error(Where(path.name), _unreadable(exc))
        return
    with handle:
        reader = csv.DictReader(handle)
        start = 2  # line 1 is the header
        try:
            for row in reader:
                where = Where(path.name, start)
                if None in row:
                    problems.error(
                        where,
                        _(
                            "rækken har flere værdier end overskriften har kolonner. Tjek "
                            "kommaer og anførselstegn."
                        ),
                    )
                # An empty cell means "not given", as in HSDS's own examples.
                yield Node(
                    {
                        k: v.strip()
                        for k, v in row.items()
                        if k is not None and isinstance(v, str) and v.strip()
                    },
                    where=where,
                )
                start = reader.line_num + 1
        except UnicodeDecodeError as exc:
            problems.error(Where(path.name, start), _not_utf8(exc))
        except csv.Error as exc:
            problems.error(
                Where(path.name, start),
                _("filen er ikke gyldig CSV: %(error)s.") % {"error": exc},
            )


class _Tables:
    def __init__(self, folder: Path, problems: Problems) -> None:
        self.problems = problems
        self.rows: dict[str, list[Node]] = {}
        for table, path in _resource_paths(folder).items():
            self.rows[table] = list(_rows(path, problems)) if path.exists() else []
        self.by_id = {table: self._index(rows) for table, rows in self.rows.items()}

    def _index(self, rows: list[Node]) -> dict[str, Node]:
        index: dict[str, Node] = {}
        for row in rows:
            key = row.get("id")
            if key is None:
                continue
            if key in index:
                self.problems.error(
                    row.where.at("id"),
                    _(
                        "id %(id)s er allerede brugt på linje %(line)s. Hver række skal have "
                        "sit eget id."
                    )
                    % {"id": key, "line": index[key].where.line},
                )
            else:
                index[key] = row
        return index

    def grouped(self, table: str, column: str) -> dict[str, list[Node]]:
        groups: dict[str, list[Node]] = defaultdict(list)
        for row in self.rows[table]:
            if column in row:
                groups[row[column]].append(row)
        return groups


def read_csv_package(folder: Path, problems: Problems) -> Batch:
    if not _resource_paths(folder)["service"].exists():
        problems.error(
            Where(folder.name or str(folder)),
            _("mappen er ikke en HSDS-pakke i CSV-form: services.csv mangler."),
        )
        return Batch()
    t = _Tables(folder, problems)
    _attach_vocabulary(t)
    used_locations = _attach_locations(t)
    _attach_to_services(t)
    used_orgs = {s["organization_id"] for s in t.rows["service"] if "organization_id" in s}
    used_terms = {a["taxonomy_term_id"] for a in t.rows["attribute"] if "taxonomy_term_id" in a}
    return Batch(
        services=t.rows["service"],
        organizations=[o for o in t.rows["organization"] if o.get("id") not in used_orgs],
        locations=[loc for loc in t.rows["location"] if loc.get("id") not in used_locations],
        terms=[term for term in t.rows["taxonomy_term"] if term.get("id") not in used_terms],
    )


def _not_in(column: str, value: str | None, file: str) -> str:
    return _("%(column)s %(id)s findes ikke i %(file)s.") % {
        "column": column,
        "id": _empty_or(value),
        "file": file,
    }


def _attach_vocabulary(t: _Tables) -> None:
    for term in t.rows["taxonomy_term"]:
        taxonomy = t.by_id["taxonomy"].get(term.get("taxonomy_id", ""))
        if taxonomy is not None:
            term["taxonomy_detail"] = taxonomy
    for attribute in t.rows["attribute"]:
        linked = t.by_id["taxonomy_term"].get(attribute.get("taxonomy_term_id", ""))
        if linked is not None:
            attribute["taxonomy_term"] = linked


def _attach_locations(t: _Tables) -> set[str]:
    """Nest addresses, accessibility and attributes in locations, locations in services."""
    addresses = t.grouped("address", "location_id")
    access = t.grouped("accessibility", "location_id")
    attributes = t.grouped("attribute", "link_id")
    for location_id, location in t.by_id["location"].items():
        location["addresses"] = addresses.get(location_id, [])
        location["accessibility"] = access.get(location_id, [])
        location["attributes"] = attributes.get(location_id, [])
    for rows in (addresses, access):
        for location_id, orphans in rows.items():
            if location_id not in t.by_id["location"]:
                for row in orphans:
                    t.problems.error(
                        row.where.at("location_id"),
                        _not_in("location_id", location_id, TABLES["location"]),
                    )
    used: set[str] = set()
    for sal in t.rows["service_at_location"]:
        place = t.by_id["location"].get(sal.get("location_id", ""))
        if place is None:
            t.problems.error(
                sal.where.at("location_id"),
                _not_in("location_id", sal.get("location_id"), TABLES["location"]),
            )
            continue
        sal["location"] = place
        used.add(sal["location_id"])
    return used


def _attach_to_services(t: _Tables) -> None:
    services, orgs = t.by_id["service"], t.by_id["organization"]
    by_service = {
        table: t.grouped(table, "service_id")
        for table in ("service_at_location", "schedule", "cost_option", "phone", "contact")
    }
    attributes = t.grouped("attribute", "link_id")
    sal_service = {
        sal_id: sal.get("service_id") for sal_id, sal in t.by_id["service_at_location"].items()
    }
    for service_id, service in services.items():
        org = orgs.get(service.get("organization_id", ""))
        if org is not None:
            service["organization"] = org
        service["service_at_locations"] = by_service["service_at_location"].get(service_id, [])
        service["schedules"] = by_service["schedule"].get(service_id, [])
        service["cost_options"] = by_service["cost_option"].get(service_id, [])
        service["phones"] = by_service["phone"].get(service_id, [])
        service["contacts"] = by_service["contact"].get(service_id, [])
        service["attributes"] = attributes.get(service_id, [])
    # A schedule may hang off the service at a location rather than the service itself.
    for row in t.rows["schedule"]:
        if "service_id" not in row and row.get("service_at_location_id") in sal_service:
            owner = services.get(sal_service[row["service_at_location_id"]] or "")
            if owner is not None:
                owner["schedules"].append(row)
                continue
        if "service_id" not in row:
            t.problems.warn(
                row.where,
                _(
                    "mødetiden hører til et sted, ikke til en service, så den springes over. "
                    "Brobygger gemmer mødetider pr. tilbud."
                ),
            )
        elif row["service_id"] not in services:
            t.problems.error(
                row.where.at("service_id"),
                _not_in("service_id", row["service_id"], TABLES["service"]),
            )
    contacts = t.grouped("phone", "contact_id")
    for contact in t.rows["contact"]:
        contact["phones"] = contacts.get(contact.get("id", ""), [])
    org_contacts = t.grouped("contact", "organization_id")
    org_phones = t.grouped("phone", "organization_id")
    for org_id, org in orgs.items():
        org["attributes"] = attributes.get(org_id, [])
        org["contacts"] = [c for c in org_contacts.get(org_id, []) if "service_id" not in c]
        org["phones"] = [
            p for p in org_phones.get(org_id, []) if "service_id" not in p and "contact_id" not in p
        ]
    _check_links(t, services, orgs)


def _check_links(t: _Tables, services: dict[str, Node], orgs: dict[str, Node]) -> None:
    """Rows that point at nothing are errors."""
    for table in ("service_at_location", "cost_option"):
        for row in t.rows[table]:
            if row.get("service_id") not in services:
                t.problems.error(
                    row.where.at("service_id"),
                    _not_in("service_id", row.get("service_id"), TABLES["service"]),
                )
    for row in t.rows["attribute"]:
        link = row.get("link_id", "")
        if link not in services and link not in t.by_id["location"] and link not in orgs:
            t.problems.error(
                row.where.at("link_id"),
                _("link_id %(id)s er hverken en service, et sted eller en arrangør i denne pakke.")
                % {"id": _empty_or(link)},
            )
