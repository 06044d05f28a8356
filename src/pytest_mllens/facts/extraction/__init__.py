"""The one-pass extractor: a libcst parse turned into facts, one module per kind of fact."""
