"""render_cli: the endpoint commands computed from the specs (flags, types, choices, help text
from the spec, required flags) and the refusal of a parameter that would shadow a common
option."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.emit.cli_table import cli_commands, render_cli
from generator.errors import GeneratorError
from generator.ir.runtime import COMMON_FLAGS
from generator.ir.types import Project
from generator.run.pipeline import load_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(ROOT / "specs")


def test_one_command_per_endpoint(project: Project) -> None:
    commands = cli_commands(project)
    assert len(commands) == len(project.operations)
    names = {(c.exchange, c.group, c.name) for c in commands}
    assert ("bingx", "spot", "cancel-all-after") in names
    assert ("gate", "spot", "countdown-cancel-all") in names


def test_options_come_from_the_spec(project: Project) -> None:
    (command,) = [
        c
        for c in cli_commands(project)
        if c.method == "cancel_all_after" and c.exchange == "bingx" and c.group == "spot"
    ]
    by_flag = {o.flag: o for o in command.options}
    assert by_flag["--type"].choices == ("ACTIVATE", "CLOSE")
    assert by_flag["--type"].required
    time_out = by_flag["--time-out"]
    assert (time_out.dest, time_out.kind, time_out.metavar) == ("time_out", "int", "SECONDS")
    assert "10 <= time_out <= 120" in time_out.help
    assert "Wire name `timeOut`" in time_out.help
    assert command.description.startswith("Cancel all spot pending orders")
    assert "POST /openApi/spot/v1/trade/cancelAllAfter" in command.description


def test_help_text_is_safe_for_argparse(project: Project) -> None:
    for command in cli_commands(project):
        for option in command.options:
            assert "%" not in option.help.replace("%%", "")


def test_a_parameter_named_like_a_common_option_is_refused(project: Project) -> None:
    ex = project.exchanges[0]
    group = ex.groups[0]
    op = group.operations[0]
    param = dataclasses.replace(op.params[0], python_name="json")
    bad_op = dataclasses.replace(op, params=(param,))
    bad = dataclasses.replace(
        project,
        exchanges=(
            dataclasses.replace(ex, groups=(dataclasses.replace(group, operations=(bad_op,)),)),
        ),
    )
    with pytest.raises(GeneratorError, match="--json collides"):
        cli_commands(bad)
    assert "--json" in COMMON_FLAGS


def test_rendered_module_has_the_header_and_the_table(project: Project) -> None:
    (rendered,) = render_cli(project)
    assert rendered.path == "exchange_sdk/_cli_commands.py"
    assert rendered.text.startswith(
        "# Generated from specs/ through templates/cli_commands.py.jinja"
    )
    assert "EndpointCommand(" in rendered.text and "CliOption(" in rendered.text
    assert render_cli(project)[0].text == rendered.text  # deterministic
