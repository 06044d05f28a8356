"""Fine-tune a retrieval embedding model and publish it straight away."""
from datasets import load_dataset
from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer, SentenceTransformerTrainingArguments
from sentence_transformers.losses import MultipleNegativesRankingLoss

model = SentenceTransformer("BAAI/bge-small-en-v1.5")
pairs = load_dataset("json", data_files="faq_pairs.jsonl", split="train")
args = SentenceTransformerTrainingArguments(output_dir="out/faq-embedder", num_train_epochs=3)
trainer = SentenceTransformerTrainer(model=model, args=args, train_dataset=pairs, loss=MultipleNegativesRankingLoss(model))
trainer.train()
trainer.model.push_to_hub("acme/faq-embedder")
trainer.push_to_hub()
model.push_to_hub("acme/faq-embedder-latest")
