"""xlkpi: children's services performance returns in, RAG-rated board workbook out."""

__version__ = "0.1.0"
