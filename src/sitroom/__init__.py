"""sitroom: conflict news to sourced event data and a situation picture."""
__version__ = "0.1.0"
