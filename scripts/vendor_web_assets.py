"""Vendor the dashboard's browser libraries into src/sitroom/web/static/vendor/.

The dashboard must work offline and load nothing from a CDN, so the few files it needs are
taken from the npm registry (with the ordinary `npm pack` client, pinned versions) and
committed with their licences:

- leaflet 1.9.4 (BSD-2-Clause): leaflet.js, leaflet.css
- topojson-client 3.1.0 (ISC): topojson-client.min.js
- world-atlas 2.0.2 (Natural Earth, public domain): countries-110m.json (country outlines)

Run: python scripts/vendor_web_assets.py   (needs `npm` on PATH and the npm registry)
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "sitroom" / "web" / "static" / "vendor"

# package -> (version, {file inside the tarball's package/ folder: name under vendor/<package>/})
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "leaflet": ("1.9.4", {"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css",
                          "LICENSE": "LICENSE"}),
    "topojson-client": ("3.1.0", {"dist/topojson-client.min.js": "topojson-client.min.js",
                                  "LICENSE": "LICENSE"}),
    "world-atlas": ("2.0.2", {"countries-110m.json": "countries-110m.json", "LICENSE": "LICENSE"}),
}


def npm_pack(name: str, version: str, workdir: Path) -> Path:
    """Download the package tarball from the registry with `npm pack` (no install scripts run)."""
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--json", "--ignore-scripts"],
                         cwd=workdir, check=True, capture_output=True, text=True).stdout
    return workdir / json.loads(out)[0]["filename"]


def extract(tarball: Path, files: dict[str, str], target: Path) -> dict[str, str]:
    """Copy the listed files out of the tarball; returns {vendored name: sha256}."""
    target.mkdir(parents=True, exist_ok=True)
    digests: dict[str, str] = {}
    with tarfile.open(tarball, "r:gz") as tar:
        for inner, name in files.items():
            member = tar.extractfile(f"package/{inner}")
            if member is None:
                raise SystemExit(f"{tarball.name}: no package/{inner}")
            data = member.read()
            (target / name).write_bytes(data)
            digests[name] = hashlib.sha256(data).hexdigest()
    return digests


def write_notice(manifest: dict[str, dict]) -> None:
    lines = ["Third-party browser assets vendored by scripts/vendor_web_assets.py from the npm registry.",
             "Each folder holds the package's own LICENSE file.", ""]
    licences = {"leaflet": "BSD-2-Clause", "topojson-client": "ISC",
                "world-atlas": "ISC (build scripts); data: Natural Earth, public domain"}
    for name, info in manifest.items():
        lines.append(f"- {name} {info['version']}: {licences[name]}")
    (VENDOR / "NOTICE.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (VENDOR / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is not on PATH (apt-get install -y npm)", file=sys.stderr)
        return 1
    manifest: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (version, files) in PACKAGES.items():
            tarball = npm_pack(name, version, Path(tmp))
            digests = extract(tarball, files, VENDOR / name)
            manifest[name] = {"version": version, "files": digests}
            print(f"vendored {name}@{version}: {', '.join(files.values())}")
    write_notice(manifest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
