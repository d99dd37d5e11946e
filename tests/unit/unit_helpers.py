"""Shared helpers of the unit tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the header of a 16 × 8 GIF: enough for the size reader, as a test picture
GIF_16_BY_8 = b"GIF89a\x10\x00\x08\x00\x80\x00\x00" + bytes(16)


class ContentFolder:
    def __init__(self, root: Path):
        self.root = root

    def write(self, relative: str, text: str = "", *, dedent: bool = True) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text) if dedent else text, encoding="utf-8")
        return path

    def write_all(self, files: dict[str, str]) -> None:
        """Several files at once: relative path → text."""
        for relative, text in files.items():
            self.write(relative, text)

    def write_bytes(self, relative: str, data: bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

def lines(problems) -> list[str]:
    """Problems as the editor sees them, in the order ``ContentErrors`` prints them."""
    return [str(p) for p in sorted(problems)]


def render_component(name: str, params: dict, caller: str | None = None, **context) -> str:
    """A theme component's macro rendered with ``params`` in a plain Jinja environment (the theme's options and the
    site's filters; no Pelican). ``caller``: the body of a ``{% call %}`` block, for components that take one.
    ``context``: variables the component reads from the page (page-meta)."""
    from types import SimpleNamespace

    import jinja2

    from kurzeme_visiem.site.filters import add_filters

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "theme" / "templates"), trim_blocks=True,
                             lstrip_blocks=True, autoescape=True)
    add_filters(SimpleNamespace(env=env, settings={}))  # the site's filters, as every generator has them
    macro = name.replace("-", "_")
    call = f"{{{{ c.{macro}(params) }}}}" if caller is None else f"{{% call c.{macro}(params) %}}{caller}{{% endcall %}}"
    template = env.from_string(f'{{% import "components/{name}.html" as c with context %}}{call}')
    return template.render(params=params, **context)
