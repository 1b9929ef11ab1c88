"""Write annotate/data/vtb_inventory.json: the DEPREL and XPOS values UD_Vietnamese-VTB uses.

Usage: python scripts/make_vtb_inventory.py [UD_DIR]   (default ../shared/ud)
Only the tag values are written, no treebank text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Collect the values from every *.conllu file of the treebank folder."""
    ud_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "ud"
    deprels: set[str] = set()
    xpos: set[str] = set()
    for path in sorted(ud_dir.glob("vi_vtb-ud-*.conllu")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line[:1].isdigit():
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) == 10 and cols[0].isdigit():
                        deprels.add(cols[7])
                        xpos.add(cols[4])
    out = ROOT / "annotate" / "data" / "vtb_inventory.json"
    data = {"source": "UD_Vietnamese-VTB train+dev+test", "deprel": sorted(deprels), "xpos": sorted(xpos)}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(deprels)} deprels, {len(xpos)} xpos")


if __name__ == "__main__":
    main()
