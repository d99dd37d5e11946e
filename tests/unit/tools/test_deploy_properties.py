"""Property-based tests of the deploy target guard: whatever a remote path spells, an accepted one never lands on a
root, home or system folder (checked by an independent resolver)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kurzeme_visiem.tools.deploy import DeployRefused, check_target

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


SEGMENTS = st.sampled_from(["", ".", "..", "~", "~deploy", "home", "deploy", "var", "www", "etc", "root", "srv",
                            "kurzemevisiem", "x", " ", "\n"])
CRITICAL = {"/", "/etc", "/var", "/var/www", "/usr", "/home", "/root", "/srv", "/home/deploy"}


def lexical(path: str, home: str = "/home/deploy") -> str:
    """An independent resolver: where a remote path would land, with ``..`` applied as a shell would."""
    if path.startswith("~"):
        head, _, rest = path.partition("/")
        path = (home if head == "~" else f"/home/{head[1:]}") + "/" + rest
    elif not path.startswith("/"):
        path = home + "/" + path
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            parts = parts[:-1]
        else:
            parts.append(part)
    return "/" + "/".join(parts)


@FAST
@given(st.tuples(st.sampled_from(["", "/", "~/", "~", "//"]), st.lists(SEGMENTS, max_size=6), st.sampled_from(["", "/"])))
def test_an_accepted_remote_deploy_target_never_lands_on_a_root_home_or_system_folder(latvian, parts):
    path = parts[0] + "/".join(parts[1]) + parts[2]
    try:
        target = check_target(f"deploy@web:{path}", Path("/nonexistent/output"), ask_server=False)
    except DeployRefused as refused:
        assert str(refused).startswith("mērķis ") and "\n" not in str(refused)
        return
    landed = lexical(path)
    assert landed not in CRITICAL and not any(c.startswith(landed.rstrip("/") + "/") for c in CRITICAL), path
    assert landed.endswith("kurzemevisiem") and target.path.endswith("kurzemevisiem")
