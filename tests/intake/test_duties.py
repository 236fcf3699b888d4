"""A job's bullets hold duties only: no label over the list, no contact block read after it."""

from __future__ import annotations

from core.models import Experience
from core.resume.duties import without_list_label, without_own_contact


def _job(*items: str) -> Experience:
    return Experience(
        company="Tufts Medical Center", role="Staff Nurse", responsibilities=list(items)
    )


def test_the_persons_own_contact_read_after_the_last_bullet_is_no_duty() -> None:
    # a right-hand column of contact data, unheaded, read after the main column
    jobs = [
        _job(
            "Documented care in Epic and kept charts complete for audits.",
            "1 (617) 555-0142 maria.gonzalez@mailbox.org Boston, MA",
            "Kept the ward's rota for twelve nurses +1 617 555 0142 maria.gonzalez@mailbox.org",
        )
    ]
    without_own_contact(jobs, "Maria.Gonzalez@mailbox.org", "+1 (617) 555-0142")
    assert jobs[0].responsibilities == [
        "Documented care in Epic and kept charts complete for audits.",
        "Kept the ward's rota for twelve nurses",
    ]


def test_another_number_in_a_duty_stays() -> None:
    jobs = [_job("Answered the 24-hour line on 0800 555 0199 for patients at home.")]
    without_own_contact(jobs, "maria@mailbox.org", "+1 (617) 555-0142")
    assert len(jobs[0].responsibilities) == 1


def test_a_one_word_label_over_a_jobs_list_is_no_duty() -> None:
    jobs = [_job("Highlights", "Drove 70 students a day."), _job("Triage")]
    without_list_label(jobs)
    assert [j.responsibilities for j in jobs] == [["Drove 70 students a day."], ["Triage"]]
