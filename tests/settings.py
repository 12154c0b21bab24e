"""Settings for the test suite: the production settings in "test" mode."""

import os

os.environ["BROBYGGER_MODE"] = "test"
os.environ.setdefault("BROBYGGER_REQUIRE_TWO_FACTOR", "true")

from brobygger.settings import *  # noqa: F403
