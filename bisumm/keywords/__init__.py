"""Keywords (placeholder)."""
