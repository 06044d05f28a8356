"""Offline report: how the stored ranker scores a sample of old baskets."""
from shop.scoring import rank

if __name__ == "__main__":
    print(rank([[1.0, 2.0, 0.0]]))
