"""pmdesk: a desktop app that guides a facilitator through a blameless post-mortem."""

__version__ = "0.1.0"
__all__ = ["__version__"]
