"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('postmortems',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=255), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('customer_impact', sa.Text(), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('incident_start', sa.DateTime(), nullable=True),
    sa.Column('incident_end', sa.DateTime(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'in_review', 'published', name='status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('facilitator', sa.String(length=255), nullable=False),
    sa.Column('language', sa.Enum('en', 'de', name='language', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('services', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('facilitator_notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_postmortems')),
    sa.UniqueConstraint('key', name=op.f('uq_postmortems_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_postmortems_uuid'))
    )
    op.create_table('action_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('type', sa.Enum('code_change', 'test', 'process', 'monitoring', 'documentation', 'other', name='actiontype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('owner', sa.String(length=255), nullable=False),
    sa.Column('priority', sa.Enum('P0', 'P1', 'P2', 'P3', name='priority', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', 'wont_do', name='actionstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('tracker_url', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_action_items_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    op.create_table('contributing_factors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_internal_only', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_contributing_factors_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contributing_factors'))
    )
    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('source_label', sa.String(length=255), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('format', sa.String(length=32), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('event_count', sa.Integer(), nullable=False),
    sa.Column('skipped_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_import_batches_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('lessons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('went_well', 'went_wrong', 'lucky', name='lessonkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_internal_only', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_lessons_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lessons'))
    )
    op.create_table('lint_acknowledgements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('lint', 'redaction', name='acknowledgementkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('rule_id', sa.String(length=255), nullable=False),
    sa.Column('location', sa.String(length=255), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_lint_acknowledgements_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lint_acknowledgements')),
    sa.UniqueConstraint('postmortem_id', 'kind', 'fingerprint', name='uq_ack_fingerprint')
    )
    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('role', sa.String(length=255), nullable=False),
    sa.Column('team', sa.String(length=255), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_participants_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    op.create_table('publications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('postmortem_version', sa.Integer(), nullable=False),
    sa.Column('formats', sa.JSON(), nullable=False),
    sa.Column('profile', sa.String(length=32), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('gate_overrides', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_publications_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publications')),
    sa.UniqueConstraint('postmortem_id', 'version', name='uq_publication_version')
    )
    op.create_table('trigger_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('data_loss', sa.Boolean(), nullable=True),
    sa.Column('outage_minutes', sa.Integer(), nullable=True),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('customers_affected', sa.Boolean(), nullable=True),
    sa.Column('security_impact', sa.Boolean(), nullable=True),
    sa.Column('slo_budget_burned_pct', sa.Double(), nullable=True),
    sa.Column('verdict', sa.Enum('mandatory', 'recommended', 'not_required', name='verdict', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('override_verdict', sa.Enum('mandatory', 'recommended', 'not_required', name='override_verdict', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_trigger_assessments_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trigger_assessments')),
    sa.UniqueConstraint('postmortem_id', name=op.f('uq_trigger_assessments_postmortem_id'))
    )
    op.create_table('why_nodes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('is_root_cause', sa.Boolean(), nullable=False),
    sa.Column('category', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['why_nodes.id'], name=op.f('fk_why_nodes_parent_id_why_nodes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_why_nodes_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_why_nodes'))
    )
    op.create_table('action_item_root_causes',
    sa.Column('action_item_id', sa.Integer(), nullable=False),
    sa.Column('why_node_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_items.id'], name=op.f('fk_action_item_root_causes_action_item_id_action_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['why_node_id'], ['why_nodes.id'], name=op.f('fk_action_item_root_causes_why_node_id_why_nodes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_item_id', 'why_node_id', name=op.f('pk_action_item_root_causes'))
    )
    op.create_table('timeline_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postmortem_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('original_time', sa.String(length=255), nullable=False),
    sa.Column('source_zone', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('author', sa.String(length=255), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('key_moment', sa.Enum('impact_start', 'detected', 'acknowledged', 'mitigated', 'resolved', name='keymoment', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('is_internal_only', sa.Boolean(), nullable=False),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batches.id'], name=op.f('fk_timeline_events_import_batch_id_import_batches'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['postmortem_id'], ['postmortems.id'], name=op.f('fk_timeline_events_postmortem_id_postmortems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timeline_events')),
    sa.UniqueConstraint('postmortem_id', 'fingerprint', name='uq_timeline_events_fingerprint')
    )
    with op.batch_alter_table('timeline_events', schema=None) as batch_op:
        batch_op.create_index('ix_timeline_events_postmortem_time', ['postmortem_id', 'occurred_at'], unique=False)

    op.create_table('why_evidence',
    sa.Column('why_node_id', sa.Integer(), nullable=False),
    sa.Column('timeline_event_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['timeline_event_id'], ['timeline_events.id'], name=op.f('fk_why_evidence_timeline_event_id_timeline_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['why_node_id'], ['why_nodes.id'], name=op.f('fk_why_evidence_why_node_id_why_nodes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('why_node_id', 'timeline_event_id', name=op.f('pk_why_evidence'))
    )
    


def downgrade() -> None:
    
    op.drop_table('why_evidence')
    with op.batch_alter_table('timeline_events', schema=None) as batch_op:
        batch_op.drop_index('ix_timeline_events_postmortem_time')

    op.drop_table('timeline_events')
    op.drop_table('action_item_root_causes')
    op.drop_table('why_nodes')
    op.drop_table('trigger_assessments')
    op.drop_table('publications')
    op.drop_table('participants')
    op.drop_table('lint_acknowledgements')
    op.drop_table('lessons')
    op.drop_table('import_batches')
    op.drop_table('contributing_factors')
    op.drop_table('action_items')
    op.drop_table('postmortems')
    
