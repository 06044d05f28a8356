import torch
import torchdrift


def fit_detector(reference_loader, encoder: torch.nn.Module) -> torchdrift.detectors.Detector:
    detector = torchdrift.detectors.KernelMMDDriftDetector()
    torchdrift.utils.fit(reference_loader, encoder, detector)
    return detector
