import onrecord

PUBLIC = [
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


def test_public_api_is_pinned() -> None:
    assert onrecord.__all__ == PUBLIC
    assert sorted(onrecord.__all__) == onrecord.__all__
    for name in PUBLIC:
        assert hasattr(onrecord, name)


def test_every_error_is_an_onrecord_error() -> None:
    for name in ("InputError", "InvalidFilter", "NotFound", "PipelineError", "RecordError"):
        assert issubclass(getattr(onrecord, name), onrecord.OnrecordError)
