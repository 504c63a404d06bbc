"""The pypdf peer: extract_text of every page of each PDF named on the
command line, written to stdout. The public scrapers analysts use read
Ofsted's PDFs this way. Run with Debian's python3-pypdf (bench/run.ts finds
a python3 that can import pypdf, or skips the measure)."""
import sys

import pypdf

for path in sys.argv[1:]:
    reader = pypdf.PdfReader(path)
    sys.stdout.write("\f".join(page.extract_text() for page in reader.pages))
    sys.stdout.write("\n")
