"""Glue between the packages: the CLI, the crawl run, the snapshot server."""
