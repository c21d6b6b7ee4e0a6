"""Builds src/eventcoder/tables/cameo.tsv from the public CAMEO/GDELT/PLOVER reference tables.

The facts (codes, names, Goldstein scores, the CAMEO->PLOVER map) carry over; the layout is ours.
Run once by a developer: python tools/build_cameo_table.py ../shared/data/reference
"""

import re
import sys
from pathlib import Path

ref = Path(sys.argv[1])
names = {}
for line in (ref / "CAMEO.eventcodes.txt").read_text().splitlines()[1:]:
    code, name = line.split("\t", 1)
    # GDELT's file runs two rows together: "1056 ...engagement106:[-5.0] Demand withdrawal"
    if "106:[" in name:
        name, rest = name.split("106:[", 1)
        names["106"] = rest.split("]", 1)[1].strip()
    names[code.strip()] = name.strip()
gold = {}
for line in (ref / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
    code, score = line.split("\t")
    gold[code.strip()] = float(score)
plover = {}
for line in (ref / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
    m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
    if not m:
        continue
    parts = [p.strip() for p in m.group(2).split(",")]
    parts += [""] * (3 - len(parts))
    plover[m.group(1)] = parts[:3]
out = ["# cameo\tname\tgoldstein\tplover_type\tplover_mode\tplover_context"]
for code in sorted(names, key=lambda c: (c[:2], c)):
    g = gold.get(code, gold.get(code[:3], gold.get(code[:2], 0.0)))
    t, mode, ctx = plover.get(code, plover.get(code[:3], plover.get(code[:2], ["", "", ""])))
    if code[:2] in ("01", "02"):
        t, mode, ctx = "", "", ""
    out.append(f"{code}\t{names[code]}\t{g}\t{t}\t{mode}\t{ctx}")
Path("src/eventcoder/tables/cameo.tsv").write_text("\n".join(out) + "\n")
print(len(out) - 1, "codes")
