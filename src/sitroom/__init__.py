"""sitroom: conflict news to sourced event data and a situation picture."""
__version__ = "0.1.0"


def __getattr__(name: str):
    """`sitroom.code`, `sitroom.open`, `sitroom.Database`, imported on first use (keeps `import sitroom` light)."""
    if name in {"code", "open", "Database"}:
        from sitroom import api
        return getattr(api, name)
    raise AttributeError(f"module 'sitroom' has no attribute {name!r}")
