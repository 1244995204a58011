#!/usr/bin/env python3
"""Trunk post-build hook: add a Content-Security-Policy to the built page.

Trunk writes the page's loader as an inline module script whose text (file
names with content hashes) changes with every build, so its hash is
computed here, after the build, and allowed by the policy; nothing else
inline may run. WebAssembly compilation needs 'wasm-unsafe-eval'. Styles
may be inline (the view sets highlight colours in style attributes and
draws the selection with a generated <style>); scripts may not.

Under `trunk serve` the page also carries Trunk's live-reload script, into
which the server writes its address as it answers each request, so the
served text, and its hash, would differ from the one hashed here (and the
browser would refuse it, logging a violation). The script is made to read
its address from the page's location instead, which gives the same text
at every address, hashed here like the loader.

Chromium ignores the `integrity` attribute of a `fetch` preload (Trunk's
preload of the WASM file, which the loader fetches without one anyway) and
warns about it in the console; it is dropped, so the console stays clean.

Run by Trunk with TRUNK_STAGING_DIR set; or by hand: csp.py DIR.
"""
import base64
import hashlib
import os
import re
import sys

directory = sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"]
path = os.path.join(directory, "index.html")
html = open(path, encoding="utf-8").read()
if 'http-equiv="Content-Security-Policy"' in html:
    sys.exit(0)
html = html.replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
html = html.replace("'{{__TRUNK_WS_BASE__}}'", "new URL('.', window.location.href).pathname")
html = re.sub(r'(<link rel="preload"[^>]*?) integrity="[^"]*"([^>]*as="fetch")', r"\1\2", html)
hashes = []
for body in re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S):
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    hashes.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))
policy = "; ".join([
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
])
meta = '<meta http-equiv="Content-Security-Policy" content="%s" />' % policy
html = html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    ' + meta, 1)
open(path, "w", encoding="utf-8").write(html)
