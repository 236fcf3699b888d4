"""Labels of a generated resume, straight from the person it was rendered from."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from tests.intake.resume_set.evaluate import Labels
from tests.intake.resume_set.personas import Person, plain


def _duties_paragraph(bullets: tuple[str, ...]) -> tuple[str, ...]:
    """A federal-style resume: every duty but the last in one paragraph, then the last as the
    "Key accomplishment:" (its label is no part of it)."""
    if len(bullets) < 2:
        return bullets
    return (" ".join(bullets[:-1]), bullets[-1])


# layouts that do not print each job's bullets one by one under the job (read in their
# sources): a functional resume groups them under skill headings, a hybrid one lifts each
# job's first bullet into "Key Achievements", a dense page folds the rest into a second one
_PRINTED_BULLETS: dict[str, Callable[[tuple[str, ...]], tuple[str, ...]]] = {
    "docx_functional": lambda bullets: (),
    "functional_skill_groups": lambda bullets: (),
    "hybrid_achievements": lambda bullets: bullets[1:],
    "compact_oneline": lambda b: b if len(b) <= 2 else (b[0], " ".join(b[1:])),
    "federal_usa": _duties_paragraph,
}


def labels_of(person: Person, layout: str = "") -> Labels:
    """The person's labels; `layout` names a layout whose bullets are printed otherwise."""
    printed = _PRINTED_BULLETS.get(layout, lambda bullets: bullets)
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
        bullets=[plain(b) for j in person.jobs for b in printed(j.bullets)],
    )


def printed_labels_of(
    person: Person, printed: Callable[[str], bool], text: str
) -> dict[str, object]:
    """The person's labels, each value kept only where `printed` finds it; the phone where
    its digits are among the digits of `text` (a template may format it otherwise)."""
    digits = re.sub(r"\D", "", text)
    labels = dataclasses.asdict(labels_of(person))
    for key, value in labels.items():
        if isinstance(value, list):
            labels[key] = [v for v in value if printed(v)]
        elif key == "phone":
            labels[key] = value if re.sub(r"\D", "", value) in digits else ""
        else:
            labels[key] = value if printed(value) else ""
    return labels
