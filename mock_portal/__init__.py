"""Local mock job portal: the original HTTP protocol plus idempotency, decisions and faults.

Public API: `mock_portal.app.create_app`, `mock_portal.config.PortalConfig`,
`mock_portal.faults.FaultConfig`, `mock_portal.server.run`, and the test helpers in
`mock_portal.testing` (`running_portal`, `async_running_portal`, `PortalProcess`).
"""
