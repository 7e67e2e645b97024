"""The "bot" of the kill -9 tests: ``exchange-sdk`` itself (with the stand-in kill-switch
tables installed when the generated ones are missing)."""

from __future__ import annotations

import sys

import _stub_tables

from exchange_sdk.cli import main

_stub_tables.install()
sys.exit(main())
