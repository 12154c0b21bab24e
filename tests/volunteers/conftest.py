from datetime import date

import pytest

from brobygger.volunteers.models import AgreementText


@pytest.fixture
def texts(db):
    """The volunteer agreement and the confidentiality declaration, version 1, in force."""
    AgreementText.objects.create(
        kind="agreement", version=1, text="Aftale", valid_from=date(2026, 1, 1)
    )
    AgreementText.objects.create(
        kind="declaration", version=1, text="Tavshedspligt", valid_from=date(2026, 1, 1)
    )
