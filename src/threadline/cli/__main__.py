"""`python -m threadline.cli`: the same command as `threadline`."""
from threadline.cli import app

app(prog_name="threadline")
