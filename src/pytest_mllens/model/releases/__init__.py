"""The release-flow graph: release sites, gates, registry reads and writes, file handoffs."""
