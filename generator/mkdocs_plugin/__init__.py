"""The MkDocs adapter: a thin plugin over ``generator.build``."""
