"""Keep only the events that involve one country.

    python examples/filter_country.py [ISO3]

Prints the seeds' events involving Tajikistan (``TJK``) by default, then
writes them as JSON to ``tjk.json``.
"""

import sys
from pathlib import Path

import timeline

country = sys.argv[1].upper() if len(sys.argv) > 1 else "TJK"
full = timeline.build(timeline.seed_documents())
only = full.filter(countries=[country])

for event in only:
    print(f"{event.when!s:<24} {event.kind:<10} {event.status.value:<10} {event.title}")
Path(f"{country.lower()}.json").write_text(timeline.to_json(only), encoding="utf-8")
print(f"{len(only)} of {len(full)} events involve {country}")
