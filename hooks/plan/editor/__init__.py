"""The editors' tools: the check (scripts/check), the preview's last good data and its notice naming places by the form's labels."""
