"""The shipped job corpus (jobs.json) and the seeded generator that writes it (make_jobs.py)."""
