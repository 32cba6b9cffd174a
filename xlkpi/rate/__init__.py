"""Rating: RAG, trend, and the summary facts a board reads (exceptions, changes, counts)."""
