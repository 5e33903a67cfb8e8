"""Scale-out: the ingest stages on a pool of Ray actors, briefs per story on Ray Data (optional extra ``ray``)."""
