"""participant handles

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing participants have no handles yet: an empty JSON list.
    with op.batch_alter_table("participants") as batch:
        batch.add_column(
            sa.Column("handles", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("handles")
