"""`vicorpus validate PATH...`: the entry the CLI group loads (annotate.cli.validation_cmd:validate).

The command and its engine are in annotate.cli.validate_cmd and annotate.validate; this module
names the command where the CLI group looks for it, so both stay one implementation.
"""

from __future__ import annotations

from annotate.cli.validate_cmd import validate

__all__ = ["validate"]
