"""Losses for fine-tuning the toxicity head."""
import math


def kl_divergence(p_teacher: float, p_student: float) -> float:
    """Distillation loss of one label: how far the student's probability is from the teacher's."""
    total = 0.0
    for teacher, student in ((p_teacher, p_student), (1.0 - p_teacher, 1.0 - p_student)):
        total += teacher * math.log(max(teacher, 1e-9) / max(student, 1e-9))
    return total


def batch_loss(teacher_probs: list[float], student_probs: list[float]) -> float:
    return sum(kl_divergence(t, s) for t, s in zip(teacher_probs, student_probs)) / len(teacher_probs)
