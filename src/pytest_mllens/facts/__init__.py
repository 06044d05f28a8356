"""Stage 2 of a run: which files belong to the project, and one parse of each into facts.

Discovery, reading (sources, notebooks), parsing and extraction, suppressions, and the
cache that lets a warm run skip all of it. Nothing here knows about roles or checks.
"""
