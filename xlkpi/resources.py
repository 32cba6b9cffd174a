"""Where the shipped files live: `schemas/` and `workbook_templates/` at the top of the repo,
installed as the packages `xlkpi.schemas` and `xlkpi.workbook_templates` in a wheel."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def _folder(name: str) -> Path:
    here = _REPO / name
    if here.is_dir():
        return here
    return Path(str(importlib.resources.files(f"xlkpi.{name}")))


def schema_path(name: str) -> Path:
    return _folder("schemas") / f"{name}.yaml"


def template_path(name: str) -> Path:
    return _folder("workbook_templates") / name


def default_register_path() -> Path:
    return template_path("default_register.xlsx")
