"""Stage 3 of a run: the project model built from every file's facts.

Module map, import graph, roles with their evidence, the knowledge base they are matched
against, and the release flow (gates). Checks read this model; they never parse.
"""
