"""The offline engine's pure logic: deterministic, network-free reading of resumes and jobs."""
