"""What every stage shares: the vocabulary, the calendar, the register model, findings,
finding codes and errors. Imports nothing else from xlkpi."""
