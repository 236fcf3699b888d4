"""`JobSource` adapters over httpx: Greenhouse, Lever, Ashby and SmartRecruiters company boards,
and the Remotive and Arbeitnow feeds, each a thin mapping over one polite HTTP client."""
