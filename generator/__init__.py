"""exchange-sdk generator: YAML specs -> typed Python SDK, response models and conformance tests.

Packages along the pipeline: spec/ (load, validate, build the IR) -> ir/ (the intermediate
representation every emitter reads) -> emit/ (one module per output kind) -> run/ (pipeline,
format, write); review/ holds the spec-review tools. docs/internals.md has the map.
Run as `python -m generator <command>`.
"""

SDK_VERSION = "0.1.0"
