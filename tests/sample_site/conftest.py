"""Fixtures of the local-site and parser tests."""

from __future__ import annotations

import pytest
from fixture_releases import FixtureRelease, fixture_releases


@pytest.fixture(scope="session")
def releases() -> list[FixtureRelease]:
    return fixture_releases()
