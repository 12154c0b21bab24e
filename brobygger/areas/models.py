"""Danish reference geography (municipalities, postal codes) and the municipality's local areas."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    code = models.CharField(_("kommunekode"), max_length=3, primary_key=True)
    name = models.CharField(_("navn"), max_length=100)
    region = models.CharField(_("region"), max_length=100)
    region_code = models.CharField(_("regionskode"), max_length=4)

    class Meta:
        ordering = ["name"]
        verbose_name = _("kommune")
        verbose_name_plural = _("kommuner")

    def __str__(self) -> str:
        return self.name


class PostalCode(models.Model):
    code = models.CharField(_("postnummer"), max_length=4, primary_key=True)
    name = models.CharField(_("by"), max_length=100)
    latitude = models.FloatField(_("breddegrad"), null=True, blank=True)
    longitude = models.FloatField(_("længdegrad"), null=True, blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="postal_codes"
    )
    is_special = models.BooleanField(_("særligt postnummer"), default=False)

    class Meta:
        ordering = ["code"]
        verbose_name = _("postnummer")
        verbose_name_plural = _("postnumre")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class LocalArea(models.Model):
    """A lokalområde: the municipality's own division, defined by postal codes.

    Referrals are routed to the team of the citizen's local area, so one postal code belongs
    to at most one local area.
    """

    name = models.CharField(_("navn"), max_length=100, unique=True)
    slug = models.SlugField(unique=True)
    description = models.TextField(_("beskrivelse"), blank=True)
    postal_codes = models.ManyToManyField(
        PostalCode, through="LocalAreaPostalCode", related_name="local_areas"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("lokalområde")
        verbose_name_plural = _("lokalområder")

    def __str__(self) -> str:
        return self.name


class LocalAreaPostalCode(models.Model):
    local_area = models.ForeignKey(LocalArea, on_delete=models.CASCADE)
    postal_code = models.OneToOneField(
        PostalCode, on_delete=models.CASCADE, related_name="area_link"
    )

    class Meta:
        verbose_name = _("postnummer i lokalområde")
        verbose_name_plural = _("postnumre i lokalområder")

    def __str__(self) -> str:
        return f"{self.postal_code} → {self.local_area}"
