"""assisted apply: when a job from a board without an apply API was made ready, and applied by
the user (two more state times on applications)

Revision ID: sources17_0006
Revises: fairuse_0004
Create Date: 2026-12-05 21:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = 'sources17_0006'
down_revision = 'fairuse_0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications') as batch:
        batch.add_column(sa.Column('assisted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column('applied_by_user_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('applications') as batch:
        batch.drop_column('applied_by_user_at')
        batch.drop_column('assisted_at')
