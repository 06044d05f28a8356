from transformers import WhisperProcessor

CHECKPOINT = "openai/whisper-small"


def load_processor(path: str = CHECKPOINT) -> WhisperProcessor:
    return WhisperProcessor.from_pretrained(path)
