"""The LinkedIn profile, from the member's data export, a page they saved, or (opt-in) the web.

Each source is parsed into the same normalised profile (``profile.LinkedInProfile``); when
several are configured they are merged field by field (``merge``), and the ``linkedin``
artifact says which source every field came from.
"""
