# One image for every role: `jobbot run --role front`, `jobbot worker`, `jobbot portal`.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY core ./core
COPY storage ./storage
COPY bot ./bot
COPY mock_portal ./mock_portal
# The exact versions the tests ran with.
RUN pip install -c constraints.txt . \
    && useradd --create-home --uid 10001 jobbot \
    && mkdir -p /data && chown jobbot /data

USER jobbot
VOLUME ["/data"]
# /healthz and /metrics when METRICS_PORT is set (compose sets 9100).
EXPOSE 9100
# SIGTERM drains: no new cycles, in-flight applies get SHUTDOWN_GRACE_SECONDS.
STOPSIGNAL SIGTERM
CMD ["jobbot", "run"]
