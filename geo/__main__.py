from geo.cli import run

run()
