"""The web tests' fixtures; the data and helpers they use live in web_support.py."""

from web_support import (  # noqa: F401 - imported fixtures are registered by pytest
    browser,
    client,
    closed_client,
    live,
    web_db,
)
