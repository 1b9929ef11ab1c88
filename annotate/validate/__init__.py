"""Validation of CoNLL-U corpora, streamed line by line; every problem is an Incident value.

Modules, one job each:
- reader: raw lines -> sentence blocks; encoding, NFC, LF, blank-line structure (UD level 1);
- format: one sentence -> columns, whitespace, IDs, HEAD/DEPS, tree, UPOS, FEATS, MISC, sent_id,
  `# text` vs FORM + SpaceAfter, enhanced graph (UD levels 1-2, same verdict as udtools);
- parallel_id: `# parallel_id` (UD level 2);
- inventory: DEPREL/XPOS outside UD_Vietnamese-VTB (warnings);
- entities: BIO tags, labels, attribute formats, LEGAL ids, TokenRange;
- corpus: newdoc id unique across files, a sentence text in two splits (warning), counts;
- udtools_bridge: `--ud-level 3+` runs the official validator for its content checks;
- run: files and folders -> incidents + Summary.

Decisions: the official validator is the referee for levels 1-2: what it accepts yields no error
here. So "DEPREL root iff HEAD 0" (a level-3 rule there) and MISC typos are warnings; a sentence
text repeated across splits is a warning (VTB itself has 12); warnings never fail a run.
"""

from annotate.validate.incidents import Incident
from annotate.validate.run import Summary, validate_paths

__all__ = ["Incident", "Summary", "validate_paths"]
