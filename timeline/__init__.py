"""timeline: diplomatic news in, a clean, dated, deduplicated timeline out.

The data flows one way, one stage per subpackage: `documents` (articles
and what is known about them), `temporal` (time expressions), `extraction`
(typed events), `merge` (one event per happening) and `export` (JSON,
iCalendar, Markdown, ...). The value objects they pass along live in
`model`.
"""

__version__ = "0.1.0"

from timeline.documents import read_documents, seed_documents
from timeline.errors import DocumentError, TimelineError
from timeline.export import (
    CoarseDates,
    IcsOptions,
    MarkdownOptions,
    TimelineFormatError,
    TimelineJsOptions,
    from_json,
    load,
    save,
    to_ics,
    to_json,
    to_markdown,
    to_timelinejs,
)
from timeline.extraction import extract
from timeline.merge import merge
from timeline.model import (
    Agreement,
    Amount,
    Attribution,
    Call,
    Document,
    DocumentRef,
    Event,
    InvalidTimexError,
    Meeting,
    Organization,
    Other,
    Participant,
    Person,
    Place,
    Precision,
    Source,
    Statement,
    Status,
    Summit,
    Timeline,
    UnknownCountryError,
    Visit,
    When,
)
from timeline.pipeline import build
from timeline.temporal import (
    TimeMention,
    detect_published,
    find_published,
    find_times,
    read_timeml,
    write_timeml,
)

__all__ = [
    "Agreement",
    "Amount",
    "Attribution",
    "Call",
    "CoarseDates",
    "Document",
    "DocumentError",
    "DocumentRef",
    "Event",
    "IcsOptions",
    "InvalidTimexError",
    "MarkdownOptions",
    "Meeting",
    "Organization",
    "Other",
    "Participant",
    "Person",
    "Place",
    "Precision",
    "Source",
    "Statement",
    "Status",
    "Summit",
    "TimeMention",
    "Timeline",
    "TimelineError",
    "TimelineFormatError",
    "TimelineJsOptions",
    "UnknownCountryError",
    "Visit",
    "When",
    "__version__",
    "build",
    "detect_published",
    "extract",
    "find_published",
    "find_times",
    "from_json",
    "load",
    "merge",
    "read_documents",
    "read_timeml",
    "save",
    "seed_documents",
    "to_ics",
    "to_json",
    "to_markdown",
    "to_timelinejs",
    "write_timeml",
]
