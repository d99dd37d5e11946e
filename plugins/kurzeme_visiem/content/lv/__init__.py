"""The Latvian corner: slugs, dates, collation, the words shown for the contract's codes."""
