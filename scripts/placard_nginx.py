"""Runs deploy/nginx.conf on a loopback port for the checks (check-nginx, check-a11y, screenshots).

The file is used as written; only what a test run must change is substituted: its root becomes this
checkout's public/, `listen` a free 127.0.0.1 port, and pid, logs and temporary files go to a temporary
folder, so nothing is written outside it and no root rights are needed (as root, CI included, it runs
in one process, so it reads public/ as the user that started it). Installs nginx with apt when missing.
"""
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PUBLIC = os.path.join(REPO, "public")
CONF = os.path.join(REPO, "deploy", "nginx.conf")


def apt_install(*packages):
    """Installs Debian packages, refreshing the package lists first (a fresh machine has none)."""
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.check_call(sudo + ["apt-get", "update", "-qq"], env=env)
    subprocess.check_call(sudo + ["apt-get", "install", "-y", "-qq", *packages], env=env)


def nginx_binary():
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found is None:
        apt_install("nginx")
        found = shutil.which("nginx") or "/usr/sbin/nginx"
        # The package starts the distribution's own nginx (its default site on port 80) where systemd
        # runs; the checks run their own, so stop and disable the one this install started.
        if shutil.which("systemctl"):
            sudo = [] if os.geteuid() == 0 else ["sudo"]
            subprocess.call(sudo + ["systemctl", "disable", "--now", "--quiet", "nginx"],
                            stderr=subprocess.DEVNULL)
    return found


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def substitute(text, old, new):
    if old not in text:
        raise SystemExit(f"error: deploy/nginx.conf no longer contains {old!r}; update scripts/placard_nginx.py")
    return text.replace(old, new)


def test_config(port, folder, public=PUBLIC):
    """deploy/nginx.conf with a built public/ (this checkout's by default), the port and the temporary folder."""
    with open(CONF, encoding="utf-8") as file:
        text = file.read()
    text = substitute(text, "root /srv/placard/public;", f"root {public};")
    text = substitute(text, "include /srv/placard/public/_redirects.nginx;", f"include {public}/_redirects.nginx;")
    text = substitute(text, "listen 80;", f"listen 127.0.0.1:{port};")
    text = substitute(text, "listen [::]:80;", "")
    text = substitute(text, "pid /run/nginx-placard.pid;", f"pid {folder}/nginx.pid;")
    text = substitute(text, "error_log /var/log/nginx/placard-error.log warn;",
                      f"error_log {folder}/error.log warn;\nmaster_process off;")
    temp = "".join(f"    {name}_temp_path {folder}/{name};\n"
                   for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    text = substitute(text, "access_log /var/log/nginx/placard-access.log;",
                      f"access_log {folder}/access.log;\n{temp}")
    return text


@contextlib.contextmanager
def serve_public(public=PUBLIC):
    """Starts nginx on deploy/nginx.conf for a public/ folder (this checkout's by default); yields its base URL;
    stops it however the block ends."""
    binary = nginx_binary()
    folder = tempfile.mkdtemp(prefix="placard-nginx-")
    port = free_port()
    conf = os.path.join(folder, "nginx.conf")
    with open(conf, "w", encoding="utf-8") as file:
        file.write(test_config(port, folder, public))
    subprocess.check_call([binary, "-t", "-q", "-c", conf, "-p", folder])
    process = subprocess.Popen([binary, "-c", conf, "-p", folder, "-g", "daemon off;"])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if process.poll() is not None:
                raise SystemExit(f"error: nginx exited with status {process.returncode}")
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("error: nginx did not answer on " + base)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log = os.path.join(folder, "error.log")
        if os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as file:
                errors = [line for line in file if "[emerg]" in line or "[crit]" in line or "[error]" in line]
            if errors:
                print("nginx error log:\n" + "".join(errors), end="")
        shutil.rmtree(folder, ignore_errors=True)


def pages():
    """Every HTML file of the build as a URL path ('/', '/posts/x/', '/404.html')."""
    found = []
    for directory, _, files in os.walk(PUBLIC):
        for name in files:
            if name.endswith(".html"):
                path = "/" + os.path.relpath(os.path.join(directory, name), PUBLIC).replace(os.sep, "/")
                found.append(path[: -len("index.html")] if name == "index.html" else path)
    return sorted(found)
