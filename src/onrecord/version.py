"""Package and pipeline versions.

``PIPELINE_VERSION`` is stored with every article; bump it whenever a change to
extraction could change the statements found, so ``onrecord reprocess`` knows
which stored articles to run again.
"""

__version__ = "0.1.0"
PIPELINE_VERSION = 7
