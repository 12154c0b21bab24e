"""The privacy notice (GDPR art. 13) for the public forms: one section per purpose, with the
retention periods read from the rules that apply them (``retention.RULES``), so the notice
never says one period while the nightly run applies another."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from brobygger.audit.events import LegalBasis

from .retention import RULES, Rule

REFERRAL = "henvisning"
SELF_REFERRAL = "vil-gerne-vaere-med"
VOLUNTEER = "frivillig"


@dataclass(frozen=True)
class Section:
    """One purpose: the anchor the forms link to, and what art. 13 asks to be told."""

    anchor: str
    title: Promise
    forms: Promise  # which forms this section is about
    data: Promise
    purpose: Promise
    bases: tuple[LegalBasis, ...]
    recipients: Promise
    retention_codes: tuple[str, ...]

    def retention(self) -> list[str]:
        by_code: dict[str, Rule] = {rule.code: rule for rule in RULES}
        return [by_code[code].describe() for code in self.retention_codes]

    def legal_bases(self) -> list[str]:
        return [str(basis.label) for basis in self.bases]


SECTIONS: tuple[Section, ...] = (
    Section(
        anchor=REFERRAL,
        title=_("Når nogen henviser en borger til en brobygger"),
        forms=_("“Henvis en borger” og “Jeg har mødt en ensom borger”"),
        data=_(
            "Borgerens navn, telefon, adresse, postnummer og fødselsår, hvorfor borgeren "
            "henvises, hvad borgeren interesserer sig for og har brug for, og om borgeren har "
            "sagt ja til at blive kontaktet. Om dig, der henviser: navn, arbejdssted, telefon "
            "og e-mail."
        ),
        purpose=_(
            "En brobygger i kommunen ringer til borgeren og hjælper borgeren med at finde et "
            "fællesskab. Oplysningerne om dig bruger vi til at spørge ind til henvisningen og "
            "– hvis borgeren siger ja – til at fortælle dig kort, hvordan det går."
        ),
        bases=(LegalBasis.PUBLIC_AUTHORITY, LegalBasis.CONSENT),
        recipients=_(
            "Brobyggerne i det team, der dækker borgerens postnummer, og deres teamleder. "
            "En frivillig følgeven får kun det, borgeren har sagt ja til. Oplysningerne "
            "sælges eller gives aldrig videre til andre."
        ),
        retention_codes=("closed_cases", "unjoined_referrals", "outbox_messages"),
    ),
    Section(
        anchor=SELF_REFERRAL,
        title=_("Når du selv beder om at blive ringet op"),
        forms=_("“Jeg vil gerne være med”"),
        data=_("Dit navn, telefonnummer og postnummer, og hvad du har lyst til."),
        purpose=_(
            "En brobygger ringer til dig og hjælper dig med at finde et fællesskab, der passer "
            "til dig."
        ),
        bases=(LegalBasis.PUBLIC_AUTHORITY,),
        recipients=_(
            "Brobyggerne i det team, der dækker dit postnummer, og deres teamleder. En "
            "frivillig følgeven får kun det, du har sagt ja til."
        ),
        retention_codes=("closed_cases", "unjoined_referrals", "outbox_messages"),
    ),
    Section(
        anchor=VOLUNTEER,
        title=_("Når du melder dig som frivillig"),
        forms=_("“Bliv frivillig”"),
        data=_(
            "Dit navn, telefonnummer, e-mail og postnummer, hvad du har lyst til at hjælpe med, "
            "dine interesser, hvilke dage du kan, og hvad du er god til."
        ),
        purpose=_(
            "Kommunens frivillighedskoordinator kontakter dig, finder en opgave, der passer til "
            "dig, og holder styr på dine opgaver, aftaler og kurser."
        ),
        bases=(LegalBasis.PUBLIC_INFORMATION,),
        recipients=_(
            "Kommunens frivillighedskoordinatorer. Når du får en opgave, ser den ansvarlige "
            "på stedet dit navn og telefonnummer."
        ),
        retention_codes=("unused_sign_ups", "left_volunteers", "outbox_messages"),
    ),
)
