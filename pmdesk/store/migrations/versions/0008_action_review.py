"""action review: completion day, success criterion and the "did it work?" answer;
indexes for the Actions and Trends views

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_items") as batch:
        batch.add_column(sa.Column("completed_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("success_criterion", sa.Text(), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("review_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column(
                "review_outcome",
                sa.Enum(
                    "held",
                    "did_not_hold",
                    name="reviewoutcome",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch.add_column(sa.Column("review_note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("reviewed_by", sa.String(255), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
    # Actions done before this version get no completion day: it is not known.
    # Overdue counts and the trends read these indexes alone, never the tables.
    op.create_index(
        "ix_action_items_due_on", "action_items", ["due_on", "status", "completed_on"]
    )
    op.create_index(
        "ix_timeline_events_key_moment",
        "timeline_events",
        ["key_moment", "postmortem_id", "occurred_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_timeline_events_key_moment", "timeline_events")
    op.drop_index("ix_action_items_due_on", "action_items")
    with op.batch_alter_table("action_items") as batch:
        # The outcome's CHECK goes first: SQLite's copy of the table would keep it.
        batch.drop_constraint("reviewoutcome", type_="check")
        for column in (
            "reviewed_at",
            "reviewed_by",
            "review_note",
            "review_outcome",
            "review_on",
            "success_criterion",
            "completed_on",
        ):
            batch.drop_column(column)
