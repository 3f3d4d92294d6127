"""onrecord: who said what, when, in what role, reported by whom.

The public API::

    import onrecord
    with onrecord.open_record("record.db") as record:
        record.ingest("articles/")
        for statement in record.statements(speaker="Abdollahian"):
            print(statement.said_on, statement.content.text)
"""

from onrecord.core import Overrides
from onrecord.errors import (
    InputError,
    InvalidFilter,
    NotFound,
    OnrecordError,
    PipelineError,
    RecordError,
)
from onrecord.record import Record, open_record
from onrecord.settings import Settings
from onrecord.types import (
    Article,
    ArticleRef,
    Content,
    IngestOutcome,
    Speaker,
    Statement,
    TextSpan,
    Timex,
)
from onrecord.version import PIPELINE_VERSION, __version__

__all__ = [
    "Article",
    "ArticleRef",
    "Content",
    "IngestOutcome",
    "InputError",
    "InvalidFilter",
    "NotFound",
    "OnrecordError",
    "Overrides",
    "PIPELINE_VERSION",
    "PipelineError",
    "Record",
    "RecordError",
    "Settings",
    "Speaker",
    "Statement",
    "TextSpan",
    "Timex",
    "__version__",
    "open_record",
]
