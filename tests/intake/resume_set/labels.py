"""Labels of a generated resume, straight from the person it was rendered from."""

from __future__ import annotations

from tests.intake.resume_set.evaluate import Labels
from tests.intake.resume_set.personas import Person


def labels_of(person: Person) -> Labels:
    return Labels(
        name=person.name,
        email=person.email,
        phone=person.phone,
        employers=[j.employer for j in person.jobs],
        roles=[j.role for j in person.jobs],
        schools=[s.school for s in person.schools],
        degrees=[s.degree for s in person.schools],
        certifications=list(person.certifications),
        languages=[name for name, _ in person.languages],
        skills=[*person.skills, *person.bracketed()],
    )
