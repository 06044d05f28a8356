"""The package version, in a module of its own so that lower stages (the cache salt, the
reports) can read it without importing the package face and the check contract with it."""

__version__ = "0.1.0"
