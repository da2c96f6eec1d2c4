"""event levels and sources

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Events imported before levels were kept have none, like chat messages; and
    # each event stands alone until an import finds another source that corroborates it.
    with op.batch_alter_table("timeline_events") as batch:
        batch.add_column(sa.Column("level", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("corroborates_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_timeline_events_corroborates_id_timeline_events",
            "timeline_events",
            ["corroborates_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("timeline_events") as batch:
        batch.drop_constraint(
            "fk_timeline_events_corroborates_id_timeline_events", type_="foreignkey"
        )
        batch.drop_column("corroborates_id")
        batch.drop_column("level")
