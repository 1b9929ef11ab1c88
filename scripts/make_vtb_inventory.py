"""Write annotate/data/vtb_inventory.json: the DEPREL and XPOS values UD_Vietnamese-VTB uses.

Usage: python scripts/make_vtb_inventory.py [--ud-dir treebank/UD_Vietnamese-VTB] [--out PATH]
Only the tag values and their counts are written, no treebank text. The validator reads the
sorted value lists (`deprel`, `xpos`); `counts` is there to judge how common a value is.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def count_values(files: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """DEPREL and XPOS counts over the syntactic words (integer IDs) of `files`."""
    deprels: Counter[str] = Counter()
    xpos: Counter[str] = Counter()
    for path in files:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line[:1].isdigit():
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) == 10 and cols[0].isdigit():
                        deprels[cols[7]] += 1
                        xpos[cols[4]] += 1
    return deprels, xpos


def main() -> None:
    """Collect the values from the treebank's train, dev and test files and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud-dir", type=Path, default=ROOT / "treebank" / "UD_Vietnamese-VTB")
    parser.add_argument("--out", type=Path, default=ROOT / "annotate" / "data" / "vtb_inventory.json")
    args = parser.parse_args()
    files = sorted(args.ud_dir.glob("vi_vtb-ud-*.conllu"))
    if not files:
        sys.exit(f"no vi_vtb-ud-*.conllu files in {args.ud_dir}; inventory left unchanged")
    deprels, xpos = count_values(files)
    data = {
        "source": "UD_Vietnamese-VTB " + "+".join(p.stem.rsplit("-", 1)[-1] for p in files),
        "deprel": sorted(deprels),
        "xpos": sorted(xpos),
        "counts": {"deprel": dict(sorted(deprels.items())), "xpos": dict(sorted(xpos.items()))},
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(deprels)} deprels, {len(xpos)} xpos")


if __name__ == "__main__":
    main()
