"""`faro new`: pages that start complete, so a contributor fills in text, not fields."""
