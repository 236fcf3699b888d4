"""card messages: the chat message showing each application's card, per platform, to edit

Revision ID: cards_0007
Revises: sources17_0006
Create Date: 2026-12-05 23:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = 'cards_0007'
down_revision = 'sources17_0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'card_messages',
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('chat_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('version', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('application_id', 'platform'),
    )
    op.create_index('ix_card_messages_user_id', 'card_messages', ['user_id'])


def downgrade() -> None:
    op.drop_index('ix_card_messages_user_id', table_name='card_messages')
    op.drop_table('card_messages')
