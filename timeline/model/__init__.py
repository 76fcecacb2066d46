"""The typed value objects every stage reads and writes."""

from timeline.model.actors import Organization, Participant, Person, Place
from timeline.model.countries import UnknownCountryError, country_name, is_country_code
from timeline.model.document import Document, DocumentRef, text_id
from timeline.model.events import (
    EVENT_KINDS,
    Agreement,
    Amount,
    Attribution,
    Call,
    Event,
    Meeting,
    Other,
    Source,
    Statement,
    Status,
    Summit,
    Visit,
    cameo_for,
    content_id,
)
from timeline.model.timeline import Timeline, event_order
from timeline.model.when import InvalidTimexError, Precision, When

__all__ = [
    "EVENT_KINDS",
    "Agreement",
    "Amount",
    "Attribution",
    "Call",
    "Document",
    "DocumentRef",
    "Event",
    "InvalidTimexError",
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
    "Timeline",
    "UnknownCountryError",
    "Visit",
    "When",
    "cameo_for",
    "content_id",
    "country_name",
    "event_order",
    "is_country_code",
    "text_id",
]
