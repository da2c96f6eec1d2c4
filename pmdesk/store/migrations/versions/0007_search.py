"""full-text search index

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from pmdesk.store.search_index import (
    create_search_index,
    drop_search_index,
    refresh_search_index,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing post-mortems become findable at once: the index is built here.
    connection = op.get_bind()
    create_search_index(connection)
    refresh_search_index(connection)


def downgrade() -> None:
    drop_search_index(op.get_bind())
