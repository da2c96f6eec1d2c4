"""What publishing asks: a reason to publish with checks not passed, and where to export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from pmdesk.domain.gates import GateResult
from pmdesk.ui.dialogs.reason_dialog import ReasonDialog

__all__ = ["ExportFolderDialog", "OverrideGatesDialog"]


class OverrideGatesDialog:
    @classmethod
    def ask(cls, parent: QWidget, failing: Sequence[GateResult]) -> str | None:
        names = "\n".join(
            f"• {QCoreApplication.translate('PublishStep', result.title)} ({result.count})"
            for result in failing
        )
        return ReasonDialog.ask(
            parent,
            QCoreApplication.translate("PublishStep", "Publish anyway?"),
            QCoreApplication.translate(
                "PublishStep",
                "These checks have not passed:\n{names}\n\nPublishing anyway needs a reason; "
                "it is recorded with this version.",
            ).format(names=names),
        )


class ExportFolderDialog:
    @classmethod
    def ask(cls, parent: QWidget, start: Path | None) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("PublishStep", "Export to folder"),
            str(start or Path.home()),
        )
        return Path(chosen) if chosen else None
