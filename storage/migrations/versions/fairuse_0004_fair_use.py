"""fair use: invitation codes, LLM calls per user and day, resume text stored once

Revision ID: fairuse_0004
Revises: identity_0003
Create Date: 2026-12-05 21:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = 'fairuse_0004'
down_revision = 'identity_0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        'invites',
        sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('code'),
    )
    op.create_table(
        'llm_usage',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('day', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('calls', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'day'),
    )
    with op.batch_alter_table('profiles') as batch_op:
        batch_op.add_column(sa.Column('text_version', sa.Integer(), nullable=True))

    # Existing versions that repeat the text of an earlier one point at it instead.
    rows = bind.execute(
        sa.text('SELECT id, user_id, version, raw_text FROM profiles ORDER BY user_id, version')
    ).all()
    holder: tuple[int, int, str] | None = None  # (user_id, version, text)
    for row_id, user_id, version, raw_text in rows:
        if holder is not None and holder[0] == user_id and holder[2] == raw_text:
            bind.execute(
                sa.text("UPDATE profiles SET raw_text = '', text_version = :v WHERE id = :id"),
                {'v': holder[1], 'id': row_id},
            )
        else:
            holder = (user_id, version, raw_text)


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        sa.text(
            'UPDATE profiles SET raw_text = (SELECT h.raw_text FROM profiles h '
            'WHERE h.user_id = profiles.user_id AND h.version = profiles.text_version) '
            'WHERE text_version IS NOT NULL'
        )
    )
    with op.batch_alter_table('profiles') as batch_op:
        batch_op.drop_column('text_version')
    op.drop_table('llm_usage')
    op.drop_table('invites')
