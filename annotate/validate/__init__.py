"""Validation of CoNLL-U corpora: format (UD levels 1-2), VTB inventory, entity layer, corpus."""

from annotate.validate.incidents import Incident
from annotate.validate.run import Summary, validate_paths

__all__ = ["Incident", "Summary", "validate_paths"]
