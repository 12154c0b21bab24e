#!/usr/bin/env python
"""Developer entry point; users run the ``brobygger`` command instead."""

import os

from brobygger.cli import main

# Developers work locally: the demo mode keeps its key and database in ./data.
os.environ.setdefault("BROBYGGER_MODE", "demo")

if __name__ == "__main__":
    main()
