"""Run Debian's nginx as the current user on 127.0.0.1 with the repository's site configuration."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NGINX_CONFIG = ROOT / "deploy" / "nginx"
MIME_TYPES = Path("/etc/nginx/mime.types")

MAIN_CONFIG = """\
{user}worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include kurzemevisiem/redirects.conf;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {root};
        include kurzemevisiem/site.conf;
    }}
}}
"""


class NginxMissing(RuntimeError):
    """nginx is not installed."""


class NginxFailed(RuntimeError):
    """nginx is installed but did not start with the configuration."""


def nginx_binary() -> str:
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
    if not found:
        raise NginxMissing("nginx is not installed (Debian: apt-get install nginx)")
    return found


@dataclass
class NginxServer:
    root: Path
    prefix: Path
    port: int
    process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def write_config(self) -> Path:
        conf = self.prefix / "conf"
        shutil.copytree(NGINX_CONFIG, conf / "kurzemevisiem", dirs_exist_ok=True)
        main = conf / "nginx.conf"
        redirects = conf / "kurzemevisiem" / "redirects.conf"  # the maps read the build's redirects.map
        redirect_map = self.root / "redirects.map"
        if not redirect_map.is_file():  # a build from before redirects existed: an empty map
            redirect_map = self.prefix / "redirects.map"
            redirect_map.write_text("", encoding="utf-8")
        redirects.write_text(redirects.read_text(encoding="utf-8").replace("/var/www/kurzemevisiem/redirects.map", str(redirect_map)),
                             encoding="utf-8")
        # as root, nginx's workers would switch to "nobody", who cannot read a private temporary folder
        user = "user root;\n" if os.geteuid() == 0 else ""
        main.write_text(MAIN_CONFIG.format(user=user, prefix=self.prefix, port=self.port, root=self.root, mime_types=MIME_TYPES),
                        encoding="utf-8")
        return main

    def start(self) -> None:
        binary = nginx_binary()
        main = self.write_config()
        test = subprocess.run([binary, "-p", str(self.prefix), "-c", str(main), "-t"], capture_output=True, text=True)
        if test.returncode != 0:
            raise NginxFailed(f"nginx -t failed: {test.stderr}")
        self.process = subprocess.Popen([binary, "-p", str(self.prefix), "-c", str(main)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise NginxFailed(f"nginx exited: {self.process.stderr.read().decode()}")
            try:
                urllib.request.urlopen(self.base_url + "/robots.txt", timeout=1).close()
                return
            except urllib.error.HTTPError as error:
                raise NginxFailed(f"nginx answers /robots.txt with {error.code}") from error
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)
        raise NginxFailed("nginx did not answer within 10 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
