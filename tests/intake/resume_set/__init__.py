"""A labelled resume set: hand labels for the shared PDFs, generated resumes from ground truth."""
