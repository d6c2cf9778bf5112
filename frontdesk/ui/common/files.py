"""Where save dialogs open: the user's Documents folder, never the program's working directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_dir() -> Path:
    """The user's Documents folder (我的文档); the home folder when there is none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def suggested_path(file_name: str) -> str:
    """``file_name`` in the Documents folder, for QFileDialog.getSaveFileName's ``dir``."""
    return str(documents_dir() / file_name)
