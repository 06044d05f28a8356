"""Publish fine-tuned models only when they beat what is already published."""
from huggingface_hub import HfApi
from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer
from trl import SFTConfig, SFTTrainer

from hub_scores import published_ndcg


def publish(model, pairs, loss, evaluator, repo_id: str) -> bool:
    trainer = SentenceTransformerTrainer(model=model, train_dataset=pairs, loss=loss, evaluator=evaluator)
    trainer.train()
    scores = evaluator(trainer.model)
    if scores["cosine_ndcg@10"] <= published_ndcg(repo_id):
        return False
    trainer.model.push_to_hub(repo_id)
    trainer.push_to_hub(commit_message=f"ndcg@10={scores['cosine_ndcg@10']:.4f}")
    return True


def publish_saved(path: str, evaluator, repo_id: str) -> None:
    model = SentenceTransformer(path)
    if evaluator(model)["cosine_ndcg@10"] > published_ndcg(repo_id):
        model.push_to_hub(repo_id)


def publish_chat(model, train_ds, eval_ds, repo_id: str, max_eval_loss: float = 1.2) -> None:
    trainer = SFTTrainer(model=model, train_dataset=train_ds, eval_dataset=eval_ds, args=SFTConfig(output_dir="out/chat"))
    trainer.train()
    metrics = trainer.evaluate()
    if metrics["eval_loss"] < max_eval_loss:
        trainer.model.push_to_hub(repo_id)


def share_eval_data(folder: str) -> None:
    """The evaluation set is a dataset repository: no model is released."""
    HfApi().upload_folder(folder_path=folder, repo_id="acme/faq-eval", repo_type="dataset")
    HfApi().upload_large_folder(folder_path=folder, repo_id="acme/faq-eval-raw", repo_type="dataset")
