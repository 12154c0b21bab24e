"""Every consent a citizen can give, what it is for in plain Danish, and where it stands.

``ConsentKind`` (referrals) names each consent; its purpose lives here, where the citizen's
overview of consents is built. A test fails if a kind is added without a purpose.
"""

from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from brobygger.referrals.models import Citizen, Consent, ConsentKind

PURPOSES: dict[str, Promise] = {
    ConsentKind.CONTACT: _(
        "En brobygger fra kommunen må ringe eller skrive til borgeren for at tale om "
        "fællesskaber og aktiviteter, der kunne passe. Uden samtykket kontakter vi ikke "
        "borgeren, og et igangværende forløb afsluttes."
    ),
    ConsentKind.FEEDBACK: _(
        "Den, der henviste borgeren (for eksempel egen læge eller hjemmeplejen), må få en kort "
        "besked om, hvordan det går – aldrig hvad borgeren har fortalt."
    ),
    ConsentKind.VOLUNTEER_NOTES: _(
        "En frivillig følgeven, chauffør eller besøgsven må få de få oplysninger, der er "
        "nødvendige for at hjælpe, for eksempel at borgeren går med rollator eller hører "
        "dårligt."
    ),
}

# What happens at once when a consent is withdrawn, said before the button is pressed.
WITHDRAWAL_EFFECTS: dict[str, Promise] = {
    ConsentKind.CONTACT: _("Borgerens åbne forløb afsluttes som “trukket tilbage”."),
    ConsentKind.FEEDBACK: _("Henviseren får ikke flere beskeder om forløbet."),
    ConsentKind.VOLUNTEER_NOTES: _("Frivillige kan ikke længere se noterne om, hvad de skal vide."),
}


@dataclass
class ConsentStanding:
    """One kind of consent for one citizen: its purpose, whether it is in force, and its
    history (newest first; the newest record is the one in force)."""

    kind: str
    label: str
    purpose: str
    effect: str
    history: list[Consent] = field(default_factory=list)

    @property
    def latest(self) -> Consent | None:
        return self.history[0] if self.history else None

    @property
    def in_force(self) -> bool:
        return bool(self.latest and self.latest.given)


def standings(citizen: Citizen) -> list[ConsentStanding]:
    """Every kind of consent, recorded or not, in the order ``ConsentKind`` lists them."""
    by_kind = {
        kind.value: ConsentStanding(
            kind=kind.value,
            label=str(kind.label),
            purpose=str(PURPOSES[kind]),
            effect=str(WITHDRAWAL_EFFECTS[kind]),
        )
        for kind in ConsentKind
    }
    for consent in citizen.consents.select_related("recorded_by").order_by("-recorded_at", "-id"):
        if consent.kind in by_kind:
            by_kind[consent.kind].history.append(consent)
    return list(by_kind.values())
