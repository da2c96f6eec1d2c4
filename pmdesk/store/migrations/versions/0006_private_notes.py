"""private notes: facilitator notes apart, one row per database user, protected by
row-level security on PostgreSQL

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "private_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("postmortem_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["postmortem_id"],
            ["postmortems.id"],
            name=op.f("fk_private_notes_postmortem_id_postmortems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_private_notes")),
        sa.UniqueConstraint("postmortem_id", "owner", name=op.f("uq_private_notes_postmortem_id")),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    # Notes written before now belong to whoever upgrades the database (on SQLite, to
    # whoever may open the file).
    owner = "CURRENT_USER" if postgres else "''"
    op.execute(
        "INSERT INTO private_notes (postmortem_id, owner, text) "
        f"SELECT id, {owner}, facilitator_notes FROM postmortems WHERE facilitator_notes <> ''"
    )
    op.execute("ALTER TABLE postmortems DROP COLUMN facilitator_notes")
    if postgres:
        # FORCE: the table's owner (who ran the migration) is held to it too. Only
        # superusers and roles with BYPASSRLS see every row.
        op.execute("ALTER TABLE private_notes ENABLE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE private_notes FORCE ROW LEVEL SECURITY")
        op.execute(
            "CREATE POLICY private_notes_own ON private_notes "
            "USING (owner = CURRENT_USER) WITH CHECK (owner = CURRENT_USER)"
        )


def downgrade() -> None:
    op.add_column(
        "postmortems", sa.Column("facilitator_notes", sa.Text(), nullable=False, server_default="")
    )
    owner = "CURRENT_USER" if op.get_bind().dialect.name == "postgresql" else "''"
    op.execute(
        "UPDATE postmortems SET facilitator_notes = COALESCE((SELECT text FROM private_notes "
        f"WHERE postmortem_id = postmortems.id AND owner = {owner}), '')"
    )
    op.drop_table("private_notes")
