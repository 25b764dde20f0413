"""The one error every configuration mistake becomes."""


class ConfigError(Exception):
    """A configuration mistake, worded for the person who made it (key path and line)."""
