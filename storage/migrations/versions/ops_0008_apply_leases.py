"""apply leases: which process works on an applying row and until when, so a second process
takes over only rows whose lease expired

Revision ID: ops_0008
Revises: cards_0007
Create Date: 2026-12-05 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = 'ops_0008'
down_revision = 'cards_0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications') as batch:
        batch.add_column(sa.Column('lease_owner', sa.String(), nullable=True))
        batch.add_column(sa.Column('lease_expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('applications') as batch:
        batch.drop_column('lease_expires_at')
        batch.drop_column('lease_owner')
