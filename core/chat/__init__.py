"""The platform-neutral conversation: commands in, neutral replies out."""
