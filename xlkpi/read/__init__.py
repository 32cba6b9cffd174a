"""Reading: guarded .xlsx access, cell values, returns and register workbooks, as they are."""
