"""What Pelican renders: the directory generator, metadata, page parts, feeds, structured data, Jinja filters."""
