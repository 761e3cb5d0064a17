"""Streaming writers: rows go to disk as they are made, through a temporary file that replaces
the target only when the whole export succeeded."""
from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO]:
    """Open `path.part` for writing and move it onto `path` on success (never a half file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
    try:
        with tmp.open(mode, **kwargs) as handle:
            yield handle
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_tsv(rows: Iterable[Sequence[str]], path: Path, header: Sequence[str] | None) -> int:
    """Tab-separated, unquoted (GDELT, Phoenix, POLECAT): cells must already be free of tabs
    and line breaks (`common.clean_text`)."""
    count = 0
    with atomic_output(path) as out:
        if header is not None:
            out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
            count += 1
    return count


def write_csv(rows: Iterable[Sequence[object]], path: Path, header: Sequence[str]) -> int:
    """RFC 4180 CSV with a header row; fields with commas, quotes or line breaks are quoted."""
    count = 0
    with atomic_output(path) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
