"""The one exception tree of onrecord.

    OnrecordError                 base of everything onrecord raises on purpose
    ├── InputError                an input cannot be read or understood (names the input)
    │   ├── UnreadableInput       missing file, permission, not a file
    │   ├── UnsupportedInput      a kind of input onrecord does not take
    │   ├── BadEncoding           bytes that are not text in any encoding we can detect
    │   ├── EmptyArticle          nothing that looks like article text
    │   └── InputTooLarge         over the configured size limit
    ├── RecordError               the stored record cannot be opened or written
    │   └── MigrationError        the record's schema cannot be brought up to date
    ├── NotFound                  an id that the record does not hold
    ├── InvalidFilter             a query filter that does not parse (bad date, kind …)
    └── PipelineError             the NLP pipeline cannot be loaded or configured

The CLI turns each into one line and a non-zero exit; the API into
``{"error": {"status": ..., "message": ...}}`` with the ``status`` below.
"""

from __future__ import annotations


class OnrecordError(Exception):
    """Base class: anything onrecord raises on purpose."""

    status = 500

    def __init__(self, message: str, *, input_name: str | None = None) -> None:
        self.message = message
        self.input_name = input_name
        super().__init__(f"{input_name}: {message}" if input_name else message)


class InputError(OnrecordError):
    """An input cannot be read or understood."""

    status = 400


class UnreadableInput(InputError):
    """The input does not exist, is not a file, or cannot be opened."""


class UnsupportedInput(InputError):
    """A kind of input that onrecord does not take."""


class BadEncoding(InputError):
    """Bytes that are not text in any encoding we can detect."""


class EmptyArticle(InputError):
    """Nothing in the input looks like article text."""


class InputTooLarge(InputError):
    """The input is larger than the configured limit."""


class RecordError(OnrecordError):
    """The record (database) cannot be opened or written."""


class MigrationError(RecordError):
    """The record's schema cannot be brought up to date."""


class NotFound(OnrecordError):
    """An id that the record does not hold."""

    status = 404


class InvalidFilter(OnrecordError):
    """A query filter that does not parse."""

    status = 422


class PipelineError(OnrecordError):
    """The NLP pipeline cannot be loaded or configured."""
