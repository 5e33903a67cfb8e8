"""Scale-out: the ingest stages as a Ray Data pipeline (optional extra ``ray``)."""
