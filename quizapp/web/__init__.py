"""The web layer: one blueprint package per feature (auth, account, decks, study, articles, stats, errors)."""
