FROM python:3.11-slim
WORKDIR /srv/commitgraph
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md constraints.txt ./
COPY app ./app
COPY graph ./graph
COPY cypher ./cypher
COPY seed ./seed
# A plain install, without the dev extra or the tooling: what users run.
RUN pip install --no-cache-dir . -c constraints.txt
EXPOSE 8000
# Apply schema and seed (skipped when already applied), then serve.
CMD ["sh", "-c", "commitgraph load && commitgraph serve --host 0.0.0.0 --port 8000"]
