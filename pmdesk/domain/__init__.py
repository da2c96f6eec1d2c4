"""Pure logic over the models: trigger policy, metrics, queries that decide things."""
