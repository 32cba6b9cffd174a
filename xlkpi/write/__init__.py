"""Writing workbooks: the report, the returns template, the register export, annotated copies."""
