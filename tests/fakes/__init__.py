"""Hand-written fakes shared by the tests (servers that speak real protocols)."""
