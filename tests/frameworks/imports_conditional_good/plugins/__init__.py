"""Feature plugins loaded by name at runtime."""
