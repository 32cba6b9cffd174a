"""Computing values: pooling, windows, history and SPC."""
