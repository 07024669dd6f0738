"""The editors' side of the data: reading data/ safely and checking it across files, with Finnish messages."""
