"""The content contract: read, validate and link the content files. Imports nothing from the other layers."""
