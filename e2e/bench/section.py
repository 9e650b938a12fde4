"""One benchmark's section of BENCHMARKS.md, rewritten in place.

Each `make bench-*` script owns the text between its BEGIN and END markers
(both included in `text`); the rest of the file is kept. A file without the
markers gets the section appended; a missing file gets a title first.
BENCH_OUT names another file (a quick run that must not touch the real one).
"""

import os
import pathlib
import subprocess
import time

REPO = pathlib.Path(__file__).resolve().parents[2]


TITLE = "# Benchmarks\n\nMeasured by `make bench`; each section is rewritten by its script.\n"


def write(begin, end, text, out=None):
    """Make `text` (markers included) the section; `out` overrides BENCH_OUT.
    The file is replaced whole, so an interrupted run leaves the old one."""
    out = pathlib.Path(out or os.environ.get("BENCH_OUT", REPO / "BENCHMARKS.md"))
    doc = out.read_text() if out.exists() else TITLE
    if begin in doc and end in doc:
        doc = doc[:doc.index(begin)] + text + doc[doc.index(end) + len(end):]
    else:
        doc = doc.rstrip("\n") + "\n\n" + text + "\n"
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(doc)
    os.replace(tmp, out)


def publish(begin, end, lines):
    """The section of `lines` between the markers, written and printed."""
    text = "\n".join([begin, *lines, end])
    write(begin, end, text)
    print(text)


def now():
    """The time a section says it was measured at."""
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())


def revision(short="--short"):
    """The checkout's abbreviated commit (`short`: git's flag, e.g. --short=12)."""
    return subprocess.run(["git", "-C", str(REPO), "rev-parse", short, "HEAD"],
                          capture_output=True, text=True).stdout.strip()
