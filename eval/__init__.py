"""Evaluation scripts run by ``make eval`` (they read ../shared/data in place)."""
