"""Build benchmark harness (``make bench``): a script, never a test."""
