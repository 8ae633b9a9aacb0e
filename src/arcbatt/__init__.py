"""arcbatt: program search for ARC-AGI over an arc-dsl compatible grid DSL."""

__version__ = "0.1.0"
