"""The build's speed-ups (``FAST_BUILD``): the only code that touches Pelican's private API.

Every entry point checks the installed versions first (``versions``) and falls back to the stock behaviour.
"""
