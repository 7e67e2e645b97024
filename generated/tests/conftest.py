# Generated from templates/tests/conftest.py.jinja (sha256 7fed679ed5af6cb42fe6588e95f2683f613f985b64ff8ea3570562ac73276ad2). Do not edit: run make.
"""Shared fixtures of the generated conformance tests."""

from __future__ import annotations

import sys
from pathlib import Path

# The reference signers sit beside the tests (they must not come from the SDK).
sys.path.insert(0, str(Path(__file__).parent))
