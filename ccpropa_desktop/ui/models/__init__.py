"""Qt item models: thin adapters over service results, never a truth of their own."""
