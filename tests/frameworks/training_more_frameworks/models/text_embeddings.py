"""Word vectors and a fastText classifier for the support-ticket router."""
import fasttext
from gensim.models import Word2Vec


def fit_word_vectors(sentences, dim: int = 100) -> Word2Vec:
    vectors = Word2Vec(vector_size=dim, window=5, min_count=2)
    vectors.build_vocab(sentences)
    vectors.train(sentences, total_examples=len(sentences), epochs=10)
    return vectors


def fit_router(train_file: str):
    return fasttext.train_supervised(input=train_file, epoch=25, wordNgrams=2)
