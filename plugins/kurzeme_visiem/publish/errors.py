"""The error every publish step raises when it cannot finish its job."""

from __future__ import annotations


class PublishStepFailed(Exception):
    """A post-processing step of the public build failed; the message says which and why."""
