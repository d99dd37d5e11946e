"""Developer and writer tooling: the command line, atomic builds, the live preview, deploy, newpost."""
