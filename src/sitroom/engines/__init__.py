"""Engines that run the coding pipeline over a file of documents: `local` and `spark`.

Both take the same arguments and write the same output, so `ENGINES[name](...)` picks one:
``(input_path, output_path, master, input_format, output_format, batch_size, *, n_process,
dictionaries, skip_bad) -> EngineStats``. PySpark is imported only when the Spark engine runs.
"""
from __future__ import annotations

from typing import Any

from sitroom.engines.common import FORMATS, EngineError, EngineStats, build_pipeline
from sitroom.engines.local import code_with_local


def code_with_spark(*args: Any, **kwargs: Any):
    """`sitroom.engines.spark.code_with_spark`, imported on first use (PySpark is optional)."""
    from sitroom.engines.spark import code_with_spark as run
    return run(*args, **kwargs)


ENGINES = {"local": code_with_local, "spark": code_with_spark}

__all__ = ["ENGINES", "FORMATS", "EngineError", "EngineStats", "build_pipeline", "code_with_local",
           "code_with_spark"]
