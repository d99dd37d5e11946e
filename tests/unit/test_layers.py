"""The plugin's layers import in one direction only, and Pelican's/livereload's private API stays in fast_build/.

content/ <- site/ <- publish/, tools/; fast_build/ reads only content/; settings and pelican_context import nothing of
the plugin. The rules are checked on the source (``ast``), so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "kurzeme_visiem"
PLUGIN = Path(__file__).resolve().parents[2] / "plugins" / PACKAGE
BASE = {"settings", "pelican_context"}  # importable from every layer
ALLOWED = {  # layer -> the layers its modules may import
    "settings": set(),
    "pelican_context": set(),
    "content": {"content"} | BASE,
    "site": {"content", "site"} | BASE,
    "publish": {"publish"} | BASE,
    "fast_build": {"content", "fast_build"} | BASE,
    "tools": {"content", "site", "publish", "fast_build", "tools"} | BASE,
    "__main__": {"tools"},
    "__init__": {"site", "fast_build"},
}
PRIVATE = {  # Pelican's internals (and the livereload ones the preview used before): only in fast_build/, behind its version check
    "_open_w", "_written_files", "_overridden_files", "_parse_metadata", "_source_path", "_md",
    "_tasks", "reload_waiters", "_get_generator_classes",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PLUGIN).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([PACKAGE, *parts])


def layer_of(module: str) -> str:
    return module.split(".")[1] if module != PACKAGE else "__init__"


def imported_modules(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """``(line, absolute module)`` of every import of the plugin's own modules in ``source``."""
    found = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            targets = [target] if node.module else [f"{target}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        found += [(node.lineno, t) for t in targets if t == PACKAGE or t.startswith(PACKAGE + ".")]
    return found


def upward_imports(source: str, module: str, is_package: bool = False) -> list[str]:
    own = layer_of(module)
    return [f"{module}:{line} imports {target} ({own} may not import {layer_of(target)})"
            for line, target in imported_modules(source, module, is_package)
            if target != PACKAGE and layer_of(target) not in ALLOWED[own]]


def private_uses(source: str, module: str) -> list[str]:
    if layer_of(module) == "fast_build":
        return []
    found = []
    for node in ast.walk(ast.parse(source)):
        name = node.attr if isinstance(node, ast.Attribute) else node.value if isinstance(node, ast.Constant) else None
        if name in PRIVATE:
            found.append(f"{module}:{node.lineno} uses {name} (private API: only in fast_build/)")
    return found


SOURCES = sorted(PLUGIN.rglob("*.py"))


def test_every_module_is_checked():
    assert len(SOURCES) > 40 and all(layer_of(module_name(p)) in ALLOWED for p in SOURCES)


def test_at_most_four_modules_at_the_top_level():
    top = sorted(p.name for p in PLUGIN.glob("*.py"))
    assert len(top) <= 4, top


def test_layers_import_downwards_only():
    problems = []
    for path in SOURCES:
        problems += upward_imports(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")
    assert problems == []


def test_private_pelican_api_only_in_fast_build():
    problems = []
    for path in SOURCES:
        problems += private_uses(path.read_text(encoding="utf-8"), module_name(path))
    assert problems == []


# the checks themselves can fail: each one on a deliberate violation

@pytest.mark.parametrize(("module", "source"), [
    ("kurzeme_visiem.content.news_check", "from ..site.images import add_image_sizes\n"),
    ("kurzeme_visiem.content.lv.slugs", "from ...tools import build\n"),
    ("kurzeme_visiem.content.check", "def f():\n    from kurzeme_visiem.fast_build.forking import split\n"),
    ("kurzeme_visiem.site.generator", "import kurzeme_visiem.publish.steps\n"),
    ("kurzeme_visiem.site.generator", "from ..tools.build import build\n"),
    ("kurzeme_visiem.publish.steps", "from ..tools import cli\n"),
    ("kurzeme_visiem.fast_build.writer", "from ..site.generator import DirectoryGenerator\n"),
    ("kurzeme_visiem.settings", "from .content import records\n"),
])
def test_an_upward_import_is_found(module, source):
    assert len(upward_imports(source, module)) == 1


def test_imports_within_a_layer_and_downwards_pass():
    assert upward_imports("from .lv.slugs import slugify_lv\nfrom ..settings import setting\n",
                          "kurzeme_visiem.content.news_check") == []
    assert upward_imports("from ..content.problems import ContentProblem\nfrom . import feeds\n",
                          "kurzeme_visiem.site.generator") == []
    assert upward_imports("from .lv import slugs\n", "kurzeme_visiem.content", is_package=True) == []


def test_private_api_outside_fast_build_is_found():
    assert len(private_uses("writer._open_w('x', 'utf-8')\n", "kurzeme_visiem.tools.build")) == 1
    assert len(private_uses("getattr(handler, 'reload_waiters')\n", "kurzeme_visiem.tools.preview")) == 1
    assert private_uses("writer._open_w('x', 'utf-8')\n", "kurzeme_visiem.fast_build.writer") == []
