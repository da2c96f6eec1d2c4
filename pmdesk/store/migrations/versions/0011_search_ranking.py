"""full-text search: a small vector to rank PostgreSQL's matches by

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from pmdesk.store.search_index import create_ranking_vector, drop_ranking_vector

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Computed for every existing post-mortem as the column is added; nothing on SQLite.
    create_ranking_vector(op.get_bind())


def downgrade() -> None:
    drop_ranking_vector(op.get_bind())
