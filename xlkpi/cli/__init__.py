"""The `xlkpi` command line: the only modules that import typer and rich."""
