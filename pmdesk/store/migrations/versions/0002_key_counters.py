"""key counters: a post-mortem key is never handed out twice

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# As pmdesk.store.queries reads keys; a copy, so this step never changes with the app.
_KEY_PATTERN = re.compile(r"^PM-(\d+)$")


def upgrade() -> None:
    counters = op.create_table(
        "key_counters",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_key_counters")),
    )
    # Existing post-mortems keep their keys; the count goes on after the highest.
    keys = op.get_bind().execute(sa.text("SELECT key FROM postmortems")).scalars()
    numbers = (int(match.group(1)) for key in keys if (match := _KEY_PATTERN.match(key)))
    op.bulk_insert(counters, [{"name": "postmortem", "last_value": max(numbers, default=0)}])


def downgrade() -> None:
    op.drop_table("key_counters")
