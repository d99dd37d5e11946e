"""``make deploy DEPLOY_TARGET=s3://...`` against a real S3 server (SeaweedFS, started here): every object comes back
with the build's bytes and nginx's headers; a re-deploy uploads only what changed and deletes what the build no
longer has, and only after every upload succeeded; an interrupted deploy is finished by running it again."""

from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import sys
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import EndpointConnectionError

from built_site import PUBLISH_SETTINGS, ROOT, copy_demo_content, run_build
from seaweedfs_server import SeaweedServer

sys.path.insert(0, str(ROOT / "tests" / "browser"))
from nginx_server import NginxServer  # noqa: E402
from preview_process import free_port  # noqa: E402

from kurzeme_visiem.content.messages import message
from kurzeme_visiem.tools.deploy_s3 import MANIFEST, deploy_s3  # noqa: E402
from kurzeme_visiem.tools.deploy_target import DeployFailed  # noqa: E402

BUCKET = "kurzeme-visiem-tests"


@pytest.fixture(scope="module")
def seaweed(tmp_path_factory):
    server = SeaweedServer(tmp_path_factory.mktemp("seaweedfs"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def s3(seaweed):
    env = seaweed.environment()
    client = boto3.client("s3", endpoint_url=seaweed.endpoint, region_name="us-east-1",
                          aws_access_key_id=env["AWS_ACCESS_KEY_ID"], aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
                          config=Config(s3={"addressing_style": "path"}))
    client.create_bucket(Bucket=BUCKET)
    return client


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("s3-site")
    built = run_build(copy_demo_content(root / "content"), root / "output", settings=PUBLISH_SETTINGS)
    assert built.returncode == 0, built.stderr
    (root / "output" / ".git").mkdir()
    (root / "output" / ".git" / "config").write_text("token=SLEPENS", encoding="utf-8")
    return root / "output"


def run_deploy(seaweed: SeaweedServer, output: Path, target: str, secret: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), **seaweed.environment(*([secret] if secret else []))}
    return subprocess.run([sys.executable, "-m", "kurzeme_visiem", "deploy", "-o", str(output), "--target", target],
                          env=env, capture_output=True, text=True, timeout=300)


def published_files(output: Path) -> dict[str, Path]:
    return {p.relative_to(output).as_posix(): p for p in output.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(output).parts)
            and p.relative_to(output).as_posix() != "redirects.map"}  # nginx configuration, not published to S3


def objects(s3, prefix: str) -> dict[str, str]:
    keys = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
        for item in page.get("Contents", []):
            keys[item["Key"][len(prefix):]] = item["ETag"]
    return keys


def nginx_headers(server: NginxServer, path: str) -> dict[str, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", path)  # no Accept-Encoding: the plain file
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 200, path
    return {k.lower(): v for k, v in response.getheaders()}


def test_every_object_comes_back_with_the_builds_bytes_and_nginxs_headers(seaweed, s3, published, tmp_path):
    deployed = run_deploy(seaweed, published, f"s3://{BUCKET}/site/kurzemevisiem")
    assert deployed.returncode == 0, deployed.stderr
    files = published_files(published)
    stored = objects(s3, "site/kurzemevisiem/")
    assert set(stored) == set(files) | {MANIFEST}  # no .git, no .gitkeep
    nginx = NginxServer(root=published, prefix=tmp_path / "nginx", port=free_port())
    nginx.prefix.mkdir()
    nginx.start()
    try:
        for relative, path in files.items():
            answer = s3.get_object(Bucket=BUCKET, Key=f"site/kurzemevisiem/{relative}")
            assert answer["Body"].read() == path.read_bytes(), relative
            plain = relative.removesuffix(".gz").removesuffix(".br")
            encoded = plain != relative and (published / plain).is_file()
            expected = nginx_headers(nginx, "/" + plain)
            assert answer["ContentType"] == expected["content-type"], relative
            assert answer.get("CacheControl") == expected.get("cache-control"), relative
            assert answer.get("ContentEncoding") == ({".gz": "gzip", ".br": "br"}[relative[-3:]] if encoded else None)
    finally:
        nginx.stop()
    immutable = [k for k in files if k.startswith("theme/") and k.endswith(".css")]
    assert immutable and all("immutable" in s3.head_object(Bucket=BUCKET, Key=f"site/kurzemevisiem/{k}")["CacheControl"]
                              for k in immutable)


def test_a_redeploy_uploads_only_changes_and_deletes_what_the_build_no_longer_has(seaweed, s3, published, tmp_path):
    output = tmp_path / "output"
    shutil.copytree(published, output)
    target = f"s3://{BUCKET}/redeploy/kurzemevisiem"
    first = run_deploy(seaweed, output, target)
    assert first.returncode == 0, first.stderr
    again = run_deploy(seaweed, output, target)
    assert "uploaded 0," in again.stdout and "deleted 0" in again.stdout, again.stdout
    (output / "robots.txt").write_text("User-agent: *\nDisallow: /jauns/\n", encoding="utf-8")
    (output / "jauns.txt").write_text("jauns", encoding="utf-8")
    removed = next(k for k in published_files(output) if k.startswith("pagefind/fragment/"))
    (output / removed).unlink()
    changed = run_deploy(seaweed, output, target)
    assert changed.returncode == 0, changed.stderr
    assert "uploaded 2," in changed.stdout and "deleted 1" in changed.stdout, changed.stdout
    assert set(objects(s3, "redeploy/kurzemevisiem/")) == set(published_files(output)) | {MANIFEST}
    body = s3.get_object(Bucket=BUCKET, Key="redeploy/kurzemevisiem/robots.txt")["Body"].read()
    assert body == (output / "robots.txt").read_bytes()


def test_an_interrupted_deploy_deletes_nothing_and_running_it_again_finishes(seaweed, s3, published, tmp_path,
                                                                             monkeypatch):
    for name, value in seaweed.environment().items():
        monkeypatch.setenv(name, value)
    prefix = "interrupted/kurzemevisiem/"
    s3.put_object(Bucket=BUCKET, Key=prefix + "vecs.html", Body=b"old page")
    from kurzeme_visiem.tools.deploy_s3 import make_client

    client = make_client()
    calls = []

    def network_lost(**_):
        calls.append(1)
        if len(calls) > 20:
            raise EndpointConnectionError(endpoint_url=seaweed.endpoint)

    client.meta.events.register("before-send.s3.PutObject", network_lost)
    with pytest.raises(DeployFailed, match="S3"):
        deploy_s3(published, f"s3://{BUCKET}/{prefix}", client=client, report=lambda _: None)
    halfway = objects(s3, prefix)
    assert "vecs.html" in halfway and MANIFEST not in halfway  # nothing deleted, no manifest yet
    assert 0 < len(halfway) - 1 < len(published_files(published))
    assert not any(k.endswith(".html") for k in halfway if k != "vecs.html")  # pages wait for their assets
    lines = []
    assert deploy_s3(published, f"s3://{BUCKET}/{prefix}", report=lines.append) == 0
    uploaded = int(lines[-1].split("uploaded ")[1].split(",")[0])
    assert uploaded == len(published_files(published)) - (len(halfway) - 1)  # what arrived was not sent again
    assert set(objects(s3, prefix)) == set(published_files(published)) | {MANIFEST}


@pytest.mark.parametrize("target", [f"s3://{BUCKET}", f"s3://{BUCKET}/", f"s3://{BUCKET}/cits",
                                    f"s3://{BUCKET}/x/../kurzemevisiem", "s3:///kurzemevisiem"])
def test_a_target_not_named_for_the_site_is_refused(seaweed, s3, published, target):
    s3.put_object(Bucket=BUCKET, Key="cits/svesais.txt", Body=b"someone else's")
    refused = run_deploy(seaweed, published, target)
    assert refused.returncode == 2 and refused.stderr.startswith(message("deploy.refused", reason=""))
    assert s3.get_object(Bucket=BUCKET, Key="cits/svesais.txt")["Body"].read() == b"someone else's"


def test_wrong_credentials_give_one_line_and_exit_1(seaweed, s3, published):
    failed = run_deploy(seaweed, published, f"s3://{BUCKET}/creds/kurzemevisiem", secret="nepareiza")
    assert failed.returncode == 1
    assert failed.stderr.startswith("Deploy failed: S3 answered ") and len(failed.stderr.splitlines()) == 1
