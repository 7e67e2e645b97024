"""exchange-sdk generator: YAML specs -> typed Python SDK, response models and conformance tests.

Stages (one module each): load -> validate -> model -> render -> models -> format -> write.
Run as `python -m generator <command>`.
"""

SDK_VERSION = "0.1.0"
