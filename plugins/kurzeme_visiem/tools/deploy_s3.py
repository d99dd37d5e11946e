"""``make deploy DEPLOY_TARGET=s3://bucket/prefix``: the public build to S3-compatible object storage (boto3).

Endpoint and credentials come from the environment as for every AWS tool: ``AWS_ENDPOINT_URL`` (omit for AWS),
``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION`` (default ``us-east-1``).

* Objects are answered with the headers nginx gives the same path (:mod:`nginx_conf` reads ``site.conf``):
  Content-Type (with ``; charset=utf-8`` where nginx adds it) and Cache-Control (``immutable`` for the
  fingerprinted theme files and Pagefind chunks, short and revalidated for the rest).
* Precompressed copies: object storage cannot choose a variant by ``Accept-Encoding``, so every path is stored
  plain (no Content-Encoding: any client can read it; a CDN compresses on the way), and the ``.gz``/``.br``
  copies are stored as their own objects with ``Content-Encoding: gzip``/``br`` and the Content-Type of the plain
  file, for a CDN rule that serves ``<path>.br`` to clients that accept it.
* Only changed objects are uploaded: the MD5 of the bytes against the object's ETag (single-part uploads), and the
  headers against the manifest (:data:`MANIFEST`) the previous deploy left beside the site.
* Assets go first and HTML last, so no page points at a file not yet there; objects the build no longer has are
  deleted only after every upload succeeded (and the manifest was written). An interrupted deploy is simply run
  again: what already arrived matches and is skipped.
* The target is allow-listed as for rsync: the last part of ``bucket/prefix`` ends in ``kurzemevisiem``, or the
  manifest of an earlier deploy is there. Dot-files are not uploaded, except ``.well-known/``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from ..content.messages import message
from ..site.redirects import MAP_NAME
from .deploy_target import SITE_FOLDER, DeployFailed, refuse
from .nginx_conf import SiteRules, find_nginx_file, site_rules

MANIFEST = ".kurzemevisiem-deploy.json"
ENCODINGS = {".gz": "gzip", ".br": "br"}
WORKERS = 8


@dataclass(frozen=True)
class Location:
    bucket: str
    prefix: str  # "" or "a/b/" (always ending in "/")

    def key(self, relative: str) -> str:
        return self.prefix + relative


@dataclass(frozen=True)
class Upload:
    relative: str
    path: Path
    md5: str
    content_type: str
    cache_control: str | None
    content_encoding: str | None

    @property
    def headers(self) -> str:
        return f"{self.content_type}|{self.cache_control or ''}|{self.content_encoding or ''}"

    def is_page(self) -> bool:
        """HTML and the entry files pages are found by: uploaded after everything they point at."""
        base = self.relative.removesuffix(".gz").removesuffix(".br")
        return base.endswith((".html", ".xml", ".txt", ".json")) or base.startswith("pagefind/pagefind")


def parse_location(target: str) -> Location:
    rest = target.removeprefix("s3://")
    if any(not c.isprintable() for c in rest) or "\\" in rest:
        raise refuse(target, message("deploy.target.control_characters"))
    bucket, _, prefix = rest.partition("/")
    parts = [part for part in prefix.split("/") if part not in ("", ".")]
    if not bucket or ".." in parts:
        raise refuse(target, message("deploy.s3.bad_location", site_folder=SITE_FOLDER))
    return Location(bucket, "".join(f"{part}/" for part in parts))


def make_client():
    """An S3 client from the environment; path-style addressing for a custom endpoint (SeaweedFS, MinIO, Ceph)."""
    endpoint = os.environ.get("AWS_ENDPOINT_URL")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    config = Config(s3={"addressing_style": "path" if endpoint else "auto"}, retries={"max_attempts": 3},
                    connect_timeout=10, read_timeout=60)
    return boto3.client("s3", endpoint_url=endpoint or None, region_name=region, config=config)


def published(relative: str) -> bool:
    """Dot-files (``.git``, editor backups) stay behind; ``.well-known/`` is published. The nginx map of old addresses
    (``redirects.map``, server configuration that nginx itself never serves) stays behind too: on object storage the
    build's redirect pages answer the old addresses."""
    parts = relative.split("/")
    if relative == MAP_NAME:
        return False
    return not any(part.startswith(".") for part in parts) or (parts[0] == ".well-known" and
                                                                 not any(p.startswith(".") for p in parts[1:]))


def file_md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def plan_uploads(output: Path, rules: SiteRules) -> list[Upload]:
    """Every published file with the headers nginx would send; assets first, pages last."""
    uploads = []
    for path in sorted(output.rglob("*")):
        relative = path.relative_to(output).as_posix()
        if path.is_symlink() or not path.is_file() or not published(relative):
            continue
        encoding = ENCODINGS.get(path.suffix) if path.with_suffix("").is_file() else None
        served_as = "/" + (relative[: -len(path.suffix)] if encoding else relative)
        uploads.append(Upload(relative, path, file_md5(path), rules.content_type(served_as),
                              rules.cache_control(served_as), encoding))
    return sorted(uploads, key=lambda upload: (upload.is_page(), upload.relative))


def existing_objects(client, location: Location) -> dict[str, str]:
    """Key (relative to the prefix) → ETag without quotes, for every object under the prefix."""
    found = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=location.bucket, Prefix=location.prefix):
        for item in page.get("Contents", []):
            found[item["Key"][len(location.prefix):]] = item["ETag"].strip('"')
    return found


def read_manifest(client, location: Location) -> dict[str, dict]:
    try:
        body = client.get_object(Bucket=location.bucket, Key=location.key(MANIFEST))["Body"].read()
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
            return {}
        raise
    try:
        objects = json.loads(body).get("objects", {})
    except (ValueError, AttributeError):
        return {}
    return objects if isinstance(objects, dict) else {}


def stored_headers(client, location: Location, relative: str) -> str:
    answer = client.head_object(Bucket=location.bucket, Key=location.key(relative))
    return f"{answer.get('ContentType', '')}|{answer.get('CacheControl', '')}|{answer.get('ContentEncoding', '')}"


def changed_uploads(client, location: Location, uploads: list[Upload], existing: dict[str, str],
                    manifest: dict[str, dict]) -> list[Upload]:
    """Uploads whose bytes (ETag) or headers differ; headers the manifest does not know (a deploy interrupted
    before it wrote one) are asked of the object itself."""
    same_bytes = [u for u in uploads if existing.get(u.relative) == u.md5]
    unknown = [u for u in same_bytes if manifest.get(u.relative, {}).get("headers") is None]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        asked = dict(zip((u.relative for u in unknown),
                         pool.map(lambda u: stored_headers(client, location, u.relative), unknown)))
    unchanged = {u.relative for u in same_bytes
                 if (manifest.get(u.relative, {}).get("headers") or asked.get(u.relative)) == u.headers}
    return [u for u in uploads if u.relative not in unchanged]


def put(client, location: Location, upload: Upload) -> None:
    extra = {"ContentType": upload.content_type, "Metadata": {"md5": upload.md5}}
    if upload.cache_control:
        extra["CacheControl"] = upload.cache_control
    if upload.content_encoding:
        extra["ContentEncoding"] = upload.content_encoding
    with upload.path.open("rb") as body:
        client.put_object(Bucket=location.bucket, Key=location.key(upload.relative), Body=body,
                          ContentMD5=base64.b64encode(bytes.fromhex(upload.md5)).decode(), **extra)


def upload_all(client, location: Location, uploads: list[Upload]) -> None:
    """Assets in parallel, then pages in parallel; the first error stops the deploy before any deletion."""
    for group in ([u for u in uploads if not u.is_page()], [u for u in uploads if u.is_page()]):
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            futures = [pool.submit(put, client, location, upload) for upload in group]
            errors = [future.exception() for future in futures if future.exception() is not None]
        if errors:
            raise errors[0]


def delete_stale(client, location: Location, stale: list[str]) -> None:
    for start in range(0, len(stale), 1000):
        batch = [{"Key": location.key(relative)} for relative in stale[start:start + 1000]]
        answer = client.delete_objects(Bucket=location.bucket, Delete={"Objects": batch, "Quiet": True})
        if answer.get("Errors"):
            first = answer["Errors"][0]
            raise DeployFailed(message("deploy.s3.not_deleted", name=first.get("Key"), code=first.get("Code"),
                                       reason=first.get("Message")))


def write_manifest(client, location: Location, uploads: list[Upload]) -> None:
    objects = {u.relative: {"md5": u.md5, "headers": u.headers} for u in uploads}
    client.put_object(Bucket=location.bucket, Key=location.key(MANIFEST), ContentType="application/json",
                      CacheControl="no-store", Body=json.dumps({"version": 1, "objects": objects}, sort_keys=True).encode())


def check_allow_list(target: str, location: Location, has_manifest: bool) -> None:
    last = location.prefix.rstrip("/").rsplit("/", 1)[-1] if location.prefix else location.bucket
    if not last.endswith(SITE_FOLDER) and not has_manifest:
        raise refuse(target, message("deploy.s3.not_allow_listed", site_folder=SITE_FOLDER, manifest=MANIFEST))


def one_line(error: Exception) -> str:
    if isinstance(error, NoCredentialsError):
        return message("deploy.s3.no_credentials")
    if isinstance(error, ClientError):
        info = error.response.get("Error", {})
        return message("deploy.s3.answered", code=info.get("Code", "?"), reason=info.get("Message", "")).strip()
    return f"S3: {' '.join(str(error).split())}"


def deploy_s3(output: Path, target: str, dry_run: bool = False, client=None,
              report: Callable[[str], None] = print) -> int:
    """Upload what changed, then delete what the build no longer has; 0 on success, :class:`DeployFailed` else."""
    location = parse_location(target)
    rules = site_rules(find_nginx_file("site.conf"))
    uploads = plan_uploads(output, rules)
    try:
        client = client or make_client()
        existing = existing_objects(client, location)
        check_allow_list(target, location, MANIFEST in existing)
        manifest = read_manifest(client, location) if MANIFEST in existing else {}
        changed = changed_uploads(client, location, uploads, existing, manifest)
        keep = {upload.relative for upload in uploads} | {MANIFEST}
        stale = sorted(set(existing) - keep)
        if dry_run:
            for upload in changed:
                report(message("deploy.s3.would_upload", path=upload.relative))
            for relative in stale:
                report(message("deploy.s3.would_delete", path=relative))
            return 0
        upload_all(client, location, changed)
        write_manifest(client, location, uploads)
        delete_stale(client, location, stale)
    except (BotoCoreError, ClientError) as error:
        raise DeployFailed(one_line(error)) from error
    report(message("deploy.s3.summary", location=f"{location.bucket}/{location.prefix}", uploaded=len(changed),
                   unchanged=len(uploads) - len(changed), deleted=len(stale)))
    return 0

