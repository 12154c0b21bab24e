"""Look-ups on the reference geography."""

import math

from .models import LocalArea, PostalCode

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def local_area_for_postal_code(code: str) -> LocalArea | None:
    return LocalArea.objects.filter(localareapostalcode__postal_code_id=code).first()


def postal_code_point(code: str) -> tuple[float, float] | None:
    row = PostalCode.objects.filter(code=code).values_list("latitude", "longitude").first()
    if row is None:
        return None
    latitude, longitude = row
    # Both or nothing: half a centre must not reach a distance sum as None.
    return (latitude, longitude) if latitude is not None and longitude is not None else None


def in_municipality(code: str) -> bool:
    """Whether a postal code lies in the municipality, which is the sum of its local areas.
    Without any local areas there is nothing to judge by, and every code counts as inside."""
    from .models import LocalAreaPostalCode

    links = LocalAreaPostalCode.objects.all()
    return not links.exists() or links.filter(postal_code_id=code).exists()
