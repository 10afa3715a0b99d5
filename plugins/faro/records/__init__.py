"""What the record-driven features (State positions, maturity assessments) share in MkDocs."""
