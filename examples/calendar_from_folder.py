"""Build an iCalendar file from a folder of articles.

    python examples/calendar_from_folder.py [FOLDER] [OUTPUT.ics]

Without arguments it reads the bundled seed corpus and writes
``timeline.ics`` in the current folder. Open the file in Thunderbird,
Evolution, Apple or Google Calendar.
"""

import sys
from pathlib import Path

import timeline
from timeline.documents import seed_folder
from timeline.export import export_ics, write_atomic

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else seed_folder()
output = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("timeline.ics")

documents = timeline.read_documents([folder])
calendar = export_ics(timeline.build(documents), timeline.IcsOptions(calendar_name="Diplomacy"))
write_atomic(output, calendar.data)
print(f"{calendar.written} events written to {output}; {calendar.left_out} without a calendar date left out")
