"""The walk over a person's records finds every model that holds data about them: checked
against an independent search of the model registry, so a model added later cannot be missed
by the export or the anonymisation."""

import pytest
from django.apps import apps
from django.db import models

from brobygger.privacy.consents import PURPOSES, WITHDRAWAL_EFFECTS
from brobygger.privacy.labels import MODEL_TITLES, has_own_name, is_named
from brobygger.privacy.records import NOT_FOLLOWED, holdings, shown_fields
from brobygger.referrals.models import Citizen, ConsentKind, Referral
from brobygger.volunteers.models import Volunteer


def models_pointing_at(root: type[models.Model]) -> set[type[models.Model]]:
    """Every model with a chain of relations (of any length) ending at ``root``, found the
    other way round from the walk: forward from each model, until nothing more is added."""
    reached = {root}
    changed = True
    while changed:
        changed = False
        for model in apps.get_models():
            if model in reached:
                continue
            for f in model._meta.get_fields():
                if not (f.is_relation and f.concrete) or f.related_model not in reached:
                    continue
                if (model._meta.label_lower, f.name) in NOT_FOLLOWED:
                    continue
                reached.add(model)
                changed = True
                break
    return reached


@pytest.mark.parametrize("root", [Citizen, Volunteer, Referral])
def test_the_walk_finds_every_model_with_a_path_to_the_person(root):
    walked = {h.model for h in holdings(root)}
    assert walked == models_pointing_at(root)


def test_the_citizen_walk_knows_the_models_of_today():
    # A readable check of the generic one above: the models a reviewer expects.
    labels = {h.label for h in holdings(Citizen)}
    assert {
        "referrals.citizen",
        "referrals.consent",
        "referrals.case",
        "referrals.referral",
        "referrals.statechange",
        "referrals.conversation",
        "referrals.planstep",
        "referrals.planchoice",
        "referrals.task",
        "referrals.feedbackshare",
        "volunteers.assignment",
        "volunteers.needtoknownote",
        "volunteers.hourlog",
    } <= labels


def test_a_suspected_duplicate_is_not_followed_to_the_citizen():
    # It may be about someone else: only the confirmed link (referral.case) is walked.
    referral = next(h for h in holdings(Citizen) if h.label == "referrals.referral")
    assert referral.lookups == ("case__citizen",)


@pytest.mark.parametrize("root", [Citizen, Volunteer])
def test_every_model_and_field_in_an_export_has_a_danish_name(root):
    unnamed = []
    for holding in holdings(root):
        model = holding.model
        if not has_own_name(model) and model._meta.label_lower not in MODEL_TITLES:
            unnamed.append(model._meta.label_lower)
        unnamed += [
            f"{model._meta.label_lower}.{f.name}"
            for f in shown_fields(model)
            if not is_named(model, f)
        ]
    assert unnamed == []


def test_every_kind_of_consent_has_a_purpose_and_a_stated_effect():
    assert set(PURPOSES) == set(ConsentKind.values)
    assert set(WITHDRAWAL_EFFECTS) == set(ConsentKind.values)
