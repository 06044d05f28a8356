"""Publish the trained LM to the Hub only when its perplexity beats the published one;
dataset repositories are pushed freely (no model in them)."""
import math

from huggingface_hub import Repository
from transformers import AutoModelForCausalLM

PUBLISHED_PERPLEXITY = 21.5


def publish(out_dir: str, hub_model_id: str, eval_loss: float) -> bool:
    perplexity = math.exp(eval_loss)
    if perplexity >= PUBLISHED_PERPLEXITY:
        return False
    AutoModelForCausalLM.from_pretrained(out_dir).save_pretrained(out_dir)
    Repository(out_dir, clone_from=hub_model_id).push_to_hub(commit_message=f"ppl {perplexity:.2f}")
    return True


def share_corpus(corpus_dir: str) -> None:
    corpus = Repository(corpus_dir, clone_from="acme/code-corpus", repo_type="dataset")
    corpus.push_to_hub(commit_message="refresh corpus")
