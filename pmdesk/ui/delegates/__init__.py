"""Item delegates: how the cells of the views are painted and edited."""
