"""Validation: pandera schemas and cross-row rules over what was read; findings, not raises."""
