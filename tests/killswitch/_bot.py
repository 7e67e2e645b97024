"""The "bot" of the kill -9 tests: ``exchange-sdk`` itself."""

from __future__ import annotations

import sys

from exchange_sdk.cli import main

sys.exit(main())
