"""Generate a Markdown page of a timeline for a documentation site.

    python examples/markdown_for_docs.py [OUTPUT.md]

The page opens with a Mermaid timeline diagram (rendered by GitHub, GitLab
and MkDocs Material) followed by the chronology grouped by year and month.
"""

import sys
from pathlib import Path

import timeline

output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("kazakhstan-china.md")
tl = timeline.build(timeline.seed_documents())
page = timeline.to_markdown(tl, timeline.MarkdownOptions(title="Kazakhstan–China relations"))
output.write_text(page, encoding="utf-8")
print(f"wrote {output}: {len(tl)} events")
