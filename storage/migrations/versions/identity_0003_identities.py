"""identities: ids never reused, random portal user ids, an installation id, link limits

Revision ID: identity_0003
Revises: 0002
Create Date: 2026-12-05 20:30:00
"""

from __future__ import annotations

import secrets
import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = 'identity_0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Tables whose integer ids must never come back after a delete (SQLite AUTOINCREMENT;
# PostgreSQL sequences never reuse a value already).
_NEVER_REUSE = ('users', 'profiles', 'preferences', 'applications', 'notifications')
_SCHEDULER_JOBS = 'apscheduler_jobs'


def _sqlite() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        'meta',
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )
    bind.execute(
        sa.text("INSERT INTO meta (key, value) VALUES ('installation_id', :v)"),
        {'v': uuid.uuid4().hex},
    )
    op.create_table(
        'link_attempts',
        sa.Column('identity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('first_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('locked_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('identity'),
    )

    # Every existing user gets a random portal id of their own.
    with op.batch_alter_table('users') as batch_op:
        batch_op.add_column(
            sa.Column('portal_user_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
    for (user_id,) in bind.execute(sa.text('SELECT id FROM users')).all():
        bind.execute(
            sa.text('UPDATE users SET portal_user_id = :p WHERE id = :id'),
            {'p': secrets.token_urlsafe(16), 'id': user_id},
        )
    # Applications already made were sent as the row id: they keep it (and their stored
    # idempotency keys), so status checks still find them and nothing is sent twice.
    with op.batch_alter_table('applications') as batch_op:
        batch_op.add_column(
            sa.Column(
                'portal_user_id',
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default='',
            )
        )
    bind.execute(sa.text('UPDATE applications SET portal_user_id = CAST(user_id AS VARCHAR)'))

    # A /start in a Telegram group made the group the notification chat (group ids are
    # negative): notifications go to the person's private chat instead.
    bind.execute(sa.text("UPDATE users SET telegram_chat_id = NULL WHERE telegram_chat_id LIKE '-%'"))

    # Link codes live ten minutes and are now stored hashed: drop the plain ones.
    bind.execute(sa.text('DELETE FROM link_codes'))
    with op.batch_alter_table('link_codes') as batch_op:
        batch_op.add_column(
            sa.Column(
                'platform', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''
            )
        )

    sqlite = _sqlite()
    for table in _NEVER_REUSE:
        # SQLite: rebuild with AUTOINCREMENT (foreign keys are off while migrating, see env.py).
        with op.batch_alter_table(
            table,
            recreate='always' if sqlite else 'auto',
            table_kwargs={'sqlite_autoincrement': True},
        ) as batch_op:
            if table == 'users':
                batch_op.alter_column(
                    'portal_user_id',
                    existing_type=sqlmodel.sql.sqltypes.AutoString(),
                    nullable=False,
                )
                batch_op.create_unique_constraint('uq_users_portal_user_id', ['portal_user_id'])

    # The scheduler's job table (APScheduler's own layout) is made here, once: made by the
    # scheduler at start it raced the first chat writes on a fresh SQLite file ("database is
    # locked"), and /forget deletes from it.
    if not sa.inspect(bind).has_table(_SCHEDULER_JOBS):
        op.create_table(
            _SCHEDULER_JOBS,
            sa.Column('id', sa.Unicode(191), nullable=False),
            sa.Column('next_run_time', sa.Float(25), nullable=True),
            sa.Column('job_state', sa.LargeBinary(), nullable=False),
            sa.PrimaryKeyConstraint('id'),
        )
        op.create_index(
            f'ix_{_SCHEDULER_JOBS}_next_run_time', _SCHEDULER_JOBS, ['next_run_time']
        )
    _purge_orphans(bind)


def _purge_orphans(bind: sa.engine.Connection) -> None:
    """Before this revision /forget left verdicts (keyed "<user id>:...") and could leave a
    scheduler job; a reused id would have shown them to the next person. Drop them."""
    users = {str(uid) for (uid,) in bind.execute(sa.text('SELECT id FROM users')).all()}
    keys = bind.execute(sa.text('SELECT DISTINCT profile_key FROM verdicts')).scalars().all()
    for key in keys:
        if key.split(':', 1)[0] not in users:
            bind.execute(sa.text('DELETE FROM verdicts WHERE profile_key = :k'), {'k': key})
    if sa.inspect(bind).has_table(_SCHEDULER_JOBS):
        jobs = bind.execute(
            sa.text(f"SELECT id FROM {_SCHEDULER_JOBS} WHERE id LIKE 'autoapply:%'")
        ).scalars()
        for job_id in list(jobs):
            if job_id.split(':', 1)[1] not in users:
                bind.execute(
                    sa.text(f'DELETE FROM {_SCHEDULER_JOBS} WHERE id = :id'), {'id': job_id}
                )


def downgrade() -> None:
    with op.batch_alter_table('link_codes') as batch_op:
        batch_op.drop_column('platform')
    with op.batch_alter_table('applications') as batch_op:
        batch_op.drop_column('portal_user_id')
    with op.batch_alter_table('users') as batch_op:
        batch_op.drop_constraint('uq_users_portal_user_id', type_='unique')
        batch_op.drop_column('portal_user_id')
    # The scheduler's table stays: APScheduler would make it again anyway, and it holds jobs.
    op.drop_table('link_attempts')
    op.drop_table('meta')
