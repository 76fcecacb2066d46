"""Merge a newly published article into an existing timeline.

    python examples/merge_new_article.py

Builds the timeline of the bundled seeds, saves it as JSON, then reads it
back and merges in ``examples/articles/xi-state-visit.txt``, a later
report of a visit the seeds only announce. The announced visit becomes a
visit that happened, keeps its id (so calendar clients update it instead of
adding a second one) and lists both reports among its sources.
"""

from pathlib import Path

import timeline
from timeline.export import load, save

here = Path(__file__).resolve().parent
saved = Path("timeline.json")

save(timeline.build(timeline.seed_documents()), saved)

existing = load(saved)
new_article = timeline.read_documents(here / "articles" / "xi-state-visit.txt")
updated = existing.update(new_article)
save(updated, saved)

before = {event.id for event in existing}
for event in updated:
    if any(source.document == new_article[0].id for source in event.sources):
        state = "updated" if event.id in before else "new"
        reports = f"{len(event.sources)} report{'s' if len(event.sources) != 1 else ''}"
        print(f"{state}: {event.when} {event.kind} {event.status.value}: {event.title} ({reports})")
