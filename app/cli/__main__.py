"""`python -m app.cli`: the `commitgraph` command."""

from app.cli import main

main()
