# City Networks Atlas: the Streamlit app, read-only for visitors, on port 8501.
#   docker build -t atlas .
#   docker run -p 8501:8501 -v atlas-data:/data \
#     -v "$PWD/secrets.toml:/app/.streamlit/secrets.toml:ro" atlas
# The data live in the volume /data (seeded from the bundled data on first use); sign-in and
# the editors' allow-list come from a secrets file mounted read-only (see README, "Editing").
# The base image by digest, not by a tag that moves: python:3.11.10-slim-bookworm as published
# on Docker Hub (the digest as pinned by Renovate in github.com/nalabelle/build,
# images/digests.Dockerfile). To update: docker pull python:3.11-slim-bookworm, take its
# RepoDigests, run the tests, commit.
FROM python:3.11.10-slim-bookworm@sha256:5148c0e4bbb64271bca1d3322360ebf4bfb7564507ae32dd639322e4952a6b16

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ATLAS_DATA_DIR=/data

WORKDIR /app
# Dependencies first, so a code change does not reinstall them. The tested set: every package
# at the version in constraints.txt (tests/test_deploy.py checks none is left to chance); the
# package itself installed, not linked to the build's sources.
COPY pyproject.toml README.md constraints.txt ./
COPY geo ./geo
RUN python -m pip install -c constraints.txt .
COPY app.py ./
COPY ui ./ui
COPY .streamlit/config.toml ./.streamlit/config.toml
# The atlas's data go to the volume (the country outlines are package data, in geo/maps/assets).
COPY data /data

RUN useradd --create-home --uid 10001 --user-group atlas \
    && chown -R atlas:atlas /data
USER atlas
# The offline gazetteer's compact index, built once into the image (about 35 MB), so that the
# first import preview in a new container does not spend half a minute building it.
RUN python -c "from geo.geocoding.gazetteer import load_geonames; load_geonames()"
VOLUME ["/data"]

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).read() != b'ok')"]
CMD ["python", "-m", "streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501", "--server.headless", "true", "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"]
