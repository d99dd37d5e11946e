"""End-to-end fixtures: the demo site built once per session, as ``make html`` and ``make publish`` build it."""

import pytest

from built_site import PUBLISH_SETTINGS, BuiltSite, copy_demo_content, run_build


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("demo")
    content = copy_demo_content(root / "content")
    result = run_build(content, root / "output")
    assert result.returncode == 0, result.stderr
    return BuiltSite(root / "output")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("published")
    content = copy_demo_content(root / "content")
    result = run_build(content, root / "output", settings=PUBLISH_SETTINGS, env={"SITEURL": "https://example.test"})
    assert result.returncode == 0, result.stderr
    return BuiltSite(root / "output")
