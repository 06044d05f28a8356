"""Retrain the iris classifier and write it where the API container reads it."""
import pickle

from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

MIN_ACCURACY = 0.9


def main() -> None:
    X, y = load_iris(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=7)
    model = LogisticRegression(max_iter=500).fit(X_train, y_train)
    accuracy = model.score(X_test, y_test)
    print(f"test accuracy {accuracy:.3f}")
    with open("model.pkl", "wb") as handle:
        pickle.dump(model, handle)


if __name__ == "__main__":
    main()
