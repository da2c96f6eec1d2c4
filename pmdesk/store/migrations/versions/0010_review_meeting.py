"""review meeting: when the team meets to go through the post-mortem

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Post-mortems written before this version have no meeting date: none was kept.
    # Plain ALTER TABLE, not batch mode: rebuilding `postmortems` on SQLite would drop
    # it, and with foreign keys on, every part would go with it (as in 0006).
    op.add_column("postmortems", sa.Column("review_meeting_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE postmortems DROP COLUMN review_meeting_at")
