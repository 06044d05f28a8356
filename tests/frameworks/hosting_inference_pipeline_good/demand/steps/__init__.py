"""Steps are imported from their own modules, so a pipeline loads only what it runs."""
