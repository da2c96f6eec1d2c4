"""Root-cause categories as people read them, in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["CATEGORY_NAMES", "category_name"]

# The names of `whys.ROOT_CAUSE_CATEGORIES`, translated where they are shown.
CATEGORY_NAMES: dict[str, str] = {
    "automation": str(QT_TRANSLATE_NOOP("WhysStep", "Automation")),
    "capacity": str(QT_TRANSLATE_NOOP("WhysStep", "Capacity")),
    "code": str(QT_TRANSLATE_NOOP("WhysStep", "Code")),
    "configuration": str(QT_TRANSLATE_NOOP("WhysStep", "Configuration")),
    "dependency": str(QT_TRANSLATE_NOOP("WhysStep", "Dependency")),
    "deployment": str(QT_TRANSLATE_NOOP("WhysStep", "Deployment")),
    "documentation": str(QT_TRANSLATE_NOOP("WhysStep", "Documentation")),
    "monitoring": str(QT_TRANSLATE_NOOP("WhysStep", "Monitoring")),
    "process": str(QT_TRANSLATE_NOOP("WhysStep", "Process")),
    "testing": str(QT_TRANSLATE_NOOP("WhysStep", "Testing")),
}


def category_name(category: str) -> str:
    """A root-cause category as people read it; one pmdesk does not list, as stored."""
    name = CATEGORY_NAMES.get(category)
    return QCoreApplication.translate("WhysStep", name) if name else category
