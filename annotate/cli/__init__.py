"""The `vicorpus` command line: a thin layer over the Python API.

Each command lives in its own module and is imported only when it runs, so that commands that
need no model (validate, build) start without importing torch or Stanza.
Exit codes: 0 success, 1 the command ran but found problems (invalid corpus, failed documents),
2 the command could not run (bad arguments, missing or unreadable input).
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from annotate import __version__
from annotate.errors import VicorpusError

COMMANDS: dict[str, str] = {
    "annotate": "annotate.cli.annotate_cmd:annotate",
    "tag": "annotate.cli.entities_cmd:tag",
    "eval": "annotate.cli.entities_cmd:evaluate",
    "validate": "annotate.cli.validate_cmd:validate",
    "build": "annotate.cli.dataset_cmd:build",
    "export": "annotate.cli.dataset_cmd:export",
    "push": "annotate.cli.dataset_cmd:push",
    "view": "annotate.cli.view_cmd:view",
    "review": "annotate.cli.review_cmd:review",
    "agree": "annotate.cli.review_cmd:agree",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, _, attr = target.partition(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="vicorpus")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Vietnamese text -> UD CoNLL-U with entities -> Hugging Face dataset."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def main() -> None:
    """Console entry point: runs the CLI and turns vicorpus errors into one line and exit 2."""
    try:
        cli.main(standalone_mode=False)
    except VicorpusError as error:
        click.echo(f"vicorpus: error: {error}", err=True)
        sys.exit(2)
    except (click.exceptions.Abort, KeyboardInterrupt):  # Ctrl-C (click turns it into Abort)
        click.echo("vicorpus: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(2 if error.exit_code == 2 else error.exit_code)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
