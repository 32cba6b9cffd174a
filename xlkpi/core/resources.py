"""Where the shipped files live: `schemas/` and `workbook_templates/` at the top of the repo,
installed as the packages `xlkpi.schemas` and `xlkpi.workbook_templates` in a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # the xlkpi package


def _folder(name: str) -> Path:
    """A wheel puts the folder inside the package; a source checkout keeps it beside."""
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def schema_path(name: str) -> Path:
    return _folder("schemas") / f"{name}.yaml"


def template_path(name: str) -> Path:
    return _folder("workbook_templates") / name


def default_register_path() -> Path:
    return template_path("default_register.xlsx")
