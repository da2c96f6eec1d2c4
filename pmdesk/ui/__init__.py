"""The Qt user interface. Nothing outside this package imports PySide6."""
