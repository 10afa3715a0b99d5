"""Citizens offline and on prepaid data: page weight budgets and download bundles."""
