"""Resume reading: text clean-up, sections, contact, entries, skills and the offline parser."""
