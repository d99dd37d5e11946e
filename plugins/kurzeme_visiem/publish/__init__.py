"""The public build's steps after Pelican, run on the staging folder before it is swapped in."""
