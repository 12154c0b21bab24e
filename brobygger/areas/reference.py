"""Loading the shipped Danish reference data (see data/SOURCES.md for sources and credits)."""

import csv
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
ATTRIBUTION = (
    "Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, Danmarks Adressers "
    "Web API (DAWA), 2019. Postnummerdata © GeoNames (geonames.org), CC BY 4.0."
)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _float(value: str) -> float | None:
    return float(value) if value else None


def load_reference_data(municipality_model: Any, postal_code_model: Any) -> None:
    """Create or update every municipality and postal code; safe to run again."""
    municipalities = [
        municipality_model(
            code=r["code"], name=r["name"], region=r["region"], region_code=r["region_code"]
        )
        for r in _rows("municipalities.csv")
    ]
    known = {m.code for m in municipalities}
    postal_codes = [
        postal_code_model(
            code=r["postal_code"],
            name=r["name"],
            latitude=_float(r["latitude"]),
            longitude=_float(r["longitude"]),
            municipality_id=r["municipality_code"],
            is_special=special,
        )
        for name, special in (("postal_codes.csv", False), ("postal_codes_special.csv", True))
        for r in _rows(name)
        if r["municipality_code"] in known
    ]
    municipality_model.objects.bulk_create(
        municipalities,
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=["name", "region", "region_code"],
    )
    postal_code_model.objects.bulk_create(
        postal_codes,
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=["name", "latitude", "longitude", "municipality", "is_special"],
        batch_size=500,
    )
