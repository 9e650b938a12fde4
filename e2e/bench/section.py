"""One benchmark's section of BENCHMARKS.md, rewritten in place.

Each `make bench-*` script owns the text between its BEGIN and END markers
(both included in `text`); the rest of the file is kept. A file without the
markers gets the section appended; a missing file gets a title first.
BENCH_OUT names another file (a quick run that must not touch the real one).
"""

import os
import pathlib

REPO = pathlib.Path(__file__).resolve().parents[2]


def write(begin, end, text):
    out = pathlib.Path(os.environ.get("BENCH_OUT", REPO / "BENCHMARKS.md"))
    doc = out.read_text() if out.exists() else "# Benchmarks\n"
    if begin in doc and end in doc:
        doc = doc[:doc.index(begin)] + text + doc[doc.index(end) + len(end):]
    else:
        doc = doc.rstrip("\n") + "\n\n" + text + "\n"
    out.write_text(doc)
