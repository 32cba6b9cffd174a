"""What xlkpi wrote inside a workbook: the custom document properties that mark its reports
and annotated copies (names in core.vocabulary). Read cheaply and guarded, and light to
import: the input expander runs before the heavy imports."""

from __future__ import annotations

import zipfile
from pathlib import Path

from xlkpi.core.errors import UnreadableInput
from xlkpi.read import guard


def xlkpi_marks(path: Path | str) -> dict[str, str]:
    """A workbook's custom document properties (docProps/custom.xml), read cheaply: the zip
    directory and that one part, guarded (size, DTD, XML parsed safely). `xlkpi report`
    marks xlkpi's reports; `xlkpi checked copy of` and `xlkpi source sha256` an annotated
    copy. {} when there are none or the file is not a readable workbook (the reader says
    why, later)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.NameToInfo.get(guard.CUSTOM_PROPERTIES)
            if info is None or info.file_size > guard.MiB:
                return {}
            return guard.custom_properties(path, zf)
    except (UnreadableInput, *guard.DAMAGED):
        return {}
