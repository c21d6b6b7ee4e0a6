"""gc.freeze acts on the whole process: only a Coder built to own its process may call it."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc, sys
from eventcoder.pipeline import Coder
host = [[] for _ in range(1000)]  # the host program's own objects
c = Coder(geocode=False, tune_gc=sys.argv[1] == "1")
c.nlp
print(gc.get_freeze_count())
"""


def frozen_after_load(freeze: bool) -> int:
    proc = subprocess.run([sys.executable, "-c", SCRIPT, "1" if freeze else "0"], capture_output=True,
                          check=True, timeout=300)
    return int(proc.stdout.decode().split()[-1])


def test_library_coder_leaves_the_collector_alone():
    assert frozen_after_load(False) == 0


def test_coding_process_freezes_its_dictionaries():
    assert frozen_after_load(True) > 100_000
